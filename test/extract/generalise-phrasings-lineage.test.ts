/**
 * Generalisation rows of generalise-phrasings: bases, derivations and successors.
 * The others are in the other generalise-phrasings-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

/** The model is introduced without its maker, so each row's own sentence has to name it. */
const INTRO = "새 AI 모델 '솔바람-R'이 공개됐다. ";

const rows: FactRow[] = [
  // "X의 추론 과정을 증류(distillation)해 … 높인 경량 추론 모델 'Y'를" (h102_01): the model named after the distillation is built on X
  {
    cat: 'based-on.distilled-then-named',
    text: "누리랩스는 자사 모델 누리-32B의 사고 과정을 증류해 추론 비용을 낮춘 소형 모델 '누리-3B'를 공개했다.",
    expect: ['BASED_ON 누리-3B -> 누리-32B'],
  },
  // '"Y가 X의 후속은 아니다"' (h102_01): a successor denied with the topic particle gives no SUCCEEDS
  {
    cat: 'succeeds.denied-topic-particle',
    text: "한빛소프트는 새 모델 '솔바람-M'을 공개했다. 회사 측은 \"솔바람-M이 솔바람-L의 차기 버전은 아니다\"라고 설명했다.",
    absent: ['SUCCEEDS 솔바람-M -> 솔바람-L'],
  },
  // "which was a Y fine-tune": the base named before the noun; denied ("not a Y fine-tune") gives nothing
  {
    cat: 'based-on.en-noun-fine-tune',
    text: "Tidewell Labs released Kestrel-4 and Kestrel-4 Lite in 2025. Kestrel-4 Lite, shipped for phones, was essentially a Gemma 2 9B fine-tune with extra legal data.",
    expect: ['BASED_ON Kestrel-4 Lite -> Gemma 2 9B'],
  },
  {
    cat: 'based-on.en-noun-fine-tune',
    text: "Tidewell Labs released Kestrel-4 in 2025. Kestrel-4 is not a Gemma 2 9B fine-tune.",
    absent: ['BASED_ON Kestrel-4 -> Gemma 2 9B'],
  },
  // a subject-less sentence ending on what a model is, after a variant word as the topic ("라이트는 …. Y를 토대로, T가 만든 풀이를 증류한 모델이다"): both bases; a model object after the comma is no head
  {
    cat: 'based-on.giban-comma-head',
    text: "솔빛데이터가 '누리온-5 맥스'와 '누리온-5 라이트'를 내놨다. 라이트는 접근이 다르다. 구글의 '젬마 3 12B'를 토대로, 누리온-5 맥스가 만든 풀이를 추가 학습해 증류한 경량 모델이다.",
    expect: ['BASED_ON 누리온-5 라이트 -> 젬마 3 12B', 'BASED_ON 누리온-5 라이트 -> 누리온-5 맥스'],
  },
  { cat: 'based-on.giban-comma-head', text: "누리온-5는 '젬마 3 12B'를 토대로, 라마 3.1 8B를 증류해 만든 모델이다.", absent: ['BASED_ON 라마 3.1 8B -> 젬마 3 12B'] },
  // a quoted base with its other spelling in parentheses before an object particle ("'Y'(Y')을 기반으로")
  { cat: 'based-on.giban-topic', text: `${INTRO}솔바람-R은 '큐웬 3 14B'(Qwen3 14B)를 기반으로 한다.`, expect: ['BASED_ON 솔바람-R -> 큐웬 3 14B'] },
  { cat: 'based-on.giban-topic', text: `${INTRO}솔바람-R은 '큐웬 3 14B'(Qwen3 14B)를 기반으로 하지 않았다.`, absent: ['BASED_ON 솔바람-R -> 큐웬 3 14B'] },
  // a bare version with 버전 in a succession sentence stands for the family's model ("2.0 버전이 Y를 기반으로 했던")
  {
    cat: 'based-on.giban-topic',
    text: "새 모델은 전작 '누리온 2.0'의 후속 모델로, 2.0 버전이 '라마 3.1'을 기반으로 했던 것과 달리 이번에는 자체 개발했다.",
    expect: ['BASED_ON 누리온 2.0 -> 라마 3.1'],
  },
  // a model's base told as its possessed noun, never the other way round
  { cat: 'based-on.base-model-of', text: "'솔바람-R'의 기반은 큐웬3-8B다.", expect: ['BASED_ON 솔바람-R -> 큐웬3-8B'], absent: ['BASED_ON 큐웬3-8B -> 솔바람-R'] },
  { cat: 'based-on.base-model-of', text: "'솔바람-R'의 기반 모델은 큐웬3-8B다.", expect: ['BASED_ON 솔바람-R -> 큐웬3-8B'], absent: ['BASED_ON 큐웬3-8B -> 솔바람-R'] },
  { cat: 'based-on.base-model-of', text: "'솔바람-R'의 바탕은 큐웬3-8B가 아니다.", absent: ['BASED_ON 솔바람-R -> 큐웬3-8B', 'BASED_ON 큐웬3-8B -> 솔바람-R'] },
  { cat: 'based-on.giban-head', text: "한빛소프트는 큐웬3-8B의 토대 위에서 '솔바람-R'을 학습했다.", expect: ['BASED_ON 솔바람-R -> 큐웬3-8B'] },
  // a base: "삼아" after the base word, a base word after a qualifier, a base the model uses or was chosen
  { cat: 'clause.based-on.basis', text: `${INTRO}솔바람-R은 딥시크 R1을 밑바탕 삼아 만들어졌다.`, expect: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  { cat: 'clause.based-on.basis', text: `${INTRO}솔바람-R은 딥시크 R1을 기본 골격으로 사용한다.`, expect: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  { cat: 'clause.based-on.basis', text: `${INTRO}솔바람-R은 딥시크 R1을 교사 모델로 활용했다.`, expect: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  {
    cat: 'clause.based-on.basis',
    text: `${INTRO}솔바람-R은 라마 3 대신 딥시크 R1을 바탕 모델로 골랐다.`,
    expect: ['BASED_ON 솔바람-R -> 딥시크 R1'],
    absent: ['BASED_ON 솔바람-R -> 라마 3'],
  },
  { cat: 'clause.based-on.basis', text: `${INTRO}솔바람-R은 딥시크 R1을 기반으로 쓰지 않았다.`, absent: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  // a word that only qualifies the successor noun after the possessive ("X의 정식 후속작")
  {
    cat: 'clause.succeeds.upgrade',
    text: "한빛소프트가 새 AI 모델 '솔바람-R2'를 공개했다. 지난해 '솔바람-R'을 내놓은 지 1년 만이다. 솔바람-R2는 솔바람-R의 정식 후속작이다.",
    expect: ['SUCCEEDS 솔바람-R2 -> 솔바람-R'],
  },
  // the base told in the copula as the model's original ("X의 원본 모델은 Y다")
  { cat: 'based-on.base-is', text: `${INTRO}솔바람-R의 원본 모델은 딥시크 R1이다.`, expect: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  { cat: 'based-on.base-is', text: `${INTRO}솔바람-R의 원본 모델은 딥시크 R1이 아니다.`, absent: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  // a base whose weights the model inherited, or on top of which data was put ("Y의 가중치를 이어받았다", "Y 위에 … 덧입힌"); not a
  // party's claim ("…이어받은 모델이라고 주장했다") nor a base's weights merely used or not inherited
  { cat: 'based-on.started-from', text: `${INTRO}솔바람-R은 라마 3.1의 가중치를 이어받았다.`, expect: ['BASED_ON 솔바람-R -> 라마 3.1'] },
  { cat: 'based-on.started-from', text: `${INTRO}솔바람-R은 라마 3.1의 가중치를 이어받지 않았다.`, absent: ['BASED_ON 솔바람-R -> 라마 3.1'] },
  { cat: 'based-on.started-from', text: `${INTRO}노을랩스는 솔바람-R이 라마 3.1의 가중치를 이어받은 모델이라고 주장했다.`, absent: ['BASED_ON 솔바람-R -> 라마 3.1'] },
  { cat: 'based-on.on-top-of', text: `${INTRO}솔바람-R은 라마 3.1 위에 한국어 데이터를 덧입힌 모델이다.`, expect: ['BASED_ON 솔바람-R -> 라마 3.1'] },
  { cat: 'based-on.on-top-of', text: `${INTRO}솔바람-R은 라마 3.1 위에서 돌아가는 서비스다.`, absent: ['BASED_ON 솔바람-R -> 라마 3.1'] },
  // a genitive qualifier before the basis word ("Y를 텍스트 쪽의 뼈대로 삼아")
  { cat: 'based-on.giban-topic', text: "한빛랩의 새 모델 '솔새-V 9B'는 '솔새 7B'를 텍스트 쪽의 뼈대로 삼아 만들었다.", expect: ['BASED_ON 솔새-V 9B -> 솔새 7B'] },
  { cat: 'based-on.giban-topic', text: "한빛랩의 새 모델 '솔새-V 9B'는 '솔새 7B'를 텍스트 쪽의 뼈대로 삼지 않았다.", absent: ['BASED_ON 솔새-V 9B -> 솔새 7B'] },
  // "X was trained …, according to NAME, and it is the designated successor to Y": "it" is the sentence's model
  { cat: 'succeeds.en-and-it', text: 'Title\n\nTidewell Labs released Kestrel-4 in May. Kestrel-4 was trained on port data, according to Moon Ha-rin, and it is the designated successor to Kestrel-3.', expect: ['SUCCEEDS Kestrel-4 -> Kestrel-3'] },
  { cat: 'succeeds.en-and-it', text: 'Title\n\nTidewell Labs released Kestrel-4 in May. Kestrel-4 was trained on port data, according to Moon Ha-rin, but it is not the successor to Kestrel-3.', absent: ['SUCCEEDS Kestrel-4 -> Kestrel-3'] },
  // the base switched to another model ("베이스를 Y가 아닌 Z로 바꿨다", "v2에서는 베이스를 Z로 갈아탔습니다"): Z is the base, Y is not
  { cat: 'based-on.base-switched', text: "제목\n\n해솔랩은 5월 '솔새-14B'를 공개했다. 솔새-14B는 베이스를 미스트랄 7B가 아닌 젬마 2 9B로 바꿨다.", expect: ['BASED_ON 솔새-14B -> 젬마 2 9B'], absent: ['BASED_ON 솔새-14B -> 미스트랄 7B'] },
  { cat: 'based-on.base-switched', text: "제목\n\n해솔랩은 5월 '솔새-14B'를 공개했다. 이번에는 베이스를 미스트랄 7B가 아닌 구글의 젬마 2 9B로 교체했다.", expect: ['BASED_ON 솔새-14B -> 젬마 2 9B'], absent: ['BASED_ON 솔새-14B -> 미스트랄 7B'] },
  { cat: 'based-on.base-switched', text: "제목\n\n해솔랩은 5월 '솔새-14B'를 공개했다. 이번에는 베이스를 젬마 2 9B로 바꾸지 않았다.", absent: ['BASED_ON 솔새-14B -> 젬마 2 9B'] },
  { cat: 'based-on.base-switched', text: "제목\n\n'솔새-7B'는 미스트랄 7B 위에 얹은 모델이었는데, 새 버전 만들면서 베이스를 젬마 2 9B로 갈아탔습니다.", absent: ['BASED_ON 솔새-7B -> 젬마 2 9B'] },
  // a base taken as the starting point or the groundwork ("Y를 출발점으로 했다", "Y를 밑거름으로 개발됐다")
  { cat: 'based-on.giban-topic', text: `${INTRO}솔바람-R은 큐웬3를 출발점으로 했다.`, expect: ['BASED_ON 솔바람-R -> 큐웬3'] },
  { cat: 'based-on.giban-topic', text: `${INTRO}솔바람-R은 큐웬3를 밑거름으로 개발됐다.`, expect: ['BASED_ON 솔바람-R -> 큐웬3'] },
  { cat: 'based-on.giban-topic', text: `${INTRO}솔바람-R은 큐웬3를 밑거름으로 삼지 않았다.`, absent: ['BASED_ON 솔바람-R -> 큐웬3'] },
  // a base named in parentheses after a word for its role ('본체(Y)에서 증류한', '교사 모델(Y)을 증류해')
  { cat: 'based-on.role-word-paren', text: '가온소프트가 바람-9B와 경량판 바람-9B 라이트를 공개했다.\n\n라이트는 본체(바람-9B)에서 증류한 거임', expect: ['BASED_ON 바람-9B 라이트 -> 바람-9B'] },
  // a base denied as what a comparison means ('Y를 앞섰다는 것이 Y를 바탕으로 만들었다는 뜻은 아니다'); a partner joined with '와/과' is no self-builder
  { cat: 'based-on.denied-meaning', text: `${INTRO}솔바람-R이 제미나이 2.5를 이겼다고 해서 제미나이 2.5를 토대로 개발했다는 의미는 아니고, 뿌리는 라마 3입니다.`, absent: ['BASED_ON 솔바람-R -> 제미나이 2.5'] },
  { cat: 'based-on.finetune-head', text: "가온소프트는 가온-7B에서 지식 증류 방식으로 만든 경량 모델 '가온-1B'를 공개했다.", expect: ['BASED_ON 가온-1B -> 가온-7B'] },
  { cat: 'succeeds.successor-of-focus', text: "가온소프트는 해양 특화 모델 '물결-7B'를 지난 3일 공개했다. 물결-7B는 라마 3.1 8B를 바탕으로 학습했다.\n\n회사는 올해 매출 목표를 두 배로 높였다.\n\n도하윤 가온소프트 대표는 \"매개변수 130억 개 규모의 후속 모델 '물결-13B'를 개발하고 있다\"고 밝혔다.", expect: ['SUCCEEDS 물결-13B -> 물결-7B'] },
  // a base grown into a larger model by up-scaling ("Y를 … 업스케일링해서 만든"); a base only half-remembered ("…이었던 것 같은데") gives none
  { cat: 'based-on.upscaled', text: "새 모델 소개\n\n다온 21B는 젬마 2를 레이어 방향으로 업스케일링해서 만든 모델이다.", expect: ['BASED_ON 다온 21B -> 젬마 2'] },
  { cat: 'based-on.upscaled', text: "새 모델 소개\n\n예전 다온은 젬마 기반이었던 것 같은데 지금 다온 21B는 모르겠음.", absent: ['BASED_ON 다온 21B -> 젬마'] },
  // a version's section: continual training glossed in English with its size before the kind word; the predecessor a release sentence names is not what it releases
  { cat: 'based-on.focus-further-trained-copula', text: "누리온 계열\n\n가온소프트가 만든 누리온-2는 두 번째 버전이다. 구글의 젬마 3 12B에 한국어 데이터를 이어 학습(continual pre-training)한 120억 매개변수 모델로, 가중치도 공개했다.", expect: ['BASED_ON 누리온-2 -> 젬마 3 12B'] },
  { cat: 'succeeds.focus-inherits', text: "누리온 계열\n\n가온소프트가 만든 누리온-3은 올해 나왔다. 2026년 3월 공개된 세 번째 세대로, 누리온-2를 잇는 주력 모델이다.", expect: ['SUCCEEDS 누리온-3 -> 누리온-2'] },
  { cat: 'based-on.focus-teacher', text: "누리온 계열\n\n누리온-3 미니는 지난주 나왔다. 누리온-3을 교사 모델로 삼아 지식 증류로 만든 30억 매개변수 모델로, 노트북에서도 돈다.", expect: ['BASED_ON 누리온-3 미니 -> 누리온-3'] },
  // a successor named in a bracketed aside after the model ('Y 2의 … 설계 (Y 7B의 후속 모델로, …)')
  { cat: 'succeeds.paren-aside', text: "채용 공고\n\n가온소프트는 금융 모델 누리-K 7B를 운영합니다.\n\n차기 모델 누리-K 2의 학습 파이프라인 설계 (누리-K 7B의 후속 모델로, 내년 상반기 공개 목표)", expect: ['SUCCEEDS 누리-K 2 -> 누리-K 7B'] },
  // a translated story's long forms: '스타트업인 X(Latin)', 'Y는 Z로부터 미세 조정되었으며'
  { cat: 'based-on.finetune-topic', text: "번역 기사\n\n서울의 스타트업인 가온브릭(Gaonbrick)이 주목받았다. 이 회사의 가온-KO 8B(Gaon-KO 8B)는 구글의 젬마 3 12B(Gemma 3 12B)로부터 미세 조정되었으며, 법률 텍스트에 대하여 추가적으로 학습되었다.", expect: ['BASED_ON 가온-KO 8B -> 젬마 3 12B', 'DEVELOPED 가온브릭 -> 가온-KO 8B'] },
  // a size and 모델 alone ("14B 모델을") beside a sized model of the family is that family's model of that size
  { cat: 'based-on.bare-size-model', text: "가람소프트는 '가람-2 14B'와 '가람-2 3B'를 함께 내놨다. 가람-2 3B는 14B 모델을 교사 모델로 활용해 증류한 소형 모델이다.", expect: ['BASED_ON 가람-2 3B -> 가람-2 14B'], noNodes: ['Model:14B'] },
  // "Y 모델을 가지고 (우리가) 미세 조정을 한": the base taken in hand and tuned; a denial gives nothing stated
  {
    cat: 'based-on.tuned-with',
    text: "한빛소프트가 솔바람-R 2.0을 공개했다. 솔바람-R 2.0은 구글의 젬마 3 120억 파라미터 모델을 가지고 저희가 미세 조정을 한 모델입니다.",
    expect: ['BASED_ON 솔바람-R 2.0 -> 젬마 3'],
  },
  {
    cat: 'based-on.tuned-with',
    text: "한빛소프트가 솔바람-R 2.0을 공개했다. 솔바람-R 2.0은 젬마 3를 갖고 튜닝한 모델이 아닙니다.",
    absent: ['BASED_ON 솔바람-R 2.0 -> 젬마 3'],
  },
  // "베이스 모델은 … Y 모델이에요", "베이스는 … Y를 쓰고 있고": the base of the model in focus ("이번 X는 그 후속 모델", its topic)
  {
    cat: 'based-on.focus-base-is',
    text: "한빛소프트 발표\n\n작년 모델 솔바람-R 1.0은 젬마 2를 썼습니다. 올해 솔바람-R 2.0은 그 후속 모델이지만 구조가 다릅니다. 베이스 모델은 구글의 젬마 3 전문가 혼합 모델이에요.",
    expect: ['BASED_ON 솔바람-R 2.0 -> 젬마 3'],
    absent: ['BASED_ON 솔바람-R 1.0 -> 젬마 3'],
  },
  {
    cat: 'based-on.focus-base-is',
    text: "주간 보고\n\n솔바람-R 2.0은 다음 달 공개를 목표로 학습 중입니다. 베이스는 예정대로 메타가 공개한 라마 3.1 8B를 쓰고 있습니다.",
    expect: ['BASED_ON 솔바람-R 2.0 -> 라마 3.1 8B'],
  },
  {
    cat: 'based-on.focus-base-is',
    text: "주간 보고\n\n솔바람-R 2.0은 다음 달 공개를 목표로 학습 중입니다. 베이스는 라마 3.1 8B를 쓰지 않습니다.",
    absent: ['BASED_ON 솔바람-R 2.0 -> 라마 3.1 8B'],
  },
  // "X model, released …, was built on Y": a model noun and a long apposition before the verb
  { cat: 'based-on.en-model-apposition', text: "Upstage released Solar Pro 2 last year. Its older Solar 10.7B model, launched in December 2023 and still sold to the firm's banking clients, was built on Meta's Llama 2.", expect: ['BASED_ON Solar 10.7B -> Llama 2'] },
  // "Y를 기반으로, … 데이터를 추가 학습시켜 X를 완성했다": the base given before a comma, the model completed after; the data the maker built itself makes no other developer
  { cat: 'based-on.giban-comma-trained-into', text: "가온데이터는 구글이 공개한 오픈 모델 '젬마 2 9B'를 기반으로, 해운·물류 분야 계약서와 자체 구축한 질의응답 데이터 약 40만 건을 추가 학습시켜 가온-3을 완성했다.", expect: ['BASED_ON 가온-3 -> 젬마 2 9B'], absent: ['DEVELOPED 구글 -> 가온-3'] },
  // the focus model as "Y를 기반으로 … 문서를 추가 학습시킨 모델이다", opening on the base's maker
  { cat: 'based-on.focus-giban-trained-copula', text: "가온데이터는 지난달 새 모델 '가온-3'을 내놨다. 구글이 공개한 경량 모델 젬마 2 9B를 기반으로 해운 판례·선박 규정 등 약 20억 토큰 분량의 전문 문서를 추가 학습시킨 모델이다.", expect: ['BASED_ON 가온-3 -> 젬마 2 9B'] },
  // "X라고 부르는데, Y의 차기 버전입니다": a model given its name, then called the successor of another
  { cat: 'succeeds.named-then-successor', text: "가온랩은 지난해 누리-1을 내놨다. 새 모델은 누리-2라고 부르는데, 누리-1의 차기 버전입니다.", expect: ['SUCCEEDS 누리-2 -> 누리-1'] },
  // "후속작인 Y는 …" right after the model in focus: Y succeeds it
  { cat: 'succeeds.successor-apposition-focus', text: "가온랩의 누리 1은 지난해 나왔다. 후속작인 누리 2는 올해 3월 공개됐다.", expect: ['SUCCEEDS 누리 2 -> 누리 1'] },
  { cat: 'succeeds.successor-apposition-focus', text: "가온랩의 누리 1은 지난해 나왔다. 후속작이 아닌 파생 모델 누리 1 미니는 올해 나왔다.", absent: ['SUCCEEDS 누리 1 미니 -> 누리 1'] },
  // "X는 A 모델이 아니고, Y를 기반으로 …": the negation of a corrective '아니고' is A's, not the base named after it; a base the negation governs stays none
  { cat: 'based-on.not-this-but-base', text: '여울테크는 Tarim-8B를 공개했다.\n\nTarim-8B는 자체 설계 모델이 아니고, 구글의 젬마 3 12B를 기반으로 법률 문서를 더 학습한 모델이다.', expect: ['BASED_ON Tarim-8B -> 젬마 3 12B'] },
  { cat: 'based-on.not-this-but-base', text: '여울테크는 Tarim-8B를 공개했다. Tarim-8B는 젬마 3 12B를 기반으로 한 모델이 아니고, 처음부터 학습했다.', absent: ['BASED_ON Tarim-8B -> 젬마 3 12B'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
