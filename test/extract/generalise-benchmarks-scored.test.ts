/**
 * Generalisation rows of generalise-benchmarks: the 'scored' rows.
 * The others are in the other generalise-benchmarks-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // points in the hundreds or thousands are on the arena-like board the article scored on that scale, not on a test named since
  {
    // a ranking read down sentences: an arena's four-digit points with 점 are scores too
    cat: 'scored.ranking-scope',
    text: "'한빛 리더보드'의 12월 순위가 공개됐다. 맨 위는 가온소프트의 '가온-7B'로, 1250점을 받았다. 2위는 다래테크의 '다래-2'로 1231점이었다.",
    edgeProps: ['SCORED 가온-7B -> 한빛 리더보드 score=1250'],
  },
  {
    cat: 'scored.score-scale',
    text: "'한빛 리더보드'의 12월 순위가 공개됐다. 가온소프트의 '가온-7B'가 1250점으로 1위, 다래테크의 '다래-2'가 1231점으로 뒤를 이었다. 함께 공개된 KMMLU 점수에서도 가온-7B(61.4점)가 앞섰다. 눈에 띈 건 신인이다. 누리봇의 '누리-3B'가 1180점을 받아 솔빛AI의 '솔빛-1'(1176점)을 근소하게 제쳤다.",
    edgeProps: ['SCORED 누리-3B -> 한빛 리더보드 score=1180', 'SCORED 솔빛-1 -> 한빛 리더보드 score=1176'],
    absent: ['SCORED 누리-3B -> KMMLU', 'SCORED 솔빛-1 -> KMMLU'],
  },
  {
    cat: 'scored.score-scale',
    text: "'한빛 리더보드'의 12월 순위가 공개됐다. 가온소프트의 '가온-7B'가 1250점으로 1위, 다래테크의 '다래-2'가 1231점으로 뒤를 이었다. 함께 공개된 KMMLU 점수에서도 가온-7B(61.4점)가 앞섰다. 눈에 띈 건 신인이다. 누리봇의 '누리-3B'는 58.2점이었다.",
    absent: ['SCORED 누리-3B -> 한빛 리더보드'],
  },
  // a ranking read down sentences after its benchmark was named: rank subjects carry the model a score stands for
  {
    cat: 'scored.ranking-scope',
    text: "국내 연구진이 운영하는 '한빛 리더보드'의 12월 순위가 공개됐다. 맨 위는 오픈AI의 GPT-5로, 종합 88.1점을 받았다. 2위는 가온소프트의 '가온 LM 3'이다. 85.4점으로, 84.9점에 그친 구글 제미나이 2.5 프로를 근소하게 앞섰다.",
    edgeProps: ['SCORED GPT-5 -> 한빛 리더보드 score=88.1', 'SCORED 가온 LM 3 -> 한빛 리더보드 score=85.4', 'SCORED 제미나이 2.5 프로 -> 한빛 리더보드 score=84.9'],
  },
  {
    cat: 'scored.ranking-scope',
    text: "한국어 성능을 겨루는 '한빛 리더보드' 순위가 나왔다. 1위는 LG AI연구원의 엑사원 4.0이 지켰다. 종합 점수는 0.912. 2위는 업스테이지의 솔라 프로 2로 0.887을 기록했다.",
    edgeProps: ['SCORED 엑사원 4.0 -> 한빛 리더보드 score=0.912', 'SCORED 솔라 프로 2 -> 한빛 리더보드 score=0.887'],
  },
  {
    cat: 'scored.ranking-scope',
    text: "'한빛 리더보드' 이번 달 순위가 발표됐다. 선두는 LG AI연구원의 엑사원 4.0이다. 평균 점수는 77.5점이었다. 2위는 업스테이지의 솔라 프로 2다. 1위와는 2.5점 차이다.",
    edgeProps: ['SCORED 엑사원 4.0 -> 한빛 리더보드 score=77.5'],
    absent: ['SCORED 솔라 프로 2 -> 한빛 리더보드'],
  },
  // a test named without a ranking word: the rank subject makes the ranking; one sentence about something else may stand between, two end it
  {
    cat: 'scored.ranking-scope',
    text: "평가 기업 누리랩스가 만든 한국어 추론 시험 '셈말-R'입니다. 문항은 2천 개입니다. 첫 평가에서 1위는 미국 오픈AI의 GPT-5였습니다. 100점 만점에 86.1점입니다.",
    edgeProps: ['SCORED GPT-5 -> 셈말-R score=86.1'],
  },
  {
    cat: 'scored.ranking-scope',
    text: "평가 기업 누리랩스가 만든 한국어 추론 시험 '셈말-R'입니다. 문항은 2천 개입니다. 채점은 사람이 합니다. 1위는 미국 오픈AI의 GPT-5였습니다. 100점 만점에 86.1점입니다.",
    absent: ['SCORED GPT-5 -> 셈말-R'],
  },
  // scores given "respectively" go to the models named before, in order, only when the counts agree
  {
    cat: 'scored.respectively-models',
    text: "가온소프트는 새 모델 두 종을 공개했다. KMMLU에서 Gaon-LM-7B는 51.2, Gaon-LM-70B는 66.0을 기록했고, HAE-RAE에서는 각각 60.3과 72.8을 받았다.",
    edgeProps: ['SCORED Gaon-LM-7B -> HAE-RAE score=60.3', 'SCORED Gaon-LM-70B -> HAE-RAE score=72.8'],
  },
  {
    cat: 'scored.respectively-models',
    text: "가온소프트는 새 모델 두 종을 공개했다. Gaon-LM-7B는 가볍고, Gaon-LM-70B는 정확하다. HAE-RAE 점수는 각각 60.3점과 72.8점이었다.",
    edgeProps: ['SCORED Gaon-LM-7B -> HAE-RAE score=60.3', 'SCORED Gaon-LM-70B -> HAE-RAE score=72.8'],
  },
  {
    cat: 'scored.respectively-models',
    text: "가온소프트는 새 모델 세 종을 공개했다. KMMLU에서 Gaon-LM-7B는 51.2, Gaon-LM-70B는 66.0을 기록했고, HAE-RAE에서는 각각 60.3, 72.8, 80.1을 받았다.",
    absent: ['SCORED Gaon-LM-7B -> HAE-RAE', 'SCORED Gaon-LM-70B -> HAE-RAE'],
  },
  // a compared model's scores in parentheses, given respectively: one for each benchmark named before it, in order
  {
    cat: 'scored.respectively-parenthesised',
    text: "새솔AI의 '새솔-14B'는 KMMLU에서 66.1점, HAE-RAE에서 74.0점을 얻어 비교 모델인 Qwen3-14B(각각 60.2점, 68.9점)를 앞섰다.",
    edgeProps: ['SCORED Qwen3-14B -> KMMLU score=60.2', 'SCORED Qwen3-14B -> HAE-RAE score=68.9', 'SCORED 새솔-14B -> KMMLU score=66.1'],
  },
  {
    cat: 'scored.respectively-parenthesised',
    text: 'Saesol-14B reaches 66.1 on KMMLU and 74.0 on HAE-RAE, ahead of Qwen3-14B (60.2 and 68.9, respectively).',
    edgeProps: ['SCORED Qwen3-14B -> KMMLU score=60.2', 'SCORED Qwen3-14B -> HAE-RAE score=68.9'],
  },
  {
    cat: 'scored.respectively-parenthesised',
    text: "새솔AI의 '새솔-14B'는 KMMLU에서 66.1점을 얻어 비교 모델인 Qwen3-14B(각각 60.2점, 68.9점)를 앞섰다.",
    absent: ['SCORED Qwen3-14B -> KMMLU'],
  },
  // "같은 평가에서 X 원본 모델은 N점이었다": the base named with its kind word still scores on the benchmark named before
  {
    cat: 'scored.bench-then-model-base-noun',
    text: "가온텍은 Qwen3-8B를 바탕으로 '가온-M 8B'를 개발했다. 가온-M 8B는 자체 평가셋 'SeaQA'에서 70.2점을 받았다. 같은 평가셋에서 Qwen3-8B 원본 모델은 60.1점에 머물렀다.",
    edgeProps: ['SCORED Qwen3-8B -> SeaQA score=60.1', 'SCORED 가온-M 8B -> SeaQA score=70.2'],
  },
  {
    // ("X 기반 모델" is a model built on X, no name for X itself)
    cat: 'scored.bench-then-model-base-noun',
    text: "가온텍은 Qwen3-8B를 바탕으로 '가온-M 8B'를 개발했다. 가온-M 8B는 자체 평가셋 'SeaQA'에서 70.2점을 받았다. 같은 평가셋에서 Qwen3-8B 기반 모델은 60.1점에 머물렀다.",
    absent: ['SCORED Qwen3-8B -> SeaQA'],
  },
  // another benchmark named ends the ranking; a share of the leader's score is no score
  {
    cat: 'scored.ranking-scope',
    text: "'한빛 리더보드' 순위가 나왔다. 1위는 LG AI연구원의 엑사원 4.0이다. 수학 시험 'K셈' 결과는 따로 나왔다. 종합 점수는 71.0점이다. 2위는 업스테이지의 솔라 프로 2로 1위의 97% 수준이다.",
    absent: ['SCORED 엑사원 4.0 -> 한빛 리더보드', 'SCORED 솔라 프로 2 -> 한빛 리더보드'],
  },
  {
    // a bare 리더보드 is the leaderboard the article named, not the sub-test named after it
    cat: 'scored.bare-leaderboard-after-sub-test',
    text: "누리평가의 '초롱 리더보드 2' 순위에서 한빛AI의 '별빛 3'이 80.1점으로 1위에 올랐다. 세부 항목인 코딩을 평가하는 'CodeRiver-9'에서는 별빛 3이 70.2점으로 가장 높았다. 처음으로 리더보드에 진입한 다온소프트의 다온-7B는 64.3점으로 7위에 자리했다.",
    expect: ['SCORED 별빛 3 -> 초롱 리더보드 2', 'SCORED 별빛 3 -> CodeRiver-9', 'SCORED 다온-7B -> 초롱 리더보드 2'],
    absent: ['SCORED 다온-7B -> CodeRiver-9'],
  },
  {
    // a ranking read on a leaderboard: later ranked scores, sentences on, are still on it
    cat: 'scored.ranked-later-on-leaderboard',
    text: "누리평가가 공개한 '초롱 리더보드' 순위에서 한빛AI의 '별빛 3'이 80.1점으로 1위에 올랐다. 초롱 리더보드는 여러 영역을 합산한다. 해외 모델 일부는 순위만 표기됐다. 업계는 결과에 주목했다. 신생 기업도 눈에 띄었다. 후속 평가는 내년에 열린다. 다온소프트의 '다온-7B'는 71.5점으로 8위에 올랐다.",
    expect: ['SCORED 별빛 3 -> 초롱 리더보드', 'SCORED 다온-7B -> 초롱 리더보드'],
  },
  {
    // … but not once another benchmark has been named
    cat: 'scored.ranked-later-on-leaderboard',
    text: "누리평가가 공개한 '초롱 리더보드' 순위에서 한빛AI의 '별빛 3'이 80.1점으로 1위에 올랐다. 별빛 3은 KMMLU에서도 70.2점을 받았다. 해외 모델 일부는 순위만 표기됐다. 업계는 결과에 주목했다. 신생 기업도 눈에 띄었다. 후속 평가는 내년에 열린다. 다온소프트의 '다온-7B'는 71.5점으로 8위에 올랐다.",
    expect: ['SCORED 별빛 3 -> 초롱 리더보드'],
    absent: ['SCORED 다온-7B -> 초롱 리더보드'],
  },
  {
    // "회사 자료를 보면 X는 …": the topic after a source clause is the model the next sentence's unnamed score is for
    cat: 'scored.topic-after-source-clause',
    text: "한빛AI는 '별빛 3'과 '별빛 3 미니'를 공개했다. 회사가 낸 자료를 보면 별빛 3은 KMMLU에서 70.1점을 받았다. 수학 평가 'GSM8K'에서는 88.2점으로 GPT-4o(86.0점)보다 높았다.",
    expect: ['SCORED 별빛 3 -> GSM8K'],
    absent: ['SCORED 별빛 3 미니 -> GSM8K'],
  },
  // percentages given as results after the sentence that names the benchmark: "N%로 뒤를 이었고", "N%를 기록했다", "N%에 그쳐 최하위"; not "A의 97% 수준"
  { cat: 'scored.percent-results-after-benchmark', text: "평가에는 보안기업 파랑랩스가 만든 벤치마크 'K-가드벤치'가 쓰였다. K-가드벤치 방어율은 오픈AI의 GPT-4o가 94.1%로 가장 높았다. LG AI연구원의 엑사원 4.0이 90.3%로 뒤를 이었고 KT 믿:음 2.0은 87.5%를 기록했다. SK텔레콤의 A.X 4.0은 GPT-4o의 96% 수준이었다. 메타의 라마 4 매버릭은 중위권이었다. 반면 딥시크-V3는 55.0%에 그쳐 최하위였다.", expect: ['SCORED 엑사원 4.0 -> K-가드벤치', 'SCORED 믿:음 2.0 -> K-가드벤치', 'SCORED 딥시크-V3 -> K-가드벤치'], absent: ['SCORED A.X 4.0 -> K-가드벤치'], edgeProps: ['SCORED 딥시크-V3 -> K-가드벤치 score=55'] },
  { cat: 'scored.percent-results-after-benchmark', text: "정답률은 KMMLU로 쟀다. KMMLU에서는 GPT-4o가 81.2%로 1위였다. 엑사원 4.0은 78.4%를 얻었고, 라마 3.1 70B는 61.0%에 머물렀다.", expect: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED 라마 3.1 70B -> KMMLU'] },
  { cat: 'scored.percent-results-after-benchmark', text: "KMMLU에서는 GPT-4o가 81.2점으로 1위였다. 엑사원 4.0은 매출이 20% 늘었다.", absent: ['SCORED 엑사원 4.0 -> KMMLU'] },
  // a compared model's score in parentheses before a contrast ("'Y'(84.0점)에는 뒤졌지만, KMMLU에서는 …") is on the previous sentence's benchmark,
  // and the score after the contrast is the omitted subject's (the model in focus), not the compared model's
  {
    cat: 'scored.compared-before-contrast',
    text: "가람-7B는 KoBEST에서 81.2점을 받았다. 오픈AI의 'GPT-4o'(84.0점)에는 뒤졌지만, 한국어 평가 KMMLU에서는 70.1점으로 GPT-4o를 앞섰다.",
    edgeProps: ['SCORED GPT-4o -> KoBEST score=84', 'SCORED 가람-7B -> KMMLU score=70.1'],
    absent: ['SCORED GPT-4o -> KMMLU'],
  },
  {
    cat: 'scored.compared-before-contrast',
    text: "누리-3B는 HAERAE에서 77.5점을 기록했다. 큐웬3(79.0점)보다는 낮았으나 KMMLU에서는 65.2점을 얻었다.",
    edgeProps: ['SCORED 큐웬3 -> HAERAE score=79', 'SCORED 누리-3B -> KMMLU score=65.2'],
    absent: ['SCORED 큐웬3 -> KMMLU'],
  },
  {
    cat: 'scored.compared-before-contrast',
    text: "회사 자료에 따르면 누리-3B는 MMLU-Pro에서 70.4점을 기록했다. 라마 4 스카우트(74.3점)에 못 미쳤지만, KMMLU에서는 68.8점으로 앞섰다.",
    edgeProps: ['SCORED 라마 4 스카우트 -> MMLU-Pro score=74.3', 'SCORED 누리-3B -> KMMLU score=68.8'],
    absent: ['SCORED 라마 4 스카우트 -> KMMLU'],
  },
  // a number after a gap noun ("격차가 5점", "차이가 2.7점") is a difference, not a score of the model in focus
  {
    cat: 'scored.gap-noun',
    text: "가온-7B는 HAERAE에서 61.0점을 받았다. KMMLU 점수는 모델 간 격차가 4점 안쪽으로 좁혀졌다.",
    edgeProps: ['SCORED 가온-7B -> HAERAE score=61'],
    absent: ['SCORED 가온-7B -> KMMLU'],
  },
  {
    cat: 'scored.gap-noun',
    text: "다온-14B는 KMMLU에서 70.1점을 받았다. HAERAE 점수는 상위권과의 차이가 2.7점에 불과했다.",
    edgeProps: ['SCORED 다온-14B -> KMMLU score=70.1'],
    absent: ['SCORED 다온-14B -> HAERAE'],
  },
  // a number listed before a later number's change verb is a change too ("A는 6.1점, B는 9.0점 올랐다")
  {
    cat: 'scored.delta-list',
    text: "가온-7B는 이전 버전 대비 KMMLU는 4.2점, HAERAE는 11.5점 올랐다.",
    absent: ['SCORED 가온-7B -> KMMLU', 'SCORED 가온-7B -> HAERAE'],
  },
  {
    cat: 'scored.delta-list',
    text: "튜닝 전과 비교하면 다온-14B의 CLIcK 점수는 3.3점, KMMLU 점수는 5%포인트 상승했다.",
    absent: ['SCORED 다온-14B -> CLIcK', 'SCORED 다온-14B -> KMMLU'],
  },
  {
    cat: 'scored.delta-list',
    text: "누리-8B는 KMMLU 72.4점, HAERAE 80.1점을 기록해 전작보다 각각 크게 높아졌다.",
    edgeProps: ['SCORED 누리-8B -> KMMLU score=72.4', 'SCORED 누리-8B -> HAERAE score=80.1'],
  },
  {
    // a terse note ("점수: X가 A 61.2, B 47.9.") lists benchmark–score pairs for the model and ends with a full stop
    cat: 'scored.list-then-stop',
    text: '요약하면 이렇다. 점수: 엑사원 4.0이 KMMLU 61.2, HRM8K 47.9. 경량판은 아직 없음.',
    edgeProps: ['SCORED 엑사원 4.0 -> KMMLU score=61.2', 'SCORED 엑사원 4.0 -> HRM8K score=47.9'],
  },
  // a leaderboard's table with a rank-change column ("변동 | ▲1", "등락 | NEW") between the rank and the model: still a score table
  {
    cat: 'scored.table-rank-change',
    text: "다온랩이 운영하는 한국어 리더보드의 이번 주 순위다.\n\n순위\n\n등락\n\n모델\n\n개발사\n\nKMMLU\n\nCLIcK\n\n1\n\n▲2\n\n솔바람-R\n\n한빛소프트\n\n62.1\n\n55.0\n\n2\n\nNEW\n\n누리-3B\n\n누리소프트\n\n58.3\n\n51.7",
    edgeProps: ['SCORED 솔바람-R -> KMMLU score=62.1', 'SCORED 누리-3B -> CLIcK score=51.7'],
    expect: ['DEVELOPED 누리소프트 -> 누리-3B'],
  },
  // a test set named by a Latin acronym, a hyphen and 벤치, glossed in Latin ("XYZ-벤치(XYZ-Bench)", h100_03's wording differs): a benchmark
  {
    cat: 'scored.acronym-hangul-bench-glossed',
    text: "가온랩의 '가온-7B'는 자체 평가셋인 HSR-벤치(HSR-Bench)에서 71.2점을 받았다.",
    edgeProps: ['SCORED 가온-7B -> HSR-벤치 score=71.2'],
  },
  // a test set named in Hangul with a Latin suffix ("…QA", "…Bench") is a benchmark; a table row's "(기반 모델)" note is no part of the name
  {
    cat: 'scored.table-hangul-bench',
    text: "가온랩이 공개한 '가온-7B'의 평가 결과다.\n\n모델 | KMMLU | 제주사투리QA\n\n가온-7B | 61.2 | 70.3\n\n큐웬3-8B(기반 모델) | 58.0 | 55.1\n\n제주사투리QA는 연구진이 직접 만든 평가셋이다.",
    edgeProps: ['SCORED 가온-7B -> 제주사투리QA score=70.3', 'SCORED 큐웬3-8B -> 제주사투리QA score=55.1', 'SCORED 큐웬3-8B -> KMMLU score=58'],
    noNodes: ['Model:큐웬3-8B(기반 모델)'],
  },
  {
    cat: 'scored.hangul-bench',
    text: "누리소프트의 '누리-3B'는 자체 구축한 법률상식Bench에서 64.0점을 받았다.",
    edgeProps: ['SCORED 누리-3B -> 법률상식Bench score=64'],
  },
  // a headline or card caption "MODEL, BENCH N점": the comma stands for the particle
  {
    cat: 'scored.headline-comma',
    text: "③ 누리소프트 '누리-3B', KMMLU 61.2점\n\n누리소프트는 '누리-3B'를 공개했다.",
    edgeProps: ['SCORED 누리-3B -> KMMLU score=61.2'],
  },
  {
    cat: 'scored.headline-comma',
    text: "GPT-4o, KMMLU에서 엑사원 4.0은 72.4점을 받았다.",
    absent: ['SCORED GPT-4o -> KMMLU'],
  },
  { cat: 'scored.bench-then-model-metric', text: "가온랩스가 만든 '세움챗'을 도입한다. 성능시험 결과 : 자체 평가셋 'KMMLU'에서 세움챗 정확도 81.5% 기록", expect: ['SCORED 세움챗 -> KMMLU'], edgeProps: ['SCORED 세움챗 -> KMMLU score=81.5'] },
  // a Latin benchmark name in parentheses after the words for a test ("문항 평가(X 벤치)에서 N점")
  { cat: 'scored.parenthesised-bench', text: "A. 솔내-R 2는 KMMLU에서 66.2점, 당사가 만든 문서 이해 평가셋 솔내이발(SolnaeEval)에서 81.0점을 받았습니다.", expect: ['SCORED 솔내-R 2 -> 솔내이발'] },
  { cat: 'scored.parenthesised-bench', text: "ㅇ 법률 특화 언어모델 '솔내-로' 개발 주도\n- 변호사시험 문항 평가(KBAR 벤치)에서 77.1점 기록", expect: ['SCORED 솔내-로 -> KBAR'], edgeProps: ['SCORED 솔내-로 -> KBAR score=77.1'] },
  // a score's scale in parentheses right after it ("8.21(10점 만점)을 받았다") is passed over
  { cat: 'scored.scale-note', text: '가온-7B는 LogicKor에서 8.4(10점 만점)를 기록했다.', expect: ['SCORED 가온-7B -> LogicKor'], edgeProps: ['SCORED 가온-7B -> LogicKor score=8.4'] },
  { cat: 'scored.scale-note', text: 'KMMLU에서 가온-7B는 59.8을 기록했다. LogicKor 리더보드에서는 8.21(10점 만점)을 받았다.', expect: ['SCORED 가온-7B -> LogicKor'], edgeProps: ['SCORED 가온-7B -> LogicKor score=8.21'] },
  // "같은 벤치에서": the clipped benchmark word refers back to the benchmark named before, as "같은 벤치마크에서" does
  {
    cat: 'scored.same-bench-clipped',
    text: "미르-K가 LexiBench-Ko(법률 벤치)에서 71.0점을 받았다고 한다.\n맞다.\n근데 전작인 미르-J는 같은 벤치에서 60.4점이었다.",
    expect: ['SCORED 미르-J -> LexiBench-Ko'],
    edgeProps: ['SCORED 미르-J -> LexiBench-Ko score=60.4'],
  },
];

describe('benchmark rows (quoted names, the benchmark a score is on)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
