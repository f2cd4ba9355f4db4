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
];

describe('generalise: set 165 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
