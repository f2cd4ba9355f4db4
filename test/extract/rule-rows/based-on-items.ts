/** Rows for based-on.* readings of a base named in a labelled item ("- X 공동 개발: Y를 바탕으로 …") or with 만 ("Y만을 바탕으로"), and of a merge named by its tool or method ("A랑 B를 mergekit SLERP로 병합했다"). */
import type { Row } from './row.js';

export const basedOnItemRows: Row[] = [
  { rule: 'based-on.giban-topic', sentence: '익시젠은 LG AI연구원의 엑사원만을 바탕으로 합니다.', expect: ['BASED_ON 익시젠 -> 엑사원'] },
  // a labelled item naming the model before its base ('- X 공동 개발: Y를 바탕으로 … 추가 학습'); a label of another kind, or a compared model, is none
  { rule: 'based-on.item-label-model', sentence: "별빛AI와 한빛전력은 설비 특화 모델 '별빛-E'를 함께 만든다.\n\n- 별빛-E 공동 개발: 별빛AI의 자체 모델 '별빛-2'를 바탕으로 한빛전력이 제공하는 점검 기록을 추가 학습", expect: ['BASED_ON 별빛-E -> 별빛-2'] },
  { rule: 'based-on.item-label-model', sentence: "별빛AI와 한빛전력은 설비 특화 모델 '별빛-E'를 함께 만든다.\n\n- 별빛-E 일정: 별빛-2를 바탕으로 한 시범 서비스는 내년에 연다", absent: ['BASED_ON 별빛-E -> 별빛-2'] },
  // a model with its base in parentheses after its name ('X(7B, Y 기반)'); a base denied there, or a compared model, is none
  { rule: 'based-on.paren-base', sentence: '다온소프트는 지난해 공개한 다온-M 1(3B, 라마 3.2 3B 기반)에 이어 새 모델을 냈다.', expect: ['BASED_ON 다온-M 1 -> 라마 3.2 3B'] },
  { rule: 'based-on.paren-base', sentence: '다온-M 1(라마 3.2 3B 기반 아님)은 자체 사전학습 모델이다.', absent: ['BASED_ON 다온-M 1 -> 라마 3.2 3B'] },
  { rule: 'based-on.paren-base', sentence: '다온-M 1(라마 3.2 3B 대비)은 응답이 빠르다.', absent: ['BASED_ON 다온-M 1 -> 라마 3.2 3B'] },
  // notes after the base in the same brackets (a release year before it, a maker's note after it): the base all the same
  { rule: 'based-on.paren-base', sentence: '하늘데이터는 구형 모델 하늘-R 1(2024년 공개, 젬마 2 9B 기반, 사내 튜닝)을 내년까지 운영한다.', expect: ['BASED_ON 하늘-R 1 -> 젬마 2 9B'] },
  { rule: 'based-on.paren-base', sentence: '하늘-R 1(2024년 공개, 젬마 2 9B 대비 2배 빠름, 사내 튜닝)은 상담에 쓰인다.', absent: ['BASED_ON 하늘-R 1 -> 젬마 2 9B'] },
  // "X, …, succeeds Y and is fine-tuned from Z": the base is X's, not the predecessor's named before the verb
  { rule: 'based-on.en-succeeds-and-tuned', sentence: "Tessera Labs builds Mira, a family of small models. Mira-3, a 2B-parameter model, succeeds Mira-2 and is fine-tuned from Google's Gemma 3 4B.", expect: ['BASED_ON Mira-3 -> Gemma 3 4B'], absent: ['BASED_ON Mira-2 -> Gemma 3 4B'] },
  { rule: 'based-on.en-succeeds-and-tuned', sentence: "Tessera Labs builds Mira, a family of small models. Mira-3, a 2B-parameter model, succeeds Mira-2 and is not fine-tuned from Google's Gemma 3 4B.", absent: ['BASED_ON Mira-3 -> Gemma 3 4B', 'BASED_ON Mira-2 -> Gemma 3 4B'] },
  // a digest's line under a release: "- C의 'Z' 기반, … 데이터 추가학습" is the released model's base
  { rule: 'based-on.focus-giban-line-trained', sentence: "KT × 마이크로소프트 기업용 LLM '가온-CX' 공개\n- 마이크로소프트의 '파이-4(Phi-4)' 기반, 한국어 상담 데이터 추가학습", expect: ['BASED_ON 가온-CX -> 파이-4'] },
  { rule: 'based-on.focus-giban-line-trained', sentence: "KT × 마이크로소프트 기업용 LLM '가온-CX' 공개\n- 마이크로소프트의 '파이-4' 기반, 추가학습 여부는 미공개", absent: ['BASED_ON 가온-CX -> 파이-4'] },
  // "'Y' 출시(3/1). C 'Z'를 증류해 만든 0.6B급": a digest line's released model, distilled from Z
  { rule: 'based-on.line-distilled-made-size', sentence: "- 경량 모델 '다람 나노' 출시(3/1). 알리바바 '큐웬3-4B'를 증류해 만든 0.6B급, 허깅페이스 오픈소스", expect: ['BASED_ON 다람 나노 -> 큐웬3-4B'] },
  { rule: 'based-on.line-distilled-made-size', sentence: "- 경량 모델 '다람 나노' 출시(3/1). 알리바바 '큐웬3-4B'를 증류해 만든 것은 아니다.", absent: ['BASED_ON 다람 나노 -> 큐웬3-4B'] },
  // a lettered item glossing its model after a spaced dash ("가. X : 'M' - X가 B를 기반으로 … 개발한 모델"): M is built on B; a base denied is none
  { rule: 'based-on.dash-gloss', sentence: "3. 대상 모델\n\n가. (주)한별테크 : '한별-R 14B' - 한별테크가 Qwen2.5-14B를 기반으로 계약서 90만 건을 추가 학습하여 개발한 모델", expect: ['BASED_ON 한별-R 14B -> Qwen2.5-14B'] },
  { rule: 'based-on.dash-gloss', sentence: "3. 대상 모델\n\n가. (주)한별테크 : '한별-R 14B' - Qwen2.5-14B를 바탕으로 판례를 더 학습한 추론 모델", expect: ['BASED_ON 한별-R 14B -> Qwen2.5-14B'] },
  { rule: 'based-on.dash-gloss', sentence: "3. 대상 모델\n\n가. (주)한별테크 : '한별-R 14B' - 한별테크가 Qwen2.5-14B를 기반으로 하지 않고 처음부터 개발한 모델", absent: ['BASED_ON 한별-R 14B -> Qwen2.5-14B'] },
  // "A랑 B를 TOOL METHOD로 병합했다": the page's model merged from both, the tool or method named before the verb
  { rule: 'based-on.focus-tool-merged-pair-first', sentence: '한결소프트가 새 모델 한결-믹스-9B를 공개했다. Gemma-2-9B랑 Qwen2.5-7B를 mergekit SLERP로 병합했다.', expect: ['BASED_ON 한결-믹스-9B -> Gemma-2-9B'] },
  { rule: 'based-on.focus-tool-merged-pair-second', sentence: '한결소프트가 새 모델 한결-믹스-9B를 공개했다. Gemma-2-9B랑 Qwen2.5-7B를 mergekit SLERP로 병합했다.', expect: ['BASED_ON 한결-믹스-9B -> Qwen2.5-7B'] },
];
