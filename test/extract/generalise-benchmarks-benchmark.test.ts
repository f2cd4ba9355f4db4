/**
 * Generalisation rows of generalise-benchmarks: the 'benchmark' rows.
 * The others are in the other generalise-benchmarks-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'benchmark.quoted-evaluation-word',
    text: "한빛AI는 새 모델 '별빛 3'을 공개했다. 별빛 3은 코딩 능력을 보는 '코드마루(CodeMaru)' 평가에서는 55.2점을 받았다.",
    nodes: ['Benchmark:코드마루'],
    expect: ['SCORED 별빛 3 -> 코드마루'],
    edgeProps: ['SCORED 별빛 3 -> 코드마루 score=55.2'],
  },
  {
    cat: 'benchmark.quoted-evaluation-word',
    text: "한빛AI는 '별빛 3'을 공개했다. 수학 문제를 푸는 '셈터(Semteo)' 시험에서 61.4점을 기록했다. 이전 모델 '별빛 2'의 같은 시험 점수는 52.0점이었다.",
    expect: ['SCORED 별빛 3 -> 셈터', 'SCORED 별빛 2 -> 셈터'],
  },
  {
    // a test word right before the quoted name ("세부 평가 'X'"), the name followed by 에선
    cat: 'benchmark.quoted-after-test-word',
    text: "한빛AI의 '별빛 3'이 공개됐다. 긴 문서를 요약하는 세부 평가 '글다듬'에선 별빛 3이 74.2점으로 다온-7B(70.5점)를 앞섰다.",
    nodes: ['Benchmark:글다듬'],
    expect: ['SCORED 별빛 3 -> 글다듬'],
    edgeProps: ['SCORED 별빛 3 -> 글다듬 score=74.2'],
  },
  {
    // a name a testing verb modifies ("…을 평가하는 'X'") is a benchmark, Latin with a number too
    cat: 'benchmark.quoted-after-test-verb',
    text: "한빛AI는 '별빛 3'을 공개했다. 코딩 실력을 측정하는 'CodeRiver-9'에서는 다온소프트의 다온-7B가 66.1점으로 가장 높았다.",
    nodes: ['Benchmark:CodeRiver-9'],
    expect: ['SCORED 다온-7B -> CodeRiver-9'],
  },
  {
    // a Hangul benchmark name with a Latin alias before its round number: the alias is the name's, the later bare name is the benchmark
    cat: 'benchmark.mid-paren-alias-round',
    text: "평가 스타트업 누리평가는 자체 개발한 독해 벤치마크 '한글숲(HanForest) 3'의 결과를 내놨다. 다온소프트가 공개한 다온-7B는 한글숲 3에서 61.7점을 얻었다.",
    nodes: ['Benchmark:한글숲 3'],
    noNodes: ['Model:한글숲 3'],
    expect: ['SCORED 다온-7B -> 한글숲 3'],
  },
  {
    // a quoted leaderboard name with a round number after the benchmark word
    cat: 'benchmark.quoted-name-round',
    text: "평가기관 누리평가가 지난주 갱신한 '초롱 리더보드 3' 결과에 따르면 한빛AI의 '별빛 3'이 총점 81.2점으로 1위였다.",
    nodes: ['Benchmark:초롱 리더보드 3'],
    expect: ['SCORED 별빛 3 -> 초롱 리더보드 3'],
  },
  {
    // a quoted name ending in QA is a question-answering benchmark
    cat: 'benchmark.quoted-name-qa',
    text: "한빛AI는 '별빛 3'을 공개했다. 지역 상식을 묻는 '고을QA'에서는 별빛 3이 77.4점을 받았다.",
    nodes: ['Benchmark:고을QA'],
    expect: ['SCORED 별빛 3 -> 고을QA'],
  },
  {
    // a benchmark quoted inside a speaker's long quotation still gets its score
    cat: 'benchmark.quoted-inside-quotation',
    text: "누리랩은 '누리-S 2'를 공개했다. 정 대표는 \"법률 문서 벤치마크 '판결읽기'에서 누리-S 2가 77.3점을 받았다\"고 설명했다.",
    nodes: ['Benchmark:판결읽기'],
    expect: ['SCORED 누리-S 2 -> 판결읽기'],
  },
  // a notice's nominal style: "BENCH에서 MODEL 정확도 N% 기록", no particle after the model
  // an evaluation set named after its kind word with its spelled-out name in parentheses ("평가셋 X-300(Full Name)을 구축했다")
  { cat: 'benchmark.after-noun-glossed', text: "한빛대 연구진은 의료 특화 모델 '온새미-Med 7B'를 공개했다. 연구진은 진료 기록에서 문항 800개를 뽑은 평가셋 KMD-800(Korean Medical Dialogue)을 함께 만들었다. 온새미-Med 7B는 KMD-800에서 64.1점을 얻었다.", expect: ['SCORED 온새미-Med 7B -> KMD-800'], edgeProps: ['SCORED 온새미-Med 7B -> KMD-800 score=64.1'] },
  // "'X 2' 벤치마크 결과": the results of the quoted model on benchmarks, not a benchmark named X 2
  {
    cat: 'benchmark.results-of-quoted-model',
    text: "가람랩스가 공개한 '가람코더 3' 벤치마크 결과.\n\n가람랩스는 지난달 '가람코더 3'를 공개했다. 가람코더 3는 휴먼이밸에서 81.2점을 받았다.",
    nodes: ['Model:가람코더 3'],
    noNodes: ['Benchmark:가람코더 3'],
    expect: ['DEVELOPED 가람랩스 -> 가람코더 3'],
  },
  { cat: 'benchmark.results-of-quoted-model', text: "가람랩스가 만든 '가람벤치' 평가에서 솔라 프로 2는 70.5점을 받았다.", nodes: ['Benchmark:가람벤치'], expect: ['SCORED 솔라 프로 2 -> 가람벤치'] },
  {
    // a Latin gloss with the edition year inside a quoted benchmark name ("'한빛벤치 2027(HanbitBench 2027)'") is its alias, no benchmark of its own
    cat: 'benchmark.glossed-edition',
    text: "평가에는 협회가 자체 개발한 실무 벤치마크 '한빛벤치 2027(HanbitBench 2027)'을 썼다. 누리-S 9B는 이 평가에서 77.5점을 받았다.",
    nodes: ['Benchmark:한빛벤치 2027'],
    noNodes: ['Benchmark:HanbitBench'],
    sameNode: ['한빛벤치 2027=HanbitBench 2027'],
  },
  {
    // last year's edition named unquoted ("지난해 조사(한결벤치 2026)에서"): a benchmark of its own, with last year's score;
    // "올해 평가에서" in the next sentence is not that edition
    cat: 'benchmark.past-edition',
    text: "누리평가는 자체 벤치마크 '한결벤치 2027'로 모델 10종을 평가했다.\n\n지난해 같은 조사(한결벤치 2026)에서 1위였던 오픈AI의 GPT-5는 당시 79.5점을 받았다. GPT-5의 후속인 GPT-5.1은 올해 평가에서 86.1점을 기록했다.",
    nodes: ['Benchmark:한결벤치 2026', 'Benchmark:한결벤치 2027'],
    expect: ['SCORED GPT-5 -> 한결벤치 2026'],
    absent: ['SCORED GPT-5.1 -> 한결벤치 2026', 'SCORED GPT-5 -> 한결벤치 2027'],
    edgeProps: ['SCORED GPT-5 -> 한결벤치 2026 score=79.5'],
  },
];

describe('benchmark rows (quoted names, the benchmark a score is on)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
