/**
 * Generalisation rows for the forms first met in held-out set 156: a score table's column titled by a benchmark and its
 * metric ("X Pass@1", "Y Accuracy"), a table a screen reader's text mode writes out ("열 제목: … / 1행: …"), a board's
 * one average column whose board only the source line under the table names ("평균" … "자료: X 리더보드"), a ranked list
 * with ties and thousands commas ("공동 1위 M(D) 1,312"), a denied rumour that names the base by its family word only
 * while the article scores a version of it, and a selection told after a source's "…를 분석한 결과, " clause.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a column titled by a benchmark and its metric is that benchmark's column
  {
    cat: 'scored.table-metric-title',
    text: ["가람소프트가 코드 모델 '가람코드-3B'를 공개했다. 결과는 아래와 같다.", '', '모델 | 개발사 | HumanEval Pass@1 | MBPP Pass@1', '', '가람코드-3B | 가람소프트 | 58.2 | 61.0', '', '라마 3.1 8B | 메타 | 60.4 | 63.3'].join('\n'),
    expect: ['SCORED 가람코드-3B -> HumanEval', 'SCORED 라마 3.1 8B -> MBPP', 'DEVELOPED 가람소프트 -> 가람코드-3B'],
    edgeProps: ['SCORED 가람코드-3B -> MBPP score=61', 'SCORED 라마 3.1 8B -> HumanEval score=60.4'],
  },
  {
    cat: 'scored.table-metric-title',
    text: ["누리랩이 '누리-7B'의 평가 결과를 냈다.", '', '모델 | KMMLU Accuracy', '', '누리-7B | 52.7', '', '엑사원 3.5 7.8B | 49.9'].join('\n'),
    edgeProps: ['SCORED 누리-7B -> KMMLU score=52.7'],
  },
  // a metric word alone, with no benchmark before it, names no benchmark
  {
    cat: 'scored.table-metric-title',
    text: ["가람소프트가 코드 모델 '가람코드-3B'를 공개했다.", '', '모델 | Pass@1 | 크기', '', '가람코드-3B | 58.2 | 3B'].join('\n'),
    noNodes: ['Benchmark:Pass@1'],
  },
  // a screen reader's table: titles line, numbered rows
  {
    cat: 'scored.read-aloud-table',
    text: ["다온소프트가 '다온-코더 2'의 평가 결과를 공개했다.", '[표 시작] 표 1. 코드 평가 결과. 3개 열, 2개 행.', '열 제목: 모델 / 개발사 / HumanEval', '1행: 다온-코더 2 / 다온소프트 / 71.5', '2행: 큐웬2.5 코더 7B / 알리바바 / 68.9', '[표 끝] 출처: 다온소프트'].join('\n'),
    expect: ['SCORED 다온-코더 2 -> HumanEval', 'DEVELOPED 다온소프트 -> 다온-코더 2'],
    edgeProps: ['SCORED 다온-코더 2 -> HumanEval score=71.5'],
  },
  // one average column, the board named only by the source line under the table (the lead named it too far back)
  {
    cat: 'scored.table-source-line-board',
    text: ["한국어 평가 '가람 리더보드'가 새 시즌 결과를 냈다. 업스테이지는 순위에 만족한다고 밝혔다. 이번 시즌에는 모델 20종이 참여했다. 평가는 5개 항목으로 이뤄졌다.", '', '순위 | 모델 | 개발사 | 평균', '', '1 | 엑사원 4.0 | LG AI연구원 | 74.2', '', '2 (공동) | 솔라 프로 2 | 업스테이지 | 71.8', '', '2 (공동) | A.X 4.0 | SK텔레콤 | 71.8', '', '자료: 가람 리더보드 시즌2 (12월 기준)'].join('\n'),
    edgeProps: ['SCORED 엑사원 4.0 -> 가람 리더보드 score=74.2', 'SCORED A.X 4.0 -> 가람 리더보드 score=71.8'],
  },
  // a source line naming no board leaves the column unread
  {
    cat: 'scored.table-source-line-board',
    text: ["한국어 평가 '가람 리더보드'가 새 시즌 결과를 냈다. 업스테이지는 순위에 만족한다고 밝혔다. 이번 시즌에는 모델 20종이 참여했다. 평가는 5개 항목으로 이뤄졌다.", '', '순위 | 모델 | 개발사 | 평균', '', '1 | 엑사원 4.0 | LG AI연구원 | 74.2', '', '2 | 솔라 프로 2 | 업스테이지 | 71.8', '', '자료: 각 사 발표'].join('\n'),
    absent: ['SCORED 엑사원 4.0 -> 가람 리더보드'],
  },
  // a ranked list with ties, the developer in parentheses and an arena's thousands comma
  {
    cat: 'scored.ranked-ties',
    text: ["한국어 평가 '가람 아레나'가 첫 순위를 냈다.", '', '가람 아레나 순위 (엘로 점수)', '', '공동 1위 엑사원 4.0(LG AI연구원) 1,305', '', '공동 1위 솔라 프로 2(업스테이지) 1,301', '', '3위 A.X 4.0(SK텔레콤) 1,270', '', '4위 카나나 2(카카오) 1,244'].join('\n'),
    edgeProps: ['SCORED 엑사원 4.0 -> 가람 아레나 score=1305', 'SCORED 솔라 프로 2 -> 가람 아레나 score=1301', 'SCORED 카나나 2 -> 가람 아레나 score=1244'],
  },
  // a list of counts, not of scores: a unit after the number reads no score
  {
    cat: 'scored.ranked-ties',
    text: ["한국어 평가 '가람 아레나'가 첫 순위를 냈다.", '', '가람 아레나 투표 수', '', '공동 1위 엑사원 4.0(LG AI연구원) 1,305건', '', '공동 1위 솔라 프로 2(업스테이지) 1,305건', '', '3위 A.X 4.0(SK텔레콤) 1,270건'].join('\n'),
    absent: ['SCORED 엑사원 4.0 -> 가람 아레나'],
  },
  // a denied rumour that names the base by its family word only is no base, not even a disputed one, of the version scored
  {
    cat: 'based-on.disputed-family-word',
    text: "가람AI가 '가람-3'를 공개했다. 가람-3는 KMMLU에서 66.0점을 받아 메타의 '라마 3.1 70B'(60.2점)를 앞섰다. 일각에서는 가람-3가 메타의 라마를 바탕으로 만들어졌다는 주장이 나왔다. 이에 대해 가람AI는 \"사실이 아니다\"라고 반박했다.",
    expect: ['SCORED 라마 3.1 70B -> KMMLU'],
    absent: ['BASED_ON 가람-3 -> 라마 3.1 70B', 'BASED_ON 가람-3 -> 라마'],
  },
  // the rumour naming the version itself stays a disputed base
  {
    cat: 'based-on.disputed-family-word',
    text: "가람AI가 '가람-3'를 공개했다. 일각에서는 가람-3가 메타의 '라마 3.1 70B'를 바탕으로 만들어졌다는 주장이 나왔다. 이에 대해 가람AI는 \"사실이 아니다\"라고 반박했다.",
    expect: ['BASED_ON 가람-3 -> 라마 3.1 70B'],
    edgeProps: ['BASED_ON 가람-3 -> 라마 3.1 70B status=disputed'],
  },
  // "Korean MMLU" is KMMLU's own name
  {
    cat: 'scored.benchmark-gloss',
    text: "가람AI의 '가람-3'는 KMMLU(Korean MMLU)에서 66.0점을 받았다. 같은 평가에서 GPT-4o는 63.1점이었다.",
    expect: ['SCORED 가람-3 -> KMMLU', 'SCORED GPT-4o -> KMMLU'],
    noNodes: ['Benchmark:MMLU'],
  },
  // a selection told after a source's "… 분석한 결과, " clause, the programme named a sentence before
  {
    cat: 'participates.selection-after-source-clause',
    text: "과기정통부의 '독자 AI 파운데이션 모델 프로젝트' 2차 평가 결과가 나왔다. 1일 한 매체가 정부 발표 자료와 각 사의 기술 보고서를 두루 분석한 결과, 2차 평가를 통과한 곳은 가람전자, 나루소프트, 다올AI 등 3개 컨소시엄이다.",
    expect: ['PARTICIPATES_IN 가람전자 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 다올AI -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // a study's result clause before a list that passed no programme's round names no participant
  {
    cat: 'participates.selection-after-source-clause',
    text: "과기정통부의 '독자 AI 파운데이션 모델 프로젝트' 2차 평가 결과가 나왔다. 한 매체가 여러 모델을 분석한 결과, 가장 빠른 곳은 가람전자와 나루소프트였다.",
    absent: ['PARTICIPATES_IN 가람전자 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // a bound noun before a bare 리더보드 names no board; a one-word name before it does
  {
    cat: 'scored.hangul-board-name',
    text: "가람AI의 '가람-3'가 새로 공개됐다. 모델 간 점수 차가 줄어든 만큼 리더보드 순위만으로 고르기는 어렵다는 말이 나온다.",
    noNodes: ['Benchmark:만큼 리더보드'],
  },
  {
    cat: 'scored.hangul-board-name',
    text: "가람AI의 '가람-3'가 반딧불 리더보드 순위에서 71.2점으로 1위에 올랐다.",
    nodes: ['Benchmark:반딧불 리더보드'],
  },
  // a Korean edition's prefix spelt in Hangul before its Latin name in parentheses: one benchmark, not its English original
  {
    cat: 'scored.hangul-prefixed-edition',
    text: "가람AI의 '가람-3'가 공개됐다. 가람-3는 KMMLU에서 66.0점으로 앞섰지만, 코-GPQA(Ko-GPQA)에서는 52.5점에 그쳤다.",
    expect: ['SCORED 가람-3 -> Ko-GPQA'],
    noNodes: ['Benchmark:GPQA'],
  },
  // "이 모델은 … X를 교사 모델로": the sentence names the main model in another role, so "이 모델" is the variant just introduced
  {
    cat: 'references.this-model-variant',
    text: "가람AI가 '가람-3'를 공개했다. 가람AI는 가람-3와 함께 경량 모델 '가람-3 라이트'도 내놨다. 30억 파라미터 규모인 이 모델은 가람-3를 교사 모델로 삼아 지식 증류 방식으로 만들었다.",
    expect: ['BASED_ON 가람-3 라이트 -> 가람-3'],
    props: ['가람-3 라이트=parameters:3000000000'],
  },
  // "이 모델" in a sentence that does not name the main model again stays the main model
  {
    cat: 'references.this-model-variant',
    text: "가람AI가 '가람-3'를 공개했다. 가람AI는 가람-3와 함께 경량 모델 '가람-3 라이트'도 내놨다. 이 모델은 다래테크의 '다래-2'를 교사 모델로 삼아 지식 증류 방식으로 만들었다.",
    absent: ['BASED_ON 가람-3 라이트 -> 다래-2'],
  },
];

describe('generalise: set 156 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
