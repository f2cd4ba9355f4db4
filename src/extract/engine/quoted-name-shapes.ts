/**
 * What a quoted phrase's own shape says it is (a document, a deal, a programme, a plan, a versioned or sized model name,
 * a benchmark's name), and the words around a quote that place it: read by discover-quoted.ts. Moved out of it unchanged.
 */

/** "'독자' 파운데이션 모델", "'국산 AI'라는 이름으로", "'토종 생성형 AI 모델'": a word for where a model comes from, quoted as a label (maybe with a kind of model after it), names no model. */
export const ORIGIN_WORD = /^(?:국산|독자|자체|토종|한국형|순수|외산|국내|해외|외국산)(?:\s?(?:AI|인공지능|생성형\s?AI|초거대\s?AI))?(?:\s?(?:모델|LLM|sLLM|sLM|언어\s?모델|파운데이션\s?모델))?$/;

/** "'X 기반설'", "'Y 도용 의혹'", "'Z 유출 논란'": a rumour or a controversy about a model, quoted as a label, names no model. */
export const RUMOUR_NAME = /(?:(?:기반|도용|표절|유출|복제|차용|개조|베끼기)설|의혹|논란|루머|소문)$/;

/** The last word of a publication's name: a report, a white paper, guidelines, a paper, a manual. */
export const DOCUMENT_NAME = /(?:\s|^)\S*(?:보고서|백서|리포트|레포트|가이드라인|가이드북|지침서?|논문|매뉴얼|안내서|해설서|설명서|로드맵|결과표|사례집|(?<!프)리뷰|보고)$/;

/** "'공동개발 및 기술협력 계약'", "'데이터 공급 협약'": a deal's name as a filing or a release quotes it, its last word an agreement. */
export const DEAL_NAME = /(?:\s|^)\S*(?:계약|협약|협정|양해각서|MOU)$/;

/** A multi-word name whose last word is a kind of product, not a model: a package, a solution, a bundle, a kit, a platform, a service. */
export const PRODUCT_KIND_NAME = /\s\S*(?:패키지|솔루션|번들|키트|플랫폼|서비스)$/;

/** "‘반딧불 리더보드 3’", "‘K-역사QA’", "'X-리더보드 2026'": a quoted name ending in a benchmark word (and maybe a round number or a year). */
export const QUOTED_BENCH_NAME = /(?:리더보드|벤치마크|벤치|QA)(?:\s?(?:\d{1,2}(?:\.\d)?|20\d{2}))?$/;
/** "K-AI 종합평가", "X 벤치마크": a quoted name that ends on a word for a test. */
export const PROGRAMME_TEST_NAME = /\s(?:[가-힣]{1,4}\s?)?(?:평가|벤치마크|시험|테스트|리더보드)$/;

/** A glossed name's words before a tagged version, a hyphen allowed ("누리-메드(Nuri-Med) v3" → "누리-메드 v3"). */
export const GLOSSED_VERSIONED_NAME = /^[가-힣A-Za-z][가-힣A-Za-z0-9\-]*\s[vV]\d{1,2}(?:\.\d{1,2})?$/;

/** A quoted name without the Latin gloss before its version ("누리메드(NuriMed) v3" → "누리메드 v3"). */
export function unglossed(name: string): string {
  const mid = name.includes('(') ? MID_PAREN_VERSION.exec(name) : null;
  return mid ? `${mid[1]} ${mid[3]}` : name;
}

/** "‘K-행정 벤치(KAB)’": a gloss in parentheses closing a quoted name, its alias (the name's last word is before it). */
export const GLOSS_AFTER = /\s?\([^()]{1,30}\)$/;

/** "‘KLR-Bench’", "‘HaeEval’": a Latin name ending in a benchmark word is a benchmark's name. */
export const LATIN_BENCH_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[\s\-]?(?:Bench|BENCH|Eval|EVAL|Arena))(?:[\s\-]?v?\d{1,2}(?:\.\d)?)?$/;

/** A Latin alias in parentheses before the name's version, size or edition year: "누리 메디(Nuri Medi) 2.0", "솔빛 미니(Solbit Mini) 3B", "한결벤치(HangyeolBench) 2026", "누리메드(NuriMed) v3". */
export const MID_PAREN_VERSION = /^([^()]+?)\s?\(([A-Za-z][A-Za-z0-9 .\-]{1,28})\)\s([vV]?\d{1,2}(?:\.\d{1,2})?(?:[BM](?![A-Za-z]))?|(?:19|20)\d{2})$/;

/** A name ending in a version: "파도 v2", "한결 V3.1" (not a year or a round). */
/** A name of up to three words closed by a release tag ("Y 미니 v2", "Y-Chat V1.5"). */
export const RELEASE_TAGGED_NAME = /^[가-힣A-Za-z][가-힣A-Za-z0-9\-]*(?:\s[가-힣A-Za-z0-9\-]+)?\s[vV]\d{1,2}(?:\.\d{1,2})?$/;
/** "(으)로 업그레이드했다", "로 교체하고": what a product's engine was upgraded or switched to (not a name changed to it: "'X v2'로 이름을 바꿨다"). */
export const UPGRADED_TO_AFTER = /^(?:으로|로)\s(?:(?!(?:이름|명칭|사명|간판|브랜드|표기)(?:을|를)\s)[가-힣]{1,6}\s)?(?:업그레이드|교체|전환|바꿨|바꾸|바꿔|변경)/;
export const VERSIONED_NAME = /^[가-힣A-Za-z][가-힣A-Za-z0-9]*[\s\-]?[vV]\d{1,2}(?:\.\d{1,2})?$/;
/** A one-word name (maybe with its version), a hyphen and a variant word: "코다리-mini", "하람-Lite", "솔빛-프로", "누리GPT 3-파워". */
export const VARIANT_NAME = /^[가-힣A-Za-z][가-힣A-Za-z0-9]*(?:\s\d{1,2}(?:\.\d{1,2})?)?-(?:mini|Mini|lite|Lite|nano|Nano|Pro|Max|Plus|Flash|Turbo|Power|Ultra|미니|라이트|나노|프로|플러스|플래시|터보|맥스|파워|울트라)$/;
/**
 * A name's last word is a size in billions or millions ("… 코어 9B", "…-7B", "… 1.5B"), or a size and the checkpoint it
 * names ("…-32B-Base", "… 8B-Instruct", "…-7B-Chat").
 */
export const SIZED_NAME = /(?:[\s\-]|[가-힣A-Za-z]\s?)\d+(?:\.\d+)?[BM](?:-(?:Base|Instruct|Chat|IT|base|instruct|chat|it))?$/;

/** Words before a known programme's name that make it no new programme: a round, a year, the government, a demonstrative. */
export const QUALIFIER_ONLY = /^(?:(?:제?\d+차|\d{4}년|올해|내년|정부|국가|범정부|과기정통부|이번|해당|신규|기존|후속|본|동)\s?)+$/;

/** "모두의 AI 에이전트 프로젝트": a short possessive first word before at least two more words. */
export const OPENING_POSSESSIVE = /^[가-힣]{1,3}의\s\S+\s\S+/;
/** (or a public scheme by its last word: "… 검토제", "… 심사제", "… 제도"; or a zone the state designates: "… 규제자유특구", "… 실증특구") */
export const POLICY_NAME = /\S\s?(?:지원\s?사업|사업|(?<=[가-힣])특구|프로젝트|정책|프로그램|이니셔티브|세액공제|바우처|(?:인증|검토|심사|허가|등록|신고|승인)제|제도|(?<!^(?:투|원|두|세|듀얼|\d)\s?)트랙)$/;
/** A fund or public endowment by its last word (a programme when the release brackets it as one: "「…혁신펀드」"); so is a public platform or hub a ministry's plan brackets ("「AI 모델 … 개방 플랫폼」 구축"). */
export const PUBLIC_FUND = /\S\s?(?:펀드|기금)$|\S\s(?:[가-힣A-Za-z]{1,6}\s)?(?:플랫폼|허브)$/;
/** A plan or strategy by its last word ("… 조성계획", "… 거점화 전략"): a government's when a government issues it. */
export const GOVERNMENT_PLAN = /\S\s(?:[가-힣]{1,6}\s?)?(?:계획|전략|방안|대책)$/;
/** A ministry, an agency, a city or province opening the clause before the quote ("과기정통부가 지난 5월 내놓은 ", "시는 지난 3월 "),
 * or its head ("X부 장관이 지난달 ", "특허청장은 지난달 30일 ", "NAME 지사가 지난 7월 도정 목표로 발표한 "). */
export const GOVERNMENT_ISSUER = /(?:^|\s)(?:정부|[가-힣]{0,10}(?<!정|속|일|내|외|전|본|간)(?:부|처|청|위원회|시|도)|[가-힣]{0,10}(?:장관|차관|청장|처장|위원장|도지사|지사))(?:가|이|는|은|에서)\s(?:[^\s'"‘“]{1,8}\s){0,7}$/;
