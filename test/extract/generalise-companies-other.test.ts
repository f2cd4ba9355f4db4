/**
 * Generalisation rows of generalise-companies: the 'gazetteer', 'company-form', 'company-suffix', 'developed', 'family', 'introduced', 'works-for', 'nonentity', 'discover', 'partners' rows.
 * The others are in the other generalise-companies-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // a large industrial group's listed company, named as an investor and a user of a model
    cat: 'gazetteer.industrial-company',
    text: "LS일렉트릭은 전략적 투자자로 새로 합류했다. LS일렉트릭은 자사 설비 진단 솔루션에 누리AI의 모델을 쓴다.",
    nodes: ['Company:LS일렉트릭'],
    props: ['LS일렉트릭=country:KR'],
  },
  {
    cat: 'gazetteer.public-sector-it-arm',
    text: "한빛AI는 한전KDN과 '전력 AI 공동연구 협약'을 맺었다고 밝혔다.",
    nodes: ['Company:한전KDN'],
    noNodes: ['Company:한전'],
    expect: ['PARTNERS_WITH 한빛AI -> 한전KDN'],
    props: ['한전KDN=country:KR'],
  },
  {
    cat: 'gazetteer.foreign-model-maker',
    text: "비교 대상은 SCB10X가 내놓은 '타이푼 2.1'이었다.",
    expect: ['DEVELOPED SCB10X -> 타이푼 2.1'],
    props: ['SCB10X=country:TH'],
  },
  {
    // a portal's start-up investment arm is its own company, not the portal
    cat: 'gazetteer.investment-arm',
    text: "AI 스타트업 누리봇은 올해 초 네이버 디투스타트업팩토리(D2SF)에서 투자를 받았다.",
    nodes: ['Company:네이버 디투스타트업팩토리'],
    noNodes: ['Company:네이버'],
  },
  {
    // "스타트업 사이에서도": a noun with a place particle after a company word names nothing
    cat: 'company-form.place-particle',
    text: '개발자 쟁탈전이 대기업과 스타트업 사이에서도 거세지고 있다.',
    noNodes: ['Company:사이에서'],
  },
  // "기업 사이에서는", "업체 간에는", "스타트업 중에는": where among companies, not a company
  {
    cat: 'company-form.among-companies',
    text: '국내 AI 기업 사이에서는 오픈소스 모델을 가져다 쓰는 사례가 늘고 있다.',
    noNodes: ['Company:사이'],
  },
  {
    cat: 'company-form.among-companies',
    text: '중소 업체 간에는 데이터 확보 경쟁이 치열하다. 스타트업 일부는 자체 모델을 포기했다.',
    noNodes: ['Company:간', 'Company:일부'],
  },
  // "코스닥 상장사 X", "비상장사 X": a listed company's name after the listing word
  {
    cat: 'company-form.listed-company',
    text: '코스닥 상장사 한솔비전은 지난달 라마 3.1을 토대로 만든 모델을 선보였다.',
    nodes: ['Company:한솔비전'],
  },
  {
    cat: 'company-form.listed-company',
    text: '비상장사 누리마루도 큐웬2.5를 기반으로 한 모델을 내놨고, 코스피 상장기업 다온은 투자를 늘렸다.',
    nodes: ['Company:누리마루', 'Company:다온'],
  },
  {
    // "X벤처스로부터 투자를 받았다": a suffixed company before 로부터
    cat: 'company-suffix.from-particle',
    text: '솔빛AI는 올해 초 한빛벤처스로부터 50억 원 규모 투자를 받았다.',
    nodes: ['Company:한빛벤처스'],
  },
  {
    // a big-tech firm's AI lab is its own company (as LG AI연구원 is not LG): 구글 딥마인드 beside 구글
    cat: 'gazetteer.lab-of-big-tech',
    text: "한빛AI는 구글 딥마인드에서 '젬마 3' 개발에 참여한 연구자를 영입했다. 구글의 제미나이도 언급됐다.",
    nodes: ['Company:구글 딥마인드', 'Company:구글'],
    expect: ['DEVELOPED 구글 딥마인드 -> 젬마 3'],
    absent: ['DEVELOPED 구글 -> 젬마 3'],
  },
  // "X는 … 자체 가드레일 모델 'Y'를": a kind of model between 자체/독자 and 모델 still makes Y the company's own; a subject inside a relative clause ("KT가 공개한") is not its maker
  { cat: 'developed.own-model-with-kind', text: "AI 보안 스타트업 파랑랩은 평가 결과를 공개했다. 파랑랩은 KT가 오픈소스로 공개한 믿:음 2.0을 바탕으로 미세조정한 자체 가드레일 모델 '파랑가드 2'를 함께 시험했다.", expect: ['DEVELOPED 파랑랩 -> 파랑가드 2', 'BASED_ON 파랑가드 2 -> 믿:음 2.0'], absent: ['DEVELOPED KT -> 파랑가드 2'] },
  { cat: 'developed.own-model-with-kind', text: "AI 스타트업 파랑랩은 올해 독자 한국어 임베딩 모델 '파랑-E'를 고객사에 공급하기 시작했다.", expect: ['DEVELOPED 파랑랩 -> 파랑-E'] },
  { cat: 'developed.own-model-with-kind', text: "AI 보안 스타트업 파랑랩은 자체 평가에서 경쟁사 모델 'GPT-4o'를 앞섰다고 밝혔다.", absent: ['DEVELOPED 파랑랩 -> GPT-4o'] },
  {
    // a model carrying the brand of a company whose name is the brand and one word more ("루미" … "루미웍스")
    cat: 'family.namesake-brand-prefix',
    text: "다솜로직은 2022년 설립된 스타트업이다. 대표 모델은 범용 모델 '다솜-8B'와 코드 모델 '다솜-코더 14B'다.",
    expect: ['DEVELOPED 다솜로직 -> 다솜-8B', 'DEVELOPED 다솜로직 -> 다솜-코더 14B'],
  },
  {
    // … or whose romanised gloss is ("누리코어(NuriCore)" … 'Nuri-4 Max'): the Hangul name does not start with the Latin brand
    cat: 'family.namesake-brand-prefix',
    text: "스타트업 누리코어(NuriCore)는 판교에 있다. 평가표에서 'Nuri-4 Max'는 KMMLU 61.2점, 'Nuri-4 Lite'는 52.8점을 받았다.",
    expect: ['DEVELOPED 누리코어 -> Nuri-4 Max', 'DEVELOPED 누리코어 -> Nuri-4 Lite'],
  },
  {
    // … not a business line of another group ("다솜은행", "다솜증권")
    cat: 'family.namesake-brand-prefix',
    text: "다솜은행은 1990년 설립된 기업이다. 이 은행은 '다솜-8B'를 상담에 쓴다.",
    absent: ['DEVELOPED 다솜은행 -> 다솜-8B'],
  },
  {
    // a sentence defining a company, then one with no subject releasing a model: the defined company's
    cat: 'developed.defined-company-release',
    text: "강은별 대표가 새 회사를 꾸렸다. 노을브릿지AI는 지난봄 판교에서 문을 연 회사다. 첫 모델인 '노을-2 7B'를 다음 달 초 공개할 예정이다.",
    expect: ['DEVELOPED 노을브릿지AI -> 노을-2 7B'],
  },
  {
    cat: 'developed.defined-company-release',
    text: "노을브릿지AI는 물류 문서에 특화된 작은 언어모델을 만드는 스타트업입니다. 지난달 선보인 '노을-2 7B'는 구글의 젬마 3를 기반으로 만들었습니다.",
    expect: ['DEVELOPED 노을브릿지AI -> 노을-2 7B', 'BASED_ON 노을-2 7B -> 젬마 3'],
    absent: ['DEVELOPED 노을브릿지AI -> 젬마 3'],
  },
  {
    // not after a sentence that only mentions the company, nor for a model another company released
    cat: 'developed.defined-company-release',
    text: "노을브릿지AI는 지난봄 판교에서 문을 연 회사다. 한빛텔레콤이 공개한 '한빛콜 2'는 상담용 모델이다.",
    absent: ['DEVELOPED 노을브릿지AI -> 한빛콜 2'],
  },
  {
    cat: "a partner's rumoured joint research ('Y와의 공동 연구설') denied is no partnership; '자사 고객사에 이 모델을 공급' is no own model",
    text: "하늘로직은 KT와 손잡고 상담용 모델을 공동 개발하고 있다. 하늘로직은 지난달 추론 모델 '하늘-R 8B'를 공개했다. KT는 자사 클라우드 고객사에 이 모델을 우선 공급할 계획이다. 반면 일각에서 제기된 메타와의 공동 연구설에 대해 하늘로직은 \"논의한 적 없다\"고 부인했다.",
    expect: ['PARTNERS_WITH KT -> 하늘로직'],
    absent: ['PARTNERS_WITH 메타 -> 하늘로직', 'DEVELOPED KT -> 하늘-R 8B'],
  },
  // companies with no suffix, found by how the story introduces them
  { cat: 'introduced.maker-of-model', text: "솔빛누리가 개발한 '별하-9B'는 라마 3.1을 기반으로 한다.", nodes: ['Company:솔빛누리'], expect: ['DEVELOPED 솔빛누리 -> 별하-9B'] },
  { cat: 'introduced.maker-of-model', text: "김하늘이 개발한 '별하-9B'는 라마 3.1을 기반으로 한다.", noNodes: ['Company:김하늘'] },
  { cat: 'introduced.maker-of-model', text: "과기정통부가 새로 공개한 '별하-9B'는 공공용이다.", noNodes: ['Company:과기정통부'] },
  { cat: 'introduced.maker-of-model', text: '박지원 부사장이 새로 만든 A.X 센터는 판교에 있다.', noNodes: ['Company:부사장'] },
  { cat: 'introduced.owner-of-quoted-model', text: "모라이언스의 '모라-2 14B'가 호평을 받았다.", nodes: ['Company:모라이언스'], expect: ['DEVELOPED 모라이언스 -> 모라-2 14B'] },
  { cat: 'introduced.owner-of-quoted-model', text: "320억 개 파라미터의 본 모델과 23억 개 파라미터의 '모라-2 미니'가 있다.", noNodes: ['Company:파라미터'] },
  { cat: 'works-for.former-post-in-apposition', text: '김하늘 전 네이버 리더는 업스테이지에 합류했다.', expect: ['WORKS_FOR 김하늘 -> 업스테이지'], absent: ['WORKS_FOR 김하늘 -> 네이버'] },
  { cat: 'introduced.chief-in-parentheses', text: 'AI 스타트업 가온랩(대표 김하늘)은 새 모델을 공개했다.', nodes: ['Company:가온랩'], expect: ['WORKS_FOR 김하늘 -> 가온랩'] },
  // a name ending in the syllable 원 is a company's where a chief executive follows it; an institute's word before 원 is not
  { cat: 'introduced.chief-in-parentheses', text: '음성 AI 기업 다올원(대표이사 김하늘, 코스닥 123450)은 새 모델을 공개했다.', nodes: ['Company:다올원'], expect: ['WORKS_FOR 김하늘 -> 다올원'] },
  { cat: 'introduced.chief-in-parentheses', text: '바이오진흥원(대표 김하늘)은 새 사업을 공고했다.', noNodes: ['Company:바이오진흥원'] },
  { cat: 'introduced.investee', text: 'KT는 솔빛누리에 50억원을 투자했다.', nodes: ['Company:솔빛누리'] },
  { cat: 'introduced.investee', text: '음성 모델을 만드는 솔빛누리는 최근 시리즈B 투자를 유치했다.', nodes: ['Company:솔빛누리'] },
  { cat: 'introduced.investee', text: '회사는 내년 상반기에는 시리즈A 투자 유치에 나설 계획이다.', noNodes: ['Company:상반기에'] },
  { cat: 'introduced.founded', text: '서울 강남에 본사를 둔 솔빛누리는 2021년 설립됐다.', nodes: ['Company:솔빛누리'] },
  // a Hangul name glossed in Latin letters, several words before the round, and a round closed rather than raised
  { cat: 'introduced.investee', text: '물류 로봇을 만드는 바론테크(Baron)는 80억 원 규모의 프리 시리즈A 투자를 마무리했다.', nodes: ['Company:바론테크'] },
  { cat: 'introduced.investee', text: '회의록 요약 AI를 만드는 누리결(Nurigyeol)이 200억 원 규모의 시리즈B 투자를 마무리했습니다.', nodes: ['Company:누리결'] },
  // an investor relations meeting and a codebase are no companies
  { cat: 'nonentity.generic-business-words', text: '스타트업들은 기업설명회(IR)에서 자체 모델을 강조했다. 솔빛랩스는 고객사 코드베이스 데이터로 모델을 학습했다.', noNodes: ['Company:기업설명회', 'Company:코드베이스'] },
  // a party's role in a contract and a funding round are no companies ("A가 공급자, B가 구매자인", "X 시리즈B에 투자")
  { cat: 'nonentity.contract-roles-and-rounds', text: '○ 가온클라우드-나래텔레콤 : 가온클라우드가 공급자, 나래텔레콤이 구매자인 단순 공급계약임. 바람캐피탈이 누리소프트 시리즈B에 300억 원 투자 의향 표명.', nodes: ['Company:가온클라우드', 'Company:누리소프트'], noNodes: ['Company:공급자', 'Company:구매자', 'Company:시리즈B'] },
  // a known subsidiary from the gazetteer, with its country
  { cat: 'gazetteer.subsidiary', text: '솔빛랩스는 카카오헬스케어와 업무협약을 맺고 상담 서비스를 공동 개발한다.', nodes: ['Company:카카오헬스케어'], expect: ['PARTNERS_WITH 솔빛랩스 -> 카카오헬스케어'] },
  { cat: 'introduced.counted', text: '솔빛누리 등 5개사가 컨소시엄을 꾸렸다.', nodes: ['Company:솔빛누리'] },
  {
    // "자체 LLM 'Y' 시리즈를 개발해 왔다" after a sentence about the company: the family is the company's
    cat: 'developed.series-head-carried',
    text: "누리랩스는 한도윤 대표가 2021년 창업한 회사다. 한국어에 특화한 자체 LLM '해솔(Haesol)' 시리즈를 개발해 왔다.",
    expect: ['DEVELOPED 누리랩스 -> 해솔'],
  },
  // "(주)X에이아이": AI spelled in Hangul ends the name; its last syllable is no subject particle
  { cat: 'discover.hangul-ai-suffix', text: '이번 과제에는 (주)소담에이아이, (주)가람정보가 함께 참여했다.', nodes: ['Company:소담에이아이'], noNodes: ['Company:소담에이아'] },
  // a kind of insurance ("건강보험 법령", "고용보험 가입자") is no insurer
  { cat: 'discover.insurance-kind', text: '챗봇은 건강보험 법령과 고용보험 가입 안내 데이터로 학습했다. 한빛생명보험은 이 챗봇을 도입했다.', nodes: ['Company:한빛생명보험'], noNodes: ['Company:건강보험', 'Company:고용보험'] },
  // a field word before a newer company suffix ("의료데이터 전문기업 X", "금융클라우드") is no company; the company after it is
  { cat: 'discover.field-before-suffix', text: "'바람-Med 7B'는 누리랩AI와 의료데이터 전문기업 하늘메드가 공동 개발한 모델이다.", noNodes: ['Company:의료데이터'], expect: ['PARTNERS_WITH 누리랩AI -> 하늘메드', 'DEVELOPED 하늘메드 -> 바람-Med 7B'] },
  {
    // a talk of partnership that is still under discussion ("협력을 논의 중인 것으로") is no partnership
    cat: 'partners.under-discussion',
    text: "AI 스타트업 누리랩스는 새 모델 '누리-3'을 공개했다. 업계에서는 누리랩스가 카카오와도 협력을 논의 중인 것으로 보고 있다.",
    absent: ['PARTNERS_WITH 카카오 -> 누리랩스'],
  },
  {
    // the parent as a past workplace stays a company of its own
    cat: 'gazetteer.parent-as-past-workplace',
    text: "KT클라우드는 지난주 추론 모델 '구름-R 2'를 공개했다. 이 모델은 KT클라우드 데이터센터에서 학습됐다. KT클라우드는 금융권에도 이 모델을 공급한다. 개발을 이끈 한도윤 리더는 KT 출신이다.",
    nodes: ['Company:KT'],
  },
  {
    // "X 본사": the parent set apart from its subsidiary stays a company of its own
    cat: 'gazetteer.parent-headquarters',
    text: "KT클라우드는 지난주 추론 모델 '구름-R 2'를 공개했다. 이 모델은 KT클라우드 데이터센터에서 학습됐다. KT클라우드는 금융권에도 이 모델을 공급한다. 개발을 이끈 한도윤 상무는 KT 본사 AI전략실장으로 자리를 옮겼다.",
    nodes: ['Company:KT', 'Company:KT클라우드'],
  },
];

describe('company rows (gazetteer entries, countries)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
