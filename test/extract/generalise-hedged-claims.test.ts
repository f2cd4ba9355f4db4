/**
 * Generalisation rows for claims the text only guesses at: a company "expected to" join a consortium
 * ("…할 것이란 관측/전망이 나온다", "…할 것으로 점쳐진다", "…가능성이 거론된다") is no member yet.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a fact-check's claim line right before a verdict that calls it false states nothing; a true verdict leaves it standing
  {
    cat: 'fact-check verdict: false',
    text: '"가온AI \'누리 3\'는 구글 젬마 3를 기반으로 만든 모델이다"\n\n판정: 거짓\n\n가온AI는 누리 3를 처음부터 직접 학습했다고 설명했다.',
    absent: ['BASED_ON 누리 3 -> 젬마 3'],
  },
  {
    cat: 'fact-check verdict: true',
    text: '"가온AI \'누리 3\'는 구글 젬마 3를 기반으로 만든 모델이다"\n\n판정: 사실\n\n가온AI도 이를 인정했다.',
    expect: ['BASED_ON 누리 3 -> 젬마 3'],
  },
  // a consortium membership told as an outlook, then left open by the company
  // a partnership an earlier article reported ("…협업해 만든 모델로 소개한 기사도 있었는데") is a claim, not a fact
  { cat: 'partners.reported-by-article', text: '리걸테크 스타트업 다온로가 만든 LexA-Gemma 12B는 젬마 3 12B를 파인튜닝한 모델입니다.\n\n린다웍이 만든 Linda-Ko는 라마 위에 데이터를 얹은 모델입니다. 참고로 린다웍이 메타와 협업해 만든 모델로 소개한 기사도 있었는데, 린다웍에 확인해 보니 공개 가중치를 가져다 썼을 뿐 메타와의 협업은 없었다고 합니다.', absent: ['PARTNERS_WITH 다온로 -> 메타', 'PARTNERS_WITH 린다웍 -> 메타'] },
  { cat: 'partners.reported-by-article', text: '다래테크가 KT와 협업해 만든 모델로 소개한 보도도 나왔지만, 다래테크는 공개 가중치를 썼을 뿐이라고 했다.', absent: ['PARTNERS_WITH 다래테크 -> KT'] },
  { cat: 'partners.reported-by-article', text: '다래테크는 KT와 협업해 만든 모델을 공개했다.', expect: ['PARTNERS_WITH 다래테크 -> KT'] },
  { cat: 'partners.consortium-conjecture', text: '가온소프트가 다래테크 컨소시엄에 합류해 2차 공모에 나설 것이라는 전망도 나오지만, 가온소프트는 "아직 정하지 못했다"고 했다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  { cat: 'partners.consortium-conjecture', text: '최근에는 다래테크 컨소시엄에 들어가 추가 공모에 도전할 것이란 관측도 나왔지만, 누리봇은 "참여 여부는 미정"이라고 했다.', absent: ['PARTNERS_WITH 누리봇 -> 다래테크'] },
  { cat: 'partners.consortium-conjecture', text: '다래테크 컨소시엄에 가온소프트가 참여할 것으로 점쳐진다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  { cat: 'partners.consortium-conjecture', text: '다래테크 컨소시엄에는 가온소프트가 참여할 것이라는 말이 나온다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  { cat: 'partners.consortium-conjecture', text: '업계에서는 다래테크 컨소시엄에 가온소프트가 합류하는 방안이 거론되고 있다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  // a partnership that broke down or came to nothing ("협력은 결렬됐다", "합작은 무산됐다") is none
  { cat: 'partners.broken-off', text: '다래테크와 가온소프트의 협력은 결렬됐다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크', 'PARTNERS_WITH 다래테크 -> 가온소프트'] },
  { cat: 'partners.broken-off', text: '다래테크와 가온소프트의 합작은 끝내 무산됐다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크', 'PARTNERS_WITH 다래테크 -> 가온소프트'] },
  // a partner taken on as such ("Y를 파트너사로 맞이했다", "Y를 기술 파트너로 선정했다"), not when it was not
  { cat: 'partners.taken-as-partner', text: 'KT는 업스테이지를 파트너사로 맞이했다.', expect: ['PARTNERS_WITH KT -> 업스테이지'] },
  { cat: 'partners.taken-as-partner', text: 'KT는 업스테이지를 기술 파트너로 선정했다.', expect: ['PARTNERS_WITH KT -> 업스테이지'] },
  { cat: 'partners.taken-as-partner', text: 'KT는 업스테이지를 파트너로 맞이하지 않았다.', absent: ['PARTNERS_WITH KT -> 업스테이지'] },
  // a partnership reported and called untrue, or an agreement not signed at the clause's end (however long its quoted name)
  { cat: 'partners.denied-report', text: '다래테크와 가온소프트가 손잡았다는 보도는 사실이 아니다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  { cat: 'partners.denied-report', text: '다래테크와 가온소프트가 손잡았다는 소문은 사실무근으로 드러났다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  { cat: 'partners.agreement-not-made', text: "다래테크와 가온소프트는 '의료 AI 공동 연구와 사업 협력을 위한 업무협약'을 맺지 않았다.", absent: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  { cat: 'partners.agreement-not-made', text: "다래테크와 가온소프트는 '의료 AI 공동 연구와 사업 협력을 위한 업무협약'을 맺었다.", expect: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  // stated membership stays
  { cat: 'partners.consortium-conjecture', text: '다래테크 컨소시엄에는 가온소프트와 누리봇이 참여했다.', expect: ['PARTNERS_WITH 가온소프트 -> 다래테크', 'PARTNERS_WITH 누리봇 -> 다래테크'] },
  // a quoted name ending in a version is a model in a sentence about models; a base asked about in a question is no base
  { cat: 'based-on.asked-not-stated', text: "노바랩(NovaLab)은 '독자 모델'로 알려온 '물결 v2'가 라마 3.1에 추가 학습한 것이냐는 질문에 답하지 않았다.", nodes: ['Model:물결 v2'], absent: ['BASED_ON 물결 v2 -> 라마 3.1'] },
  { cat: 'based-on.asked-not-stated', text: "'한결 3'이 큐웬3를 기반으로 만들어졌느냐고 묻자 회사는 답하지 않았다.", absent: ['BASED_ON 한결 3 -> 큐웬3'] },
  { cat: 'based-on.asked-not-stated', text: "노바랩의 '물결 v2'는 라마 3.1에 한국어 데이터를 추가 학습한 모델이다.", expect: ['BASED_ON 물결 v2 -> 라마 3.1'] },
  // a clause that ends in someone's conjecture, however far after the partnering words, states no partnership
  { cat: 'partners.conjecture-end', text: '가온소프트가 다래테크와 손잡고 의료 모델을 공동 개발할 것으로 점쳐진다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  { cat: 'partners.conjecture-end', text: '가온소프트는 다래테크와 협력해 해외 시장에 진출할 것이란 관측이 나온다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  { cat: 'partners.conjecture-end', text: '가온소프트는 다래테크와 손잡고 의료 모델을 개발했으며, 시장은 더 늘어날 것으로 전망된다.', expect: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  {
    // a next version named only in an industry rumour is no sibling its family's developer made
    cat: 'sibling-named-only-in-a-rumour',
    text: "누리랩스는 지난달 '소담 1.5'를 공개했다. 소담 1.5는 30억 매개변수 모델이다. 업계에서는 누리랩스가 70억 매개변수급 '소담 2'를 준비하고 있다는 이야기도 나온다.",
    expect: ['DEVELOPED 누리랩스 -> 소담 1.5'],
    absent: ['DEVELOPED 누리랩스 -> 소담 2'],
  },
  {
    // … and so is one a memo-style line ends on as a report ("…나온다고 보도.", a cue form that holds only at the text's end)
    cat: 'sibling-named-only-in-a-rumour',
    text: "누리랩스는 지난달 '소담 1.5'를 공개했다. 소담 1.5는 30억 매개변수 모델이다. 한 경제지는 '소담 2'가 다음 달 나온다고 보도.",
    expect: ['DEVELOPED 누리랩스 -> 소담 1.5'],
    absent: ['DEVELOPED 누리랩스 -> 소담 2'],
  },
  {
    // … while one named in a plain statement is
    cat: 'sibling-named-only-in-a-rumour',
    text: "누리랩스는 지난달 '소담 1.5'를 공개했다. 소담 1.5는 30억 매개변수 모델이다. 앞서 나온 '소담 1.0'은 10억 매개변수급이었다.",
    expect: ['DEVELOPED 누리랩스 -> 소담 1.0'],
  },
  // a clause passed on as hearsay ("…다는 이야기도 흘러나온다") is no stated partnership; a fact taken as given before it ("…했다는 점이") stays
  { cat: 'partners.hearsay', text: '업계 일각에서는 가온AI가 다래테크와 전략적 제휴를 논의하고 있다는 이야기도 흘러나온다.', absent: ['PARTNERS_WITH 가온AI -> 다래테크'] },
  { cat: 'partners.hearsay', text: '가온AI는 다래테크와 손잡고 새 모델을 공동 개발한다는 얘기가 돈다.', absent: ['PARTNERS_WITH 가온AI -> 다래테크'] },
  { cat: 'partners.hearsay', text: '가온AI는 다래테크와 전략적 제휴를 맺었고, 누리봇과도 손잡는다는 얘기가 돈다.', expect: ['PARTNERS_WITH 가온AI -> 다래테크'], absent: ['PARTNERS_WITH 가온AI -> 누리봇'] },
  { cat: 'partners.hearsay', text: "가온AI는 '가온-3'를 내세우지만, 이 모델이 메타의 라마 3.1을 기반으로 했다는 점이 영업에서 걸림돌이 되고 있다는 얘기도 나온다.", expect: ['BASED_ON 가온-3 -> 라마 3.1'] },
  // "A이나 B와 협력": A or B, with someone else; 이나 is no subject particle
  { cat: 'partners.disjunction', text: '해외에서는 구글이나 아마존과 협력하는 스타트업이 많다.', absent: ['PARTNERS_WITH 구글 -> 아마존'] },
  { cat: 'partners.disjunction', text: '구글이 아마존과 협력한다.', expect: ['PARTNERS_WITH 구글 -> 아마존'] },
  // "…와 손잡고 …를 준비하고 있다는 관측도 나오지만": a partnership the clause reports as an observation is no fact, the matched verb's own 고 notwithstanding
  { cat: 'hedged.observation', text: '업계에서는 솔트룩스가 카카오와 손잡고 차세대 모델을 준비하고 있다는 관측도 나오지만, 솔트룩스는 "정해진 것이 없다"고 말했다.', absent: ['PARTNERS_WITH 솔트룩스 -> 카카오'] },
  { cat: 'hedged.observation', text: '솔트룩스는 카카오와 손잡고 차세대 모델을 준비했고, 시장이 커질 것이라는 관측도 나온다.', expect: ['PARTNERS_WITH 솔트룩스 -> 카카오'] },
  // an agreement whose signing is only being discussed ("…와 MOU를 맺는 방안을 논의 중이다") is no partnership yet
  { cat: 'hedged.agreement-discussed', text: '누리소프트는 다음 달 카카오와 데이터 분야 업무협약(MOU)을 맺는 방안을 논의 중이다.', absent: ['PARTNERS_WITH 누리소프트 -> 카카오'] },
  { cat: 'hedged.agreement-discussed', text: '누리소프트는 지난달 카카오와 데이터 분야 업무협약(MOU)을 맺었다.', expect: ['PARTNERS_WITH 누리소프트 -> 카카오'] },
];

describe('hedged claims: an outlook or a rumour is no fact', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
