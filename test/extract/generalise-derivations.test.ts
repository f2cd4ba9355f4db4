/** Derivations in a sentence that leaves its model unsaid (the model of the sentences before): bases and predecessors. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "A가 만든 X, 그리고 이를 바탕으로 만든 Y": the pronoun is the model listed just before it in the same sentence
    cat: 'based-on.pronoun-after-listed-model',
    text: "그는 한빛AI가 개발한 '별빛 3', 그리고 이를 바탕으로 만든 추론 모델 '별빛 3 씽크'의 개발을 이끌었다.",
    expect: ['BASED_ON 별빛 3 씽크 -> 별빛 3'],
  },
  {
    // … not when a clause about something else stands between ("X의 데이터를 모았고, 이를 …")
    cat: 'based-on.pronoun-after-listed-model',
    text: "한빛AI는 '별빛 3'의 대화 데이터를 모았고, 이를 바탕으로 '누리 3'을 만들었다.",
    absent: ['BASED_ON 누리 3 -> 별빛 3'],
  },
  {
    cat: 'based-on.omitted-subject-model-ro',
    text: "다온소프트가 만든 '다온-7'이 주목받았다. 다온-7은 3위에 올랐다. 메타의 '라마 3.1 8B'를 기반으로 의료 상담 기록을 학습한 모델로, 응답 속도도 빠르다.",
    expect: ['BASED_ON 다온-7 -> 라마 3.1 8B'],
  },
  {
    cat: 'based-on.omitted-subject-further-trained',
    text: "한빛AI는 지난 3일 보험 특화 모델 '별빛-F'를 공개했다. 구글의 '젬마 3'에 보험 약관 80억 토큰을 추가로 학습시킨 모델입니다.",
    expect: ['BASED_ON 별빛-F -> 젬마 3'],
  },
  {
    cat: 'succeeds.after-derivation-clause',
    text: "한빛AI는 지난 3일 보험 특화 모델 '별빛-F 2'를 공개했다. 구글의 '젬마 3'에 보험 약관을 추가로 학습시킨 모델로, 작년에 선보인 '별빛-F 1'의 후속 모델이다.",
    expect: ['BASED_ON 별빛-F 2 -> 젬마 3', 'SUCCEEDS 별빛-F 2 -> 별빛-F 1'],
    absent: ['SUCCEEDS 젬마 3 -> 별빛-F 1', 'BASED_ON 별빛-F 2 -> 별빛-F 1'],
  },
  {
    cat: 'based-on.base-in-long-relative-clause',
    text: "한빛AI는 '별빛-T'를 공개했다. 별빛-T는 다온소프트가 지난 5월 오픈소스로 공개한 '다온-7'을 기반으로, 누리랩이 모은 말뭉치 200억 토큰을 추가 학습해 만들었다.",
    expect: ['BASED_ON 별빛-T -> 다온-7', 'DEVELOPED 다온소프트 -> 다온-7'],
    absent: ['DEVELOPED 다온소프트 -> 별빛-T'],
  },
  {
    cat: 'succeeds.successor-pronoun',
    text: "AI 스타트업 한빛AI는 지난봄 '별빛 2'를 공개한 바 있다. 올해 과제에서는 이를 잇는 후속 모델 '별빛 3'를 내년 초까지 내놓을 계획이다.",
    expect: ['SUCCEEDS 별빛 3 -> 별빛 2', 'DEVELOPED 한빛AI -> 별빛 3'],
  },
  {
    // with two models in the previous sentence, "이를" is not resolved
    cat: 'succeeds.successor-pronoun',
    text: "AI 스타트업 한빛AI는 '별빛 2'와 '별빛 미니'를 공개했다. 이번에는 이를 잇는 후속 모델 '별빛 3'를 내놓을 계획이다.",
    absent: ['SUCCEEDS 별빛 3 -> 별빛 미니'],
  },
  {
    cat: 'developed.release-after-long-method',
    text: "AI 스타트업 한빛AI는 지난 9월 '별빛 1.5'를 처음부터 자체 데이터로 학습하는 프롬 스크래치 방식으로 개발해 공개했다.",
    expect: ['DEVELOPED 한빛AI -> 별빛 1.5'],
  },
  {
    // a variant-tagged name ("해솔-M") shares its stem with its predecessor ("해솔 2.0")
    cat: 'developed.family-sibling-variant-tag',
    text: "AI 스타트업 한빛AI가 해양 특화 모델 '해솔-M'을 선보였다. 매개변수는 80억개로, 지난해 선보인 '해솔 2.0'의 후속 모델이다.",
    expect: ['SUCCEEDS 해솔-M -> 해솔 2.0', 'DEVELOPED 한빛AI -> 해솔 2.0'],
  },
  {
    // a sentence with its own model as the subject is not about the model before
    cat: 'based-on.omitted-subject-further-trained',
    text: "한빛AI는 '별빛-F'를 공개했다. 다온소프트의 '다온-7'은 구글의 '젬마 3'에 법률 문서를 추가로 학습시킨 모델이다.",
    absent: ['BASED_ON 별빛-F -> 젬마 3'],
  },
  // "A의 후속으로 개발 중인 'B'는": the successor named in the clause takes the succession, not the model the sentences were about
  { cat: 'succeeds.named-successor-after', text: "솔빛랩은 올해 3월 경량 모델 '솔빛-S'를 선보였다. 솔빛랩이 솔빛-7B의 후속으로 개발 중인 '솔빛-2'는 내년에 나온다.", expect: ['SUCCEEDS 솔빛-2 -> 솔빛-7B'], absent: ['SUCCEEDS 솔빛-S -> 솔빛-7B'] },
  { cat: 'succeeds.named-successor-after', text: "솔빛랩은 올해 3월 경량 모델 '솔빛-S'를 선보였다. 솔빛-7B의 차기 모델로 준비하던 솔빛-2가 출시를 미뤘다.", absent: ['SUCCEEDS 솔빛-S -> 솔빛-7B'] },
  // "A의 후속 모델로, X에서 N점": the scores are the focus model's, not those of the model it follows
  { cat: 'scored.successor-modifier-not-scorer', text: "솔빛랩은 올해 3월 새 모델 '솔빛-3'를 선보였다. 2024년 내놓은 솔빛-2의 후속 모델로, KMMLU에서 61.2점, HAE-RAE에서 70.1점을 받았다.", expect: ['SUCCEEDS 솔빛-3 -> 솔빛-2', 'SCORED 솔빛-3 -> KMMLU', 'SCORED 솔빛-3 -> HAE-RAE'], absent: ['SCORED 솔빛-2 -> KMMLU'] },
  { cat: 'scored.successor-modifier-not-scorer', text: "솔빛랩은 올해 3월 새 모델 '솔빛-3'를 선보였다. 솔빛-2의 후속작으로 KMMLU 61.2점을 기록했다.", expect: ['SCORED 솔빛-3 -> KMMLU'], absent: ['SCORED 솔빛-2 -> KMMLU'] },
  // a size written after a model's name that the name left out ("솔빛-1.5 14B의 가중치로") still belongs to the model's slot
  { cat: 'based-on.size-after-name', text: "스타트업 솔빛랩은 새 모델 '솔빛-2 프로'를 공개했다. 솔빛-2 프로는 140억 파라미터 규모의 전작 솔빛-1.5 14B의 가중치로 초기화한 뒤 추가 학습했다.", expect: ['BASED_ON 솔빛-2 프로 -> 솔빛-1.5'] },
  // a method phrase between the parent model and the derivation verb ("Y를 가지치기(프루닝)와 지식 증류 방식으로 경량화해 만들었다")
  { cat: 'based-on.focus-derived-by-method', text: "솔빛랩은 새 모델 '솔빛 미니 3B'를 공개했다. 자사 대형 모델 '솔빛 맥스'를 양자화와 지식 증류 기법으로 압축해 만들었다.", expect: ['BASED_ON 솔빛 미니 3B -> 솔빛 맥스'] },
  { cat: 'based-on.focus-derived-by-method', text: "③ 솔빛-미니 3B 솔빛랩이 7월 오픈소스로 내놓은 30억 파라미터 모델이다. 자사 대형 모델 '솔빛 맥스'를 가지치기(프루닝) 방식으로 경량화해 만들었다.", expect: ['BASED_ON 솔빛-미니 3B -> 솔빛 맥스'] },
  {
    // a name written in Hangul and again in Latin letters that sound the same, after a release wording, is a model
    cat: 'model.bilingual-name',
    text: '한빛랩스는 지난달 오픈 웨이트로 공개한 가람 나노(Garam Nano)를 소개했다.',
    nodes: ['Model:가람 나노'],
    sameNode: ['가람 나노=Garam Nano'],
  },
  {
    cat: 'model.bilingual-name',
    text: '이 회사가 새로 내놓은 모델은 보람 라이트(Boram Lite)다.',
    nodes: ['Model:보람 라이트'],
  },
  {
    cat: 'model.bilingual-name',
    text: '한빛랩스는 라마 3.1을 기반으로 판례를 추가 학습시킨 누리스펙(Nurispec)을 공개했다.',
    nodes: ['Model:누리스펙'],
    expect: ['BASED_ON 누리스펙 -> 라마 3.1'],
  },
  {
    // … not a generic word with its English gloss, nor letters that do not sound the same
    cat: 'model.bilingual-name',
    text: '공개한 토크나이저(Tokenizer)가 바뀌었다. 회사가 공개한 미리내(Galaxy)는 서비스다.',
    noNodes: ['Model:토크나이저', 'Model:미리내'],
  },
  {
    // a causative training verb before a quoted name releases a model ("추가 학습시킨 'X'")
    cat: 'model.after-causative-training',
    text: "바른AI는 엑사원 3.5를 기반으로 계약서 10만 건을 추가 학습시킨 '바른-계약(Bareun-Contract)'을 올렸다.",
    nodes: ['Model:바른-계약'],
    expect: ['BASED_ON 바른-계약 -> 엑사원 3.5', 'DEVELOPED 바른AI -> 바른-계약'],
  },
  {
    cat: 'model.after-causative-training',
    text: "스타트업 온새미는 큐원 2.5에 상담 기록을 훈련시킨 '온새미-상담'을 배포했다.",
    nodes: ['Model:온새미-상담'],
  },
  // a sentence with no subject that ends by naming a model or company with the copula presents the next sentence's topic
  {
    cat: 'based-on.presented-by-copula',
    text: "다온소프트는 다온-7B를 공개했다. 이번 평가의 주인공은 가람랩스의 '가람-R 9B'다. 알리바바 Qwen3-8B를 바탕으로 의료 데이터를 추가 학습한 모델이다.",
    expect: ['BASED_ON 가람-R 9B -> Qwen3-8B'],
    absent: ['BASED_ON 다온-7B -> Qwen3-8B'],
  },
  {
    cat: 'based-on.presented-by-copula',
    text: "다온소프트는 다온-7B를 공개했습니다. 오늘 소개할 모델은 누리랩스의 누리-법률 12B입니다. 메타의 라마 3.1을 기반으로 판례 데이터를 더 학습시켰습니다.",
    expect: ['BASED_ON 누리-법률 12B -> 라마 3.1'],
    absent: ['BASED_ON 다온-7B -> 라마 3.1'],
  },
  {
    cat: 'based-on.presented-by-copula',
    text: "다온소프트는 다온-7B를 공개했다. 가장 빨리 성과를 낸 건 스타트업 가람랩스의 가람 14B였다. 구글 Gemma 3 12B를 토대로 만든 모델이다.",
    expect: ['BASED_ON 가람 14B -> Gemma 3 12B'],
    absent: ['BASED_ON 다온-7B -> Gemma 3 12B'],
  },
  {
    cat: 'based-on.presented-by-copula',
    text: "다온소프트는 다온-7B를 공개했다. 비교 대상은 가람 14B, 누리-9B였다. 구글 Gemma 3 12B를 토대로 만든 모델이다.",
    absent: ['BASED_ON 누리-9B -> Gemma 3 12B'],
  },
  // a verb's connective form before a size ("추가 학습해 12B", "증류하여 3B") is no model name
  {
    cat: 'based-on.verb-before-size',
    text: "다온랩스도 미스트랄 네모에 법률 문서를 추가 학습해 12B 크기의 '다온-LM'을 만들었다.",
    expect: ['BASED_ON 다온-LM -> 미스트랄 네모'],
    noNodes: ['Model:학습해 12B'],
  },
  {
    cat: 'based-on.verb-before-size',
    text: "가람소프트는 큐웬3-32B를 증류하여 3B 규모의 '가람-미니'를 내놨다.",
    noNodes: ['Model:증류하여 3B'],
  },
  {
    cat: 'based-on.verb-before-size',
    text: "누리랩스는 라마 3.1을 미세조정해 8B 모델 '누리-챗'을 공개했다.",
    noNodes: ['Model:미세조정해 8B'],
  },
  // continual pre-training on a base ("Z에 … 계속 사전학습(continual pre-training)을 하고") is a base
  {
    cat: 'based-on.continual-pretraining',
    text: "가람-12B는 Gemma 3 12B에 한국어 말뭉치 300억 토큰을 더해 계속 사전학습(continual pre-training)을 하고, 이어서 지도 미세조정을 거친 모델이다.",
    expect: ['BASED_ON 가람-12B -> Gemma 3 12B'],
  },
  {
    cat: 'based-on.continual-pretraining',
    text: "다온-8B는 라마 3.1에 법률 문서를 넣어 연속 사전 학습을 한 모델이다.",
    expect: ['BASED_ON 다온-8B -> 라마 3.1'],
  },
  {
    cat: 'based-on.continual-pretraining',
    text: "누리-14B는 큐웬2.5-14B에 의료 데이터로 추가 사전학습해 만든 모델이다.",
    expect: ['BASED_ON 누리-14B -> 큐웬2.5-14B'],
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

];

describe('derivation rows (bases and predecessors of the model the sentences are about)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
