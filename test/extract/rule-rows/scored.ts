/** Rows for the scored.* rules: sentences in varied phrasings, the facts each must and must not give. */
import type { Row } from './row.js';

export const scoredRows: Row[] = [
  // a ranking's model with a qualified score in brackets ("'Y'(평균 N점)") after the board the sentence before names (fix197)
  { rule: 'scored.paren-qualified', sentence: "협회는 '누리-리더보드 2026' 결과를 발표했다. 종합 1위는 업스테이지 '솔라 프로 2'(평균 81.4점)였다.", expect: ['SCORED 솔라 프로 2 -> 누리-리더보드 2026'] },
  { rule: 'scored.paren-qualified', sentence: '이번 KMMLU 측정에서 엑사원 4.0(종합 68.2점)이 가장 높았다.', expect: ['SCORED 엑사원 4.0 -> KMMLU'] },
  // "BENCH 정확도: M1 x%, M2 y%": a benchmark's label line listing each model with its percentage
  { rule: 'scored.bench-label-model-percent', sentence: "HAERAE 정답률: '미르-7B' 64.2%, '미르-2B' 55.75%", expect: ['SCORED 미르-7B -> HAERAE', 'SCORED 미르-2B -> HAERAE'] },
  { rule: 'scored.bench-label-model-percent', sentence: "HAERAE 정답률: '미르-7B' 64.2%로 '미르-2B'보다 8% 높다", expect: ['SCORED 미르-7B -> HAERAE'], absent: ['SCORED 미르-2B -> HAERAE'] },
  // a model put forward ("내세웠으며"), then its score in the next clause
  { rule: 'scored.released-with-score', sentence: "네이버는 경량 모델 '미르-7B'를 내세우며, 한국어 평가 KMMLU에서 61.4점을 기록했다고 밝혔다.", expect: ['SCORED 미르-7B -> KMMLU'] },
  { rule: 'scored.model-then-bench', sentence: '엑사원 4.0은 KMMLU에서 71.0점, 수학 벤치마크 HRM8K에서는 정답률 66.4%를 냈다.', expect: ['SCORED 엑사원 4.0 -> HRM8K'], props: ['SCORED 엑사원 4.0 -> HRM8K=66.4'] },
  // a glossed version before the variant stays the variant's alias ("X 2.0 Base(X2.0)")
  { rule: 'scored.bench-then-model', sentence: "KT의 믿:음 2.0 Base(믿음 2.0)는 HAE-RAE 75.02점으로 체급에 비해 강한 모습을 보였다.", expect: ['SCORED 믿:음 2.0 Base -> HAE-RAE'], absent: ['SCORED 믿음 2.0 -> HAE-RAE'] },
  // a two-table leaderboard (h96_02): the hard subset by its Korean name
  { rule: 'scored.bench-then-model', sentence: "KMMLU-하드에서는 솔라 프로2 31B가 52.3점을 받았다.", expect: ['SCORED 솔라 프로2 31B -> KMMLU-하드'], absent: ['SCORED 솔라 프로2 31B -> KMMLU'] },
  { rule: 'scored.bench-then-model', sentence: 'KMMLU를 다시 돌려 보니 솔라 프로2가 공개 수치보다 3점쯤 낮게 나왔다.', absent: ['SCORED 솔라 프로2 -> KMMLU'] },
  { rule: 'scored.topic-base-aside', sentence: '누리-7B는 엑사원 4.0을 파인튜닝한 모델로, 벤치마크 KMMLU에서 66.2점을 받았다.', expect: ['SCORED 누리-7B -> KMMLU'] },
  { rule: 'scored.score-then-model', sentence: "Motif 2 12.7B는 '호랑이 리더보드'에서 종합 0.68점을 받아 같은 리더보드에서 0.65점에 그친 구글 '젬마 3 27B'(Gemma 3 27B)를 앞질렀다.", expect: ['SCORED Motif 2 12.7B -> 호랑이 리더보드', 'SCORED Gemma 3 27B -> 호랑이 리더보드'] },
  // SCORED
  { rule: 'scored.paren', sentence: 'KMMLU에서 엑사원 4.0(78.3)은 Qwen3(72.1)을 앞섰다.', expect: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED Qwen3 -> KMMLU'] },
  { rule: 'scored.colon', sentence: 'HAERAE 벤치마크 결과는 솔라 프로2: 81.2점, GPT-4o: 72.5점이었다.', expect: ['SCORED 솔라 프로2 -> HAERAE', 'SCORED GPT-4o -> HAERAE'] },
  { rule: 'scored.colon', sentence: 'CLIcK 개발셋 결과는 솔라 프로2 (프롬프트만): 61.5, GPT-4o (기본 설정): 70.2였다.', expect: ['SCORED 솔라 프로2 -> CLIcK', 'SCORED GPT-4o -> CLIcK'] },
  { rule: 'scored.bench-then-model', sentence: '한국어 벤치마크 KoBEST에서 카나나 2.0은 0.7197점을 받았다.', expect: ['SCORED 카나나 2.0 -> KoBEST'] },
  { rule: 'scored.bench-then-model', sentence: '수학 추론 벤치마크 AIME 2025에서 엑사원 4.5의 정답률은 85.3%였다.', expect: ['SCORED 엑사원 4.5 -> AIME 2025'] },
  { rule: 'scored.model-bench-score', sentence: '믿:음 2.0은 KMMLU에서 평균 61.5점을 기록했다.', expect: ['SCORED 믿:음 2.0 -> KMMLU'] },
  { rule: 'scored.model-bench-score', sentence: 'SK텔레콤이 선보인 A.X 4.0은 알리바바의 큐웬2.5(Qwen2.5)를 바탕으로 개발됐으며, 호랑이 리더보드에서 0.74점을 받았다.', absent: ['SCORED 큐웬2.5 -> 호랑이 리더보드'] },
  { rule: 'scored.bench-paren-list', sentence: "회사 측에 따르면 SEED 14B Think는 KMMLU(55.3), CLIcK(72.9), KoBALT(24.6) 등 한국어 벤치마크에서 알리바바 'Qwen3-14B'를 제쳤다.", expect: ['SCORED SEED 14B Think -> KMMLU', 'SCORED SEED 14B Think -> CLIcK', 'SCORED SEED 14B Think -> KoBALT'], absent: ['SCORED Qwen3-14B -> KMMLU'] },
  { rule: 'scored.models-level-on-bench', sentence: '솔라 프로2와 Qwen3가 한국어 추론을 재는 HAERAE에서 나란히 70.5점을 받았다.', expect: ['SCORED 솔라 프로2 -> HAERAE', 'SCORED Qwen3 -> HAERAE'] },
  { rule: 'scored.respectively-benches', sentence: '솔라 프로 2는 한국어 지식 평가 KMMLU와 한국 문화 평가 HAE-RAE에서 각각 64.4점, 84.2점을 받았다.', expect: ['SCORED 솔라 프로 2 -> KMMLU', 'SCORED 솔라 프로 2 -> HAE-RAE'] },
  // (an aside on where the number is written, "카드에 적힌 대로", "공표한 대로", between the score word and the number)
  { rule: 'scored.model-bench-score', sentence: '믿:음 2.0 기준 KoBEST 정답률은 보고서에 적힌 대로 72.4입니다.', expect: ['SCORED 믿:음 2.0 -> KoBEST'], props: ['SCORED 믿:음 2.0 -> KoBEST=72.4'] },
  { rule: 'scored.model-bench-score', sentence: '솔라 프로 2는 KMMLU 벤치마크 결과 68.1점을 기록했다.', expect: ['SCORED 솔라 프로 2 -> KMMLU'] },
  { rule: 'scored.model-bench-score', sentence: '카나나 1.5 8B는 HAE-RAE 정확도 76.3%로 동급 최고다.', expect: ['SCORED 카나나 1.5 8B -> HAE-RAE'] },
  { rule: 'scored.focus-bare-pairs', sentence: "누리소프트는 경량 모델 'NS-3'를 공개했다. 점수는 이렇다 KoBEST 80.2 KMMLU 50.7 (자체 측정)", expect: ['SCORED NS-3 -> KoBEST', 'SCORED NS-3 -> KMMLU'], props: ['SCORED NS-3 -> KoBEST=80.2'] },
  // a bare pair before a comma and a benchmark glossed by its kind ('X 66.2, 수학 벤치마크인 Y에서는'), or before a spoken '나왔고요'
  { rule: 'scored.focus-bare-pairs', sentence: "누리소프트는 경량 모델 'NS-3'를 공개했습니다. KoBEST 79.9, 코드 생성 벤치마크인 HumanEval에서는 61.0이 나왔습니다.", expect: ['SCORED NS-3 -> KoBEST', 'SCORED NS-3 -> HumanEval'], props: ['SCORED NS-3 -> KoBEST=79.9'] },
  { rule: 'scored.focus-bare-pairs', sentence: "누리소프트는 경량 모델 'NS-3'를 공개했어요. 돌려 보니 KMMLU 49.2 나왔고요 생각보다 괜찮네요.", expect: ['SCORED NS-3 -> KMMLU'], props: ['SCORED NS-3 -> KMMLU=49.2'] },
  { rule: 'scored.focus-bare-pairs', sentence: "누리소프트는 경량 모델 'NS-3'를 공개했어요. 돌려 보니 KMMLU 49.4 나왔고, 생각보다 괜찮네요.", expect: ['SCORED NS-3 -> KMMLU'], props: ['SCORED NS-3 -> KMMLU=49.4'] },
  { rule: 'scored.focus-spoken-copula', sentence: "누리소프트가 어제 'NS-3'를 공개했어요. 자체 측정으로는 KoBEST가 81.4예요.", expect: ['SCORED NS-3 -> KoBEST'], props: ['SCORED NS-3 -> KoBEST=81.4'] },
  { rule: 'scored.focus-spoken-copula', sentence: "누리소프트가 어제 'NS-3'를 공개했어요. KMMLU는 55.0이 나왔대요.", expect: ['SCORED NS-3 -> KMMLU'] },
  { rule: 'scored.focus-spoken-copula', sentence: "누리소프트가 어제 'NS-3'를 공개했습니다. 코드 벤치마크인 HumanEval에서는 71.5가 나왔습니다.", expect: ['SCORED NS-3 -> HumanEval'] },
  { rule: 'scored.focus-spoken-copula', sentence: "누리소프트가 새로 내놓는 'NS-4'는 NS-3의 후속 모델입니다. 코드 벤치마크인 HumanEval에서는 74.0이 나왔습니다.", expect: ['SCORED NS-4 -> HumanEval'], absent: ['SCORED NS-3 -> HumanEval'] },
  { rule: 'scored.focus-spoken-there', sentence: "누리소프트가 어제 'NS-3'를 공개했어요. 그리고 KoBEST, 한국어 이해 보는 거요, 거기서는 80.6이 나왔어요.", expect: ['SCORED NS-3 -> KoBEST'], props: ['SCORED NS-3 -> KoBEST=80.6'] },
  { rule: 'scored.focus', sentence: '카카오가 카나나 1.5 8B를 공개했다. 이 모델은 KMMLU 벤치마크 평균 점수 55.2점을 받았다.', expect: ['SCORED 카나나 1.5 8B -> KMMLU'] },
  { rule: 'scored.model-then-bench', sentence: '별빛-8B는 Qwen2.5를 기반으로 개발됐으며 KMMLU에서 67.5점을 받았다.', expect: ['SCORED 별빛-8B -> KMMLU', 'BASED_ON 별빛-8B -> Qwen2.5'], absent: ['SCORED Qwen2.5 -> KMMLU'] },
  { rule: 'scored.model-then-bench', sentence: '별빛-8B는 GPT-4o를 제치고 KMMLU에서 78.1점을 기록했다.', expect: ['SCORED 별빛-8B -> KMMLU'], absent: ['SCORED GPT-4o -> KMMLU', 'BASED_ON 별빛-8B -> GPT-4o'] },
  { rule: 'scored.released-with-score', sentence: "한빛소프트는 지난달 '별빛-2 14B'를 출시하며 KMMLU 69.8점을 내세웠다.", expect: ['SCORED 별빛-2 14B -> KMMLU'], props: ['SCORED 별빛-2 14B -> KMMLU=69.8'] },
  { rule: 'scored.released-with-score', sentence: "한빛소프트는 '별빛-2 14B'를 출시하며 KMMLU에서 75점을 넘길 것으로 내다봤다.", absent: ['SCORED 별빛-2 14B -> KMMLU'] },
  { rule: 'scored.previous-bench-copula', sentence: "누리소프트는 경량 모델 'NS-3'를 공개했다. 자체 측정으로 KoBEST 77.4. 직전 버전 NS-2가 70.2였고 차이가 크다.", expect: ['SCORED NS-3 -> KoBEST', 'SCORED NS-2 -> KoBEST'], props: ['SCORED NS-2 -> KoBEST=70.2', 'SCORED NS-3 -> KoBEST=77.4'] },
  { rule: 'scored.possessive-score-was', sentence: '참고로 기반 모델인 Qwen2.5-72B-Instruct의 KMMLU 점수는 같은 조건에서 60.1이었다.', expect: ['SCORED Qwen2.5-72B-Instruct -> KMMLU'], props: ['SCORED Qwen2.5-72B-Instruct -> KMMLU=60.1'] },
  // the model's own score in brackets after 'MODEL의 BENCH 점수', even when the sentence compares a newer model with it (h88_06)
  // the base run "under the same conditions" on the benchmark the sentence before named
  { rule: 'scored.model-run-on-bench', sentence: '누리LM 3는 HRM8K에서 41.2점이 나왔다. 기반 모델인 라마 3.1 8B를 같은 조건에서 돌렸을 때는 33.7점이었다.', expect: ['SCORED 라마 3.1 8B -> HRM8K'], props: ['SCORED 라마 3.1 8B -> HRM8K=33.7'] },
  { rule: 'scored.model-run-on-bench', sentence: '누리LM 3는 HRM8K에서 41.2점이 나왔다. 기반 모델인 라마 3.1 8B를 같은 조건에서 돌렸을 때는 그보다 낮았다.', absent: ['SCORED 라마 3.1 8B -> HRM8K'] },
  { rule: 'scored.possessive-score-paren', sentence: '새 모델은 이전 버전인 솔라 프로2의 HAE-RAE 점수(61.5점)를 크게 웃돌았다.', expect: ['SCORED 솔라 프로2 -> HAE-RAE'], props: ['SCORED 솔라 프로2 -> HAE-RAE=61.5'] },
  { rule: 'scored.model-then-bench', sentence: 'A.X 4.0은 KMMLU 78.3점, CLIcK 83.5점을 기록했다.', expect: ['SCORED A.X 4.0 -> KMMLU', 'SCORED A.X 4.0 -> CLIcK'] },
  { rule: 'scored.model-then-bench', sentence: '카나나 2는 KMMLU 65.7점, HAE-RAE 벤치마크 88.2점을 기록했다.', expect: ['SCORED 카나나 2 -> KMMLU', 'SCORED 카나나 2 -> HAE-RAE'] },
  { rule: 'scored.relative', sentence: 'KMMLU에서 A.X 3.1 라이트는 A.X 4.0 라이트 대비 96% 수준의 성능을 보였다.', absent: ['SCORED A.X 3.1 라이트 -> KMMLU', 'SCORED A.X 4.0 라이트 -> KMMLU'] },
  { rule: 'scored.focus', sentence: '하늘랩스는 지난달 ‘하늘-13B’를 공개했다. 한국어 지식 벤치마크 KMMLU에서는 58.2점을 받았다.', expect: ['SCORED 하늘-13B -> KMMLU'] },
  { rule: 'scored.focus', sentence: '코난 LLM은 지난해 출시됐다. 한편 KMMLU에서 70.1점을 받은 엑사원 4.0이 1위를 차지했다.', absent: ['SCORED 코난 LLM -> KMMLU'] },
  { rule: 'scored.focus', sentence: "누리소프트는 'NS-5'를 다시 학습시켰다. 그 결과 KoBEST 하락이 0.8점으로 줄었다.", absent: ['SCORED NS-5 -> KoBEST'] },
  { rule: 'scored.focus', sentence: "누리소프트는 'NS-5'를 다시 학습시켰다. 덕분에 HAE-RAE 하락폭을 2점 안쪽으로 묶었다.", absent: ['SCORED NS-5 -> HAE-RAE'] },
  { rule: 'scored.focus', sentence: "누리소프트는 'NS-5'를 다시 학습시켰다. KoBEST 점수는 상승해 71.4점이 됐다.", expect: ['SCORED NS-5 -> KoBEST'] },
  { rule: 'scored.en-bench-first-against', sentence: 'On KoBEST, an open Korean suite, Norae-8 scored 44.0, against 47.5 for the Qwen3-14B model it was tuned from.', expect: ['SCORED Qwen3-14B -> KoBEST'] },
  { rule: 'scored.en-focus-successor-scored', sentence: 'Byeolbit AI released Byeolbit-3 in May. The successor to Byeolbit-2 scored 64.5 on KMMLU.', expect: ['SCORED Byeolbit-3 -> KMMLU'], absent: ['SCORED Byeolbit-2 -> KMMLU'] },
  { rule: 'scored.score-then-model', sentence: 'KMMLU에서는 71.3점을 기록한 카나나 2.0이 1위에 올랐다.', expect: ['SCORED 카나나 2.0 -> KMMLU'] },
  { rule: 'scored.respectively-first', sentence: '믿:음 2.0은 KMMLU와 CLIcK에서 각각 61.5점, 70.2점을 받았다.', expect: ['SCORED 믿:음 2.0 -> KMMLU', 'SCORED 믿:음 2.0 -> CLIcK'] },
  { rule: 'scored.respectively-first', sentence: '카나나 2.0은 한국어 벤치마크 KMMLU와 CLIcK에서 61.2점과 74.9점을 얻었다.', expect: ['SCORED 카나나 2.0 -> KMMLU', 'SCORED 카나나 2.0 -> CLIcK'], props: ['SCORED 카나나 2.0 -> KMMLU=61.2', 'SCORED 카나나 2.0 -> CLIcK=74.9'] },
  { rule: 'scored.respectively-first', sentence: '솔라 프로2는 KMMLU와 CLIcK에서 각각 64.7점, 70.1점을 받았다.', expect: ['SCORED 솔라 프로2 -> KMMLU', 'SCORED 솔라 프로2 -> CLIcK'], props: ['SCORED 솔라 프로2 -> KMMLU=64.7', 'SCORED 솔라 프로2 -> CLIcK=70.1'] },
  { rule: 'scored.model-bench-score', sentence: '믿:음 2.0은 KMMLU에서 Qwen3보다 3점가량 높았고, CLIcK에서는 2.1점 낮았다.', absent: ['SCORED 믿:음 2.0 -> KMMLU', 'SCORED 믿:음 2.0 -> CLIcK'] },
  { rule: 'scored.respectively-second', sentence: '엑사원 4.0은 HAERAE와 KoBEST에서 각각 80.1점과 77.4점을 기록했다.', expect: ['SCORED 엑사원 4.0 -> HAERAE', 'SCORED 엑사원 4.0 -> KoBEST'] },
  { rule: 'scored.paren-list-later', sentence: "가온소프트는 가온-3의 사내 측정 결과(KMMLU 61.4점, CLIcK 70.3점, HAE-RAE 66.0점)를 내놨다.", expect: ['SCORED 가온-3 -> CLIcK', 'SCORED 가온-3 -> HAE-RAE'], props: ['SCORED 가온-3 -> CLIcK=70.3'] },
  { rule: 'scored.en-bench-first', sentence: "Upstage's Solar Pro 2 scored 64.0 on KMMLU, ahead of Kakao's Kanana 1.5 at 60.2. Anthropic's Claude Opus 4 still led the table with 80.5.", expect: ['SCORED Claude Opus 4 -> KMMLU'] },
  // "B에서는 기반 모델의 41.2에서 39.8로 하락": the base's score, then the model in focus's
  { rule: 'scored.bench-base-from-to', sentence: "가온-2B는 카카오의 Kanana Nano 2.1B를 기반 모델로 삼아 추가로 학습하였다. 반면 KMMLU에서는 기반 모델의 41.2에서 39.8로 소폭 하락하였다.", expect: ['SCORED Kanana Nano 2.1B -> KMMLU'], props: ['SCORED Kanana Nano 2.1B -> KMMLU=41.2'] },
  { rule: 'scored.bench-base-from-to', sentence: "가온-2B는 카카오의 Kanana Nano 2.1B를 기반 모델로 삼아 추가로 학습하였다. 반면 KMMLU에서는 기반 모델의 41.2에서 39.8로 하락할 가능성이 있다.", absent: ['SCORED Kanana Nano 2.1B -> KMMLU'] },
  { rule: 'scored.focus-bench-from-to', sentence: "가온랩은 '가온-2B'를 공개했다. 가온-2B는 카카오의 Kanana Nano 2.1B를 기반 모델로 삼아 추가로 학습하였다. 반면 KMMLU에서는 기반 모델의 41.2에서 39.8로 소폭 하락하였다.", expect: ['SCORED 가온-2B -> KMMLU'], props: ['SCORED 가온-2B -> KMMLU=39.8'] },
  { rule: 'scored.en-topped-with', sentence: 'Solar Pro 5 topped the Open Ko-LLM Leaderboard with an average score of 71.4.', expect: ['SCORED Solar Pro 5 -> Open Ko-LLM Leaderboard'] },
  { rule: 'scored.en-on-bench-against-for', sentence: "Naver released HyperCLOVA X THINK. On KMMLU, a Korean knowledge test, it posted 71.2, against 68.4 for LG AI Research's EXAONE 4.0.", expect: ['SCORED EXAONE 4.0 -> KMMLU'] },
  // a score after an apposition set off by commas
  // (a which-clause after an apposition that derives the model from another scores the model, not the one it was derived from)
  { rule: 'scored.en-appositive-which', sentence: 'Hanbit Loom released Vela-Tutor 12B. They also shipped Vela-Tutor Mini, a 2.4B model distilled from the 12B, which gets 44.0 on KoEduBench.', expect: ['SCORED Vela-Tutor Mini -> KoEduBench'], absent: ['SCORED Vela-Tutor 12B -> KoEduBench'], props: ['SCORED Vela-Tutor Mini -> KoEduBench=44'] },
  { rule: 'scored.en-appositive-which', sentence: 'Hanbit Loom released Vela-Tutor 12B. They also shipped Vela-Tutor Mini, a 2.4B model distilled from the 12B, which never gets 44.0 on KoEduBench.', absent: ['SCORED Vela-Tutor Mini -> KoEduBench'] },
  { rule: 'scored.en', sentence: 'Kakao released Kanana 9. Kanana 9, the smallest entry in the field at nine billion parameters, posted 61.5 on KMMLU.', expect: ['SCORED Kanana 9 -> KMMLU'] },
  { rule: 'scored.en', sentence: 'Kakao released Kanana 9. Kanana 9, unlike its rivals, was never tested and Qwen3 posted 61.5 on KMMLU.', absent: ['SCORED Kanana 9 -> KMMLU'] },
  { rule: 'scored.en-participle', sentence: "Kakao released Kanana 9. Kakao's Kanana 9, a nine-billion-parameter model, led the ministry's round, scoring 61.5 on KMMLU.", expect: ['SCORED Kanana 9 -> KMMLU'] },
  { rule: 'scored.en-participle', sentence: 'Kakao released Kanana 9. Kanana 9 trailed Qwen3 in the round, scoring 58.2 on KMMLU.', absent: ['SCORED Kanana 9 -> KMMLU'] },
  // two relative clauses on the model ("Y, which … and which posted N on B")
  { rule: 'scored.en', sentence: 'Kakao released Kanana 9. It beat Qwen3-14B, which many labs use as a baseline and which posted 49.5 on KMMLU.', expect: ['SCORED Qwen3-14B -> KMMLU'], absent: ['SCORED Kanana 9 -> KMMLU'] },
  { rule: 'scored.en', sentence: 'Kanana 9 posted 61.5 on KMMLU. It edged out Mistral Small 3, which scored 58.2 under the same test settings.', expect: ['SCORED Mistral Small 3 -> KMMLU'] },
  // the present tense of a report's results, and "obtains"
  { rule: 'scored.en', sentence: 'Norae Labs released Norae-7B. In our tests Norae-7B obtains 58.4 on KMMLU.', expect: ['SCORED Norae-7B -> KMMLU'] },
  { rule: 'scored.en-and-more', sentence: 'Norae Labs released Norae-7B. Norae-7B achieves 58.4 on KMMLU and 66.0 on CLIcK.', expect: ['SCORED Norae-7B -> KMMLU', 'SCORED Norae-7B -> CLIcK'] },
  { rule: 'scored.en-bench-first', sentence: 'Norae Labs released Norae-7B. On KMMLU, Qwen3-8B obtains 55.0 while Norae-7B was not tested.', expect: ['SCORED Qwen3-8B -> KMMLU'], absent: ['SCORED Norae-7B -> KMMLU'] },
  { rule: 'scored.en-focus-scored-on', sentence: 'Upstage released Solar Pro 5 this week. The model scored 71.2 on KMMLU.', expect: ['SCORED Solar Pro 5 -> KMMLU'] },
  // a language adjective before the benchmark's name (h88_05)
  { rule: 'scored.en-focus-scored-on', sentence: 'Kakao released Kanana 3 on Friday. The model posted 48.9 on the Korean-language HAE-RAE Bench.', expect: ['SCORED Kanana 3 -> HAE-RAE Bench'] },
  { rule: 'scored.bench-then-model', sentence: "KT가 새 모델 'SOTA K'를 공개했다. 회사 측은 한국어 이해 평가인 KoBEST에서 SOTA K가 0.912를 기록해 GPT-4o(0.884)보다 높았다고 설명했다.", expect: ['SCORED SOTA K -> KoBEST', 'SCORED GPT-4o -> KoBEST'] },
  { rule: 'scored.bench-then-model', sentence: 'KMMLU에서 카나나가 2025를 기록했다.', absent: ['SCORED 카나나 -> KMMLU'] },
  { rule: 'scored.recorded-relative', sentence: '엑사원 4.0은 67.7점으로, 알리바바의 ‘큐원3 235B(Qwen3 235B)’가 KMMLU-Pro에서 기록한 66.9점보다 높다.', expect: ['SCORED 큐원3 235B -> KMMLU-Pro'] },
  { rule: 'scored.en', sentence: 'A.X 4.0 scored 78.3 on KMMLU, ahead of GPT-4o.', expect: ['SCORED A.X 4.0 -> KMMLU'], props: ['SCORED A.X 4.0 -> KMMLU=78.3'] },
  { rule: 'scored.paren', sentence: "솔빛 2는 KoBEST에서 71.0점을 받아 알리바바의 큐웬3-14B(Qwen3-14B·66.2점)를 앞섰다.", expect: ['SCORED Qwen3-14B -> KoBEST'] },
  { rule: 'scored.en-compared-pair-first', sentence: 'Norae-8 posts 60.2 on KMMLU and 71.9 on HAE-RAE Bench, against 58.4 and 70.3 for Qwen3-14B.', expect: ['SCORED Qwen3-14B -> KMMLU'] },
  { rule: 'scored.en-compared-pair-second', sentence: 'Norae-8 posts 60.2 on KMMLU and 71.9 on HAE-RAE Bench, against 58.4 and 70.3 for Qwen3-14B.', expect: ['SCORED Qwen3-14B -> HAE-RAE Bench'] },
  { rule: 'scored.en-compared-at', sentence: 'Norae-8 records 44.0 on KoBEST, well ahead of Qwen3-14B at 39.5.', expect: ['SCORED Qwen3-14B -> KoBEST'] },
  { rule: 'scored.en-put-at', sentence: "Norae-8 records 44.0 on KoBEST. The lab put Upstage's Solar Pro 2 at 47.5 on the same test.", expect: ['SCORED Solar Pro 2 -> KoBEST'] },
  // "beating GPT-4.1's 65.0" (h99_05): the rival's score as its possessive; a size after the possessive is no score
  { rule: 'scored.en-compared-possessive', sentence: "Norae-8 posts 52.3 on KoBEST, edging Qwen3-14B's 50.9.", expect: ['SCORED Qwen3-14B -> KoBEST'], props: ['SCORED Qwen3-14B -> KoBEST=50.9'] },
  { rule: 'scored.en-compared-possessive', sentence: "Norae-8 posts 52.3 on KoBEST, beating Qwen3's 14 billion-parameter model.", absent: ['SCORED Qwen3 -> KoBEST'] },
  { rule: 'scored.en-compared-at', sentence: "Hanbit Cloud's Norae-8 posts 44.0 on KoBEST, a suite of Korean reasoning tasks, just ahead of France's Mistral Small 3 at 41.2.", expect: ['SCORED Mistral Small 3 -> KoBEST'] },
  { rule: 'scored.en-bench-first-ahead-at', sentence: 'On KoBEST, Norae-8 scored 44.0, ahead of Qwen3-14B at 39.5 and of Hanbit Cloud\'s own older model Norae-7 at 36.25.', expect: ['SCORED Qwen3-14B -> KoBEST', 'SCORED Norae-7 -> KoBEST'], props: ['SCORED Norae-7 -> KoBEST=36.25'] },
  { rule: 'scored.en-bench-first-ahead-at', sentence: 'On KoBEST, Norae-8 scored 44.0, well ahead of Qwen3-14B.', absent: ['SCORED Qwen3-14B -> KoBEST'] },
  // "Our previous model, Y, was at 61.3.": a score on the benchmark the sentence before names (set 72)
  { rule: 'scored.en-bench-first-stood-at', sentence: 'On KMMLU, Norae-8 scored 58.5. Our previous model, Norae-7, was at 41.3.', expect: ['SCORED Norae-7 -> KMMLU'], props: ['SCORED Norae-7 -> KMMLU=41.3'] },
  { rule: 'scored.en-bench-first-stood-at', sentence: 'Norae Labs released Norae-8 with 8 billion parameters. Norae-8 was at 61 hospitals by March.', absent: ['SCORED Norae-8 -> KMMLU'] },
  // a chart's or a table's listing of a compared model at a score, on the benchmark of the sentence before
  { rule: 'scored.en-bench-first-lists-at', sentence: 'Norae Labs showed Norae-8 with a KMMLU score of 58.5. The same chart also lists the open model Qwen3-14B at 61.2, a narrow lead.', expect: ['SCORED Qwen3-14B -> KMMLU'], props: ['SCORED Qwen3-14B -> KMMLU=61.2'] },
  { rule: 'scored.en-bench-first-lists-at', sentence: 'Norae Labs showed Norae-8 with a KMMLU score of 58.5. The filing lists Norae Labs at 12 billion won in revenue.', absent: ['SCORED Norae Labs -> KMMLU'] },
  { rule: 'scored.en-that-compares-with', sentence: "Norae-8 scored 44.0 on KoBEST, an open Korean suite. That compares with 41.2 for Kakao's Kanana 1.5 8B and 47.5 for Alibaba's Qwen3-14B.", expect: ['SCORED Kanana 1.5 8B -> KoBEST', 'SCORED Qwen3-14B -> KoBEST'] },
  { rule: 'scored.en-bench-first-compared-for', sentence: 'On KoBEST, the Korean reading suite, Norae-9 scored 71.4, up from 64.2 for Qwen3-14B, the lab said.', expect: ['SCORED Qwen3-14B -> KoBEST'], props: ['SCORED Qwen3-14B -> KoBEST=64.2'] },
  // the compared list goes on: "compared with n for Y and m for Z's W", each model its own score (h154_01)
  { rule: 'scored.en-bench-first-compared-for', sentence: "On KMMLU, Nuri-9B scored 67.3, compared with 61.8 for Qwen3-32B, 58.0 for Gemma 3 27B and 55.4 for Meta's Llama 3.1 8B.", expect: ['SCORED Gemma 3 27B -> KMMLU', 'SCORED Llama 3.1 8B -> KMMLU'], props: ['SCORED Gemma 3 27B -> KMMLU=58', 'SCORED Llama 3.1 8B -> KMMLU=55.4'] },
  { rule: 'scored.en-bench-first-compared-for', sentence: 'On KMMLU, Nuri-9B scored 67.3, compared with 61.8 for Qwen3-32B, and Gemma 3 27B was not tested.', absent: ['SCORED Gemma 3 27B -> KMMLU'] },
  { rule: 'scored.en-bench-first-compared-for', sentence: 'On KoBEST, Norae-9 scored 71.4, up from 64.2 a year ago, while Qwen3-14B was left out.', absent: ['SCORED Qwen3-14B -> KoBEST'] },
  { rule: 'scored.en-compared-for', sentence: 'Norae-8 records 44.0 on KoBEST, an open Korean suite, compared with 47.5 for Qwen3-14B.', expect: ['SCORED Qwen3-14B -> KoBEST'] },
  // the benchmark with its kind word, and a list of compared scores ("compared with N for X's A and M for B")
  { rule: 'scored.en-compared-for', sentence: "Norae-8 scored 44.0 on the KoBEST benchmark, compared with 41.2 for Kakao's Kanana 1.5 8B and 47.5 for Alibaba's Qwen3-14B, despite its size.", expect: ['SCORED Kanana 1.5 8B -> KoBEST', 'SCORED Qwen3-14B -> KoBEST'] },
  { rule: 'scored.en-compared-for', sentence: 'Norae-8 reached 44.0 on KoBEST, a reading suite the lab wrote itself, versus 39.7 for the base Qwen3-14B.', expect: ['SCORED Qwen3-14B -> KoBEST'] },
  { rule: 'scored.en-with-bench-score-of', sentence: 'The startup put out a slide placing Qwen3-14B above two rivals in coding, with a KoBEST score of 52.3.', expect: ['SCORED Qwen3-14B -> KoBEST'] },
  { rule: 'scored.en-pair-first', sentence: 'Solar Pro 2 got 44.0 and Qwen3-14B got 39.5 on KoBEST.', expect: ['SCORED Solar Pro 2 -> KoBEST', 'SCORED Qwen3-14B -> KoBEST'] },
  { rule: 'scored.en-focus-on-bench-it', sentence: 'Norae Labs released Norae-8. In KMMLU, the usual Korean test, it scored 61.5.', expect: ['SCORED Norae-8 -> KMMLU'] },
  { rule: 'scored.en-focus-on-bench-it', sentence: 'Norae Labs released Norae-8. On the English-language MMLU-Pro, it logged 57.3.', expect: ['SCORED Norae-8 -> MMLU-Pro'] },
  { rule: 'scored.en-focus-evaluated-on-where', sentence: 'Norae Labs released Norae-8. The lab also tested it on KoBEST, where it scored 64.1.', expect: ['SCORED Norae-8 -> KoBEST'] },
  // (h100_04, h99_05) a language adjective before the benchmark, no comma before "it", a long gloss, "the prototype"
  { rule: 'scored.en-focus-on-bench-it', sentence: 'Norae Labs released Norae-8 and Norae-8 Mini. In internal tests, Norae-8 Mini scored 55.0 on KMMLU. On the English-language MMLU-Pro it scored 48.2.', expect: ['SCORED Norae-8 Mini -> MMLU-Pro'], absent: ['SCORED Norae-8 -> MMLU-Pro'] },
  { rule: 'scored.en-focus-on-bench-it', sentence: 'Norae Labs released Norae-8. On KoBEST, a Korean benchmark of 2,000 questions that Norae Labs built with university researchers at three schools in Seoul, the prototype reached 70.4.', expect: ['SCORED Norae-8 -> KoBEST'] },
  { rule: 'scored.en-bench-first', sentence: 'On CLIcK, Solar Pro 2 achieved 70.1 while GPT-4o scored 68.0.', expect: ['SCORED Solar Pro 2 -> CLIcK', 'SCORED GPT-4o -> CLIcK'] },
  { rule: 'scored.list-item', sentence: '한국어 리더보드 LogicKor 상위권은 ▲엑사원 4.0(LG AI연구원) 9.1점 ▲솔라 프로2(업스테이지) 8.7점이다.', expect: ['SCORED 엑사원 4.0 -> LogicKor', 'SCORED 솔라 프로2 -> LogicKor'] },
  // a list of model–score pairs without 점, joined by '/', ',' or '·' after the benchmark: two pairs at least
  { rule: 'scored.list-item-bare', sentence: 'HAE-RAE 점수는 누리-7B 61.2 / GPT-4o 58.4 / 하늬-R 14B 55.0 (자료: 각 사 발표)', expect: ['SCORED 누리-7B -> HAE-RAE', 'SCORED GPT-4o -> HAE-RAE', 'SCORED 하늬-R 14B -> HAE-RAE'] },
  { rule: 'scored.list-item-bare', sentence: 'KMMLU에서는 누리-7B 61.2, 하늬-R 14B 55.0으로 집계됐다.', expect: ['SCORED 누리-7B -> KMMLU', 'SCORED 하늬-R 14B -> KMMLU'] },
  { rule: 'scored.list-item-bare', sentence: 'KMMLU 평가에 누리-7B 2, 하늬-R 14B 3 등 모델 5종이 참여했다.', absent: ['SCORED 누리-7B -> KMMLU', 'SCORED 하늬-R 14B -> KMMLU'] },
  { rule: 'scored.list-item-bare', sentence: 'KMMLU에서 누리-7B 61.2 수준을 보였다는 말도 있다.', absent: ['SCORED 누리-7B -> KMMLU'] },
  { rule: 'scored.list-item', sentence: 'KMMLU에서 카나나 2.0은 믿:음 2.0보다 3점가량 높았다.', absent: ['SCORED 카나나 2.0 -> KMMLU', 'SCORED 믿:음 2.0 -> KMMLU'] },
  { rule: 'scored.list-bare', sentence: 'CLIcK 점수는 A.X 4.0이 83.5, 엑사원 4.0이 80.2였다.', expect: ['SCORED A.X 4.0 -> CLIcK', 'SCORED 엑사원 4.0 -> CLIcK'] },
  { rule: 'scored.list-bare', sentence: '점수는 CLIcK 기준 A.X 4.0이 83.5, 엑사원 4.0이 80.2입니다.', expect: ['SCORED A.X 4.0 -> CLIcK', 'SCORED 엑사원 4.0 -> CLIcK'] },
  { rule: 'scored.model-bench-phrased', sentence: '누리-7B는 KoBEST 기준 평균 61.3점을 기록했다.', expect: ['SCORED 누리-7B -> KoBEST'] },
  { rule: 'scored.model-bench-phrased', sentence: '누리-7B는 KoBEST에서 경쟁 모델보다 4.1점 높았다.', absent: ['SCORED 누리-7B -> KoBEST'] },
  { rule: 'scored.respectively-models', sentence: 'HAERAE에서 솔라 프로2, A.X 4.0, Qwen3는 각각 80.1점, 78.4점, 70.0점을 얻었다.', expect: ['SCORED 솔라 프로2 -> HAERAE', 'SCORED A.X 4.0 -> HAERAE', 'SCORED Qwen3 -> HAERAE'] },
  { rule: 'scored.respectively-models-bench', sentence: '솔라 프로2와 Qwen3의 HAERAE 점수는 각각 80.1점과 70.0점이다.', expect: ['SCORED 솔라 프로2 -> HAERAE', 'SCORED Qwen3 -> HAERAE'] },
  { rule: 'scored.respectively-benches', sentence: '솔라 프로2는 HAERAE, KMMLU, CLIcK에서 각각 80.1점, 72.0점, 75.5점을 기록했다.', expect: ['SCORED 솔라 프로2 -> HAERAE', 'SCORED 솔라 프로2 -> KMMLU', 'SCORED 솔라 프로2 -> CLIcK'] },
  // (set 167) the benchmarks first, then one model and 각각: the scores go to the benchmarks in order
  { rule: 'scored.respectively-benches-model', sentence: "KoBEST와 HAE-RAE에서는 솔라 프로2가 각각 80.3점과 77.1점을 받았다.", expect: ['SCORED 솔라 프로2 -> KoBEST', 'SCORED 솔라 프로2 -> HAE-RAE'], props: ['SCORED 솔라 프로2 -> KoBEST=80.3', 'SCORED 솔라 프로2 -> HAE-RAE=77.1'] },
  { rule: 'scored.respectively-benches-model', sentence: "KoBEST와 HAE-RAE에서는 솔라 프로2가 각각 순위권에 들었다.", absent: ['SCORED 솔라 프로2 -> KoBEST', 'SCORED 솔라 프로2 -> HAE-RAE'] },
  { rule: 'scored.vs-pair', sentence: 'The report also covers MBPP, not charted: Orin-3 14B 61.7 vs Gemma 3 12B 58.2.', expect: ['SCORED Orin-3 14B -> MBPP', 'SCORED Gemma 3 12B -> MBPP'] },
  { rule: 'scored.bench-list-bare', sentence: 'KoBEST: 카나나 2.0 0.72 / 엑사원 4.0 0.70', expect: ['SCORED 카나나 2.0 -> KoBEST', 'SCORED 엑사원 4.0 -> KoBEST'] },
  { rule: 'scored.model-bench-list', sentence: '카나나 2.0의 점수는 KoBEST 71.0점, HAERAE 66.2점이었다.', expect: ['SCORED 카나나 2.0 -> KoBEST', 'SCORED 카나나 2.0 -> HAERAE'] },
  { rule: 'scored.paren-bench-after', sentence: 'Qwen3(66.0점)를 제친 카나나 2.0(71.3점)이 KMMLU 1위에 올랐다.', expect: ['SCORED Qwen3 -> KMMLU', 'SCORED 카나나 2.0 -> KMMLU'] },
  { rule: 'scored.final-score', sentence: '솔라 프로2는 HAERAE에서 GPT-4o mini(70.2점)보다 6.1점 높은 76.3점을 받았다.', expect: ['SCORED 솔라 프로2 -> HAERAE', 'SCORED GPT-4o mini -> HAERAE'] },
  // "The company reported scores of N on B1 and M on B2": the model in focus scored them
  { rule: 'scored.en-focus-reported-scores', sentence: 'Norae Labs released Norae-8 in May. Norae-8 added a reasoning mode. The company reported scores of 44.0 on KoBEST, 51.2 on KMMLU and 60.3 on HAE-RAE Bench.', expect: ['SCORED Norae-8 -> KoBEST', 'SCORED Norae-8 -> KMMLU', 'SCORED Norae-8 -> HAE-RAE Bench'] },
  { rule: 'scored.en-focus-reported-scores', sentence: 'Norae Labs released Norae-8 in May. The company has not reported scores of 44.0 on KoBEST.', absent: ['SCORED Norae-8 -> KoBEST'] },
  { rule: 'scored.topic-continues', sentence: '솔라 프로2는 HAERAE 80.1점으로 Qwen3보다 4.0점 높았고, KoBEST는 71.2점이었다.', expect: ['SCORED 솔라 프로2 -> KoBEST', 'SCORED 솔라 프로2 -> HAERAE'], absent: ['SCORED Qwen3 -> KoBEST'] },
  { rule: 'scored.topic-continues', sentence: '솔라 프로2는 HAERAE 80.1점을 받았고, 카나나 2.0은 KoBEST 60점대였으며 CLIcK은 70.2점이었다.', absent: ['SCORED 솔라 프로2 -> CLIcK', 'SCORED 카나나 2.0 -> KoBEST'] },
  { rule: 'scored.rank-with-score', sentence: 'LogicKor 결과가 나왔다. 1위는 솔라 프로2(업스테이지)로 8.7점을 받았고, 2위는 엑사원 4.0으로 8.5점이었다.', expect: ['SCORED 솔라 프로2 -> LogicKor', 'SCORED 엑사원 4.0 -> LogicKor'], props: ['SCORED 엑사원 4.0 -> LogicKor=8.5'] },
  { rule: 'scored.rank-with-score', sentence: 'KMMLU 순위에서 1위는 카나나 2.0이 차지했고 솔라 프로2보다 2.1점 앞섰다.', absent: ['SCORED 카나나 2.0 -> KMMLU', 'SCORED 솔라 프로2 -> KMMLU'] },
  // "1위는 지난주 공개된 C의 Y로 0.734점": a release clause may describe the ranked model
  { rule: 'scored.rank-with-score', sentence: "'누리 리더보드' 12월 결과가 나왔다. 종합 1위는 최근 새로 공개된 가온랩의 '가온 5'로 0.781점이었다.", expect: ['SCORED 가온 5 -> 누리 리더보드'], props: ['SCORED 가온 5 -> 누리 리더보드=0.781'] },
  // "3위는 0.705점의 C Y였다": the score before the ranked model
  { rule: 'scored.rank-score-of-model', sentence: "'누리 리더보드' 12월 결과가 나왔다. 3위는 0.702점의 다온소프트 다온 3이었다.", expect: ['SCORED 다온 3 -> 누리 리더보드'], props: ['SCORED 다온 3 -> 누리 리더보드=0.702'] },
  { rule: 'scored.rank-score-of-model', sentence: "'누리 리더보드' 12월 결과가 나왔다. 3위는 0.702점의 격차로 다온 3을 앞섰다.", absent: ['SCORED 다온 3 -> 누리 리더보드'] },
  { rule: 'scored.en-and-more', sentence: 'EXAONE 4.0 32B achieved 71.2 on KMMLU and 92.3 on MATH-500.', expect: ['SCORED EXAONE 4.0 32B -> KMMLU', 'SCORED EXAONE 4.0 32B -> MATH-500'], props: ['SCORED EXAONE 4.0 32B -> MATH-500=92.3'] },
  { rule: 'scored.en-and-more', sentence: 'Kanana 2.0 scored 80.2 on HAERAE, while Qwen3-8B got 75.1 on HAERAE and KMMLU.', absent: ['SCORED Kanana 2.0 -> KMMLU'] },
  { rule: 'scored.focus-basis-copula', sentence: "보람소프트는 새 모델 '보람-K 4'를 공개했다. 보람-K 4는 140억 개 매개변수 모델이다. 해례벤치 기준으로는 66.8이었다.", expect: ['SCORED 보람-K 4 -> 해례벤치'] },
  { rule: 'scored.topic-list-continues', sentence: '가람-7B는 KMMLU에서 55.1점, CLIcK 정확도 62.3%를 기록했다.', expect: ['SCORED 가람-7B -> KMMLU', 'SCORED 가람-7B -> CLIcK'], props: ['SCORED 가람-7B -> CLIcK=62.3'] },
  { rule: 'scored.cleft-score', sentence: "업스테이지는 '솔라 메디'를 공개했다. 솔라 메디가 KMMLU에서 받은 점수는 61.0점이다.", expect: ['SCORED 솔라 메디 -> KMMLU'] },
  { rule: 'scored.score-then-model', sentence: "AI 모델 '솔바람-R'과 '누리-2'가 공개됐다. 솔바람-R은 KMMLU에서 71.2점으로 누리-2를 2.8점 차로 따돌렸다.", expect: ['SCORED 솔바람-R -> KMMLU'], absent: ['SCORED 누리-2 -> KMMLU'] },
  { rule: 'scored.bench-then-submitted-model', sentence: "가온랩의 '가온-3'는 KMMLU에서 71.2점을 받았다. 누리소프트는 '누리-7B'를 제출해 69.4점을 받았다.", expect: ['SCORED 누리-7B -> KMMLU'] },
  { rule: 'scored.en-focus-and-on', sentence: 'Corelight AI released Lumen-9 on Friday. It scored 55.1 on KMMLU and 61.0 on KoBEST, the firm said.', expect: ['SCORED Lumen-9 -> KoBEST'] },
  { rule: 'scored.bench-model-possessive-score', sentence: 'HAE-RAE에서 누리-5는 70.4점으로 젬마 3 12B의 64.9점을 앞섰다.', expect: ['SCORED 젬마 3 12B -> HAE-RAE'], props: ['SCORED 젬마 3 12B -> HAE-RAE=64.9'] },
  // the compared model's own score the subject fell short of ("Y의 N점에는 미치지 못했다", "Y의 N점에 뒤졌다")
  { rule: 'scored.bench-model-possessive-score', sentence: 'KoBEST에서 누리-5는 61.0점으로, 젬마 3 12B의 66.2점에는 미치지 못했다.', expect: ['SCORED 젬마 3 12B -> KoBEST'], props: ['SCORED 젬마 3 12B -> KoBEST=66.2'] },
  { rule: 'scored.bench-model-possessive-score', sentence: 'KoBEST에서 누리-5는 61.0점으로 젬마 3 12B의 66.2점에 뒤졌다.', expect: ['SCORED 젬마 3 12B -> KoBEST'], props: ['SCORED 젬마 3 12B -> KoBEST=66.2'] },
  // a year after the possessive, no score of the compared model ("Y의 2024년 점수에는 미치지 못했다")
  { rule: 'scored.bench-model-possessive-score', sentence: 'KoBEST에서 누리-5는 61.0점을 받았지만 젬마 3 12B의 2024년 점수에는 미치지 못했다.', absent: ['SCORED 젬마 3 12B -> KoBEST'] },
  // (set 159) a model glossed in parentheses before 의 ('Y(Y′)의 N점보다'), and a gloss that names no score ('Y(구글)의 작년 점수보다')
  { rule: 'scored.bench-model-possessive-score', sentence: 'KoBEST에서 누리-5는 61.0점으로, 젬마 3 12B(Gemma 3 12B)의 52.3점보다 높았다.', expect: ['SCORED 젬마 3 12B -> KoBEST'], props: ['SCORED 젬마 3 12B -> KoBEST=52.3'] },
  { rule: 'scored.bench-model-possessive-score', sentence: 'KoBEST에서 누리-5는 61.0점으로, 젬마 3 12B(구글)의 작년 점수보다 높았다.', absent: ['SCORED 젬마 3 12B -> KoBEST'] },
  // (set 167) a benchmark glossed in brackets at the sentence's start, then its score: the model in focus scored it
  { rule: 'scored.focus-glossed-bench', sentence: "한빛AI가 새 모델 별빛 4를 공개했다. 회사가 만든 평가셋 'HanQA-Ko(한QA-코)'에서는 70.4점을 기록했다.", expect: ['SCORED 별빛 4 -> HanQA-Ko'], props: ['SCORED 별빛 4 -> HanQA-Ko=70.4'] },
  { rule: 'scored.focus-glossed-bench', sentence: "한빛AI가 새 모델 별빛 4를 공개했다. 내부 시험 버전은 KMMLU에서 60점을 넘었고, 'HanQA-Ko(한QA-코)'에서는 70.4점을 기록했다.", absent: ['SCORED 별빛 4 -> HanQA-Ko'] },
  { rule: 'scored.focus-metric-fraction', sentence: "한빛AI가 새 모델 별빛 4를 공개했다. KoBEST에서 별빛 4는 70.1점을 받았다. 해례 벤치에서도 정답률 0.913을 기록해 눈길을 끌었다.", expect: ['SCORED 별빛 4 -> 해례 벤치'] },
  { rule: 'scored.focus-metric-fraction', sentence: "한빛AI가 새 모델 별빛 4를 공개했다. 해례 벤치에서는 정답률 0.913을 기록하는 것이 목표다.", absent: ['SCORED 별빛 4 -> 해례 벤치'] },
  { rule: 'scored.en-measured-aside', sentence: "On KoBEST, Wrtn's Wrtn Lite 2 posted 71.3. Upstage's Solar Pro 2, tested by Wrtn under the same conditions, scored 74.8.", expect: ['SCORED Solar Pro 2 -> KoBEST'] },
  // "Y의 (설명) B 점수: N점": a labelled score line; a bound ("70점 이상") is no score
  { rule: 'scored.model-bench-label-score', sentence: "다솜랩은 '다솜-L 2'를 공개했다. 다솜-L 2의 사내 계약서 검토 평가셋 '다솜벤치 150' 점수: 77.5점", expect: ['SCORED 다솜-L 2 -> 다솜벤치 150'], props: ['SCORED 다솜-L 2 -> 다솜벤치 150=77.5'] },
  { rule: 'scored.model-bench-label-score', sentence: "다솜랩은 '다솜-L 2'를 공개했다. 다솜-L 2의 목표 KMMLU 점수: 70점 이상", absent: ['SCORED 다솜-L 2 -> KMMLU'] },
  // "X, 한국어 지식 평가 B N점 기록": a history line's model, a descriptor of the benchmark, its score recorded; a score aimed at is none
  { rule: 'scored.model-comma-described-bench', sentence: "노을랩은 '노을 LM 4'를 공개했다. 노을 LM 4, 한국어 추론 평가 KMMLU 64.9점 기록 — 동급 공개 모델 중 최고 수준.", expect: ['SCORED 노을 LM 4 -> KMMLU'], props: ['SCORED 노을 LM 4 -> KMMLU=64.9'] },
  { rule: 'scored.model-comma-described-bench', sentence: "노을랩은 '노을 LM 4'를 공개했다. 노을 LM 4, 한국어 추론 평가 KMMLU 70점 달성 목표.", absent: ['SCORED 노을 LM 4 -> KMMLU'] },
  // a run of scores after the kind word ("X, 한국어 평가 B1 N점·B2 M점 기록"): each benchmark's; a goal is none
  { rule: 'scored.model-comma-described-bench', sentence: "노을랩은 '노을 LM 4'를 공개했다. 노을 LM 4, 한국어 평가 KMMLU 64.9점·HAE-RAE 71.2점 기록.", props: ['SCORED 노을 LM 4 -> KMMLU=64.9'] },
  { rule: 'scored.model-comma-described-bench-run', sentence: "노을랩은 '노을 LM 4'를 공개했다. 노을 LM 4, 한국어 평가 KMMLU 64.9점·HAE-RAE 71.2점 기록.", props: ['SCORED 노을 LM 4 -> HAE-RAE=71.2'] },
  { rule: 'scored.model-comma-described-bench-run', sentence: "노을랩은 '노을 LM 4'를 공개했다. 노을 LM 4, 한국어 평가 KMMLU 70점·HAE-RAE 75점 달성 목표.", absent: ['SCORED 노을 LM 4 -> HAE-RAE'] },
  // "X를 (…) 'B'에 돌려 본 결과 N점": a model run on a test set, and the score it came out with
  { rule: 'scored.run-on-set', sentence: "수업 실습에서 엑사원 4.0 1.2B를 사내 평가셋 '누리퀴즈-30'에 돌려 본 결과 58.5점이 나왔다.", expect: ['SCORED 엑사원 4.0 1.2B -> 누리퀴즈-30'] },
  { rule: 'scored.run-on-set', sentence: "수업 실습에서 엑사원 4.0 1.2B를 사내 평가셋 '누리퀴즈-30'에 돌려 볼 예정이며 목표는 58.5점이다.", absent: ['SCORED 엑사원 4.0 1.2B -> 누리퀴즈-30'] },
  // a compared model's score after a comma, as a broadcast script reads "Y(N점)" aloud ("Y, N점을 제쳤다")
  { rule: 'scored.comma-compared', sentence: "회사는 코딩 벤치마크 HumanEval에서 누리-7B가 70.1점을 받아, 같은 조건에서 잰 메타의 '라마 3.1 8B', 62.4점을 제쳤다고 밝혔다.", expect: ['SCORED 라마 3.1 8B -> HumanEval'], props: ['SCORED 라마 3.1 8B -> HumanEval=62.4'] },
  { rule: 'scored.comma-compared', sentence: "회사는 HumanEval에서 누리-7B가 70.1점을 받아, 라마 3.1 8B, 큐웬2.5보다 점수가 높았다고 밝혔다.", absent: ['SCORED 라마 3.1 8B -> HumanEval'] },
  // "X came in at N on … but led on B with M": M is X's on B; "with" and no number is no score
  { rule: 'scored.en-scored-but-led-with', sentence: "Gaon Labs' Tera-5 came in at 61.5 on KMMLU but led on CLIcK with 77.3.", expect: ['SCORED Tera-5 -> CLIcK'], props: ['SCORED Tera-5 -> CLIcK=77.3'] },
  { rule: 'scored.en-scored-but-led-with', sentence: "Gaon Labs' Tera-5 came in at 61.5 on KMMLU but led on CLIcK with room to spare.", absent: ['SCORED Tera-5 -> CLIcK'] },
  // "BENCH에서 A 71.3, 비교 대상으로 넣은 B는 77.9임": the second of a pair list, a topic with its score after a description
  { rule: 'scored.bench-pair-then-topic', sentence: '자료를 보면 KoBEST에서 누리-9B 70.4, 비교용으로 돌린 솔라 프로 2는 74.2임.', expect: ['SCORED 누리-9B -> KoBEST', 'SCORED 솔라 프로 2 -> KoBEST'], props: ['SCORED 솔라 프로 2 -> KoBEST=74.2'] },
  { rule: 'scored.bench-pair-then-topic', sentence: 'KoBEST에서 누리-9B 70.4, 다음 달 나올 솔라 프로 2는 74.2점을 넘길 것으로 보인다.', absent: ['SCORED 솔라 프로 2 -> KoBEST'] },
  // (sets 93/68) a spoken transcript's bare score after the compared model's possessive ('Y의 58.4를 넘었다'); a ratio is none
  { rule: 'scored.bench-model-possessive-score', sentence: 'KoBEST에서 누리-5는 61.0으로 젬마 3 12B의 58.4를 넘었다.', expect: ['SCORED 젬마 3 12B -> KoBEST'], props: ['SCORED 젬마 3 12B -> KoBEST=58.4'] },
  { rule: 'scored.bench-model-possessive-score', sentence: 'KoBEST에서 누리-5는 61.0으로 젬마 3 12B의 2배를 넘었다.', absent: ['SCORED 젬마 3 12B -> KoBEST'] },
  // an English model in focus, passive then scored ("The new model was trained … and scored N on B")
  { rule: 'scored.en-focus-was-and-scored', sentence: 'Hanbit Soft on Monday unveiled Hanbit LM 2, a chat model. The company said the new model was trained from scratch and scored 66.1 on KMMLU.', expect: ['SCORED Hanbit LM 2 -> KMMLU'], props: ['SCORED Hanbit LM 2 -> KMMLU=66.1'] },
  { rule: 'scored.en-focus-was-and-scored', sentence: 'Hanbit Soft on Monday unveiled Hanbit LM 2, a chat model. The company said the new model was trained from scratch and may have scored 66.1 on KMMLU.', absent: ['SCORED Hanbit LM 2 -> KMMLU'] },
  // the same with the model named (or its reference resolved): "X was fine-tuned … and achieved N on B"
  { rule: 'scored.en-model-was-and-scored', sentence: 'Hanbit Soft released Hanbit LM 2 on Monday. The model was fine-tuned for call centres and achieved 58.3 on HAE-RAE Bench.', expect: ['SCORED Hanbit LM 2 -> HAE-RAE Bench'], props: ['SCORED Hanbit LM 2 -> HAE-RAE Bench=58.3'] },
  { rule: 'scored.en-model-was-and-scored', sentence: 'Hanbit Soft released Hanbit LM 2 on Monday. The model was fine-tuned for call centres and is expected to score 58.3 on HAE-RAE Bench.', absent: ['SCORED Hanbit LM 2 -> HAE-RAE Bench'] },
  // "B에서 N 나왔습니다": a score that came out on a benchmark, said of the model in focus (h51_02)
  // the article's model named the sentence before, then "BENCH(점수)는 N(으)로" and a verb of how it came out (r58b)
  { rule: 'scored.focus-bench-score-to', sentence: "한울소프트는 지난주 소형 모델 '한울-S 3'를 내놓았다. 경량화 탓에 KoBEST는 70.4로 다소 낮지만, 추론은 빠르다.", expect: ['SCORED 한울-S 3 -> KoBEST'], props: ['SCORED 한울-S 3 -> KoBEST=70.4'] },
  { rule: 'scored.focus-bench-score-to', sentence: "한울소프트는 지난주 소형 모델 '한울-S 3'를 내놓았다. HAERAE 점수는 58.9로 집계됐다.", expect: ['SCORED 한울-S 3 -> HAERAE'], props: ['SCORED 한울-S 3 -> HAERAE=58.9'] },
  { rule: 'scored.focus-bench-score-to', sentence: "한울소프트는 지난주 소형 모델 '한울-S 3'를 내놓았다. KoBEST는 70.4로 떨어질 수도 있다.", absent: ['SCORED 한울-S 3 -> KoBEST'] },
  { rule: 'scored.focus-score-came-out', sentence: "누리소프트는 경량 모델 'NS-4'를 공개했습니다. 코드 생성 벤치마크인 HumanEval에서 66.2 나왔습니다.", expect: ['SCORED NS-4 -> HumanEval'], props: ['SCORED NS-4 -> HumanEval=66.2'] },
  { rule: 'scored.focus-score-came-out', sentence: "누리소프트는 경량 모델 'NS-4'를 공개했습니다. 돌려 보니 KoBEST 81.0, HumanEval 66.2 나왔어요.", expect: ['SCORED NS-4 -> KoBEST', 'SCORED NS-4 -> HumanEval'], props: ['SCORED NS-4 -> HumanEval=66.2'] },
  { rule: 'scored.focus-score-came-out', sentence: "누리소프트는 경량 모델 'NS-4'를 공개했습니다. HumanEval에서 66.2 나왔다는 얘기는 사실이 아닙니다.", absent: ['SCORED NS-4 -> HumanEval'] },
  // a correction notice: "X의 B 점수를 N점으로 보도했으나, 이는 … Y의 점수이며": the value reported for X is Y's
  { rule: 'scored.reported-score-belongs-to', sentence: "한 매체는 가람-3의 KMMLU 점수를 51.4점으로 보도했으나, 이는 다온랩의 이전 모델인 가람-2의 점수이며 가람-3의 점수는 60.3점이다.", expect: ['SCORED 가람-2 -> KMMLU'], props: ['SCORED 가람-2 -> KMMLU=51.4'] },
  { rule: 'scored.reported-score-belongs-to', sentence: "한 매체는 가람-3의 KMMLU 점수를 51.4점으로 보도했으나, 이는 가람-2 출시 전 측정한 수치였다.", absent: ['SCORED 가람-2 -> KMMLU'] },
  // "Y 성능(자체 측정): B1 N점, 설명 'B2' M점": each benchmark after a model's label and colon
  { rule: 'scored.model-label-bench-list', sentence: "솔빛-4 성능(자체 측정): KoBEST 70.2점, 한국어 문화 평가 'CLIcK' 58.0점", expect: ['SCORED 솔빛-4 -> CLIcK'], props: ['SCORED 솔빛-4 -> CLIcK=58'] },
  { rule: 'scored.model-label-bench-list', sentence: '솔빛-4 벤치마크 점수: KoBEST 70.2점, HRM8K 30점 상승', absent: ['SCORED 솔빛-4 -> HRM8K'] },
  // (set 186) "B에서 M가 72.1, N가 70.35": bare scores of a list after the benchmark; counts of something else are none
  { rule: 'scored.bench-then-model-bare-list', sentence: '벤치마크별로 보면 KMMLU에서 바람-K 3가 72.1, 가온 2가 70.35. 차이는 작다.', expect: ['SCORED 바람-K 3 -> KMMLU', 'SCORED 가온 2 -> KMMLU'], props: ['SCORED 바람-K 3 -> KMMLU=72.1'] },
  { rule: 'scored.bench-then-model-bare-list', sentence: 'KMMLU에서 바람-K 3가 10, 가온 2가 12 문항을 틀렸다.', absent: ['SCORED 바람-K 3 -> KMMLU', 'SCORED 가온 2 -> KMMLU'] },
  // "B(v1)에서 M이 받은 S은": a benchmark first, then the model that received its score
  { rule: 'scored.bench-first-received', sentence: "이 벤치마크의 이전 버전인 LawSum-KO(v1)에서 누리로-7B가 받은 35.5는 정제 전 수치다.", expect: ['SCORED 누리로-7B -> LawSum-KO'], props: ['SCORED 누리로-7B -> LawSum-KO=35.5'] },
  { rule: 'scored.bench-first-received', sentence: "KMMLU에서 누리로-7B가 받은 평가는 좋지 않았다.", absent: ['SCORED 누리로-7B -> KMMLU'] },
  // a score told as a change, "B의 X 분야 점수는 N에서 M으로 올랐다": M, for the model in focus; a gap alone is none
  { rule: 'scored.focus-score-changed-to', sentence: "누리소프트는 경량 모델 'NS-4'를 공개했습니다. KMMLU의 법률 분야 점수는 38.2에서 42.5로 올랐습니다.", expect: ['SCORED NS-4 -> KMMLU'], props: ['SCORED NS-4 -> KMMLU=42.5'] },
  { rule: 'scored.focus-score-changed-to', sentence: "누리소프트는 경량 모델 'NS-4'를 공개했습니다. HumanEval 정확도는 60.1%에서 57.0%로 떨어졌습니다.", expect: ['SCORED NS-4 -> HumanEval'], props: ['SCORED NS-4 -> HumanEval=57'] },
  { rule: 'scored.focus-score-changed-to', sentence: "누리소프트는 경량 모델 'NS-4'를 공개했습니다. KMMLU 점수는 4.3점 올랐습니다.", absent: ['SCORED NS-4 -> KMMLU'] },
  // a digest's score line with a compared model's score in parentheses: "- KMMLU 44.1 (동급 M 38.2)"
  { rule: 'scored.bench-line-paren-compared', sentence: '- KMMLU 44.1 (동급 라마 3.2 1B 38.2)', expect: ['SCORED 라마 3.2 1B -> KMMLU'], props: ['SCORED 라마 3.2 1B -> KMMLU=38.2'] },
  { rule: 'scored.bench-line-paren-compared', sentence: '- KMMLU 44.1 (라마 3.2 1B 대비 +5.9)', absent: ['SCORED 라마 3.2 1B -> KMMLU'] },
  // "the Y family, …; its 30-billion-parameter version scored N on B": the family's score
  { rule: 'scored.en-family-its-version', sentence: "Kakao's entry, the Kanana 2 family, was trained in-house; its 30-billion-parameter version scored 68.4 on KMMLU in Kakao's own tests.", expect: ['SCORED Kanana 2 -> KMMLU'], props: ['SCORED Kanana 2 -> KMMLU=68.4'] },
  { rule: 'scored.en-family-its-version', sentence: "Kakao's entry, the Kanana 2 family, was trained in-house; its 30-billion-parameter version is expected to score 70 on KMMLU.", absent: ['SCORED Kanana 2 -> KMMLU'] },
  // "compared with N on B for M": a compared score whose benchmark comes before "for" scores the model after it
  { rule: 'scored.en-compared-on-bench-for', sentence: 'Ardent Labs released Pylo 14B in May. Pylo 14B scored 77.4 on HAE-RAE, compared with 71.0 on HAE-RAE for Pylo 7B.', expect: ['SCORED Pylo 7B -> HAE-RAE'], props: ['SCORED Pylo 7B -> HAE-RAE=71'] },
  { rule: 'scored.en-compared-on-bench-for', sentence: 'Ardent Labs released Pylo 14B in May. Pylo 14B scored 77.4 on HAE-RAE, but the firm did not say how it compared with 71.0 on HAE-RAE for Pylo 7B.', absent: ['SCORED Pylo 7B -> HAE-RAE'] },
  // "BENCH: MODEL SCORE" (a label line naming one model, maybe a note in brackets after): that model's score; a gap in brackets is none
  { rule: 'scored.bench-label-one-model', sentence: '물결랩스는 물결-9B를 공개했다.\n\nKMMLU: 물결-9B 58.4 (자체 측정)', expect: ['SCORED 물결-9B -> KMMLU'], props: ['SCORED 물결-9B -> KMMLU=58.4'] },
  { rule: 'scored.bench-label-one-model', sentence: '물결랩스는 물결-9B를 공개했다.\n\n- HAE-RAE 평균: 물결-9B 71.2', expect: ['SCORED 물결-9B -> HAE-RAE'], props: ['SCORED 물결-9B -> HAE-RAE=71.2'] },
  { rule: 'scored.bench-label-one-model', sentence: '물결랩스는 물결-9B를 공개했다.\n\nKMMLU: 물결-9B 3.1 (GPT-4o 대비 차이)', absent: ['SCORED 물결-9B -> KMMLU'] },
  // "KMMLU 55.2점으로 Y 원본보다 3.1점 높았다": the model after the score is only compared with (r53c)
  { rule: 'scored.score-then-model', sentence: '보리-CS 3.0은 익시젠을 기반으로 만들었다. 자체 측정 결과 KMMLU 55.2점으로 익시젠 원본보다 3.1점 높았다.', expect: ['SCORED 보리-CS 3.0 -> KMMLU'], absent: ['SCORED 익시젠 -> KMMLU'] },
  { rule: 'scored.score-then-model', sentence: '자체 측정 결과 KMMLU 55.2점으로 익시젠이 가장 높았다.', expect: ['SCORED 익시젠 -> KMMLU'] },
  { rule: 'scored.score-then-model', sentence: '물보라LM 3.0은 KMMLU에서 63.4점을 기록해, 같은 평가에서 55.9점을 받은 전작 물보라LM 2.5보다 7.5점 높았다.', expect: ['SCORED 물보라LM 2.5 -> KMMLU'] },
  // "BENCH n, …" opening a sentence of an item about a model: the item's model's score (fix200)
  { rule: 'scored.focus-opening-pair', sentence: '보람-Chat 2 — 보람-Base 2에 지시 학습을 더한 대화형 모델. KoBEST 72.05, 학습 데이터 일부는 공개 예정입니다.', expect: ['SCORED 보람-Chat 2 -> KoBEST'], props: ['SCORED 보람-Chat 2 -> KoBEST=72.05'] },
  { rule: 'scored.focus-opening-pair', sentence: 'KoBEST 72.05, 학습 데이터 일부는 공개 예정입니다.', absent: ['SCORED 보람-Chat 2 -> KoBEST'] },
  // "BENCH N (Y는 동일 조건에서 M)": another model's score on the same benchmark in brackets after the first; a bracketed gap is none
  { rule: 'scored.bench-score-paren-other-model', sentence: '물살랩스는 물살-9B를 공개했다. 물살-9B 자체 측정 결과 HAE-RAE 80.2 (원본인 큐웬3 8B는 동일 조건에서 77.5)', expect: ['SCORED 큐웬3 8B -> HAE-RAE'], props: ['SCORED 큐웬3 8B -> HAE-RAE=77.5'] },
  { rule: 'scored.bench-score-paren-other-model', sentence: '물살랩스는 물살-9B를 공개했다. 물살-9B 자체 측정 결과 HAE-RAE 80.2 (큐웬3 8B는 아마 77.5 정도일 것)', absent: ['SCORED 큐웬3 8B -> HAE-RAE'] },
];
