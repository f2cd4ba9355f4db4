/**
 * Generalisation rows for set 165's forms: "이 모델" resolved in its own sentence moves the focus; a company named by
 * a kind noun closing the sentence ("국내 스타트업 X다."); a copula's connective after a Latin name end; a base claim
 * guessed by "the industry" and denied next; a base claim refuted in the same breath; "양사는" as a focus rule's subject;
 * a tie-up pictured as possible. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "… 'Y'에 관한 보도에 그런 문구가 나왔는데, 이 모델은 Z와 관련이 없다": the next sentence's "이 모델" is Y, not Z
  {
    cat: 'focus.demonstrative-topic',
    text: "독자 질문: 클로드 대비 98%라는 표현은 무슨 뜻인가요?\n\n답변: 비교일 뿐입니다. 예컨대 스타트업 누리웍스가 지난주 선보인 '누리-X 3'에 관한 보도에 그런 문구가 나왔는데, 이 모델은 클로드와 관련이 없습니다. 누리웍스는 이 모델을 젬마 3에 법률 데이터를 추가 학습해 만들었다고 설명했습니다.",
    expect: ['BASED_ON 누리-X 3 -> 젬마 3'],
    absent: ['BASED_ON 클로드 -> 젬마 3', 'DEVELOPED 누리웍스 -> 클로드'],
  },
  // "이 모델" that only repeats the model in focus leaves it there
  {
    cat: 'focus.demonstrative-topic',
    text: "누리웍스는 지난주 '누리-X 3'를 선보였다. 이 모델은 클로드와 관련이 없다. 누리웍스는 이 모델을 젬마 3에 법률 데이터를 추가 학습해 만들었다.",
    expect: ['BASED_ON 누리-X 3 -> 젬마 3'],
    absent: ['BASED_ON 클로드 -> 젬마 3'],
  },
  // a copula's connective glued to a Latin name end is no part of the name
  {
    cat: 'discover.copula-connective',
    text: "자주 언급되는 곳은 중소 AI 기업 한울AI인데, 한울AI의 '한울 2'는 지난달 공개됐다.",
    nodes: ['Company:한울AI'],
    noNodes: ['Company:한울AI인데'],
  },
  // "국내 스타트업 X다.": the sentence defines X as a company, which the next sentences go on with
  {
    cat: 'discover.kind-noun-copula',
    text: "업계가 사례로 꼽은 곳은 국내 스타트업 라온코드다. 라온코드는 지난달 번역 특화 모델 '라온 2'를 공개했다. 라온코드 한지우 대표는 \"데이터가 핵심\"이라고 말했다.",
    nodes: ['Company:라온코드'],
    expect: ['DEVELOPED 라온코드 -> 라온 2', 'WORKS_FOR 한지우 -> 라온코드'],
  },
  // a noun of state or share after the kind noun is no name
  {
    cat: 'discover.kind-noun-copula',
    text: '요즘 상위권은 해외 AI 기업 일색이다. 남은 자리는 국내 스타트업 몫이다. 시장은 신생 기업 중심이다.',
    noNodes: ['Company:일색', 'Company:몫', 'Company:중심'],
  },
  // a base "the industry guesses at", denied in the next sentence, is no base
  {
    cat: 'based-on.industry-guess-denied',
    text: "한 외신은 \"'소담 4'가 큐웬 계열 모델을 기반으로 했다는 업계 추정이 있다\"고 썼다. 그러나 누리소프트는 \"소담 4는 큐웬을 쓰지 않았고, 해당 보도는 사실과 다르다\"고 반박했다.",
    absent: ['BASED_ON 소담 4 -> 큐웬'],
  },
  { cat: 'based-on.industry-guess-denied', text: "누리소프트는 '소담 4'가 큐웬2.5를 기반으로 만들어졌다고 밝혔다.", expect: ['BASED_ON 소담 4 -> 큐웬2.5'] },
  // a claim of a base called baseless in the same breath
  {
    cat: 'based-on.claim-refuted',
    text: "누리소프트 관계자는 \"'소담 4'는 아직 공개 전이고, 라마 4를 기반으로 했다는 건 근거 없는 얘기\"라며 선을 그었다.",
    absent: ['BASED_ON 소담 4 -> 라마 4'],
  },
  { cat: 'based-on.claim-refuted', text: "'소담 4'가 라마 4를 바탕으로 만들었다는 주장은 사실무근이다.", absent: ['BASED_ON 소담 4 -> 라마 4'] },
  { cat: 'based-on.claim-refuted', text: "'소담 4'가 라마 4를 기반으로 했다는 건 사실이다.", expect: ['BASED_ON 소담 4 -> 라마 4'] },
  // "양사는 Y를 출발점으로 삼을 계획이다": the two partners' plan, not the model in focus built on Y
  {
    cat: 'based-on.partners-subject',
    text: "누리소프트는 '소담 4'를 공개했다. 한편 가온테크와 크래프톤은 공동 연구 협약을 맺었다. 양사는 NC AI의 바르코를 출발점으로 삼을 계획이다.",
    absent: ['BASED_ON 소담 4 -> 바르코'],
  },
  { cat: 'based-on.partners-subject', text: "누리소프트는 '소담 4'를 공개했다. 이 모델은 NC AI의 바르코를 출발점으로 삼았다.", expect: ['BASED_ON 소담 4 -> 바르코'] },
  // a tie-up someone pictures as possible is none
  {
    cat: 'partners.pictured-possible',
    text: '한 애널리스트는 "카카오 같은 대기업이 업스테이지와 손잡는 그림도 충분히 가능하다"고 말했다.',
    absent: ['PARTNERS_WITH 업스테이지 -> 카카오'],
  },
  { cat: 'partners.pictured-possible', text: '카카오는 업스테이지와 손잡고 의료 모델을 함께 만들었다.', expect: ['PARTNERS_WITH 업스테이지 -> 카카오'] },
  // "양사는 … 제휴를 맺은 바 있다": the pair the sentence before names, partners by an agreement made
  {
    cat: 'partners.pair-agreed',
    text: '카카오가 오픈AI와 새 모델을 함께 만든다는 소문이 돌았지만 카카오는 "사실무근"이라고 했다. 양사는 지난해 3월 전략적 제휴를 맺은 바 있다.',
    expect: ['PARTNERS_WITH 오픈AI -> 카카오'],
  },
  { cat: 'partners.pair-agreed', text: '카카오는 오픈AI 관계자와 만났다고 밝혔다. 양사는 업무협약 체결을 검토하고 있다.', absent: ['PARTNERS_WITH 오픈AI -> 카카오'] },
  { cat: 'partners.pair-agreed', text: '카카오는 오픈AI 관계자와 만났다고 밝혔다. 양사는 아직 제휴를 맺지 않았다.', absent: ['PARTNERS_WITH 오픈AI -> 카카오'] },
];

describe('generalise: set 165 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
