/**
 * Generalisation rows of generalise-phrasings: scores and the benchmarks they are on.
 * The others are in the other generalise-phrasings-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

/** The model is introduced without its maker, so each row's own sentence has to name it. */
const INTRO = "새 AI 모델 '솔바람-R'이 공개됐다. ";

const rows: FactRow[] = [
  // "KMMLU 기준으로는 58.2였다. 전작인 Y(49.7)보다 …, Z(64.9)와는 …" (h102_02): a subjectless score on a named basis is the focus model's; bare scores in parentheses go on with that benchmark
  {
    cat: 'scored.basis-copula-then-parens',
    text: "다온랩스는 새 모델 '다온-9B'를 공개했다. 다온-9B는 90억 개 매개변수 모델이다. 해례벤치 기준으로는 71.4였다. 이전 모델 다온-5B(63.0)보다 높았지만, 가람-7(75.2)에는 못 미쳤다.",
    expect: ['SCORED 다온-9B -> 해례벤치', 'SCORED 다온-5B -> 해례벤치', 'SCORED 가람-7 -> 해례벤치'],
  },
  // "K-휴먼이벨에서는 71.5점" (h100_05): a Latin edition prefix before a known test set's name makes another test set, its own node
  {
    cat: 'benchmark.edition-prefix',
    text: "노래랩스는 새 모델 '노래-8'을 공개했다. 노래-8은 아레나하드(Arena-Hard)에서 60.2점, 한국어판 K-아레나하드에서는 55.0점을 받았다. 경쟁 모델 가온-7은 K-아레나하드 51.0점이었다.",
    expect: ['SCORED 노래-8 -> 아레나하드', 'SCORED 노래-8 -> K-아레나하드', 'SCORED 가온-7 -> K-아레나하드'],
    absent: ['SCORED 가온-7 -> 아레나하드'],
    nodes: ['Benchmark:K-아레나하드'],
  },
  // the last benchmark–score pair of a bare list, with a particle or copula after its score ("…, KoBEST 78.4로,")
  {
    cat: 'scored.focus-bare-pairs',
    text: '가온랩스가 새 모델 누리온-Ko 7B를 공개했다. 평가 결과는 KMMLU 52.1, HAE-RAE Bench 61.3, KoBEST 78.4로, 같은 크기 모델보다 낮습니다.',
    expect: ['SCORED 누리온-Ko 7B -> KoBEST', 'SCORED 누리온-Ko 7B -> KMMLU'],
    edgeProps: ['SCORED 누리온-Ko 7B -> KoBEST score=78.4'],
  },
  // a terse line that is only a benchmark and its figure, ending on a full stop ("…기준 KoBEST 77.4."), about the model in focus
  { cat: 'scored.focus-bare-pairs', text: '가온랩스가 새 모델 누리온-Ko 7B를 공개했다. 외부 기관 측정 KoBEST 77.4. 가격은 미정이다.', expect: ['SCORED 누리온-Ko 7B -> KoBEST'], edgeProps: ['SCORED 누리온-Ko 7B -> KoBEST score=77.4'] },
  // a variant word alone before a model noun ('Base 모델 KoBEST N') under a model's heading: the score is that model's, no model named 'Base'
  { cat: 'scored.focus-variant-word', text: '물살랩스가 물살-9B를 공개했다.\n\nBase 모델 KoBEST 66.4 (회사 발표)', expect: ['SCORED 물살-9B -> KoBEST'], noNodes: ['Model:Base'] },
  // GPQA's Diamond subset written in Hangul ('GPQA 다이아몬드') is the gazetteer's GPQA Diamond
  // "BENCH …: A N vs B M": a benchmark introduced before a colon, then two models and their scores set against each other
  { cat: 'scored.vs-pair', text: 'Orin Labs posted Orin-3 14B last week. Its report lists MBPP as well: Orin-3 14B 61.7 vs Gemma 3 12B 58.2.', expect: ['SCORED Orin-3 14B -> MBPP', 'SCORED Gemma 3 12B -> MBPP'], edgeProps: ['SCORED Orin-3 14B -> MBPP score=61.7', 'SCORED Gemma 3 12B -> MBPP score=58.2'] },
  { cat: 'scored.vs-pair', text: 'Orin Labs posted Orin-3 14B last week. On MBPP: Orin-3 14B beat Gemma 3 12B, 61.7 vs 58.2.', absent: ['SCORED Gemma 3 12B -> MBPP'] },
  { cat: 'scored.benchmark-hangul-name', text: `${INTRO}솔바람-R은 GPQA 다이아몬드에서 71.3점을 기록했다.`, expect: ['SCORED 솔바람-R -> GPQA 다이아몬드'] },
  { cat: 'clause.scored.benchmark', text: `${INTRO}솔바람-R은 KMMLU에서 70점대 초반을 기록했다.`, absent: ['SCORED 솔바람-R -> KMMLU'] },
  { cat: 'clause.scored.benchmark', text: `${INTRO}솔바람-R은 KMMLU에서 전작보다 5점 높은 점수를 받았다.`, absent: ['SCORED 솔바람-R -> KMMLU'] },
  { cat: 'clause.scored.benchmark', text: `${INTRO}솔바람-R은 KMMLU에서 71.5점을 기록했다.`, expect: ['SCORED 솔바람-R -> KMMLU'], edgeProps: ['SCORED 솔바람-R -> KMMLU score=71.5'] },
  // "X has 30 billion parameters and scored N on B": a coordinated clause with a count before the score
  { cat: 'scored.en', text: 'Title\n\nTidewell Labs released Kestrel-4 in May. The firm says Kestrel-4 has 30 billion parameters and scored 71.5 on KMMLU.', expect: ['SCORED Kestrel-4 -> KMMLU'], edgeProps: ['SCORED Kestrel-4 -> KMMLU score=71.5'] },
  // an aside that the score is as reported before, between a model's benchmark and its score
  { cat: 'scored.as-before-aside', text: `${INTRO}솔바람-R의 KMMLU는 앞선 발표와 마찬가지로 61.5로 그대로다.`, expect: ['SCORED 솔바람-R -> KMMLU'], edgeProps: ['SCORED 솔바람-R -> KMMLU score=61.5'] },
  // bare benchmark-score pairs told as hearsay ('… 나왔다고 들었어요') about the model in focus
  { cat: 'scored.focus-bare-pairs-hearsay', text: '가온랩스가 새 모델 누리온-Ko 7B를 공개했다. KoBEST 66.1 나왔다고 들었어요.', expect: ['SCORED 누리온-Ko 7B -> KoBEST'], edgeProps: ['SCORED 누리온-Ko 7B -> KoBEST score=66.1'] },
  // a score list's model with its maker in parentheses before the score ('B: M1 71.2 / M2(X) 68.0')
  { cat: 'scored.bench-list-maker', text: '가온소프트가 바람-9B를 공개했다.\n\nKoBEST: 바람-9B 71.2 / 라마 3.1 8B(메타) 68.0', expect: ['SCORED 바람-9B -> KoBEST', 'SCORED 라마 3.1 8B -> KoBEST'] },
  { cat: 'scored.en-focus-and-on', text: 'Brightfield AI released Tidal-13B on Monday. The company said the model scored 64.2 on KMMLU, the standard Korean knowledge test, and 77.5 on KoBEST, a reasoning suite.', expect: ['SCORED Tidal-13B -> KMMLU', 'SCORED Tidal-13B -> KoBEST'] },
  // a base model's score given as what is compared ('KMMLU에서 … Y의 55.0점보다'); a distilled model ('Y에서 지식 증류 방식으로 만든 X');
  // the lead of a company's or a consortium's work ('X 컨소시엄의 개발 총괄은 NAME 연구소장이 맡고 있다')
  { cat: 'scored.bench-model-possessive-score', text: 'KMMLU에서 가온-7B는 61.2점으로, 기반 모델인 라마 3.1 8B의 55.0점보다 6점 높다.', expect: ['SCORED 라마 3.1 8B -> KMMLU', 'SCORED 가온-7B -> KMMLU'] },
  // a colloquial score list ("A가 71.2, B가 69.8이라고 나옴"): each model its score, a Hangul name discovered from it
  { cat: 'scored.list-bare-quotative', text: "게시판 글\n\n벤치 점수만 보면 KoBEST에서 누리온 3.0이 71.2, 가람빛 2.0이 69.8이라고 나옴.", expect: ['SCORED 누리온 3.0 -> KoBEST', 'SCORED 가람빛 2.0 -> KoBEST'] },
  // "the flagship" is the model the article is about (the model in focus), where no other model stands before it in the sentence
  // an existing benchmark named, with no score, to contrast the new one ('기존 X가 … 지적에서 출발했다') is not the one the ranking after it is on
  { cat: 'scored.existing-benchmark-contrast', text: "한빛대 연구팀은 새 한국어 추론 벤치마크 'KoLogic-X'를 공개했다. KoLogic-X는 법률 추론 문항 1,200개로 구성된 벤치마크다. 기존 KMMLU가 암기 위주라는 지적에서 출발했다. 공개 모델 중에서는 솔라 프로 2가 55.1점으로 가장 높았다.", expect: ['SCORED 솔라 프로 2 -> KoLogic-X'], absent: ['SCORED 솔라 프로 2 -> KMMLU'] },
  // "That compares with N for X, N for Y and N for Z": the results of the sentence before, on its benchmark; a score after a
  // listed model ("for Tidal-2, 61.4 for …") is no version of it
  {
    cat: 'scored.en-that-compares-with',
    text: "Brightfield AI released Tidal-3, the successor to Tidal-2, on Friday. Tidal-3 scored 72.4 on KoBEST, a Korean reasoning suite. That compares with 58.1 for Tidal-2, 61.4 for Google's Gemma 3 27B and 63.0 for Meta's Llama 3.3 70B.",
    expect: ['SCORED Tidal-2 -> KoBEST', 'SCORED Gemma 3 27B -> KoBEST', 'SCORED Llama 3.3 70B -> KoBEST'],
    noNodes: ['Model:Tidal-61.4'],
  },
  { cat: 'scored.en-that-compares-with', text: 'Brightfield AI released Tidal-3 on Friday. That compares with 58.1 for Tidal-2 a year ago.', absent: ['SCORED Tidal-2 -> KoBEST'] },
  // "… said MODEL was built in-house, and that it scored N on BENCH": 'it' is the model in focus, named earlier in the same sentence
  { cat: 'scored.en-focus-named-before-it', text: 'Brightfield AI launched Tidal-3 on Friday. The firm said Tidal-3 had been trained on its own cluster, and that it scored 72.4 on KoBEST.', expect: ['SCORED Tidal-3 -> KoBEST'] },
  { cat: 'scored.en-the-flagship', text: "Tidewell Labs released Kestrel-4 on Monday. The model has 70 billion parameters. According to the Kestrel-4 model card, the flagship scored 70.2 on KoBEST.", expect: ['SCORED Kestrel-4 -> KoBEST'] },
  // "up from N for Y": the earlier model's score on the same benchmark; without a model nothing more
  { cat: 'scored.en-up-from-for', text: "EXAONE 4.0 scored 71.2 on KMMLU, a Korean knowledge test, up from 66.0 for EXAONE 3.5.", expect: ['SCORED EXAONE 3.5 -> KMMLU', 'SCORED EXAONE 4.0 -> KMMLU'], edgeProps: ['SCORED EXAONE 3.5 -> KMMLU score=66'] },
  // a headline line's "Y 기반… B N점": the base model is no scorer
  { cat: 'scored.base-before-ellipsis', text: "가온데이터, 해운 특화 모델 '가온-3' 출시\n\n- 젬마 2 9B 기반… KMMLU 58.1점 기록\n\n가온데이터가 가온-3을 출시했다.", absent: ['SCORED 젬마 2 9B -> KMMLU'] },
  // "B 69.3 — 같은 조건에서 Y는 63.2, Z는 63.0이 나왔다": the bare pair before a dash is the focus's; each listed model's own score is read
  { cat: 'scored.dash-pair-and-list', text: "가온랩은 가온-KO 14B를 공개했다. KMMLU 69.3 — 같은 조건에서 원본 Qwen3-14B는 63.2, EXAONE 3.5 7.8B는 63.0이 나왔다.", expect: ['SCORED 가온-KO 14B -> KMMLU', 'SCORED Qwen3-14B -> KMMLU', 'SCORED EXAONE 3.5 7.8B -> KMMLU'], edgeProps: ['SCORED 가온-KO 14B -> KMMLU score=69.3', 'SCORED Qwen3-14B -> KMMLU score=63.2'] },
  // "B에서는 81.2를 찍었다": a score without a unit, as the object of a scoring verb, for the model in focus
  { cat: 'scored.focus-unitless', text: "가온랩은 가온-KO 14B를 공개했다. 법률 평가인 LawBench에서는 81.2를 찍었다.", expect: ['SCORED 가온-KO 14B -> LawBench'], edgeProps: ['SCORED 가온-KO 14B -> LawBench score=81.2'] },
  // "코베스트(KoBEST)에서 N점": a benchmark spelt in Hangul before its Latin name takes the score after both (h99_03)
  { cat: 'scored.hangul-spelt-benchmark', text: "가온-7B는 KMMLU에서 51.2점, 어휘 이해를 보는 해래(HAE-RAE) 벤치에서 70.4점, 코베스트(KoBEST)에서 66.0점을 받았다.", expect: ['SCORED 가온-7B -> KMMLU', 'SCORED 가온-7B -> HAE-RAE', 'SCORED 가온-7B -> KoBEST'] },
  // "A는 BENCH에서 N점을 받아 B의 M점을 제쳤다": the rival beaten scored M on the same benchmark (h99_04)
  { cat: 'scored.rival-score-beaten', text: "누리-3은 HAE-RAE에서 70점을 받아 라마 3.1 8B의 61점을 넉넉히 앞섰다.", expect: ['SCORED 누리-3 -> HAE-RAE', 'SCORED 라마 3.1 8B -> HAE-RAE'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
