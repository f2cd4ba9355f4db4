/**
 * Model names no gazetteer lists, unquoted: Latin and Hangul product names with versions or sizes
 * near model words, and a company's own model codes and product lines (names given by form, such as
 * "X라는 모델" or a Latin gloss, are in discover-named-models.ts).
 */
import { normalizeName } from '../../graph/index.js';
import { isParticleTail, parseMagnitude } from '../korean.js';
import { ENGLISH_MONTH } from '../korean-dates.js';
import type { Mention } from '../types.js';
import { ACTIVE_TAIL, CITATION_ISSUE_AFTER, discoveredMention, ENGLISH_HEADLINE_WORD, isTaken, MODEL_SENTENCE, SCORE_SENTENCE, VERSION_TAG, type DiscoveryLexicon } from './discover-common.js';
import { matchesIn } from './text-scans.js';
import { bilingualModels, brandVariantTitle, languageModelNames, namedEnglishModels, namedHangulModels, nounLedCamelModels } from './discover-named-models.js';

/** A record's serial number, no model's name ("AIV-26-0412", "DV-2027-1001"): letters, a year's digits and a serial, hyphen-joined. */
const SERIAL_NUMBER = /^[A-Z]{2,6}-(?:\d{2}|\d{4})-\d{3,6}$/;

/**
 * A Latin product name with a version or size ("Nova 2 Pro", "Orbit 3 Ko", "Orbit 3 JA": a language edition after the version is part of the name, and so is a domain edition, "Nova 3 Legal"; "K-Coder 32B": a one-letter prefix before a capitalised word is too;
 * "누리Chat 2": a Hangul stem glued to the Latin word is too, the Latin word alone no name; "(Nova 2.5 Mini)" no shorter "Nova 2.5";
 * "MX-Doc-Ko 7B": a language edition glued to a two-word name before its size or version is part of it; "X-16B-A3B": a mixture of experts' active size after its total is too).
 */
const LATIN_MODEL =
  /(?<![A-Za-z0-9.\-_가-힣])((?:[가-힣]{1,6}(?=[A-Z]))?(?:[A-Z]-(?=[A-Z][a-z]))?[A-Z][A-Za-z]{1,15}(?:[ \-][A-Z][A-Za-z]{1,15}|-[A-Z](?=[ \-]\d))?(?:-(?:Ko|KO|Korean|JA|JP)(?=[ \-]\d))?)(?:[ \-]?(\d{1,2}(?:\.\d{1,2})?)(?:[ \-](?:Pro|Max|Mini|Lite|Turbo|Plus|Flash|Nano|Ultra|Edge|Instruct|Vision|Think|Chat|Ko|KO|Korean|JA|JP|Telco|Legal|Medical|Finance)|\s(?:미니|라이트|프로|맥스|플러스|터보|플래시|나노|울트라)(?=\s\d{1,3}(?:\.\d)?[BM]))?(?:[ \-](\d+(?:\.\d+)?[BM]))?|[ \-](\d+(?:\.\d+)?[BM]))(?:(?<=\d[BM])-A\d{1,3}(?:\.\d)?B(?![A-Za-z0-9]))?(?:[ \-](?:Think|Thinking|Instruct|Chat|Vision|Pro|Mini|Lite|Turbo|Flash|Edge|Base|Reasoning))?(?:-(?:v\d+(?:\.\d+){0,2}|R\d?))?(?![A-Za-z0-9)]|\.\d|[ \-](?:Pro|Max|Mini|Lite|Turbo|Plus|Flash|Nano|Ultra|Edge|Instruct|Vision|Think|Thinking|Chat|Base|Reasoning)\))/g;
/**
 * "마라준 1.5 프로는", "마라준 2.0 8B", "마라준 v2는" (a version written with its "v"), "솔빛-에코 3는", "KR-포지 2를": a Hangul name (maybe after a word or Latin letters and a hyphen), a version and maybe
 * a variant word or a size, before a particle, or before a headline's closing release noun ("…모델 마라준 2.0 공개."), or glossed in
 * parentheses right before a release verb whose object particle a post's casual register drops ("X가 마라준 2 (Marajun-2) 공개했음").
 * A one-syllable product-line word ("챗 2.0", "봇 3") names a model only after its brand word ("솔길 챗 2.0은").
 */
const HANGUL_NUMBERED = /(?<![가-힣A-Za-z0-9\-])((?:[가-힣]{1,6}-|[A-Z]{1,4}-)?(?:[가-힣]{2,6}|온(?=\s\d)|챗|봇|톡)(?:\s?[A-Z]{1,4})?\s[vV]?\d{1,2}(?:\.\d{1,2})?(?:\s(?:프로|맥스|미니|라이트|터보|플러스|플래시|나노|울트라|비전|씽크|Pro|Max|Mini|Lite|Turbo|Vision|Think))?(?:\s\d{1,3}(?:\.\d)?[BM])?)(?=(?:은|는|이|가|의|을|를|와|과|도|에서|에)(?:\s|[,.]|$)|(?:이다|다|입니다|이었다|였다)(?:[.\s]|$)|\s?\([^)]{2,30}\)(?:(?:은|는|이|가|의|을|를|와|과|도|에서|에)\s|\s?\(\d+(?:\.\d+)?\s?(?:점|%)?\)|\s?[:：]\s?\d|['"’”』」]|,\s|\s(?:오픈소스로?\s)?(?:공개|출시)(?:했|함|됐|됨|한다|된다|합니다))|\s?\(\d+(?:\.\d+)?\s?(?:점|%)?\)|\s?[:：]\s?\d+(?:\.\d+)?\s?(?:점|%)|['"’”』」]|\s(?:오픈소스\s)?(?:공개|출시)(?=\s?(?:[.,…]|$)))/g;
/**
 * A version written with its "v" ("X v2"): a word ending like a verb's connective before it ("덧붙이면 v3는"), or a verb of
 * release or making in its adnominal form ("올봄에 배포한 v2는", "새로 나온 v3"), or a code-prefixed test name ("K-추론 v1
 * 기준"), names no model unless quoted whole.
 */
const V_TAGGED = /\s[vV]\d/;
const VERB_LIKE_END = /(?:면|고|서|며|니|지|게|자|요|다|해|러|(?:배포|공개|출시|발표|개발|학습|훈련|튜닝|제작|업데이트|수정|개선|릴리스)(?:한|된|했던|됐던|하는|할)|나온|올라온|올린|만든|내놓은|선보인)\s[vV]\d/;
const CODE_PREFIXED = /^[A-Z]{1,4}-/;
function isLooseTaggedName(name: string, quoted: boolean): boolean {
  return V_TAGGED.test(name) && !quoted && (VERB_LIKE_END.test(name) || CODE_PREFIXED.test(name));
}
/** "회사 측은 3.0을": a word ending in a particle before a number is no model name; nor a verb's form ("지난해 나온 1.5의"). */
export const PARTICLE_WORD_BEFORE_NUMBER = /^[가-힣]+(?:은|는|을|를|에|의|도|에서|으로)\s/;
/** "…에 한정됐다면 2.0은", "만든 것이 아니라 1.5의": a verb's conditional, concessive or final form, or a denied copula, before a number ends a clause, it opens no name. */
/** ("작게 만든 버전이지 4.0의 후속이 아니다", "경량판이고 2.0과는 별개": a kind of model and a linking copula end a clause too) */
const VERB_ENDING_BEFORE_NUMBER = /^(?:[가-힣]+(?:다면|라면|으면|지만|는데|니까|면서|거나|었다|였다|했다|됐다)|[가-힣]*(?:버전|모델|판|형)(?:이지|이고|이며)|아니라|아니고)\s/;
/** "보름을 2 맥스": a variant word or a size after the number makes it a name even when the first word ends like a particle. */
const VARIANT_OR_SIZE_TAIL = /\d\s(?:프로|맥스|미니|라이트|터보|플러스|플래시|나노|울트라|비전|씽크|Pro|Max|Mini|Lite|Turbo|Vision|Think|\d{1,3}(?:\.\d)?[BM])$/;
/** "X소프트의 Y 2는": a numbered name right after a company's possessive is that company's model. */
const ownedBy = (ms: Mention[], text: string, at: number): boolean => ms.some((c) => c.type === 'Company' && /^의\s$/.test(text.slice(c.end, at)));
/** "받아 HALO 1(70.2점)", "팀장 NOVA 2는": a Latin word of three letters or more (not a product-line word such as LLM) names the model itself; the Hangul word before it is no part of that name. */
const LATIN_NAME_INSIDE = /^[가-힣\-]+\s(?!(?:LLM|SLM)\s)[A-Z]{3,4}\s/;
/** Words that, before a number, count or measure ("결과 68.1을", "평균 72.4를", "약 3.5"), or a scoring verb's connective form ("52.3점을 받아 1.0(44.8점)보다"), a sentence adverb ("참고로 1.0은"), a trial's "보니" ("돌려 보니 48.9가"), rather than name a model. */
export const NOT_NUMBERED_NAME = /^(?:이번|해당|같은|지난|다음|차기|전작|모델|버전|시즌|제|총|약|단계|세대|개|국내|해외|결과|점수|평균|기준|정확도|정답률|성능|총점|합계|종합|최고|최저|최대|최소|무려|각각|수치|수준|평가|득점|스코어|지수|비율|전년|대비|이상|이하|올해|지난해|작년|내년|나온|나왔던|내놓은|내놨던|공개한|공개된|공개했던|출시한|출시된|출시했던|선보인|선보였던|발표한|발표된|개발한|개발된|만든|만들어진|이은|잇는|앞선|기존|이전|최신|새로운|받아|얻어|기록해|거둬|올려|따내|받으며|얻으며|기록하며|(?:거기|여기|저기|이곳|그곳)(?:선|서|서는|엔|에선|에서는)?|이건|그건|이게|그게|이거|그거|이른바|소위|일명|참고로|덧붙여|예컨대|이를테면|한편|반면|특히|다만|또한|물론|게다가|더구나|그래서|그러니까|그런데|그리고|하지만|그러나|따라서|결국|이제|드디어|바로|[가-힣]{1,4}(?:에서|에는|부터|까지)|[가-힣]{0,3}보니|돌리니|재니|(?:재?측정|확인|실행|평가)하니)(?:\s|$)/;
// "미르온-8B", "단비 14B" (a space only before a size in billions, not after a measuring word: NOT_NUMBERED_NAME, nor a verb after a dative: "교사에게 배운 7B")
/** "마라준 2 (Marajun-2) 공개했음": a gloss in parentheses, then a release verb without the object particle (a post's casual register). */
const GLOSSED_RELEASE_AFTER = /^\s?\([^()]{2,30}\)\s(?:오픈소스로?\s)?(?:공개|출시)(?:했|함|됐|됨|한다|된다|합니다)/;
/** "솔바람 2 (14B급)": a numbered name with its size, or size class, in parentheses after it is a model's. */
const SIZE_NOTE_AFTER = /^\s?\(\d+(?:\.\d+)?[BM]급?\)/;
/** A unit counted right after a size-like number ("320B 토큰", "2T tokens"): a quantity of data, not a model's size. */
const COUNTED_UNIT_AFTER = /^\s?(?:토큰|tokens?\b|단어|문장|건|쌍)/;
/** "QA 5만 쌍으로", "Q&A 3천 건을": a Korean number unit and a counter after the digits, a count of things (not "Y 5만 쓴다", a model with 만). */
const COUNT_AFTER_NUMBER = /^(?:만|천|백)\s?(?:개|쌍|건|명|장|문항|문제|토큰|단어|문장|원|달러|회|편|쪽|시간|가지|곳|대)(?=[\s,.)]|$|(?:으로|로|을|를|이|가|은|는|의|에|과|와|도)(?![가-힣]))/;
/** A bound after a size ("1B 이하 초소형 모델", "70B 이상"): a size class, not a model's name. */
const SIZE_BOUND_AFTER = /^\s?(?:이하|이상|미만|초과|안팎)/;
/** Words before a size that measure it rather than name a model ("파라미터 14B", "규모 7B"), or call it so ("이른바 7B"). */
export const SIZE_WORD = /^(?:파라미터|매개변수|규모|크기|사이즈|용량|최대|최소|약|총|전체|활성|액티브|무려|단일|기존|신규|경량|소형|중형|대형|초대형|초경량|최신|각|이|그|해당|동급|같은|기반|바탕|계열|버전|수준|이상|이하|내년|올해|연내|향후|추후|다음|이번|최종|오픈소스|공개|국산|국내|토종|외산|해외|자체|한국형|한국어|순수|이어|이어서|이어진|따라|비해|대비|달리|더불어|아울러|[가-힣]{1,6}화|(?:크기|규모|사이즈)인|우리|저희|당사|자사|이른바|소위|일명|흔히|통칭|다만|특히|또한|반면|한편|그중|이중|우선|먼저|결국|실제로|단지|오직|유독)$/;
/** (a hyphenated variant word after the size is part of the name: "누리-7B-인스트럭트가", "누리-7B-Chat"; a hyphenated version before it too: "누리-2 7B") */
const HANGUL_SIZED = /(?<![가-힣A-Za-z0-9])(?<![A-Za-z0-9]-)([가-힣]{1,8})(?:-[A-Za-z]{1,10}[- ]|-[가-힣]{1,4}[- ]|-\d{1,2}(?:\.\d)?[- ](?:(?:미니|라이트|프로|맥스|플러스|터보|플래시|나노|울트라)\s)?|-|\s(?=\d+(?:\.\d+)?B(?!급)))(\d+(?:\.\d+)?[BM])(?:-A\d{1,3}(?:\.\d)?B)?(?:-(?:인스트럭트|베이스|씽크|챗|Instruct|Base|Chat|Think|Thinking|Reasoning|Vision|DPO|SFT|ORPO|GRPO|RLHF|IT|Merge|Distill)(?=(?:은|는|이|가|의|을|를|와|과|도|에서|에|로|으로)?(?![가-힣A-Za-z0-9])))?(?:\s\d\.\d{1,2}(?=\s?\([A-Za-z]|(?:은|는|이|가|의|을|를|와|과|도)(?:\s|[,.]|$)))?(?![A-Za-z0-9])/g;
/** "한빛-R", "별빛-2", "다온-Ko 1.5", "다온-K 2 8B", "X-Y 씽크", "X-Y 프리뷰", "다온-fin 2" (a lower-case field word only before a version): a Hangul name with a hyphenated version letter or number, then a version (with a variant word and a size) or a variant word alone (only in sentences about models). */
/** " Q4", "-AWQ", " GGUF": a quantisation mark after a model's name (not a quarter: "Q4 출시", "Q4 중"). */
const QUANT_TAG = /^[\s-](?:Q[2-8](?:_K(?:_[SML])?|_0)?|AWQ|GPTQ|GGUF|INT[48])(?![A-Za-z0-9_])(?=(?:은|는|이|가|을|를|의|와|과|도|로|으로)?(?:[\s,.)'"’”]|$))(?!\s?(?:분기|출시|공개|예정|중|내|까지))/;
/** "-v0.4", "-v2": a release tag glued to a sized name by a hyphen. */
const GLUED_TAG = /^-[vV]\d{1,2}(?:\.\d{1,2})?(?![A-Za-z0-9]|\.\d)/;
const HANGUL_LETTERED = /(?<![가-힣A-Za-z0-9])([가-힣]{1,8})-([A-Z][A-Za-z0-9]{0,5}(?:\s\d{1,2}(?:\.\d{1,2})?(?![\d.%]|\s?(?:년|월|일|개|억|조|위|배|점|명|세대))(?:\s(?:프로|맥스|미니|라이트|터보|플러스|플래시|나노|울트라|비전|씽크)(?=(?:은|는|이|가|의|을|를|와|과|도|에서|에|입니다|이다|다)?[\s,.'"’”』」]|$))?(?:\s\d{1,3}(?:\.\d)?[BM](?![A-Za-z0-9]))?|(?:\s(?:프로|맥스|미니|라이트|터보|플러스|플래시|나노|울트라|비전|씽크|프리뷰)(?=(?:은|는|이|가|의|을|를|와|과|도|에서|에|입니다|이다|다)?[\s,.'"’”』」]|$)))?|\d{1,2}(?:\.\d)?|[a-z]{2,6}\s\d{1,2}(?:\.\d{1,2})?(?![\d.%]|\s?(?:년|월|일|개|억|조|위|배|점|명|세대)))(?![A-Za-z0-9.\-])/g;
/**
 * "Tessa-R1", "Orca-X2", "Vela-K": a capitalised Latin word, a hyphen and a letter code with a number, or a lone capital
 * letter (a market's edition: "-K" for Korean), only where an English release verb or model noun calls it a model.
 */
const LATIN_LETTERED = /(?<![A-Za-z0-9.\-_])([A-Z][a-z]{2,15})-([A-Z]\d{1,2}(?:\.\d)?(?![A-Za-z0-9\-]|\.\d)|[A-Z](?![A-Za-z0-9.\-&'’]))/g;
/** (a retrieval model named by its kind, "X-Rerank 리랭커", "X-Embed 임베딩 모델": a reranker is a model too) */
const LATIN_BEFORE_MODEL_NOUN = /(?<![A-Za-z0-9.\-_])([A-Z][A-Za-z0-9]{2,20}(?:-[A-Za-z0-9]{1,10})?)\s?(?=(?:임베딩\s?)?(?:모델|LLM|sLM|리랭커)(?![가-힣]))/g;

/** A product-line word opening a numbered name ("코어 2.1", "프로 3", the on-device line's "온 2"): a tier of a family, no name on its own. */
const LINE_WORD_OPENING = /^(?:코어|프로|맥스|울트라|플러스|라이트|미니|에어|나노|플래시|터보|비전|보이스|코더|챗|봇|톡|씽크|온)\s\d/;
/** The Hangul word right before it, the family's brand ("라온 코어 2.1"), alone between spaces or a sentence's start. */
const BRAND_WORD_BEFORE = /(?<![가-힣A-Za-z0-9\-·'"‘“])([가-힣]{2,6})\s$/;
/** The brand word right after a quote that opens the whole name. */
const QUOTED_BRAND_BEFORE = /(?<![가-힣A-Za-z0-9])['"‘“]([가-힣]{2,6})\s$/;
/** A word that ends in a particle or a verb's ending ("따르면", "손잡고", "개발한"), or describes or links ("차세대", "대신"), leads no name. */
const NOT_BRAND_WORD = /(?:은|는|을|를|에|의|이|가|와|과|로|에도|서도|로도|까지|부터|에서|한|된|던|인|할|될|운|진|고|면|며|서|게|지|니|라|야|요|다)$|^(?:차세대|신형|신규|새로|후속|최신형|대표|주력|자체|기본|일반|유료|무료|기업용|개인용|당사|자사|이번|다음|기존|대신|함께|또한|특히|반면|이후|이어|역시|다시)$/;

/** The brand word before a numbered name that opens on a product-line word, where that word is no particle-ended, describing or known word. */
function brandBefore(text: string, start: number, name: string, ms: Mention[], lx: DiscoveryLexicon): string | undefined {
  // (a name already read there, a known model's short name such as a gazetteer's "X 2", keeps its own span: "따르면 X 2")
  if (!LINE_WORD_OPENING.test(name)) return undefined;
  // ("'라온 코어 2'로": the brand may open a quoted name that closes right after it)
  const b = BRAND_WORD_BEFORE.exec(text.slice(Math.max(0, start - 8), start)) ?? (/^['"’”]/.test(text.slice(start + name.length)) ? QUOTED_BRAND_BEFORE.exec(text.slice(Math.max(0, start - 9), start)) : null);
  if (!b) return undefined;
  const word = b[1]!;
  const at = start - word.length - 1;
  if (NOT_BRAND_WORD.test(word) || NOT_NUMBERED_NAME.test(word) || SIZE_WORD.test(word) || lx.generic.has(normalizeName(word))) return undefined;
  return ms.some((c) => c.start < start + name.length && c.end > at) ? undefined : word;
}

/** "'바람 LM 3'를 오픈소스로 풀었다": a name that fills a pair of quotes, in a sentence about models, is a name as a whole (its Latin tail names no model of its own). */
const isQuotedWhole = (text: string, start: number, end: number): boolean => /['"‘“『「]/.test(text[start - 1] ?? '') && /['"’”』」]/.test(text[end] ?? '');

/** A Hangul word and a space before the name ("새봄 " of "새봄 톡 9B"). */
const WORD_BEFORE = /(?<![가-힣A-Za-z0-9])([가-힣]{2,6})\s$/;
/** The kind words a company's name glues to its brand ("새봄AI", "다온랩스"). */
const COMPANY_KIND_TAIL = /^(?:AI|에이아이|랩스|랩|소프트|테크|데이터|시스템즈|로보틱스|인텔리전스)$/;

/** The brand word right before the name, where it is the name of a company the sentence names (alone or glued to a kind word). */
function companyBrandBefore(text: string, start: number, ms: Mention[]): string | undefined {
  const b = WORD_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  const word = b?.[1];
  if (!word) return undefined;
  return ms.some((c) => c.type === 'Company' && c.via !== 'blocked' && c.via !== 'reference' && (c.surface === word || (c.surface.startsWith(word) && COMPANY_KIND_TAIL.test(c.surface.slice(word.length))))) ? word : undefined;
}

/** "3. 누비온 'Aster 2'": a company's name, then a versioned name quoted whole, ending the line (a list item's or a digest's heading). */
const quotedAfterCompany = (ms: Mention[], text: string, start: number, end: number): boolean =>
  /^['"’”]\s*$/.test(text.slice(end)) && ms.some((c) => c.type === 'Company' && c.via !== 'blocked' && /^\s['"‘“]$/.test(text.slice(c.end, start)));
/** "X 1.0의 후속작 X 2.0 공개": a successor named, as only models and products are. */
const SUCCESSOR_WORD = /후속작|후속\s?(?:모델|버전)|차기작/;
const RELEASE_OR_SCORE = /공개|출시|선보|내놓|내놨|발표|개발|기반|바탕|토대|후속|\d점/;
/** The object of a release verb right after a name ("Aster 2를 출시했다", "…를 이달 말 공개한다"; a kind word and a code-mixed verb: "Aster 2 family를 release합니다"). */
const RELEASED_OBJECT = /^(?:\s(?:family|패밀리|제품군|라인업))?(?:을|를)\s(?:[가-힣0-9]{1,6}\s){0,2}?(?:공개|출시|선보|선봬|내놓|내놨|발표|(?:release|릴리스)(?:합니다|했|해|하))/;
/** An English release verb right before a name ("unveiled Clover 3", "released its new Aster 2"). */
export const EN_RELEASE_BEFORE = /\b(?:unveil(?:s|ed)?|(?:we|We) present|release[sd]?|launch(?:es|ed)?|introduce[sd]?|announce[sd]?|open-sourced|rolled out|debut(?:s|ed)?|showcase[sd]?)\s(?:(?:its|a|an|the|new|latest|next-generation|upgraded|open-source|open|flagship|own|in-house)\s){0,3}$/;
/** "Orca 2 scored 61.0", "Orca 2 came in at 58.3": an English score verb and a number right after a name. */
const EN_SCORED_AFTER = /^,?\s(?:scored|scores|achieved|achieves|posted|posts|recorded|records|came in at|comes in at|earned|earns|obtained|obtains)\s(?:an?\s|a score of\s)?\d/;
/** An English apposition or noun that calls the name a model (", a 14-billion-parameter language model", "the model Aster 2", "its first model, Aster 2,", "our prototype, Aster 0.9,"). */
const EN_MODEL_APPOSITION = /^,\s(?:a|an|its|the)\s[^,.]{0,60}?\b(?:models?|LLMs?|sLMs?)\b/;
const EN_MODEL_NOUN_BEFORE = /\b(?:model,?|LLM,?|sLM,?|prototype,?|predecessor|succeeds|replaces|supersedes|successor (?:to|of)|upgrade (?:to|of|over)|next version of)\s(?:(?:its|the|last year['’]s|(?:its|the) (?:earlier|older|previous|original))\s)?(?:predecessor\s)?$/;
/** A base's verb before the name ("initialized from the weights of the Company's own ", "fine-tuned from its ", "distilled from "). */
const EN_BASE_VERB_BEFORE = /\b(?:initiali[sz]ed|fine-tuned|finetuned|distilled|derived|continually\spre-?trained|further\strained)\s(?:from|on)\s(?:the\s(?:weights|checkpoint|parameters)\sof\s)?(?:(?:the\s)?[A-Za-z][A-Za-z\-. ]{0,30}?(?:['’]s|its|their)\s(?:own\s|earlier\s|previous\s|in-house\s){0,2})?$/;
/** A model noun right before a company's name ("… 모델 소리담 보이스 3"). */
const MODEL_NOUN_BEFORE = /(?:모델|LLM|sLM)\s['"‘“]?$/;
/** " 보이스 3": a word and a version after a company's name. */
const COMPANY_WORD_MODEL = /^ [가-힣A-Za-z]{2,6} \d{1,2}(?:\.\d{1,2})?(?![\d.%A-Za-z]|\s?(?:년|월|일|개|억|조|위|배|점|명|세대))/;
/** "중국 딥시크의 R1 등 해외 모델", "X의 V3와 Y의 …모델": a company's short code in a list the sentence calls models. */
const OWNED_CODE_LISTED = /^의\s([A-Z][A-Za-z]{0,2}\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9.\-])(?=\s?(?:(?:,|와|과|및|이나|나)\s?[^.]{0,30}?\s)?(?:등|같은)\s(?:[가-힣A-Za-z]{1,6}(?<![에된한인])\s){0,2}(?:모델|LLM)(?:이|가|은|는|을|를|과|와|도|들|의)?(?![가-힣]))/;
/** "(DeepSeek)가 R1을 내놓았을 때", "가 새 모델 V4를 공개했다": a code-like name as the object of the company's release verb. */
const RELEASED_CODE = /^(?:\s?\([A-Za-z][A-Za-z .&-]{0,20}\))?(?:가|이|는|은)\s(?:[가-힣]{1,6}\s){0,2}([A-Z][A-Za-z]{0,2}\d{1,2}(?:\.\d{1,2})?)(?:을|를)\s(?:[가-힣]{1,6}\s)?(?:내놓|내놨|공개|출시|선보|선봬)/;
/** "딥시크의 R1을 작게 줄인 버전", "X의 V3를 증류한 모델": a company's short code that a smaller or tuned version is made from. */
const OWNED_CODE_DERIVED = /^의\s([A-Z][A-Za-z]{0,2}\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9.\-])(?=(?:을|를)\s(?:[가-힣]{1,6}\s){0,2}?(?:줄인|축소한|경량화한|증류한|압축한|양자화한|파인튜닝한|미세조정한|튜닝한|개량한)\s(?:[가-힣]{1,4}\s)?(?:버전|모델|변형))/;
/** "딥시크(DeepSeek)의 V3 모델을": a short code between a company's possessive and a model noun, in a sentence naming another model. */
const OWNED_CODE_MODEL_NOUN = /^(?:\s?\([A-Za-z][A-Za-z .&-]{0,20}\))?의\s([A-Z][A-Za-z]{0,2}\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9.\-])(?=\s(?:모델|언어모델|LLM|sLM)(?:을|를|은|는|이|가|의|과|와|도|로|으로|에)?(?![가-힣A-Za-z]))/;
/** "의 추론 모델 R1", "의 언어모델 V3": a company's model noun, then a short Latin code with a number. */
const OWNED_MODEL_CODE = /^의\s(?:[가-힣]{1,6}\s)?(?:모델|언어모델|LLM|sLM)\s([A-Z][A-Za-z]{0,2}\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9.\-])/;
/** "다온소프트 LLM 2": a company name, a product-line word and a version name a model. */
const COMPANY_LINE_MODEL = /^ (?:LLM|sLM|LM) ?(\d{1,2}(?:\.\d{1,2})?)(?![\d.%A-Za-z]|\s?(?:년|월|일|개|억|조|위|배|점|명|세대))/;

/** "unveiled Clover 3, a 14-billion-parameter language model": an English sentence that releases the name or calls it a model. */
function isEnglishModel(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  // ("the start-up behind the Haneul-2 model": the name between "the" and the model noun)
  return EN_RELEASE_BEFORE.test(before) || EN_MODEL_NOUN_BEFORE.test(before) || EN_BASE_VERB_BEFORE.test(before) || EN_MODEL_APPOSITION.test(text.slice(end, end + 80)) || (/\bthe\s$/.test(before) && /^\s(?:model|LLM)\b/.test(text.slice(end, end + 7)));
}

/** Latin product names with a version or size ("Foo-7B", "Bar 2.5") near model words. */
export function discoverLatinModels(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const cue = lx.modelCue.test(text);
  const out: Mention[] = [];
  const modelWord = /모델|LLM/.test(text);
  for (const c of ms) {
    if (c.type !== 'Company' || c.via === 'blocked') continue;
    // "음성 합성 모델 소리담 보이스 3를": after a model noun, the company's word leads the model's name
    const w = MODEL_NOUN_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) ? COMPANY_WORD_MODEL.exec(text.slice(c.end, c.end + 16)) : null;
    if (w && isParticleTail(text, c.end + w[0].length)) {
      out.push(discoveredMention('Model', `${c.surface}${w[0]}`, c.start, c.end + w[0].length, c.key));
      continue;
    }
    // "딥시크의 추론 모델 R1과": a short code after the company's model noun is its model
    const code = OWNED_MODEL_CODE.exec(text.slice(c.end, c.end + 24)) ?? (modelWord && ms.some((x) => x.type === 'Model') ? OWNED_CODE_MODEL_NOUN.exec(text.slice(c.end, c.end + 40)) : null) ?? (modelWord ? OWNED_CODE_LISTED.exec(text.slice(c.end, c.end + 60)) : null) ?? (text.includes('한 ') || text.includes('인 ') ? OWNED_CODE_DERIVED.exec(text.slice(c.end, c.end + 40)) : null);
    if (code) {
      const at = c.end + code[0].length - code[1]!.length;
      if (!isTaken(ms, out, at, c.end + code[0].length) && isParticleTail(text, c.end + code[0].length)) {
        out.push(discoveredMention('Model', code[1]!, at, c.end + code[0].length, c.key));
        continue;
      }
    }
    // "딥시크(DeepSeek)가 R1을 내놓았을 때": a short code the company releases is its model
    const released = RELEASED_CODE.exec(text.slice(c.end, c.end + 40));
    if (released && !/칩|반도체|가속기|서버|장비|로봇|기기|폰|GPU|NPU/.test(released[0])) {
      const end = c.end + released.index + released[0].indexOf(released[1]!) + released[1]!.length;
      const at = end - released[1]!.length;
      if (!isTaken(ms, out, at, end)) {
        out.push(discoveredMention('Model', released[1]!, at, end, c.key));
        continue;
      }
    }
    const titled = brandVariantTitle(text, c);
    if (titled) {
      out.push(titled);
      continue;
    }
    const v = COMPANY_LINE_MODEL.exec(text.slice(c.end, c.end + 12));
    if (!v || (/[가-힣]/.test(text[c.end + v[0].length] ?? '') && !isParticleTail(text, c.end + v[0].length))) continue;
    const name = `${c.surface}${v[0]}`;
    out.push(discoveredMention('Model', name, c.start, c.end + v[0].length, c.key));
  }
  // each form needs a digit, a hyphen or a model noun: sentences without one skip its scan
  const digit = /\d/.test(text);
  const hyphen = text.includes('-');
  const modelNoun = /모델|LLM|sLM|리랭커/.test(text);
  for (const re of [HANGUL_NUMBERED, LATIN_MODEL, HANGUL_SIZED, HANGUL_LETTERED, LATIN_BEFORE_MODEL_NOUN]) {
    if (re === LATIN_BEFORE_MODEL_NOUN ? !modelNoun : re === HANGUL_LETTERED ? !hyphen : !digit) continue;
    for (const m of matchesIn(re, text)) {
      // a dotted version ("Zebra 1.5") in a sentence that releases or scores something is a model name too
      // "마제네인텔리전스의 Morix 1.5를": a company's dotted version is a model of it too
      const dotted = re === LATIN_MODEL && m[2]?.includes('.') && (RELEASE_OR_SCORE.test(text) || /^\s?\(\d+(?:\.\d+)?\s?(?:점|%)?\)/.test(text.slice(m.index + m[0].length)) || ms.some((c) => c.type === 'Company' && c.via !== 'blocked' && /^(?:\s?\([^()]{1,30}\))?의\s$/.test(text.slice(c.end, m.index))));
      // "한빛-K 3 8B": a lettered name with a size, or with a version in a sentence that releases or scores it, needs no model word;
      // "X소프트의 Y-Z 씽크는": nor does a lettered name right after a company's possessive, or a maker's release verb
      // ("X가 개발한 솔바람-R은"), or one a release verb takes as its object ("솔바람-R을 공개했다"), or one that a benchmark
      // scores ("솔바람-R은 KMMLU에서 71.2점")
      const lettered = re === HANGUL_LETTERED && (/\d[BM]$/.test(m[0]) || (/\s\d/.test(m[2]!) && RELEASE_OR_SCORE.test(text)) || ownedBy(ms, text, m.index) || lx.releaseBefore.test(text.slice(Math.max(0, m.index - 16), m.index)) || RELEASED_OBJECT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) || (SCORE_SENTENCE.test(text) && ms.some((b) => b.type === 'Benchmark')));
      // "누비온이 만든 Aster 2는", "Aster 2를 출시했다", "Aster 2는 KMMLU에서 70.1점": a versioned Latin name a maker released or a benchmark scored
      const versioned = re === LATIN_MODEL && m[2] !== undefined && (lx.releaseBefore.test(text.slice(Math.max(0, m.index - 16), m.index)) || quotedAfterCompany(ms, text, m.index, m.index + m[0].length) || isEnglishModel(text, m.index, m.index + m[0].length) || RELEASED_OBJECT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) || ownedBy(ms, text, m.index) || ((SCORE_SENTENCE.test(text) || EN_SCORED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) && ms.some((b) => b.type === 'Benchmark')));
      if (!cue && !dotted && !lettered && !versioned && !(m[3] || m[4] || re === HANGUL_SIZED || re === HANGUL_NUMBERED)) continue;
      // ("추가 사전학습 320B 토큰": a count of training tokens, no model's size)
      // ("X-2 24B (Latin-2, …)": a version with a spaced size before a gloss is left to the version's name, the gloss its alias)
      if (re === HANGUL_SIZED && /-\d{1,2}(?:\.\d)?\s\d/.test(m[0]) && /^\s?\(/.test(text.slice(m.index + m[0].length))) continue;
      // ("새봄AI의 … 언어모델 새봄 톡 9B를": a one-syllable line word and a size after the company's own brand word is a model of that brand)
      const companyBrand = re === HANGUL_SIZED && m[1]!.length === 1 && !m[0].includes('-') ? companyBrandBefore(text, m.index, ms) : undefined;
      if (re === HANGUL_SIZED && !companyBrand && !m[0].replace(ACTIVE_TAIL, '').includes('-') && (/(?:에게|한테|로부터)\s$/.test(text.slice(Math.max(0, m.index - 6), m.index)) || COUNTED_UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) || m[1]!.length < 2 || NOT_NUMBERED_NAME.test(m[1]!) || SIZE_WORD.test(m[1]!) || lx.generic.has(normalizeName(m[1]!)) || /(?:은|는|을|를|에|의|도|로|가|이|엔|선|서|며|고|던|한|된|과|와|해|하여|돼|되어|면|까지|부터|마다|보다|처럼|만큼|지만|는데|으나|으니|면서|니까|하게|롭게|럽게|없게|있게|않게)$/.test(m[1]!) || SIZE_BOUND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) || !(MODEL_SENTENCE.test(text) || SCORE_SENTENCE.test(text) || ownedBy(ms, text, m.index)))) continue;
      // ("'포도 LM 2'를 오픈소스로": a quote opening right before the first word leaves no particle at its end, though 포도 ends like one)
      const quoted = re === HANGUL_NUMBERED && cue && isQuotedWhole(text, m.index, m.index + m[0].length);
      if (re === HANGUL_NUMBERED && (CITATION_ISSUE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) || lx.generic.has(normalizeName(m[1]!.replace(/\s.*$/, ''))) || !(MODEL_SENTENCE.test(text) || SCORE_SENTENCE.test(text) || SUCCESSOR_WORD.test(text) || ownedBy(ms, text, m.index) || lx.releaseBefore.test(text.slice(Math.max(0, m.index - 8), m.index)) || SIZE_NOTE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) || GLOSSED_RELEASE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 48)) || quoted) || NOT_NUMBERED_NAME.test(m[1]!) || (PARTICLE_WORD_BEFORE_NUMBER.test(m[1]!) && !VARIANT_OR_SIZE_TAIL.test(m[1]!) && !quoted) || VERB_ENDING_BEFORE_NUMBER.test(m[1]!) || LATIN_NAME_INSIDE.test(m[1]!))) continue;
      if (re === HANGUL_NUMBERED && isLooseTaggedName(m[1]!, quoted)) continue;
      // "누리-Ko-8B v2", "Foo-7B v1.5": a release tag after the name is part of it
      // ("노을-병합-12B-v0.4": a Hangul sized name's release tag glued on by a hyphen too)
      // ("솔길-LM 2 Q4", "X-8B-AWQ": a quantised copy's mark after the name is part of the copy's name)
      const tag = VERSION_TAG.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) ?? (re === HANGUL_SIZED ? GLUED_TAG.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) : null) ?? (re !== LATIN_MODEL ? QUANT_TAG.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) : null);
      let name = m[0].trim() + (tag ? tag[0] : '');
      let start = m.index + (m[0].length - m[0].trimStart().length);
      // ("Add Foo-7B-Instruct results", "Update Bar-2 scores": a change request's imperative verb opening a title is no word of the name)
      const verb = re === LATIN_MODEL ? CHANGE_VERB.exec(name) : null;
      if (verb) {
        start += verb[0].length;
        name = name.slice(verb[0].length);
      }
      const end = start + name.length;
      // "라온 코어 2.1은": a product-line word opening the name is led by the family's brand word before it
      const brand = re === HANGUL_NUMBERED ? brandBefore(text, start, name, [...ms, ...out], lx) : companyBrand;
      if (brand) {
        start -= brand.length + 1;
        name = `${brand} ${name}`;
      } else if (re === HANGUL_NUMBERED && /^[온챗봇톡]\s/.test(name)) continue; // ("솔길 온 2", "솔길 챗 2.0": a one-syllable line word names a model only after its brand)
      // ("하늘-LLM 2": a generic word the gazetteer blocks, after the hyphen of a lettered name, is part of that name;
      // so is a place word before the hyphen of a versioned one: "세종-LM 2")
      // ("Solar Bank 2.0": a known family's bare word opening a Latin name of two words and a version leads a new model of that family)
      const family = re === LATIN_MODEL && m[2] !== undefined ? ms.find((b) => b.type === 'Model' && b.via !== 'blocked' && b.start === start && /^[ \-][A-Z]/.test(text.slice(b.end, start + m[1]!.length)) && !/\d/.test(b.surface)) : undefined;
      // (a generic word blocked as a name inside the copy's mark, "GGUF", "AWQ", takes no part of the name: "X-7B-GGUF")
      const inTag = (b: Mention): boolean => tag !== null && QUANT_TAG.test(tag[0]) && b.via === 'blocked' && b.start >= end - tag[0].length && b.end <= end;
      if (isTaken((re === HANGUL_LETTERED ? ms.filter((b) => !(b.via === 'blocked' && b.end <= end && ((b.start > start && text[b.start - 1] === '-') || (b.start === start && text[b.end] === '-' && /\d/.test(name))))) : ms).filter((b) => b !== family && !inTag(b)), out, start, end)) continue;
      const base = normalizeName(m[1]!);
      // ("Oct 2, 2026": a date, not a model)
      // ("Deepnoa Unveils 32B-Parameter In-House LLM": an English headline's verb and adjectives name no model)
      if (ENGLISH_HEADLINE_WORD.test(m[1]!)) continue;
      if (SERIAL_NUMBER.test(name + (/^-\d{3,6}(?!\d)/.exec(text.slice(end))?.[0] ?? ''))) continue;
      // ("The 1.5B model is …", "Its 8B version": an English determiner before a size is no model's name)
      // ("Apache License, Version 2.0", "Section 4.2", "Figure 3": a document's or a licence's numbered part is no model's name)
      // ("Base 모델 KoBEST N", "Pro 모델은": a variant word alone before a model noun is the variant of the model in focus, no name)
      if (re === LATIN_BEFORE_MODEL_NOUN && lx.variantWords.has(name)) continue;
      if (re === LATIN_MODEL && /^(?:The|This|That|These|Those|Its|Our|Their|Each|Both|Every|All|Only|Any|Version|Revision|Release|Build|Chapter|Section|Article|Clause|Appendix|Page|Part|Step|Volume|Vol|Edition|Figure|Fig|Table|Item|Note)$/.test(m[1]!)) continue;
      if ((lx.generic.has(base) && !(re === HANGUL_LETTERED && /\d/.test(name))) || lx.generic.has(normalizeName(name)) || ENGLISH_MONTH.test(m[1]!) || /^(?:AI|GPU|NPU|CPU|PC|TV|IT|ICT|KT|LG|SK|MS|Q|H|B|A|RTX|DGX|HBM)$/i.test(m[1]!)) continue;
      if (lx.notModelAfter.test(text.slice(end, end + 8)) || (/\d$/.test(name) && COUNT_AFTER_NUMBER.test(text.slice(end, end + 10)))) continue;
      if (/[가-힣]/.test(text[end] ?? '') && !isParticleTail(text, end)) continue;
      if (ENGLISH_DESCRIPTION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && ENGLISH_MODEL_NOUN_AFTER.test(text.slice(end, end + 20))) continue;
      const mention = discoveredMention('Model', name, start, end);
      if (family) mention.family = family.family ?? family.key;
      const size = /(\d+(?:\.\d+)?)([BM])(?:\s\d{1,2}\.\d{1,2})?$/.exec((tag ? name.slice(0, -tag[0].length) : name).replace(ACTIVE_TAIL, ''));
      if (size) mention.properties = { parameters: parseMagnitude(size[1]!, size[2]!) };
      out.push(mention);
    }
  }
  if (hyphen) out.push(...letteredLatinModels(text, [...ms, ...out], lx));
  if (text.includes('(')) out.push(...bilingualModels(text, [...ms, ...out], lx));
  if (text.includes('LM')) out.push(...languageModelNames(text, [...ms, ...out], lx));
  if (text.includes('라는 ')) out.push(...namedHangulModels(text, [...ms, ...out], lx));
  if (modelNoun) out.push(...nounLedCamelModels(text, [...ms, ...out], lx));
  if (/(?:named|called|dubbed)\s[A-Z]/.test(text)) out.push(...namedEnglishModels(text, [...ms, ...out], lx));
  return out;
}

/** An imperative verb that opens a pull request's or a commit's title ("Add …", "Update …", "Fix …"), then the name. */
const CHANGE_VERB = /^(?:Add|Adds|Added|Update|Updates|Updated|Fix|Fixes|Fixed|Remove|Removes|Bump|Submit|Revert|Correct|Include)\s(?=[A-Z])/;

/** "unveiled Tessa-R1 last week", "the model Orca-X2": a lettered Latin code a release verb or model noun names (see LATIN_LETTERED). */
function letteredLatinModels(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(LATIN_LETTERED, text)) {
    const end = m.index + m[0].length;
    if (isTaken(ms, out, m.index, end) || lx.generic.has(normalizeName(m[1]!)) || ENGLISH_MONTH.test(m[1]!)) continue;
    if (!isEnglishModel(text, m.index, end) && !lx.releaseBefore.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.push(discoveredMention('Model', m[0], m.index, end));
  }
  return out;
}

/**
 * "into a Korean–English Bilingual 7B Model": in a title-cased English title, words after a lowercase article and before a
 * capitalised "Model" describe a model, they name none ("the Hanbit 7B model" in prose still names one).
 */
const ENGLISH_DESCRIPTION_BEFORE = /\b(?:a|an|the|our|their)\s(?:[A-Z][A-Za-z]*[–-]?\s?){0,3}$/;
const ENGLISH_MODEL_NOUN_AFTER = /^\s(?:Language\s)?(?:Models?|LLMs?)\b/;
