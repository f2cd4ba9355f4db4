/** Companies: gazetteer entries for public-sector IT arms and foreign model makers, and a country from its description. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // a 주식회사 name ending in 인 before its gloss in parentheses keeps its last syllable (no copula: "주식회사 X인 (X Inc.)")
    cat: 'discovery.corporate-form-before-gloss',
    text: '회사명: 주식회사 누리마인 (Nurimain Inc.)\n대표이사: 한서진',
    nodes: ['Company:누리마인'],
    noNodes: ['Company:누리마'],
  },
  {
    // a large industrial group's listed company, named as an investor and a user of a model
    cat: 'gazetteer.industrial-company',
    text: "LS일렉트릭은 전략적 투자자로 새로 합류했다. LS일렉트릭은 자사 설비 진단 솔루션에 누리AI의 모델을 쓴다.",
    nodes: ['Company:LS일렉트릭'],
    props: ['LS일렉트릭=country:KR'],
  },
  {
    // a company first named with a kind word ("… 시스템즈") is its first word alone later ("벨모어 CEO")
    cat: 'discovery.kind-word-short-name',
    text: '한국 AI 스타트업 하람AI가 미국 소프트웨어 업체 벨모어 시스템즈(Belmore Systems)와 손잡았다.\n\n마이클 토런스 벨모어 CEO도 성명을 통해 "기대가 크다"고 밝혔다.',
    expect: ['WORKS_FOR 마이클 토런스 -> 벨모어 시스템즈'],
    sameNode: ['벨모어 시스템즈=벨모어'],
  },
  {
    // Hangul glued to Latin letters after it ("…로AI") is part of one name: the known word before it ('가우디', a chip) does not end there
    cat: 'discovery.particle-like-syllable-before-latin',
    text: '스타트업 가우디로AI는 이번 평가에서 고배를 마셨다.',
    nodes: ['Company:가우디로AI'],
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
    // the subject of leading a consortium is a company, whatever its name
    cat: 'discovery.leads-consortium',
    text: '정부가 두 팀을 뽑았습니다. 먼저 누리봇틱스가 이끄는 컨소시엄입니다.',
    nodes: ['Company:누리봇틱스'],
  },
  {
    cat: 'discovery.leads-consortium',
    text: '가람솔루션이 주관한 물류 컨소시엄은 심사를 통과했다.',
    nodes: ['Company:가람솔루션'],
  },
  {
    // what a company has ("기업 데이터", "기업 코드") is no company named after the word
    cat: 'discovery.company-word-before-a-common-noun',
    text: "다온랩스는 '다온-7B'를 금융 기업 데이터와 공공 문서로 추가 학습시켰다. 이 모델은 국내 기업 코드와 설계서로 다시 학습했다.",
    expect: ['DEVELOPED 다온랩스 -> 다온-7B'],
    noNodes: ['Company:데이터', 'Company:코드'],
  },
  {
    // what a company publishes ("기업 보도자료", "기업 홈페이지에는") is no company either
    cat: 'discovery.company-word-before-a-common-noun',
    text: "'한국형 AI'는 요즘 스타트업 보도자료마다 나오는 말이다. 대부분의 기업 홈페이지에는 같은 문구가 걸려 있고, 기업 공시에도 등장한다.",
    noNodes: ['Company:보도자료', 'Company:홈페이지에', 'Company:홈페이지', 'Company:공시에도'],
  },
  {
    // a thing built, topicalised ("학습 데이터는 자체 구축했다"), is no builder company
    cat: 'discovery.self-built-thing',
    text: '다온랩스는 "기반 모델은 외산이지만 학습 데이터는 자체 구축했다"고 말했다. 가람솔루션도 평가 데이터셋은 직접 설계했다고 밝혔다. 토크나이저는 독자 개발했다.',
    noNodes: ['Company:데이터', 'Company:데이터셋', 'Company:토크나이저'],
  },
  {
    // a company word, then a name of several words glossed word for word in Latin: a company (foreign ones too)
    cat: 'discovery.glossed-multiword-name',
    text: '다래테크는 싱가포르 물류 기업 시나 로지스(Sina Logis)와 협약을 맺었다. 가온소프트는 베트남 IT 업체 반 타오 소프트(Van Thao Soft)와 손잡고 현지 모델을 만든다.',
    nodes: ['Company:시나 로지스', 'Company:반 타오 소프트'],
    props: ['시나 로지스=country:SG', '반 타오 소프트=country:VN'],
    expect: ['PARTNERS_WITH 가온소프트 -> 반 타오 소프트'],
  },
  {
    // a gloss of another length, or a common noun phrase, names no company
    cat: 'discovery.glossed-multiword-name',
    text: '다래테크는 국내 기업 금융 데이터(Finance Data)를 모았다. 가온소프트는 해외 기업 고객 상담(Customer Care Service)에 쓴다.',
    noNodes: ['Company:금융 데이터', 'Company:고객 상담'],
  },
  {
    // a Hangul name and its Latin spelling, both ending in a company suffix ("…랩(…Lab)", "…테크(…Tech)"), is a company
    cat: 'discovery.suffixed-latin-gloss',
    text: "노바랩(NovaLab)은 지난달 새 모델을 공개했다. 솔빛테크(Solbit Tech)와 다온소프트(DaonSoft)도 같은 시장을 노린다.",
    nodes: ['Company:노바랩', 'Company:솔빛테크', 'Company:다온소프트'],
  },
  {
    // a gloss whose suffix does not answer the Hangul one names no company
    cat: 'discovery.suffixed-latin-gloss',
    text: "연구팀은 파도랩(Pado Model)이라는 이름을 붙였다.",
    noNodes: ['Company:파도랩'],
  },
  {
    // a consortium led by an unnamed company is no company called 컨소시엄
    cat: 'discovery.unnamed-consortium',
    text: '신청했던 한 통신사 컨소시엄은 이번 심사에서 떨어졌다.',
    noNodes: ['Company:컨소시엄'],
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
    cat: 'country.description-before-company',
    text: "한빛AI는 태국 핀테크 스타트업 차오프라야랩과 손잡고 태국어 상담 모델을 만든다.",
    expect: ['PARTNERS_WITH 차오프라야랩 -> 한빛AI'],
    props: ['차오프라야랩=country:TH'],
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
    // a country is a whole word: "인도네시아" is not "인도"
    cat: 'country.whole-word',
    text: "인도네시아 AI 스타트업 보로부두르랩이 새 언어모델 '보로 1'을 공개했다.",
    props: ['보로부두르랩=country:ID'],
  },
  {
    cat: 'country.more-countries',
    text: "스위스 AI 기업 마터호른랩스가 새 언어모델 '마터 2'를 공개했다.",
    props: ['마터호른랩스=country:CH'],
  },
  {
    // "…기업인 X": the company noun with a copula
    cat: 'country.company-noun-copula',
    text: "미국 빅테크 기업인 레드우드AI는 새 언어모델 '레드 3'를 선보였다.",
    props: ['레드우드AI=country:US'],
  },
  {
    // real companies with no country in the text: the gazetteer's (a Hangul name alone guessed KR)
    cat: 'country.gazetteer-foreign',
    text: "유니트리와 미디어텍은 새 언어모델 '하모니 1'을 함께 공개했다.",
    props: ['유니트리=country:CN', '미디어텍=country:TW'],
  },
  {
    cat: 'country.gazetteer-korean',
    text: "로보티즈는 휴머노이드용 언어모델 '로보 1'을 공개했다.",
    props: ['로보티즈=country:KR'],
  },
  {
    // a country, a city in it, then the company
    cat: 'country.located',
    text: "독일 뮌헨에 본사를 둔 AI 스타트업 알펜마인드가 새 언어모델 '알펜 2'를 공개했다.",
    props: ['알펜마인드=country:DE'],
  },
  {
    cat: 'country.located',
    text: "중국 항저우 소재 첸탕테크는 새 언어모델 '첸탕 3'을 공개했다.",
    props: ['첸탕테크=country:CN'],
  },
  {
    // the country in parentheses after the name
    cat: 'country.parenthesised',
    text: "베르나마인드(스위스)와 한빛AI는 새 언어모델 '알프 1'을 공동 개발했다.",
    props: ['베르나마인드=country:CH'],
  },
  {
    // "X는 미국 … 스타트업이다"
    cat: 'country.predicate',
    text: "레드우드마인드는 미국 시애틀에 본사를 둔 AI 스타트업이다. 레드우드마인드는 새 언어모델 '레드 3'를 공개했다.",
    props: ['레드우드마인드=country:US'],
  },
  {
    // a startup named as the object of founding or buying: the word after "스타트업" is a company
    cat: 'company.startup-founded-object',
    text: '두 연구자는 지난해 AI 스타트업 누빔랩을 설립했다.',
    nodes: ['Company:누빔랩'],
  },
  {
    cat: 'company.startup-founded-object',
    text: '카카오는 스타트업 모아시스를 인수했다고 밝혔다.',
    nodes: ['Company:모아시스'],
  },
  {
    cat: 'company.startup-founded-object',
    text: '그는 대학 동기와 스타트업 하늘결을 공동 창업한 뒤 투자를 받았다.',
    nodes: ['Company:하늘결'],
  },
  {
    // … not any object after the word ("스타트업 투자를", "스타트업 육성을")
    cat: 'company.startup-founded-object',
    text: '정부는 스타트업 육성을 늘리고 스타트업 투자를 확대한다.',
    noNodes: ['Company:육성', 'Company:투자'],
  },
  {
    // the subject of partnering with a known company is a company itself
    cat: 'company.partner-subject',
    text: '새로 문을 연 루미엘로는 네이버클라우드와 컨소시엄을 꾸려 사업에 지원했다.',
    nodes: ['Company:루미엘로'],
    expect: ['PARTNERS_WITH 루미엘로 -> 네이버클라우드'],
  },
  {
    cat: 'company.partner-subject',
    text: '한편 카이로스텍은 KT와 손잡고 물류 특화 모델을 만든다.',
    nodes: ['Company:카이로스텍'],
  },
  {
    cat: 'company.partner-subject',
    text: '올해 설립된 Brightwell은 카카오와 업무협약을 맺었다.',
    nodes: ['Company:Brightwell'],
  },
  {
    // … not a generic subject ("정부는", "업계는") nor a university
    cat: 'company.partner-subject',
    text: '정부는 카카오와 협약을 맺었다. 서울대학교는 네이버와 공동 연구를 한다. 스타트업들은 KT와 손잡았다.',
    noNodes: ['Company:정부', 'Company:서울대학교', 'Company:스타트업들'],
  },
  {
    // a big-tech firm's AI lab is its own company (as LG AI연구원 is not LG): 구글 딥마인드 beside 구글
    cat: 'gazetteer.lab-of-big-tech',
    text: "한빛AI는 구글 딥마인드에서 '젬마 3' 개발에 참여한 연구자를 영입했다. 구글의 제미나이도 언급됐다.",
    nodes: ['Company:구글 딥마인드', 'Company:구글'],
    expect: ['DEVELOPED 구글 딥마인드 -> 젬마 3'],
    absent: ['DEVELOPED 구글 -> 젬마 3'],
  },
  {
    // the headquarters' country, written object first or with no city ("본사를 미국 X에 두고 창업한 스타트업 Y", "미국에 본사를 둔 Y"), beats the Korean-name guess
    cat: 'country.headquarters-before-company',
    text: "한국인 엔지니어들이 본사를 미국 오스틴에 두고 창업한 AI 스타트업 누리웨이브가 첫 모델을 냈다.",
    props: ['누리웨이브=country:US'],
  },
  {
    cat: 'country.headquarters-before-company',
    text: '미국에 본사를 둔 스타트업 누리웨이브가 모델을 공개했다.',
    props: ['누리웨이브=country:US'],
  },
  {
    cat: 'country.headquarters-before-company',
    text: '창업자들이 본사를 싱가포르에 두고 설립한 AI 기업 라온브릿지가 모델을 냈다.',
    props: ['라온브릿지=country:SG'],
  },
  {
    // a Korean company with no headquarters abroad keeps KR
    cat: 'country.headquarters-before-company',
    text: '한국인 창업자들이 서울에 본사를 두고 세운 스타트업 가온웨이브가 모델을 냈다.',
    props: ['가온웨이브=country:KR'],
  },
  {
    // a plural noun after a company word is people, not a company
    cat: 'company.plural-after-company-word',
    text: "행사에 오른 국내 AI 기업 수장들은 '에이전트'를 외쳤다. 스타트업 대표들이 자리를 채웠고 기업 임원들도 참석했다.",
    noNodes: ['Company:수장들', 'Company:대표들', 'Company:임원들'],
  },
  // "X는 … 자체 가드레일 모델 'Y'를": a kind of model between 자체/독자 and 모델 still makes Y the company's own; a subject inside a relative clause ("KT가 공개한") is not its maker
  { cat: 'developed.own-model-with-kind', text: "AI 보안 스타트업 파랑랩은 평가 결과를 공개했다. 파랑랩은 KT가 오픈소스로 공개한 믿:음 2.0을 바탕으로 미세조정한 자체 가드레일 모델 '파랑가드 2'를 함께 시험했다.", expect: ['DEVELOPED 파랑랩 -> 파랑가드 2', 'BASED_ON 파랑가드 2 -> 믿:음 2.0'], absent: ['DEVELOPED KT -> 파랑가드 2'] },
  { cat: 'developed.own-model-with-kind', text: "AI 스타트업 파랑랩은 올해 독자 한국어 임베딩 모델 '파랑-E'를 고객사에 공급하기 시작했다.", expect: ['DEVELOPED 파랑랩 -> 파랑-E'] },
  { cat: 'developed.own-model-with-kind', text: "AI 보안 스타트업 파랑랩은 자체 평가에서 경쟁사 모델 'GPT-4o'를 앞섰다고 밝혔다.", absent: ['DEVELOPED 파랑랩 -> GPT-4o'] },
  {
    // a sentence defining its topic as a company names a company ("X는 … 스타트업이다")
    cat: 'company.defined-as',
    text: '하늬솔루션은 2023년 판교에서 문을 연 음성 AI 스타트업이다. 하늬솔루션의 정다빈 최고기술책임자는 말했다.',
    nodes: ['Company:하늬솔루션'],
    expect: ['WORKS_FOR 정다빈 -> 하늬솔루션'],
  },
  {
    cat: 'company.defined-as',
    text: "Quillmark는 의료 문서 요약 모델을 만드는 개발사다. Quillmark는 새 모델 '퀼-M 2'를 공개했다.",
    nodes: ['Company:Quillmark'],
    expect: ['DEVELOPED Quillmark -> 퀼-M 2'],
  },
  {
    cat: 'company.defined-as',
    text: '가온누리는 국내 제조 현장에 특화된 언어모델을 공급하는 기업입니다.',
    nodes: ['Company:가온누리'],
  },
  {
    // … not a pronoun, a plural, a generic subject or an institution
    cat: 'company.defined-as',
    text: '이곳은 판교의 스타트업이다. 참가사들은 모두 AI 기업이다. 서울대학교는 연구 중심 기관이다. 스타트업은 작은 회사다.',
    noNodes: ['Company:이곳', 'Company:참가사들', 'Company:서울대학교', 'Company:스타트업'],
  },
  {
    // the outcome a sentence opens on before a list of unknown names ("집계 결과, A, B가 …") is no company; the names are
    cat: 'company.list-after-outcome',
    text: "심사 결과, 라온마인드, 벼리랩, 도담소프트가 본선에 진출했다. 라온마인드의 '라온 5'는 KMMLU에서 58.4점을 받았다.",
    nodes: ['Company:라온마인드', 'Company:벼리랩', 'Company:도담소프트'],
    noNodes: ['Company:결과'],
  },
  {
    cat: 'company.list-after-outcome',
    text: "이번 집계에서 순위, 벼리랩, 도담소프트 순으로 정리됐다는 설명이다. 그 결과, 가온테크와 벼리랩이 상위권에 들었다.",
    noNodes: ['Company:결과', 'Company:순위'],
  },
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
    // "스마트조선 얼라이언스", "시스템반도체 산업이": a company suffix heading a sector or body names no company
    cat: 'company.sector-compound',
    text: "한빛중공업은 '스마트조선 얼라이언스'에 가입했다. 시스템반도체 산업이 커지면서 한빛중공업도 AI 모델 '바다-7B'를 공개했다.",
    noNodes: ['Company:스마트조선', 'Company:시스템반도체'],
    nodes: ['Company:한빛중공업'],
  },
  {
    // "국내 기업들이 자체 개발한": a plural generic noun as the builder is no company's name
    cat: 'company.plural-generic-builder',
    text: "박람회에서는 국내 기업들이 자체 개발한 언어모델을 선보였다. 스타트업 누리실드는 탐지 모델 '실드넷'을 공개했다.",
    noNodes: ['Company:기업들'],
    nodes: ['Company:누리실드'],
  },
  {
    // "법무법인 X", "회계법인 X": a firm named after its legal form is a company (here a partner)
    cat: 'company.law-firm',
    text: "스타트업 다온로직은 법무법인 한결과 업무협약을 맺고 계약 검토 에이전트를 공동 개발하고 있다.",
    // (named as written, "법무법인 한결", and known by its bare name too)
    nodes: ['Company:법무법인 한결'],
    sameNode: ['법무법인 한결=한결'],
    expect: ['PARTNERS_WITH 다온로직 -> 한결'],
  },
  // a professional firm named with its legal form ("법무법인 X", "특허법인 X") is called so as written: the form is part of its name
  {
    cat: 'company.law-firm',
    text: "가람소프트는 계약서 데이터셋을 법무법인 한빛누리와 함께 구축했다.",
    nodes: ['Company:법무법인 한빛누리'],
    expect: ['PARTNERS_WITH 가람소프트 -> 법무법인 한빛누리'],
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
    // a kind of bank ("인터넷전문은행", "저축은행") is no company; the internet-only banks are
    cat: 'company.bank-kinds',
    text: '인터넷전문은행은 핀테크 스타트업과 손잡았다. 토스뱅크는 AI 스타트업 다온랩스와 업무협약을 맺었다.',
    noNodes: ['Company:인터넷전문은행'],
    expect: ['PARTNERS_WITH 다온랩스 -> 토스뱅크'],
    props: ['토스뱅크=country:KR'],
  },
  {
    cat: 'company.bank-kinds',
    text: "케이뱅크는 한빛AI의 '별빛 3'을 도입한다.",
    nodes: ['Company:케이뱅크'],
  },
  // a name coordinated with a known company as the joint subject of a clause both do together is a company; a university is not
  {
    cat: 'discovery.coordinated-party',
    text: "한빛대 연구소와 가온데이터, 누리온강원은 공동 개발한 언어모델 '가온-7B'를 공개했다.",
    nodes: ['Company:누리온강원'],
    noNodes: ['Company:한빛대 연구소', 'Company:연구소'],
    expect: ['DEVELOPED 누리온강원 -> 가온-7B', 'PARTNERS_WITH 가온데이터 -> 누리온강원'],
  },
  {
    cat: 'discovery.coordinated-party',
    text: '가온데이터와 누리온은 제품 개발과 별도로 물류 서비스 공동 사업을 위한 협약도 맺었다.',
    nodes: ['Company:누리온'],
    expect: ['PARTNERS_WITH 가온데이터 -> 누리온'],
  },
  {
    cat: 'discovery.coordinated-party',
    text: '누리온과 KT가 함께 개발한 상담 모델이 나왔다.',
    nodes: ['Company:누리온'],
  },
  {
    cat: 'discovery.coordinated-party',
    text: '가온데이터와 한빛대는 공동 연구를 진행한다. 가온데이터와 누리온은 각자 모델을 내놨다.',
    noNodes: ['Company:한빛대', 'Company:누리온'],
  },
  // "…에이아이랩", "…AI랩": a name ending in an AI lab word is a company, even where no company word stands before it
  {
    cat: 'discovery.ai-lab-suffix',
    text: "지역 기업 가운데서는 한밭에이아이랩이 단독으로 선정됐다. 이 회사는 지난 9일 소형 모델 '한밭-1B'를 오픈소스로 공개했다. 박지원 한밭에이아이랩 최고기술책임자는 \"성능에 자신 있다\"고 말했다.",
    nodes: ['Company:한밭에이아이랩'],
    expect: ['DEVELOPED 한밭에이아이랩 -> 한밭-1B', 'WORKS_FOR 박지원 -> 한밭에이아이랩'],
  },
  {
    cat: 'discovery.ai-lab-suffix',
    text: "누리AI랩은 새 모델 '누리-3'를 내놨다.",
    nodes: ['Company:누리AI랩'],
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
  { cat: 'company.suffixed-possessive-person', text: '가온랩스의 김하늘 CTO는 "성능이 좋다"고 말했다.', nodes: ['Company:가온랩스'], expect: ['WORKS_FOR 김하늘 -> 가온랩스'] },
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
  // a verb's connective ending before 컨소시엄 is no consortium lead; "에도" after a kind word's name is its particle
  { cat: 'company.not-connective-ending', text: '중도 포기 팀이 생기면서 컨소시엄 구성도 바뀌었다. 솔빛랩스는 보안 전문기업 누리가드에도 참여를 제안했다.', noNodes: ['Company:생기면서', 'Company:누리가드에'], nodes: ['Company:누리가드'] },
  // an investor relations meeting and a codebase are no companies
  { cat: 'nonentity.generic-business-words', text: '스타트업들은 기업설명회(IR)에서 자체 모델을 강조했다. 솔빛랩스는 고객사 코드베이스 데이터로 모델을 학습했다.', noNodes: ['Company:기업설명회', 'Company:코드베이스'] },
  // a known subsidiary from the gazetteer, with its country
  { cat: 'gazetteer.subsidiary', text: '솔빛랩스는 카카오헬스케어와 업무협약을 맺고 상담 서비스를 공동 개발한다.', nodes: ['Company:카카오헬스케어'], expect: ['PARTNERS_WITH 솔빛랩스 -> 카카오헬스케어'] },
  { cat: 'introduced.counted', text: '솔빛누리 등 5개사가 컨소시엄을 꾸렸다.', nodes: ['Company:솔빛누리'] },
  {
    // a writer's own company defined with its Latin spelling ("우리 회사 X(Latin)는 … 스타트업이다") is a company, and makes its model
    cat: 'company.defined-own-with-gloss',
    text: "우리 회사 다온브릭(Daonbrick)은 대구에 있는 직원 30명 남짓의 AI 스타트업이다. 지난달 다온브릭의 첫 모델 '다온-S 9B'를 공개했다.",
    nodes: ['Company:다온브릭'],
    sameNode: ['다온브릭=Daonbrick'],
    expect: ['DEVELOPED 다온브릭 -> 다온-S 9B'],
  },
  {
    cat: 'company.defined-own-with-gloss',
    text: "저희 회사 가람누리(Garamnuri)는 제조 현장의 비전 모델을 만드는 회사입니다.",
    nodes: ['Company:가람누리'],
  },
  {
    // a predicate's connective ending after a company word ("흔한 스타트업 이야기겠지만,") names no company
    cat: 'company.not-connective-ending',
    text: "누군가에게는 흔한 스타트업 이야기겠지만, 모델을 직접 만드는 일은 여전히 드물다. 대기업 사정이지만, 다들 GPU가 모자란다.",
    noNodes: ['Company:이야기겠지만', 'Company:사정이지만'],
  },
  {
    // "합작법인(JV) 'X'": a gloss in parentheses between the noun and the name of the company being set up
    cat: 'company.founded-with-gloss',
    text: "누리랩스는 지난 5일 한결유통과 물류 AI 합작법인(JV) '로지누리'를 설립하는 계약을 맺었다.",
    nodes: ['Company:로지누리'],
  },
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
  // a release's boilerplate heading "About X AI": the company is X AI, the heading word no part of it
  {
    cat: 'company.latin-heading-word',
    text: "세피라AI는 새 모델을 출시했다.\n\nAbout Norvale AI\nFounded in 2021 in Austin, Norvale AI is an AI research company.",
    nodes: ['Company:Norvale AI'],
    noNodes: ['Company:About Norvale AI'],
  },
  {
    // ('…브레인' like '…마인드', '…인텔리전스': a company by its suffix, two syllables or more before it)
    cat: 'discovery.brain-suffix',
    text: "스타트업의 반격이 시작됐다. 솔결브레인은 7월 700억 개 매개변수 모델 '솔결 2 70B'를 공개했다.",
    expect: ['DEVELOPED 솔결브레인 -> 솔결 2 70B'],
    nodes: ['Company:솔결브레인'],
  },
  {
    // an association that built something itself ("포럼이 자체 개발한 벤치마크") is no company
    cat: 'company.association-builder',
    text: "한국생성AI포럼(이하 포럼)은 조사 결과를 발표했다. 평가에는 포럼이 자체 개발한 벤치마크 '누리워크 2027'을 썼다.",
    noNodes: ['Company:포럼'],
  },
  {
    // a booth at a fair ('중국 기업 부스는'), no company named '부스'; the exhibitor's own model stays its own
    cat: 'company.fair-booth-word',
    text: "AI 전시회가 개막했다. 외국 기업 부스는 알리바바클라우드 한 곳뿐이었다. 참가 업체 전시관에서는 관람객이 몰렸다. 국내 스타트업 한빛소프트 부스에서 관람객이 이 회사가 자체 개발한 모델 '한빛-V 2'를 써 보고 있다.",
    noNodes: ['Company:부스', 'Company:전시관'],
    expect: ['DEVELOPED 한빛소프트 -> 한빛-V 2'],
  },
  {
    // a short form defined in parentheses ("다온시스템(이하 다온)은"), where no rule reads the long name itself:
    // one company under both names, whatever its sentences say of either
    cat: 'company.defined-short-form',
    text: "다온시스템(이하 다온)은 30일 언어모델 '다온-K 3'를 공개했다. 한서윤 다온 대표는 \"속도가 강점\"이라고 말했다. 다온은 KT와 업무협약을 맺었다.",
    expect: ['DEVELOPED 다온 -> 다온-K 3', 'PARTNERS_WITH KT -> 다온', 'WORKS_FOR 한서윤 -> 다온'],
    sameNode: ['다온=다온시스템'],
  },
  {
    // a judgment's caption names each party under its role, spaced out ("원 고 주식회사 X"); the role word is the company
    // in the rest of the judgment, and a model defined as "(이하 '원고 모델'이라 한다)" keeps its name under that term
    cat: 'company.judgment-party-role',
    text: "원       고        주식회사 솔바람랩\n\n피       고        주식회사 하늬소프트\n\n원고는 2022. 5. 언어모델 '솔바람-7B'(이하 '원고 모델'이라 한다)를 개발하였다. 피고는 2024. 3. 정보통신산업진흥원이 주관하는 'AI 바우처 지원사업'의 공급기업으로 선정되었다.",
    expect: ['DEVELOPED 솔바람랩 -> 솔바람-7B', 'PARTICIPATES_IN 하늬소프트 -> AI 바우처 지원사업'],
    sameNode: ['원고=솔바람랩'],
  },
  {
    // and where the long name is read but the short form is not ("누리랩스(대표 …, 이하 누리)")
    cat: 'company.defined-short-form',
    text: "AI 스타트업 누리랩스(대표 한서윤, 이하 누리)는 새 모델 '누리-3'을 공개했다. 누리는 카카오와 손잡고 서비스를 만든다.",
    expect: ['DEVELOPED 누리랩스 -> 누리-3', 'PARTNERS_WITH 카카오 -> 누리랩스'],
    sameNode: ['누리랩스=누리'],
  },
  {
    // a Hangul name glued to a kind word, later written as its head alone ("가람데이터" … "가람의 NAME 팀장")
    cat: 'company.glued-kind-head',
    text: "노을소프트는 데이터 기업 가람데이터와 손잡았다. 가람의 정하늘 팀장은 정제 규칙을 만들었다.",
    expect: ['WORKS_FOR 정하늘 -> 가람데이터', 'PARTNERS_WITH 가람데이터 -> 노을소프트'],
    sameNode: ['가람데이터=가람'],
  },
  {
    // not where the head names the company's own model family ("누리온AI" … "누리온 2"): the head stays the model's
    cat: 'company.glued-kind-head',
    text: "누리온AI는 새 모델 '누리온 2'를 공개했다. 누리온 2는 KMMLU에서 61.0점을 받았다.",
    expect: ['DEVELOPED 누리온AI -> 누리온 2', 'SCORED 누리온 2 -> KMMLU'],
  },
  {
    // a talk of partnership that is still under discussion ("협력을 논의 중인 것으로") is no partnership
    cat: 'partners.under-discussion',
    text: "AI 스타트업 누리랩스는 새 모델 '누리-3'을 공개했다. 업계에서는 누리랩스가 카카오와도 협력을 논의 중인 것으로 보고 있다.",
    absent: ['PARTNERS_WITH 카카오 -> 누리랩스'],
  },
];

describe('company rows (gazetteer entries, countries)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
