/**
 * Generalisation rows for the forms first met in held-out set 125: an event page's speaker lines "NAME · COMPANY TITLE" and role labels,
 * a past copula after a model's name, Hangul words joined by a hyphen after a model noun, data laid on a base "in X's data",
 * the predecessor's score by the word 전작, a decision's letter-spaced party and its head, masked names, a partnership
 * denied after a long noun phrase, a successor word in a sentence naming both models, a base inside a maker's clause, a
 * public official's rank, a regulator's quoted guidance, an owner's bare family model, training from random initialisation and the teams left in a
 * programme. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "NAME · COMPANY TITLE": an event page's speaker line, a spaced middle dot between the speaker and the post
  {
    cat: 'works-for.speaker-dot',
    text: '[세션 2] 작은 모델 학습기\n\n한도윤 · 가온랩스 연구총괄 / 최서진 · 누리소프트 CTO\n\n가온랩스와 누리소프트는 새 모델을 함께 만들고 있습니다.',
    expect: ['WORKS_FOR 한도윤 -> 가온랩스', 'WORKS_FOR 최서진 -> 누리소프트'],
    edgeProps: ['WORKS_FOR 한도윤 -> 가온랩스 title=연구총괄', 'WORKS_FOR 최서진 -> 누리소프트 title=CTO'],
  },
  // a community that is no company gives no employer
  {
    cat: 'works-for.speaker-dot',
    text: '[패널] 오픈 모델 이야기\n\n모더레이터: 윤하람 · 바다모임 운영진\n\n가온랩스와 누리소프트의 연구자들이 함께합니다.',
    absent: ['WORKS_FOR 윤하람 -> 가온랩스', 'WORKS_FOR 윤하람 -> 누리소프트'],
  },
  // "모더레이터: NAME · …": an event programme's role label names who takes the role, whatever the organisation
  {
    cat: 'persons.event-role-label',
    text: '[패널] 오픈 모델 이야기\n\n모더레이터: 윤하람 · 바다모임 운영진 / 패널: 세션 연사 전원',
    nodes: ['Person:윤하람'],
  },
  {
    cat: 'persons.event-role-label',
    text: '[패널] 오픈 모델 이야기\n\n연사: 미정이며 추후 공지한다. 가온랩스가 후원한다.',
    noNodes: ['Person:미정이'],
  },
  // "경량화 총괄": a task noun in -화 before a title is a duty, no person's name
  {
    cat: 'persons.task-noun-duty',
    text: '가온랩스는 가온-M 3를 공개했다. 가온랩스 경량화 총괄은 "속도가 두 배 빨라졌다"고 말했다.',
    noNodes: ['Person:경량화'],
  },
  // "비교 대상은 X mini였어요": a past copula after a model's variant word keeps the variant in the name
  {
    cat: 'models.past-copula-after-name',
    text: "가온랩스는 새 모델 가온-M 3를 공개했어요. 비교 대상으로 든 건 오픈AI의 GPT-4o mini였어요.",
    nodes: ['Model:GPT-4o mini'],
    noNodes: ['Model:GPT-4o'],
  },
  // "모델 X-Y를 개발": Hangul words joined by a hyphen, right after a model noun, name a model
  {
    cat: 'models.hangul-joined-after-noun',
    text: '가온랩스는 한빛은행과 손잡고 대출 심사용 모델 가온-여신을 공동 개발하기로 했다.',
    nodes: ['Model:가온-여신'],
    expect: ['DEVELOPED 가온랩스 -> 가온-여신'],
  },
  {
    cat: 'models.hangul-joined-after-noun',
    text: '가온랩스는 서울-부산 구간에서 자율주행 시험을 마쳤다.',
    noNodes: ['Model:서울-부산'],
  },
  // "Y는 X에 C의 내부 데이터를 얹어 미세조정": a company's possessive before the data laid on the base
  {
    cat: 'based-on.data-layered-owned',
    text: "가온랩스의 주력 모델은 가온-8B다. 가온랩스는 대출 심사용 모델 가온-여신을 만든다. 가온-여신은 가온-8B에 한빛은행의 거래 데이터를 얹어 미세조정하는 방식이다.",
    expect: ['BASED_ON 가온-여신 -> 가온-8B'],
  },
  // "X가 B에서 66.9점을 기록해 전작(61.3점)보다 …": the word for the predecessor carries its score on the same benchmark
  {
    cat: 'scored.predecessor-word',
    text: "누리소프트는 언어모델 '누리온 5'를 공개했다. 지난해 선보인 누리온 4의 후속 모델이다. 회사는 누리온 5가 KMMLU에서 70.2점을 기록해 전작(64.8점)보다 5점 넘게 올랐다고 밝혔다.",
    expect: ['SCORED 누리온 4 -> KMMLU', 'SCORED 누리온 5 -> KMMLU'],
    edgeProps: ['SCORED 누리온 4 -> KMMLU score=64.8', 'SCORED 누리온 5 -> KMMLU score=70.2'],
  },
  {
    cat: 'scored.predecessor-word',
    text: "누리소프트는 언어모델 '누리온 5'를 공개했다. 지난해 선보인 누리온 4의 후속 모델이다. 누리온 5는 KMMLU에서 70.2점을 받아 전작보다 5점 높았다.",
    absent: ['SCORED 누리온 4 -> KMMLU'],
  },
  // "피 심 인 주식회사 X … 대표자 NAME": a decision's cover names the party the later "피심인" means, and its head
  {
    cat: 'defined.decision-party',
    text: "의 안 번 호 제2027-011-004호 피 심 인 주식회사 바다소프트 서울특별시 마포구 대표자 홍서준 의 결 연 월 일 2027. 2. 3.\n\n피심인은 자체 개발한 언어모델 '바다-챗 3'을 상담 서비스에 사용하였다.",
    expect: ['DEVELOPED 바다소프트 -> 바다-챗 3', 'WORKS_FOR 홍서준 -> 바다소프트'],
    edgeProps: ['WORKS_FOR 홍서준 -> 바다소프트 title=대표자'],
    noNodes: ['Company:피심인'],
  },
  // a 대표자 with no party caption beside it names no employer
  {
    cat: 'defined.decision-party',
    text: '바다소프트는 상담 서비스를 운영한다. 민원 대표자 홍서준은 위원회에 의견을 냈다.',
    absent: ['WORKS_FOR 홍서준 -> 바다소프트'],
  },
  // "위원회는 … '…관리 모델'에 따라 점검할 것을 권고한다": a quoted guidance document a government body issues or recommends is a policy
  {
    cat: 'policies.quoted-guidance',
    text: "위원회는 챗봇 사업자가 '생성형 AI 데이터 위험 관리 모델'에 따라 학습 데이터를 점검할 것을 권고한다. 해양수산부는 '항만 AI 도입 가이드라인'을 연내 마련한다.",
    nodes: ['Policy:생성형 AI 데이터 위험 관리 모델', 'Policy:항만 AI 도입 가이드라인'],
  },
  {
    cat: 'policies.quoted-guidance',
    text: "바다소프트는 직원용 '사내 AI 활용 가이드라인'을 만들었다.",
    noNodes: ['Policy:사내 AI 활용 가이드라인'],
  },
  // "○○손해보험": a masked (anonymised) name names no company
  {
    cat: 'companies.masked-name',
    text: '바다소프트는 고객사인 ○○손해보험 등 3개사로부터 상담 기록을 받았다. 한빛손해보험도 같은 서비스를 쓴다.',
    noNodes: ['Company:손해보험', 'Company:○○손해보험'],
    nodes: ['Company:한빛손해보험'],
  },
  // "X와 별도의 제휴나 공동 개발 관계는 없다": a denial at the end of a long noun phrase keeps the partnership out
  {
    cat: 'partners.denied-relation-noun',
    text: '누리소프트는 "한빛AI와 별도의 제휴나 공동 개발 관계는 없다"고 밝혔다.',
    absent: ['PARTNERS_WITH 누리소프트 -> 한빛AI'],
  },
  {
    cat: 'partners.denied-relation-noun',
    text: '누리소프트는 한빛AI와 제휴해 상담 모델을 공동 개발하고 있다.',
    expect: ['PARTNERS_WITH 누리소프트 -> 한빛AI'],
  },
  // "X 2.0은 …\"며 \"… 후속 모델 'X 3.0'에서는 …": one sentence names both, the later right after a successor word
  {
    cat: 'succeeds.successor-word-in-sentence',
    text: "바다소프트 홍보팀은 \"바다온 2.0은 표준어 중심으로 설계된 모델\"이라며 \"내년 공개할 후속 모델 '바다온 3.0'에서는 방언 데이터를 늘린다\"고 답했다.",
    expect: ['SUCCEEDS 바다온 3.0 -> 바다온 2.0'],
  },
  {
    cat: 'succeeds.successor-word-in-sentence',
    text: "바다소프트 홍보팀은 \"누리온 2.0과 비교하면 느리다\"며 \"내년 공개할 후속 모델 '바다온 3.0'에서는 속도를 높인다\"고 답했다.",
    absent: ['SUCCEEDS 바다온 3.0 -> 누리온 2.0'],
  },
  // "C가 B를 기반으로 … 추가 학습시켜 만든 'Y'": the base named inside the maker's clause leaves the maker Y's
  {
    cat: 'developed.maker-over-base',
    text: "대구의 스타트업 말글랩이 누리온 4를 기반으로 경북 방언 자료를 추가 학습시켜 만든 '말글-경북'이라는 모델이 있다.",
    expect: ['DEVELOPED 말글랩 -> 말글-경북', 'BASED_ON 말글-경북 -> 누리온 4'],
    absent: ['DEVELOPED 말글랩 -> 누리온 4'],
  },
  // "X과 NAME 주무관은": a public official's rank after the name
  {
    cat: 'persons.official-rank',
    text: '부산시 데이터정책과 김하람 주무관은 "내년에는 모든 구로 넓힐 계획"이라고 말했다.',
    nodes: ['Person:김하람'],
  },
  // "X의 GPT 모델": a family read only with a version, named as its owner's model
  {
    cat: 'models.owned-family-word',
    text: '누리소프트는 오픈AI의 GPT 모델과 구조가 닮았다는 지적을 받았다.',
    nodes: ['Model:GPT'],
  },
  {
    cat: 'models.owned-family-word',
    text: '누리소프트는 GPT 같은 서비스를 만들겠다고 했다.',
    noNodes: ['Model:GPT'],
  },
  // "모든 가중치를 무작위 초기화 상태에서 직접 학습": training from random initialisation is from scratch
  {
    cat: 'properties.random-initialisation',
    text: '바다소프트는 바다온 3.0의 모든 가중치를 무작위 초기화 상태에서 직접 학습했다고 밝혔다.',
    props: ['바다온 3.0=fromScratch:true'],
  },
  // "남아 있는 팀은 A, B가 이끄는 컨소시엄들이다": the teams left in the programme talked about take part in it
  {
    cat: 'participates.remaining-teams-are',
    text: "정부는 '해양 AI 실증 사업'을 지난해 시작했다. 현재 이 사업에 남아 있는 팀은 가온랩스, 누리소프트가 이끄는 컨소시엄들이다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 누리소프트 -> 해양 AI 실증 사업'],
  },
  {
    cat: 'participates.remaining-teams-are',
    text: "정부는 '해양 AI 실증 사업'을 지난해 시작했다. 현재 이 사업에 남아 있는 팀은 가온랩스, 누리소프트가 이끄는 컨소시엄들이 아니다.",
    absent: ['PARTICIPATES_IN 가온랩스 -> 해양 AI 실증 사업'],
  },
  // sentences that call the programme "이 사업" keep it the one a later round's outcome is about
  {
    cat: 'participates.programme-kept-by-reference',
    text: "'소버린 AI' 경쟁이 뜨겁다. 가온랩스 연구진은 정부가 돈을 대는 '해양 AI 실증 사업'의 다음 평가를 준비한다. 이 사업은 한국 기업이 처음부터 만든 모델을 갖게 하려는 것이다. 장관은 이 사업을 \"바다의 보험\"이라고 불러 왔다. 장관은 국회에서 \"남의 모델 위에 집을 지어서는 안 된다\"고 말했다. 장관은 연구원장 출신이다. 올해 초 1차 평가에서는 바다소프트와 한빛AI가 이끄는 팀이 탈락했다.",
    expect: ['PARTICIPATES_IN 바다소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 한빛AI -> 해양 AI 실증 사업'],
  },
];

describe('generalise: set 125 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
