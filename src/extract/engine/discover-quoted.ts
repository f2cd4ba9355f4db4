/**
 * Quoted names no gazetteer lists: a quoted name with a model, benchmark or programme cue around it
 * (before or after the quotes, a score given on it, a ministry leading it) becomes a model, a
 * benchmark or a programme.
 */
import { normalizeName } from '../../graph/index.js';
import { findQuoted, isParticleTail, parseMagnitude, type QuotedSpan } from '../korean.js';
import type { Mention } from '../types.js';
import { isPublicContest } from './quoted-programme-cues.js';
import { BASE_AFTER, discoveredMention, MODEL_SENTENCE, overlaps, SCORE_SENTENCE, type DiscoveryLexicon } from './discover-common.js';
import { isBuiltOnKnownModel, isPrefixedModel } from './quoted-prefixes.js';
import { isGenericTerm } from './quoted-generic.js';
import { isTestSetBefore } from './quoted-bench-cues.js';
import { isFormalBillName, isProposedBill, isRenamedProgramme } from './quoted-bills.js';
import { COMPANY_KIND_BEFORE } from './quoted-company-kind.js';
import { ADJECTIVE_PAIR, CHINESE_PHRASE, CONNECTIVE_VERB, endsInVariantWord, RELEASED_NOUN_AFTER, VERSION_ENDED_NAME, DESCRIBED_KIND, OBJECT_BEFORE, QUALIFIED_BENCH_WORD, QUOTED_CLAUSE, SPECIALISED_KIND, textBeforeQuoted, VERB_PHRASE } from './quoted-phrase-shapes.js';
import { ORIGIN_WORD, RUMOUR_NAME, DOCUMENT_NAME, DEAL_NAME, PRODUCT_KIND_NAME, QUOTED_BENCH_NAME, PROGRAMME_TEST_NAME, GLOSSED_VERSIONED_NAME, unglossed, GLOSS_AFTER, LATIN_BENCH_NAME, MID_PAREN_VERSION, RELEASE_TAGGED_NAME, UPGRADED_TO_AFTER, VERSIONED_NAME, VARIANT_NAME, SIZED_NAME, QUALIFIER_ONLY, OPENING_POSSESSIVE, POLICY_NAME, PUBLIC_FUND, GOVERNMENT_PLAN, GOVERNMENT_ISSUER } from './quoted-name-shapes.js';

/** A mention that starts a longer quoted name (a company inside it, or a known family at its start). */
function isInnerMention(text: string, q: QuotedSpan, m: Mention): boolean {
  return ((m.type === 'Company' && m.start >= q.start) || (m.type === 'Model' && m.start === q.start)) && m.end < q.end && /[가-힣A-Za-z]/.test(text.slice(m.end, q.end));
}

/** A quoted tally of numbers and signs ("2+1", "3:1", "1 + 2") or a score with a word on it ("'50점 안팎'", "'60.2점 동률'"): no name. */
const NUMBERS_ONLY = /^(?:[\d\s+:×/.-]+|\d+(?:\.\d+)?\s?(?:점|%|퍼센트|포인트|%p)(?:\s[가-힣]{1,4})?)$/;
/** A quoted comparison ("'GPT-4o 대비 90% 수준'", "'Y의 95% 성능'"): a model measured against another, no name. */
const COMPARISON_PHRASE = /\s대비\s|\d(?:\.\d+)?\s?(?:%|퍼센트)|\s수준$/;
/** "'한 팀'", "'두 회사'": a native numeral and a short noun, a count of things, names nothing. */
const COUNTED_THINGS = /^(?:한|두|세|네|다섯|여섯|여러|모든)\s[가-힣]{1,3}$/;
/** "이 모델을 'X'에 처음 적용했다": what a model is put into (a product, a game, a service), after the model as object. */
const PUT_INTO_AFTER = /^에(?:도)?\s(?:[가-힣]{1,3}\s)?(?:적용|탑재|도입|접목|넣)/;
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
 * "'인텔리전스 인덱스'에서 58점", "'X' 평가에서는 68.4점": a score earned on the quoted name makes it a benchmark.
 * "'X'에서는 A사 모델이 84.0점으로", "'X' 과제에서 Y 3가 71점": a score given on it up to three words later (a subject between); a score, not a count ("신제품 3점").
 * (not a model the result was distilled or derived from, its score after: "모델 'X'에서 증류… KMMLU 71.6점")
 */
const SCORED_ON_AFTER = /^\s?(?:(?:평가|벤치마크|시험|테스트|과제)\s?)?(?:에서|에선|에서는|에서도)\s(?!증류|파생|출발|추가\s?학습|미세\s?조정|파인\s?튜닝)(?:[^\s,]{1,14}\s){0,3}(?:\d{2,3}(?:\.\d+)?|\d\.\d+)\s?(?:점|%)/;
/** (a copula after it too: "과기정통부의 'X' 사업이었다."; a scheme proposed: "'X 공시' 제도를 제안합니다") */
const PROGRAMME_AFTER = /^\s?(?:지원\s?|시범\s?|실증\s?|선도\s?)?(?:사업|프로젝트|프로그램|제도)(?:(?:에|의|을|를|은|는|이|가|으로|로|도)(?=\s|$)|(?:이다|이었다|였다|입니다|이었습니다|이며|이고|이자)(?=[\s.,]|$))?(?:\s|$|[.,]|(?=\(이하\s))/;
/** "국토교통부가 주도하는 'X'", "정부가 추진 중인 'X'": what a ministry or the government leads is a public programme. */
const GOVERNMENT_LED = /(?:[가-힣]{2,10}부|정부|[가-힣]{2,8}(?:위원회|청|처))(?:가|이|에서)\s(?:주도|주관|추진|운영|출범)(?:하는|한|시킨|하고 있는|중인)\s$/;
/** "과기정통부가 연 'X'에 A가 선정돼": a contest a ministry holds is a public programme where the sentence selects someone for it. */
const GOVERNMENT_HELD = /(?:[가-힣]{2,10}부|정부|[가-힣]{2,8}(?:위원회|청|처))(?:가|이)\s(?:연|여는|개최한|개최하는|마련한)\s$/;
const SELECTED_IN = /^(?:에|에서)\s(?:[^\s.]{1,12}\s){0,2}?(?:선정|뽑히|뽑혀|뽑혔|선발|최종\s?선정)/;
/** "금융위원회의 'X'에 지정됐다": a scheme of a ministry, a commission or an agency that someone is designated or selected for. */
const GOVERNMENT_OWN = /(?:[가-힣]{2,10}부|정부|[가-힣]{2,8}(?:위원회|청|처))의\s$/;
const DESIGNATED_IN = /^(?:에|으로|로)(?:도|는)?\s(?:최종\s)?(?:지정|선정|선발|뽑히|뽑혀|뽑혔)/;
/**
 * "광주시가 지역 AI 기업의 … 실증을 묶어 지원하는 'X'": what a sentence's public subject (a ministry, a city, a province)
 * supports or runs, the verb right before the quote, is its programme.
 */
const PUBLIC_SUBJECT_BACKS = /^(?:정부|[가-힣]{2,10}(?:부|청|처|위원회|시|도))(?:가|이|는|은)\s[^'"‘“’”]{0,80}?\s(?:지원|운영|추진|주관|육성)(?:하는|해\s?온|하고 있는)\s$/;
/**
 * "'X' 2차 지정 결과를 발표하고", "'X' 선정 기업": a round of designating or selecting names the quoted programme;
 * so does a cohort of it ("'X' 3기 기업", "'X' 2기 참여 스타트업", "'X' 1기로 선정").
 */
const SELECTION_ROUND_AFTER = /^\s?(?:(?:\d{1,2}차\s?)?(?:지정|선정|공모|모집)\s?(?:결과|대상|기업|공고)|\d{1,2}기\s?(?:(?:선정|참여|참가|입주)\s?)?(?:기업|스타트업|팀|모집|공모)|\d{1,2}기(?:로|에)\s(?:최종\s)?(?:선정|뽑))/;
/** Between a benchmark and the quoted name that ends its list: "KMMLU, HRM8K(수학), 그리고 제가 만든 '", "KMMLU와 자체 '". */
const AFTER_BENCH_IN_LIST = /^\s?(?:\([^()]{1,30}\))?\s?(?:,\s?(?:그리고|또|및|또한)?|와|과|및|·)\s?(?:[^\s,.]{1,8}\s){0,4}$/;

/** "벤치마크: KMMLU, HRM8K, 그리고 직접 만든 'X'": a quoted name that closes a list of benchmarks is one too. */
function listedAfterBenchmark(text: string, q: QuotedSpan, ms: Mention[]): boolean {
  const prev = ms.filter((m) => m.end < q.start && m.via !== 'blocked').at(-1);
  return prev?.type === 'Benchmark' && AFTER_BENCH_IN_LIST.test(text.slice(prev.end, q.start - 1));
}
/** A model's size right before a quoted name: "30억 개 매개변수 규모의 '", "7B 파라미터급 '" (a name of more than one word: a lone '미니' is a variant). */
const SIZE_BEFORE = /(?:억|조|\d[BbMm]?)\s?(?:개의?\s?)?(?:매개변수|파라미터)\s?(?:규모|급|짜리)?(?:의|인)?\s?$/;
/** "2026년 ", "2025년도 ": the year that opens a programme round's name. */
const LEADING_YEAR = /^(?:19|20)\d{2}년도?\s/;
/** One Hangul word after a known model's version inside the quotes, naming an edition of it (no word for a base, a kind, a team or a product). */
const VERSION_EDITION = /^\s(?!(?:기반|베이스|바탕|계열|시리즈|모델|버전|팀|랩|연구소|프로젝트|사업|서비스|앱|플랫폼|에이전트|챗봇|기술|성능|출시|공개|개발)$)[가-힣]{2,6}$/;
/** "‘솔라 프로 2 for Finance’": a model's edition for a field, in English after its name, counts as no word of its own. */
const EDITION_TAIL = /\sfor\s[A-Z][A-Za-z]{2,14}$/;
/** A company's possessive right before the quotes ("X의 '"). */
function companyPossessiveBefore(text: string, q: QuotedSpan, ms: Mention[]): boolean {
  return ms.some((m) => m.type === 'Company' && m.via !== 'blocked' && m.end < q.start && /^의\s?$/.test(text.slice(m.end, q.start - 1)));
}
/** Between two quoted names of one list: "'A'과 'B'", "'A', 'B'", "'A(에이)'와 'B'". */
const QUOTED_LIST_JOIN = /^\s?(?:\([^()]{1,30}\))?\s?(?:와|과|,|및|이나|나|·)\s?$/;

function discoverOneQuoted(text: string, q: QuotedSpan, ms: Mention[], lx: DiscoveryLexicon, listed: Mention['type'] | undefined): Mention | undefined {
  const name = q.text.trim();
  // a programme's name may run to eight words ("‘지역 거점 멀티모달 AI 프로그램’"); other names to four
  // (a clause that ends in 사업 is no name: '우리는 … 만드는 사업')
  // (or a multi-word name whose designation round follows it: "'X' 2차 지정 결과")
  // (a first word in the possessive opens a name, "'모두의 AI 에이전트 프로젝트'", unless it is a company's: "'X의 … 프로젝트'")
  const possessiveOpener = OPENING_POSSESSIVE.test(name) && !ms.some((m) => m.type === 'Company' && m.start === q.start);
  // (a fund named in the brackets official releases give programmes and laws: "「부산 AI 혁신펀드」", a public fund)
  const programme = (POLICY_NAME.test(name.replace(/\s?\([^()]{2,40}\)$/, '')) || isPublicContest(name, text.slice(Math.max(0, q.start - 40), q.start - 1), text.slice(q.end + 1, q.end + 12)) || (PUBLIC_FUND.test(name) && text.charAt(q.start - 1) === '「') || (/\s/.test(name) && SELECTION_ROUND_AFTER.test(text.slice(q.end + 1, q.end + 20)))) && !/^(?:자체|독자|사내|회사|신규|공동)/.test(name) && !/[는을를은의]\s/.test(possessiveOpener ? name.slice(name.indexOf(' ') + 1) : name);
  // "과기정통부가 내놓은 '지역 AI 거점화 전략'", "시는 'AI 특화도시 부산 조성계획'을 발표하고": a plan or strategy a government issues
  // (or one cited in the brackets official texts give laws and plans: "지난달 발표한 「X 국가전략」")
  const plan = !programme && GOVERNMENT_PLAN.test(name) && !/[는을를은의]\s/.test(name) && (GOVERNMENT_ISSUER.test(text.slice(Math.max(0, q.start - 31), q.start - 1)) || text.charAt(q.start - 1) === '「');
  // (words are counted before a parenthesised alias: "‘믿:음 K 2.0(Mi:dm K 2.0)’")
  // "'경기 생성형 AI 실증 허브' 사업": a name that 사업/프로젝트 follows may run as long as a programme's (and so may a bill proposed: quoted-bills.ts)
  const bill = isProposedBill(text, q, name);
  const namedProgramme = (PROGRAMME_AFTER.test(text.slice(q.end + 1, q.end + 12)) && /\s/.test(name) && !/[는을를은의]\s/.test(name)) || bill;
  // (a bill's formal title runs longer: "「… 경쟁력 강화 및 지원에 관한 특별법안」")
  const longest = bill && isFormalBillName(name) ? 40 : 30;
  // (a programme's leading year dates its round and counts toward neither: "「2026년 … 고도화 및 실증」 사업")
  const counted = programme || plan || namedProgramme ? name.replace(LEADING_YEAR, '') : name;
  // (and so is the length: "‘할루 노바 3 70B(Hallu Nova 3 70B)’" is a four-word name glossed in full; an edition's "for X" counts for none)
  if (name.length < 2 || counted.replace(/\s?\([^()]{2,30}\)$/, '').length > longest || /[,!?…]|[다요]$/.test(name) || (longest > 30 ? /(?:\s.*){10}/ : programme || plan || namedProgramme ? /(?:\s.*){8}/ : /\s.*\s.*\s.*\s/).test(counted.replace(/\s?\([^()]*\)$/, '').replace(EDITION_TAIL, ''))) return undefined;
  // "'2+1' 압축", "'3:1' 경쟁률": a tally of numbers and signs names nothing; nor does "함께 나온 '미니' 버전" (a variant word alone)
  // ('a variant "built on X"': an English phrase quoted from someone, a lowercase word and a preposition, names nothing)
  if (NUMBERS_ONLY.test(name) || COMPARISON_PHRASE.test(name) || COUNTED_THINGS.test(name) || lx.variantWords.has(name) || /^[a-z]{2,}\s(?:on|upon|atop|from|by|with|for|of)\s/.test(name)) return undefined;
  // a company name inside a longer quoted name ("‘노타 LM 1.0’") does not stop the quoted name
  // and nor does a known family at its start ("‘믿:음 파이낸스’" is a model of the 믿:음 family)
  // "‘작고 강한’ 모델": coordinated adjectives describe a kind of model, they name none
  // and "'한국어 특화' 모델", "'금융 전용' 모델": a field and a word of specialisation describe a kind of model, they name none
  // "두 모델을 '섞고', 큰 모델을 '짜내고'": a verb's connective form quoted after its object, no particle on it, names nothing
  if (CONNECTIVE_VERB.test(name) && OBJECT_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start - 1)) && /^(?:,|\s|$)/.test(text.slice(q.end + 1, q.end + 2))) return undefined;
  if (ADJECTIVE_PAIR.test(name) || VERB_PHRASE.test(name) || DESCRIBED_KIND.test(name) || QUALIFIED_BENCH_WORD.test(name) || SPECIALISED_KIND.test(name) || QUOTED_CLAUSE.test(name) || CHINESE_PHRASE.test(name)) return undefined;
  const head = ms.find((m) => m.type === 'Model' && m.start === q.start && isInnerMention(text, q, m));
  // "'믿:음 계열'", "'라마 시리즈'": a known model with a family word after it names that family, no model of its own
  if (head && /^\s?(?:계열|시리즈|패밀리|제품군|라인업)(?:\s?모델)?$/.test(text.slice(head.end, q.end))) return undefined;
  // "'퉁이첸원(Qwen) 3'": a known model glossing the name's words before its version makes the whole a version of that model
  const glossModel = MID_PAREN_VERSION.test(name) ? ms.find((m) => m.type === 'Model' && m.via !== 'blocked' && m.start > q.start && m.end < q.end && text[m.start - 1] === '(' && text[m.end] === ')') : undefined;
  const modelCued = lx.modelBefore.test(text.slice(Math.max(0, q.start - 14), q.start - 1));
  // (a release verb before the quotes calls a brand word's Latin-coded name a model: "공개된 '한빛 KPX-M 2.0'")
  const releaseCued = lx.releaseBefore.test(text.slice(Math.max(0, q.start - 14), q.start - 1));
  const prefixed = ms.find((m) => isPrefixedModel(text, q, m, ms, modelCued, modelCued || releaseCued));
  // names inside the parentheses of a longer name ("‘K-엑사원(K-EXAONE)’", "‘라마 K(Llama K)’") are its alias
  const parenAt = prefixed || head ? text.indexOf('(', (prefixed ?? head)!.end) : -1;
  const inParen = (m: Mention) => (parenAt >= 0 && parenAt < q.end && m.start > parenAt && m.end <= q.end) || m === glossModel;
  // a known programme inside a longer quoted programme name ("‘소버린 AI 공공 실증 사업’") does not stop it either,
  // nor one at its end after a qualifier of its own ("‘해양 AI 모델 개발사업’", "‘생성형 AI 혁신금융서비스’": a designation of the
  // known scheme by its own name, whatever word it ends on; not a round or a year: "‘2차 …’"),
  // nor a programme's short name opening a longer name that 프로그램/사업 follows ("‘K-AI 스타트업 스케일업’ 프로그램")
  // or a programme's short name opening a quoted test of its own ("‘K-AI 종합평가’에서 72점": the programme's evaluation, a benchmark)
  const innerPolicy = (m: Mention) =>
    m.type === 'Policy' && m.start >= q.start && (((programme || namedProgramme || plan || (m.start === q.start && PROGRAMME_TEST_NAME.test(name))) && m.end < q.end) || (m.end === q.end && m.start > q.start && !QUALIFIER_ONLY.test(text.slice(q.start, m.start))));
  if (overlaps(ms.filter((m) => (m.via !== 'blocked' || (m.start <= q.start && m.end >= q.end)) && !isInnerMention(text, q, m) && !innerPolicy(m) && m !== prefixed && !inParen(m)), q.start - 1, q.end + 1) || isGenericTerm(name, lx)) return undefined;
  const before = textBeforeQuoted(text, q.start);
  const after = text.slice(q.end + 1, q.end + 12);
  let type: Mention['type'] | undefined;
  if (lx.benchBefore.test(before) || isTestSetBefore(text, q.start, before) || listedAfterBenchmark(text, q, ms) || (lx.benchAfter.test(after) && !RESULTS_ON_IT.test(text.slice(q.end + 1, q.end + 16))) || QUOTED_BENCH_NAME.test(name.replace(GLOSS_AFTER, '')) || LATIN_BENCH_NAME.test(name) || SCORED_ON_AFTER.test(text.slice(q.end + 1, q.end + 40))) type = 'Benchmark';
  else if (programme || plan || GOVERNMENT_LED.test(text.slice(Math.max(0, q.start - 30), q.start - 1)) || (GOVERNMENT_HELD.test(text.slice(Math.max(0, q.start - 30), q.start - 1)) && SELECTED_IN.test(text.slice(q.end + 1, q.end + 40)))) type = 'Policy';
  else if ((GOVERNMENT_OWN.test(text.slice(Math.max(0, q.start - 20), q.start - 1)) && DESIGNATED_IN.test(text.slice(q.end + 1, q.end + 20))) || PUBLIC_SUBJECT_BACKS.test(text.slice(0, q.start - 1))) type = 'Policy';
  // "'범정부 AI 공통기반' 사업 입찰에": a quoted name that 사업/프로젝트 follows is the programme's name
  // (and so is the new name a programme named before is renamed to: "Y 사업을 내년부터 'Z 2.0'으로 이름을 바꿔")
  else if (namedProgramme || isRenamedProgramme(text, q, ms)) type = 'Policy';
  // "AI 스타트업 '누비온' 추론 모델 공개": a quoted word that a kind of company introduces is that company, whatever follows
  // (a name with a version, a size or a hyphen is its model, the company elided: "토종 스타트업 '하늘-2' 선전"; a Latin gloss is its alias: "'누비온(Nubion)'")
  else if (COMPANY_KIND_BEFORE.test(before) && /^[가-힣A-Za-z]+(?:\([A-Za-z][A-Za-z .&-]{0,30}\))?$/.test(name)) type = 'Company';
  else if (((lx.modelBefore.test(before) && !(/(?:을|를)\s?$/.test(before) && PUT_INTO_AFTER.test(after))) || lx.releaseBefore.test(before) || (SIZE_BEFORE.test(before) && /\s|[A-Za-z0-9]/.test(name)) || lx.modelAfter.test(after) || BASE_AFTER.test(text.slice(q.end + 1, q.end + 60)) || isBuiltOnKnownModel(text, q.start - 1, ms) || DEFINED_AS_MODEL.test(text.slice(q.end + 1))) && !lx.notModelAfter.test(after)) type = 'Model';
  else if (prefixed || glossModel) type = 'Model';
  // "A와 B를 병합해 'X'를 만들었다", "A에 … 데이터를 추가로 학습시켜 'X'를 만들었습니다": what merging or training made is a model
  // "자사 'X'가 Y를 바탕으로 만들어졌다는 의혹": the subject of a clause saying what it was built on is a model (denied or not)
  else if (SUBJECT_BUILT_ON.test(text.slice(q.end + 1, q.end + 70))) type = 'Model';
  else if (TRAINED_INTO_BEFORE.test(before) && MADE_AFTER.test(text.slice(q.end + 1, q.end + 16))) type = 'Model';
  // "X가 '모아 2'를 발표하자": a versioned name a company announces is its model (not a plan or report a government announces)
  else if (NUMBERED_NAME.test(name) && ANNOUNCED_AFTER.test(text.slice(q.end + 1, q.end + 24)) && ms.some((m) => m.type === 'Company' && m.via !== 'blocked' && SUBJECT_TO_QUOTE.test(text.slice(m.end, q.start - 1)))) type = 'Model';
  // "Y 2.0을 바탕으로 … 특화한 'Y K-행정'을 새로 만들어": a known family's name opening a longer quoted name, the rest a variant's
  // code (a Latin letter, a digit or a hyphen: not "'Y 기반'", "'Y 랩'"), in a sentence about models
  // (or, after a known model's version, one Hangul word of an edition: "'A.X 5 파운데이션'", "'Y 2.0 프리뷰'"; not "'Y 4.0 기반'", "'Y 2 서비스'")
  // (or one after a company's possessive, an edition that company made: "X의 'Y 공공'")
  else if (head && (/[A-Za-z0-9-]/.test(text.slice(head.end, q.end)) || ((/\d$/.test(text.slice(head.start, head.end)) || companyPossessiveBefore(text, q, ms)) && VERSION_EDITION.test(text.slice(head.end, q.end)))) && MODEL_SENTENCE.test(text) && !lx.notModelAfter.test(after) && !PROGRAMME_AFTER.test(after)) type = 'Model';
  // "'Y 메디 라이트' 공동 개발 착수": a known family's name, then words ending in a variant word, is that family's edition, in any sentence
  else if (head && endsInVariantWord(text.slice(head.end, q.end), lx.variantWords) && !lx.notModelAfter.test(after) && !PROGRAMME_AFTER.test(after)) type = 'Model';
  // (the same where the versioned model was named before and not again inside the quotes: "Y 3를 줄인 'Y 3 엣지'가")
  else if (!head && ms.some((m) => m.type === 'Model' && m.via !== 'blocked' && /\d$/.test(m.surface) && name.startsWith(m.surface) && VERSION_EDITION.test(name.slice(m.surface.length))) && MODEL_SENTENCE.test(text) && !lx.notModelAfter.test(after) && !PROGRAMME_AFTER.test(after)) type = 'Model';
  // "대화 엔진을 'Y 미니 v2'로 업그레이드했다": a release-tagged name something is upgraded or switched to is a model's new version
  else if (RELEASE_TAGGED_NAME.test(name) && UPGRADED_TO_AFTER.test(text.slice(q.end + 1, q.end + 24))) type = 'Model';
  // "홍보해온 '파도 v2'가 …에 추가 학습한 것이냐는": a quoted name that ends in a version, in a sentence about models
  // (its Latin gloss before the version left off, and then a score given it is about models too: "'누리메드(NuriMed) v3'는 … 74.2점")
  else if ((VERSIONED_NAME.test(name) || GLOSSED_VERSIONED_NAME.test(unglossed(name))) && !/\s.*\s/.test(unglossed(name)) && (MODEL_SENTENCE.test(text) || (unglossed(name) !== name && SCORE_SENTENCE.test(text))) && !lx.notModelAfter.test(after) && !PROGRAMME_AFTER.test(after)) type = 'Model';
  // "X의 '코다리-mini' 역시 …", "'하람-Lite'도": a name ending in a hyphened variant word, in a sentence about models
  else if (VARIANT_NAME.test(name) && MODEL_SENTENCE.test(text) && !lx.notModelAfter.test(after) && !PROGRAMME_AFTER.test(after)) type = 'Model';
  else if (VERSION_ENDED_NAME.test(name.replace(GLOSS_AFTER, '')) && RELEASED_NOUN_AFTER.test(text.slice(q.end + 1, q.end + 16)) && MODEL_SENTENCE.test(text) && !lx.notModelAfter.test(after)) type = 'Model'; // "2024.03 'Y 2' 출시 — 80억 파라미터": a history line's versioned name released, in a line about models
  // "X의 ‘파랑 코어 9B’ 얘기다": a quoted name that ends in a parameter size is a model's name (its gloss left off: "‘X 9B(Y 9B)’")
  else if (SIZED_NAME.test(name.replace(GLOSS_AFTER, '')) && !/[/=:]/.test(name) && !lx.notModelAfter.test(after)) type = 'Model';
  // "딥시크 ‘R1-0528’(81.0점)", "메타의 ‘라마(Llama)’": a company's quoted product in a sentence about models
  type ??= listed;
  // (the maker glossed in parentheses, "딥시크(DeepSeek)의 'R1'", is the maker still)
  const maker = type ? undefined : ms.find((m) => m.type === 'Company' && m.via !== 'blocked' && /^(?:\s?\([^()]{1,30}\))?(?:의)?\s?$/.test(text.slice(m.end, q.start - 1)));
  // "… 것은 X의 'Y 1'이다": a company's numbered name as the predicate that ends the sentence
  // (or any name where the sentence's topic is a model: "표에 없는 모델은 X의 'Y'이다")
  const closes = /^\s?(?:이다|다|입니다)\.?\s*$/.test(text.slice(q.end + 1));
  const predicate = /\s\d{1,2}(?:\.\d{1,2})?$/.test(name) && closes;
  // (or any one-word name, hyphens allowed, where the sentence's topic is a model: "표에 없는 모델은 X의 'Y'이다")
  const topicPredicate = closes && /^[가-힣A-Za-z0-9]+(?:-[가-힣A-Za-z0-9]+)*$/.test(name) && MODEL_TOPIC.test(text.slice(0, Math.max(0, q.start - 1)));
  // (or one a model is derived from: "딥시크의 'R1'을 증류해 만든 모델")
  if (maker && (((SCORE_SENTENCE.test(text.slice(q.end, q.end + 20)) || LISTED_AS_MODELS.test(text.slice(q.end + 1, q.end + 60)) || (DERIVED_FROM_AFTER.test(text.slice(q.end + 1, q.end + 24)) && !SUSPECTED_AFTER.test(text.slice(q.end))) || predicate) && /[A-Za-z0-9]/.test(name)) || topicPredicate) && !lx.notModelAfter.test(after)) type = 'Model';
  if (!type) return undefined;
  // "발표한 'LLM 탈옥 내성 보고서'", "'AI 신뢰성 백서'": a name whose last word is a kind of document names a publication, no model
  // (nor does one whose last word is a kind of product that bundles or serves models: "'스마트 물류 패키지'", "'AI 상담 솔루션'"; nor a so-called term: "이른바 '피지컬 AI' 모델")
  if (type === 'Model' && (DOCUMENT_NAME.test(name) || ORIGIN_WORD.test(name) || RUMOUR_NAME.test(name) || PRODUCT_KIND_NAME.test(name) || DEAL_NAME.test(name) || /(?:이른바|소위)\s$/.test(before))) return undefined;
  // "서비스 '해솔매쓰'", "앱 'X'": a name a not-model noun introduces is no model
  if (type === 'Model' && !head && !prefixed && lx.notModelAfter.test(/(?:^|\s)(\S+)\s?$/.exec(text.slice(Math.max(0, q.start - 12), q.start - 1))?.[1] ?? '')) return undefined;
  if (!isParticleTail(text, q.end + 1) && /[가-힣]/.test(text[q.end + 1] ?? '')) {
    if (!lx.modelAfter.test(after) && !lx.benchAfter.test(after)) return undefined;
  }
  // "‘누리 메디(Nuri Medi) 2.0’", "‘케이리즌(K-Reason) 2’": an alias of the name's words before its version is an alias of the whole name
  const mid = type === 'Model' || type === 'Benchmark' ? MID_PAREN_VERSION.exec(name) : null;
  const paren = mid ? ([name, `${mid[1]} ${mid[3]}`, `${mid[2]} ${mid[3]}`] as const) : /^(.+?)\s?\(([^()]{2,30})\)$/.exec(name);
  const mention = discoveredMention(type, paren ? paren[1]! : name, q.start - 1, q.end + 1);
  const base = head ?? prefixed ?? glossModel;
  if (base && type === 'Model') {
    mention.family = base.family ?? base.key;
    mention.developer = base.developer;
  } else if (maker && type === 'Model') mention.developer = maker.key;
  if (paren) mention.aliases.push(paren[2]!);
  // "‘미르온-8B’": the size in the name is the parameter count
  // ("‘미르온-2 3B 미니’", "‘미르온 2 8B 프리뷰’": and so is a size before a variant or edition word that ends the name)
  const size = type === 'Model' ? /(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)([BM])(?:[\s-](?:미니|라이트|프로|Mini|Lite|Pro|Instruct|Chat|Base|프리뷰|베타|Preview|Beta))?$/.exec(mention.surface) : null;
  if (size) mention.properties = { parameters: parseMagnitude(size[1]!, size[2]!) };
  return mention;
}

/** "'X'가 Y의 'Z'를 바탕으로 만들어졌다는", "'X'이 Z를 기반으로 개발됐다": the quoted name is the subject of a clause naming its base. */
const SUBJECT_BUILT_ON = /^\s?(?:\([^()]{1,30}\)\s?)?(?:이|가)\s[^.]{0,45}?(?:을|를)\s?(?:기반|바탕|토대|베이스)으로\s(?:(?:해|하여|삼아)\s)?(?:만들어졌|만들어진|개발됐|개발되었|개발된|학습됐|학습된)/;
/** "…(번째|마지막|남은) 모델은 ": a sentence whose topic is a model, its predicate the model's name. */
const MODEL_TOPIC = /(?:^|\s)(?:[가-힣]{1,6}\s)?(?:모델|LLM)(?:은|는)\s(?:[^\s.]{1,10}\s)?$/;
/** A name ending in a version number ("모아 2", "다온 3.5"), not a document's or a plan's ("리포트 2", "전략 2.0"). */
const NUMBERED_NAME = /^(?!.*(?:리포트|보고서|백서|계획|전략|지침|가이드|로드맵|비전|선언|헌장))[가-힣A-Za-z].*[가-힣A-Za-z]\s?\d{1,2}(?:\.\d{1,2})?$/;
/** "'…'를 발표했다", "'…'을 지난달 발표하자": the object of 발표 (announce), which may name a model or a plan alike. */
const ANNOUNCED_AFTER = /^(?:을|를)\s(?:[가-힣0-9]{1,6}\s){0,2}?발표(?:했|하|한|해)/;
/** A company's subject particle right before the quote ("X가 '…'", "X는 새로 '…'"). */
const SUBJECT_TO_QUOTE = /^(?:이|가|은|는)\s(?:[가-힣]{1,6}\s){0,2}$/;
/** A merging, training or tuning verb's connective right before the quote: "병합해 '", "학습시켜 '", "미세조정해 '". */
const TRAINED_INTO_BEFORE = /(?:병합|머지|결합|학습|훈련|미세\s?조정|파인\s?튜닝|튜닝|증류)(?:해|하여|해서|시켜|시켜서)\s(?:새로\s|새롭게\s)?$/;
/** "'X'를 만들었다", "'X'을 새로 만들어", "'X'를 만든다고", "'X'를 만들기로": the quoted name is what was (or is to be) made. */
const MADE_AFTER = /^\s?(?:\([^()]{1,30}\)\s?)?(?:을|를)\s(?:새로\s|직접\s)?(?:만들(?:었|어|고|었습니다|기로|겠)|만든다|만듭니다)/;

/** "'X'은 Y를 바탕으로 … 추가 학습한 모델이다": the quoted topic of a sentence that closes by calling it a model someone made (or whose first clause does: "… 미세조정한 모델로, …"). */
/** (a version's dot is no sentence end: "'미스트랄 스몰 3.2'를 기반으로") */
const DEFINED_AS_MODEL = /^\s?(?:\([^()]{1,30}\)\s?)?(?:은|는)\s(?:[^.]|(?<=\d)\.(?=\d)){0,100}?(?:만든|개발한|학습한|학습시킨|튜닝한|미세조정한|증류한|내놓은|공개한|선보인|뽑아낸|만들어\s?낸|빚어낸|경량화한)\s(?:[가-힣A-Za-z]{1,8}\s)?(?:모델|LLM|sLM|언어모델)(?:(?:이다|입니다|이에요|예요)\.?$|(?:로|으로),\s)/;

/** "'X 2' 벤치마크 결과", "'X' 평가 점수": the results of what was tested, not a test named X. */
const RESULTS_ON_IT = /^\s?(?:벤치마크|평가|테스트)\s?(?:결과|점수|성적|성능|수치)/;

/** "‘라마(Llama)’나 … 같은 해외 오픈소스 모델", "「V3」 등 해외 모델": a quoted name listed among models. */
/** After a company's quoted name: the name is what a model is distilled, tuned or built from ("'R1'을 증류해", "'Y'를 기반으로"). */
const DERIVED_FROM_AFTER = /^(?:을|를)\s(?:증류|기반으로|바탕으로|토대로|미세\s?조정|파인\s?튜닝)/;
/** A derivation only suspected or reported ("… 증류한 것 아니냐는 의혹", "… 기반이라는 관측"): it does not make the quoted name a model. */
const SUSPECTED_AFTER = /(?:아니냐|냐는|라는|다는)\s(?:의혹|관측|주장|추측|소문|설|지적)/;
const LISTED_AS_MODELS = /^\s?(?:\([^)]{1,30}\))?\s?(?:이나|나|와|과|,|및|등|같은|처럼)[^.]{0,40}?(?:모델|LLM)/;
