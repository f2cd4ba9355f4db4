/**
 * Generalisation rows of generalise-release-scores: the 'scored', 'succeeds', 'developed', 'based-on', 'gazetteer', 'focus', 'from-scratch', 'name-meaning', 'hedge', 'discovery', 'open-source', 'coref', 'model', 'false' rows (part 1 of 2).
 * The others are in the other generalise-release-scores-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a score written without 점 after '점수는' as the copula's complement ("HAE-RAE 점수는 0.81이었다")
  { cat: 'scored.focus', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. KMMLU에서 61.2점을 받았고, 고유 지식을 묻는 HAE-RAE 점수는 0.774였다.", edgeProps: ['SCORED 누리 바람 2 -> HAE-RAE score=0.774'] },
  { cat: 'scored.focus', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 참가 모델 수는 12였다. KMMLU 순위는 3이었다.", absent: ['SCORED 누리 바람 2 -> KMMLU'] },
  // a successor told as the next generation or version ("X의 차세대 버전", "X의 다음 버전인 Y")
  { cat: 'clause.succeeds.upgrade', text: "한빛텔레콤은 '누리 바람 3'을 공개했다. 누리 바람 3은 누리 바람 2의 차세대 버전이다.", expect: ['SUCCEEDS 누리 바람 3 -> 누리 바람 2'] },
  { cat: 'clause.succeeds.upgrade', text: "한빛텔레콤은 '누리 바람 3'을 공개했다. 누리 바람 2의 다음 버전인 누리 바람 3은 이달 나왔다.", expect: ['SUCCEEDS 누리 바람 3 -> 누리 바람 2'] },
  // a maker told with other verbs ("손수 빚어낸", "지난달 선보인 모델이다"); a maker denied in the copula ("Y가 선보인 모델이 아니다")
  { cat: 'developed.topic-made-by-copula', text: "새 AI 모델 '누리 바람 2'가 화제다. 누리 바람 2는 소리결랩스가 손수 빚어낸 모델이다.", expect: ['DEVELOPED 소리결랩스 -> 누리 바람 2'] },
  { cat: 'developed.topic-made-by-copula', text: "새 AI 모델 '누리 바람 2'가 화제다. 누리 바람 2는 소리결랩스가 지난달 선보인 모델이다.", expect: ['DEVELOPED 소리결랩스 -> 누리 바람 2'] },
  { cat: 'clause.developed.subject-object', text: "새 AI 모델 '누리 바람 2'가 화제다. 소리결랩스가 빚어낸 누리 바람 2는 추론에 강하다.", expect: ['DEVELOPED 소리결랩스 -> 누리 바람 2'] },
  { cat: 'developed.passive', text: "새 AI 모델 '누리 바람 2'가 화제다. 누리 바람 2는 소리결랩스가 선보인 모델이 아니다.", absent: ['DEVELOPED 소리결랩스 -> 누리 바람 2'] },
  // a base a model was derived from, before it ("Z에서 파생된 X는", "Y는 Z로부터 파생한 X를 공개했다")
  { cat: 'based-on.finetune-head', text: "새 AI 모델 '누리 바람 2'가 화제다. 큐웬3 14B에서 파생된 누리 바람 2는 추론에 강하다.", expect: ['BASED_ON 누리 바람 2 -> 큐웬3 14B'] },
  { cat: 'based-on.finetune-head', text: "소리결랩스는 큐웬3 14B로부터 파생한 '누리 바람 2'를 공개했다.", expect: ['BASED_ON 누리 바람 2 -> 큐웬3 14B', 'DEVELOPED 소리결랩스 -> 누리 바람 2'] },
  // models the gazetteer knows by name stay apart: o1 is not o3, MiniMax-M1 is not MiniMax-Text-01
  {
    cat: 'gazetteer.distinct-models',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 70.1점을 받아 o1(65.2점)과 o3(68.9점)를 앞섰다.",
    expect: ['SCORED o1 -> KMMLU', 'SCORED o3 -> KMMLU'],
    edgeProps: ['SCORED o1 -> KMMLU score=65.2', 'SCORED o3 -> KMMLU score=68.9'],
  },
  {
    cat: 'gazetteer.distinct-models',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 KMMLU에서 70.1점을 받아 MiniMax-M1(65.2점)과 MiniMax-Text-01(61.9점)을 앞섰다.",
    expect: ['SCORED MiniMax-M1 -> KMMLU', 'SCORED MiniMax-Text-01 -> KMMLU'],
    edgeProps: ['SCORED MiniMax-M1 -> KMMLU score=65.2', 'SCORED MiniMax-Text-01 -> KMMLU score=61.9'],
  },
  // a name given to a head noun takes the head's particle ("'X'라는 AI 모델을", "'X'란 이름의 언어모델을", "'X'로 명명된 모델을")
  { cat: 'clause.developed.named-head', text: "한빛텔레콤은 '누리 바람 2'라는 AI 모델을 공개했다.", expect: ['DEVELOPED 한빛텔레콤 -> 누리 바람 2'] },
  { cat: 'clause.developed.named-head', text: "한빛텔레콤은 '누리 바람 2'란 이름의 언어모델을 내놨다.", expect: ['DEVELOPED 한빛텔레콤 -> 누리 바람 2'] },
  { cat: 'clause.developed.named-head', text: "한빛텔레콤은 '누리 바람 2'로 명명된 AI 모델을 선보였다.", expect: ['DEVELOPED 한빛텔레콤 -> 누리 바람 2'] },
  { cat: 'clause.developed.named-head', text: "한빛텔레콤은 '누리 바람 2'라는 AI 모델을 공개하지 않았다.", absent: ['DEVELOPED 한빛텔레콤 -> 누리 바람 2'] },
  // a sentence whose topic is a starring role ("이번 리뷰의 주인공은 … Y다") makes Y what the next subject-less sentences are about
  {
    cat: 'focus.star-topic',
    text: "한빛텔레콤의 누리-7B는 KMMLU에서 71.2점으로 가장 높았다. 이번 리뷰의 주인공은 대구 스타트업 가온랩스가 만든 다온-8B v3다. 메타의 라마 3.1 8B를 바탕으로 한국어 데이터를 추가 학습한 모델로, 지난해 공개된 다온-8B v2의 후속작이다.",
    expect: ['BASED_ON 다온-8B v3 -> 라마 3.1 8B', 'SUCCEEDS 다온-8B v3 -> 다온-8B v2'],
    absent: ['BASED_ON 누리-7B -> 라마 3.1 8B', 'SUCCEEDS 누리-7B -> 다온-8B v2'],
  },
  // whether a model was built from scratch, asked or checked ("'프롬 스크래치' 여부", "처음부터 학습했는지를"), says nothing of the model in focus
  { cat: 'from-scratch.asked', text: "한빛텔레콤의 '누리 바람 2'는 KMMLU에서 70.2점을 기록했다. 위원회는 이른바 '프롬 스크래치' 여부, 즉 모델을 처음부터 독자적으로 학습했는지를 따로 확인했다.", props: ['누리 바람 2=fromScratch:undefined'] },
  // a quoted meaning after "이름은" ("이름은 'X'라는 뜻의 순우리말에서 따왔다") is what the name means, no model
  { cat: 'clause.name-meaning', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 이름은 '온 세상에 부는 바람'이라는 뜻의 순우리말에서 따왔다.", expect: ['DEVELOPED 한빛텔레콤 -> 누리 바람 2'], noNodes: ['Model:온 세상에 부는 바람'] },
  { cat: 'clause.name-meaning', text: "한빛텔레콤의 새 모델 이름은 '맑은 물결'이라는 의미를 담았다.", noNodes: ['Model:맑은 물결'] },
  { cat: 'hedge.supposed', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 업계는 누리 바람 2가 큐웬3 32B를 바탕으로 만들어졌을 것으로 보고 있다.", absent: ['BASED_ON 누리 바람 2 -> 큐웬3 32B'] },
  // a predecessor named by a copula ("X의 전신은 Y다", "X의 전작은 Y로, …")
  { cat: 'succeeds.predecessor-copula', text: "한빛텔레콤은 '누리 바람 3'을 공개했다. 누리 바람 3의 전신은 누리 바람 2다.", expect: ['SUCCEEDS 누리 바람 3 -> 누리 바람 2'] },
  { cat: 'succeeds.predecessor-copula', text: "한빛텔레콤은 '누리 바람 3'을 공개했다. 누리 바람 3의 전작은 누리 바람 2로, 지난해 나왔다.", expect: ['SUCCEEDS 누리 바람 3 -> 누리 바람 2'] },
  // who made the model in focus, said in a sentence that names no model ("개발사는 X다", "개발은 X가 맡았다", "X의 야심작이다", "X가 공들여 만든 모델이다")
  { cat: 'developed.focus-developer-statement', text: "새 AI 모델 '누리 바람 2'가 공개됐다. 개발사는 소리결랩스다.", expect: ['DEVELOPED 소리결랩스 -> 누리 바람 2'] },
  { cat: 'developed.focus-developer-statement', text: "새 AI 모델 '누리 바람 2'가 공개됐다. 개발사는 소리결랩스로, 2022년 문을 열었다.", expect: ['DEVELOPED 소리결랩스 -> 누리 바람 2'] },
  { cat: 'developed.focus-developer-statement', text: "새 AI 모델 '누리 바람 2'가 공개됐다. 개발은 한빛텔레콤이 맡았다.", expect: ['DEVELOPED 한빛텔레콤 -> 누리 바람 2'] },
  { cat: 'developed.focus-developer-statement', text: "새 AI 모델 '누리 바람 2'가 공개됐다. 소리결랩스의 야심작이다.", expect: ['DEVELOPED 소리결랩스 -> 누리 바람 2'] },
  { cat: 'developed.focus-developer-statement', text: "새 AI 모델 '누리 바람 2'가 공개됐다. 개발사는 소리결랩스가 아니다.", absent: ['DEVELOPED 소리결랩스 -> 누리 바람 2'] },
  { cat: 'developed.focus-predicate', text: "새 AI 모델 '누리 바람 2'가 공개됐다. 소리결랩스가 1년간 공들여 만든 모델이다.", expect: ['DEVELOPED 소리결랩스 -> 누리 바람 2'] },
  // the maker in a cleft ("Y를 만든 곳은 X다") or as where the model was born ("X 연구진의 손에서 탄생했다"); a release told as shown to the world
  { cat: 'developed.cleft-maker', text: "새 AI 모델 '누리 바람 2'가 공개됐다. 누리 바람 2를 만든 곳은 소리결랩스다.", expect: ['DEVELOPED 소리결랩스 -> 누리 바람 2'] },
  { cat: 'developed.born-at', text: "새 AI 모델 '누리 바람 2'가 공개됐다. 누리 바람 2는 한빛텔레콤 연구진의 손에서 탄생했다.", expect: ['DEVELOPED 한빛텔레콤 -> 누리 바람 2'] },
  { cat: 'clause.developed.subject-object', text: "한빛텔레콤이 AI 모델 '누리 바람 2'를 세상에 내보였다.", expect: ['DEVELOPED 한빛텔레콤 -> 누리 바람 2'] },
  // a base a model started from or is rooted in; a score in a cleft
  { cat: 'based-on.started-from', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 라마 3.1 8B 가중치에서 출발했다.", expect: ['BASED_ON 누리 바람 2 -> 라마 3.1 8B'] },
  { cat: 'based-on.started-from', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 큐웬3 32B에 뿌리를 두고 있다.", expect: ['BASED_ON 누리 바람 2 -> 큐웬3 32B'] },
  { cat: 'based-on.started-from', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2는 큐웬3 32B에서 출발하지 않았다.", absent: ['BASED_ON 누리 바람 2 -> 큐웬3 32B'] },
  { cat: 'scored.cleft-score', text: "한빛텔레콤은 새 AI 모델 '누리 바람 2'를 공개했다. 누리 바람 2가 KMMLU에서 거둔 점수는 63.5점이다.", expect: ['SCORED 누리 바람 2 -> KMMLU'], edgeProps: ['SCORED 누리 바람 2 -> KMMLU score=63.5'] },
  { cat: 'clause.succeeds.upgrade', text: "한빛텔레콤은 '누리 바람 3'을 공개했다. 누리 바람 2의 다음 세대인 누리 바람 3은 추론이 빨라졌다.", expect: ['SUCCEEDS 누리 바람 3 -> 누리 바람 2'] },
  // a code-like name a company releases ("가 R1을 내놓았을 때", "는 새 모델 GX2를 공개했다") is its model; a chip's code is not
  { cat: 'discovery.released-code', text: '중국 알리바바(Alibaba)가 Q9를 내놓았을 때 업계가 놀랐다.', nodes: ['Model:Q9'], expect: ['DEVELOPED 알리바바 -> Q9'] },
  { cat: 'discovery.released-code', text: '가온소프트는 새 모델 GX2를 지난주 공개했다.', expect: ['DEVELOPED 가온소프트 -> GX2'] },
  { cat: 'discovery.released-code', text: '가온소프트는 추론용 칩 N20을 공개했다.', noNodes: ['Model:N20'] },
  // weights released whole ("가중치를 통째로 공개했다") are open weights
  { cat: 'open-source.weights-released', text: '카카오의 카나나 2는 가중치를 통째로 공개했다.', props: ['카나나 2=openSource:true'] },
  {
    cat: 'quoted Latin name ending in a benchmark word',
    text: '한빛소프트는 판례로 직접 만든 법률 추론 평가 세트 ‘HLR-Bench’도 함께 공개했다. 가온 3는 HLR-Bench에서 70.2점을 받았다.',
    nodes: ['Benchmark:HLR-Bench'],
    noNodes: ['Model:HLR-Bench'],
    absent: ['DEVELOPED 한빛소프트 -> HLR-Bench'],
  },
  {
    cat: 'quoted Latin name ending in a benchmark word',
    text: '가온소프트는 자체 평가 도구 ‘SeoulEval v2’를 공개했다.',
    nodes: ['Benchmark:SeoulEval v2'],
    noNodes: ['Model:SeoulEval v2'],
  },
  {
    cat: "short code after a company's model noun",
    text: '가온 2는 미스트랄AI의 추론 모델 M3와 비교하면 수학에서 앞섰다.',
    nodes: ['Model:M3'],
    expect: ['DEVELOPED 미스트랄AI -> M3'],
  },
  {
    cat: "short code after a company's model noun",
    text: '가온 2는 딥시크의 언어모델 V4보다 앞섰다.',
    expect: ['DEVELOPED 딥시크 -> V4'],
  },
  {
    cat: 'a variant word alone, and 본모델, after both models are named',
    text: '가온소프트는 1일 새 모델 ‘누리 3’와 경량 모델 ‘누리 3 미니’를 공개했다. 본모델은 파라미터 320억개, 미니는 24억개 규모다. 미니는 누리 3를 교사 모델로 삼아 지식을 증류하는 방식으로 만들었다. 미니는 KMMLU에서 48.1점을 받았다.',
    expect: ['BASED_ON 누리 3 미니 -> 누리 3', 'SCORED 누리 3 미니 -> KMMLU'],
    props: ['누리 3=parameters:32000000000', '누리 3 미니=parameters:2400000000'],
  },
  {
    cat: 'a variant word alone, and 본모델, after both models are named',
    text: '가온소프트는 새 모델 ‘누리 3’을 공개했다. 미니는 아직 없다.',
    nodes: ['Model:누리 3'],
    noNodes: ['Model:미니'],
  },
  {
    cat: "기반 모델 with a score is the base read before for the sentence's model",
    text: "다온랩스는 구글의 ‘젬마 3 4B’를 기반으로 한국어 데이터를 추가 학습한 ‘다온-2 4B’를 공개했다. 다온-2 4B는 KMMLU에서 47.3점을 받아 기반 모델(39.5점) 대비 8점 가까이 올랐다.",
    expect: ['SCORED 다온-2 4B -> KMMLU', 'SCORED 젬마 3 4B -> KMMLU'],
    edgeProps: ['SCORED 젬마 3 4B -> KMMLU score=39.5'],
  },
  {
    cat: "기반 모델 with a score is the base read before for the sentence's model",
    text: "다온랩스는 ‘다온-2 4B’를 공개했다. 다온-2 4B는 KMMLU에서 47.3점을 받아 기반 모델(39.5점) 대비 8점 가까이 올랐다.",
    expect: ['SCORED 다온-2 4B -> KMMLU'],
    noNodes: ['Model:기반 모델'],
  },
  {
    cat: "a bare 원본 with a score is the base of the model in focus",
    text: "다온랩스는 구글의 ‘젬마 3 4B’를 기반으로 한국어 데이터를 추가 학습한 ‘다온-2 4B’를 공개했다. 다온-2 4B는 KMMLU에서 47.3점을 받았다. 수학 평가 GSM8K에서도 71.2점으로 원본(62.4점)을 앞섰다.",
    expect: ['SCORED 다온-2 4B -> GSM8K', 'SCORED 젬마 3 4B -> GSM8K'],
    edgeProps: ['SCORED 젬마 3 4B -> GSM8K score=62.4'],
  },
  {
    cat: 'a licence given when the weights are let out (풀어서)',
    text: "가온소프트가 ‘누리 코어 9B’를 공개했다. 라이선스는 아파치 2.0으로 풀어서 기업이 상업적으로 써도 된다.",
    props: ['누리 코어 9B=openSource:true'],
  },
  {
    cat: 'a release day shared by the models listed as its object',
    text: "가온소프트가 새 모델 ‘누리 4’를 내놨다. 가온소프트는 3일 누리 4와 경량 모델 ‘누리 4 미니’를 공개했다고 5일 밝혔다.",
    props: ['누리 4=releasedOn:2025-07-03', '누리 4 미니=releasedOn:2025-07-03'],
  },
  {
    cat: 'a quoted name before a release verb in any inflection (내놓은, 선보인, 내놓고)',
    text: '지난봄 ‘누리-온 5(Nuri-On 5)’를 내놓은 곳이 바로 가온소프트다.',
    nodes: ['Model:누리-온 5'],
  },
  {
    cat: 'a quoted name before a release verb in any inflection (내놓은, 선보인, 내놓고)',
    text: '올해 초 ‘다온 프로 2’를 선보인 한빛테크가 이번에는 음성 모델에 도전한다.',
    nodes: ['Model:다온 프로 2'],
    expect: ['DEVELOPED 한빛테크 -> 다온 프로 2'],
  },
  {
    cat: 'a quoted unit a company makes (만들었다) is no model',
    text: '한빛테크는 조직개편을 단행하고 ‘AI 서비스 센터’를 새로 만들었다.',
    noNodes: ['Model:AI 서비스 센터'],
  },
  {
    cat: 'a quoted name before a release verb in any inflection (내놓은, 선보인, 내놓고)',
    text: '한빛테크는 ‘다온 2’를 내놓고 금융권 공략에 나섰다.',
    expect: ['DEVELOPED 한빛테크 -> 다온 2'],
  },
  {
    cat: "a sentence's topic model after an adverbial (국내 모델 가운데 X의 'Y'는) is what the next sentence's 전작 follows",
    text: '가온소프트는 ‘누리 5’를 공개했다. 누리 5는 KMMLU에서 70.1점을 받았다. 다른 모델 가운데 한빛테크의 ‘다온 3’는 68.2점을 받았다. 전작인 ‘다온 2’(60.5점)보다 8점 오른 것이다.',
    expect: ['SUCCEEDS 다온 3 -> 다온 2'],
    absent: ['SUCCEEDS 누리 5 -> 다온 2'],
  },
  {
    cat: "a sentence's topic model after an adverbial (국내 모델 가운데 X의 'Y'는) is what the next sentence's 전작 follows",
    text: '가온소프트는 ‘누리 5’를 공개했다. 누리 5는 KMMLU에서 70.1점을 받았다. 국산 모델 중에서는 한빛테크의 다온 3는 68.2점으로 2위였다. 전작인 다온 2보다 크게 나아졌다.',
    expect: ['SUCCEEDS 다온 3 -> 다온 2'],
    absent: ['SUCCEEDS 누리 5 -> 다온 2'],
  },
  {
    cat: "a sentence's topic model after an adverbial (국내 모델 가운데 X의 'Y'는) is what the next sentence's 전작 follows",
    text: '가온소프트는 ‘누리 5’를 공개했다. 누리 5는 KMMLU에서 70.1점을 받았다. 이어 한빛테크 ‘다온 3’는 68.2점이었다. 이전 모델인 ‘다온 2’보다 높다.',
    expect: ['SUCCEEDS 다온 3 -> 다온 2'],
  },
  {
    cat: 'a sentence that only names a model after what describes it (경량 모델인 ‘Y’다) is about that model',
    text: '가온소프트는 ‘누리 5’를 공개했다. 함께 나온 것은 경량 모델인 ‘누리 5 미니’다. 누리 5를 교사 모델로 삼아 증류해 만들었다.',
    expect: ['BASED_ON 누리 5 미니 -> 누리 5'],
  },
  {
    cat: 'a sentence that only names a model after what describes it (경량 모델인 ‘Y’다) is about that model',
    text: '가온소프트는 ‘누리 5’를 공개했다. 1.5B 크기의 ‘누리 5 미니’다. 누리 5를 교사 모델로 삼아 지식 증류로 만들었다.',
    expect: ['BASED_ON 누리 5 미니 -> 누리 5'],
  },
  {
    cat: 'a bare variant word (미니도) is the model in focus whose name ends in it, not another 미니 named before',
    text: '가온소프트는 ‘누리 5’를 공개했다. 누리 5는 오픈AI의 GPT-4.1 미니보다 한국어 과제에서 앞선다. 함께 나온 것은 1.5B 크기의 ‘누리 5 미니’다. 미니도 KMMLU에서 52.3점을 받았다.',
    expect: ['SCORED 누리 5 미니 -> KMMLU'],
    absent: ['SCORED GPT-4.1 미니 -> KMMLU'],
  },
  {
    cat: 'a bare variant word (미니도) is the model in focus whose name ends in it, not another 미니 named before',
    text: '가온소프트는 ‘누리 5’를 공개했다. 비교 대상은 오픈AI의 GPT-4.1 미니였다. 경량 모델인 ‘누리 5 미니’다. 미니는 KMMLU 48.0점을 기록했다.',
    expect: ['SCORED 누리 5 미니 -> KMMLU'],
    absent: ['SCORED GPT-4.1 미니 -> KMMLU'],
  },
  {
    cat: "rivals' figures side by side (A는 N점, B는 M점이었다) leave the focus on the model the story is about",
    text: "한빛랩은 새 모델 '한빛-2'를 공개했다. KMMLU에서 한빛-2는 68.3점을 받아 엑사원 4.0(67.4점)을 제쳤다. Qwen3-32B는 64.8점, 젬마 3 27B는 55.2점이었다. HAE-RAE에서도 82.1점으로 엑사원 4.0(79.5점)을 앞섰다.",
    expect: ['SCORED 한빛-2 -> HAE-RAE'],
    absent: ['SCORED Qwen3-32B -> HAE-RAE'],
  },
  {
    cat: "rivals' figures side by side (A는 N점, B는 M점이었다) leave the focus on the model the story is about",
    text: "한빛랩은 새 모델 '한빛-2'를 공개했다. 한빛-2는 KMMLU 70.2점을 기록했다. 비교 모델 가운데 GPT-4o는 72.1점, 라마 3.1 70B는 61.0점에 그쳤다. 코딩 평가 HumanEval에서는 81.5점을 받았다.",
    expect: ['SCORED 한빛-2 -> HumanEval'],
    absent: ['SCORED GPT-4o -> HumanEval'],
  },
  {
    cat: 'a variant word with its size in parentheses after a known name (Y 미니(3B)는) is the variant, and the size is its own',
    text: "AI 스타트업 솔빛랩이 새 LLM '솔빛-2' 시리즈를 공개했다. 솔빛랩은 솔빛-2 프로와 솔빛-2 미니 두 모델을 내놨다. 경량 모델 솔빛-2 미니(3B)는 솔빛-2 프로를 교사 모델로 삼아 지식 증류로 만들었다.",
    expect: ['BASED_ON 솔빛-2 미니 -> 솔빛-2 프로'],
    props: ['솔빛-2 미니=parameters:3000000000'],
  },
  {
    cat: 'a variant word with its size in parentheses after a known name (Y 미니(3B)는) is the variant, and the size is its own',
    text: "AI 스타트업 솔빛랩이 새 LLM '솔빛-2' 시리즈를 공개했다. 솔빛랩은 솔빛-2 맥스와 솔빛-2 라이트를 함께 선보였다. 솔빛-2 라이트(1.5B)는 KMMLU에서 48.2점을 받았다.",
    expect: ['SCORED 솔빛-2 라이트 -> KMMLU'],
    absent: ['SCORED 솔빛-2 -> KMMLU'],
  },
  {
    // a model inside a relative clause that modifies "이 모델" is not the subject: the model in focus is
    cat: 'coref.reference-after-relative-clause',
    text: "하늘소프트는 새 모델 '하늘-3'를 공개했다. 라마 3.1을 기반으로 만든 이 모델은 KMMLU 58.1점을 받았다.",
    expect: ['SCORED 하늘-3 -> KMMLU', 'BASED_ON 하늘-3 -> 라마 3.1'],
    absent: ['SCORED 라마 3.1 -> KMMLU'],
  },
  {
    cat: 'coref.reference-after-relative-clause',
    text: '이번 비교에서 눈에 띄는 건 솔라 프로2다. 솔라 미니의 후속작인 이 모델은 KMMLU 60.2점을 받았다.',
    expect: ['SCORED 솔라 프로2 -> KMMLU', 'SUCCEEDS 솔라 프로2 -> 솔라 미니'],
    absent: ['SCORED 솔라 미니 -> KMMLU'],
  },
  {
    cat: 'coref.reference-after-relative-clause',
    text: "하늘소프트는 새 모델 '하늘-3'를 공개했다. 동급의 라마 3.1을 제친 이 모델은 KMMLU 58.1점을 받았다.",
    expect: ['SCORED 하늘-3 -> KMMLU'],
    absent: ['SCORED 라마 3.1 -> KMMLU', 'BASED_ON 하늘-3 -> 라마 3.1'],
  },
  {
    // "2위는 X사의 'Y'(69.8점)였다": the rank's holder is what the next sentence's "이 모델" is
    cat: 'coref.rank-holder-focus',
    text: "1위는 한빛AI의 '한빛-7B'가 차지했다. 2위는 가온소프트의 '가온 2 라이트'(69.8점)였다. 가온소프트가 큐원 2.5를 바탕으로 개발한 이 모델은 지난달 공개됐다.",
    expect: ['BASED_ON 가온 2 라이트 -> 큐원 2.5'],
    absent: ['BASED_ON 한빛-7B -> 큐원 2.5'],
  },
  {
    // "X는 A를 내세우지만, 이 모델이 …": the one model of the clause before is what "이 모델" is, in the same sentence
    cat: 'coref.reference-next-clause',
    text: "가온텔레콤은 자체 모델 '가온-T 2'를 내세우지만, 이 모델이 라마 3.1을 기반으로 했다는 점이 약점이다.",
    expect: ['BASED_ON 가온-T 2 -> 라마 3.1'],
  },
  {
    cat: 'coref.reference-next-clause',
    text: "가온소프트는 '가온-8B'를 공개했고, 이 모델은 KMMLU 61.2점을 받았다.",
    expect: ['SCORED 가온-8B -> KMMLU'],
  },
  {
    cat: 'coref.reference-next-clause',
    text: "가온소프트는 '가온-8B'를 공개했으며 이 모델은 라마 3.1을 바탕으로 만들었다.",
    expect: ['BASED_ON 가온-8B -> 라마 3.1'],
  },
  {
    // … not "새 모델" (a new, other model)
    cat: 'coref.reference-next-clause',
    text: "가온은행은 '가온-8B'를 상담에 써 왔지만 새 모델을 개발하기로 했다.",
    absent: ['DEVELOPED 가온은행 -> 가온-8B'],
  },
  {
    // "큐원(Qwen2.5)": a family word whose parentheses name one of its versions is that version, one node
    cat: 'model.family-word-version-alias',
    text: '한빛AI의 새 모델은 알리바바의 큐원(Qwen2.5)을 기반으로 만들었다. 메타의 라마(Llama 3.1)와도 비교했다.',
    nodes: ['Model:Qwen2.5', 'Model:Llama 3.1'],
    noNodes: ['Model:큐원', 'Model:라마'],
    sameNode: ['Qwen2.5=큐원', 'Llama 3.1=라마'],
  },
];

describe('release stories with scores', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
