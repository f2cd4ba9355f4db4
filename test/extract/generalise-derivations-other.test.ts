/**
 * Generalisation rows of generalise-derivations: the 'focus', 'family', 'scored', 'derivation', 'topic-made-on-base-copula' rows.
 * The others are in the other generalise-derivations-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "…가 대표적이다": the example the sentence ends on is what "이 모델은" means next
    cat: 'focus.example-at-end',
    text: "SK텔레콤이 개발한 'A.X K1'은 국내에서 가장 크다.\n\n상당수 스타트업은 해외 모델을 가져와 다시 다듬는 길을 택했다.\n\n스타트업 누리시그널이 지난 5월 내놓은 '누리-S 7B'가 대표적이다. 이 모델은 메타의 '라마 3.1 8B'에 의료 문서를 추가 학습해 만들었다.",
    expect: ['BASED_ON 누리-S 7B -> 라마 3.1 8B'],
    absent: ['BASED_ON A.X K1 -> 라마 3.1 8B'],
  },
  {
    // "X사의 'Y'는 …" opening a sentence: Y is what the next subject-less sentences are about
    cat: 'focus.maker-possessive-topic',
    text: "스타트업 누리시그널이 지난 5월 내놓은 '누리-S 7B'가 대표적이다. 이 모델은 메타의 '라마 3.1 8B'에 의료 문서를 추가 학습해 만들었다.\n\n다온AI의 '다온-9B'는 조금 다른 길을 택했다. 구글의 '젬마 3 27B'를 증류해 90억 개 매개변수 크기로 줄인 모델이다.",
    expect: ['BASED_ON 다온-9B -> 젬마 3 27B'],
    absent: ['BASED_ON 누리-S 7B -> 젬마 3 27B'],
  },
  {
    // "FAMILY 원본": the family's original is the one version the article names (the base), not a family node
    cat: 'family.original-word',
    text: "한빛AI는 지난 5일 '별빛-K'를 공개했다. 알리바바가 내놓은 '큐웬3'를 기반으로 데이터를 추가로 학습시켰다.\n\n일부 이용자는 “큐웬 원본보다 존댓말 구분이 확실히 낫다”고 평가했다.",
    expect: ['BASED_ON 별빛-K -> 큐웬3'],
    noNodes: ['Model:큐웬'],
    absent: ['DEVELOPED 알리바바 -> 큐웬'],
  },
  // "A의 후속 모델로, X에서 N점": the scores are the focus model's, not those of the model it follows
  { cat: 'scored.successor-modifier-not-scorer', text: "솔빛랩은 올해 3월 새 모델 '솔빛-3'를 선보였다. 2024년 내놓은 솔빛-2의 후속 모델로, KMMLU에서 61.2점, HAE-RAE에서 70.1점을 받았다.", expect: ['SUCCEEDS 솔빛-3 -> 솔빛-2', 'SCORED 솔빛-3 -> KMMLU', 'SCORED 솔빛-3 -> HAE-RAE'], absent: ['SCORED 솔빛-2 -> KMMLU'] },
  { cat: 'scored.successor-modifier-not-scorer', text: "솔빛랩은 올해 3월 새 모델 '솔빛-3'를 선보였다. 솔빛-2의 후속작으로 KMMLU 61.2점을 기록했다.", expect: ['SCORED 솔빛-3 -> KMMLU'], absent: ['SCORED 솔빛-2 -> KMMLU'] },
  {
    // a gloss between a verbal noun and its ending ("미세조정(파인튜닝)해") keeps the verb whole: its object is the base, not a model the subject made
    cat: 'derivation.glossed-verb',
    text: "누리소프트는 젬마 3 12B를 미세조정(파인튜닝)해 법률 상담 특화 모델 '누리-로 2'를 만들었다.",
    expect: ['DEVELOPED 누리소프트 -> 누리-로 2', 'BASED_ON 누리-로 2 -> 젬마 3 12B'],
    absent: ['DEVELOPED 누리소프트 -> 젬마 3 12B'],
  },
  {
    cat: 'derivation.glossed-verb',
    text: "가람테크는 큐웬3 32B를 증류(distillation)한 뒤 경량 모델 '가람-M 4B'를 만들었다.",
    absent: ['DEVELOPED 가람테크 -> 큐웬3 32B'],
  },
  {
    cat: "'실제 뼈대는 (maker의) Y입니다' after a sentence about the model: Y is the base of the model in focus",
    text: "스타트업 하늘로직은 지난달 추론 모델 '하늘-R 8B'를 공개했다. 그렇다고 하늘-R 8B가 처음부터 만든 모델은 아니다. 실제 뼈대는 알리바바의 오픈소스 모델 '큐웬3-8B'입니다.",
    expect: ['BASED_ON 하늘-R 8B -> 큐웬3-8B'],
  },
  {
    cat: "a skeleton sentence that denies it ('뼈대는 Y가 아니다') gives no base",
    text: "스타트업 하늘로직은 지난달 추론 모델 '하늘-R 8B'를 공개했다. 뼈대는 알리바바의 '큐웬3-8B'가 아니다.",
    absent: ['BASED_ON 하늘-R 8B -> 큐웬3-8B'],
  },
  {
    cat: "'딥시크 R1' then the bare 'R1' with its maker named: one model",
    text: '"딥시크 R1을 증류한 것 아니냐"는 의혹이 나왔다. 중국 딥시크가 지난해 공개한 추론 모델 \'R1\'의 답변을 뽑아 학습시켰다는 것이다.',
    noNodes: ['Model:R1'],
    expect: ['DEVELOPED 딥시크 -> 딥시크 R1'],
  },

  {
    cat: "'X를 공개하면서 'Y' 같은 증류 모델을 함께 내놨다': Y is released too and is what '이 모델' next means; 'X가 생성한 데이터로 Z를 학습시킨' makes Y (not X) trained on Z",
    text: "미르AI는 추론 모델 'Mir-R'을 공개하면서 'Mir-R-Lite-7B' 같은 경량 모델을 함께 내놨다. 이 모델은 Mir-R이 생성한 풀이 데이터 50만 건으로 메타의 '라마 3.1 8B'를 학습시킨 것이다.",
    expect: ['DEVELOPED 미르AI -> Mir-R-Lite-7B', 'BASED_ON Mir-R-Lite-7B -> 라마 3.1 8B'],
    absent: ['BASED_ON Mir-R -> 라마 3.1 8B'],
  },
  {
    cat: "a model named as an example of what others use ('Y 같은 모델을 쓴다') is not released by the subject",
    text: "미르AI는 'GPT-4o' 같은 모델을 업무에 쓰지 않는다고 밝혔다.",
    absent: ['DEVELOPED 미르AI -> GPT-4o'],
  },
  {
    // "X를 공개하면서 'Y'도 함께 내놨다": the model released beside the first, named last, is what "이 모델은" next means;
    // "A를 B에 증류한": both the teacher and the student's weights are bases
    cat: 'focus.co-released-last',
    text: "가온랩스는 추론 모델 '가온-R'을 공개하면서 '가온-R-Distill-8B'도 함께 내놨다. 이 모델은 가온-R을 라마 3.1 8B에 증류한 결과물이다.",
    expect: ['BASED_ON 가온-R-Distill-8B -> 가온-R', 'BASED_ON 가온-R-Distill-8B -> 라마 3.1 8B'],
    absent: ['BASED_ON 가온-R -> 라마 3.1 8B'],
  },
  {
    // "X는 C가 Y를 기반으로/출발점으로 만든 … 모델이다": the topic's maker is C and its base Y, though Y stands between them
    cat: 'topic-made-on-base-copula',
    text: '누리챗 4는 부산에 있는 AI 스타트업 누리AI가 메타의 라마 3.1 8B 사전학습 체크포인트를 출발점으로 만든 한국어 특화 상담 모델입니다.',
    expect: ['BASED_ON 누리챗 4 -> 라마 3.1 8B', 'DEVELOPED 누리AI -> 누리챗 4'],
  },
  {
    cat: 'topic-made-on-base-copula',
    text: '솔빛-M 2는 다온랩스가 큐웬3 14B를 기반으로 개발한 법률 모델이다.',
    expect: ['BASED_ON 솔빛-M 2 -> 큐웬3 14B', 'DEVELOPED 다온랩스 -> 솔빛-M 2'],
  },
  {
    // the company's verb is about the base ("C가 내놓은 Y를 바탕으로"): C made Y, not the topic
    cat: 'topic-made-on-base-copula',
    text: '솔빛-M 2는 알리바바가 오픈소스로 내놓은 큐웬3 14B를 바탕으로 법률 데이터를 추가 학습시킨 모델이다.',
    expect: ['BASED_ON 솔빛-M 2 -> 큐웬3 14B'],
    absent: ['DEVELOPED 알리바바 -> 솔빛-M 2'],
  },
  {
    cat: 'topic-made-on-base-copula',
    text: '솔빛-M 2는 다온랩스가 큐웬3 14B를 기반으로 개발한 모델이 아니다.',
    absent: ['BASED_ON 솔빛-M 2 -> 큐웬3 14B', 'DEVELOPED 다온랩스 -> 솔빛-M 2'],
  },
  // the model a sentence makes from a base ("X는 Y를 증류해 … 'Z'를 만들었다") is what "이 모델은" in the next one means, not the base
  { cat: 'focus.made-from-base', text: "스타트업 솔바다는 엑사원 4.0을 증류해 법률 상담 모델 '솔바다-L 7B'를 만들었다. 이 모델은 KMMLU에서 62.3점을 받았다.", expect: ['SCORED 솔바다-L 7B -> KMMLU'], absent: ['SCORED 엑사원 4.0 -> KMMLU'] },
  // "X는 Y를 Z에 D를 추가 학습해 만들었다": the object Y is X's, trained on Z (the base before 에, maybe with its maker's possessive)
  { cat: 'object trained on a base', text: "한빛에이아이는 '물결 5'를 카카오의 카나나 1.5에 금융 데이터를 추가 학습해 만들었다고 밝혔다.", expect: ['DEVELOPED 한빛에이아이 -> 물결 5', 'BASED_ON 물결 5 -> 카나나 1.5'] },
  { cat: 'object trained on a base', text: "한빛에이아이는 '물결 5'를 엑사원 4.0을 바탕으로 미세 조정해 완성했다.", expect: ['BASED_ON 물결 5 -> 엑사원 4.0'] },
  { cat: 'object trained on a base', text: "한빛에이아이는 '물결 5'를 엑사원 4.0에 금융 데이터를 추가 학습해 만들지 않았다고 해명했다.", absent: ['BASED_ON 물결 5 -> 엑사원 4.0'] },
];

describe('derivation rows (bases and predecessors of the model the sentences are about)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
