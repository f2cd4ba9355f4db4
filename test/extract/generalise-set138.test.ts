/**
 * Generalisation rows for the forms first met in held-out set 138: a base named before a long list of what was added to it
 * (a comma list whose last item is a phrase of several words), and a wire story's correction line that names a paragraph
 * ("둘째 문단의 X"), which is no company; a clause's past connective ("…에 올랐고,") before a consortium's lead; a hire named by a
 * former post of four words after 전; a parent's name in the headings over a body naming its subsidiary; a model put through
 * pruning or quantisation from another ("Y에서 … 가지치기를 거친"); a programme
 * whose stem is generic words only. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "Y를 기반으로 A와 B, 여러 단어로 된 C를 추가 학습시킨 모델로": a list's last item of three words still ends the list
  {
    cat: 'based-on.focus-further-trained-copula',
    text: "누리랩스는 지난 9일 법률 상담 모델 '누리로 8B'를 내놨다. 솔트룩스가 공개한 '루시아 8B'를 기반으로 판례와 법령 해설, 비식별 처리된 민원 기록을 추가 학습시킨 모델로, 매개변수는 80억 개다.",
    expect: ['BASED_ON 누리로 8B -> 루시아 8B'],
  },
  {
    cat: 'based-on.focus-further-trained-copula',
    text: "누리랩스는 지난 9일 '누리로 8B'를 내놨다. '루시아 8B'를 바탕으로 세무 문답과 회계 기준서, 공개된 상담 사례 요약을 추가로 학습시킨 모델이다.",
    expect: ['BASED_ON 누리로 8B -> 루시아 8B'],
  },
  // the list ends a clause ("…을 모았고, …"): no base across it
  {
    cat: 'based-on.focus-further-trained-copula',
    text: "누리랩스는 지난 9일 '누리로 8B'를 내놨다. '루시아 8B'를 두고는 판례와 법령 해설을 모았고, 비식별 처리된 민원 기록을 추가 학습시킨 모델로 알려진 다른 제품과 비교했다.",
    absent: ['BASED_ON 누리로 8B -> 루시아 8B'],
  },
  // a correction line names a paragraph of the article: "문단의 X" is no developer
  {
    cat: 'nonentities.text-parts',
    text: "가온랩이 새 언어모델 가온-3를 공개했다. 매개변수는 90억 개다.\n\n[정정 14:20] 본문 셋째 단락의 가온-3 매개변수를 '80억 개'에서 '90억 개'로 바로잡습니다. 기사 첫 문단의 가온-3 설명도 고쳤습니다.",
    expect: ['DEVELOPED 가온랩 -> 가온-3'],
    noNodes: ['Company:단락', 'Company:문단', 'Company:첫 문단'],
  },
  {
    cat: 'nonentities.text-parts',
    text: "[수정] 둘째 문단의 누리랩스 모델 '누리로 8B' 크기를 바로잡습니다. 누리랩스의 누리로 8B는 80억 개 매개변수 모델이다.",
    expect: ['DEVELOPED 누리랩스 -> 누리로 8B'],
    noNodes: ['Company:문단'],
  },
  // "…단계에 올랐고, X가 주관한 컨소시엄은": a past verb's connective ending (any stem closed by ㅆ) is no company before the lead
  {
    cat: 'participates.led-teams-advanced',
    text: "중기부가 12일 'K-에이전트 개발사업'의 2차 평가 결과를 내놨다. 가온랩과 누리랩스, 다온소프트가 각각 이끄는 3개 컨소시엄이 최종 단계에 올랐고, 새솔정보가 주관한 컨소시엄은 탈락했다.",
    expect: ['PARTICIPATES_IN 가온랩 -> K-에이전트 개발사업', 'PARTICIPATES_IN 누리랩스 -> K-에이전트 개발사업', 'PARTICIPATES_IN 다온소프트 -> K-에이전트 개발사업', 'PARTICIPATES_IN 새솔정보 -> K-에이전트 개발사업'],
    noNodes: ['Company:올랐고'],
  },
  {
    cat: 'participates.led-teams-advanced',
    text: "가온랩은 지난달 모델 평가에서 좋은 점수를 얻었고, 다온소프트와 손잡고 공동 개발에 나섰다. 누리랩스가 이끄는 컨소시엄도 본선에 남았고, 새솔정보와 협약을 맺었다.",
    noNodes: ['Company:얻었고', 'Company:남았고'],
  },
  // a hedge keeps the team from having advanced
  {
    cat: 'participates.led-teams-advanced',
    text: "중기부가 12일 'K-에이전트 개발사업'의 2차 평가 결과를 내놨다. 업계는 가온랩과 누리랩스가 각각 이끄는 2개 컨소시엄이 최종 단계에 올랐을 가능성이 있다고 본다.",
    absent: ['PARTICIPATES_IN 가온랩 -> K-에이전트 개발사업'],
  },
  // "NAME 전 (four words of a former post)를 …로 영입했다": a former title of four words after 전 still names the hire
  {
    cat: 'works-for.joins-in-role',
    text: "누리랩스는 이날 조직 개편 소식도 알렸다. 새솔정보에서 검색 모델 개발을 맡았던 한지호 전 초거대 언어모델 개발 리더를 연구 조직을 이끄는 최고기술책임자로 영입했다.",
    expect: ['WORKS_FOR 한지호 -> 누리랩스'],
    nodes: ['Person:한지호'],
  },
  {
    cat: 'works-for.joins-in-role',
    text: "누리랩스는 한지호 전 클라우드 AI 플랫폼 리더를 최고기술책임자로 영입했다.",
    expect: ['WORKS_FOR 한지호 -> 누리랩스'],
  },
  // a denied hire gives no post
  {
    cat: 'works-for.joins-in-role',
    text: "누리랩스는 한지호 전 초거대 언어 모델 개발 리더를 최고기술책임자로 영입하지 않았다.",
    absent: ['WORKS_FOR 한지호 -> 누리랩스'],
  },
  // headings that shorten a subsidiary to its parent ("KT 출신") over a body naming the subsidiary: the node keeps the body's name
  {
    cat: 'names.headline-parent',
    text: "■ KT 출신 박서준 리더 영입\n\n가온랩은 이날 조직 개편도 알렸다. KT클라우드에서 '누리-7' 개발을 이끌었던 박서준 전 리더를 최고기술책임자로 영입했다.\n\n■ KT 출신 인재 잇따라\n\n가온랩은 올해 연구 인력을 두 배로 늘렸다.",
    nodes: ['Company:KT클라우드'],
    noNodes: ['Company:KT'],
    expect: ['WORKS_FOR 박서준 -> 가온랩'],
  },
  // the parent named in the body as well stays a company of its own
  {
    cat: 'names.headline-parent',
    text: "■ KT 출신 박서준 리더 영입\n\n가온랩은 KT클라우드에서 일한 박서준 전 리더를 영입했다. KT는 이번 영입에 대해 언급하지 않았다. KT는 별도 입장을 내지 않았다.",
    nodes: ['Company:KT클라우드', 'Company:KT'],
  },
  // "X는 …, Y에서 … 가지치기(프루닝)를 거친 뒤 증류로 보완한 모델이다": a model put through pruning from Y is based on Y
  {
    cat: 'based-on.lightened',
    text: "누리랩스는 '누리 3'를 공개했다. 함께 나온 경량 모델 '누리 3 미니'는 30억 개 매개변수로, 누리 3에서 쓰임이 적은 층을 덜어내는 가지치기(프루닝)를 거친 뒤 증류로 성능을 보완한 모델이다.",
    expect: ['BASED_ON 누리 3 미니 -> 누리 3'],
  },
  {
    cat: 'based-on.lightened',
    text: "새솔정보는 '새솔 2'를 내놨다. 경량판 '새솔 2 라이트'는 새솔 2에서 양자화를 거쳐 크기를 4분의 1로 줄인 모델이다.",
    expect: ['BASED_ON 새솔 2 라이트 -> 새솔 2'],
  },
  // a model that went through no pruning from Y is not based on it
  {
    cat: 'based-on.lightened',
    text: "누리랩스는 '누리 3'를 공개했다. 경량 모델 '누리 3 미니'는 누리 3에서 가지치기를 거치지 않고 처음부터 따로 학습한 모델이다.",
    absent: ['BASED_ON 누리 3 미니 -> 누리 3'],
  },
  // a city's programme whose name leaves generic words ("AI 모델") once its kind words go stays apart from the national one
  {
    cat: 'resolve.programme-stem',
    text: "과기정통부가 '독자 AI 파운데이션 모델 프로젝트' 2차 평가 결과를 발표했다. 누리랩스는 부산시의 'AI 모델 실증 지원사업'에도 지난 5월 선정됐다.",
    nodes: ['Policy:AI 모델 실증 지원사업', 'Policy:독자 AI 파운데이션 모델 프로젝트'],
    expect: ['PARTICIPATES_IN 누리랩스 -> AI 모델 실증 지원사업'],
  },
  {
    cat: 'resolve.programme-stem',
    text: "누리랩스는 '해양 AI 모델 개발 지원사업'에 선정됐다. 누리랩스는 '해양 AI 모델 사업'의 첫 과제를 맡는다.",
    absent: ['PARTICIPATES_IN 누리랩스 -> AI 모델 실증 지원사업'],
    noNodes: ['Policy:해양 AI 모델 사업'],
  },
];

describe('generalise: set 138 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
