/**
 * Generalisation rows for the forms met in held-out sets 72, 194, 83, 147 and 67 (round r57b): a maker's quoted comment
 * on a score ("X 측은 \"…\"라고 설명했다"), or a remark against the earlier score ("예전 점수(N점)와 거의 차이가 없다"), keeps
 * the benchmark the next model's bare score is on; a public agency's head whose
 * post has Latin letters ("정보통신산업진흥원(NIPA) NAME AI확산본부장이") speaks for the programme the sentence before named, at
 * a bare briefing ("설명회에서 …") and in words the writer recalls ("\"…\"고 했던 말이 기억난다").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a quoted comment between two scores keeps the benchmark the first was on
  {
    cat: 'scored.bench-after-quoted-comment',
    text: "코딩 평가 CodeKo에서 가온랩의 '가온-3 8B'는 6.40점을 받았다. 가온랩 측은 “채점 기준이 엄격해진 탓”이라고 설명했다. 누리소프트의 누리-R 7B는 6.91점을 받아 가온-3 8B를 앞섰다.",
    expect: ['SCORED 누리-R 7B -> CodeKo'],
    edgeProps: ['SCORED 누리-R 7B -> CodeKo score=6.91'],
  },
  {
    cat: 'scored.bench-after-quoted-comment',
    text: "한결은행이 만든 금융 평가 FinQA-Ko에서 누리-R 7B는 71.0점이었다. 누리소프트 관계자는 “금융 데이터를 늘린 결과”라고 말했다. 하람랩의 하람-2 14B는 68.2점이었다.",
    expect: ['SCORED 하람-2 14B -> FinQA-Ko'],
  },
  // a remark against the earlier score keeps it too
  {
    cat: 'scored.bench-after-quoted-comment',
    text: "코딩 평가 CodeKo에서 가온랩의 '가온-3 8B'는 6.40점을 받았다. 이전 점수(6.52점)와 비슷한 수준이다. 누리소프트의 누리-R 7B는 6.91점이었다.",
    expect: ['SCORED 누리-R 7B -> CodeKo'],
  },
  // an unnamed evaluator's voice is no maker's comment: the next score is not read on the older test
  {
    cat: 'scored.bench-after-quoted-comment',
    text: "코딩 평가 CodeKo에서 가온랩의 '가온-3 8B'는 6.40점을 받았다. 센터는 “버전 차이를 감안해야 한다”고 밝혔다. 누리소프트의 누리-R 7B는 6.91점이었다.",
    absent: ['SCORED 누리-R 7B -> CodeKo'],
  },
  // a sentence that tells something else in between still leaves the benchmark behind
  {
    cat: 'scored.bench-after-quoted-comment',
    text: "코딩 평가 CodeKo에서 가온랩의 '가온-3 8B'는 6.40점을 받았다. 가온랩은 내년에 새 데이터센터를 연다. 누리소프트의 누리-R 7B는 6.91점이었다.",
    absent: ['SCORED 누리-R 7B -> CodeKo'],
  },
  // an agency's head whose post has Latin letters, the programme in the sentence
  {
    cat: 'promotes.agency-head-name-between',
    text: "정부는 올해 ‘지역 AI 실증 지원사업’을 새로 시작했다. 한국지능정보사회진흥원 오다솜 SW융합본부장은 ‘지역 AI 실증 지원사업’ 예산을 내년에 두 배로 늘린다고 말했다.",
    expect: ['PROMOTES 오다솜 -> 지역 AI 실증 지원사업'],
  },
  // the programme named in the sentence before, the head quoted
  {
    cat: 'promotes.agency-official-reference',
    text: "누리소프트는 올해 ‘지역 AI 실증 지원사업’에 수행기관으로 참여했다. 한국지능정보사회진흥원(NIA) 오다솜 SW융합본부장은 “참여 기업의 문턱을 낮추겠다”고 말했다.",
    expect: ['PROMOTES 오다솜 -> 지역 AI 실증 지원사업'],
  },
  // words the writer recalls, at a bare briefing after two programmes were named
  {
    cat: 'promotes.agency-official-reference',
    text: "우리는 처음에 ‘AI 팩토리 선도사업’을 검토했다. 결국 ‘지역 AI 실증 지원사업’에 수행기관으로 참여했다. 설명회에서 한국지능정보사회진흥원(NIA) 오다솜 SW융합본부장이 “올해는 작은 회사도 많이 뽑겠다”고 했던 말이 아직 생생하다.",
    expect: ['PROMOTES 오다솜 -> 지역 AI 실증 지원사업'],
    absent: ['PROMOTES 오다솜 -> AI 팩토리 선도사업'],
  },
  // a company's head of division is no official
  {
    cat: 'promotes.agency-official-reference',
    text: "누리소프트는 올해 ‘지역 AI 실증 지원사업’에 수행기관으로 참여했다. 누리소프트 오다솜 AI사업본부장은 “좋은 기회였다”고 말했다.",
    absent: ['PROMOTES 오다솜 -> 지역 AI 실증 지원사업'],
  },
];

describe('generalisation rows (r57b)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
