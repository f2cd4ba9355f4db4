/**
 * Generalisation rows for the r59f round (held-out sets 190, 193, 98 and 208): a subject-less sentence after a model's
 * list item that says it was further pre-trained on a base ("Y를 기반으로 … 추가 사전학습한 뒤"); "그 후속" meaning the
 * topic of the sentence's earlier clause ("A는 …이었고, B는 그 후속이지만") or of the sentence before ("… B는 그 후속입니다");
 * a day in another model's release gloss ("X(올해 4월 공개) 후속으로 Y를") is no day of Y's; "Y에 추가 학습을 적용한 모델"; a bare "(80억)" after a name; "Y를 내놓았는데, 이는 X의 후속"; "Z에 미세조정(SFT)과 …(DPO)를 거쳐 만든"; "이 베이스 모델에" for the model in focus; a time word's particle ("2년 전까지 X 차관") is no name; a score list's first model as the focus after it; medical benchmarks and cloud model-hosting platforms in the gazetteers.
 * Sentences written for these tests, with invented names.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a list item names the model; the next sentence, with no subject, gives its base and its further pre-training
  { cat: 'based-on.focus-further-pretrained', text: "한밭데이터는 올해 모델 두 개를 냈다.\n\n- 한밭-L 3: 120억 파라미터.\n\n메타의 Llama 3.1 8B를 기반으로 한국어 데이터 약 2천억 토큰을 추가 사전학습한 뒤 지시어 튜닝을 했습니다.", expect: ['BASED_ON 한밭-L 3 -> Llama 3.1 8B'] },
  // the trap: a further pre-training still planned is no base yet
  { cat: 'based-on.focus-further-pretrained', text: "한밭데이터는 올해 모델 두 개를 냈다.\n\n- 한밭-L 3: 120억 파라미터.\n\n메타의 Llama 3.1 8B를 기반으로 추가 사전학습한 뒤 공개할 계획이다.", absent: ['BASED_ON 한밭-L 3 -> Llama 3.1 8B'] },
  // "그 후속": the topic of the clause before (same sentence), or of the sentence before
  { cat: 'succeeds.predecessor-reference', text: "작년에 공개한 한밭-L 1.5는 Llama 3.1 8B 기반이었고, 한밭-L 2.5는 그 후속입니다.", expect: ['SUCCEEDS 한밭-L 2.5 -> 한밭-L 1.5'] },
  { cat: 'succeeds.predecessor-reference', text: "한밭데이터는 한밭-L 2.5를 공개했습니다.\n\n참고로 작년에 공개한 저희 첫 모델 한밭-L 1.5는 메타의 Llama 3.1 8B에 추가 학습한 모델이었고, 2.5는 그 후속이지만 베이스를 Qwen3로 바꿨습니다.", expect: ['SUCCEEDS 한밭-L 2.5 -> 한밭-L 1.5'] },
  { cat: 'succeeds.predecessor-reference', text: "한밭데이터는 한밭-L 2.5를 공개했습니다.\n\n작년에 공개한 한밭-L 1.5는 Llama 3.1 8B 기반이었습니다. 한밭-L 2.5는 그 후속입니다.", expect: ['SUCCEEDS 한밭-L 2.5 -> 한밭-L 1.5'] },
  // the trap: a company, not a model, is the later clause's subject
  { cat: 'succeeds.predecessor-reference', text: "한밭-L 1.5는 Llama 3.1 8B 기반이었고, 한밭데이터는 그 후속을 준비 중이다.", absent: ['SUCCEEDS 한밭데이터 -> 한밭-L 1.5'] },
  // well-known medical benchmarks are benchmarks (a Korean one containing the name stays itself)
  { cat: 'gazetteer.medical-benchmarks', text: "솔빛메드의 솔빛-Med 3은 MedQA에서 80.4점, PubMedQA에서 75.1점을 기록했다.", expect: ['SCORED 솔빛-Med 3 -> MedQA', 'SCORED 솔빛-Med 3 -> PubMedQA'] },
  { cat: 'gazetteer.medical-benchmarks', text: "솔빛메드는 솔빛-Med 3을 공개했다.\n\nKorMedMCQA 정확도: 솔빛-Med 3 71.2%\n\nMedQA(영문) 80.4점 — 기반 모델 대비 약 5점 향상", expect: ['SCORED 솔빛-Med 3 -> KorMedMCQA', 'SCORED 솔빛-Med 3 -> MedQA'], noNodes: ['Benchmark:MedMCQA'] },
  // a cloud's model-hosting platform is no model ("SageMaker 모델": a model on that platform)
  { cat: 'not-models.ml-platforms', text: "솔빛메드는 솔빛-Med 3을 공개했다. 무료 평가판 SageMaker 모델 최신 버전은 3.0.1이다. Bedrock 모델 카탈로그에도 올렸다.", noNodes: ['Model:SageMaker', 'Model:Bedrock'] },
  // a day in brackets glossing an older model's release dates that model only, not the release the sentence states
  { cat: 'property.release-gloss', text: "한밭-L 2.0(올해 4월 공개) 후속으로 한밭-L 2.5와 경량판 한밭-L 2.5 미니를 허깅페이스에 동시 공개한다.", publishedAt: '2026-11-18', props: ['한밭-L 2.0=releasedOn:2026-04', '한밭-L 2.5=releasedOn:undefined', '한밭-L 2.5 미니=releasedOn:undefined'] },
  { cat: 'property.release-gloss', text: "한밭데이터는 한밭-L 2.0(지난 4월 공개)에 이어 한밭-L 2.5를 11월 3일 내놨다.", publishedAt: '2026-11-18', props: ['한밭-L 2.0=releasedOn:2026-04', '한밭-L 2.5=releasedOn:2026-11-03'] },
  // the gloss's own day still dates a release outside brackets said as "오늘(18일)"
  { cat: 'property.release-gloss', text: "한밭데이터는 오늘(18일) 한밭-L 2.5를 공개했다.", publishedAt: '2026-11-18', props: ['한밭-L 2.5=releasedOn:2026-11-18'] },
  // a time word with its particle before an official's post ("2년 전까지 X 차관") is no person's name
  { cat: 'persons.time-particle', text: "한밭데이터 오태린 대표는 불과 2년 전까지 과기정통부 제1차관을 지냈다.", nodes: ['Person:오태린'], noNodes: ['Person:전까지'] },
  { cat: 'persons.time-particle', text: "오태린 대표는 2년 전까지 과기정통부 제1차관을 지냈다.", nodes: ['Person:오태린'], noNodes: ['Person:전까지'] },
  // "Y에 … 추가 학습을 적용한 모델": a further training applied to Y is a derivation from it (and a bare count of 억 in brackets after the name its size)
  { cat: 'based-on.finetune-applied', text: "가온랩스의 가온-2(80억)는 미스트랄AI가 개발한 미스트랄 네모(Mistral NeMo)에 한국어 추가 학습을 적용한 모델로, 2026년 3월 공개되었다.", expect: ['BASED_ON 가온-2 -> 미스트랄 네모'], props: ['가온-2=parameters:8000000000'] },
  { cat: 'based-on.finetune-applied', text: "가온랩스의 가온-2는 미스트랄 네모에 한국어 추가 학습을 진행한 모델이다.", expect: ['BASED_ON 가온-2 -> 미스트랄 네모'] },
  // the traps: a training still planned; money in brackets after another noun
  { cat: 'based-on.finetune-applied', text: "가온랩스의 가온-2는 미스트랄 네모에 추가 학습을 적용할 계획이다.", absent: ['BASED_ON 가온-2 -> 미스트랄 네모'] },
  { cat: 'size.bare-paren-count', text: "가온랩스는 가온-2를 공개했고 투자금(80억)을 유치했다.", props: ['가온-2=parameters:undefined'] },
  // "A는 Y를 내놓았는데, 이는 (전작) X의 후속 모델이다": 이는 is the model the clause before released
  { cat: 'succeeds.released-this-successor', text: "한밭AI는 2026년 8월 20일 1,020억 파라미터의 한밭 3을 처음부터 자체 구축해 내놓았는데, 이는 전작 한밭 2의 후속 모델이다.", expect: ['SUCCEEDS 한밭 3 -> 한밭 2'] },
  { cat: 'succeeds.released-this-successor', text: "한밭AI는 한밭 3을 공개했는데, 이는 한밭 2의 업그레이드 버전이다.", expect: ['SUCCEEDS 한밭 3 -> 한밭 2'] },
  { cat: 'succeeds.released-this-successor', text: "한밭AI는 한밭 3을 내놓았는데, 이는 한밭 2의 후속 모델이 아니다.", absent: ['SUCCEEDS 한밭 3 -> 한밭 2'] },
  // "Y는 Z에 미세조정(SFT)과 … 최적화(DPO)를 거쳐 만든 모델": two training steps joined, then 거쳐 만든
  { cat: 'based-on.finetune-steps-made', text: "A.X 4.0 라이트는 Qwen2.5에 미세조정(SFT)과 선호도 최적화(DPO)를 거쳐 만든 대화형 모델이다.", expect: ['BASED_ON A.X 4.0 라이트 -> Qwen2.5'] },
  // "이 베이스 모델에": the base the sentence before spoke of (the model in focus), for the topic model trained from it
  { cat: 'based-on.this-base-model', text: "SK텔레콤은 Qwen2.5를 공개했다. A.X 4.0 라이트는 이 베이스 모델에 지시 이행 미세조정을 한 모델이다.", expect: ['BASED_ON A.X 4.0 라이트 -> Qwen2.5'] },
  // the trap: the topic is the model in focus itself
  { cat: 'based-on.this-base-model', text: "SK텔레콤은 Qwen2.5를 공개했다. Qwen2.5는 이 베이스 모델에 지시 이행 미세조정을 할 예정이다.", absent: ['BASED_ON Qwen2.5 -> Qwen2.5'] },
  // a benchmark's score list of several models: the first listed is what a later score line naming no model is of
  { cat: 'focus.score-list-head', text: "솔빛-Med 3은 솔빛메드가 개발한 의료 특화 LLM입니다.\n\n함께 제공되는 솔빛-Med 3 Lite는 솔빛-Med 3을 증류한 80억 파라미터 모델입니다.\n\nKorMedMCQA 정확도: 솔빛-Med 3 77.4%, 솔빛-Med 3 Lite 68.2%\n\nMedQA(영문) 80.6점 — 기반 모델 대비 약 6점 향상", expect: ['SCORED 솔빛-Med 3 -> MedQA'], absent: ['SCORED 솔빛-Med 3 Lite -> MedQA'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
