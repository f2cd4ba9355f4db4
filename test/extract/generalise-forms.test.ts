/**
 * More generalisation rows (names, layouts' phrasings): lettered model names with a version and a size,
 * planned releases with a timeframe. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  { cat: 'model.lettered', text: '미르웍스가 미르-K 2 3B와 미르-K 2 9B를 공개했다.', nodes: ['Model:미르-K 2 3B', 'Model:미르-K 2 9B'], expect: ['DEVELOPED 미르웍스 -> 미르-K 2 3B', 'DEVELOPED 미르웍스 -> 미르-K 2 9B'], noNodes: ['Model:미르-K 2'] },
  { cat: 'model.lettered', text: '새 제품군은 누리-X 4 2B, 누리-X 4 12B 두 가지 크기로 구성됐다.', nodes: ['Model:누리-X 4 2B', 'Model:누리-X 4 12B'] },
  { cat: 'model.variant-reason', text: '새벽랩스는 추론 특화 버전인 새벽-K 3 리즌도 함께 내놨다.', nodes: ['Model:새벽-K 3 리즌'], expect: ['DEVELOPED 새벽랩스 -> 새벽-K 3 리즌'], noNodes: ['Model:새벽-K 3'] },
  { cat: 'model.tail-with-variant', text: "가온랩스, 새 모델 공개\n\n가온랩스는 새 모델 '가온엑스 바다 14B 씽크'를 공개했다. 바다 14B 씽크는 KMMLU에서 61.2점을 받았다.", sameNode: ['가온엑스 바다 14B 씽크=바다 14B 씽크'] },
  { cat: 'model.tail-with-variant', text: "가온랩스, 새 모델 공개\n\n가온랩스는 새 모델 '가온엑스 바다 14B 씽크'를 공개했다. 바다 14B 미니는 KMMLU에서 51.2점을 받았다.", nodes: ['Model:바다 14B 미니', 'Model:가온엑스 바다 14B 씽크'] },
  { cat: 'quoted.not-a-model', text: "가온랩스, 새 모델 공개\n\n가온랩스와 누리게임즈는 소형 모델 '가온-S 2'를 함께 만들었다. 누리게임즈는 이 모델을 '별빛전쟁'에 처음 적용했다.", nodes: ['Model:가온-S 2'], noNodes: ['Model:별빛전쟁'] },
  { cat: 'quoted.not-a-model', text: "가온랩스, 새 모델 공개\n\n◆ 두 회사의 협업이 만든 '한 팀'\n\n가온랩스와 누리게임즈는 소형 모델 '가온-S 2'를 함께 만들었다.", nodes: ['Model:가온-S 2'], noNodes: ['Model:한 팀'] },
  { cat: 'quoted.not-a-model', text: "가온랩스, 새 모델 공개\n\n누리게임즈는 경량화 기법을 '가온-S 2'에 처음 적용했다. 가온-S 2는 가온랩스가 만든 모델이다.", nodes: ['Model:가온-S 2'] },
  { cat: 'model.variant-alone', text: "새벽랩스는 새벽-K 3와 새벽-K 3 미니를 공개했다. 함께 나온 '미니' 버전은 휴대폰에서도 돌아간다.", nodes: ['Model:새벽-K 3 미니'], noNodes: ['Model:미니'] },
  { cat: 'model.variant-alone', text: "새벽랩스는 새벽-K 3와 새벽-K 3 리즌을 내놨다. Q. '리즌' 버전은 만드는 방식이 다르다던데.", nodes: ['Model:새벽-K 3 리즌'], noNodes: ['Model:리즌'] },
  { cat: 'model.variant-reason', text: 'Saebyeok Labs also released Saebyeok-K 3 Reason, a variant tuned for step-by-step answers.', nodes: ['Model:Saebyeok-K 3 Reason'] },
  { cat: 'model.planned', text: "가람소프트는 내년 상반기 '가람-V 2 비전'을 내놓을 계획이다.", nodes: ['Model:가람-V 2 비전'], expect: ['DEVELOPED 가람소프트 -> 가람-V 2 비전'] },
  { cat: 'model.planned', text: "하늬랩은 다음 달 중순 '하늬 3 미니'를 선보일 예정이다.", nodes: ['Model:하늬 3 미니'] },
  // programme round reports
  { cat: 'participates.round', text: "업스테이지가 정부 '독자 AI 파운데이션 모델 프로젝트' 3차 단계 평가를 앞두고 새 모델을 공개했다.", expect: ['PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트'] },
  {
    cat: 'participates.round',
    text: "과기정통부가 '독자 AI 파운데이션 모델 프로젝트' 3차 단계 평가 계획을 공고했다. 2차를 통과한 SK텔레콤, 업스테이지 2개 팀이 대상이다. 2차에서 떨어진 카카오는 재심을 요청했다. 1차에서 탈락했던 네이버클라우드는 복귀하지 않는다.",
    expect: ['PARTICIPATES_IN SK텔레콤 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 카카오 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 네이버클라우드 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  { cat: 'participates.round', text: "과기정통부가 '독자 AI 파운데이션 모델 프로젝트' 2차 평가를 진행한다. 카카오는 이번 평가와 별개로 새 서비스를 냈다.", absent: ['PARTICIPATES_IN 카카오 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // an official who criticises a programme does not promote it
  { cat: 'promotes.official', text: "김하늘 과기정통부 장관은 '독자 AI 파운데이션 모델 프로젝트'를 직접 챙기고 있다.", expect: ['PROMOTES 김하늘 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'promotes.official', text: "김하늘 과기정통부 장관은 '독자 AI 파운데이션 모델 프로젝트'의 문제점을 지적했다.", absent: ['PROMOTES 김하늘 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'promotes.official', text: "김하늘 과기정통부 차관은 '독자 AI 파운데이션 모델 프로젝트'를 강하게 비판했다.", absent: ['PROMOTES 김하늘 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'promotes.polite', text: "과기정통부가 '독자 AI 파운데이션 모델 프로젝트' 3차 평가 계획을 공고했습니다. 김하늘 과기정통부 제1차관은 \"끝까지 지원하겠다\"고 말했습니다.", expect: ['PROMOTES 김하늘 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a consortium paragraph about the article's one lead
  {
    cat: 'consortium.paragraph',
    text: "업스테이지가 정부 '독자 AI 파운데이션 모델 프로젝트' 2차 단계 평가를 앞두고 새 모델을 공개했다.\n\n컨소시엄에도 변화가 있었다. 기존 참여사인 래블업에 더해 KT가 이번 단계부터 합류했다. 처음부터 참여했던 코난테크놀로지는 지난달 컨소시엄에서 빠졌다. 앞서 합류설이 돌았던 카카오는 \"검토한 적 없다\"고 밝혔다.",
    expect: ['PARTICIPATES_IN 래블업 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 코난테크놀로지 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 업스테이지 -> KT', 'PARTNERS_WITH 업스테이지 -> 래블업'],
    absent: ['PARTICIPATES_IN 카카오 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 업스테이지 -> 카카오'],
    noNodes: ['Company:지난달'],
  },
  {
    cat: 'consortium.paragraph',
    text: "업스테이지가 정부 '독자 AI 파운데이션 모델 프로젝트' 2차 단계 평가를 앞두고 새 모델을 공개했다.\n\n한편 KT는 카카오와 클라우드 사업에서 협력하고 있다.",
    absent: ['PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 업스테이지 -> KT'],
  },
  // successor phrasings
  { cat: 'succeeds', text: "업스테이지가 새 모델 '솔라 오픈 3'를 공개했다. 자사 솔라 오픈 2를 개선한 버전으로, 매개변수는 1000억 개다.", expect: ['SUCCEEDS 솔라 오픈 3 -> 솔라 오픈 2'] },
  { cat: 'succeeds', text: '엑사원 4.5는 LG AI연구원이 지난해 내놓은 엑사원 4.0을 대체하는 후속 모델이다.', expect: ['SUCCEEDS 엑사원 4.5 -> 엑사원 4.0'] },
  { cat: 'succeeds', text: '엑사원 4.5는 엑사원 4.0을 개선하기 위한 실험을 거쳤다.', absent: ['SUCCEEDS 엑사원 4.5 -> 엑사원 4.0'] },
  { cat: 'succeeds', text: '엑사원 4.5는 엑사원 4.0을 대체하지 않는 별도 모델이다.', absent: ['SUCCEEDS 엑사원 4.5 -> 엑사원 4.0'] },
  { cat: 'model.hyphen-word', text: '가람AI의 가람-코더 9B는 KMMLU 50.1점이었다.', nodes: ['Model:가람-코더 9B'], expect: ['DEVELOPED 가람AI -> 가람-코더 9B', 'SCORED 가람-코더 9B -> KMMLU'] },
  // a short Latin prefix glued to a known model names a model of its own
  { cat: 'model.prefixed', text: "LG AI연구원이 새 모델 'K-엑사원 3.5'를 공개했다. 지난 봄 선보인 K-엑사원 3의 후속작이다.", nodes: ['Model:K-엑사원 3', 'Model:K-엑사원 3.5'], noNodes: ['Model:엑사원 3'], expect: ['SUCCEEDS K-엑사원 3.5 -> K-엑사원 3'] },
  { cat: 'model.prefixed', text: '가람랩은 메타의 라마 3를 기반으로 한 Ko-라마 3 8B를 공개했다.', nodes: ['Model:Ko-라마 3 8B'], expect: ['BASED_ON Ko-라마 3 8B -> 라마 3'], absent: ['DEVELOPED 메타 -> Ko-라마 3 8B'] },
  // an unknown name in a counted list of known companies
  { cat: 'company.counted-list', text: "과기정통부가 '독자 AI 파운데이션 모델 프로젝트' 3차 평가 계획을 공고했다. 2차를 통과한 SK텔레콤, 업스테이지, 누리봄 3개 팀이 대상이다.", nodes: ['Company:누리봄'], expect: ['PARTICIPATES_IN 누리봄 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'company.counted-list', text: 'SK텔레콤, 업스테이지, 판교 3곳이 행사 장소로 거론됐다.', noNodes: ['Company:판교'] },
  // numbered items: the head model is what the item's sentences are about, not the previous item's model
  {
    cat: 'item.head',
    text: '1) 가람-챗 14B — 가람AI가 지난주에 낸 모델. 알리바바 Qwen3-14B를 기반으로 추가 학습했다.\n\n2) 누리-LM 9B — 누리소프트 작품. 구글의 젬마 2 9B 위에 SFT를 얹었다고 한다.',
    expect: ['BASED_ON 가람-챗 14B -> Qwen3-14B', 'DEVELOPED 누리소프트 -> 누리-LM 9B'],
    absent: ['BASED_ON 가람-챗 14B -> 젬마 2 9B'],
  },
  { cat: 'works-for.brought', text: '스타트업 가람랩이 카카오에서 검색 모델을 맡았던 김하람 박사를 수석연구원으로 데려왔습니다.', expect: ['WORKS_FOR 김하람 -> 가람랩'], absent: ['WORKS_FOR 김하람 -> 카카오'] },
  { cat: 'false-node', text: '회사는 G-7 정상회의 3 일정에 맞춰 행사를 열었다.', noNodes: ['Model:G-7'] },
  // a conditional verb before a size ("압축하면 3B로도") names no model
  { cat: 'false-node', text: '큰 모델의 답을 잘 골라 압축하면 3B로도 한국어 추론 모델을 만들 수 있다는 연구다.', noNodes: ['Model:압축하면 3B'] },
  { cat: 'false-node', text: '데이터를 더 넣게 되면 7B 모델도 충분히 쓸 만한 수준이 된다.', noNodes: ['Model:되면 7B', 'Model:넣게 되면 7B'] },
  // a title-cased English paper title: "a … 7B Model" describes a model; "the X 7B model" in prose names one
  { cat: 'false-node', text: '논문: Teaching Law to a Compact Korean Legal 3B Model (arXiv 2611.01234) 리뷰다.', noNodes: ['Model:Compact Korean Legal 3B', 'Model:Korean Legal 3B'] },
  { cat: 'model.english-prose', text: 'We evaluated the Hanbit Core 7B model on KMMLU and it scored 61.2 points.', nodes: ['Model:Hanbit Core 7B'] },
  {
    cat: "a Latin alias in parentheses before the size ('솔빛 미니(Solbit Mini) 3B') belongs to the whole name",
    text: "AI 스타트업 솔빛랩은 온디바이스 모델 '솔빛 미니(Solbit Mini) 3B'를 공개했다.",
    nodes: ['Model:솔빛 미니 3B'],
    sameNode: ['솔빛 미니 3B=Solbit Mini 3B'],
    expect: ['DEVELOPED 솔빛랩 -> 솔빛 미니 3B'],
  },
  {
    cat: "a Latin alias in parentheses before an edition year ('한결벤치(HangyeolBench) 2027') belongs to the whole name",
    text: "한국정보평가원은 법률 평가셋 '한결벤치(HangyeolBench) 2027'로 모델 8종을 평가했다. 1위는 '가온-L 2'로 81.5점이었다.",
    nodes: ['Benchmark:한결벤치 2027'],
    noNodes: ['Benchmark:한결벤치(HangyeolBench) 2027'],
    sameNode: ['한결벤치 2027=HangyeolBench 2027'],
  },
  {
    cat: "a release tag after a capitalised hyphenated name ('Dasol-Law v2') is part of it",
    text: "법률 AI 기업 다솔랩은 지난해 공개한 Dasol-Law v2를 기반으로 새 모델을 만들었다. Dasol-Law v2는 라마 3.1 8B 위에 LoRA를 얹은 구조였다.",
    nodes: ['Model:Dasol-Law v2'],
    noNodes: ['Model:Dasol-Law'],
    expect: ['BASED_ON Dasol-Law v2 -> 라마 3.1 8B'],
  },
  {
    cat: "'두 모델' means the two models last written as one list ('A와 경량 버전 B'), not a model and its base named together since",
    text: [
      "한솔랩스는 금융 특화 모델 Hansol-Fin 12B와 경량 버전 Hansol-Fin 3B를 공개했다.",
      "Hansol-Fin 12B는 알리바바의 Qwen3-14B를 베이스로 추가 학습했다.",
      "Hansol-Fin 3B는 Qwen3-4B에서 출발해 Hansol-Fin 12B를 교사 모델로 증류했다.",
      "두 모델은 지난해 공개한 Hansol-Fin v1의 후속 모델이다.",
    ].join(' '),
    expect: ['SUCCEEDS Hansol-Fin 12B -> Hansol-Fin v1', 'SUCCEEDS Hansol-Fin 3B -> Hansol-Fin v1'],
    absent: ['SUCCEEDS Qwen3-14B -> Hansol-Fin v1', 'SUCCEEDS Qwen3-4B -> Hansol-Fin v1'],
  },
  {
    cat: 'two companies co-developing, the model described at length between subject and verb: still partners',
    text: "AI 반도체 스타트업 누리칩스(NuriChips)와 업스테이지가 스마트폰·태블릿용 신경망처리장치(NPU)에 최적화한 온디바이스 소형언어모델(sLM) '솔라 포켓 1B'를 공동 개발했다.",
    expect: ['PARTNERS_WITH 누리칩스 -> 업스테이지'],
  },
  {
    cat: "a successor told as '…의 후속작이기도 하다' about the model in focus",
    text: ["모아칩은 온디바이스 모델 '모아 엣지 2'를 공개했다. 모아칩이 지난해 선보인 '모아 엣지 1'의 후속작이기도 하다."].join('\n'),
    expect: ['SUCCEEDS 모아 엣지 2 -> 모아 엣지 1'],
  },

];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
