/**
 * Generalisation rows, by category of what unseen articles show (lists: generalise-lists and generalise-personnel):
 * scores in many forms, versioned model names, discovered companies, co-development, BASED_ON and
 * successor forms with their negations, attributes and false nodes. Each row is a sentence or a
 * short article written for these tests, the facts it must give and the facts it must not give.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const FP = '독자 AI 파운데이션 모델 프로젝트';

const rows: FactRow[] = [
  // 2. scores in more forms
  { cat: 'score', text: '카나나 2.0은 KMMLU에서 71.3점을 받았다.', expect: ['SCORED 카나나 2.0 -> KMMLU'], edgeProps: ['SCORED 카나나 2.0 -> KMMLU score=71.3'] },
  { cat: 'score', text: '엑사원 4.0은 KMMLU-Pro 66.7점으로 1위에 올랐다.', expect: ['SCORED 엑사원 4.0 -> KMMLU-Pro'] },
  { cat: 'score', text: '비교 대상에는 솔라 프로2(KMMLU-Pro 66.7)와 GPT-4o(KMMLU-Pro 70.2)가 포함됐다.', expect: ['SCORED 솔라 프로2 -> KMMLU-Pro', 'SCORED GPT-4o -> KMMLU-Pro'], edgeProps: ['SCORED GPT-4o -> KMMLU-Pro score=70.2'] },
  { cat: 'score', text: "HAERAE에서는 '카나나 2.0'(68.1점)이 가장 높았다.", expect: ['SCORED 카나나 2.0 -> HAERAE'] },
  {
    cat: 'score',
    text: '같은 평가에서 알리바바의 큐웬3(Qwen3) 32B는 KMMLU 70.1점, 오픈AI의 GPT-4.1은 74.8점을 받았다.',
    expect: ['SCORED 큐웬3 32B -> KMMLU', 'SCORED GPT-4.1 -> KMMLU', 'DEVELOPED 알리바바 -> 큐웬3 32B'],
    nodes: ['Model:큐웬3 32B'],
    noNodes: ['Model:큐웬3'],
    sameNode: ['큐웬3 32B=Qwen3 32B'],
  },
  {
    cat: 'score',
    text: 'KMMLU에서 원본인 Qwen3(41.2점)보다 높은 하늘-14B(48.9점)를 기록했다.',
    expect: ['SCORED Qwen3 -> KMMLU', 'SCORED 하늘-14B -> KMMLU'],
    edgeProps: ['SCORED Qwen3 -> KMMLU score=41.2', 'SCORED 하늘-14B -> KMMLU score=48.9'],
  },
  { cat: 'score', text: '엑사원 4.0은 KMMLU3)에서 72.4점을 기록했다.', expect: ['SCORED 엑사원 4.0 -> KMMLU'], noNodes: ['Benchmark:KMMLU3'] },
  { cat: 'score', text: 'KMMLU에서 카나나 2.0은 GPT-4o의 94% 수준을 보였다.', absent: ['SCORED 카나나 2.0 -> KMMLU', 'SCORED GPT-4o -> KMMLU'] },
  { cat: 'score', text: 'KMMLU에서 믿:음 2.0은 Qwen3보다 3점가량 높다.', absent: ['SCORED 믿:음 2.0 -> KMMLU', 'SCORED Qwen3 -> KMMLU'] },
  { cat: 'score', text: '엑사원 4.0은 KMMLU에서 GPT-4o보다 2.3점 낮았지만 CLIcK에서는 앞섰다.', absent: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED GPT-4o -> KMMLU'] },
  {
    cat: 'score',
    text: 'A.X 4.0은 KMMLU에서 GPT-4o(72.5점) 대비 5.8점 높은 78.3점을 기록했다. 엑사원 4.0은 CLIcK 5-shot 기준 71.3점이다.',
    edgeProps: ['SCORED A.X 4.0 -> KMMLU score=78.3', 'SCORED GPT-4o -> KMMLU score=72.5', 'SCORED 엑사원 4.0 -> CLIcK score=71.3'],
  },
  {
    cat: 'score',
    text: 'KMMLU 벤치마크는 45개 분야 3만5030개 문항으로 구성된다. 엑사원 4.0은 KMMLU 등 10개 벤치마크에서 평균 1위를 했다. A.X 4.0의 KMMLU 점수는 GPT-4o 대비 110% 수준이다.',
    absent: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED A.X 4.0 -> KMMLU', 'SCORED GPT-4o -> KMMLU'],
  },
  { cat: 'score', text: 'LogicKor에서 엑사원 4.0은 10점 만점에 9.2점을 받았다.', edgeProps: ['SCORED 엑사원 4.0 -> LogicKor score=9.2'] },
  { cat: 'score', text: 'LogicKor 결과 ▲엑사원 4.0 9.2점 ▲A.X 4.0 8.8점(10점 만점)', edgeProps: ['SCORED 엑사원 4.0 -> LogicKor score=9.2', 'SCORED A.X 4.0 -> LogicKor score=8.8'] },
  { cat: 'score', text: '엑사원 4.0은 한국어 지식 평가(KMMLU3))에서 72.4점을 받았다. 카나나 2.0의 KMMLU2) 점수는 68.1점이다.', edgeProps: ['SCORED 엑사원 4.0 -> KMMLU score=72.4', 'SCORED 카나나 2.0 -> KMMLU score=68.1'], noNodes: ['Benchmark:KMMLU3', 'Benchmark:KMMLU2'] },
  {
    cat: 'score',
    text: 'A.X 4.0은 KMMLU 78.3점으로 GPT-4o보다 5.8점 높았고 CLIcK은 83.5점이었다. 솔라 프로2는 Qwen3 대비 4.2점 앞섰다.',
    edgeProps: ['SCORED A.X 4.0 -> KMMLU score=78.3'],
    absent: ['SCORED GPT-4o -> KMMLU', 'SCORED GPT-4o -> CLIcK', 'SCORED Qwen3 -> KMMLU', 'SCORED 솔라 프로2 -> KMMLU'],
  },
  // 3. versioned model names
  // a word saying where a model comes from, or a word with a particle, before a size is no model's name
  { cat: 'model.sized-name', text: '토종 7B 모델이 한국어 추론 평가에서 GPT-4.1 미니를 앞섰다. 국산 32B 추론 모델도 나왔다.', noNodes: ['Model:토종 7B', 'Model:국산 32B'] },
  { cat: 'model.sized-name', text: "노바랩은 매개변수 320억개 규모의 본모델과 8B 크기의 경량 모델 '노바 2 미니'를 공개했다.", nodes: ['Model:노바 2 미니'], noNodes: ['Model:본모델과 8B'] },
  { cat: 'model.version', text: 'SK텔레콤은 A.X K1과 A.X K1 Mini를 공개했다.', nodes: ['Model:A.X K1', 'Model:A.X K1 Mini'], expect: ['DEVELOPED SK텔레콤 -> A.X K1', 'DEVELOPED SK텔레콤 -> A.X K1 Mini'] },
  { cat: 'model.version', text: '업스테이지는 솔라 오픈 100B를 허깅페이스에 올렸다.', nodes: ['Model:솔라 오픈 100B'], expect: ['DEVELOPED 업스테이지 -> 솔라 오픈 100B'], noNodes: ['Model:솔라'] },
  { cat: 'model.version', text: 'LG AI연구원은 엑사원 4.0 32B를 오픈소스로 공개했다.', nodes: ['Model:엑사원 4.0 32B'], props: ['엑사원 4.0 32B=parameters:32000000000'] },
  {
    cat: 'model.version',
    text: '이번 평가에는 알리바바의 Qwen3-32B와 Qwen3-235B-A22B, 메타의 Llama 3.1 8B, 구글의 Gemma 3 27B가 포함됐다.',
    nodes: ['Model:Qwen3-32B', 'Model:Qwen3-235B-A22B', 'Model:Llama 3.1 8B', 'Model:Gemma 3 27B'],
    expect: ['DEVELOPED 알리바바 -> Qwen3-32B', 'DEVELOPED 알리바바 -> Qwen3-235B-A22B', 'DEVELOPED 메타 -> Llama 3.1 8B', 'DEVELOPED 구글 -> Gemma 3 27B'],
  },
  {
    cat: 'model.version',
    text: '미스트랄AI의 Mistral Small 3.1, 딥시크의 DeepSeek-R1과 DeepSeek-V3.1, 마이크로소프트의 Phi-4도 비교 대상이었다.',
    nodes: ['Model:Mistral Small 3.1', 'Model:DeepSeek-R1', 'Model:DeepSeek-V3.1', 'Model:Phi-4'],
    expect: ['DEVELOPED 딥시크 -> DeepSeek-R1', 'DEVELOPED 마이크로소프트 -> Phi-4', 'DEVELOPED 미스트랄AI -> Mistral Small 3.1'],
  },
  { cat: 'model.version', text: '네이버는 HyperCLOVA X SEED와 하이퍼클로바X 씽크를 함께 공개했다.', nodes: ['Model:HyperCLOVA X SEED', 'Model:하이퍼클로바X 씽크'] },
  {
    cat: 'model.version',
    text: "코난테크놀로지는 '코난 LLM ENT-11'을 출시했다. ENT-11은 KMMLU에서 62.1점을 받았다.",
    expect: ['DEVELOPED 코난테크놀로지 -> 코난 LLM ENT-11', 'SCORED 코난 LLM ENT-11 -> KMMLU'],
  },
  {
    cat: 'model.version',
    text: '바르코 비전 2.0은 바르코 계열 최신 모델로, 엔씨AI는 바르코 비전 2.0을 오픈소스로 공개했다.',
    nodes: ['Model:바르코 비전 2.0'],
  },
  {
    cat: 'model.bare-family',
    text: '업스테이지는 솔라 오픈 100B를 공개했다. 솔라는 KMMLU에서 68.2점을 받았다.',
    expect: ['SCORED 솔라 오픈 100B -> KMMLU'],
    noNodes: ['Model:솔라'],
  },
  {
    cat: 'model.bare-family',
    text: 'NC AI가 공개한 바르코 비전 2.0은 이미지 이해에 강하다고 회사는 밝혔고, 바르코는 KMMLU에서 55.0점을 얻었다.',
    expect: ['SCORED 바르코 비전 2.0 -> KMMLU'],
    noNodes: ['Model:바르코'],
  },
  {
    cat: 'model.bare-family',
    text: '카나나 1.5는 지난해 공개된 카나나의 업그레이드 버전이다.',
    nodes: ['Model:카나나'],
    expect: ['SUCCEEDS 카나나 1.5 -> 카나나'],
  },
  {
    cat: 'score',
    text: '하늘-14B는 한국어 지식 평가 KMMLU 기준 58.2점을 얻었다. 별빛-8B는 HAERAE 벤치마크에서 평균 점수 71.0점을 기록했다.',
    expect: ['SCORED 하늘-14B -> KMMLU', 'SCORED 별빛-8B -> HAERAE'],
    edgeProps: [],
  },
  {
    cat: 'list.leaderboard',
    text: 'KMMLU 결과 ▲엑사원 4.0 32B(LG AI연구원) 72.4점 ▲Qwen3-32B(알리바바) 69.0점 ▲Gemma 3 27B(구글) 61.5점으로 나타났다.',
    expect: ['SCORED 엑사원 4.0 32B -> KMMLU', 'SCORED Qwen3-32B -> KMMLU', 'SCORED Gemma 3 27B -> KMMLU', 'DEVELOPED 알리바바 -> Qwen3-32B', 'DEVELOPED 구글 -> Gemma 3 27B'],
    absent: ['DEVELOPED LG AI연구원 -> Qwen3-32B'],
  },
  { cat: 'model.discovered', text: '한빛랩스의 신규 모델 한빛-R은 추론 특화다.', nodes: ['Model:한빛-R'], expect: ['DEVELOPED 한빛랩스 -> 한빛-R'] },
  { cat: 'model.discovered', text: '노타는 경량 모델 ‘노타 LM 1.0’을 개발했다고 밝혔다.', nodes: ['Model:노타 LM 1.0'], expect: ['DEVELOPED 노타 -> 노타 LM 1.0'], noNodes: ['Model:LM 1.0'] },
  { cat: 'model.discovered', text: '코로나-19 이후 재택근무가 늘었다.', noNodes: ['Model:코로나-19'] },
  { cat: 'policy', text: '홍지호 산업통상자원부 장관은 "K-AI 컴퓨팅 인프라 사업을 통해 도약하겠다"고 강조했다. 루준센웍스는 펜마 지역 거점 AI 인재 양성 지원사업에도 참여하겠다는 의사를 밝혔다.', nodes: ['Policy:K-AI 컴퓨팅 인프라 사업', 'Policy:펜마 지역 거점 AI 인재 양성 지원사업'], expect: ['PROMOTES 홍지호 -> K-AI 컴퓨팅 인프라 사업'], noNodes: ['Policy:K-AI'] },
  { cat: 'policy', text: '업스테이지는 K-AI 프로젝트에 참여한다. K-AI 사업은 순항 중이다.', expect: ['PARTICIPATES_IN 업스테이지 -> K-AI'] },
  { cat: 'score', text: 'KMath-Pro에서 Fenvifen 1.5 Turbo(92.97)는 비제 1.5(92.84) 대비 100% 수준의 성능을 나타냈다.', expect: ['SCORED Fenvifen 1.5 Turbo -> KMath-Pro', 'SCORED 비제 1.5 -> KMath-Pro'] },
  { cat: 'model.discovered', text: '두 회사는 마제네인텔리전스의 Morix 1.5를 고도화하는 데 협력한다.', nodes: ['Model:Morix 1.5'], expect: ['DEVELOPED 마제네인텔리전스 -> Morix 1.5'] },
  { cat: 'policy', text: '사토르다이내믹스는 공공 오픈소스 AI 생태계 사업에도 참여하겠다는 의사를 밝혔다.', nodes: ['Policy:공공 오픈소스 AI 생태계 사업'], expect: ['PARTICIPATES_IN 사토르다이내믹스 -> 공공 오픈소스 AI 생태계 사업'] },
  { cat: 'policy', text: '할테르클라우드는 산업통상자원부의 K-AI 컴퓨팅 인프라 사업 수행 기업으로 선정됐다.', nodes: ['Policy:K-AI 컴퓨팅 인프라 사업'], expect: ['PARTICIPATES_IN 할테르클라우드 -> K-AI 컴퓨팅 인프라 사업'], noNodes: ['Policy:K-AI'] },
  { cat: 'policy', text: '- 공공 사업에도 참여하나. 네, 올해 AI 바우처 사업에 참여합니다.', noNodes: ['Policy:- 공공 사업', 'Policy:공공 사업'], nodes: ['Policy:AI 바우처'] },
  { cat: 'policy', text: 'LG는 컨소시엄을 꾸려 이번 사업에 참여했다. 회사는 자체 사업에 참여한다. 카카오, 크래프톤 등이 AI 바우처 사업에 신청서를 냈다.', noNodes: ['Policy:꾸려 이번 사업', 'Policy:자체 사업', 'Policy:이번 사업'], nodes: ['Policy:AI 바우처'] },
  { cat: 'policy', text: "사베카인텔리전스는 정부가 추진하는 '지역 거점 멀티모달 AI 프로그램'에 참여할 계획이다.", nodes: ['Policy:지역 거점 멀티모달 AI 프로그램'], expect: ['PARTICIPATES_IN 사베카인텔리전스 -> 지역 거점 멀티모달 AI 프로그램'] },
  { cat: 'policy', text: "대표는 '우리는 더 좋은 모델을 만드는 회사를 만드는 사업'이라고 말했다.", noNodes: ['Policy:우리는 더 좋은 모델을 만드는 회사를 만드는 사업'] },
  { cat: 'person', text: '이경전 경희대 교수는 "투명하게 밝히는 것이 더 중요하다"고 말했다. 김정대 업스테이지 대표도 같은 생각이다.', noNodes: ['Person:경희대'], expect: ['WORKS_FOR 김정대 -> 업스테이지'] },
  { cat: 'model.discovered', text: '엑사원 4.0 32B는 GPQA에서 75.4점으로, 딥시크 ‘R1-0528’(81.0점)에는 못 미쳤다.', nodes: ['Model:R1-0528'], expect: ['DEVELOPED 딥시크 -> R1-0528', 'SCORED R1-0528 -> GPQA'] },
  { cat: 'model.discovered', text: 'Tri-70B는 미스트랄AI의 「미스트랄 스몰 3.1」이나 딥시크 「V3」 등 해외 모델을 가져다 쓰지 않았다.', nodes: ['Model:V3'], expect: ['DEVELOPED 딥시크 -> V3'], absent: ['BASED_ON Tri-70B -> V3'] },
  { cat: 'model.discovered', text: "카카오는 '카카오톡'에 모델을 넣었다. 삼성전자 '갤럭시 S25'에 모델이 탑재됐다.", noNodes: ['Model:갤럭시 S25', 'Model:카카오톡'] },
  { cat: 'model.discovered', text: '솔라 프로 2는 KMMLU 벤치마크 결과 68.1을 기록했고 평균 72.4를 받았다.', noNodes: ['Model:결과 68.1', 'Model:평균 72.4'] },
  { cat: 'model.prefixed', text: "평가 결과 LG AI연구원의 'K-엑사원'은 KMMLU-Pro 67.2점을 받았다.", nodes: ['Model:K-엑사원'], expect: ['DEVELOPED LG AI연구원 -> K-엑사원', 'SCORED K-엑사원 -> KMMLU-Pro'], noNodes: ['Model:엑사원'] },
  { cat: 'model.prefixed', text: "평가에서 1위를 차지한 LG AI연구원의 'K-엑사원(K-EXAONE)'은 2360억 파라미터(236B) 규모로, 언어 이해 벤치마크 MMLU-Pro에서 81.8점을 기록했다.", nodes: ['Model:K-엑사원'], expect: ['DEVELOPED LG AI연구원 -> K-엑사원', 'SCORED K-엑사원 -> MMLU-Pro'], noNodes: ['Model:엑사원', 'Model:K-EXAONE'] },
  { cat: 'model.discovered', text: 'KT는 메타의 오픈소스 모델 ‘라마 3.3 70B(Llama 3.3 70B)’에 한국어 데이터를 추가 학습한 ‘라마 K(Llama K)’도 함께 선보였다.', nodes: ['Model:라마 K'], expect: ['DEVELOPED KT -> 라마 K', 'BASED_ON 라마 K -> 라마 3.3 70B'], noNodes: ['Model:라마'] },
  { cat: 'model.discovered', text: "KT가 자체 개발한 '믿:음 K 2.0(Mi:dm K 2.0)'을 10일 공개했다. 믿:음 K 2.0은 KMMLU 62.3점, HAE-RAE 81.5점을 기록했다.", nodes: ['Model:믿:음 K 2.0'], expect: ['DEVELOPED KT -> 믿:음 K 2.0', 'SCORED 믿:음 K 2.0 -> KMMLU', 'SCORED 믿:음 K 2.0 -> HAE-RAE'] },
  { cat: 'model.prefixed', text: '한 스타트업이 ‘Ko-Llama 3’를 내놨다.', nodes: ['Model:Ko-Llama 3'], noNodes: ['Model:Llama 3'] },
  { cat: 'model.prefixed', text: "업계는 '엑사원 효과'에 주목했다.", noNodes: ['Model:엑사원 효과'] },
  {
    cat: 'model.version',
    text: '딥시크는 중국 스타트업이다. 국내 모델 상당수는 DeepSeek-R1-Distill-Qwen-14B와 Qwen2.5-72B-Instruct를 기반으로 했다. 알리바바도 언급됐다.',
    nodes: ['Model:DeepSeek-R1-Distill-Qwen-14B', 'Model:Qwen2.5-72B-Instruct'],
    expect: ['DEVELOPED 딥시크 -> DeepSeek-R1-Distill-Qwen-14B', 'DEVELOPED 알리바바 -> Qwen2.5-72B-Instruct'],
    absent: ['DEVELOPED 알리바바 -> DeepSeek-R1-Distill-Qwen-14B'],
    props: ['DeepSeek-R1-Distill-Qwen-14B=parameters:14000000000'],
  },
  // 4. company discovery and gazetteer
  { cat: 'company', text: '스타트업 한빛랩스는 법률 특화 모델 ‘한빛-7B’를 공개했다.', nodes: ['Company:한빛랩스'], expect: ['DEVELOPED 한빛랩스 -> 한빛-7B'] },
  { cat: 'company', text: '미국 AI 기업 노바라인 AI는 새 추론 모델을 공개했다.', nodes: ['Company:노바라인 AI'], props: ['노바라인 AI=country:US'] },
  { cat: 'company', text: '싱가포르의 Orchid Labs는 동남아 언어 모델 Orchid-9B를 공개했다.', nodes: ['Company:Orchid Labs'], props: ['Orchid Labs=country:SG'], noNodes: ['Company:Orchid'] },
  { cat: 'company', text: '모레(Moreh)는 자체 개발한 언어모델을 공개했다.', nodes: ['Company:모레'] },
  { cat: 'company', text: '(주)엘박스는 법률 AI 서비스를 출시했다.', nodes: ['Company:엘박스'] },
  {
    cat: 'company',
    text: '래블업, 플리토, 트웰브랩스, 스캐터랩, 셀바스AI, 와이즈넛, 사이냅소프트, 딥엑스가 행사에 참가했다.',
    nodes: ['Company:래블업', 'Company:플리토', 'Company:트웰브랩스', 'Company:스캐터랩', 'Company:셀바스AI', 'Company:와이즈넛', 'Company:사이냅소프트', 'Company:딥엑스'],
  },
  { cat: 'company', text: '코히어, xAI, 퍼플렉시티, 웨이츠앤바이어시스(W&B)도 한국 시장에 진출했다.', nodes: ['Company:코히어', 'Company:xAI', 'Company:퍼플렉시티', 'Company:웨이츠앤바이어시스'], props: ['웨이츠앤바이어시스=country:US'] },
  { cat: 'company', text: '카카오는 카나나를 공개했으며, 구글 클라우드와 파트너십을 맺었다.', expect: ['PARTNERS_WITH 카카오 -> 구글 클라우드'], props: ['구글 클라우드=country:US'] },
  { cat: 'partners', text: "SK텔레콤은 업스테이지, 스캐터랩, 페르소나AI 등과 'K-AI 얼라이언스'를 결성했다.", expect: ['PARTNERS_WITH SK텔레콤 -> 업스테이지', 'PARTNERS_WITH 스캐터랩 -> SK텔레콤', 'PARTNERS_WITH SK텔레콤 -> 페르소나AI'], noNodes: ['Policy:K-AI'] },
  { cat: 'partners', text: 'KT와 LG유플러스, 네이버는 AI 협의체를 결성했다.', expect: ['PARTNERS_WITH KT -> LG유플러스', 'PARTNERS_WITH LG유플러스 -> 네이버'] },
  // a partnership named as a rumour ("…와 공동 개발설", "협력설", "제휴 루머") is a claim, not a stated partnership; "설명회" is no rumour
  { cat: 'partners.rumour-noun', text: "가람랩스는 업계에서 돈 '누리소프트와 공동 개발설'에 대해 사실무근이라고 밝혔다.", absent: ['PARTNERS_WITH 가람랩스 -> 누리소프트'] },
  { cat: 'partners.rumour-noun', text: '가람랩스는 누리소프트와 협력설을 부인했다.', absent: ['PARTNERS_WITH 가람랩스 -> 누리소프트'] },
  { cat: 'partners.rumour-noun', text: '가람랩스 측은 누리소프트와 제휴 루머에 선을 그었다.', absent: ['PARTNERS_WITH 가람랩스 -> 누리소프트'] },
  { cat: 'partners.rumour-noun', text: '가람랩스는 누리소프트와 공동개발설이 나온 뒤 입장을 냈다.', absent: ['PARTNERS_WITH 가람랩스 -> 누리소프트'] },
  { cat: 'partners.rumour-noun', text: '가람랩스는 누리소프트와 공동 개발 설명회를 열었다.', expect: ['PARTNERS_WITH 가람랩스 -> 누리소프트'] },
  { cat: 'company', text: '네이버와 사우디 아람코가 MOU를 체결했다.', expect: ['PARTNERS_WITH 네이버 -> 사우디 아람코'], props: ['사우디 아람코=country:SA'] },
  { cat: 'company', text: '야놀자가 공개한 EEVE-Korean-10.8B는 업스테이지의 솔라를 기반으로 만들어졌다.', expect: ['DEVELOPED 야놀자 -> EEVE-Korean-10.8B', 'BASED_ON EEVE-Korean-10.8B -> 솔라'], props: ['야놀자=country:KR'] },
  { cat: 'company', text: '모델 성능은 델 테크놀로지스 서버에서 측정됐다. 토스트를 굽는 모델이다.', nodes: ['Company:델 테크놀로지스'], noNodes: ['Company:토스'] },
  { cat: 'company', text: '서울대와 카이스트 연구진이 참여했다.', noNodes: ['Company:서울대', 'Company:카이스트'] },
  // 5. co-development
  { cat: 'codev', text: 'LG AI연구원과 LG유플러스가 공동 개발한 익시젠 2.0이 공개됐다.', expect: ['DEVELOPED LG AI연구원 -> 익시젠 2.0', 'DEVELOPED LG유플러스 -> 익시젠 2.0', 'PARTNERS_WITH LG AI연구원 -> LG유플러스'] },
  { cat: 'codev', text: 'KT는 미국 코히어와 손잡고 한국어 특화 모델 K-인텔리전스를 개발했다.', expect: ['PARTNERS_WITH KT -> 코히어'] },
  { cat: 'codev', text: '네이버와 삼성전자의 모델 공동 개발은 논의된 바 없다고 양사는 밝혔다.', absent: ['PARTNERS_WITH 네이버 -> 삼성전자'] },
  { cat: 'codev', text: 'LG유플러스가 코히어와 손잡았는지에 대해 회사는 확인해 줄 수 없다고 했다.', absent: ['PARTNERS_WITH LG유플러스 -> 코히어'] },
  { cat: 'codev', text: '업스테이지와 아마존(AWS)은 솔라 프로2를 공동 개발했다고 밝혔다.', expect: ['PARTNERS_WITH 아마존 -> 업스테이지', 'DEVELOPED 업스테이지 -> 솔라 프로2', 'DEVELOPED 아마존 -> 솔라 프로2'] },
  { cat: 'codev', text: 'KT와 마이크로소프트가 함께 개발한 한국어 모델이 나왔다.', expect: ['PARTNERS_WITH KT -> 마이크로소프트'] },
  { cat: 'codev', text: '카카오와 크래프톤은 AI 파트너십을 체결했다. 삼성전자와 네이버는 협약을 맺지 않았다.', expect: ['PARTNERS_WITH 카카오 -> 크래프톤'], absent: ['PARTNERS_WITH 네이버 -> 삼성전자'] },
  {
    cat: 'codev.article',
    text: "KT가 미국 팔란티어와 손잡고 금융 특화 LLM '믿:음 파이낸스'를 공동 개발한다. 양사는 지난 2일 서울 광화문 KT 사옥에서 업무협약을 맺었다. 이번 협력은 KT 기업부문장인 오승필 부사장이 주도했다. 오 부사장은 \"팔란티어의 데이터 플랫폼과 믿:음 2.0을 결합하겠다\"고 말했다. 한편 KT는 마이크로소프트(MS)와의 공동 개발 모델 'SOTA K'도 연내 내놓는다. LG유플러스와의 협력설에 대해서는 \"논의된 바 없다\"고 선을 그었다.",
    nodes: ['Model:믿:음 파이낸스'],
    expect: ['DEVELOPED KT -> 믿:음 파이낸스', 'DEVELOPED 팔란티어 -> 믿:음 파이낸스', 'PARTNERS_WITH KT -> 팔란티어', 'DEVELOPED 마이크로소프트 -> SOTA K', 'DEVELOPED KT -> SOTA K', 'WORKS_FOR 오승필 -> KT'],
    absent: ['DEVELOPED 팔란티어 -> 믿:음 2.0', 'PARTNERS_WITH KT -> LG유플러스'],
    props: ['팔란티어=country:US'],
  },
  // 6. BASED_ON forms
  { cat: 'based-on.component', text: '하늘-VL은 언어 모델로 Qwen3를, 비전 인코더로 SigLIP2를 채택했다.', expect: ['BASED_ON 하늘-VL -> Qwen3', 'BASED_ON 하늘-VL -> SigLIP2'] },
  { cat: 'based-on.component', text: '하늘-VL은 Qwen3를 언어 모델로, SigLIP2를 이미지 인코더로 사용했다.', expect: ['BASED_ON 하늘-VL -> Qwen3', 'BASED_ON 하늘-VL -> SigLIP2'] },
  { cat: 'based-on.component', text: "한빛AI는 멀티모달 모델 '하늘-VL'을 공개했다. 이 모델은 언어 모델에 Qwen3를 탑재했다.", expect: ['BASED_ON 하늘-VL -> Qwen3'] },
  { cat: 'based-on.component', text: '하늘-VL은 언어 모델로 Qwen3를 사용하지 않았다. 하늘-VL은 GPT-4o를 제치고 언어 모델 중 1위를 차지했다.', absent: ['BASED_ON 하늘-VL -> Qwen3', 'BASED_ON 하늘-VL -> GPT-4o'] },
  { cat: 'based-on', text: '하늘-7B는 Qwen2.5를 base로 한국어 데이터를 더 학습했다.', expect: ['BASED_ON 하늘-7B -> Qwen2.5'] },
  { cat: 'based-on', text: '별빛-8B는 Llama 3.1 8B 파인튜닝 모델이다.', expect: ['BASED_ON 별빛-8B -> Llama 3.1 8B'] },
  { cat: 'based-on', text: '누리-R 14B는 DeepSeek-R1에서 증류한 모델이다.', expect: ['BASED_ON 누리-R 14B -> DeepSeek-R1'] },
  { cat: 'based-on', text: '가온-32B는 Qwen3-32B를 백본으로 삼았다.', expect: ['BASED_ON 가온-32B -> Qwen3-32B'] },
  { cat: 'based-on', text: '다온-9B는 Gemma 2 9B 가중치를 가져와 한국어로 추가 학습했다.', expect: ['BASED_ON 다온-9B -> Gemma 2 9B'] },
  { cat: 'based-on', text: '미르-12B는 Mistral Small 3.1을 토대로 개발됐다.', expect: ['BASED_ON 미르-12B -> Mistral Small 3.1'] },
  { cat: 'based-on', text: '한결-8B는 Llama 3.1 파인튜닝 계열이 아니라 처음부터 새로 학습한 모델이다.', absent: ['BASED_ON 한결-8B -> Llama 3.1'] },
  { cat: 'based-on', text: '한결-8B는 Qwen3의 가중치는 전혀 쓰지 않았다고 회사는 강조했다.', absent: ['BASED_ON 한결-8B -> Qwen3'] },
  // 7. successors
  { cat: 'succeeds', text: '한결-비전 3는 지난해 나온 한결-비전 2의 후속 모델이다. 한결-비전 3는 문서 벤치마크 KMMLU에서 52.6점을 받았다.', expect: ['SUCCEEDS 한결-비전 3 -> 한결-비전 2', 'SCORED 한결-비전 3 -> KMMLU'], absent: ['SUCCEEDS 비전 3 -> 비전 2'] },
  { cat: 'succeeds', text: '엑사원 3.5의 후속 모델 엑사원 4.0이 공개됐다.', expect: ['SUCCEEDS 엑사원 4.0 -> 엑사원 3.5'] },
  { cat: 'succeeds', text: '카나나 2.0은 카나나 1.5 후속이지만 처음부터 새로 학습했다.', expect: ['SUCCEEDS 카나나 2.0 -> 카나나 1.5'], props: ['카나나 2.0=fromScratch:true'] },
  { cat: 'succeeds', text: '회사는 믿:음 2.0이 믿:음 1.0의 successor가 아니라 completely new 모델이라고 설명했다.', absent: ['SUCCEEDS 믿:음 2.0 -> 믿:음 1.0'] },
  // 8. attributes
  { cat: 'attr', text: '하늘-21B의 매개변수는 21B, 그러니까 210억 개다.', props: ['하늘-21B=parameters:21000000000'] },
  { cat: 'attr', text: '별빛 2는 519B parameters(5190억 개) 규모의 모델이다.', props: ['별빛 2=parameters:519000000000'] },
  { cat: 'attr', text: '가람 LM 2의 매개변수는 127억 개다.', props: ['가람 LM 2=parameters:12700000000'] },
  { cat: 'attr', text: '카나나 2.0은 15조 토큰으로 학습했고 개발에 1조2000억원이 들었다.', noNodes: [], props: ['카나나 2.0=parameters:undefined'] },
  { cat: 'attr', text: '솔라 오픈 100B는 MoE 구조로 추론 시 12B 활성 매개변수만 쓴다.', props: ['솔라 오픈 100B=parameters:100000000000'] },
  { cat: 'attr', text: '업스테이지는 솔라 프로2를 오픈소스로 공개할 계획이라고 밝혔다.', props: ['솔라 프로2=openSource:true'] },
  { cat: 'attr', text: '트릴리온랩스는 Tri-21B의 가중치를 공개했다.', props: ['Tri-21B=openSource:true'] },
  { cat: 'attr', text: '카카오는 지난 10일 카나나 2.0을 공개했다.', props: ['카나나 2.0=releasedOn:2025-07-10'] },
  { cat: 'attr', text: 'KT는 믿:음 2.0을 3일 공개했다고 4일 밝혔다.', props: ['믿:음 2.0=releasedOn:2025-07-03'] },
  // "N억개 규모 경량 모델 'Y'" (no space before 개) is Y's size; "'X'의 후속작으로, … 프롬 스크래치로 만들었다" describes the model in focus, not X
  { cat: 'attr.size-gyumo', text: "새봄소프트는 새봄 5를 바탕으로 만든 35억개 규모 경량 모델 '새봄 5 라이트'도 공개했다.", props: ['새봄 5 라이트=parameters:3500000000'] },
  { cat: 'attr.successor-not-subject', text: "새봄소프트가 '새봄 5'를 공개했다. 지난해 내놓은 '새봄 4'의 후속작으로, 전 과정을 자체 기술로 진행한 프롬 스크래치 방식으로 개발했다.", props: ['새봄 5=fromScratch:true', '새봄 4=fromScratch:undefined'] },
  // "'Y'도 이날 함께 나왔다" releases Y on the article's day; "나노 모델은 … 오픈소스로 풀어" is the article's one model named '… 나노'
  { cat: 'attr.released-along', text: "새봄소프트가 '새봄 5'를 공개했다. 음성 기능을 갖춘 '새봄 5 비전'도 이날 함께 나왔다.", props: ['새봄 5 비전=releasedOn:2025-07-14'] },
  { cat: 'attr.variant-reference', text: "새봄소프트가 '새봄 5'를 공개했다. 회사는 경량 모델 '새봄 5 미니'도 내놨다. 미니 모델은 깃허브에 오픈소스로 풀어 누구나 쓸 수 있게 했다.", props: ['새봄 5 미니=openSource:true', '새봄 5=openSource:undefined'] },
  // "눈에 띄는 것은 X의 'Y 1'이다. … 이 모델은 …": a company's numbered name as the predicate is a model, and the topic of the next sentence
  { cat: 'model.cleft-predicate', text: "가장 놀라운 것은 신생 기업 한결AI의 '한결 코더 2'이다. 지난 3일 오픈소스로 공개된 이 모델은 매개변수 70억개 규모다.", nodes: ['Model:한결 코더 2'], expect: ['DEVELOPED 한결AI -> 한결 코더 2'], props: ['한결 코더 2=parameters:7000000000', '한결 코더 2=openSource:true'] },
  // "N억개짜리 (온디바이스용) 'X'": the count is the model's that follows
  { cat: 'attr.count-before-name', text: '솔빛AI는 매개변수 700억 개 규모의 ‘솔빛 4’와 30억개짜리 온디바이스용 ‘솔빛 4 나노’를 공개했다.', props: ['솔빛 4=parameters:70000000000', '솔빛 4 나노=parameters:3000000000'] },
  // a paragraph mark ("□ ") before the topic model: the sentence still opens on it, so the next sentence's count is its
  { cat: 'attr.lead-mark-topic', text: '□ 솔빛AI는 ‘솔빛 4’와 이를 경량화한 ‘솔빛 4 미니’를 11일 공개했다.\n\n□ 솔빛 4는 지난해 선보인 솔빛 3의 후속 모델이다. 파라미터는 약 700억 개다.', props: ['솔빛 4=parameters:70000000000', '솔빛 4 미니=parameters:undefined'] },
  // the objects of one release verb ("A와 (이를 경량화한) B를 7일 공개했다") share its day; objects of another verb do not
  { cat: 'attr.released-objects', text: "솔빛AI는 자체 개발한 언어모델 '솔빛 4'와 이를 경량화한 '솔빛 4 미니'를 7일 공개한다고 밝혔다.", props: ['솔빛 4=releasedOn:2025-07-07', '솔빛 4 미니=releasedOn:2025-07-07'] },
  { cat: 'attr.released-objects', text: "솔빛AI는 지난 7일 '솔빛 4'를 공개했다. 회사는 '솔빛 4'와 '라마 3.1 8B'를 나란히 비교했다.", props: ['솔빛 4=releasedOn:2025-07-07', '라마 3.1 8B=releasedOn:undefined'] },
  // a cue in the clause modifying the model after it ("처음부터 자체 학습한 'X'의 후속인 Y")
  { cat: 'attr.adnominal-cue', text: "솔빛AI는 처음부터 자체 학습한 '솔빛 2 12B'의 후속인 '솔빛 3 30B' 학습을 마쳤다.", props: ['솔빛 2 12B=fromScratch:true'] },
  // released together: a variant (or a model named beside the one whose day was given) shares that day
  { cat: 'attr.released-together', text: '누리소프트는 11일 ‘누리온 3’을 출시했다. 파라미터는 약 300억 개다. 경량 모델 ‘누리온 3 플래시’도 함께 나왔다.', props: ['누리온 3=releasedOn:2025-07-11', '누리온 3 플래시=releasedOn:2025-07-11'] },
  { cat: 'attr.released-together', text: '한결랩은 11일 ‘한결 2’를 공개했다. 한결 2를 교사로 증류한 경량 모델 ‘소담 1B’도 오픈소스로 함께 풀었다.', props: ['소담 1B=releasedOn:2025-07-11'] },
  { cat: 'attr.released-together', text: '한결랩은 11일 ‘한결 2’를 공개했다. 당초 경량판 ‘한결 2 라이트’도 함께 내놓겠다고 했지만 미뤘다.', props: ['한결 2 라이트=releasedOn:undefined'] },
  { cat: 'attr.released-together', text: '솔빛AI는 11일 ‘솔빛 4’를 공개했다. 지난해 선보인 솔빛 3의 후속으로, 700억 개의 본 모델과 30억 개의 ‘솔빛 4 나노’ 두 가지 크기로 나왔다.', props: ['솔빛 4 나노=releasedOn:2025-07-11', '솔빛 3=releasedOn:undefined'] },
  // a company's quoted description of the model in focus ("…학습한 모델"이라고 설명했다) states its properties; other speech does not
  { cat: 'attr.quoted-description', text: '솔빛AI는 11일 ‘솔빛 4’를 공개했다. 회사 측은 “데이터 수집부터 사전학습까지 처음부터 자체 학습한 모델”이라고 설명했다.', props: ['솔빛 4=fromScratch:true'] },
  { cat: 'attr.quoted-description', text: '솔빛AI는 11일 ‘솔빛 4’를 공개했다. 김민수 대표는 “언젠가는 처음부터 학습하는 것이 우리의 목표”라고 말했다.', props: ['솔빛 4=fromScratch:undefined'] },
  // "두 모델 모두", "세 모델 모두": the models the last listing sentence named, when the count agrees (not a model still in focus)
  { cat: 'attr.group-counted', text: '한빛소프트는 ‘한빛-S 3B’와 ‘한빛-S 12B’를 공개했다. 회사는 두 모델 모두 처음부터 자체 학습한 모델이라고 밝혔다.', props: ['한빛-S 3B=fromScratch:true', '한빛-S 12B=fromScratch:true'] },
  { cat: 'attr.group-counted', text: '한빛소프트는 ‘한빛-S 12B’를 공개했다. 비교 대상은 ‘라마 3.1 8B’, ‘큐웬3-8B’, ‘젬마 3 12B’였다. 두 모델 모두 처음부터 자체 학습한 모델이다.', props: ['라마 3.1 8B=fromScratch:undefined', '큐웬3-8B=fromScratch:undefined'] },
  { cat: 'attr.group-counted', text: '한빛소프트는 ‘한빛-S 12B’와 함께 경량 모델 ‘한빛-S 3B’, 초경량 모델 ‘한빛-S 1B’도 공개했으며, 세 모델 모두 상업적 이용이 가능한 아파치 2.0 라이선스를 적용했다.', props: ['한빛-S 12B=openSource:true', '한빛-S 3B=openSource:true', '한빛-S 1B=openSource:true'] },
  // the day of an older version ("가온") is not the variant's ("가온 2 미니" extends "가온 2")
  { cat: 'attr.released-together', text: '가온랩은 ‘가온 2’를 출시했다고 11일 밝혔다. 가온 2는 지난 3일 공개된 ‘가온’의 후속이다. 가온랩은 ‘가온 2 미니’도 함께 선보였다.', props: ['가온=releasedOn:2025-07-03', '가온 2 미니=releasedOn:2025-07-14'] },
  // 9. false nodes
  // a bare line name that starts a team title names the team ("하이퍼클로바X 개발리더"), and "A라는 'B'" is no model cue unless A is a model word
  { cat: 'false.team-title', text: '네이버 윤서하 하이퍼클로바X 개발리더는 "속도를 높였다"고 말했다.', noNodes: ['Model:하이퍼클로바X'], expect: ['WORKS_FOR 윤서하 -> 네이버'] },
  { cat: 'false.quoted-after-raneun', text: "결국 승부는 속도라는 '전장'에서 갈렸다.", noNodes: ['Model:전장'] },
  { cat: 'false.quoted-after-raneun', text: "가온소프트는 추론 모델이라는 '가온 씽커'를 공개했다.", nodes: ['Model:가온 씽커'] },
  { cat: 'false-node', text: '김 박사는 엑사원 4.0 개발을 이끌었다. 이 박사는 반도체 전문가다.', noNodes: ['Person:박사는', 'Person:반도체', 'Person:김 박사'] },
  { cat: 'false-node', text: '연합뉴스에 따르면 KT는 믿:음 2.0을 공개했다.', noNodes: ['Company:연합', 'Company:연합뉴스'] },
  { cat: 'false-node', text: `이른바 '국가대표 AI'로 불리는 ${FP}에 SK텔레콤이 선정됐다.`, noNodes: ['Policy:국가대표 AI'], expect: [`PARTICIPATES_IN SK텔레콤 -> ${FP}`] },
  // a user's clause ("Y를 쓰지만", "Y를 쓰고 있으며", "써 왔지만") ends before a later development verb: the user is no developer
  { cat: 'false.user-then-plan', text: '가온은행은 네이버클라우드의 하이퍼클로바X를 쓰지만, 자체 모델을 개발할 계획은 없다고 밝혔다.', absent: ['DEVELOPED 가온은행 -> 하이퍼클로바X'], expect: ['DEVELOPED 네이버클라우드 -> 하이퍼클로바X'] },
  { cat: 'false.user-then-plan', text: '가온은행은 업스테이지의 솔라 프로2를 쓰고 있으며 내년에 자체 모델 개발을 검토한다.', absent: ['DEVELOPED 가온은행 -> 솔라 프로2'] },
  { cat: 'false.user-then-plan', text: '가온은행은 솔라 프로2를 상담에 써 왔지만 새 모델을 개발하기로 했다.', absent: ['DEVELOPED 가온은행 -> 솔라 프로2'] },
  { cat: 'false.user-then-plan', text: "하늘소프트는 '하늘-3'를 개발했지만 아직 공개하지 않았다.", expect: ['DEVELOPED 하늘소프트 -> 하늘-3'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
