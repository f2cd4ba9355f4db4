/**
 * Generalisation rows for r53b's forms (scores and evaluations outside news): a hub checkpoint name in its own case with a tuning
 * word ("X-2.5-9B-Instruct") in a score table beside the same model named without it in the prose, kept apart where the page
 * tells the two apart; a bare version and size ("2.1 9B는", "2.1 9B를 교사로") standing for the article's one model of that
 * version and size; a Hangul brand and version before its Latin name in parentheses ("소리챗 2.0(SoriChat-2.0-4B)은") as the
 * topic of its sentence; a list item or topic whose gloss says it improves another model as its successor.
 * Names and sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "Y-2.5-9B-Instruct | 61.2" in a table, "Y 2.5 9B" in the prose: one model
  { cat: 'names.cased-checkpoint', text: "사내 평가 노트\n\n자체 모델 가람봇-3 7B를 외부 모델과 나란히 돌렸다.\n\n모델 | KoBEST | KMMLU\n가람봇-3 7B | 70.4 | 51.0\nMinerva-2.5-9B-Instruct | 68.8 | 49.7\n\n가람봇-3 7B는 Minerva 2.5 9B보다 KoBEST에서 앞섰다.", sameNode: ['Minerva-2.5-9B-Instruct=Minerva 2.5 9B'] },
  { cat: 'names.cased-checkpoint', text: "사내 평가 노트\n\n자체 모델 가람봇-3 7B를 외부 모델과 나란히 돌렸다.\n\n모델 | KoBEST | KMMLU\n가람봇-3 7B | 70.4 | 51.0\nMinerva-2.5-9B-Instruct | 68.8 | 49.7\n\n가람봇-3 7B는 Minerva 2.5 9B보다 KoBEST에서 앞섰다.", expect: ['SCORED Minerva 2.5 9B -> KMMLU'] },
  // (a page that names both checkpoints in one sentence, or calls the tuned one a fine-tuned variant, keeps them apart)
  // a tuned checkpoint released separately ('별도로 배포했다') and described in the next sentence as SFT on the base: two models
  { cat: 'names.cased-checkpoint-apart', text: "여울테크는 Tarim-8B를 공개했다. Tarim-8B는 구글의 젬마 3 12B를 바탕으로 만든 모델이다.\n\n대화용 Tarim-8B-Chat도 별도로 배포했다. Tarim-8B에 대화 데이터로 SFT를 한 버전이다.", nodes: ['Model:Tarim-8B', 'Model:Tarim-8B-Chat'] },
  { cat: 'names.cased-checkpoint', text: "모델 공개 안내\n\n오늘 Pora-12B와 Pora-12B-Instruct를 함께 공개했습니다.\n\n모델 | KMMLU\nPora-12B-Instruct | 58.1", nodes: ['Model:Pora-12B', 'Model:Pora-12B-Instruct'] },
  { cat: 'names.cased-checkpoint', text: "Model release\n\nWe release Pora-12B today. An instruction-tuned variant, Pora-12B-Instruct, follows next week.", nodes: ['Model:Pora-12B', 'Model:Pora-12B-Instruct'] },
  // (lower-case hub ids are another rule's: "gemma-like-9b-it" beside a "-pt" checkpoint stays apart)
  // "2.1 9B는 …", "4B는 2.1 9B를 교사로 삼아": a version and a size alone are the article's one model ending in them
  { cat: 'versions.version-size', text: "개발 메모\n\n이번 대상은 SoriChat-2.1-9B와 경량판 SoriChat-2.1-4B다. 2.1 9B는 메타의 Llama 3.1 8B를 베이스로 추가 학습한 모델이고, 4B는 2.1 9B를 교사로 삼아 증류한 모델이다.", expect: ['BASED_ON SoriChat-2.1-9B -> Llama 3.1 8B', 'BASED_ON SoriChat-2.1-4B -> SoriChat-2.1-9B'], absent: ['BASED_ON SoriChat-2.1-4B -> Llama 3.1 8B'] },
  // (two models ending in that version and size, or none: the words stay words)
  { cat: 'versions.version-size', text: "개발 메모\n\n이번 대상은 SoriChat-2.1-9B와 BadaLM-2.1-9B다. 2.1 9B는 메타의 Llama 3.1 8B를 베이스로 추가 학습한 모델이다.", absent: ['BASED_ON SoriChat-2.1-9B -> Llama 3.1 8B', 'BASED_ON BadaLM-2.1-9B -> Llama 3.1 8B'] },
  // "소리챗 2.0(SoriChat-2.0-4B)은 Y 기반이었다": the Hangul name before the parentheses is the model's, the topic its
  { cat: 'names.hangul-gloss-topic', text: "개발 메모\n\n누리웨어는 소리챗 2.1(SoriChat-2.1-9B)을 공개했다. 참고로 이전 버전 소리챗 2.0(SoriChat-2.0-4B)은 구글의 Gemma 2 2B 기반이었다.", expect: ['BASED_ON SoriChat-2.0-4B -> Gemma 2 2B'], sameNode: ['SoriChat-2.0-4B=소리챗 2.0'] },
  // (a version in the parentheses other than the Hangul name's: no gloss)
  { cat: 'names.hangul-gloss-topic', text: "개발 메모\n\n누리웨어는 소리챗 2.1(SoriChat-3.0-9B)을 공개했다.", noNodes: ['Model:소리챗 2.1'] },
  // "X 4.2: C가 자사 X 4.1을 개선한 … 모델": an item whose gloss says it improves another model succeeds it
  { cat: 'succeeds.item-head-improved', text: "검증 결과 공고\n\n1. 모델 정보\n\n- 한길법 4.2: 한길데이터가 자사 한길법 4.1을 개선한 세무 특화 모델. 기반 모델은 공개하지 않음.", expect: ['SUCCEEDS 한길법 4.2 -> 한길법 4.1'] },
  { cat: 'succeeds.item-head-improved', text: "검증 결과 공고\n\n1. 모델 정보\n\n- 한길법 4.2: 한길데이터가 KoBEST 점수를 개선한 세무 특화 모델. 한길법 4.1은 내년에 나온다.", absent: ['SUCCEEDS 한길법 4.2 -> 한길법 4.1'] },
  // "…Y에서 80.2점을 받았다고 발표한 바 있으나, 재단이 같은 조건으로 측정한 값은 76.9점": the measured number is the model's
  { cat: 'scores.claim-then-measured', text: "인증 결과 안내\n\n마루데이터는 지난봄 마루-Law 2가 KoBEST에서 80.2점을 받았다고 발표한 바 있으나, 재단이 같은 조건으로 재측정한 값은 76.9점이었다.", expect: ['SCORED 마루-Law 2 -> KoBEST'], edgeProps: ['SCORED 마루-Law 2 -> KoBEST score=76.9'] },
  // (a claim that no measurement contradicts stands)
  { cat: 'scores.claim-then-measured', text: "인증 결과 안내\n\n마루데이터는 지난봄 마루-Law 2가 KoBEST에서 80.2점을 받았다고 발표했다.", edgeProps: ['SCORED 마루-Law 2 -> KoBEST score=80.2'] },
  // "'X'는 올해부터 'Y'로 이름이 바뀌었다(문항 동일)": a rename that kept the items names one benchmark
  { cat: 'benchmarks.renamed-same-items', text: "토론 #12\n\n'KoQuizBench'는 지난달부터 'KorQuiz-Bench'로 이름이 바뀌었습니다(문항과 채점 기준은 동일). 모델 가온-S 3의 KorQuiz-Bench 점수는 44.2입니다.", sameNode: ['KorQuiz-Bench=KoQuizBench'] },
  // (a revision that replaced items is another set)
  { cat: 'benchmarks.renamed-same-items', text: "토론 #12\n\n'KoQuizBench'는 지난달부터 'KorQuiz-Bench'로 이름이 바뀌었습니다. 문항 절반이 교체되었습니다.", nodes: ['Benchmark:KoQuizBench', 'Benchmark:KorQuiz-Bench'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
