/**
 * Generalisation rows of generalise-phrasings: who made a model.
 * The others are in the other generalise-phrasings-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

/** The model is introduced without its maker, so each row's own sentence has to name it. */
const INTRO = "새 AI 모델 '솔바람-R'이 공개됐다. ";
const MADE = ['DEVELOPED 한빛소프트 -> 솔바람-R'];

const rows: FactRow[] = [
  // "A와 B가 함께 구성한 컨소시엄은 … 'X'를, 로봇 스타트업 C는 … 'Y'를 개발합니다" (h102_06): gapped clauses with described objects, the team's first company the first subject
  {
    cat: 'developed.gapped-described',
    text: "올해 지원 대상으로 두 팀이 뽑혔다. 한결테크와 미르데이터가 함께 구성한 컨소시엄은 물류 특화 모델 '미르-L'을, 드론 스타트업 하늘비전은 항공 영상용 모델 '하늘-V'를 개발한다.",
    expect: ['DEVELOPED 한결테크 -> 미르-L', 'DEVELOPED 하늘비전 -> 하늘-V'],
    absent: ['DEVELOPED 하늘비전 -> 미르-L', 'DEVELOPED 한결테크 -> 하늘-V'],
  },
  // "the two companies will co-develop X-K, a … model" (h99_05): the partnership's pair develops the market edition a model noun names
  {
    cat: 'developed.pair-co-develop-edition',
    text: 'Kakao has formed a partnership with Naver Cloud. Under the deal, the two companies will co-develop Vela-J, a Japanese-language customer service model.',
    expect: ['DEVELOPED Kakao -> Vela-J', 'DEVELOPED Naver Cloud -> Vela-J'],
    nodes: ['Model:Vela-J'],
  },
  { cat: 'developed.pair-co-develop-edition', text: "Kakao's Vela-J team met Naver Cloud in Seoul.", noNodes: ['Model:Vela-J'] },
  // the model is the company's work: a possessor before a word for a work, or a maker's relative clause before it
  { cat: 'developed.topic-possessor-work', text: `${INTRO}'솔바람-R'은 한빛소프트의 작품이다.`, expect: MADE },
  { cat: 'developed.topic-possessor-work', text: `${INTRO}솔바람-R은 한빛소프트 연구진의 첫 작품으로, 추론에 강하다.`, expect: MADE },
  { cat: 'developed.topic-possessor-work', text: `${INTRO}솔바람-R은 한빛소프트의 작품이 아니다.`, absent: MADE },
  { cat: 'developed.topic-made-by-copula', text: `${INTRO}'솔바람-R'은 한빛소프트가 내놓은 야심작이다.`, expect: MADE },
  { cat: 'developed.topic-made-by-copula', text: `${INTRO}솔바람-R은 한빛소프트가 2년간 공들여 만든 결과물이다.`, expect: MADE },
  { cat: 'developed.topic-made-by-copula', text: `${INTRO}솔바람-R(SOLBARAM-R)은 한빛소프트가 처음 내놓은 70억 매개변수 규모의 추론 모델이다.`, expect: MADE },
  // who the developer is, told in a copula either way round
  { cat: 'developed.developer-copula', text: `${INTRO}솔바람-R의 개발 주체는 한빛소프트다.`, expect: MADE },
  { cat: 'developed.developer-copula', text: `${INTRO}솔바람-R의 개발사는 한빛소프트가 아니라 노을랩스다.`, absent: MADE },
  { cat: 'developed.is-developer-of', text: `${INTRO}한빛소프트는 솔바람-R의 개발사다.`, expect: MADE },
  { cat: 'developed.is-developer-of', text: `${INTRO}한빛소프트는 솔바람-R의 개발사가 아니다.`, absent: MADE },
  // the development as a task someone took on
  { cat: 'developed.development-taken-by', text: `${INTRO}솔바람-R 개발은 한빛소프트가 맡았다.`, expect: MADE },
  { cat: 'developed.development-taken-by', text: `${INTRO}솔바람-R 개발은 한빛소프트가 맡지 않았다.`, absent: MADE },
  { cat: 'developed.development-taken-by', text: `${INTRO}솔바람-R 개발을 한빛소프트가 주도했다는 소문이 돌았다.`, absent: MADE },
  { cat: 'developed.led-development-of', text: `${INTRO}한빛소프트 AI연구소가 개발을 주도한 솔바람-R은 추론에 강하다.`, expect: MADE },
  // born in the company's hands, with or without 의
  { cat: 'developed.born-at', text: `${INTRO}솔바람-R은 한빛소프트 손에서 탄생했다.`, expect: MADE },
  // the model as the topic, the maker as the subject of a making verb ("X는 Y가 개발했다")
  { cat: 'clause.developed.topic-object', text: `${INTRO}솔바람-R은 한빛소프트가 직접 설계·학습했다.`, expect: MADE },
  { cat: 'clause.developed.topic-object', text: `${INTRO}솔바람-R은 한빛소프트가 개발할 예정이다.`, absent: MADE },
  { cat: 'clause.developed.topic-object', text: `${INTRO}솔바람-R은 한빛소프트가 도입했다.`, absent: MADE },
  { cat: 'clause.developed.topic-object', text: `${INTRO}솔바람-R은 한빛소프트가 만들었을 가능성이 크다.`, absent: MADE },
  // a model still being built is its maker's ("C가 개발 중인 'Y'는", with 중인 written apart as well as glued)
  { cat: 'developed.made-by', text: "한빛소프트가 개발 중인 '다올-3'은 이번 심사에서 제외됐다.", expect: ['DEVELOPED 한빛소프트 -> 다올-3'] },
  { cat: 'developed.made-by', text: "한빛소프트가 개발중인 '다올-3'은 이번 심사에서 제외됐다.", expect: ['DEVELOPED 한빛소프트 -> 다올-3'] },
  // the maker named after its model ("Y의 개발사인 X", "Y 개발을 주도한 X") or as a brand ("X표 AI 모델 Y")
  { cat: 'developed.made-it', text: `${INTRO}'솔바람-R'의 개발사인 한빛소프트는 투자를 유치했다.`, expect: ['DEVELOPED 한빛소프트 -> 솔바람-R'] },
  { cat: 'developed.made-it', text: `${INTRO}솔바람-R 개발을 이끈 한빛소프트는 후속작도 준비한다.`, expect: ['DEVELOPED 한빛소프트 -> 솔바람-R'] },
  { cat: 'developed.brand-mark', text: '한빛소프트는 AI 기업이다. 한빛소프트표 AI 모델 솔바람-R이 나왔다.', expect: ['DEVELOPED 한빛소프트 -> 솔바람-R'] },
  // the subject a release clause after a named model describes ("'M'을 공개한 X는"), a name no list knows
  { cat: 'developed.made-it', text: "지난달 '별무리-9B'를 출시한 하늘결은 표절 논란에 휩싸였다.", expect: ['DEVELOPED 하늘결 -> 별무리-9B'] },
  { cat: 'developed.made-it', text: "최근 '별무리-9B'를 공개한 회사는 아직 답하지 않았다.", noNodes: ['Company:회사'] },
  // an English appositive naming where a model comes from ("M, a small model from French developer X")
  { cat: 'developed.en-appositive-from', text: 'Reviewers compared it with Lumen 4B, a lightweight model from Canadian startup Cohere.', expect: ['DEVELOPED Cohere -> Lumen 4B'] },
  { cat: 'developed.en-appositive-from', text: 'Reviewers compared it with Lumen 4B, a lightweight model from Cohere.', expect: ['DEVELOPED Cohere -> Lumen 4B'] },
  // an encyclopedia's definition of a family ('X(Y)은 … C가 … 공개해 온 언어모델 계열을 가리킨다'): the family is C's, and so are its versions
  { cat: 'developed.family-definition', text: '누리별(NURIBYEOL)은 대전의 AI 기업 가온랩스가 2022년부터 내놓아 온 대형 언어모델 계열을 가리킨다.\n\n누리별 2.0은 2024년 3월 공개되었다. 누리별 2.0 미니는 누리별 2.0을 증류한 모델이다.', expect: ['DEVELOPED 가온랩스 -> 누리별', 'DEVELOPED 가온랩스 -> 누리별 2.0 미니'] },
  { cat: 'developed.self-built', text: "가온소프트는 파트너사인 다솜데이터와 손을 잡고, 자체 개발한 번역 모델 '물결-3'을 공급한다.", absent: ['DEVELOPED 다솜데이터 -> 물결-3'] },
  // a model whose maker the relative clause before it names ('두 회사는 B가 자체 개발한 'M'을 …') is that maker's, not the topic's
  { cat: 'clause.developed.adnominal-maker', text: "가온소프트와 다솜데이터가 협약을 맺었다. 두 회사는 다솜데이터가 자체 개발한 번역 모델 '물결-3'을 가볍게 만들어 차량에 넣기로 했다.", expect: ['DEVELOPED 다솜데이터 -> 물결-3'], absent: ['DEVELOPED 가온소프트 -> 물결-3'] },
  // the earlier model of a line, its maker not named, is the maker's of the new one (not the partner that only co-developed the new one)
  {
    cat: 'developed.predecessor-line',
    text: "한빛소프트가 다솜데이터와 공동 개발한 물류 특화 모델 'NOVA Q 3'를 공개했다. 작년에 라마 3.1을 기반으로 만들었던 NOVA Q의 업그레이드 버전이다.",
    expect: ['DEVELOPED 한빛소프트 -> NOVA Q'],
    absent: ['DEVELOPED 다솜데이터 -> NOVA Q'],
  },
  // a company right before a quotation it speaks ('X "Y 베낀 것 아냐"') makes no model the quotation names; a quoted name ('X "Y"') still is its
  { cat: 'developed.juxtaposed', text: '한빛소프트 "큐웬 베낀 것 아니다"\n\n한빛소프트가 자체 모델을 공개했다.', absent: ['DEVELOPED 한빛소프트 -> 큐웬'] },
  // a release clause that runs on into another company's possessive model ('A는 … 밝혔고, B의 M도 … 개발된 모델이다') gives A no M
  { cat: 'developed.subject-release', text: '카카오는 카나나 1.5를 데이터 정제부터 자체 구축했다고 밝혔고, 업스테이지의 솔라 프로 2도 외부 가중치 없이 개발된 모델이다.', absent: ['DEVELOPED 카카오 -> 솔라 프로 2'] },
  // a brand's lines tagged by one letter ("누리온-K 2.0", "누리온-V 1.0", "누리온-S 1.0"): one company's, as a brand's versions are
  { cat: 'developed.brand-letter-lines', text: "애널리스트 보고서\n\n가온소프트는 7월 '누리온-K 2.0'을 공개했다. 비전 모델 '누리온-V 1.0'은 Qwen2.5-VL-7B를 기반으로 추가 학습한 모델이다. 음성 부문에서는 상담 음성 3만 시간을 추가 학습한 음성 모델 '누리온-S 1.0'을 운영 중이다.", expect: ['DEVELOPED 가온소프트 -> 누리온-K 2.0', 'DEVELOPED 가온소프트 -> 누리온-V 1.0', 'DEVELOPED 가온소프트 -> 누리온-S 1.0'] },
  // "X가 함께 만드는 모델의 가칭은 'Y'" (h103_01): a working name ("가칭", "코드명") names the model the company makes
  { cat: 'developed.model-named', text: "노을랩은 새 모델을 준비 중이다. 노을랩이 공동으로 개발하는 모델의 코드명은 '노을-5'다.", expect: ['DEVELOPED 노을랩 -> 노을-5'] },
  { cat: 'developed.model-named', text: "노을랩은 새 모델을 준비 중이다. 노을랩이 만드는 모델의 가칭은 아직 정해지지 않았다.", absent: ['DEVELOPED 노을랩 -> 아직'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
