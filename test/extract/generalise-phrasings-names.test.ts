/**
 * Generalisation rows of generalise-phrasings: which names are companies, models and benchmarks, and which are not.
 * The others are in the other generalise-phrasings-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const MADE = ['DEVELOPED 한빛소프트 -> 솔바람-R'];

const rows: FactRow[] = [
  // a table's sized Latin name and the prose's Hangul name, versioned alike (h100_02 'Oreum-V2-34B' / '오름-V2'): one model, when it is the only size
  {
    cat: 'names.sized-latin-row',
    text: "스타트업 다솜랩스가 새 모델 '다솜-V3'를 공개했다. 다솜-V3는 업스테이지의 솔라 프로2를 기반으로 만든 모델이다.\n\n모델 | 개발사 | 파라미터 | KMMLU\nDasom-V3-12B | 다솜랩스 | 12B | 60.1\nSolar Pro 2 | 업스테이지 | 31B | 64.2",
    expect: ['SCORED 다솜-V3 -> KMMLU', 'BASED_ON 다솜-V3 -> 솔라 프로2'],
    sameNode: ['다솜-V3=Dasom-V3-12B'],
    noNodes: ['Model:V3-12B', 'Model:Dasom-V3-12B'],
  },
  {
    cat: 'names.sized-latin-row',
    text: "스타트업 다솜랩스가 새 모델 '다솜-V3'를 공개했다.\n\n모델 | 개발사 | KMMLU\nDasom-V3-12B | 다솜랩스 | 60.1\nDasom-V3-30B | 다솜랩스 | 66.0",
    nodes: ['Model:Dasom-V3-12B', 'Model:Dasom-V3-30B', 'Model:다솜-V3'],
  },
  // "KT Corp. has been working with …" (h99_05): the legal suffix the page prints is one more name of the listed company
  { cat: 'names.legal-suffix', text: 'KT Corp. has been working with Microsoft Corp. on Korean-language models since 2024.', expect: ['PARTNERS_WITH KT Corp. -> Microsoft Corp.'] },
  // a programme whose quoted name opens on another programme's short name ("'K-AI …' 프로그램") is a programme of its own
  { cat: 'discover.quoted-programme', text: '과학기술정보통신부가 ‘K-AI 청년 인재 아카데미’ 프로그램 2기 참여기업 15곳을 확정했다. 가온랩스 등이 이름을 올렸다.', expect: ['PARTICIPATES_IN 가온랩스 -> K-AI 청년 인재 아카데미'], absent: ['PARTICIPATES_IN 가온랩스 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a quoted word after a kind of company is the company, even before a model word ("스타트업 '누비온' 추론 모델 공개");
  // a quoted name with a version or a size there is the startup's model
  {
    cat: 'discover.quoted-company-kind',
    text: "토종 AI 스타트업 '솔가람' 추론 모델 공개\n\n솔가람이 추론 특화 언어모델 '누리 씽크 14B'를 11일 공개했다.",
    nodes: ['Company:솔가람'],
    expect: ['DEVELOPED 솔가람 -> 누리 씽크 14B'],
  },
  { cat: 'discover.quoted-company-kind', text: "토종 스타트업 '솔가람-2' 선전\n\n한국어 리더보드에서 소형 모델 '솔가람-2'가 KMMLU 76.9점을 받았다.", nodes: ['Model:솔가람-2'], noNodes: ['Company:솔가람-2'] },
  // every company of a counted list, not only the last ("A, B, C, D 등 4개 기업"); no more names than the count
  {
    cat: 'discover.counted-list',
    text: "정부는 'AI 실증 지원사업' 수행기관으로 누리데이타, 솔빛웨이브, 가람코어, 마인드결 등 4개 기업을 최종 선정했다.",
    nodes: ['Company:누리데이타', 'Company:솔빛웨이브', 'Company:가람코어', 'Company:마인드결'],
    expect: ['PARTICIPATES_IN 누리데이타 -> AI 실증 지원사업', 'PARTICIPATES_IN 가람코어 -> AI 실증 지원사업'],
  },
  // a lab of two syllables is a company as a longer one is; a newsroom's desk and a team's name are not
  { cat: 'discover.two-syllable-lab', text: "솔빛랩은 한국어 모델 '솔빛-3B'를 공개했다.", nodes: ['Company:솔빛랩'] },
  { cat: 'discover.two-syllable-lab', text: '이 소식지는 한밭 뉴스랩이 만든다. 뉴스랩은 매주 발행된다.', noNodes: ['Company:뉴스랩'] },
  { cat: 'discover.two-syllable-lab', text: "대상은 '가온랩' 팀이 받았고, 가온랩은 KT의 모델을 썼다.", noNodes: ['Company:가온랩'] },
  { cat: 'discover.counted-list', text: '행사에는 올해 누리데이타, 솔빛웨이브 등 2곳이 참가했다.', noNodes: ['Company:올해'], nodes: ['Company:누리데이타', 'Company:솔빛웨이브'] },
  // a Hangul name with a Latin letter after a hyphen, unquoted and with no model word: a model when a maker's release verb stands
  // before it or a benchmark scores it
  { cat: 'discover.lettered-released', text: '한빛소프트가 개발한 솔바람-R은 추론에 강하다.', expect: MADE },
  { cat: 'discover.lettered-released', text: '한빛소프트는 자체 개발한 솔바람-R을 공개했다.', expect: MADE },
  { cat: 'discover.lettered-scored', text: '솔바람-R은 KMMLU에서 71.2점을 받았다.', expect: ['SCORED 솔바람-R -> KMMLU'] },
  { cat: 'discover.lettered-scored', text: '솔바람-R은 추론에 강하다는 평가를 받았다.', noNodes: ['Model:솔바람-R'] },
  // an unlisted word in a list whose other words are two or more companies is a company too, its particle or copula left off
  { cat: 'discover.list-siblings', text: "'독자 AI 파운데이션 모델' 사업에는 한빛소프트, 솔빛웨이브, 노을랩스가 참여했다.", expect: ['PARTICIPATES_IN 솔빛웨이브 -> 독자 AI 파운데이션 모델', 'PARTICIPATES_IN 한빛소프트 -> 독자 AI 파운데이션 모델'] },
  { cat: 'discover.list-siblings', text: "'독자 AI 파운데이션 모델' 사업 참여 기업은 네이버, KT, 누리데이타다.", nodes: ['Company:누리데이타'], noNodes: ['Company:누리데이타다'] },
  { cat: 'discover.list-siblings', text: '협약식에는 네이버, KT, 솔빛웨이브가 참석했다.', nodes: ['Company:솔빛웨이브'] },
  // not from a headline's pair and its news ("A·B, 제휴"), nor where the list holds a model or only one company
  { cat: 'discover.list-siblings', text: '카카오·오픈AI, 전략적 제휴 발표\n\n두 회사가 손잡았다.', noNodes: ['Company:전략적'] },
  { cat: 'discover.list-siblings', text: '네이버, 하이퍼클로바X, 솔빛웨이브가 화제다.', noNodes: ['Company:솔빛웨이브'] },
  { cat: 'discover.list-siblings', text: '네이버, 서울시, 솔빛웨이브가 협약을 맺었다.', noNodes: ['Company:솔빛웨이브'] },
  // a company found by its suffix before a compound particle ("노을랩스와의", "…랩스에서는")
  { cat: 'discover.suffix-compound-particle', text: '한빛소프트는 노을랩스와의 협력 관계를 구축했다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'discover.suffix-compound-particle', text: '노을랩스에서는 새 모델을 준비하고 있다.', nodes: ['Company:노을랩스'] },
  // a suffixed company before a person's title is a company, not a unit, with a person's name before it or the name after a
  // glossed or copular title ("김민준 한빛소프트 AI연구소장은", "한빛소프트 CTO인 김민준", "한빛소프트 최고기술책임자(CTO) 김민준")
  { cat: 'company.suffixed-before-title', text: '김민준 한빛소프트 AI연구소장은 모델을 공개했다.', expect: ['WORKS_FOR 김민준 -> 한빛소프트'] },
  { cat: 'company.suffixed-before-title', text: '한빛소프트 CTO인 김민준 박사는 모델을 공개했다.', expect: ['WORKS_FOR 김민준 -> 한빛소프트'] },
  { cat: 'company.suffixed-before-title', text: '한빛소프트 최고기술책임자(CTO) 김민준 박사는 모델을 공개했다.', expect: ['WORKS_FOR 김민준 -> 한빛소프트'] },
  { cat: 'company.suffixed-before-title', text: '누리클라우드는 문태겸 하이퍼스케일AI 기술 리더를 부사장으로 승진시켰다.', noNodes: ['Company:하이퍼스케일AI'] },
  // a versioned Latin name with no model word, released or scored, and an unlisted maker without a company suffix
  { cat: 'discover.versioned-latin', text: '누비온이 만든 Aster 2는 KMMLU에서 70.1점을 받았다.', expect: ['DEVELOPED 누비온 -> Aster 2', 'SCORED Aster 2 -> KMMLU'] },
  { cat: 'discover.versioned-latin', text: '누비온(Nuvion)은 Aster 2를 출시했다.', expect: ['DEVELOPED 누비온 -> Aster 2'] },
  { cat: 'discover.subject-releaser', text: '누비온은 새 언어모델 Aster 2를 내놨다.', expect: ['DEVELOPED 누비온 -> Aster 2'] },
  { cat: 'discover.subject-releaser', text: '문서를 읽어내는 비전-언어 모델 Aster 2를 내놨다.', noNodes: ['Company:읽어내'] },
  { cat: 'discover.subject-releaser', text: '김하늘은 새 언어모델 Aster 2를 내놨다.', noNodes: ['Company:김하늘'] },
  { cat: 'discover.versioned-latin', text: '누비온은 Aster 2를 출시할지 검토 중이다.', absent: ['DEVELOPED 누비온 -> Aster 2'] },
  // a Hangul name and version glossed in Latin before a score in a ranking ("티스벨 1.5(Tisbel 1.5): 65.96점", "벨자미 3.0(Belzami 3.0)(71.17점)")
  { cat: 'discover.glossed-numbered', text: 'SEOKAI 리더보드에서 Vobi 4.0이 94.41점으로 1위에 올랐다. 나머지 모델의 점수는 티스벨 1.5(Tisbel 1.5): 65.96점, 렌모센 3.0 프로: 50.52점이다.', expect: ['SCORED 티스벨 1.5 -> SEOKAI'], sameNode: ['티스벨 1.5=Tisbel 1.5'] },
  { cat: 'discover.glossed-numbered', text: 'SEOKAI 리더보드에서 Vobi 4.0이 94.41점으로 1위에 올랐다. 이어 벨자미 3.0(Belzami 3.0)(71.17점), 센펜 2.0(62.34점) 순이었다.', expect: ['SCORED 벨자미 3.0 -> SEOKAI'], edgeProps: ['SCORED 벨자미 3.0 -> SEOKAI score=71.17'] },
  // a word with a company suffix before a benchmark noun names the benchmark ("SEOKAI 리더보드 1위에 'X'")
  { cat: 'discover.suffixed-benchmark', text: "SEOKAI 리더보드 1위에 '보비 4.0 라이트'\n\nSEOKAI 리더보드에서 '보비 4.0 라이트'가 94.41점으로 1위에 올랐다.", nodes: ['Benchmark:SEOKAI'], noNodes: ['Company:SEOKAI'], expect: ['SCORED 보비 4.0 라이트 -> SEOKAI'] },
  // an English headline's verb and hyphened adjectives name no model ("Deepnoa Unveils 32B-Parameter In-House LLM")
  // a verb's connective ending before a size ("…에 뒤지지만 14B라는 크기로") names no model
  { cat: 'discover.sized-hangul-name', text: "가온랩이 '가온-9'를 공개했다. 성능만 보면 엑사원 4.0에 3점가량 뒤지지만 14B라는 체급을 생각하면 효율은 이쪽이 좋다.", nodes: ['Model:가온-9'], noNodes: ['Model:뒤지지만 14B'] },
  // quoted names whose size is followed by the checkpoint it names ("…-14B-Base", "… 3B-Chat"), listed and counted ("두 종을")
  { cat: 'discover.sized-checkpoint', text: "한빛랩은 '솔새 3-14B-Base', '솔새 3-3B-Chat' 두 종을 깃허브에 올렸다고 밝혔다.", nodes: ['Model:솔새 3-14B-Base', 'Model:솔새 3-3B-Chat'], props: ['솔새 3-14B-Base=parameters:14000000000'] },
  { cat: 'discover.sized-checkpoint', text: "한빛랩은 '성장-14B-Base 전략' 보고서를 냈다.", noNodes: ['Model:성장-14B-Base 전략'] },
  // a developer's post: a lower-case hub id with a size part is a model ("sora-3b-v2"); a word written apart after a hub id is
  // not its variant ("mistral-7b base" is mistral-7b); a fine-tune named by its acronym ("Y에 … SFT + DPO 한 X")
  { cat: 'discover.sized-hub-id', text: '제목\n\n이번에 mistral-7b에 상담 데이터로 SFT + DPO 한 haneul-7b-v2를 쓰고 있습니다.', nodes: ['Model:haneul-7b-v2'], expect: ['BASED_ON haneul-7b-v2 -> mistral-7b'] },
  { cat: 'discover.sized-hub-id', text: '제목\n\n처음엔 mistral-7b base 모델을 그대로 써 봤습니다.', nodes: ['Model:mistral-7b'], noNodes: ['Model:mistral-7b base'] },
  { cat: 'discover.sized-hub-id', text: '제목\n\n서버는 rtx-4090 두 장과 ddr5-64gb 메모리로 꾸렸습니다.', noNodes: ['Model:rtx-4090', 'Model:ddr5-64gb'] },
  // a version tag that points back, glossed with the full name in parentheses, names that model ("v1(x-7b-v1)은")
  { cat: 'discover.tag-glossed', text: '제목\n\n올해는 haneul-7b-v2를 공개했습니다.\n\n그 전의 v1(haneul-7b-v1)은 작년에 나왔습니다.', nodes: ['Model:haneul-7b-v1', 'Model:haneul-7b-v2'] },
  // a writer who opens by saying where they work and what they do ("X에서 … 만들고 있는 개발자입니다"): "저희 CTO NAME님" works there
  // a language word that reads like a surname and a given name ("한국어", after "대표" as an adjective: "국내 대표 한국어 평가판") is no person
  { cat: 'discover.not-a-name', text: "제목\n\n국내 대표 한국어 평가판인 '누리 리더보드'의 순위가 나왔다. 업계 대표 한국형 모델도 참가했다.", noNodes: ['Person:한국어', 'Person:한국형'] },
  // a maker's genitive before a letter-and-digit version names that maker's model ("X의 R2" is "X R2"); no version, no model
  { cat: 'discover.genitive-version', text: "가온랩스의 솔바람-2가 KMMLU 70.1점으로 미스트랄의 V2(65.3점)를 앞섰다.", nodes: ['Model:V2'], expect: ['SCORED V2 -> KMMLU', 'DEVELOPED 미스트랄 -> V2'] },
  { cat: 'discover.genitive-version', text: "미스트랄의 새 모델은 아직 이름이 없다.", noNodes: ['Model:미스트랄'] },
  // a report's line opening on its partner, the writer's company left out, before an agreement signed: the partner is a company
  { cat: 'discover.opening-partner', text: '주간 업무 정리\n\n솔마루와 물류 챗봇 공동 구축 업무협약을 지난 5일 맺었습니다.', nodes: ['Company:솔마루'] },
  { cat: 'discover.opening-partner', text: '주간 업무 정리\n\n해솔시와 데이터 개방 협약을 체결했습니다.', noNodes: ['Company:해솔시'] },
  // a programme's speaker line: a name, a space, then the organisation and post in parentheses
  { cat: 'discover.name-spaced-paren-post', text: '세션 2 연사\n\n한지율 (미래언어연구회 수석연구원)', nodes: ['Person:한지율'] },
  { cat: 'discover.name-spaced-paren-post', text: '세션 2 연사\n\n발표자 (미래언어연구회 수석연구원)', noNodes: ['Person:발표자'] },
  // an adverb of respect before 컨소시엄 ('구조상 컨소시엄으로') is no consortium's lead
  { cat: 'discover.consortium-adverb', text: '가온랩스는 이번 사업에 단독으로 지원하기 어렵다. 구조상 컨소시엄으로 들어가야 한다.', noNodes: ['Company:구조상'] },
  { cat: 'discover.english-headline-words', text: 'Deepnoa Unveils 32B-Parameter In-House LLM "Noa-2"\n\n딥노아는 자체 개발한 노아-2를 공개했다.', nodes: ['Model:Noa-2'], noNodes: ['Model:In-House', 'Model:Deepnoa Unveils 32B'] },
  // a company known only as what a person founded ("X 창업자 NAME", "X 공동창업자인 NAME", "X를 창업한 NAME"), and co-founders listed after it
  { cat: 'discover.founded-company', text: '카이온 창업자 최민혁 대표는 상장 계획을 밝혔다.', nodes: ['Company:카이온'], expect: ['WORKS_FOR 최민혁 -> 카이온'], noNodes: ['Person:창업자'] },
  { cat: 'discover.founded-company', text: '카이온 설립자 최민혁 대표는 상장 계획을 밝혔다.', expect: ['WORKS_FOR 최민혁 -> 카이온'] },
  { cat: 'discover.founded-company', text: '누리솔루션의 공동창업자인 박서진 CTO는 상장 계획을 밝혔다.', expect: ['WORKS_FOR 박서진 -> 누리솔루션'] },
  { cat: 'discover.founded-company', text: '그는 2019년 카이온을 공동 창업한 최민혁 대표와 일했다.', expect: ['WORKS_FOR 최민혁 -> 카이온'] },
  { cat: 'discover.founded-company', text: '연쇄 창업자 최민혁 씨는 세 번째 회사를 세웠다.', noNodes: ['Company:연쇄'] },
  { cat: 'discover.founded-company', text: '또 다른 공동 창업자 최민혁 대표는 상장 계획을 밝혔다.', noNodes: ['Company:다른'] },
  { cat: 'discover.founded-company', text: '카이온 창업자 최민혁 대표와 공동창업자 윤하린 CSO가 회사를 세웠다.', noNodes: ['Company:대표와'], expect: ['WORKS_FOR 최민혁 -> 카이온'] },
  // a Hangul name with a hyphenated version as a release verb's object ("X는 다올-3을 공개했다"), and its line's other versions
  // named bare later ("다올-2의 뒤를 잇는다", "다올-2의 개선판이다")
  { cat: 'discover.lettered-released', text: '한빛소프트는 다올-3을 공개했다.', expect: ['DEVELOPED 한빛소프트 -> 다올-3'] },
  { cat: 'discover.lettered-released', text: '한빛소프트는 솔바람-R을 공개했다.', expect: ['DEVELOPED 한빛소프트 -> 솔바람-R'] },
  { cat: 'discover.hyphen-siblings', text: '한빛소프트는 다올-3을 공개했다. 다올-3은 지난해 나온 다올-2의 뒤를 잇는다.', expect: ['SUCCEEDS 다올-3 -> 다올-2'] },
  { cat: 'discover.hyphen-siblings', text: '한빛소프트는 다올-3을 공개했다. 다올-3은 다올-2의 개선판이다.', expect: ['SUCCEEDS 다올-3 -> 다올-2'] },
  { cat: 'discover.hyphen-siblings', text: '한빛소프트는 다올-3을 공개했다. 다올-3은 다올-2와 비교해 속도가 두 배다.', absent: ['SUCCEEDS 다올-3 -> 다올-2'] },
  // an adverb of the clause before a programme's word is no word of its name ('… 모두 실증 사업에 이름을 올리면서')
  {
    cat: 'discover.programme-before-joining',
    text: "정부는 '해양 AI 실증 사업' 수행 기업을 발표했다. 가온소프트와 다솜데이터, 물결랩스가 모두 실증 사업에 이름을 올렸다.",
    noNodes: ['Policy:모두 실증 사업'],
  },
  { cat: 'discover.consortium-lead', text: '정부 사업 결과가 나왔다. 가온소프트 컨소시엄은 다솜데이터와 팀을 이뤘다. 물결랩스는 지난달까지 컨소시엄에 있었다.', noNodes: ['Company:지난달까지'] },
  // KEPCO's generation companies are companies (a public corporation still is one)
  { cat: 'gazetteer.power-companies', text: '가온소프트는 한국중부발전과 함께 자사 모델을 발전소 점검 보고서 작성에 활용한다.', expect: ['PARTNERS_WITH 한국중부발전 -> 가온소프트'] },
  // spoken transcripts: a company introduced with a quotative ('스타트업 X라는 데가', 'X라는 곳'), a model named unquoted ('X라는 모델을 냈다'),
  // a deictic word before a score ('거기선 71.2가'), a company's code a smaller version is made from ('X의 V2를 작게 줄인 버전')
  { cat: 'discover.quotative-company', text: '요즘 스타트업 바다랩AI라는 데가 있는데요, 물류 쪽을 한대요.', nodes: ['Company:바다랩AI'], noNodes: ['Company:바다랩AI라'] },
  { cat: 'discover.quotative-company', text: '스타트업 누리웨이브라는 곳이 눈에 띄었어요.', nodes: ['Company:누리웨이브'], noNodes: ['Company:누리웨이브라'] },
  { cat: 'discover.named-model-unquoted', text: '가온소프트는 지난주 한결메드라는 모델을 냈어요.', nodes: ['Model:한결메드'] },
  { cat: 'discover.named-model-unquoted', text: '가온소프트는 지난주 별무리온이라는 법률 특화 모델을 공개했다.', nodes: ['Model:별무리온'] },
  { cat: 'discover.named-model-unquoted', text: '정말 좋다라는 모델 평가가 많아요.', noNodes: ['Model:정말 좋다', 'Model:좋다'] },
  { cat: 'discover.deictic-before-score', text: '그리고 KoBEST 벤치마크, 추론 보는 거요, 거기선 71.2가 나왔어요.', noNodes: ['Model:거기선 71.2'] },
  { cat: 'discover.owned-code-derived', text: '미스트랄의 V2를 작게 줄인 버전이 같은 시험에서 40점 정도였어요.', expect: ['DEVELOPED 미스트랄 -> V2'] },
  // a Hangul name joined by a hyphen with a release tag ('X-Y v2'), and its other version the page names later
  { cat: 'discover.hangul-tagged', text: "가온소프트의 새 모델 다온-봇 v3가 나왔다. 첫 모델 다온-봇 v1은 라마 3 기반이었다.", nodes: ['Model:다온-봇 v3', 'Model:다온-봇 v1'] },
  // a Latin name's other version by its letter-and-number part ("Tidal-M2" … "Tidal-M1"); a city's own sentence is no company's
  { cat: 'discover.lettered-sibling', text: 'Brightfield AI released Tidal-M2 on Monday. Tidal-M2 replaces last year\'s Tidal-M1 as the flagship.', nodes: ['Model:Tidal-M1'], expect: ['SUCCEEDS Tidal-M2 -> Tidal-M1'] },
  // a quoted board's name whose first word is also a programme's short name ("'K-AI 리더보드'") is a benchmark;
  // a card's title line ("[카드 3] 진출팀 ② X 'Y'.") makes X and Y what the card's next sentences are about
  { cat: 'discover.quoted-board', text: "공개 평가 체계 'K-AI 리더보드' 종합 점수는 엑사원 4.0 32B 70.2점이었다.", expect: ['SCORED 엑사원 4.0 32B -> K-AI 리더보드'] },
  { cat: 'discover.glossed-inside', text: "가온소프트가 법률 특화 모델 '바람(BARAM)-9B'를 발표했다. 바람-9B는 라마 3.1 8B를 바탕으로 학습했다.", sameNode: ['바람(BARAM)-9B=바람-9B'] },
  // a versioned model's stem alone, named as what the new one upgrades ('X의 업그레이드 버전', '전작 X'), is the line's earlier model
  {
    cat: 'names.predecessor-stem',
    text: "한빛소프트가 물류 특화 모델 'NOVA Q 3'를 공개했다. 작년에 라마 3.1을 기반으로 만들었던 NOVA Q의 업그레이드 버전이다.",
    expect: ['SUCCEEDS NOVA Q 3 -> NOVA Q', 'BASED_ON NOVA Q -> 라마 3.1'],
    absent: ['BASED_ON NOVA Q 3 -> 라마 3.1'],
  },
  // a name with a corporate suffix in a copyright line ('© 2026 GaonSoft Inc.') is the company named without it
  { cat: 'names.corporate-suffix', text: "가온소프트(GaonSoft)가 '물결-7B'를 공개했다.\n\n© 2026 GaonSoft Inc. All rights reserved.", noNodes: ['Company:GaonSoft Inc.'] },
  // a sized name with a dotted version after the size ("누리-9B 2.1"), its Latin spelling in brackets with a "v" ("Nuri-9B v2.1")
  { cat: 'names.sized-version', text: "가온소프트가 누리-9B 2.1 (Nuri-9B v2.1)을 공개했다. 지난해 낸 누리-9B 2.0의 후속이다.", nodes: ['Model:누리-9B 2.1', 'Model:누리-9B 2.0'], sameNode: ['누리-9B 2.1=Nuri-9B v2.1'] },
  // a bare name kept for versioned mentions ('믿음 2.0') is no model as a common word ('…는 믿음을 보여 줬다'); a lab's name is no person
  { cat: 'names.version-only-word', text: "시상식 소식\n\n권다인 물빛랩 대표는 \"작은 팀도 이길 수 있다는 믿음을 보여 줬다\"고 말했다.", noNodes: ['Model:믿음', 'Model:믿:음', 'Person:물빛랩'] },
  // a pitch roster's numbered items, each titled by a company and its field ("③ X — 의료"): the item's model is that company's, its scores its model's
  { cat: 'names.item-heading-company', text: "데모데이 발표 요약\n\n① 솔빛연구 — 의료\n\n솔빛연구는 두 곳뿐인 자체 학습 팀 중 하나다. 이 회사의 진료 요약 모델 '솔빛-메드 7B'는 지난달 공개됐다.\n\n② 누리웨이브 — 한국어 LLM\n\n마지막으로 나선 누리웨이브는 320억 개 매개변수의 한국어 LLM '한결-K 32B'를 처음부터 구축했다고 밝혔다. KMMLU에서 55.1점을 기록했다.", expect: ['DEVELOPED 솔빛연구 -> 솔빛-메드 7B', 'DEVELOPED 누리웨이브 -> 한결-K 32B', 'SCORED 한결-K 32B -> KMMLU'], absent: ['SCORED 솔빛-메드 7B -> KMMLU'] },
  // a test set defined by name and acronym ('X(ABBR)은 … 자체 구축한 평가 세트로') is a benchmark, its table column too
  { cat: 'discover.defined-benchmark', text: "누리온 문서\n\n누리온 3은 한빛데이터가 개발한 언어 모델이다.\n\n누리온 3은 KMMLU에서 61.2점, K-법령 질의응답(KLQA)에서 77.1점을 받았다.\n\nK-법령 질의응답(KLQA)은 한빛데이터가 자체 구축한 평가 세트로, 외부 검증을 거치지 않았다.", expect: ['SCORED 누리온 3 -> K-법령 질의응답'], absent: ['DEVELOPED KLQA -> K-법령 질의응답'] },
  // a known family's name opening a longer quoted name, in a sentence about models, is a model of that family ('Y 2.0을 바탕으로 … 'Y K-행정'')
  { cat: 'discover.quoted-family-variant', text: "LG는 '엑사원 3.5'를 기반으로 법률 문서에 맞춘 '엑사원 L-법무'를 따로 학습시켰다.", expect: ['BASED_ON 엑사원 L-법무 -> 엑사원 3.5', 'DEVELOPED LG -> 엑사원 L-법무'] },
  { cat: 'discover.quoted-family-variant', text: "LG는 '엑사원 3.5'를 기반으로 한 모델들을 '엑사원 스튜디오'에서 시연했다.", absent: ['DEVELOPED LG -> 엑사원 스튜디오'] },
  // what companies do ("중소기업 합류는", "대기업 참여가") and a kind of insurance ("책임보험") name no company
  { cat: 'names.not-company-words', text: "가온소프트는 '해양 데이터밸리 육성사업'에 참여한다. 다만 중소기업 합류는 더디고 대기업 참여는 아직 미지수다. 시는 사고에 대비한 책임보험 가입을 돕기로 했다.", noNodes: ['Company:합류', 'Company:참여', 'Company:책임보험'] },
  // a broadcast script's noun-phrase line ending on a model its maker released ("X가 … 내놓은 경량 언어모델 'Y'.") moves the focus to it,
  // away from a rival the lead named: the next line's score and "전작" are Y's
  // a list's last company, described by its own clause after a known company ("…를 개발한 A, …을 만드는 B 등이"); not a generic noun there
  {
    cat: 'discover.list-tail',
    text: "정부가 'AI 바우처 지원사업' 공급기업 10곳을 선정했다. 물류 예측 모델 '누리-L'을 개발한 가온데이터, 음성 인식 모델을 운영하는 솔결 등이 포함됐다.",
    nodes: ['Company:솔결', 'Company:가온데이터'],
  },
  { cat: 'discover.list-tail', text: "물류 예측 모델 '누리-L'을 개발한 가온데이터, 음성 인식 기술을 연구하는 분야 등이 꼽혔다.", noNodes: ['Company:분야'] },
  // a programme's short name opening a quoted test of its own is a benchmark ("'K-X 종합평가'에서 N점")
  { cat: 'discover.programme-own-test', text: "과기정통부는 'K-해양 AI' 사업을 추진한다. 누리온 3은 평가 지표인 'K-해양 AI 통합평가'에서 71.5점을 받았고, 가온-2는 68.0점이었다.", expect: ['SCORED 누리온 3 -> K-해양 AI 통합평가', 'SCORED 가온-2 -> K-해양 AI 통합평가'] },
  // a company introduced by its kind in English ("start-up NAME (한글)", "NAME, a Busan-based biotech start-up,"), and the pair's agreement
  { cat: 'discover.en-company-kind', text: "Busan start-up Tidewave Minds (타이드웨이브마인즈) unveiled Kestrel-4, a model fine-tuned on Meta's Llama 3.1 8B. Haneul AI and Orbis Bio, a Gwangju-based robotics start-up, signed an agreement on Friday to co-develop a model.", expect: ['DEVELOPED Tidewave Minds -> Kestrel-4', 'PARTNERS_WITH Haneul AI -> Orbis Bio'] },
  { cat: 'discover.en-company-kind', text: "The Busan start-up said on Monday that sales rose. Its chief, a former banker, declined to comment.", noNodes: ['Company:The Busan', 'Company:Its'] },
  // joined names before a shared 공동 title: both people
  { cat: 'discover.joined-co-title', text: "가온데이터는 지난해 설립됐다. 가온데이터는 도하람·석서윤 공동 연구소장 체제로 운영된다.", expect: ['WORKS_FOR 도하람 -> 가온데이터', 'WORKS_FOR 석서윤 -> 가온데이터'] },
  // a family name read only with a version counts bare where its other name glosses it ("젬마(Gemma)"-style: "파이(Phi) 계열")
  { cat: 'gazetteer.glossed-bare-family', text: "가온데이터는 새 모델을 만들면서 마이크로소프트의 파이(Phi) 계열 구조를 검토했다고 밝혔다.", expect: ['DEVELOPED 마이크로소프트 -> 파이'] },
  { cat: 'gazetteer.glossed-bare-family', text: "가온데이터는 원주율 파이를 외우는 대회를 열었다.", noNodes: ['Model:파이'] },
  // a company's report or a newsroom's desk is no company ("기업 기술보고서, …", "팩트체크랩은")
  { cat: 'names.not-company-words', text: "탐사랩은 기업 기술보고서, 공개 리더보드, 정부 자료를 대조했다. 가온데이터는 새 모델을 공개했다.", noNodes: ['Company:기술보고서', 'Company:탐사랩'] },
  // an English model noun that names its model ("The model, named X, will be built on Y")
  { cat: 'discover.en-named-model', text: "Tidewell Labs and Haneul AI agreed on Friday to build a shipping model together. The model, named Tidal-Nav, will be built on Google's Gemma 2 9B.", expect: ['BASED_ON Tidal-Nav -> Gemma 2 9B'] },
  // a company introduced by its kind, then its subject particle before a comma (a gapped clause: "X 컨소시엄에는 A와 B가, Y 컨소시엄에는 …")
  { cat: 'discover.kind-gapped-subject', text: "네이버클라우드 컨소시엄에는 KT와 의료 전문기업 새론데이터가, 카카오 컨소시엄에는 리벨리온·퓨리오사AI가 합류했다.", expect: ['PARTNERS_WITH 네이버클라우드 -> 새론데이터', 'PARTNERS_WITH 카카오 -> 리벨리온'], absent: ['PARTNERS_WITH 네이버클라우드 -> 리벨리온'], noNodes: ['Company:새론데이터가'] },
  // the last of the partners a team is formed with, after a known one (", X와 함께 팀을 꾸렸다")
  { cat: 'discover.last-team-companion', text: "카카오는 리벨리온, 솔가람과 함께 팀을 꾸렸다.", expect: ['PARTNERS_WITH 카카오 -> 솔가람', 'PARTNERS_WITH 카카오 -> 리벨리온'] },
  // bare English names of Korean groups ("Samsung", "LG Group"); "Chaebol AI labs" is no company
  { cat: 'gazetteer.en-group-names', text: "Samsung signed an agreement with Tidewell Labs. LG Group's AI arm is taking a different route.", expect: ['PARTNERS_WITH 삼성전자 -> Tidewell Labs'], nodes: ['Company:LG Group'] },
  { cat: 'discover.en-company-kind', text: "Chaebol AI labs race abroad as rivals hire.", noNodes: ['Company:Chaebol AI'] },
  // a programme noun right before a quoted programme is the kind it is ("…의 X 지원 프로그램 '팁스'에"), no programme of its own
  { cat: 'discover.programme-kind-before-quoted', text: "가온데이터는 지난해 중소벤처기업부의 민간투자 연계 지원 프로그램 '팁스'에 뽑혔다.", expect: ['PARTICIPATES_IN 가온데이터 -> 팁스'], noNodes: ['Policy:민간투자 연계 지원 프로그램'] },
  // a versioned name before the word 점수 ("score") keeps its version; "4.0점" is still a score, no version
  {
    cat: 'model.version-before-score-word',
    text: "토론 게시판\n\n에이닷엑스 4.0 점수 아시는 분 계세요? 작년 발표 때 본 것 같은데요.",
    nodes: ['Model:에이닷엑스 4.0'],
  },
  // a mixture-of-experts size written in speech, spaced and lower-cased ("30b a3b"), is the hyphenated name's
  {
    cat: 'model.spaced-active-size',
    text: "알리바바는 Qwen3-235B-A22B를 공개했다. 개발자들은 큐웬3 235b a22b를 많이 내려받았다.",
    sameNode: ['Qwen3-235B-A22B=큐웬3 235b a22b'],
  },
  // a hyphenated name with the variant word 프리뷰 ("X-Y 프리뷰") is a model of its own, which a successor follows
  {
    cat: 'model.preview-variant',
    text: "누리랩 소식\n\n누리랩이 누리-K 1.0을 공개했다. 누리-K 1.0은 지난해 공개한 누리-K 프리뷰의 후속 모델이다.",
    expect: ['SUCCEEDS 누리-K 1.0 -> 누리-K 프리뷰'],
  },
  // a public agency between a name and a title is no company; the person stays
  {
    cat: 'organisation.public-agency',
    text: "설명회 소식\n\n오세린 한국데이터산업진흥원 원장은 가공 바우처를 늘리겠다고 말했다.",
    nodes: ['Person:오세린'],
    noNodes: ['Company:한국데이터산업진흥원'],
  },
  // an English product a sentence says was built on a named model is a model ("its earlier product, X, had been built on Y"; "built its X assistant on Y")
  { cat: 'discover.en-built-on-model', text: "Tidewell Labs is training Kestrel-4. The start-up's first product, Tidewell Scribe, had been built on Google's Gemma 2 9B, chief executive Mira Solberg said.", expect: ['BASED_ON Tidewell Scribe -> Gemma 2 9B'] },
  { cat: 'discover.en-built-on-model', text: "Haneul AI released Kestrel-4 last year. Krafton built its Orbis 3 chatbot on Haneul AI's Kestrel-4 for its games.", expect: ['BASED_ON Orbis 3 -> Kestrel-4', 'DEVELOPED Krafton -> Orbis 3'] },
  { cat: 'discover.en-built-on-model', text: "Haneul AI released Kestrel-4 last year. It was built on Gemma 2 9B.", noNodes: ['Model:It'] },
  // "점수를 받았고, X가 …과 함께 만든": a verb's connective ending before the comma is no party; nor is "기업 인수합병(M&A)"
  { cat: 'names.not-company-words', text: "가온-3은 KMMLU에서 60.2점을 받았고, 가온데이터가 해운사들과 함께 만든 평가셋에서도 앞섰다. 대표는 회계법인에서 기업 인수합병(M&A) 자문을 맡았다.", noNodes: ['Company:받았고', 'Company:인수합병'] },
  // "Y(Latin)의 V3 모델": a short code between a company's possessive and a model noun, beside another model; a lineage word quoted is no model
  { cat: 'discover.owned-code-model-noun', text: "가온데이터는 의혹을 부인했다. 한서윤 CTO는 \"가온-3은 딥시크(DeepSeek)의 V3 모델을 쓰지 않았다\"고 말했다. 파생을 거듭한 '손자 모델'도 나온다.", expect: ['DEVELOPED 딥시크 -> V3'], noNodes: ['Model:손자 모델'] },
  // "X AI Industry Association": an association whose name opens like a company's ("X AI") is none
  { cat: 'discover.en-association-not-company', text: "A review by industry group Busan AI Industry Association found that most models were fine-tuned. Haneul AI released Kestrel-4 on Monday.", noNodes: ['Company:Busan AI'], expect: ['DEVELOPED Haneul AI -> Kestrel-4'] },
  // spoken endings after a name ("다온-2 14B요."): the name still ends there
  { cat: 'names.spoken-ending', text: "어떤 모델이냐고요? 가온랩의 다온-2 14B요.", nodes: ['Model:다온-2 14B'], expect: ['DEVELOPED 가온랩 -> 다온-2 14B'] },
  // "참여 기업 구성이": the make-up of the members is no company (h96_03)
  { cat: 'names.not-company-words', text: "해양 AI 모델 육성사업에서 리벨리온이 이끄는 컨소시엄은 참여 기업 구성이 다채롭다. 참여사 면면은 화려하다.", noNodes: ['Company:구성', 'Company:면면'] },
  // "적격 컨소시엄 없어": a qualified consortium is no company
  { cat: 'names.not-company-words', text: "해양 AI 모델 육성사업 국방 분야는 적격 컨소시엄 없어 재공모한다. 컨소시엄은 내년에 다시 뽑는다.", noNodes: ['Company:적격'] },
  // "'금융 특화' 모델": a field and a word of specialisation in quotes describe a kind of model (h96_05)
  { cat: 'discover.specialised-kind', text: "◆가람랩스·메타, '금융 특화' 모델 함께 만든다\n\n가람랩스가 메타와 '법률 전용' 모델을 만든다.", noNodes: ['Model:금융 특화', 'Model:법률 전용'] },
  // a graphics card is hardware, no company (h99_03)
  { cat: 'names.not-company-words', text: "가온랩스의 새 모델은 고성능 그래픽카드 한 장이면 돌릴 수 있다.", noNodes: ['Company:그래픽카드'] },
  // "하지만" opening a spoken line's second sentence is a conjunction, no person (h99_04)
  { cat: 'names.not-person-words', text: "[오민준 / 가온랩스 대표 : 외산 모델을 쓰는 건 막을 수 없습니다. 하지만 출처는 밝혀야 합니다.]", noNodes: ['Person:하지만'] },
  // a wire release's all-caps labels ("NEWS PROVIDED BY", "SOURCE") before the issuer's name are no part of it
  { cat: 'discover.wire-labels', text: "Tidewell Labs Launches Kestrel-4\n\nNEWS PROVIDED BY Tidewell Labs Inc. June 3, 2026\n\nTidewell Labs released Kestrel-4 today.\n\nSOURCE Tidewell Labs Inc.", noNodes: ['Company:PROVIDED BY Tidewell Labs', 'Company:SOURCE Tidewell Labs', 'Company:NEWS PROVIDED BY Tidewell Labs'], expect: ['DEVELOPED Tidewell Labs -> Kestrel-4'] },
  // a model not yet named but by its working title ("모델의 가칭은 'X'이다"); a working title of an event is no model
  { cat: 'discover.working-title', text: "가온랩과 나래AI가 추론 모델을 공동 개발한다. 두 회사가 함께 개발하는 모델의 가칭은 '다솔'이다.", expect: ['DEVELOPED 가온랩 -> 다솔', 'DEVELOPED 나래AI -> 다솔'] },
  { cat: 'discover.working-title', text: "가온랩과 나래AI가 추론 모델을 공동 개발한다. 두 회사가 함께 여는 행사의 가칭은 '다솔 한마당'이다.", noNodes: ['Model:다솔 한마당'] },
  // a company named after its parent as a subsidiary ("X 자회사 Y가 개발한 …")
  { cat: 'discover.subsidiary-name', text: "미래전자 자회사 HK인텔리가 개발한 일본어 모델 '하루카2'가 공개됐다.", expect: ['DEVELOPED HK인텔리 -> 하루카2'], nodes: ['Company:HK인텔리'] },
  { cat: 'discover.subsidiary-name', text: "미래전자는 자회사 설립을 검토하고 있다고 밝혔다.", noNodes: ['Company:설립을', 'Company:설립'] },
  // a quoted name that ends in 트랙 is a programme's track ("'투 트랙'" is a strategy, no programme)
  { cat: 'discover.quoted-track', text: "과기정통부는 '지역 AI 특화 트랙'을 새로 만들겠다고 밝혔다.", nodes: ['Policy:지역 AI 특화 트랙'] },
  { cat: 'discover.quoted-track', text: "네이버는 '투 트랙' 전략을 택했다.", noNodes: ['Policy:투 트랙'] },
  // a lone capital letter after a Hangul family name is its edition
  { cat: 'model.letter-edition', text: '카카오는 경량 모델 카나나 S를 내놨다.', expect: ['DEVELOPED 카카오 -> 카나나 S'] },
  // a corporate form after a capitalised name makes it a company
  { cat: 'discover.en-corporate-form', text: 'Shares of Bluewhale Corporation rose after the results.', nodes: ['Company:Bluewhale'] },
  // the parenthesised names of a list a benchmark count closes are benchmarks
  { cat: 'discover.listed-benchmarks', text: '솔빛데이터는 수학 추론(셈마루)과 법률 독해(법리온) 등 두 가지 평가 결과를 내놨다. 셈마루에서 솔빛-7B는 61.2점을 받았다.', nodes: ['Benchmark:셈마루', 'Benchmark:법리온'], expect: ['SCORED 솔빛-7B -> 셈마루'] },
  { cat: 'discover.listed-benchmarks', text: '솔빛데이터는 서울(본사), 부산(연구소) 등 2개 거점을 운영한다.', noNodes: ['Benchmark:본사', 'Benchmark:연구소'] },
  // an English honorific is no company's short name
  { cat: 'company.not-honorific', text: 'Ms. Hana Lee thanked Naver. Later Mr. Park joined.', noNodes: ['Company:Ms', 'Company:MS', 'Company:Mr'] },
  // an English variant word in lower case before "model" describes the model ("Solar Pro 2 Reasoning" is still a variant)
  { cat: 'model.descriptive-variant-word', text: 'Kakao showed its Kanana 2 reasoning model on Monday. Upstage released Solar Pro 2 Reasoning in May.', nodes: ['Model:Kanana 2', 'Model:Solar Pro 2 Reasoning'], noNodes: ['Model:Kanana 2 reasoning'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
