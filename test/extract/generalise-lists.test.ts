/**
 * Generalisation rows: lists that distribute a relation — consortium and selection lists,
 * leaderboard lists. Each row is a sentence or a short article written for these tests, the facts
 * it must give and the facts it must not give.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const FP = '독자 AI 파운데이션 모델 프로젝트';

const rows: FactRow[] = [
  // 0. "각각": two lists pair by order, never crosswise; "함께" (joint work) pairs every member
  {
    cat: 'list.respectively',
    text: "데이터 스타트업 한빛랩스와 누리소프트는 각각 '한빛-LM 2'와 '누리-챗 3'을 공개했다.",
    expect: ['DEVELOPED 한빛랩스 -> 한빛-LM 2', 'DEVELOPED 누리소프트 -> 누리-챗 3'],
    absent: ['DEVELOPED 한빛랩스 -> 누리-챗 3', 'DEVELOPED 누리소프트 -> 한빛-LM 2'],
  },
  {
    cat: 'list.respectively',
    text: "국내 기업 가람테크와 솔바다AI가 각각 '루미 3'과 '파도 2'를 선보였다.",
    expect: ['DEVELOPED 가람테크 -> 루미 3', 'DEVELOPED 솔바다AI -> 파도 2'],
    absent: ['DEVELOPED 가람테크 -> 파도 2', 'DEVELOPED 솔바다AI -> 루미 3'],
  },
  {
    cat: 'list.respectively-unequal',
    text: "국내 기업 가람테크와 솔바다AI가 각각 '루미 3', '파도 2', '온새 1'을 선보였다.",
    absent: ['DEVELOPED 가람테크 -> 파도 2', 'DEVELOPED 솔바다AI -> 루미 3', 'DEVELOPED 가람테크 -> 온새 1', 'DEVELOPED 솔바다AI -> 온새 1'],
  },
  {
    cat: 'list.jointly',
    text: "국내 기업 가람테크와 솔바다AI가 '루미 3'과 '파도 2'를 함께 개발했다.",
    expect: ['DEVELOPED 가람테크 -> 루미 3', 'DEVELOPED 솔바다AI -> 파도 2', 'DEVELOPED 가람테크 -> 파도 2', 'DEVELOPED 솔바다AI -> 루미 3'],
  },
  // 1a. consortium / selection lists
  {
    cat: 'list.consortium',
    text: `과기정통부는 ${FP} 정예팀으로 네이버클라우드 컨소시엄(트웰브랩스, 카카오브레인 참여), SK텔레콤 컨소시엄(크래프톤, 포티투닷, 리벨리온), 업스테이지 컨소시엄(노타, 플리토) 등 3곳이 선정됐다고 밝혔다.`,
    expect: [
      `PARTICIPATES_IN 네이버클라우드 -> ${FP}`, `PARTICIPATES_IN 트웰브랩스 -> ${FP}`, `PARTICIPATES_IN 카카오브레인 -> ${FP}`,
      `PARTICIPATES_IN SK텔레콤 -> ${FP}`, `PARTICIPATES_IN 크래프톤 -> ${FP}`, `PARTICIPATES_IN 리벨리온 -> ${FP}`,
      `PARTICIPATES_IN 업스테이지 -> ${FP}`, `PARTICIPATES_IN 노타 -> ${FP}`, `PARTICIPATES_IN 플리토 -> ${FP}`,
      'PARTNERS_WITH 네이버클라우드 -> 트웰브랩스', 'PARTNERS_WITH SK텔레콤 -> 크래프톤', 'PARTNERS_WITH SK텔레콤 -> 리벨리온', 'PARTNERS_WITH 노타 -> 업스테이지',
    ],
    absent: ['PARTNERS_WITH 크래프톤 -> 포티투닷', 'PARTNERS_WITH 네이버클라우드 -> SK텔레콤'],
  },
  {
    cat: 'list.consortium',
    text: `정부는 ${FP} 1차 평가 결과를 발표했다. 정예팀에는 LG AI연구원 컨소시엄(LG유플러스·퓨리오사AI 참여)과 KT 컨소시엄(KT클라우드, 모레)이 이름을 올렸다.`,
    expect: [`PARTICIPATES_IN LG AI연구원 -> ${FP}`, `PARTICIPATES_IN LG유플러스 -> ${FP}`, `PARTICIPATES_IN 퓨리오사AI -> ${FP}`, `PARTICIPATES_IN KT -> ${FP}`, `PARTICIPATES_IN 모레 -> ${FP}`, 'PARTNERS_WITH KT -> 모레', 'PARTNERS_WITH LG AI연구원 -> 퓨리오사AI'],
  },
  {
    cat: 'list.led-consortia',
    text: `정부는 한빛AI, 누리소프트, 가온랩스가 이끄는 3개 컨소시엄을 '${FP}' 정예팀으로 뽑았다고 밝혔다. 한빛AI 컨소시엄에는 별빛데이터, 모아테크가 이름을 올렸다. 누리소프트는 다온AI와 한 팀을 꾸렸다. 반면 1차 심사를 통과했던 라온텍 컨소시엄은 최종 관문을 넘지 못했다.`,
    expect: [
      `PARTICIPATES_IN 한빛AI -> ${FP}`, `PARTICIPATES_IN 누리소프트 -> ${FP}`, `PARTICIPATES_IN 가온랩스 -> ${FP}`, `PARTICIPATES_IN 별빛데이터 -> ${FP}`,
      `PARTICIPATES_IN 모아테크 -> ${FP}`, `PARTICIPATES_IN 다온AI -> ${FP}`, `PARTICIPATES_IN 라온텍 -> ${FP}`, 'PARTNERS_WITH 한빛AI -> 별빛데이터', 'PARTNERS_WITH 누리소프트 -> 다온AI',
    ],
    absent: ['PARTNERS_WITH 한빛AI -> 누리소프트', 'PARTNERS_WITH 누리소프트 -> 가온랩스', 'PARTNERS_WITH 한빛AI -> 가온랩스'],
  },
  {
    cat: 'promotes.official-title',
    text: `${FP} 정예팀이 발표됐다. 선정 절차를 총괄한 류지원 과기정통부 인공지능기반정책관은 "결과를 모두 공개하겠다"고 말했다.`,
    expect: [`PROMOTES 류지원 -> ${FP}`],
  },
  {
    cat: 'list.applied',
    text: `네이버클라우드, 카카오, 엔씨소프트, 코난테크놀로지 등 15개 기업이 ${FP}에 지원했다.`,
    expect: [`PARTICIPATES_IN 네이버클라우드 -> ${FP}`, `PARTICIPATES_IN 카카오 -> ${FP}`, `PARTICIPATES_IN 엔씨소프트 -> ${FP}`, `PARTICIPATES_IN 코난테크놀로지 -> ${FP}`],
  },
  {
    cat: 'list.applied',
    text: `뤼튼, 스캐터랩, 마음AI 등 스타트업 3곳도 ${FP}에 도전장을 냈지만 1차 심사에서 탈락했다.`,
    expect: [`PARTICIPATES_IN 뤼튼 -> ${FP}`, `PARTICIPATES_IN 스캐터랩 -> ${FP}`, `PARTICIPATES_IN 마음AI -> ${FP}`],
  },
  {
    cat: 'list.applied',
    text: `삼성전자는 ${FP}에 지원하지 않았다. 카카오 역시 참여 여부는 결정된 것이 없다고 밝혔다.`,
    absent: [`PARTICIPATES_IN 삼성전자 -> ${FP}`, `PARTICIPATES_IN 카카오 -> ${FP}`],
  },
  {
    cat: 'list.applied',
    text: `크래프톤은 ${FP} 참여를 검토 중이다.`,
    absent: [`PARTICIPATES_IN 크래프톤 -> ${FP}`],
  },
  {
    cat: 'list.consortium',
    text: `카카오 컨소시엄이 ${FP} 2단계에 진출했다. 카카오 컨소시엄에는 래블업과 플리토가 참여했다.`,
    expect: [`PARTICIPATES_IN 카카오 -> ${FP}`, `PARTICIPATES_IN 래블업 -> ${FP}`, `PARTICIPATES_IN 플리토 -> ${FP}`, 'PARTNERS_WITH 래블업 -> 카카오'],
  },
  {
    cat: 'list.selection-outcome',
    text: `${FP} 최종 결과가 공개됐다. 카카오, 코난테크놀로지, 모티프테크놀로지스 등은 발표 평가까지 올랐지만 고배를 마셨다.`,
    expect: [`PARTICIPATES_IN 카카오 -> ${FP}`, `PARTICIPATES_IN 코난테크놀로지 -> ${FP}`, `PARTICIPATES_IN 모티프테크놀로지스 -> ${FP}`],
  },
  {
    cat: 'list.selection-outcome',
    text: `${FP}에 관심이 쏠린다. 카카오는 최종 선정 여부를 기다리고 있다.`,
    absent: [`PARTICIPATES_IN 카카오 -> ${FP}`],
  },
  {
    cat: 'list.consortium',
    text: `${FP}에는 SK텔레콤(크래프톤·포티투닷), 업스테이지(노타·플리토) 컨소시엄이 참여한다.`,
    expect: [`PARTICIPATES_IN 크래프톤 -> ${FP}`, `PARTICIPATES_IN 플리토 -> ${FP}`, `PARTICIPATES_IN SK텔레콤 -> ${FP}`, 'PARTNERS_WITH SK텔레콤 -> 포티투닷', 'PARTNERS_WITH 노타 -> 업스테이지'],
    absent: ['PARTNERS_WITH SK텔레콤 -> 업스테이지', 'PARTNERS_WITH 크래프톤 -> 포티투닷'],
  },
  {
    cat: 'list.selected',
    text: `과기정통부는 ${FP} 수행 사업자로 네이버클라우드, SK텔레콤, 업스테이지를 최종 선정했다. 이 가운데 KT, 카카오는 탈락했다.`,
    expect: [`PARTICIPATES_IN 네이버클라우드 -> ${FP}`, `PARTICIPATES_IN 업스테이지 -> ${FP}`, `PARTICIPATES_IN KT -> ${FP}`, `PARTICIPATES_IN 카카오 -> ${FP}`],
  },
  {
    cat: 'list.selected',
    text: `네이버클라우드·SK텔레콤·LG AI연구원 등 3개 컨소시엄이 ${FP} 2차 평가에 진출했다.`,
    expect: [`PARTICIPATES_IN 네이버클라우드 -> ${FP}`, `PARTICIPATES_IN SK텔레콤 -> ${FP}`, `PARTICIPATES_IN LG AI연구원 -> ${FP}`],
  },
  { cat: 'list.applied', text: `카카오는 ${FP}에 도전하지 않았다. 크래프톤은 ${FP} 지원을 검토하고 있다.`, absent: [`PARTICIPATES_IN 카카오 -> ${FP}`, `PARTICIPATES_IN 크래프톤 -> ${FP}`] },
  {
    cat: 'list.article',
    text: "과학기술정보통신부가 '국가대표 AI' 2차 평가 결과를 발표했다. 평가를 통과한 곳은 LG AI연구원 컨소시엄(LG유플러스, 퓨리오사AI 참여)과 SK텔레콤 컨소시엄(크래프톤·리벨리온), 업스테이지 컨소시엄이다. 반면 NC AI와 네이버클라우드는 이번 평가에서 탈락했다. 업스테이지 컨소시엄에는 노타와 플리토가 합류했다. 임문영 과기정통부 차관은 \"3개 팀이 글로벌 수준에 근접했다\"고 말했다. 임 차관은 국가대표 AI를 끝까지 지원하겠다고 강조했다.",
    expect: [
      `PARTICIPATES_IN LG AI연구원 -> ${FP}`, `PARTICIPATES_IN 퓨리오사AI -> ${FP}`, `PARTICIPATES_IN 리벨리온 -> ${FP}`, `PARTICIPATES_IN 업스테이지 -> ${FP}`,
      `PARTICIPATES_IN 노타 -> ${FP}`, `PARTICIPATES_IN NC AI -> ${FP}`, `PARTICIPATES_IN 네이버클라우드 -> ${FP}`,
      'PARTNERS_WITH LG AI연구원 -> LG유플러스', 'PARTNERS_WITH SK텔레콤 -> 크래프톤', 'PARTNERS_WITH 업스테이지 -> 플리토', `PROMOTES 임문영 -> ${FP}`,
    ],
    absent: ['PARTNERS_WITH LG AI연구원 -> SK텔레콤', 'PARTNERS_WITH NC AI -> 네이버클라우드'],
    noNodes: ['Person:임', 'Policy:국가대표 AI 2차'],
  },
  // 1b. leaderboard lists
  {
    cat: 'list.leaderboard',
    text: '호랑이 리더보드 최신 순위는 다음과 같다. ▲1위 엑사원 4.0(LG AI연구원) 78.2점 ▲2위 A.X 4.0(SK텔레콤) 77.5점 ▲3위 솔라 프로2(업스테이지) 75.1점',
    expect: ['SCORED 엑사원 4.0 -> 호랑이 리더보드', 'SCORED A.X 4.0 -> 호랑이 리더보드', 'SCORED 솔라 프로2 -> 호랑이 리더보드', 'DEVELOPED LG AI연구원 -> 엑사원 4.0', 'DEVELOPED SK텔레콤 -> A.X 4.0', 'DEVELOPED 업스테이지 -> 솔라 프로2'],
  },
  {
    cat: 'list.leaderboard',
    text: 'KMMLU 점수는 카나나 2.0 71.3점, 믿:음 2.0 69.8점, Qwen3 66.0점 순이었다.',
    expect: ['SCORED 카나나 2.0 -> KMMLU', 'SCORED 믿:음 2.0 -> KMMLU', 'SCORED Qwen3 -> KMMLU'],
    edgeProps: ['SCORED 믿:음 2.0 -> KMMLU score=69.8'],
  },
  {
    cat: 'list.leaderboard',
    text: 'KMMLU 점수는 엑사원 4.0이 71.3, 카나나 2.0이 69.8로 집계됐다.',
    expect: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED 카나나 2.0 -> KMMLU'],
    edgeProps: ['SCORED 카나나 2.0 -> KMMLU score=69.8', 'SCORED 엑사원 4.0 -> KMMLU score=71.3'],
  },
  {
    cat: 'list.leaderboard',
    text: 'KMMLU에서 엑사원 4.0, 카나나 2.0, 믿:음 2.0은 각각 71.3점, 69.8점, 66.0점을 받았다.',
    edgeProps: ['SCORED 엑사원 4.0 -> KMMLU score=71.3', 'SCORED 카나나 2.0 -> KMMLU score=69.8', 'SCORED 믿:음 2.0 -> KMMLU score=66'],
  },
  {
    cat: 'list.leaderboard',
    text: '엑사원 4.0과 카나나 2.0의 KMMLU 점수는 각각 71.3점과 69.8점이다. 엑사원 4.0의 점수는 HAERAE 80.2점, CLIcK 77.0점이었다.',
    edgeProps: ['SCORED 엑사원 4.0 -> KMMLU score=71.3', 'SCORED 카나나 2.0 -> KMMLU score=69.8', 'SCORED 엑사원 4.0 -> HAERAE score=80.2', 'SCORED 엑사원 4.0 -> CLIcK score=77'],
  },
  {
    cat: 'list.leaderboard',
    text: 'KMMLU 점수(엑사원 4.0 71.3, 카나나 2.0 69.8)도 공개됐다. GPT-4o(72.5점)를 제친 A.X 4.0(78.3점)은 CLIcK 1위에 올랐다.',
    edgeProps: ['SCORED 엑사원 4.0 -> KMMLU score=71.3', 'SCORED 카나나 2.0 -> KMMLU score=69.8', 'SCORED GPT-4o -> CLIcK score=72.5', 'SCORED A.X 4.0 -> CLIcK score=78.3'],
  },
  { cat: 'score', text: 'KMMLU 순위는 1위 A.X 4.0, 2위 엑사원 4.0, 3위 GPT-4o였다.', absent: ['SCORED A.X 4.0 -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU', 'SCORED GPT-4o -> KMMLU'] },
  {
    cat: 'list.leaderboard',
    text: '호랑이 리더보드 순위는 ▲1위 Nova-32B(노바라인) 78.2점 ▲2위 Orion-14B(오리온AI) 77.5점 ▲3위 하늘-7B(원본) 75.1점이다.',
    nodes: ['Company:노바라인', 'Company:오리온AI'],
    noNodes: ['Company:원본'],
    expect: ['DEVELOPED 노바라인 -> Nova-32B', 'DEVELOPED 오리온AI -> Orion-14B', 'SCORED Nova-32B -> 호랑이 리더보드', 'SCORED 하늘-7B -> 호랑이 리더보드'],
    props: ['노바라인=country:KR'],
  },
  {
    cat: 'list.article',
    text: "스타트업 누리비전이 한국어 추론 모델 '누리-R 32B'를 허깅페이스에 공개했다고 3일 밝혔다. 누리-R 32B는 알리바바의 Qwen3-32B를 기반으로 한국어 추론 데이터를 추가 학습했다. 매개변수는 320억 개다. 회사에 따르면 누리-R 32B는 KMMLU에서 66.2점을 받아 원본인 Qwen3-32B(61.0점)보다 높았다. HAERAE 벤치마크 결과는 ▲누리-R 32B 78.1점 ▲엑사원 4.0 32B(LG AI연구원) 76.9점 ▲Gemma 3 27B(구글) 70.3점 순이었다. 이 모델은 지난해 나온 누리-R 14B의 후속 모델이다. 김하늘 누리비전 대표는 \"연내 70B 모델도 공개하겠다\"고 말했다.",
    expect: [
      'DEVELOPED 누리비전 -> 누리-R 32B', 'BASED_ON 누리-R 32B -> Qwen3-32B', 'DEVELOPED 알리바바 -> Qwen3-32B', 'SUCCEEDS 누리-R 32B -> 누리-R 14B',
      'SCORED 누리-R 32B -> HAERAE', 'SCORED 엑사원 4.0 32B -> HAERAE', 'SCORED Gemma 3 27B -> HAERAE', 'DEVELOPED 구글 -> Gemma 3 27B', 'WORKS_FOR 김하늘 -> 누리비전',
    ],
    edgeProps: ['SCORED 누리-R 32B -> KMMLU score=66.2', 'SCORED Qwen3-32B -> KMMLU score=61'],
    absent: ['DEVELOPED 허깅페이스 -> 누리-R 32B', 'DEVELOPED 누리비전 -> Qwen3-32B', 'SCORED Qwen3-32B -> HAERAE'],
    props: ['누리-R 32B=parameters:32000000000', '누리-R 32B=openSource:true', '누리-R 32B=releasedOn:2025-07-03'],
  },
  {
    cat: 'list.respectively',
    text: "바람소프트가 '바람-M 2' 시리즈를 지난 9일 공개했다. 이번 시리즈는 바람-M 2 3B, 바람-M 2 14B 두 가지로 나왔다. 실제 파라미터 수는 각각 31억 개, 146억 개다. 바람-M 2 3B는 가중치를 공개했다.",
    expect: ['DEVELOPED 바람소프트 -> 바람-M 2 3B', 'DEVELOPED 바람소프트 -> 바람-M 2 14B'],
    // counts stated in a row go to the sizes listed before, in order, over the sizes in their names;
    // the series' day beats the article's date guessed for "가중치를 공개했다"
    props: ['바람-M 2 3B=parameters:3100000000', '바람-M 2 14B=parameters:14600000000', '바람-M 2 3B=releasedOn:2025-07-09', '바람-M 2 14B=releasedOn:2025-07-09'],
  },
  {
    cat: 'list.respectively',
    text: "솔내AI가 개발한 솔내-7B와 솔내-70B의 매개변수는 각각 72억 개와 705억 개다.",
    expect: ['DEVELOPED 솔내AI -> 솔내-7B', 'DEVELOPED 솔내AI -> 솔내-70B'],
    props: ['솔내-7B=parameters:7200000000', '솔내-70B=parameters:70500000000'],
  },
  // a company's short code in a list the sentence calls models ("X의 R1 등 해외 모델", "X의 V3와 Y의 Z 같은 모델") is a model of that company; not "S24 등 스마트폰에 탑재된 모델"
  { cat: 'model.owned-code-in-model-list', text: '오픈AI의 GPT-5, 중국 딥시크의 R1 등 해외 모델이 판을 흔들었다.', nodes: ['Model:R1'], expect: ['DEVELOPED 딥시크 -> R1'] },
  { cat: 'model.owned-code-in-model-list', text: '구글의 V3와 메타의 라마 4 같은 해외 모델이 강세다.', nodes: ['Model:V3'], expect: ['DEVELOPED 구글 -> V3'] },
  { cat: 'model.owned-code-in-model-list', text: '삼성전자의 S24 등 스마트폰에 탑재된 모델이 늘었다.', noNodes: ['Model:S24'] },
  // a group listed paragraphs before ("A의 X, B의 Y 등") is not the "두 모델" of a later sentence about the models named last
  { cat: 'open-source.group-after-older-list', text: "오픈AI의 GPT-5, 중국 딥시크의 R1 등 해외 모델이 판을 흔들었다.\n\n② A.X 4.0 SK텔레콤이 7월 선보였다. 경량 모델인 'A.X 4.0 라이트'는 72억 파라미터다. 두 모델 모두 허깅페이스에 오픈소스로 풀렸다.", props: ['A.X 4.0 라이트=openSource:true', 'R1=openSource:undefined'] },
  // a ranked list written "① MODEL(DEVELOPER) – 0.812점 / note" under a heading naming the benchmark: the dash before the score
  {
    cat: 'ranked list with a dash before each score and the developer in parentheses (a startup the rest of the article names too)',
    text: [
      '■ 한국어 모델 순위(KoBEST 종합 점수)',
      '',
      '① 솔라 프로2(업스테이지) – 0.812점 / 자체 개발',
      '② 하람 14B(하람랩) – 0.790점 / 메타 라마 3.1 기반',
      '',
      '2위 하람 14B는 직원 30명의 스타트업 하람랩이 만들었다. 이 모델은 메타의 라마 3.1 8B에 법률 문서를 더해 미세조정한 결과물이다.',
      '',
      '정민호 하람랩 대표는 "데이터 품질에 집중했다"고 말했다.',
    ].join('\n'),
    expect: ['SCORED 솔라 프로2 -> KoBEST', 'SCORED 하람 14B -> KoBEST', 'DEVELOPED 하람랩 -> 하람 14B', 'WORKS_FOR 정민호 -> 하람랩', 'BASED_ON 하람 14B -> 라마 3.1 8B'],
    edgeProps: ['SCORED 솔라 프로2 -> KoBEST score=0.812', 'SCORED 하람 14B -> KoBEST score=0.79'],
    noNodes: ['Model:하람랩'],
  },
  {
    cat: 'a rank before a topic model ("4위 X는 …") makes it what "이 모델" in the next sentence means, not the model named before',
    text: ["KT는 지난해 '믿:음 2.0'을 내놨다.", '', "3위 누리-7B는 스타트업 누리봇이 만들었다. 이 모델은 알리바바의 '큐웬2.5 7B'를 바탕으로 추가 학습한 모델이다."].join('\n'),
    expect: ['BASED_ON 누리-7B -> 큐웬2.5 7B'],
    absent: ['BASED_ON 믿:음 2.0 -> 큐웬2.5 7B'],
  },

  {
    cat: "a model's other spelling with a version in parentheses before a colon or dash score ('X 2.5(엑스 2.5): 42.1점') stays its alias, no developer",
    text: ['KMMLU 점수는 다음과 같다.', '', "Norva 2.5 Pro(노르바 2.5 프로): 42.1점, 솔라 프로2(업스테이지) – 61.7점"].join('\n'),
    expect: ['SCORED Norva 2.5 Pro -> KMMLU', 'SCORED 솔라 프로2 -> KMMLU'],
    sameNode: ['Norva 2.5 Pro=노르바 2.5 프로'],
    noNodes: ['Company:노르바 2.5 프로'],
  },

  // a line naming only a benchmark, then "- MODEL: score" items with no 점: each item is a score on it
  {
    cat: 'scored.benchmark-line-colon-items',
    text: '세 모델을 같은 조건에서 직접 돌려 봤습니다.\n\nKMMLU (5-shot)\n\n- 솔라 프로 2: 62.7\n\n- 엑사원 4.0: 65.2',
    expect: ['SCORED 솔라 프로 2 -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU'],
    edgeProps: ['SCORED 솔라 프로 2 -> KMMLU score=62.7', 'SCORED 엑사원 4.0 -> KMMLU score=65.2'],
  },
  {
    cat: 'scored.benchmark-line-colon-items',
    text: '두 모델의 사양은 다음과 같다.\n\nKMMLU\n\n- 솔라 프로 2: 공개 예정\n\n- 엑사원 4.0: API 전용',
    absent: ['SCORED 솔라 프로 2 -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU'],
  },
  // … and a whole-number score is still a score there (elsewhere a bare integer is a count or a year)
  {
    cat: 'scored.benchmark-line-colon-items',
    text: '두 모델을 직접 채점했습니다.\n\nKMMLU\n\n- 솔라 프로 2: 77\n\n- 엑사원 4.0: 81',
    edgeProps: ['SCORED 솔라 프로 2 -> KMMLU score=77', 'SCORED 엑사원 4.0 -> KMMLU score=81'],
  },
  {
    cat: 'scored.benchmark-line-colon-items',
    text: '솔라 프로 2는 KMMLU에서 70.1점을 받았다. 출시된 파생 모델 수는 다음과 같다.\n\n- 솔라 프로 2: 12',
    absent: ['SCORED 솔라 프로 2 -> KMMLU score=12'],
    edgeProps: ['SCORED 솔라 프로 2 -> KMMLU score=70.1'],
  },
  // a line that is only a Latin name and a note saying it is a test ("… 테스트, 300문항, 100점 만점") heads its scores
  {
    cat: 'benchmark.heading-with-note',
    text: '세 모델을 직접 돌려 봤습니다.\n\nHNT-200 (자체 한국어 뉘앙스 테스트, 200문항, 100점 만점)\n\n- 솔라 프로 2: 77.5\n\n- 엑사원 4.0: 81.5',
    nodes: ['Benchmark:HNT-200'],
    expect: ['SCORED 솔라 프로 2 -> HNT-200', 'SCORED 엑사원 4.0 -> HNT-200'],
  },
  {
    cat: 'benchmark.heading-with-note',
    text: '세 모델을 직접 돌려 봤습니다.\n\nHNT-200 (자체 서버, 4비트 양자화)\n\n- 솔라 프로 2: 77.5',
    noNodes: ['Benchmark:HNT-200'],
  },
  // "· MAKER 'MODEL': description": a bulleted item headed by a model after its maker is about that model, not the one before the list
  { cat: 'lists.maker-model-item', text: "카카오의 '카나나 2'는 처음부터 직접 학습한 모델입니다.\n\n· 누리소프트 '누리-7B': 누리소프트가 지난달 공개한 상담 모델입니다. 모델 카드 기준 KMMLU 61.4점입니다.", expect: ['SCORED 누리-7B -> KMMLU'], absent: ['SCORED 카나나 2 -> KMMLU'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
