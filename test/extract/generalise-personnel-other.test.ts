/**
 * Generalisation rows of generalise-personnel: the 'company', 'list', 'discover', 'scores', 'model', 'developed', 'reference', 'policy', 'based-on', 'false-node', 'partners', 'personnel', 'honorific-topic' rows.
 * The others are in the other generalise-personnel-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const FP = '독자 AI 파운데이션 모델 프로젝트';

const rows: FactRow[] = [
  // a founder's title after a suffixed name names a company; a unit's name before a title does not
  { cat: 'company.founder-title-after', text: '소리결랩스 창업자인 한가람 대표는 상장을 준비 중이다.', nodes: ['Company:소리결랩스'], expect: ['WORKS_FOR 한가람 -> 소리결랩스'] },
  { cat: 'company.founder-title-after', text: '한빛텔레콤 누리스케일AI 기술총괄인 한가람 리더는 설명했다.', noNodes: ['Company:누리스케일AI'] },
  // 1c. personnel lists
  {
    cat: 'list.personnel',
    text: '◇KT ▲AI 퓨처랩장(상무) 김도윤 ▲클라우드사업본부장(전무) 박서진',
    expect: ['WORKS_FOR 김도윤 -> KT', 'WORKS_FOR 박서진 -> KT'],
  },
  {
    cat: 'list.personnel',
    text: '이날 행사에는 최민준 전무(카카오 AI 부문장)가 참석했다. 최 전무는 카나나 2.0의 개발 과정을 소개했다.',
    expect: ['WORKS_FOR 최민준 -> 카카오'],
    noNodes: ['Person:최'],
  },
  {
    cat: 'list.personnel',
    text: '카카오는 정하늘 전무를 AI 부문장으로 선임했다. 정 전무는 카나나 개발을 이끌어 왔다.',
    expect: ['WORKS_FOR 정하늘 -> 카카오'],
    noNodes: ['Person:정'],
  },
  {
    cat: 'list.personnel',
    text: '◆LG유플러스 ◇전무 ▲AI사업그룹장 이서연 ◇상무 ▲AI기술담당 정민호',
    expect: ['WORKS_FOR 이서연 -> LG유플러스', 'WORKS_FOR 정민호 -> LG유플러스'],
    noNodes: ['Person:인프라'],
  },
  {
    cat: 'discover.quoted-released-on-day',
    text: "한빛AI가 오픈소스 모델을 기반으로 학습시킨 'Nova K(노바 K)'를 25일 공개했다.",
    nodes: ['Model:Nova K'],
    expect: ['DEVELOPED 한빛AI -> Nova K'],
  },
  {
    cat: 'scores.list-after-intro',
    text: '한국어 이해 벤치마크 KMMLU에서 별빛-8B는 76.8점을 기록했다. 비교 대상 모델의 점수는 다음과 같다.\n\nGPT-4o: 72.5점\n\n엑사원 4.0: 69.4점',
    expect: ['SCORED 별빛-8B -> KMMLU', 'SCORED GPT-4o -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU'],
  },
  {
    cat: 'model.variant-words',
    text: "한빛AI는 매개변수 300억개 규모의 '별무리-2 플래그십'과 '별무리-2 에어'를 공개했다.",
    nodes: ['Model:별무리-2 플래그십', 'Model:별무리-2 에어'],
    noNodes: ['Model:별무리-2'],
  },
  {
    cat: 'model.hangul-latin-version',
    text: '지난해 나온 가온-Ko 1.5는 메타의 라마 3 8B를 바탕으로 추가 학습한 모델이다. 매개변수 700억 개(70B) 규모의 가온-Ko 3.0을 내놓을 계획이다. 회사 측은 3.0을 오픈소스로 공개할지 정하지 않았다.',
    nodes: ['Model:가온-Ko 1.5', 'Model:가온-Ko 3.0'],
    noNodes: ['Model:가온-Ko', 'Model:측은 3.0'],
    expect: ['BASED_ON 가온-Ko 1.5 -> 라마 3 8B'],
  },
  {
    cat: 'company.stacked-particles',
    text: '한빛AI는 가온금융그룹과도 협약을 맺었다. 한빛AI는 국내 SI 기업 다온정보기술과도 공동 영업 협약을 체결했다.',
    nodes: ['Company:가온금융그룹', 'Company:다온정보기술'],
    noNodes: ['Company:가온금융그룹과도', 'Company:다온정보기술과'],
    expect: ['PARTNERS_WITH 한빛AI -> 가온금융그룹', 'PARTNERS_WITH 한빛AI -> 다온정보기술'],
  },
  {
    cat: 'discover.quoted-benchmark-by-score',
    text: "한빛AI가 함께 개발하는 '별무리 파이낸스'는 솔라 프로 2를 기반으로 한 모델이다. 솔라 프로 2는 한 분석 기관의 '인텔리전스 인덱스'에서 58점을 받았다.",
    nodes: ['Benchmark:인텔리전스 인덱스', 'Model:별무리 파이낸스'],
    expect: ['SCORED 솔라 프로 2 -> 인텔리전스 인덱스', 'BASED_ON 별무리 파이낸스 -> 솔라 프로 2'],
  },
  {
    cat: 'developed.family-sibling',
    text: "가온에이아이는 지난 15일 한국어 언어모델 '가온-Ko 2.0'을 공개했다. 지난해 나온 가온-Ko 1.5는 라마 3 8B를 바탕으로 추가 학습한 모델이었다. 내년에는 매개변수 700억 개 규모의 가온-Ko 3.0을 내놓을 계획이다. 비교 대상은 라온-Ko 7B 모델이다.",
    expect: ['DEVELOPED 가온에이아이 -> 가온-Ko 2.0', 'DEVELOPED 가온에이아이 -> 가온-Ko 1.5', 'DEVELOPED 가온에이아이 -> 가온-Ko 3.0'],
    absent: ['DEVELOPED 가온에이아이 -> 라마 3 8B', 'DEVELOPED 가온에이아이 -> 라온-Ko 7B'],
  },
  {
    cat: 'reference.first-person-company',
    text: '안녕하세요, 누리랩스(Nurilabs) ML 엔지니어입니다. 오늘은 저희가 지난 18일 허깅페이스에 공개한 누리-Ko-8B의 학습 과정을 소개합니다. 당사는 앞으로 누리-Ko-72B도 공개할 예정입니다.',
    expect: ['DEVELOPED 누리랩스 -> 누리-Ko-8B', 'DEVELOPED 누리랩스 -> 누리-Ko-72B'],
    absent: ['DEVELOPED 허깅페이스 -> 누리-Ko-8B'],
  },
  {
    cat: 'model.latin-suffixes',
    text: 'Vela-Ko-8B는 지난 4월 내부 테스트용으로 배포했던 Vela-Ko-8B-v0.9의 후속 버전이다. 다음 모델은 추론 성능을 높인 Vela-Ko-72B-R이 될 예정이다.',
    nodes: ['Model:Vela-Ko-8B-v0.9', 'Model:Vela-Ko-72B-R'],
    expect: ['SUCCEEDS Vela-Ko-8B -> Vela-Ko-8B-v0.9'],
  },
  {
    cat: 'scores.ranking-after-digression',
    text: "W&B가 운영하는 '호랑이 리더보드3'에서 엑사원 4.0 32B가 0.7843점으로 1위를 차지했다. 엑사원 4.0 32B는 지난달 공개된 LG AI연구원의 최신 모델이다. 상위권 점수는 다음과 같다. △엑사원 4.0 32B 0.7843점 △솔트룩스 루시아 3 0.6985점 △코난 LLM ENT-11 0.6711점. 2위는 SK텔레콤의 'A.X 4.0 라이트'(0.7120점)였다.",
    expect: ['SCORED 루시아 3 -> 호랑이 리더보드3', 'SCORED 코난 LLM ENT-11 -> 호랑이 리더보드3', 'SCORED A.X 4.0 라이트 -> 호랑이 리더보드3'],
  },
  {
    cat: 'reference.this-company-last-named',
    text: '코드뉴스 순위에서 LG AI연구원의 엑사원 4.0 32B가 1위를 지켰다. 가장 눈에 띈 것은 신생 스타트업 솔빛AI의 약진이다. 이 회사가 지난달 공개한 솔빛-R 14B는 2위에 올랐다. 같은 조건에서 측정한 오픈AI GPT-4o 대비 98% 수준이다. 이 회사 최고기술책임자(CTO)인 박정민 박사는 소감을 밝혔다.',
    expect: ['DEVELOPED 솔빛AI -> 솔빛-R 14B', 'WORKS_FOR 박정민 -> 솔빛AI'],
    absent: ['DEVELOPED LG AI연구원 -> 솔빛-R 14B', 'WORKS_FOR 박정민 -> 오픈AI'],
  },
  {
    cat: 'scores.colon-list-after-leader',
    text: '수달 리더보드2에서 가온 3.0 맥스가 89.69점으로 1위에 올랐다. 나머지 모델의 점수는 "Tista 1.0(티스타 1.0)": 85.75점, 『라온 3.5』: 65.14점, 헥스온 2.0: 61.19점이다.',
    nodes: ['Benchmark:수달 리더보드2', 'Model:헥스온 2.0'],
    expect: ['SCORED 가온 3.0 맥스 -> 수달 리더보드2', 'SCORED Tista 1.0 -> 수달 리더보드2', 'SCORED 라온 3.5 -> 수달 리더보드2', 'SCORED 헥스온 2.0 -> 수달 리더보드2'],
  },
  {
    cat: 'model.hangul-numbered-before-place-particles',
    text: '벡스린 3.5는 중국 AI 연구기업 티스피파의 탈도파 2.5(Taldopa 2.5)에서 지식을 증류해 만든 경량 모델이다. 님젠 1.0은 일본 빅테크 릭스준마인드의 드라마 2.0에 자체 데이터를 추가로 학습시켜 만든 모델이다.',
    expect: ['BASED_ON 벡스린 3.5 -> 탈도파 2.5', 'BASED_ON 님젠 1.0 -> 드라마 2.0', 'DEVELOPED 티스피파 -> 탈도파 2.5'],
    props: ['티스피파=country:CN', '릭스준마인드=country:JP'],
  },
  {
    cat: 'reference.dongsa-main-company',
    text: '업스테이지가 아마존웹서비스(AWS), 엔비디아와 3자 업무협약을 체결했다. 엔비디아는 GPU 인프라를 지원한다. 동사는 같은 날 한누리금융그룹과도 금융 특화 모델을 공동 개발하는 협약을 맺었다.',
    expect: ['PARTNERS_WITH 업스테이지 -> 한누리금융그룹'],
    absent: ['PARTNERS_WITH 엔비디아 -> 한누리금융그룹'],
  },
  {
    cat: 'reference.company-opening',
    text: "국내 AI 스타트업 가온AI가 '가온-Ko 72B'를 공개했다. 회사는 가온-Ko 72B를 증류해 만든 경량 모델 '가온-Ko 미니'도 함께 선보였다.",
    expect: ['DEVELOPED 가온AI -> 가온-Ko 미니', 'BASED_ON 가온-Ko 미니 -> 가온-Ko 72B'],
  },
  {
    cat: 'policy.long-quoted-name',
    text: "가온테크는 정부가 추진하는 '테르피 지역 거점 초거대 AI 실증 프로젝트'에 참여할 계획이다.",
    nodes: ['Policy:테르피 지역 거점 초거대 AI 실증 프로젝트'],
    expect: ['PARTICIPATES_IN 가온테크 -> 테르피 지역 거점 초거대 AI 실증 프로젝트'],
  },
  {
    cat: 'based-on.quoted-base-trained-on',
    text: "별빛 5.0은 일본 AI 스타트업 라온데이터의 '사할 2.0(Sahal 2.0)'에 자체 데이터를 추가로 학습시켜 만든 모델이다. \"Mifo 1.5\"의 뒤를 잇는 미포 2.0은 추론 속도를 두 배로 끌어올렸다. 빅터 벨타 연구원은 라온데이터에서 모델 개발을 총괄하고 있다.",
    expect: ['BASED_ON 별빛 5.0 -> 사할 2.0', 'DEVELOPED 라온데이터 -> 사할 2.0', 'SUCCEEDS 미포 2.0 -> Mifo 1.5', 'WORKS_FOR 빅터 벨타 -> 라온데이터'],
  },
  {
    cat: 'model.numbered-after-owner',
    text: '순위표 밖에서는 누리랩스의 다올봇 3가 7위에 그쳤다. 다른 회사의 직원 3명은 자리를 옮겼다.',
    nodes: ['Model:다올봇 3'],
    noNodes: ['Model:직원 3'],
    expect: ['DEVELOPED 누리랩스 -> 다올봇 3'],
  },
  {
    cat: 'company.self-built',
    text: '윤다현 누리결 최고기술책임자(CTO)는 누리결이 자체 개발한 번역 모델 바름-MT 9B를 소개했다. 동사가 자체 개발한 칩도 공개됐다. 연구진이 직접 개발한 도구다.',
    nodes: ['Company:누리결'],
    noNodes: ['Company:동사', 'Company:연구진'],
    expect: ['DEVELOPED 누리결 -> 바름-MT 9B', 'WORKS_FOR 윤다현 -> 누리결'],
  },
  {
    cat: 'company.after-developer-noun',
    text: '중국 생성형 AI 개발사 라온픽셀(Raonpixel)이 개발한 "가람 2.0"은 대표적인 사례다. 빅터 벡스펜 라온픽셀 부사장은 차별화를 강조했다.',
    nodes: ['Company:라온픽셀'],
    expect: ['DEVELOPED 라온픽셀 -> 가람 2.0', 'WORKS_FOR 빅터 벡스펜 -> 라온픽셀'],
    props: ['라온픽셀=country:CN'],
  },
  {
    cat: 'company.stated-country-beats-guess',
    text: "[AI 경쟁] 벡스린웍스 '테르파 2.0' 출시\n\n미국 생성형 AI 개발사 벡스린웍스(Vexryn Works)는 새 AI 모델 '테르파 2.0'을 출시했다고 밝혔다.",
    props: ['벡스린웍스=country:US'],
  },
  {
    cat: 'reference.both-companies',
    text: "가온AI는 같은 날 라온금융그룹과도 금융 특화 모델을 공동 개발하는 협약을 맺었다. 양사가 함께 개발하는 '가온 파이낸스 K'는 솔라 프로 2를 기반으로 추가 학습한 모델이다. 두 회사는 라온금융그룹의 상담 서비스에 가온 파이낸스 K를 탑재한다.",
    expect: ['DEVELOPED 가온AI -> 가온 파이낸스 K', 'DEVELOPED 라온금융그룹 -> 가온 파이낸스 K', 'PARTNERS_WITH 가온AI -> 라온금융그룹'],
    absent: ['DEVELOPED 가온AI -> 솔라 프로 2', 'DEVELOPED 라온금융그룹 -> 솔라 프로 2'],
  },
  {
    cat: 'list.personnel',
    text: '◇KT ▲AI 인프라 담당(상무) 유하람 ◇네이버 ▲클로바 사업 리더 남지완',
    expect: ['WORKS_FOR 유하람 -> KT', 'WORKS_FOR 남지완 -> 네이버'],
    absent: ['WORKS_FOR 남지완 -> KT'],
    noNodes: ['Person:인프라'],
  },
  { cat: 'list.personnel', text: '네이버클라우드는 신임 대표에 김유원 전 부사장을 선임했다.', expect: ['WORKS_FOR 김유원 -> 네이버클라우드'] },
  {
    cat: 'list.personnel',
    text: '박지훈 LG AI연구원 원장과 한소영 네이버클라우드 AI 랩장이 발표했다.',
    expect: ['WORKS_FOR 박지훈 -> LG AI연구원', 'WORKS_FOR 한소영 -> 네이버클라우드'],
    noNodes: ['Person:원장과'],
  },
  {
    cat: 'list.personnel',
    text: '배경훈 과학기술정보통신부 장관은 AI 기본법 시행을 강조했다. 배 장관은 독자 AI 파운데이션 모델 프로젝트를 직접 챙기겠다고 약속했다.',
    expect: [`PROMOTES 배경훈 -> ${FP}`],
    noNodes: ['Person:배'],
  },
  {
    cat: 'false-node',
    text: '대표적인 사례로 카카오 대표 서비스가 꼽힌다. 업계 관계자는 "정부 과제 담당 부서가 바뀌었다"고 말했다. 이사회 의장은 이날 회의를 주재했다.',
    noNodes: ['Person:사례로', 'Person:부서가', 'Person:이사회'],
  },
  { cat: 'false-node', text: '이 박사는 최고기술책임자(CTO)로 반도체 총괄 역할도 맡는다.', noNodes: ['Person:박사는', 'Person:반도체'] },
  {
    cat: 'moves: a title apposition names the post a person left when the article says where they moved',
    text: '솔트룩스 한유진 전무는 업스테이지로 자리를 옮겼다. 직함은 연구소장이다.',
    expect: ['WORKS_FOR 한유진 -> 업스테이지'],
    absent: ['WORKS_FOR 한유진 -> 솔트룩스'],
  },
  {
    cat: 'moves: an apposition alone (no move) still places the person',
    text: '솔트룩스 한유진 전무는 새 모델의 개발 과정을 설명했다.',
    expect: ['WORKS_FOR 한유진 -> 솔트룩스'],
  },
  {
    cat: 'titles: a loanword qualifier before the title ("리서치 디렉터"), a title with its acronym in parentheses before 로',
    text: '카카오는 서지안 리서치 디렉터를 개발총괄로 승진시켰다. 네이버는 구글 출신 마커스 윤을 최고기술책임자(CTO)로 영입했다.',
    expect: ['WORKS_FOR 서지안 -> 카카오', 'WORKS_FOR 마커스 윤 -> 네이버'],
    absent: ['WORKS_FOR 마커스 윤 -> 구글'],
  },
  {
    cat: 'a foreign name whose last word looks like a Korean name (고메즈, 노스): the whole name, not its last word',
    text: '홍길동 한빛AI 대표(왼쪽)와 토르빈 고메즈 코히어 최고경영자(CEO)가 협약을 맺었다.',
    nodes: ['Person:토르빈 고메즈'],
    noNodes: ['Person:고메즈'],
    expect: ['WORKS_FOR 토르빈 고메즈 -> 코히어'],
  },
  {
    cat: 'a foreign name whose last word looks like a Korean name (고메즈, 노스): the whole name, not its last word',
    text: '윤하나 한빛AI 대표(가운데)와 마야 오스틴 코히어 부사장이 기념촬영을 하고 있다.',
    nodes: ['Person:마야 오스틴'],
    noNodes: ['Person:오스틴'],
  },
  {
    cat: 'a foreign name whose last word looks like a Korean name (고메즈, 노스): the whole name, not its last word',
    text: '고은비 한빛AI 대표는 한국 시장을 중시한다고 말했다.',
    expect: ['WORKS_FOR 고은비 -> 한빛AI'],
  },
  {
    // a model's name before an organisation's unit names the unit: no model, no DEVELOPED
    cat: 'model.unit-named-after-line',
    text: 'SK텔레콤은 A.X 센터를 중심으로 차기 모델을 개발한다. 카카오는 카나나 사업부를 새로 만들었다.',
    absent: ['DEVELOPED SK텔레콤 -> A.X', 'DEVELOPED 카카오 -> 카나나'],
    noNodes: ['Model:A.X', 'Model:카나나'],
  },

  {
    // a company's head as the subject ("X 이름 대표는", "X 대표 이름은") speaks for the company in a partnering sentence
    cat: 'partners.head-of-company',
    text: 'LG유플러스 한도윤 대표는 구글과의 협력 성과를 발표 첫머리에 내세웠다.',
    expect: ['PARTNERS_WITH LG유플러스 -> 구글', 'WORKS_FOR 한도윤 -> LG유플러스'],
  },
  {
    cat: 'partners.head-of-company',
    text: '업스테이지 대표 한도윤은 메타와 손잡고 번역 모델을 만들고 있다고 했다. 리벨리온 고은비 대표는 엔비디아와의 협력 가능성은 열어 두겠다고 했다.',
    expect: ['PARTNERS_WITH 업스테이지 -> 메타'],
    absent: ['PARTNERS_WITH 리벨리온 -> 엔비디아'],
  },
  // "NAME ORG 대표" where the organisation could be a name too: the word with a common surname is the person, the one with a rare first syllable the company
  { cat: 'personnel.name-like-company', text: '법원 판결에 업계가 술렁였다. 한지석 모라온 대표는 "항소하겠다"고 밝혔다.', expect: ['WORKS_FOR 한지석 -> 모라온'], noNodes: ['Person:모라온'] },
  { cat: 'personnel.name-like-company', text: '법원 판결에 업계가 술렁였다. 한지석 김태오 대표는 "항소하겠다"고 밝혔다.', noNodes: ['Company:김태오'] },
  // a company report in the polite style: the officer who runs a unit, the title glossed with its acronym and a rank,
  // the name glossed with its Latin spelling
  {
    cat: "report: 'NAME(Latin Name) TITLE(ACRONYM·rank)가 총괄합니다' in a report about one company: the person holds the post there",
    text: '누리랩스는 올해 자체 모델을 공개했습니다. 당사는 이사회 산하에 AI윤리위원회를 두고 있습니다.\n\n실무 조직은 마이클 한(Michael Han) 최고AI책임자(CAIO·전무)가 총괄합니다.',
    expect: ['WORKS_FOR 마이클 한 -> 누리랩스'],
    sameNode: ['마이클 한=Michael Han'],
  },
  {
    cat: "report: 'TITLE(ACRONYM·rank)가 이끕니다' with a Korean name",
    text: '누리랩스는 올해 자체 모델을 공개했습니다.\n\n연구 조직은 서다온 최고기술책임자(CTO·부사장)가 이끕니다.',
    expect: ['WORKS_FOR 서다온 -> 누리랩스'],
  },
  // a feature's career clause before a bare name: the name is a person, the post after it held now
  {
    cat: "feature: 'COMPANY TITLE 출신인 NAME은 … COMPANY2 TITLE2(ACR)로 합류했다': NAME is a person at COMPANY2, not at the former employer",
    text: '솔빛랩스는 지난달 추론 모델을 공개했다. 인재 이동도 활발했다. 카카오 언어랩장 출신인 윤가람은 올해 초 솔빛랩스 최고과학책임자(CSO)로 합류했다.',
    expect: ['WORKS_FOR 윤가람 -> 솔빛랩스'],
    absent: ['WORKS_FOR 윤가람 -> 카카오'],
    nodes: ['Person:윤가람'],
  },
  {
    cat: "feature: 'TITLE을 지낸 NAME은 …' and '…였던 NAME은 …': a person node, no post at the company left",
    text: 'KT에서 AI본부장(전무)을 지낸 송다윤은 현재 대학에서 학생들을 가르친다. 한때 네이버 리더였던 장하늘은 요즘 창업을 준비한다.',
    nodes: ['Person:송다윤', 'Person:장하늘'],
    absent: ['WORKS_FOR 송다윤 -> KT', 'WORKS_FOR 장하늘 -> 네이버'],
  },
  {
    cat: "copula: '… 가운데 한 명이 NAME COMPANY TITLE다' / '…입니다': the person holds the post (a former one, '전 COMPANY TITLE다', does not)",
    text: '당시 개발을 이끈 인물 가운데 한 명이 강서윤 카카오 대표다. 또 다른 주역은 남도훈 전 네이버 리더다. 발표자는 문하율 KT 상무입니다.',
    expect: ['WORKS_FOR 강서윤 -> 카카오', 'WORKS_FOR 문하율 -> KT'],
    absent: ['WORKS_FOR 남도훈 -> 네이버'],
  },
  // a person with an honorific as the next sentence's topic ("NAME 씨는") is its own subject: the company before is not carried into it
  { cat: 'clause.honorific-topic', text: "가람소프트는 바다-R2를 공개했다. 개발자 윤다솜 씨는 주말마다 만든 '솔봇-3B'를 따로 내놨다.", absent: ['DEVELOPED 가람소프트 -> 솔봇-3B'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
