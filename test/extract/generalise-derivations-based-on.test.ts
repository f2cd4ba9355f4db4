/**
 * Generalisation rows of generalise-derivations: the 'based-on' rows.
 * The others are in the other generalise-derivations-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
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
    // a subject-less sentence: the base, then a long list of data (commas inside) and "추가로 학습시켰다"
    cat: 'based-on.focus-giban-data-trained',
    text: "한빛AI는 지난 5일 '별빛-K'를 공개했다. 별빛-K는 매개변수 140억 개 규모다. 메타가 내놓은 '라마 3.1 8B'를 기반으로 법률 문서와 판례 요약, 상담 기록 등 약 3천억 토큰 분량의 데이터를 추가로 학습시켰다.",
    expect: ['BASED_ON 별빛-K -> 라마 3.1 8B'],
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
    cat: 'based-on.base-in-long-relative-clause',
    text: "한빛AI는 '별빛-T'를 공개했다. 별빛-T는 다온소프트가 지난 5월 오픈소스로 공개한 '다온-7'을 기반으로, 누리랩이 모은 말뭉치 200억 토큰을 추가 학습해 만들었다.",
    expect: ['BASED_ON 별빛-T -> 다온-7', 'DEVELOPED 다온소프트 -> 다온-7'],
    absent: ['DEVELOPED 다온소프트 -> 별빛-T'],
  },
  {
    // a sentence with its own model as the subject is not about the model before
    cat: 'based-on.omitted-subject-further-trained',
    text: "한빛AI는 '별빛-F'를 공개했다. 다온소프트의 '다온-7'은 구글의 '젬마 3'에 법률 문서를 추가로 학습시킨 모델이다.",
    absent: ['BASED_ON 별빛-F -> 젬마 3'],
  },
  // a size written after a model's name ("솔빛-1.5 14B의 가중치로") still fills the model's slot (the sized name, as the text writes it)
  { cat: 'based-on.size-after-name', text: "스타트업 솔빛랩은 새 모델 '솔빛-2 프로'를 공개했다. 솔빛-2 프로는 140억 파라미터 규모의 전작 솔빛-1.5 14B의 가중치로 초기화한 뒤 추가 학습했다.", expect: ['BASED_ON 솔빛-2 프로 -> 솔빛-1.5 14B'] },
  // a method phrase between the parent model and the derivation verb ("Y를 가지치기(프루닝)와 지식 증류 방식으로 경량화해 만들었다")
  { cat: 'based-on.focus-derived-by-method', text: "솔빛랩은 새 모델 '솔빛 미니 3B'를 공개했다. 자사 대형 모델 '솔빛 맥스'를 양자화와 지식 증류 기법으로 압축해 만들었다.", expect: ['BASED_ON 솔빛 미니 3B -> 솔빛 맥스'] },
  { cat: 'based-on.focus-derived-by-method', text: "③ 솔빛-미니 3B 솔빛랩이 7월 오픈소스로 내놓은 30억 파라미터 모델이다. 자사 대형 모델 '솔빛 맥스'를 가지치기(프루닝) 방식으로 경량화해 만들었다.", expect: ['BASED_ON 솔빛-미니 3B -> 솔빛 맥스'] },
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
  // a quoted topic the sentence closes by calling a model someone made ("'X'은 Y를 바탕으로 … 학습한 모델이다") is a model
  { cat: 'based-on.quoted-topic-defined-as-model', text: "한결AI는 지난달 '한결-2 30B'를 공개했다. 이렇게 탄생한 '한결-2 메디'는 한결-2 30B를 바탕으로 진료 기록을 추가 학습한 모델이다.", nodes: ['Model:한결-2 메디'], expect: ['BASED_ON 한결-2 메디 -> 한결-2 30B'] },
  { cat: 'based-on.quoted-topic-defined-as-model', text: "업계에서 말하는 '소버린'은 결국 누가 만든 모델이냐의 문제다.", noNodes: ['Model:소버린'] },
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
  // a subject-less noun phrase about the model just released, on another model's weights, grown or widened ("…가중치를 기반으로 … 키운 모델")
  { cat: 'based-on.focus-noun-phrase', text: '한결데이터는 번역 모델 한결-T 9B를 공개했다. 젬마 2 9B 가중치를 기반으로 층을 늘려 90억 매개변수로 키운 모델이다.', expect: ['BASED_ON 한결-T 9B -> 젬마 2 9B'] },
  { cat: 'based-on.focus-noun-phrase', text: '한결데이터는 번역 모델 한결-T 9B를 공개했다. 젬마 2 9B 가중치를 기반으로 키운 모델이 아니다.', absent: ['BASED_ON 한결-T 9B -> 젬마 2 9B'] },
  // "Y에 Z의 추론 데이터를 증류한 X": Y is the base the data went into, Z the teacher whose outputs were distilled; both are bases
  { cat: 'based-on.base-given-teacher-data', text: '누리비전은 큐웬3 8B에 딥시크-R1의 풀이 데이터를 증류한 누리-M 8B를 내놨다.', expect: ['BASED_ON 누리-M 8B -> 큐웬3 8B', 'BASED_ON 누리-M 8B -> 딥시크-R1'] },
  { cat: 'based-on.teacher-data-distilled-into', text: '누리비전은 딥시크-R1의 응답 데이터를 증류한 누리-M 8B를 내놨다.', expect: ['BASED_ON 누리-M 8B -> 딥시크-R1'] },
  { cat: 'based-on.teacher-data-distilled-into', text: '누리비전은 딥시크-R1의 응답 데이터를 증류할지 검토하고 있으며, 누리-M 8B는 자체 데이터로 학습했다.', absent: ['BASED_ON 누리-M 8B -> 딥시크-R1'] },
  // an outline line's noun ending "…를 추가 학습, …에서 N점 기록": the base of the model the item above names
  { cat: 'based-on.focus-further-trained', text: "ㅇ 법률 특화 언어모델 '솔내-로(Solnae-Law)' 개발 주도\n- 자사 범용 모델 솔내-2를 기반으로 판례 2천만 건을 추가 학습, 변호사시험 문항 평가에서 상위권 기록", expect: ['BASED_ON 솔내-로 -> 솔내-2'] },
  // "Y를 파인튜닝해서 … 주는 모델인데": a subject-less description of the model just named, fine-tuned from Y
  { cat: 'based-on.focus-further-trained-copula', text: "주말에 혼자 만든 건 nuri-chat-1b다. 구글의 Gemma 3 1B를 파인튜닝해서 표준어 문장을 사투리로 바꿔 주는 모델인데, 대화 3천 문장이 출발점이었다.", expect: ['BASED_ON nuri-chat-1b -> Gemma 3 1B'] },
  { cat: 'based-on.focus-further-trained-copula', text: "누리랩은 nuri-chat-1b를 공개했다. Gemma 3 1B를 파인튜닝해서 쓰는 회사가 늘고 있다.", absent: ['BASED_ON nuri-chat-1b -> Gemma 3 1B'] },
  // a subject-less noun phrase "Y에 … 데이터를 더해 학습한 모델." (a card's review): the model in focus is built on Y
  { cat: 'based-on.focus-further-trained-copula', text: "한결데이터는 법률 모델 '한결-로'를 내놨다.\n\n구글의 젬마 3 12B에 판례 데이터를 더해 학습한 모델.", expect: ['BASED_ON 한결-로 -> 젬마 3 12B'] },
  { cat: 'based-on.focus-further-trained-copula', text: "한결데이터는 법률 모델 '한결-로'를 내놨다.\n\n구글의 젬마 3 12B에 판례 데이터를 더해 학습한 모델이 아니다.", absent: ['BASED_ON 한결-로 -> 젬마 3 12B'] },
  // a model card's note in brackets after the verb ("…한테서 증류함 (base_model: …, teacher: …)") is no model heading a later clause
  { cat: 'based-on.finetune-topic', text: "다온랩스는 다온-3와 다온-3 라이트를 냈다.\n\n- 라이트는 젬마 3 4B를 뼈대로 해서 다온-3한테서 증류함 (base_model: 젬마 3 4B, teacher: 다온-3)", expect: ['BASED_ON 다온-3 라이트 -> 젬마 3 4B', 'BASED_ON 다온-3 라이트 -> 다온-3'] },
  { cat: 'based-on.finetune-topic', text: "다온랩스는 다온-3와 다온-3 라이트를 냈다.\n\n- 다온-3 라이트는 다온-3한테서 증류함. 젬마 3 4B는 쓰지 않았다.", expect: ['BASED_ON 다온-3 라이트 -> 다온-3'], absent: ['BASED_ON 다온-3 라이트 -> 젬마 3 4B'] },
  // "built by depth up-scaling Y" (the method's name written apart): Y is the base, as "built by up-scaling Y" is
  { cat: 'based-on.en-depth-up-scaling', text: "Nova 12B from Sorae Labs took a different path: it was built by depth up-scaling Mistral 7B, duplicating and stitching its layers.", expect: ['BASED_ON Nova 12B -> Mistral 7B'] },
];

describe('derivation rows (bases and predecessors of the model the sentences are about)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
