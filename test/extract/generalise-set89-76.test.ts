/**
 * Generalisation rows for the readings sets 89 and 76 called for in their further round: a company that reached a programme's
 * round ("N차 평가에 함께 오른 X"), a deck's line-up slide (a bullet that is only a model's name is the issuer's own model, the
 * dashed lines under it give its base or the model it was distilled from) and its programme bullets, an English "came in at
 * N … but led on B with M", and a company that applied as a member of another's consortium ("P에 B가 이끄는 컨소시엄의 일원으로
 * 지원했다", also with the subject omitted), a partnership a model is offered through ("Y는 X와의 전략적 협력에 따라"), a review
 * entry's heading model named without its variant word, "원본 Y", and a score table's developer names in the prose below it.
 * Every name and sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const DECK_COVER = '[슬라이드 1]\nBrightWave\n브라이트웨이브 주식회사\n법률 특화 한국어 sLM\nSeries A Investor Presentation\n\n';

const rows: FactRow[] = [
  // "N차 평가에 (함께) 오른 X는": X took part in the programme whose round it reached
  {
    cat: 'participates.adnominal-round-reached',
    text: "누리소프트가 새 모델 '누리-9'를 공개했다. 정부의 '지역 AI 거점 사업' 2차 평가를 앞두고 꺼내 든 카드다. 2차 평가에 함께 오른 한빛랩스는 다음 달 경량 모델을 선보인다.",
    expect: ['PARTICIPATES_IN 한빛랩스 -> 지역 AI 거점 사업'],
  },
  {
    cat: 'participates.adnominal-round-reached',
    text: "'지역 AI 거점 사업' 3단계에 나란히 진출한 한빛랩스와 가온데이터는 내년 실증에 들어간다.",
    expect: ['PARTICIPATES_IN 한빛랩스 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업'],
  },
  // (a round it did not reach, or a round that is only a plan, is no part in it)
  {
    cat: 'participates.adnominal-round-reached',
    text: "'지역 AI 거점 사업' 2차 평가에 오르지 못한 한빛랩스는 재도전을 검토한다.",
    absent: ['PARTICIPATES_IN 한빛랩스 -> 지역 AI 거점 사업'],
  },
  {
    cat: 'participates.adnominal-round-reached',
    text: "'지역 AI 거점 사업' 2차 평가에 오를지도 모르는 한빛랩스는 준비에 한창이다.",
    absent: ['PARTICIPATES_IN 한빛랩스 -> 지역 AI 거점 사업'],
  },
  // a deck's line-up: each bullet that is only a model's name is the issuer's; the dashed lines under it give its lineage
  {
    cat: 'deck.lineup',
    text: `${DECK_COVER}[슬라이드 4]\nProduct Line-up\n• BW-Law 14B (주력)\n  - 메타 Llama 3.1 8B 기반, 판례 말뭉치 200억 토큰 추가 사전학습\n  - 파라미터 140억 개\n• BW-Law 2B (경량)\n  - BW-Law 14B를 교사 모델로 지식 증류\n  - 태블릿 탑재용\n`,
    expect: ['DEVELOPED BrightWave -> BW-Law 14B', 'DEVELOPED BrightWave -> BW-Law 2B', 'BASED_ON BW-Law 14B -> Llama 3.1 8B', 'BASED_ON BW-Law 2B -> BW-Law 14B'],
    absent: ['BASED_ON BW-Law 2B -> Llama 3.1 8B', 'DEVELOPED BrightWave -> Llama 3.1 8B'],
  },
  // (a compared model on a bullet of its own keeps its maker; a dashed line that compares or denies gives no base)
  {
    cat: 'deck.lineup',
    text: `${DECK_COVER}[슬라이드 5]\nWhy Us\n• GPT-4o\n  - GPT-4o 대비 추론 비용 1/10\n• BW-Law 14B\n  - Llama 3.1 8B 기반 아님, 처음부터 자체 학습\n`,
    expect: ['DEVELOPED BrightWave -> BW-Law 14B'],
    absent: ['DEVELOPED BrightWave -> GPT-4o', 'BASED_ON BW-Law 14B -> Llama 3.1 8B'],
  },
  // (with no cover naming an issuer, a bullet of a model's name is no one's)
  {
    cat: 'deck.lineup',
    text: '모델 정리\n\n• BW-Law 14B (주력)\n  - 메타 Llama 3.1 8B 기반, 판례 말뭉치 추가 사전학습\n',
    absent: ['DEVELOPED 메타 -> BW-Law 14B'],
  },
  // a deck's programme bullets: selected (or a supplier) is a part; "해당 없음" and a plan are not
  {
    cat: 'deck.programme-bullet',
    text: `${DECK_COVER}[슬라이드 11]\nGovernment & Certification\n• TIPS(팁스) 프로그램 선정 — 2025.06\n• 'AI 바우처 지원사업' 공급기업 — 2025, 2026 연속 선정\n• '독자 AI 파운데이션 모델' 추가 공모 — 해당 없음\n• '지역 AI 거점 사업' 신청 예정\n`,
    expect: ['PARTICIPATES_IN BrightWave -> TIPS', 'PARTICIPATES_IN BrightWave -> AI 바우처 지원사업'],
    absent: ['PARTICIPATES_IN BrightWave -> 독자 AI 파운데이션 모델', 'PARTICIPATES_IN BrightWave -> 지역 AI 거점 사업'],
  },
  // English: "X came in at N on … but led on B with M": M is X's score on B; no number after "with", no score
  {
    cat: 'scored.en-scored-but-led-with',
    text: "Orbis Labs released Nova-3 last week. Nova-3 scored 70.1 on KMMLU; Hanbit's Riva-2 came in at 68.0 on the same benchmark but led on HAE-RAE Bench with 84.2.",
    edgeProps: ['SCORED Riva-2 -> HAE-RAE Bench score=84.2', 'SCORED Riva-2 -> KMMLU score=68'],
  },
  {
    cat: 'scored.en-scored-but-led-with',
    text: "Hanbit's Riva-2 came in at 68.0 on KMMLU but led on HAE-RAE Bench with a wide margin.",
    absent: ['SCORED Riva-2 -> HAE-RAE Bench'],
  },
  // "(X는) P에 B가 이끄는 컨소시엄의 일원으로 지원했다": X took part in P and partners B (B's 가 is the relative clause's)
  {
    cat: 'consortium.applied-as-member',
    text: "가온데이터는 2025년 7월 '지역 AI 거점 사업'에 한빛소프트가 이끄는 컨소시엄의 일원으로 지원했다.",
    expect: ['PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업', 'PARTNERS_WITH 가온데이터 -> 한빛소프트'],
  },
  {
    cat: 'consortium.applied-as-member',
    text: "가온데이터는 판교의 데이터 스타트업이다. 지난해 과학기술정보통신부의 '지역 AI 거점 사업'에 한빛소프트가 이끄는 컨소시엄의 일원으로 지원했으나, 1차 선정에서 탈락했다.",
    expect: ['PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업', 'PARTNERS_WITH 가온데이터 -> 한빛소프트'],
  },
  // (one that did not apply, or only might, takes no part and is no partner)
  {
    cat: 'consortium.applied-as-member',
    text: "가온데이터는 '지역 AI 거점 사업'에 한빛소프트가 이끄는 컨소시엄의 일원으로 지원하지 않았다.",
    absent: ['PARTICIPATES_IN 가온데이터 -> 지역 AI 거점 사업', 'PARTNERS_WITH 가온데이터 -> 한빛소프트'],
  },
  // "Y는 X와의 전략적 협력에 따라 …": the partnership is Y's maker's (known from before); a model of another maker gives the article's company none
  {
    cat: 'partners.model-topic-maker',
    text: "가온랩스가 새 모델 '누리-9'를 공개했다. 🤝 누리-9는 마이크로소프트(MS)와의 전략적 협력에 따라 애저에서 곧 제공된다.",
    expect: ['PARTNERS_WITH 가온랩스 -> 마이크로소프트'],
  },
  {
    cat: 'partners.model-topic-maker',
    text: "가온랩스가 새 모델 '누리-9'를 공개했다. GPT-5는 마이크로소프트(MS)와의 전략적 협력에 따라 애저에서 제공된다.",
    absent: ['PARTNERS_WITH 가온랩스 -> 마이크로소프트'],
  },
  {
    cat: 'partners.model-topic-maker',
    text: "가온랩스가 새 모델 '누리-9'를 공개했다. 누리-9는 마이크로소프트(MS)와의 협력으로 만들어졌다는 소문이 돌았지만 사실이 아니다.",
    absent: ['PARTNERS_WITH 가온랩스 -> 마이크로소프트'],
  },
  // a review entry "X 2.0 Base — KT X 2.0은 …": the heading's model without its variant word is that model
  {
    cat: 'models.entry-head-form',
    text: '국산 모델 세 개를 돌려봤다.\n\n누리 2.0 Base — 한빛텔레콤 누리 2.0은 외부 모델 없이 자체 개발했다는 점을 강조한다. 점수는 중간이다.',
    noNodes: ['Model:누리 2.0'],
    sameNode: ['누리 2.0 Base=누리 2.0'],
  },
  // (outside such an entry the two names stay two models)
  {
    cat: 'models.entry-head-form',
    text: '한빛텔레콤은 누리 2.0 Base를 공개했다. 지난해 나온 누리 2.0은 비교 대상이다.',
    nodes: ['Model:누리 2.0'],
  },
  // "원본 Y보다": the family word after 원본 is the one version of it the article names (the base), no family node
  {
    cat: 'models.original-before',
    text: "누리랩스가 큐웬3 14B를 기반으로 법률 데이터로 파인튜닝한 '누리-14B'를 공개했다. 원본 큐웬보다 KMMLU가 3점 넘게 올랐다.",
    expect: ['BASED_ON 누리-14B -> 큐웬3 14B'],
    noNodes: ['Model:큐웬'],
  },
  // a score table's 개발사 column names a company no gazetteer lists: the prose below it names it again
  {
    cat: 'tables.developer-column-names',
    text: '순위 | 모델 | 개발사 | KMMLU\n1 | 바다-12B | 바다텍 | 61.2\n2 | 누리-7B | 누리텍 | 55.0\n\n또 바다텍과 누리텍은 경량 모델용 평가 세트를 공동으로 구축하기로 했다고 밝혔다.',
    expect: ['PARTNERS_WITH 누리텍 -> 바다텍', 'DEVELOPED 바다텍 -> 바다-12B'],
  },
];

describe('generalise: sets 89 and 76 readings (further round)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
