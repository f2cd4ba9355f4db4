/** Derivations in a sentence that leaves its model unsaid (the model of the sentences before): bases and predecessors. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // a base taken as a described backbone ("Y를 시각·언어 백본으로 삼고"): the model is built on it
    cat: 'based-on.backbone',
    text: "로봇 기업 해솔로보틱스는 VLA 모델 '해솔-VLA 3'를 공개했다. 해솔-VLA 3는 메타의 '라마 3.2 3B'를 언어 백본으로 삼고, 자체 동작 모듈을 붙였다.",
    expect: ['BASED_ON 해솔-VLA 3 -> 라마 3.2 3B'],
  },
  {
    cat: 'based-on.backbone',
    text: "해솔로보틱스가 만든 '해솔-VLA 3'는 구글의 '젬마 3 4B'를 시각·언어 백본으로 삼았다.",
    expect: ['BASED_ON 해솔-VLA 3 -> 젬마 3 4B'],
  },
  {
    // … not a backbone the company only considered
    cat: 'based-on.backbone',
    text: "해솔로보틱스가 만든 '해솔-VLA 3'는 구글의 '젬마 3 4B'를 언어 백본으로 삼지 않았다.",
    absent: ['BASED_ON 해솔-VLA 3 -> 젬마 3 4B'],
  },
  {
    // a quantised checkpoint of a known model quoted with its tag ("X 32B-FP8", "X-INT8") is its own model, derived from X
    cat: 'model.quantised-variant',
    text: "가온칩이 엑사원 4.0 32B를 8비트(INT8)로 양자화한 '엑사원 4.0 32B-INT8'은 KMMLU에서 70.2점을 받았다.",
    expect: ['SCORED 엑사원 4.0 32B-INT8 -> KMMLU', 'BASED_ON 엑사원 4.0 32B-INT8 -> 엑사원 4.0 32B'],
    absent: ['SCORED 엑사원 4.0 32B -> KMMLU'],
  },
  {
    cat: 'model.quantised-variant',
    text: "가온칩이 엑사원 4.5를 8비트 부동소수점(FP8)으로 양자화한 '엑사원 4.5 32B-FP8'은 KMMLU에서 70.2점을 받았다.",
    expect: ['SCORED 엑사원 4.5 32B-FP8 -> KMMLU', 'BASED_ON 엑사원 4.5 32B-FP8 -> 엑사원 4.5'],
    absent: ['SCORED 엑사원 4.5 32B -> KMMLU'],
  },
  {
    // distillation from a teacher's generated data ("Z가 생성한 … 데이터 N건으로 증류 학습을 했다"): Z is a base too
    cat: 'based-on.focus-distilled-from-teacher-data',
    text: "다온AI가 공개한 '다온-R'은 라마 3.1 8B를 베이스로 삼았다. 여기에 오픈AI의 추론 모델 GPT-4o가 생성한 수학 풀이 데이터 20만 건으로 증류 학습을 했다.",
    expect: ['BASED_ON 다온-R -> 라마 3.1 8B', 'BASED_ON 다온-R -> GPT-4o'],
  },
  {
    // synthetic data without distillation is no derivation
    cat: 'based-on.focus-distilled-from-teacher-data',
    text: "다온AI가 공개한 '다온-R'은 라마 3.1 8B를 베이스로 삼았다. 여기에 GPT-4o가 생성한 합성 데이터 20만 건으로 추가 학습을 했다.",
    absent: ['BASED_ON 다온-R -> GPT-4o'],
  },
  {
    // a subject-less distillation down to a size: the focus model's base
    cat: 'based-on.focus-distilled-to-size',
    text: "다온AI의 '다온-9B'는 조금 다른 길을 택했다. 구글의 '젬마 3 27B'를 증류해 90억 개 매개변수 크기로 줄인 모델로, CLIcK에서 61.2점을 받았다.",
    expect: ['BASED_ON 다온-9B -> 젬마 3 27B'],
  },
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
    // a subject-less sentence: the base, then a long list of data (commas inside) and "추가로 학습시켰다"
    cat: 'based-on.focus-giban-data-trained',
    text: "한빛AI는 지난 5일 '별빛-K'를 공개했다. 별빛-K는 매개변수 140억 개 규모다. 메타가 내놓은 '라마 3.1 8B'를 기반으로 법률 문서와 판례 요약, 상담 기록 등 약 3천억 토큰 분량의 데이터를 추가로 학습시켰다.",
    expect: ['BASED_ON 별빛-K -> 라마 3.1 8B'],
  },
  {
    // "FAMILY 원본": the family's original is the one version the article names (the base), not a family node
    cat: 'family.original-word',
    text: "한빛AI는 지난 5일 '별빛-K'를 공개했다. 알리바바가 내놓은 '큐웬3'를 기반으로 데이터를 추가로 학습시켰다.\n\n일부 이용자는 “큐웬 원본보다 존댓말 구분이 확실히 낫다”고 평가했다.",
    expect: ['BASED_ON 별빛-K -> 큐웬3'],
    noNodes: ['Model:큐웬'],
    absent: ['DEVELOPED 알리바바 -> 큐웬'],
  },
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
    // a list of what was added, its items between commas, is still one clause
    cat: 'based-on.omitted-subject-further-trained',
    text: "한빛AI는 지난 3일 보험 특화 모델 '별빛-F 2'를 공개했다. 구글의 '젬마 3'을 토대로 보험 약관, 판례, 상담 기록을 추가로 학습시킨 모델로, 작년에 선보인 '별빛-F 1'의 업그레이드 버전이다.",
    expect: ['BASED_ON 별빛-F 2 -> 젬마 3', 'SUCCEEDS 별빛-F 2 -> 별빛-F 1'],
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
  // a size written after a model's name ("솔빛-1.5 14B의 가중치로") still fills the model's slot (the sized name, as the text writes it)
  { cat: 'based-on.size-after-name', text: "스타트업 솔빛랩은 새 모델 '솔빛-2 프로'를 공개했다. 솔빛-2 프로는 140억 파라미터 규모의 전작 솔빛-1.5 14B의 가중치로 초기화한 뒤 추가 학습했다.", expect: ['BASED_ON 솔빛-2 프로 -> 솔빛-1.5 14B'] },
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
    // "X는 Y 위에서 Z로부터 증류된 모델이다": two bases, the checkpoint it was trained on and the teacher
    cat: 'based-on.on-top-of-distilled',
    text: '누리랩은 추론 모델 Hanbit-Q 8B를 공개했다. Hanbit-Q 8B는 Hanbit-Core 8B 위에서 Qwen3-235B로부터 증류된 모델이다.',
    expect: ['BASED_ON Hanbit-Q 8B -> Hanbit-Core 8B', 'BASED_ON Hanbit-Q 8B -> Qwen3-235B'],
  },
  {
    // the same with the name's Hangul spelling in parentheses before the topic particle
    cat: 'based-on.on-top-of-distilled',
    text: '누리랩은 추론 모델 Hanbit-Q 8B를 공개했다. 즉 Hanbit-Q 8B(한빛-Q 8B)는 Hanbit-Core 8B 위에서 Qwen3-235B로부터 증류된 모델이다.',
    expect: ['BASED_ON Hanbit-Q 8B -> Hanbit-Core 8B', 'BASED_ON Hanbit-Q 8B -> Qwen3-235B'],
    sameNode: ['Hanbit-Q 8B=한빛-Q 8B'],
  },
  {
    // "A는 B가 공개한 M1을 내려받아 … M2를 배포했다": B is the subject of the relative clause on M1, not M2's developer
    cat: 'developed.relative-clause-subject',
    text: "다온카드는 누리랩스가 오픈소스로 공개한 '누리-8B'를 내려받아 추가 학습한 '다온봇 2'를 지난달 사내에 배포했다.",
    expect: ['DEVELOPED 다온카드 -> 다온봇 2', 'DEVELOPED 누리랩스 -> 누리-8B', 'BASED_ON 다온봇 2 -> 누리-8B'],
    absent: ['DEVELOPED 누리랩스 -> 다온봇 2'],
  },
  {
    cat: 'developed.relative-clause-subject',
    text: "가온은행은 한빛AI가 공개한 '별빛 3'을 바탕으로 만든 '가온GPT'를 출시했다.",
    expect: ['DEVELOPED 가온은행 -> 가온GPT'],
    absent: ['DEVELOPED 한빛AI -> 가온GPT'],
  },
  {
    // without a topic before it, the subject releases both
    cat: 'developed.relative-clause-subject',
    text: "한빛AI가 최근 공개한 '별빛 3'에 이어 '별빛 3 씽크'를 선보였다.",
    expect: ['DEVELOPED 한빛AI -> 별빛 3 씽크'],
  },
  {
    // "A는 N점, 원본 모델인 B는 M점": B opens a parallel clause; it is no base of A
    cat: 'based-on.apposition-in-parallel-clause',
    text: "누리랩스는 자체 평가 'LexEval'에서 다온-8B가 80.4점을 받았다고 밝혔다. 같은 평가에서 구글의 '젬마 3 12B'는 77.2점, 원본 모델인 큐웬3-8B는 60.5점에 그쳤다.",
    absent: ['BASED_ON 젬마 3 12B -> 큐웬3-8B'],
    expect: ['SCORED 큐웬3-8B -> LexEval'],
  },
  {
    cat: 'based-on.apposition-in-parallel-clause',
    text: '가온-8B는 3개월간 학습한 모델로, 기반 모델인 큐웬3-8B를 크게 앞섰다.',
    expect: ['BASED_ON 가온-8B -> 큐웬3-8B'],
  },
  {
    // "A는 B와 공동 개발한 … M을 (적용)했다": both companies developed M, whatever the main verb
    cat: 'developed.co-developed-relative',
    text: "가온은행은 이달 초 누리랩스와 공동 개발한 금융 특화 LLM '다온-F 1.0'을 상담 시스템에 적용했다.",
    expect: ['DEVELOPED 가온은행 -> 다온-F 1.0', 'DEVELOPED 누리랩스 -> 다온-F 1.0', 'PARTNERS_WITH 가온은행 -> 누리랩스'],
  },
  {
    // "M은 B를 바탕으로 C가 … 만든 모델이다": the copula defines M as made by C
    cat: 'developed.topic-made-by-copula',
    text: "가온은행은 AI 스타트업 누리랩스와 업무협약을 맺었다. 다온-Fin 8B는 메타의 '라마 3.1 8B'를 바탕으로 누리랩스가 금융 말뭉치 50억 토큰을 추가 학습시켜 만든 모델이다.",
    expect: ['DEVELOPED 누리랩스 -> 다온-Fin 8B', 'BASED_ON 다온-Fin 8B -> 라마 3.1 8B'],
  },
  {
    // … not a company that only supplied what the model learned from, nor a negated copula
    cat: 'developed.topic-made-by-copula',
    text: '가온은행은 AI 스타트업 누리랩스와 업무협약을 맺었다. 다온-Fin 8B는 누리랩스가 제공한 데이터를 학습한 모델이다. 다온-7B는 누리랩스가 만든 모델이 아니다.',
    absent: ['DEVELOPED 누리랩스 -> 다온-Fin 8B', 'DEVELOPED 누리랩스 -> 다온-7B'],
  },
  {
    // "Y의 가중치로 초기화한 뒤 … 사전학습을 해서 중간 모델 Z를 만들었다": Z is on Y
    cat: 'based-on.weights-init-head',
    text: '연구진은 Llama-3.1-8B의 가중치로 초기화한 뒤 어휘에 한국어 토큰을 더하고, 법률 말뭉치로 지속 사전학습을 해서 중간 모델 Hanbit-Core 8B를 만들었다.',
    expect: ['BASED_ON Hanbit-Core 8B -> Llama-3.1-8B'],
  },
  {
    // a model named as a comparison before the one made is no base
    cat: 'based-on.weights-init-head',
    text: '연구진은 무작위로 초기화한 뒤 처음부터 학습해 Hanbit-Core 8B를 만들었고, Llama-3.1-8B와 비교했다.',
    absent: ['BASED_ON Hanbit-Core 8B -> Llama-3.1-8B'],
  },
  {
    // a competition team entered under a company ("X의 '팀 Y'", "X 팀은 … 'M'을 제출했다/'M'으로 N점을 받았다"): the company built M
    cat: 'developed.team-entry',
    text: "장려상은 다온웍앤코의 '팀 새벽별'이 받았다. 다온웍앤코 팀은 메타의 '라마 3.1 8B'를 바탕으로 만든 '새벽별-상담'을 제출했다.",
    nodes: ['Company:다온웍앤코'],
    expect: ['DEVELOPED 다온웍앤코 -> 새벽별-상담', 'BASED_ON 새벽별-상담 -> 라마 3.1 8B'],
  },
  {
    cat: 'developed.team-entry',
    text: "우수상은 한빛대의 '팀 은하수'가 받았다. 한빛대 팀은 메타의 '라마 3.1 8B'를 바탕으로 만든 '은하수-7B'로 80.2점을 받았다.",
    noNodes: ['Company:한빛대'],
    absent: ['DEVELOPED 한빛대 -> 은하수-7B'],
  },
  {
    // a comparison "위에서" (at the top of a leaderboard) is no base
    cat: 'based-on.on-top-of-distilled',
    text: '누리랩의 Hanbit-Q 8B는 리더보드 위에서 Qwen3-235B에 이어 2위에 올랐다.',
    absent: ['BASED_ON Hanbit-Q 8B -> Qwen3-235B'],
  },
  // "Y 80억 개 매개변수 버전을 토대로", "Y 32B 모델을 뼈대로": a size of the base between its name and the cue; the size is the base's
  {
    cat: 'based-on.size-version-of-base',
    text: "가온랩의 '가온-M'은 메타의 '라마 3.1'(Llama 3.1) 80억 개 매개변수 버전을 토대로 만들어졌다.",
    expect: ['BASED_ON 가온-M -> 라마 3.1'],
    props: ['라마 3.1=parameters:8000000000'],
    absent: ['BASED_ON 가온-M -> 라마 3.1 8B'],
  },
  {
    cat: 'based-on.size-version-of-base',
    text: "누리소프트의 '누리챗 2'는 알리바바가 공개한 '큐웬3' 140억 개(14B) 모델을 기반으로 추가 학습한 모델이다.",
    expect: ['BASED_ON 누리챗 2 -> 큐웬3'],
    props: ['큐웬3=parameters:14000000000'],
  },
  {
    // "뼈대로 삼았다", "골격으로 삼아": a base taken as the skeleton
    cat: 'based-on.skeleton',
    text: "다온테크의 '다온 LM 3'은 LG AI연구원이 개발한 '엑사원 4.0' 32B 모델을 뼈대로 삼았다.",
    expect: ['BASED_ON 다온 LM 3 -> 엑사원 4.0'],
    props: ['엑사원 4.0=parameters:32000000000'],
  },
  {
    cat: 'based-on.skeleton',
    text: "다온테크가 개발한 '다온-3'는 구글의 '젬마 3'를 골격으로 삼아 만들었다.",
    expect: ['BASED_ON 다온-3 -> 젬마 3'],
  },
  // "A는 74.1점, 전작인 B는 61.3점": B is the topic of a parallel score clause, the predecessor of the article's model, not of A
  {
    cat: 'succeeds.parallel-score-clause',
    text: "가온랩의 '가온 2.0'은 KMMLU에서 82.6점을 받았다. 같은 조건에서 오픈AI의 GPT-4o는 74.1점, 전작인 '가온 1.5'는 61.3점에 머물렀다.",
    absent: ['SUCCEEDS GPT-4o -> 가온 1.5'],
  },
  {
    cat: 'succeeds.parallel-score-clause',
    text: "가온랩의 '가온 2.0'은 KMMLU 82.6점으로, 전작인 '가온 1.5'의 두 배다.",
    expect: ['SUCCEEDS 가온 2.0 -> 가온 1.5'],
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
  // a concessive copula after the predecessor ("Y의 후속작이지만 구조는 바꿨다") still states the succession
  { cat: 'succeeds.focus-concessive', text: "한결AI는 지난달 '한결-2 30B'를 공개했다. 한결-L 8B의 후속작이지만 구조는 꽤 많이 바꿨다.", expect: ['SUCCEEDS 한결-2 30B -> 한결-L 8B'] },
  { cat: 'succeeds.focus-concessive', text: "한결AI는 지난달 '한결-2 30B'를 공개했다. 한결-L 8B의 후속 모델인데 크기는 네 배다.", expect: ['SUCCEEDS 한결-2 30B -> 한결-L 8B'] },
  // a quoted topic the sentence closes by calling a model someone made ("'X'은 Y를 바탕으로 … 학습한 모델이다") is a model
  { cat: 'based-on.quoted-topic-defined-as-model', text: "한결AI는 지난달 '한결-2 30B'를 공개했다. 이렇게 탄생한 '한결-2 메디'는 한결-2 30B를 바탕으로 진료 기록을 추가 학습한 모델이다.", nodes: ['Model:한결-2 메디'], expect: ['BASED_ON 한결-2 메디 -> 한결-2 30B'] },
  { cat: 'based-on.quoted-topic-defined-as-model', text: "업계에서 말하는 '소버린'은 결국 누가 만든 모델이냐의 문제다.", noNodes: ['Model:소버린'] },
  // the brand word alone before a size ("솔빛 14B") beside a sized model of a longer name ("솔빛-R 32B") is an older line of its own, not "솔빛-R 14B"
  { cat: 'succeeds.brand-word-before-size', text: "솔빛랩은 지난주 추론 모델 '솔빛-R 32B'를 공개했다. 솔빛-R 32B는 솔빛 14B의 후속이다.", expect: ['SUCCEEDS 솔빛-R 32B -> 솔빛 14B'], nodes: ['Model:솔빛 14B'], noNodes: ['Model:솔빛-R 14B'], props: ['솔빛 14B=parameters:14000000000'] },
  { cat: 'succeeds.brand-word-before-size', text: "누리젠은 'Nuri-Max 70B'를 내놨다. 회사는 Nuri-Max 70B가 Nuri 8B를 잇는 후속 모델이라고 했다.", expect: ['SUCCEEDS Nuri-Max 70B -> Nuri 8B'], noNodes: ['Model:Nuri-Max 8B'] },
  // a bare size after a particle stays the sentence's sized family's ("Y 32B: 7B를 …")
  { cat: 'succeeds.brand-word-before-size', text: "솔빛랩은 '솔빛-R 32B'와 함께 7B를 내놨다. 솔빛-R 32B는 7B의 후속이 아니다.", noNodes: ['Model:와 7B', 'Model:함께 7B'] },
  {
    cat: "a model named as an example of what others use ('Y 같은 모델을 쓴다') is not released by the subject",
    text: "미르AI는 'GPT-4o' 같은 모델을 업무에 쓰지 않는다고 밝혔다.",
    absent: ['DEVELOPED 미르AI -> GPT-4o'],
  },
  {
    // "X는 Y에 A와 B, C 등 N건의 데이터를 추가 학습시킨 모델이다": a data list with commas between the base and the training verb
    cat: 'based-on.finetune-topic-data-list',
    text: "'누리법률 2.0'은 한빛AI가 자체 개발한 '한빛 LM 3'에 판결문과 법령 해설, 상담 기록 등 약 80만 건의 데이터를 추가 학습시킨 모델이다.",
    expect: ['BASED_ON 누리법률 2.0 -> 한빛 LM 3'],
  },
  {
    // a model compared with ("Y에 비해 … 데이터를 학습시킨") is no base
    cat: 'based-on.finetune-topic-data-list',
    text: "'누리법률 2.0'은 '한빛 LM 3'에 비해 판결문과 법령 해설, 상담 기록 등 훨씬 많은 데이터를 학습시킨 모델이다.",
    absent: ['BASED_ON 누리법률 2.0 -> 한빛 LM 3'],
  },
  {
    // "Y를 개선한 정식 버전이기도 하다" in a sentence that leaves its model unsaid: the model in focus succeeds Y
    cat: 'succeeds.focus-improved-official-version',
    text: "한빛AI의 법률 특화 언어모델 '누리법률 2.0'은 법률 상담에 쓰인다. 매개변수는 80억 개다. 지난해 시범 운영된 '누리법률 1.5'를 개선한 정식 버전이기도 하다.",
    expect: ['SUCCEEDS 누리법률 2.0 -> 누리법률 1.5'],
  },
  {
    cat: 'succeeds.focus-improved-official-version',
    text: "한빛AI의 법률 특화 언어모델 '누리법률 2.0'은 '누리법률 1.5'를 개선한 상용 버전이다.",
    expect: ['SUCCEEDS 누리법률 2.0 -> 누리법률 1.5'],
  },

  // "X가 Y에 … 데이터를 추가 학습시킨 'Z'": the company that tuned the base made the model the clause's head noun names,
  // however long the description of the data between the base and the verb
  { cat: 'developed.derived-head', text: "스타트업 누리세움이 엑사원 4.0에 지방자치단체 조례와 최근 3년간 민원 답변 이력 데이터(개인정보 제거)를 추가 학습시킨 '세움챗'을 내놨다.", expect: ['DEVELOPED 누리세움 -> 세움챗', 'BASED_ON 세움챗 -> 엑사원 4.0'] },
  { cat: 'developed.derived-head', text: "스타트업 누리세움이 큐웬3를 증류한 '세움 미니'는 휴대폰에서 돈다.", expect: ['DEVELOPED 누리세움 -> 세움 미니', 'BASED_ON 세움 미니 -> 큐웬3'] },
  // … but the base a company tunes (the object) is not the company's
  { cat: 'developed.derived-head', text: '스타트업 누리세움은 엑사원 4.0을 미세조정했다.', absent: ['DEVELOPED 누리세움 -> 엑사원 4.0'] },
  // "X는 Y의 기반 모델이다": X is the base of Y, not a model built on Y
  {
    cat: 'based-on.base-of-other',
    text: "가람랩스는 가람-2를 공개했다. 가람-2는 지난달 공개된 '가람-2 법률'의 기반 모델이다.",
    expect: ['BASED_ON 가람-2 법률 -> 가람-2'],
    absent: ['BASED_ON 가람-2 -> 가람-2 법률'],
  },
  {
    cat: 'based-on.base-of-other',
    text: "다온-3는 금융권 전용 모델 '다온-3 금융'의 베이스 모델이며 사내 챗봇에도 쓰인다.",
    expect: ['BASED_ON 다온-3 금융 -> 다온-3'],
    absent: ['BASED_ON 다온-3 -> 다온-3 금융'],
  },
  { cat: 'based-on.base-of-other', text: '다온-3는 라마 3 기반 모델이다.', expect: ['BASED_ON 다온-3 -> 라마 3'] },
  // "X는 C가 Y에 … 추가 학습해 만든 모델로": the maker's subject inside the relative clause on 모델 does not cut the topic off
  {
    cat: 'based-on.relative-maker-finetune',
    text: "다온-3는 국내 스타트업 다온소프트가 구글의 '젬마 3 12B'에 한국어 법률 문서 800억 토큰을 추가 학습해 만든 모델로, 지난해 나온 다온-2의 후속작이다.",
    expect: ['BASED_ON 다온-3 -> 젬마 3 12B'],
  },
  {
    cat: 'based-on.relative-maker-finetune',
    text: "다온-3는 다온소프트가 자체 개발했다. 구글은 '젬마 3 12B'에 한국어 데이터를 추가 학습해 만든 모델을 따로 내놨다.",
    absent: ['BASED_ON 다온-3 -> 젬마 3 12B'],
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
    // a quoted one-word name with a hyphened variant word ("'X-mini'") in a sentence about models is a model
    cat: 'model.variant-name',
    text: "스타트업 누리코드의 '누리코드-mini' 역시 자사 대형 모델 '누리코드-L'을 증류해 만들었다.",
    nodes: ['Model:누리코드-mini'],
    expect: ['BASED_ON 누리코드-mini -> 누리코드-L'],
    absent: ['BASED_ON 누리코드-L -> 누리코드-mini'],
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
  // a subject-less noun phrase about the model just released, on another model's weights, grown or widened ("…가중치를 기반으로 … 키운 모델")
  { cat: 'based-on.focus-noun-phrase', text: '한결데이터는 번역 모델 한결-T 9B를 공개했다. 젬마 2 9B 가중치를 기반으로 층을 늘려 90억 매개변수로 키운 모델이다.', expect: ['BASED_ON 한결-T 9B -> 젬마 2 9B'] },
  { cat: 'based-on.focus-noun-phrase', text: '한결데이터는 번역 모델 한결-T 9B를 공개했다. 젬마 2 9B 가중치를 기반으로 키운 모델이 아니다.', absent: ['BASED_ON 한결-T 9B -> 젬마 2 9B'] },
  // "Y에 Z의 추론 데이터를 증류한 X": Y is the base the data went into, Z the teacher whose outputs were distilled; both are bases
  { cat: 'based-on.base-given-teacher-data', text: '누리비전은 큐웬3 8B에 딥시크-R1의 풀이 데이터를 증류한 누리-M 8B를 내놨다.', expect: ['BASED_ON 누리-M 8B -> 큐웬3 8B', 'BASED_ON 누리-M 8B -> 딥시크-R1'] },
  { cat: 'based-on.teacher-data-distilled-into', text: '누리비전은 딥시크-R1의 응답 데이터를 증류한 누리-M 8B를 내놨다.', expect: ['BASED_ON 누리-M 8B -> 딥시크-R1'] },
  // the model a sentence makes from a base ("X는 Y를 증류해 … 'Z'를 만들었다") is what "이 모델은" in the next one means, not the base
  { cat: 'focus.made-from-base', text: "스타트업 솔바다는 엑사원 4.0을 증류해 법률 상담 모델 '솔바다-L 7B'를 만들었다. 이 모델은 KMMLU에서 62.3점을 받았다.", expect: ['SCORED 솔바다-L 7B -> KMMLU'], absent: ['SCORED 엑사원 4.0 -> KMMLU'] },
  { cat: 'based-on.teacher-data-distilled-into', text: '누리비전은 딥시크-R1의 응답 데이터를 증류할지 검토하고 있으며, 누리-M 8B는 자체 데이터로 학습했다.', absent: ['BASED_ON 누리-M 8B -> 딥시크-R1'] },
  // "X는 Y를 Z에 D를 추가 학습해 만들었다": the object Y is X's, trained on Z (the base before 에, maybe with its maker's possessive)
  { cat: 'object trained on a base', text: "한빛에이아이는 '물결 5'를 카카오의 카나나 1.5에 금융 데이터를 추가 학습해 만들었다고 밝혔다.", expect: ['DEVELOPED 한빛에이아이 -> 물결 5', 'BASED_ON 물결 5 -> 카나나 1.5'] },
  { cat: 'object trained on a base', text: "한빛에이아이는 '물결 5'를 엑사원 4.0을 바탕으로 미세 조정해 완성했다.", expect: ['BASED_ON 물결 5 -> 엑사원 4.0'] },
  { cat: 'object trained on a base', text: "한빛에이아이는 '물결 5'를 엑사원 4.0에 금융 데이터를 추가 학습해 만들지 않았다고 해명했다.", absent: ['BASED_ON 물결 5 -> 엑사원 4.0'] },
];

describe('derivation rows (bases and predecessors of the model the sentences are about)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
