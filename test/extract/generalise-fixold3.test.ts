/**
 * Generalisation rows for forms left over from held-out sets 113–120: a known board named bare and with its season
 * ("X 리더보드" … "X 리더보드3", "X 리더보드 4"); a version after a sized model's name, "후속 모델인 X-8B 2"; a public agency's post as an official's
 ("NIPA …본부장").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a board named bare, then its one season glued: one board, the season's
  {
    cat: 'benchmark.bare-board-then-season',
    text: "한밭랩의 '누리-7B'가 오픈 Ko-LLM 리더보드에서 소형 부문 2위에 올랐다. 누리-7B는 '오픈 Ko-LLM 리더보드2' 10월 평가에서 종합 0.612점을 받았다.",
    expect: ['SCORED 누리-7B -> 오픈 Ko-LLM 리더보드2'],
    sameNode: ['오픈 Ko-LLM 리더보드2=오픈 Ko-LLM 리더보드'],
  },
  // a season after a space, glossed in English: the season's board, the bare name its short form
  {
    cat: 'benchmark.spaced-board-season',
    text: "'호랑이 리더보드 5(Horangi Leaderboard 5)'의 10월 결과가 나왔다. 가온랩의 '가온 3'이 종합 0.733점으로 1위였다. 호랑이 리더보드는 매달 갱신된다.",
    expect: ['SCORED 가온 3 -> 호랑이 리더보드 5'],
    sameNode: ['호랑이 리더보드 5=Horangi Leaderboard 5', '호랑이 리더보드 5=호랑이 리더보드'],
  },
  // several seasons: the bare name is the one the body names first, the later season stays apart
  {
    cat: 'benchmark.spaced-board-season',
    text: "'호랑이 리더보드 4' 11월 결과에서 가온랩의 '가온 3'이 종합 0.733점으로 1위에 올랐다. 가온 3은 호랑이 리더보드에서 두 달째 선두를 지켰다. 운영사는 내년 '호랑이 리더보드 5'로 개편한다고 밝혔다.",
    expect: ['SCORED 가온 3 -> 호랑이 리더보드 4'],
    sameNode: ['호랑이 리더보드 4=호랑이 리더보드'],
    nodes: ['Benchmark:호랑이 리더보드 5'],
  },
  // a version after a known model's sized name, in a quoted plan for the successor: the next model
  {
    cat: 'models.known-sized-name-version',
    text: "파랑랩스가 '파랑-12B'를 공개했다. 파랑-12B는 한국어 법률 문서를 학습했다. 오민재 대표는 \"내년에는 후속 모델인 파랑-12B 2를 선보이겠다\"고 말했다.",
    expect: ['SUCCEEDS 파랑-12B 2 -> 파랑-12B', 'DEVELOPED 파랑랩스 -> 파랑-12B 2'],
  },
  // a predecessor named before the apposition: that one, not the article's model
  {
    cat: 'models.known-sized-name-version',
    text: "파랑랩스가 '파랑-12B'를 공개했다. 회사는 '하늘-3'의 후속 모델인 '하늘-4'도 준비 중이다.",
    absent: ['SUCCEEDS 하늘-4 -> 파랑-12B'],
  },
  // a count after the sized name is no version
  {
    cat: 'models.known-sized-name-version',
    text: "파랑랩스가 '파랑-12B'를 공개했다. 파랑-12B 2개를 묶어 쓰는 방식도 시험했다.",
    noNodes: ['Model:파랑-12B 2'],
  },
  // a post at a public agency ("AGENCY …본부장") is an official's: the programme they speak for is theirs to promote
  {
    cat: 'promotes.agency-post',
    text: "정보통신산업진흥원은 「2027년 AI 데이터 실증 지원사업」(이하 '데이터 실증사업') 선정 결과를 안내합니다. 박서윤 NIPA 디지털전환본부장은 \"데이터 실증사업이 올해 8개 분야로 늘었다\"고 말했습니다.",
    expect: ['PROMOTES 박서윤 -> 데이터 실증사업'],
    absent: ['WORKS_FOR 박서윤 -> NIPA'],
  },
  // the same post at a company is no official's
  {
    cat: 'promotes.agency-post',
    text: "정보통신산업진흥원은 「2027년 AI 데이터 실증 지원사업」(이하 '데이터 실증사업') 선정 결과를 안내합니다. 박서윤 누리랩스 디지털전환본부장은 \"데이터 실증사업이 올해 8개 분야로 늘었다\"고 말했습니다.",
    absent: ['PROMOTES 박서윤 -> 데이터 실증사업'],
  },
  // a rank after a space is no season
  {
    cat: 'benchmark.spaced-board-season',
    text: "가온랩의 '가온 3'이 호랑이 리더보드 1위에 올랐다. 종합 점수는 0.733점이다.",
    noNodes: ['Benchmark:호랑이 리더보드 1'],
  },
];

describe('generalise: leftovers of sets 113–120', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
