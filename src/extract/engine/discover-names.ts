/**
 * Models, benchmarks and programmes no gazetteer lists: quoted names with a cue around them, Latin
 * and Hangul product names with versions or sizes near model words, benchmark slots, programmes
 * named after a ministry.
 */
import { normalizeName } from '../../graph/index.js';
import { findQuoted, isParticleTail, type QuotedSpan } from '../korean.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, overlaps, type DiscoveryLexicon } from './discover-common.js';
import { consonantSkeleton, romanize } from '../transliterate.js';

/** A mention that starts a longer quoted name (a company inside it, or a known family at its start). */
function isInnerMention(text: string, q: QuotedSpan, m: Mention): boolean {
  return ((m.type === 'Company' && m.start >= q.start) || (m.type === 'Model' && m.start === q.start)) && m.end < q.end && /[가-힣A-Za-z]/.test(text.slice(m.end, q.end));
}

/** "‘K-엑사원’", "‘Ko-Llama 3’": a known model after a short hyphenated prefix inside the quotes names a model of its own. */
function isPrefixedModel(text: string, q: QuotedSpan, m: Mention): boolean {
  return m.type === 'Model' && m.start > q.start && m.end <= q.end && /^[A-Za-z가-힣]{1,6}-$/.test(text.slice(q.start, m.start));
}

/** Quoted names with a model or benchmark cue around them. */
export function discoverQuoted(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  // "'A 플래그십'과 'A 에어'를 공개했다": a quoted name listed before a quoted model is a model too (read right to left)
  const spans = findQuoted(text);
  const listedType = new Map<number, Mention['type']>();
  for (let k = spans.length - 1; k >= 0; k--) {
    const found = discoverOneQuoted(text, spans[k]!, ms, lx, listedType.get(k));
    if (!found) continue;
    out.unshift(found);
    const prev = spans[k - 1];
    if (prev && found.type !== 'Policy' && QUOTED_LIST_JOIN.test(text.slice(prev.end + 1, spans[k]!.start - 1))) listedType.set(k - 1, found.type);
  }
  return out;
}

/**
 * "한국어 추론 시험, 'X'입니다", "수학 평가인 'X'", "세부 평가 'X'": a test word in apposition before the quoted name;
 * "코딩 능력을 평가하는 'X'": a name a testing verb modifies.
 */
const BENCH_APPOSITION = /(?:평가|시험|테스트)(?:,|인)?\s?$|(?:평가|측정|검증)하는\s?$/;
/** Between two quoted names of one list: "'A'과 'B'", "'A', 'B'", "'A(에이)'와 'B'". */
/** "'인텔리전스 인덱스'에서 58점", "'X' 평가에서는 68.4점": a score earned on the quoted name makes it a benchmark. */
/** "'X'에서는 A사 모델이 84.0점으로", "'X' 과제에서 Y 3가 71점": a score given on it up to three words later (a subject between); a score, not a count ("신제품 3점"). */
const SCORED_ON_AFTER = /^\s?(?:(?:평가|벤치마크|시험|테스트|과제)\s?)?(?:에서|에선|에서는|에서도)\s(?:[^\s,]{1,14}\s){0,3}(?:\d{2,3}(?:\.\d+)?|\d\.\d+)\s?(?:점|%)/;
const PROGRAMME_AFTER = /^\s?(?:지원\s?)?(?:사업|프로젝트|프로그램)(?:에|의|을|를|은|는|이|가|으로|로|도)?(?:\s|$)/;
/** "국토교통부가 주도하는 'X'", "정부가 추진 중인 'X'": what a ministry or the government leads is a public programme. */
const GOVERNMENT_LED = /(?:[가-힣]{2,10}부|정부|[가-힣]{2,8}(?:위원회|청|처))(?:가|이|에서)\s(?:주도|주관|추진|운영|출범)(?:하는|한|시킨|하고 있는|중인)\s$/;
/** "'X' 2차 지정 결과를 발표하고", "'X' 선정 기업": a round of designating or selecting names the quoted programme. */
const SELECTION_ROUND_AFTER = /^\s?(?:\d{1,2}차\s?)?(?:지정|선정|공모|모집)\s?(?:결과|대상|기업|공고)/;
const QUOTED_LIST_JOIN = /^\s?(?:\([^()]{1,30}\))?\s?(?:와|과|,|및|이나|나|·)\s?$/;

function discoverOneQuoted(text: string, q: QuotedSpan, ms: Mention[], lx: DiscoveryLexicon, listed: Mention['type'] | undefined): Mention | undefined {
  const name = q.text.trim();
  // a programme's name may run to eight words ("‘지역 거점 멀티모달 AI 프로그램’"); other names to four
  // (a clause that ends in 사업 is no name: '우리는 … 만드는 사업')
  // (or a multi-word name whose designation round follows it: "'X' 2차 지정 결과")
  const programme = (POLICY_NAME.test(name) || (/\s/.test(name) && SELECTION_ROUND_AFTER.test(text.slice(q.end + 1, q.end + 20)))) && !/^(?:자체|독자|사내|회사|신규|공동)/.test(name) && !/[는을를은의]\s/.test(name);
  // "과기정통부가 내놓은 '지역 AI 거점화 전략'", "시는 'AI 특화도시 부산 조성계획'을 발표하고": a plan or strategy a government issues
  const plan = !programme && GOVERNMENT_PLAN.test(name) && !/[는을를은의]\s/.test(name) && GOVERNMENT_ISSUER.test(text.slice(Math.max(0, q.start - 31), q.start - 1));
  // (words are counted before a parenthesised alias: "‘믿:음 K 2.0(Mi:dm K 2.0)’")
  if (name.length < 2 || name.length > 30 || /[,!?…]|[다요]$/.test(name) || (programme || plan ? /(?:\s.*){8}/ : /\s.*\s.*\s.*\s/).test(name.replace(/\s?\([^()]*\)$/, ''))) return undefined;
  // a company name inside a longer quoted name ("‘노타 LM 1.0’") does not stop the quoted name
  // and nor does a known family at its start ("‘믿:음 파이낸스’" is a model of the 믿:음 family)
  // "‘작고 강한’ 모델": coordinated adjectives describe a kind of model, they name none
  if (ADJECTIVE_PAIR.test(name)) return undefined;
  const head = ms.find((m) => m.type === 'Model' && m.start === q.start && isInnerMention(text, q, m));
  const prefixed = ms.find((m) => isPrefixedModel(text, q, m));
  // names inside the parentheses of a longer name ("‘K-엑사원(K-EXAONE)’", "‘라마 K(Llama K)’") are its alias
  const parenAt = prefixed || head ? text.indexOf('(', (prefixed ?? head)!.end) : -1;
  const inParen = (m: Mention) => parenAt >= 0 && parenAt < q.end && m.start > parenAt && m.end <= q.end;
  // a known programme inside a longer quoted programme name ("‘소버린 AI 공공 실증 사업’") does not stop it either,
  // nor one at its end after a qualifier of its own ("‘해양 AI 모델 개발사업’"; not a round or a year: "‘2차 …’")
  const innerPolicy = (m: Mention) =>
    programme && m.type === 'Policy' && m.start >= q.start && (m.end < q.end || (m.end === q.end && m.start > q.start && !QUALIFIER_ONLY.test(text.slice(q.start, m.start))));
  if (overlaps(ms.filter((m) => (m.via !== 'blocked' || (m.start <= q.start && m.end >= q.end)) && !isInnerMention(text, q, m) && !innerPolicy(m) && m !== prefixed && !inParen(m)), q.start - 1, q.end + 1) || lx.generic.has(normalizeName(name))) return undefined;
  const before = text.slice(Math.max(0, q.start - 14), q.start - 1);
  const after = text.slice(q.end + 1, q.end + 12);
  let type: Mention['type'] | undefined;
  if (lx.benchBefore.test(before) || BENCH_APPOSITION.test(before) || lx.benchAfter.test(after) || QUOTED_BENCH_NAME.test(name) || LATIN_BENCH_NAME.test(name) || SCORED_ON_AFTER.test(text.slice(q.end + 1, q.end + 40))) type = 'Benchmark';
  else if (programme || plan || GOVERNMENT_LED.test(text.slice(Math.max(0, q.start - 30), q.start - 1))) type = 'Policy';
  // "'범정부 AI 공통기반' 사업 입찰에": a quoted name that 사업/프로젝트 follows is the programme's name
  else if (PROGRAMME_AFTER.test(after) && /\s/.test(name) && !/[는을를은의]\s/.test(name)) type = 'Policy';
  else if ((lx.modelBefore.test(before) || lx.releaseBefore.test(before) || lx.modelAfter.test(after) || BASE_AFTER.test(text.slice(q.end + 1, q.end + 60))) && !lx.notModelAfter.test(after)) type = 'Model';
  else if (prefixed) type = 'Model';
  // "홍보해온 '파도 v2'가 …에 추가 학습한 것이냐는": a quoted name that ends in a version, in a sentence about models
  else if (VERSIONED_NAME.test(name) && !/\s.*\s/.test(name) && MODEL_SENTENCE.test(text) && !lx.notModelAfter.test(after) && !PROGRAMME_AFTER.test(after)) type = 'Model';
  // "X의 ‘파랑 코어 9B’ 얘기다": a quoted name that ends in a parameter size is a model's name
  else if (SIZED_NAME.test(name) && !/[/=:]/.test(name) && !lx.notModelAfter.test(after)) type = 'Model';
  // "딥시크 ‘R1-0528’(81.0점)", "메타의 ‘라마(Llama)’": a company's quoted product in a sentence about models
  type ??= listed;
  const maker = type ? undefined : ms.find((m) => m.type === 'Company' && m.via !== 'blocked' && /^(?:의)?\s?$/.test(text.slice(m.end, q.start - 1)));
  // "… 것은 X의 'Y 1'이다": a company's numbered name as the predicate that ends the sentence
  const predicate = /\s\d{1,2}(?:\.\d{1,2})?$/.test(name) && /^\s?(?:이다|다|입니다)\.?\s*$/.test(text.slice(q.end + 1));
  if (maker && (SCORE_SENTENCE.test(text.slice(q.end, q.end + 20)) || LISTED_AS_MODELS.test(text.slice(q.end + 1, q.end + 60)) || predicate) && !lx.notModelAfter.test(after) && /[A-Za-z0-9]/.test(name)) type = 'Model';
  if (!type) return undefined;
  // "발표한 'LLM 탈옥 내성 보고서'", "'AI 신뢰성 백서'": a name whose last word is a kind of document names a publication, no model
  if (type === 'Model' && DOCUMENT_NAME.test(name)) return undefined;
  // "서비스 '해솔매쓰'", "앱 'X'": a name a not-model noun introduces is no model
  if (type === 'Model' && !head && !prefixed && lx.notModelAfter.test(/(?:^|\s)(\S+)\s?$/.exec(text.slice(Math.max(0, q.start - 12), q.start - 1))?.[1] ?? '')) return undefined;
  if (!isParticleTail(text, q.end + 1) && /[가-힣]/.test(text[q.end + 1] ?? '')) {
    if (!lx.modelAfter.test(after) && !lx.benchAfter.test(after)) return undefined;
  }
  // "‘누리 메디(Nuri Medi) 2.0’", "‘케이리즌(K-Reason) 2’": an alias of the name's words before its version is an alias of the whole name
  const mid = type === 'Model' || type === 'Benchmark' ? MID_PAREN_VERSION.exec(name) : null;
  const paren = mid ? ([name, `${mid[1]} ${mid[3]}`, `${mid[2]} ${mid[3]}`] as const) : /^(.+?)\s?\(([^()]{2,30})\)$/.exec(name);
  const mention = discoveredMention(type, paren ? paren[1]! : name, q.start - 1, q.end + 1);
  const base = head ?? prefixed;
  if (base && type === 'Model') {
    mention.family = base.family ?? base.key;
    mention.developer = base.developer;
  } else if (maker && type === 'Model') mention.developer = maker.key;
  if (paren) mention.aliases.push(paren[2]!);
  // "‘누리온-8B’": the size in the name is the parameter count
  const size = type === 'Model' ? /(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)([BM])$/.exec(mention.surface) : null;
  if (size) mention.properties = { parameters: Math.round(Number(size[1]) * (size[2] === 'B' ? 1e9 : 1e6)) };
  return mention;
}

/** "‘라마(Llama)’나 … 같은 해외 오픈소스 모델", "「V3」 등 해외 모델": a quoted name listed among models. */
const LISTED_AS_MODELS = /^\s?(?:\([^)]{1,30}\))?\s?(?:이나|나|와|과|,|및|등|같은|처럼)[^.]{0,40}?(?:모델|LLM)/;

/** The last word of a publication's name: a report, a white paper, guidelines, a paper, a manual. */
const DOCUMENT_NAME = /(?:\s|^)\S*(?:보고서|백서|리포트|레포트|가이드라인|가이드북|지침서?|논문|매뉴얼|안내서|해설서|설명서|로드맵|결과표|사례집|리뷰|보고)$/;

/** "작고 강한", "빠르고 똑똑한": an adjective, 고, and an adnominal adjective. */
const ADJECTIVE_PAIR = /^[가-힣]{1,4}고\s[가-힣]{1,4}(?:한|운|은|는|던|된|진|쁜|큰|른)$/;

/** "‘반딧불 리더보드 3’", "‘K-역사QA’": a quoted name ending in a benchmark word (and maybe a round number). */
const QUOTED_BENCH_NAME = /(?:리더보드|벤치마크|벤치|QA)(?:\s?\d{1,2}(?:\.\d)?)?$/;

/** "‘KLR-Bench’", "‘HaeEval’": a Latin name ending in a benchmark word is a benchmark's name. */
const LATIN_BENCH_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[\s\-]?(?:Bench|BENCH|Eval|EVAL|Arena))(?:[\s\-]?v?\d{1,2}(?:\.\d)?)?$/;

/** A Latin alias in parentheses before the name's version or size: "누리 메디(Nuri Medi) 2.0", "솔빛 미니(Solbit Mini) 3B". */
const MID_PAREN_VERSION = /^([^()]+?)\s?\(([A-Za-z][A-Za-z0-9 .\-]{1,28})\)\s(\d{1,2}(?:\.\d{1,2})?(?:[BM](?![A-Za-z]))?)$/;

/** A name's last word is a size in billions or millions ("… 코어 9B", "…-7B", "… 1.5B"). */
/** A name ending in a version: "파도 v2", "한결 V3.1" (not a year or a round). */
const VERSIONED_NAME = /^[가-힣A-Za-z][가-힣A-Za-z0-9]*[\s\-]?[vV]\d{1,2}(?:\.\d{1,2})?$/;
const SIZED_NAME = /(?:[\s\-]|[가-힣A-Za-z]\s?)\d+(?:\.\d+)?[BM]$/;

/** Words before a known programme's name that make it no new programme: a round, a year, the government, a demonstrative. */
const QUALIFIER_ONLY = /^(?:(?:제?\d+차|\d{4}년|올해|내년|정부|국가|범정부|과기정통부|이번|해당|신규|기존|후속|본|동)\s?)+$/;

const POLICY_NAME = /\S\s?(?:지원\s?사업|사업|프로젝트|정책|프로그램|이니셔티브)$/;
/** A plan or strategy by its last word ("… 조성계획", "… 거점화 전략"): a government's when a government issues it. */
const GOVERNMENT_PLAN = /\S\s(?:[가-힣]{1,6}\s?)?(?:계획|전략)$/;
/** A ministry, an agency, a city or province opening the clause before the quote ("과기정통부가 지난 5월 내놓은 ", "시는 지난 3월 "). */
const GOVERNMENT_ISSUER = /(?:^|\s)(?:정부|[가-힣]{0,10}(?<!정|속|일|내|외|전|본|간)(?:부|처|청|위원회|시|도))(?:가|이|는|은|에서)\s(?:[^\s'"‘“]{1,8}\s){0,4}$/;

const BASE_AFTER = /^\s?(?:\([^)]{1,30}\)\s?)?(?:(?:에|에서)\s[^.]{0,25}?(?:추가로\s|추가\s)?(?:학습|증류|파인튜닝|미세조정)|의\s뒤를\s잇|(?:을|를|에|의)?\s?(?:기반|바탕|토대|베이스)|(?:을|를|도)\s?(?:(?:지난\s?)?\d{1,2}일\s|이날\s|오늘\s|최근\s|올해\s|연내\s|(?:내년|다음\s?달|올해|연내)\s(?:(?:상반기|하반기|초|중순|말|중)\s)?)?(?:함께\s|새로\s|새롭게\s|정식\s|최초로\s|처음\s|잇달아\s|정식으로\s|공식\s|공동\s|공동으로\s)?(?:(?:개발|공개|출시|선보|내놓)\s?(?:했|한|할|하|중|됐|된|였|해|을|일)|내놨|내놓았|선보였|내놓(?:은|는|고|아)|선보(?:인|이는|이고|여)))/;

/** A release tag right after a model's name: " v2", " v1.5" (then a particle, a space or punctuation). */
const VERSION_TAG = /^\s[vV]\d{1,2}(?:\.\d{1,2})?(?![A-Za-z0-9]|\.\d)/;

const LATIN_MODEL =
  /(?<![A-Za-z0-9.\-_])([A-Z][A-Za-z]{1,15}(?:[ \-][A-Z][A-Za-z]{1,15}|-[A-Z](?=[ \-]\d))?)(?:[ \-]?(\d{1,2}(?:\.\d{1,2})?)(?:[ \-](?:Pro|Max|Mini|Lite|Turbo|Plus|Flash|Nano|Ultra|Instruct|Vision|Think|Chat))?(?:[ \-](\d+(?:\.\d+)?[BM]))?|[ \-](\d+(?:\.\d+)?[BM]))(?:[ \-](?:Think|Thinking|Instruct|Chat|Vision|Pro|Mini|Lite|Turbo|Flash|Base|Reasoning))?(?:-(?:v\d+(?:\.\d+){0,2}|R\d?))?(?![A-Za-z0-9)]|\.\d)/g;
/** "마라준 1.5 프로는", "마라준 2.0 8B", "솔빛-에코 3는": a Hangul name (maybe two words joined by a hyphen), a version and maybe a variant word or a size, before a particle. */
const HANGUL_NUMBERED = /(?<![가-힣A-Za-z0-9\-])((?:[가-힣]{1,6}-)?[가-힣]{2,6}(?:\s[A-Z]{1,4})?\s\d{1,2}(?:\.\d{1,2})?(?:\s(?:프로|맥스|미니|라이트|터보|플러스|플래시|나노|울트라|비전|씽크|Pro|Max|Mini|Lite|Turbo|Vision|Think))?(?:\s\d{1,3}(?:\.\d)?[BM])?)(?=(?:은|는|이|가|의|을|를|와|과|도|에서|에)(?:\s|[,.]|$)|(?:이다|다|입니다|이었다|였다)(?:[.\s]|$)|\s?\([^)]{2,30}\)(?:은|는|이|가|의|을|를|와|과|도|에서|에)\s|\s?\(\d+(?:\.\d+)?\s?(?:점|%)?\)|\s?[:：]\s?\d+(?:\.\d+)?\s?(?:점|%)|['"’”』」])/g;
/** Words that, before a number, count or measure ("결과 68.1을", "평균 72.4를", "약 3.5") rather than name a model. */
/** "회사 측은 3.0을": a word ending in a particle before a number is no model name; nor a verb's form ("지난해 나온 1.5의"). */
const PARTICLE_WORD_BEFORE_NUMBER = /^[가-힣]+(?:은|는|을|를|에|의|도|에서|으로)\s/;
/** "보름을 2 맥스": a variant word or a size after the number makes it a name even when the first word ends like a particle. */
const VARIANT_OR_SIZE_TAIL = /\d\s(?:프로|맥스|미니|라이트|터보|플러스|플래시|나노|울트라|비전|씽크|Pro|Max|Mini|Lite|Turbo|Vision|Think|\d{1,3}(?:\.\d)?[BM])$/;
/** "X소프트의 Y 2는": a numbered name right after a company's possessive is that company's model. */
const ownedBy = (ms: Mention[], text: string, at: number): boolean => ms.some((c) => c.type === 'Company' && /^의\s$/.test(text.slice(c.end, at)));
const NOT_NUMBERED_NAME = /^(?:모델|버전|시즌|제|총|약|단계|세대|개|국내|해외|결과|점수|평균|기준|정확도|정답률|성능|총점|합계|종합|최고|최저|최대|최소|무려|각각|수치|수준|평가|득점|스코어|지수|비율|전년|대비|이상|이하|올해|지난해|작년|내년|나온|나왔던|내놓은|내놨던|공개한|공개된|공개했던|출시한|출시된|출시했던|선보인|선보였던|발표한|발표된|개발한|개발된|만든|만들어진|이은|잇는|앞선|기존|이전|최신|새로운)(?:\s|$)/;
// "누리온-8B", "단비 14B" (a space only before a size in billions, not after a measuring word: NOT_NUMBERED_NAME)
/** Words before a size that measure it rather than name a model ("파라미터 14B", "규모 7B"). */
const SIZE_WORD = /^(?:파라미터|매개변수|규모|크기|사이즈|용량|최대|최소|약|총|무려|단일|기존|신규|경량|소형|중형|대형|초대형|초경량|최신|각|이|그|해당|동급|같은|기반|바탕|계열|버전|수준|이상|이하|내년|올해|연내|향후|추후|다음|이번|최종|오픈소스|공개|국산|국내|토종|외산|해외|자체|한국형|한국어|순수)$/;
const HANGUL_SIZED = /(?<![가-힣A-Za-z0-9])([가-힣]{1,8})(?:-[A-Za-z]{1,4}[- ]|-[가-힣]{1,4}[- ]|-\d{1,2}(?:\.\d)?-|-|\s(?=\d+(?:\.\d+)?B(?!급)))(\d+(?:\.\d+)?[BM])(?![A-Za-z0-9])/g;
/** "한빛-R", "별빛-2", "다온-Ko 1.5", "다온-K 2 8B", "X-Y 씽크": a Hangul name with a hyphenated version letter or number, then a version (with a variant word and a size) or a variant word alone (only in sentences about models). */
const HANGUL_LETTERED = /(?<![가-힣A-Za-z0-9])([가-힣]{1,8})-([A-Z][A-Za-z0-9]{0,5}(?:\s\d{1,2}(?:\.\d{1,2})?(?![\d.%]|\s?(?:년|월|일|개|억|조|위|배|점|명|세대))(?:\s(?:프로|맥스|미니|라이트|터보|플러스|플래시|나노|울트라|비전|씽크)(?=(?:은|는|이|가|의|을|를|와|과|도|에서|에|입니다|이다|다)?[\s,.'"’”』」]|$))?(?:\s\d{1,3}(?:\.\d)?[BM](?![A-Za-z0-9]))?|(?:\s(?:프로|맥스|미니|라이트|터보|플러스|플래시|나노|울트라|비전|씽크)(?=(?:은|는|이|가|의|을|를|와|과|도|에서|에|입니다|이다|다)?[\s,.'"’”』」]|$)))?|\d{1,2}(?:\.\d)?)(?![A-Za-z0-9.\-])/g;
const LATIN_BEFORE_MODEL_NOUN = /(?<![A-Za-z0-9.\-_])([A-Z][A-Za-z0-9]{2,20}(?:-[A-Za-z0-9]{1,10})?)\s?(?=(?:모델|LLM|sLM)(?![가-힣]))/g;

const RELEASE_OR_SCORE = /공개|출시|선보|내놓|내놨|발표|개발|기반|바탕|토대|후속|\d점/;
const MODEL_SENTENCE = /매개변수|파라미터|parameters|모델|LLM|학습|벤치마크|기반으로|토대로|바탕으로|파인튜닝|미세조정/;
/** A model noun right before a company's name ("… 모델 소리담 보이스 3"). */
const MODEL_NOUN_BEFORE = /(?:모델|LLM|sLM)\s['"‘“]?$/;
/** " 보이스 3": a word and a version after a company's name. */
const COMPANY_WORD_MODEL = /^ [가-힣A-Za-z]{2,6} \d{1,2}(?:\.\d{1,2})?(?![\d.%A-Za-z]|\s?(?:년|월|일|개|억|조|위|배|점|명|세대))/;
/** "의 추론 모델 R1", "의 언어모델 V3": a company's model noun, then a short Latin code with a number. */
/** "중국 딥시크의 R1 등 해외 모델", "X의 V3와 Y의 …모델": a company's short code in a list the sentence calls models. */
const OWNED_CODE_LISTED = /^의\s([A-Z][A-Za-z]{0,2}\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9.\-])(?=\s?(?:(?:,|와|과|및|이나|나)\s?[^.]{0,30}?\s)?(?:등|같은)\s(?:[가-힣A-Za-z]{1,6}(?<![에된한인])\s){0,2}(?:모델|LLM)(?:이|가|은|는|을|를|과|와|도|들|의)?(?![가-힣]))/;
/** "(DeepSeek)가 R1을 내놓았을 때", "가 새 모델 V4를 공개했다": a code-like name as the object of the company's release verb. */
const RELEASED_CODE = /^(?:\s?\([A-Za-z][A-Za-z .&-]{0,20}\))?(?:가|이|는|은)\s(?:[가-힣]{1,6}\s){0,2}([A-Z][A-Za-z]{0,2}\d{1,2}(?:\.\d{1,2})?)(?:을|를)\s(?:[가-힣]{1,6}\s)?(?:내놓|내놨|공개|출시|선보|선봬)/;
const OWNED_MODEL_CODE = /^의\s(?:[가-힣]{1,6}\s)?(?:모델|언어모델|LLM|sLM)\s([A-Z][A-Za-z]{0,2}\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9.\-])/;
/** "다온소프트 LLM 2": a company name, a product-line word and a version name a model. */
const COMPANY_LINE_MODEL = /^ (?:LLM|sLM|LM) ?(\d{1,2}(?:\.\d{1,2})?)(?![\d.%A-Za-z]|\s?(?:년|월|일|개|억|조|위|배|점|명|세대))/;

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
      const m = discoveredMention('Model', `${c.surface}${w[0]}`, c.start, c.end + w[0].length);
      m.developer = c.key;
      out.push(m);
      continue;
    }
    // "딥시크의 추론 모델 R1과": a short code after the company's model noun is its model
    const code = OWNED_MODEL_CODE.exec(text.slice(c.end, c.end + 24)) ?? (modelWord ? OWNED_CODE_LISTED.exec(text.slice(c.end, c.end + 60)) : null);
    if (code) {
      const at = c.end + code[0].length - code[1]!.length;
      if (!isTaken(ms, out, at, c.end + code[0].length) && isParticleTail(text, c.end + code[0].length)) {
        const m = discoveredMention('Model', code[1]!, at, c.end + code[0].length);
        m.developer = c.key;
        out.push(m);
        continue;
      }
    }
    // "딥시크(DeepSeek)가 R1을 내놓았을 때": a short code the company releases is its model
    const released = RELEASED_CODE.exec(text.slice(c.end, c.end + 40));
    if (released && !/칩|반도체|가속기|서버|장비|로봇|기기|폰|GPU|NPU/.test(released[0])) {
      const end = c.end + released.index + released[0].indexOf(released[1]!) + released[1]!.length;
      const at = end - released[1]!.length;
      if (!isTaken(ms, out, at, end)) {
        const m = discoveredMention('Model', released[1]!, at, end);
        m.developer = c.key;
        out.push(m);
        continue;
      }
    }
    const v = COMPANY_LINE_MODEL.exec(text.slice(c.end, c.end + 12));
    if (!v || (/[가-힣]/.test(text[c.end + v[0].length] ?? '') && !isParticleTail(text, c.end + v[0].length))) continue;
    const name = `${c.surface}${v[0]}`;
    const m = discoveredMention('Model', name, c.start, c.end + v[0].length);
    m.developer = c.key;
    out.push(m);
  }
  // each form needs a digit, a hyphen or a model noun: sentences without one skip its scan
  const digit = /\d/.test(text);
  const hyphen = text.includes('-');
  const modelNoun = /모델|LLM|sLM/.test(text);
  for (const re of [HANGUL_NUMBERED, LATIN_MODEL, HANGUL_SIZED, HANGUL_LETTERED, LATIN_BEFORE_MODEL_NOUN]) {
    if (re === LATIN_BEFORE_MODEL_NOUN ? !modelNoun : re === HANGUL_LETTERED ? !hyphen : !digit) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // a dotted version ("Zebra 1.5") in a sentence that releases or scores something is a model name too
      // "마제네인텔리전스의 Morix 1.5를": a company's dotted version is a model of it too
      const dotted = re === LATIN_MODEL && m[2]?.includes('.') && (RELEASE_OR_SCORE.test(text) || /^\s?\(\d+(?:\.\d+)?\s?(?:점|%)?\)/.test(text.slice(m.index + m[0].length)) || ms.some((c) => c.type === 'Company' && c.via !== 'blocked' && /^(?:\s?\([^()]{1,30}\))?의\s$/.test(text.slice(c.end, m.index))));
      // "한빛-K 3 8B": a lettered name with a size, or with a version in a sentence that releases or scores it, needs no model word;
      // "X소프트의 Y-Z 씽크는": nor does a lettered name right after a company's possessive
      const lettered = re === HANGUL_LETTERED && (/\d[BM]$/.test(m[0]) || (/\s\d/.test(m[2]!) && RELEASE_OR_SCORE.test(text)) || ownedBy(ms, text, m.index));
      if (!cue && !dotted && !lettered && !(m[3] || m[4] || re === HANGUL_SIZED || re === HANGUL_NUMBERED)) continue;
      if (re === HANGUL_SIZED && !m[0].includes('-') && (m[1]!.length < 2 || NOT_NUMBERED_NAME.test(m[1]!) || SIZE_WORD.test(m[1]!) || lx.generic.has(normalizeName(m[1]!)) || /(?:은|는|을|를|에|의|도|로|가|이|엔|선|서|며|고|던|한|된|과|와|해|하여|돼|되어|하면|되면)$/.test(m[1]!) || !(MODEL_SENTENCE.test(text) || SCORE_SENTENCE.test(text) || ownedBy(ms, text, m.index)))) continue;
      if (re === HANGUL_NUMBERED && (lx.generic.has(normalizeName(m[1]!.replace(/\s.*$/, ''))) || !(MODEL_SENTENCE.test(text) || SCORE_SENTENCE.test(text) || ownedBy(ms, text, m.index) || lx.releaseBefore.test(text.slice(Math.max(0, m.index - 8), m.index))) || NOT_NUMBERED_NAME.test(m[1]!) || (PARTICLE_WORD_BEFORE_NUMBER.test(m[1]!) && !VARIANT_OR_SIZE_TAIL.test(m[1]!)))) continue;
      // "누리-Ko-8B v2", "Foo-7B v1.5": a release tag after the name is part of it
      const tag = VERSION_TAG.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      const name = m[0].trim() + (tag ? tag[0] : '');
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = start + name.length;
      if (isTaken(ms, out, start, end)) continue;
      const base = normalizeName(m[1]!);
      if (lx.generic.has(base) || lx.generic.has(normalizeName(name)) || /^(?:AI|GPU|NPU|CPU|PC|TV|IT|ICT|KT|LG|SK|MS|Q|H|B|A|RTX|DGX|HBM)$/i.test(m[1]!)) continue;
      if (lx.notModelAfter.test(text.slice(end, end + 8))) continue;
      if (/[가-힣]/.test(text[end] ?? '') && !isParticleTail(text, end)) continue;
      if (ENGLISH_DESCRIPTION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && ENGLISH_MODEL_NOUN_AFTER.test(text.slice(end, end + 20))) continue;
      const mention = discoveredMention('Model', name, start, end);
      const size = /(\d+(?:\.\d+)?)([BM])$/.exec(tag ? name.slice(0, -tag[0].length) : name);
      if (size) mention.properties = { parameters: Math.round(Number(size[1]) * (size[2] === 'B' ? 1e9 : 1e6)) };
      out.push(mention);
    }
  }
  if (text.includes('(')) out.push(...bilingualModels(text, [...ms, ...out], lx));
  return out;
}

/**
 * "into a Korean–English Bilingual 7B Model": in a title-cased English title, words after a lowercase article and before a
 * capitalised "Model" describe a model, they name none ("the Hanbit 7B model" in prose still names one).
 */
const ENGLISH_DESCRIPTION_BEFORE = /\b(?:a|an|the|our|their)\s(?:[A-Z][A-Za-z]*[–-]?\s?){0,3}$/;
const ENGLISH_MODEL_NOUN_AFTER = /^\s(?:Language\s)?(?:Models?|LLMs?)\b/;

/** "루멘 미니(Lumen Mini)", "하늘결-K(Haneulgyeol-K)": a Hangul name and the same name in Latin letters in parentheses. */
const BILINGUAL = /(?<![가-힣A-Za-z0-9])([가-힣]{2,6}(?:[\s\-][가-힣A-Za-z0-9]{1,6}){0,2})\s?\(([A-Z][A-Za-z]{1,15}(?:[\s\-][A-Za-z0-9]{1,12}){0,2})\)/g;

/**
 * A name written twice, in Hangul and then in Latin letters that sound the same (their consonants agree), is a proper
 * name; it is a model's where a release or model cue stands before it, or a base or release wording after it.
 */
function bilingualModels(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  BILINGUAL.lastIndex = 0;
  for (let m = BILINGUAL.exec(text); m; m = BILINGUAL.exec(text)) {
    const latin = m[2]!;
    const close = m.index + m[0].length;
    const skeleton = consonantSkeleton(latin);
    if (skeleton.length < 3) continue;
    // the Hangul name is the last one, two or three words before the parenthesis ("공개한 루멘 미니(Lumen Mini)")
    let hangul = m[1]!;
    let start = m.index;
    while (consonantSkeleton(romanize(hangul)) !== skeleton) {
      const cut = hangul.search(/[\s\-]/);
      if (cut < 0) break;
      start += cut + 1;
      hangul = hangul.slice(cut + 1);
    }
    if (!/^[가-힣]/.test(hangul) || consonantSkeleton(romanize(hangul)) !== skeleton) continue;
    if (isTaken(ms, out, start, close) || lx.generic.has(normalizeName(hangul)) || lx.generic.has(normalizeName(latin))) continue;
    const before = text.slice(Math.max(0, start - 14), start);
    const after = text.slice(close, close + 12);
    if (!(lx.releaseBefore.test(before) || lx.modelBefore.test(before) || lx.modelAfter.test(after) || BASE_AFTER.test(text.slice(close, close + 60))) || lx.notModelAfter.test(after)) continue;
    if (/[가-힣]/.test(text[close] ?? '') && !isParticleTail(text, close) && !/^(?:이다|다|입니다)/.test(text.slice(close))) continue;
    const mention = discoveredMention('Model', hangul, start, close);
    mention.aliases.push(latin);
    out.push(mention);
  }
  return out;
}

const BENCH_AFTER_NOUN = /(?:(?:벤치마크|리더보드|평가 지표|평가지표|평가)(?:인|로|으로)?\s([A-Z][A-Za-z0-9\-]{1,20}?|[A-Z][A-Za-z0-9]{0,5}-[가-힣]{1,6}[A-Za-z0-9]{1,8})(?:\d{1,2}\))?|(?<![A-Za-z0-9])([A-Z][A-Za-z0-9\-]{0,20}(?:Bench|BENCH|Eval|EVAL|Arena|QA)|(?<![가-힣])[가-힣]{2,8}(?:Bench|BENCH|Eval|EVAL|QA)))(?=(?:에서|에선|에서는|에서도|의|는|은|로|를|을|와|과)?[\s,.])/g;

/** "KEval에서 81.2점", "HANUL 기준 … 점수는", "AraLogic-Hard 평가에서": a Latin name in the benchmark slot of a score sentence. */
const BENCH_SLOT = /(?<![A-Za-z0-9.\-_])([A-Z][A-Za-z0-9]{1,15}(?:-[A-Za-z][A-Za-z0-9]{0,9}){0,2})(?:\d{1,2}\))?(?=(?:\s?(?:평가|벤치마크|벤치|테스트|리더보드))?(?:에서|에선|에서는|에서도)\s|\s기준\s)/g;
/** "반딧불 리더보드3에서": a one-word name before 리더보드 and a round number. */
const HANGUL_LEADERBOARD = /(?<![가-힣A-Za-z0-9])([가-힣]{1,5} 리더보드\d{0,2})(?=에서|에선|에서는|에서도|\s?평가|\s기준|\s?결과|\s?순위|\s리더보드)/g;
const MAX_SLOT_BENCHMARKS = 8;
const NOT_LEADERBOARD = /^(?:이번|해당|같은|한국어|글로벌|오픈|자체|공개|국내|해외|대표|주요|최신|종합|전체|각종|여러|유명|공식|이|그|한)\s/;
const SCORE_SENTENCE = /\d점|\d\.\d+\s?(?:점|%|\)|을|를|로|으로|이다|였다)/;

function isBenchmarkLike(name: string): boolean {
  const caps = name.replace(/[^A-Z]/g, '').length;
  return name.length >= 3 && caps >= 2 && !/\d+(?:\.\d+)?[BM]$/.test(name) && !/^(?:AI|GPU|NPU|CPU|API|LLM|SLM|CEO|CTO|MOU|IT|ICT|KT|LG|SK|MS|AWS|IBM|USA|UAE|EU|UN)$/.test(name);
}

/** Latin names right after 벤치마크/리더보드 ("수학 추론 벤치마크 MATH2)에서는"). */
export function discoverBenchmarks(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (SCORE_SENTENCE.test(text)) {
    for (const re of [BENCH_SLOT, HANGUL_LEADERBOARD]) {
      re.lastIndex = 0;
      // a real sentence names a few benchmarks; a page of repeated junk must not make hundreds
      for (let m = re.exec(text); m && out.length < MAX_SLOT_BENCHMARKS; m = re.exec(text)) {
        const name = m[1]!;
        const end = m.index + m[0].length;
        if (re === BENCH_SLOT ? !isBenchmarkLike(name) : NOT_LEADERBOARD.test(name)) continue;
        // a generic word blocked inside the name ("리더보드") does not stop it
        const inside = ms.filter((x) => x.via !== 'blocked' || x.start < m!.index || x.end > end);
        if (lx.generic.has(normalizeName(name)) || isTaken(inside, out, m.index, end)) continue;
        out.push(discoveredMention('Benchmark', name, m.index, end));
      }
    }
  }
  BENCH_AFTER_NOUN.lastIndex = 0;
  for (let m = BENCH_AFTER_NOUN.exec(text); m; m = BENCH_AFTER_NOUN.exec(text)) {
    const name = (m[1] ?? m[2])!;
    const realStart = text.indexOf(name, m.index);
    const end = m.index + m[0].length;
    if (lx.generic.has(normalizeName(name)) || overlaps(ms, realStart, realStart + name.length)) continue;
    const men = discoveredMention('Benchmark', name, realStart, end);
    out.push(men);
  }
  return out;
}

const POLICY_CONTEXT = /(?:정부|과기정통부|과학기술정보통신부|산업통상자원부|산업부|중기부|중소벤처기업부|행정안전부|NIPA|IITP|정보통신산업진흥원|정보통신기획평가원)(?:의|가 추진하는|가 주관하는|이 추진하는|이 주관하는|가 추진 중인|가 진행하는)\s([가-힣A-Za-z0-9·\- ]{2,24}?(?:지원\s?사업|사업|프로젝트|프로그램|바우처|챌린지))(?=(?:에|에서|의|을|를|은|는|이|가|으로|로|에도)?[\s,.]|$)/g;

/**
 * "사토르다이내믹스는 공공 오픈소스 AI 생태계 사업에도 참여하겠다는": a programme's name (up to seven
 * words, none ending in a particle) right before taking part in it.
 */
const POLICY_BEFORE_JOINING = /(?<=^|[\s(])((?:[가-힣A-Za-z0-9·\-]+\s){0,6}?[가-힣A-Za-z0-9·\-]*(?:지원\s?사업|사업|프로젝트|프로그램))(?:\s(?:수행|참여|주관)\s?(?:기업|기관|사업자|컨소시엄))?(?=(?:에도|에|의)\s?(?:최종\s)?(?:참여|참가|선정|지원|도전|신청|합류|응모|뛰어들|출사표|이름을 올)|\s(?:수행|참여|주관)\s?(?:기업|기관|사업자)(?:으로|로|에)\s?(?:최종\s)?선정)/g;
const PARTICLE_WORD = /(?:은|는|이|가|을|를|의|에|에서|로|으로|와|과|도|만|까지|부터)$/;
const VERB_WORD = /(?:려|고|며|서|해|하여|한|된|던|다|게|지|면|는)$/;
const QUALIFIED_ONLY = /^(?:(?:내년|올해|작년|지난해|새해|다음|향후|새|새로운|신규|차기|후속|정부|국가)\s)+(?:지원\s?)?(?:사업|프로젝트|프로그램)$/;
const DEMONSTRATIVE = /^(?:이|이번|해당|그|같은|이런|그런|동|본|각)$/;
/** "2단계 사업", "3차 프로젝트": a name that opens on a phase or round. */
const PHASE_WORD = /^\d{1,2}\s?(?:단계|차|기)\s/;
/** The end of a programme's name right before: "…프로젝트' ", "…사업 ". */
const PROGRAMME_BEFORE = /(?:사업|프로젝트|프로그램|이니셔티브|바우처|챌린지)['"’”」』]?\s$/;

/** Programmes named after a ministry ("과기정통부의 AI 컴퓨팅 지원사업에 선정") or before joining them. */
const NATIONAL_PLAN = /정부(?:의|가 (?:내놓은|발표한|추진하는|세운|마련한))\s((?:국가|범정부)\s?(?:AI|인공지능)\s(?:[가-힣]{1,6}\s)?(?:로드맵|전략|기본계획|종합계획|이니셔티브))(?=(?:은|는|이|가|을|를|에|에서|의|과|와|으로|로|도)?[\s,.]|$)/g;

export function discoverPolicies(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (/사업|프로젝트|프로그램/.test(text)) {
    POLICY_BEFORE_JOINING.lastIndex = 0;
    for (let m = POLICY_BEFORE_JOINING.exec(text); m; m = POLICY_BEFORE_JOINING.exec(text)) {
      // the name's words, read back from the suffix, stop at a particle or a verb ("산업통상자원부의",
      // "꾸려"); a demonstrative there makes it a reference ("이번 사업"), not a name
      const words = m[1]!.split(' ');
      let from = words.length - 1;
      while (from > 0 && !(PARTICLE_WORD.test(words[from - 1]!) && words[from - 1]!.length > 1) && !VERB_WORD.test(words[from - 1]!)) from--;
      // a list dash or bullet before the name is no word of it ('- 정부 사업에도 참여하나')
      while (from < words.length - 1 && !/[가-힣A-Za-z0-9]/.test(words[from]!)) from++;
      if (DEMONSTRATIVE.test(words[from]!)) continue;
      const name = words.slice(from).join(' ');
      const start = m.index + m[1]!.length - name.length;
      const end = start + name.length;
      // two words only with a Latin or digit part ('K-AI 사업'): '자체 사업', '신규 프로젝트' are not names
      const n = name.split(' ').length;
      // ('내년 새 사업', '올해 신규 프로젝트': time and novelty words only name none either)
      if (n < 2 || (n < 3 && !/[A-Za-z0-9]/.test(name)) || QUALIFIED_ONLY.test(name) || /^(?:이|이번|해당|관련|각종|여러|다양한|신규|기존|같은|이런|그|자체|사내|회사|공동)\s/.test(name) || lx.generic.has(normalizeName(name))) continue;
      // a shorter programme name inside it ("K-AI" in "K-AI 컴퓨팅 인프라 사업") does not stop it
      const inside = (x: Mention) => x.type === 'Policy' && x.start >= start && x.end < end && !/^\s?(?:지원\s?)?(?:사업|프로젝트|프로그램)$/.test(text.slice(x.end, end));
      if (ms.some((x) => x.via !== 'blocked' && x.start < end && start < x.end && !inside(x))) continue;
      // "'K-클라우드 프로젝트' 2단계 사업에": a phase of the programme just named, no programme of its own
      if (PHASE_WORD.test(name) && PROGRAMME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      out.push(discoveredMention('Policy', name, start, end));
    }
  }
  // "말레이시아 정부의 국가 AI 로드맵에", "정부가 내놓은 국가 인공지능 전략은": a government's national plan, unquoted
  if (text.includes('정부')) {
    NATIONAL_PLAN.lastIndex = 0;
    for (let m = NATIONAL_PLAN.exec(text); m; m = NATIONAL_PLAN.exec(text)) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      if (ms.some((x) => x.via !== 'blocked' && x.start < start + name.length && start < x.end) || lx.generic.has(normalizeName(name))) continue;
      out.push(discoveredMention('Policy', name, start, start + name.length));
    }
  }
  POLICY_CONTEXT.lastIndex = 0;
  for (let m = POLICY_CONTEXT.exec(text); m; m = POLICY_CONTEXT.exec(text)) {
    const name = m[1]!.trim();
    const start = m.index + m[0].length - m[1]!.length + (m[1]!.length - m[1]!.trimStart().length);
    const end = start + name.length;
    if (name.length < 4 || /^(?:이|이번|해당|관련|각종|여러|다양한|신규|기존|공공)\s/.test(name) || lx.generic.has(normalizeName(name))) continue;
    if (ms.some((x) => x.via !== 'blocked' && x.start < end && start < x.end)) continue;
    out.push(discoveredMention('Policy', name, start, end));
  }
  return out;
}
