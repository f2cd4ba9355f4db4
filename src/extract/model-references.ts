/**
 * References to a model within and across sentences: a predicate that describes the model in focus ("…가 공개한 추론 모델이다"),
 * "이를 기반으로" / "이를 잇는 후속 모델" for the model named just before, "기반 모델(41.0점)" and "출발점이 된 그 모델" for the base read earlier, and a
 * numbered series' generation words (generation-words.ts).
 */
import { addFullNameAlias } from './formal-names.js';
import { addGenerationReference } from './generation-words.js';
import { referenceAt, referenceTo } from './references.js';
import type { Mention } from './types.js';

/** A body sentence's references to models named before it: "이를 기반으로", "기반 모델(41.0점)", "1세대", "2세대". */
export function addBodyModelReferences(text: string, ms: Mention[], before: readonly { text: string; mentions: Mention[] }[], focus: Mention | undefined, baseOf: Map<string, Mention>): void {
  addFullNameAlias(text, ms, before.at(-1));
  addBasePronoun(text, ms, before.at(-1));
  if (EARLIER_MODEL.test(text)) addEarlierModel(text, ms, before.at(-1));
  if (text.includes('prototype')) addPrototypeReference(text, ms, before);
  addBaseModelReference(text, ms, focus, baseOf, before);
  if (text.includes(' base ')) addEnglishBaseReference(text, ms, focus, baseOf);
  if (VARIANT_REF.test(text)) addVariantReference(text, ms, before.at(-1));
  if (text.includes(' 된 ')) addBecameBaseReference(text, ms, focus, baseOf);
  addGenerationReference(text, ms, before);
}

/**
 * "로웰AI가 11월 공개한 80억 파라미터 법률 특화 모델로, …", "X가 지난달 내놓은 추론 모델이다": a sentence naming no model whose
 * predicate (or apposition) is a model a company released is about the model in focus: "모델" stands for it.
 */
export function addFocusPredicate(text: string, ms: Mention[], focus: Mention | undefined): void {
  if (!focus || focus.type !== 'Model' || !text.includes('모델') || GROUP_OPENING.test(text)) return;
  const p = RELEASED_MODEL_PREDICATE.exec(text);
  if (!p) return;
  const at = p.index + p[0].length - p[1]!.length;
  const company = ms.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.end <= p.index + 1);
  if (!company || !/^(?:이|가)\s/.test(text.slice(company.end, company.end + 2))) return;
  // (a model named before the company only as the predecessor or the base, "Y의 후속 버전으로, 회사가 …", leaves the predicate to
  // the focus; not one after it: "X가 선보인 'Y'의 후속 모델이다" is X's Y)
  if (ms.some((m) => m.type === 'Model' && m.start < at + 2 && (m.start > company.start || !PREDECESSOR_OR_BASE_AFTER.test(text.slice(m.end, m.end + 16))))) return;
  ms.push(referenceTo(focus, at, at + 2));
  ms.sort((a, b) => a.start - b.start);
}
/** "둘 다 X가 개발한 모델이다", "두 모델 모두 …": a sentence about a counted group of models, not the one in focus. */
const GROUP_OPENING = /^(?:(?:둘|셋)\s(?:다|모두)|(?:두|세|네)\s(?:모델|제품|버전)(?:은|는|이|가)?(?:\s(?:모두|다))?)\s/;
/** "의 후속 버전으로", "를 바탕으로": a model named as what the focus follows or is built on. */
const PREDECESSOR_OR_BASE_AFTER = /^['"’”]?(?:의\s?(?:후속|차기|업그레이드|개선)|(?:을|를)\s?(?:기반으로|바탕으로|토대로))/;
/** A release verb's relative clause, up to 30 characters of description, then "모델" ending the clause as its predicate. */
/** (or ends the sentence as a noun phrase, as a card's or a list's description does: "…가 자체 설계한 음성합성 모델.") */
const RELEASED_MODEL_PREDICATE = /(?:(?:공개|출시|발표|개발|선보|내놓|내놨|설계)(?:한|인|은|했던)|만든|빚어낸|탄생시킨)\s[^,.]{0,30}?(모델)(?=(?:이다|입니다|이며|이고|으로,|로,|이었다|였다)(?:\s|$|\.)|\.?$)/;

/** "이를 기반으로 한 'Y'": a pronoun for the base, right before a base word. */
const BASE_PRONOUN = /(?<![가-힣])(?:이를|이것을)(?=\s?(?:기반으로|바탕으로|토대로|베이스로|기반 삼아))/;
/** "이를 잇는 후속 모델 'Y'": a pronoun for the predecessor. */
const SUCCESSOR_PRONOUN = /(?<![가-힣])이를(?=\s?(?:잇는|이은|계승한|계승하는)\s?(?:후속|차기|새|다음)\s?(?:모델|버전))/;
/** Between a model and a pronoun for it in one sentence: a comma, maybe 그리고/또 ("X, 그리고 이를 바탕으로"). */
const LISTED_BEFORE_PRONOUN = /^['"’”)]?\s?,\s?(?:그리고\s|또\s|또한\s)?$/;
/** The previous sentence ends on its model as the object of its verb ("… '엑사원 4.5'를 공개했다."). */
const OBJECT_TAIL = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)\s[^을를'"‘’“”]{0,30}$/;

/**
 * "LG AI연구원은 '엑사원 4.5'를 공개했다. LG유플러스는 이를 기반으로 한 '익시젠 2.0'을 내놨다": "이를" is the
 * model the previous sentence ended on as its verb's object — only then, not data or a plan named there.
 */
function addBasePronoun(text: string, ms: Mention[], prev: { text: string; mentions: Mention[] } | undefined): void {
  if (text.includes('that model')) addThatModel(text, ms, prev);
  const successor = SUCCESSOR_PRONOUN.exec(text);
  const r = successor ?? BASE_PRONOUN.exec(text);
  if (!r) return;
  const before = ms.filter((x) => x.type === 'Model' && x.end <= r.index);
  // "A가 개발한 X, 그리고 이를 바탕으로 만든 Y": the model just before the pronoun, listed in the same sentence
  if (before.length && LISTED_BEFORE_PRONOUN.test(text.slice(before.at(-1)!.end, r.index))) {
    ms.push(referenceTo(before.at(-1)!, r.index, r.index + (successor ? 1 : r[0].length)));
    ms.sort((a, b) => a.start - b.start);
    return;
  }
  if (before.length || !prev) return;
  const models = prev.mentions.filter((m) => m.type === 'Model' && m.end > 0);
  const model = models.at(-1);
  // "이를 잇는 후속 모델": the previous sentence's one model, whatever its verb; a base needs it as the object at the end
  if (!model || (successor ? models.some((m) => m.key !== model.key) : !OBJECT_TAIL.test(prev.text.slice(model.end)))) return;
  // (the successor's "이" alone: "를 잇는" stays for the successor patterns)
  ms.push(referenceTo(model, r.index, r.index + (successor ? 1 : r[0].length)));
  ms.sort((a, b) => a.start - b.start);
}

/** "X succeeds that model", "… was built on that model": "that model" right after a verb of succession or derivation. */
const THAT_MODEL = /\b(?:succeeds|succeeded|replaces|replaced|supersedes|superseded|builds\son|built\son|based\son|derived\sfrom|distilled\sfrom)\s(that\smodel)\b/;

/**
 * "… for its predecessor, EXAONE 4.0 32B. X succeeds that model": English "that model" is the model the previous sentence
 * named last, where this sentence names it nowhere before the phrase.
 */
function addThatModel(text: string, ms: Mention[], prev: { text: string; mentions: Mention[] } | undefined): void {
  const r = THAT_MODEL.exec(text);
  const model = prev?.mentions.filter((m) => m.type === 'Model' && m.end > 0).at(-1);
  if (!r || !model) return;
  const at = r.index + r[0].length - r[1]!.length;
  if (ms.some((m) => m.key === model.key || (m.start < at + r[1]!.length && at < m.end))) return;
  ms.push(referenceTo(model, at, at + r[1]!.length));
  ms.sort((a, b) => a.start - b.start);
}

/** "That earlier model was …", "The previous version was …": a sentence that opens on the model before the one just told of. */
const EARLIER_MODEL = /^(?:That|The|This|Its)\s(?:earlier|previous|older|prior|predecessor)\s(?:model|version|release)\b/;
/** What comes right before a predecessor's name: "X succeeds Y", "as the successor to Y", "X replaces Y", "its predecessor, Y". */
const BEFORE_PREDECESSOR = /\b(?:succeeds|succeeded|replaces|replaced|supersedes|superseded|(?:successor|follow-up|upgrade)\s(?:to|of)|predecessor,?)\s(?:the\s|its\s|their\s)?(?:[A-Z][A-Za-z]*['’]s\s)?$/;

/**
 * "Seoram 2 succeeds Seoram 1.5, which … . That earlier model was a fine-tuned version of Y": "that earlier model" is the
 * model the previous sentence named as the predecessor (named nowhere in this sentence before the phrase).
 */
function addEarlierModel(text: string, ms: Mention[], prev: { text: string; mentions: Mention[] } | undefined): void {
  const r = EARLIER_MODEL.exec(text);
  const earlier = prev?.mentions.find((m) => m.type === 'Model' && m.via !== 'blocked' && m.end > 0 && BEFORE_PREDECESSOR.test(prev.text.slice(Math.max(0, m.start - 40), m.start)));
  if (!r || !earlier || ms.some((m) => m.start < r[0].length)) return;
  ms.push(referenceTo(earlier, 0, r[0].length));
  ms.sort((a, b) => a.start - b.start);
}

/** "the successor to that prototype", "our first prototype": a prototype named by its kind. */
const PROTOTYPE_REF = /(?<![A-Za-z])(?:that|the|our|this|its)\s(?:(?:earlier|first|old|original|\d{4})\s)?prototype(?![A-Za-z-])/;
/** Right before a model's name: "Our first prototype, ", "our prototype, " (an apposition naming it). */
const PROTOTYPE_BEFORE = /\bprototype,\s$/;

/**
 * "Our first prototype, X 0.5, was built on Y. … X 7B is the successor to that prototype": "that prototype" is the one model the
 * last five sentences named as a prototype (none where the phrase sits on a name, or several were so named).
 */
function addPrototypeReference(text: string, ms: Mention[], before: readonly { text: string; mentions: Mention[] }[]): void {
  const r = PROTOTYPE_REF.exec(text);
  if (!r || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end + 2)) return;
  const named = before.slice(-5).flatMap((b) => b.mentions.filter((m) => m.type === 'Model' && m.via !== 'reference' && PROTOTYPE_BEFORE.test(b.text.slice(Math.max(0, m.start - 12), m.start))));
  if (new Set(named.map((m) => m.key)).size !== 1 || ms.some((x) => x.key === named[0]!.key)) return;
  ms.push(referenceAt(named[0]!, r));
  ms.sort((a, b) => a.start - b.start);
}

/** "기반 모델(41.0점)", "베이스 모델은", "원본(6.9점)", "교사 모델(58.1점)" (a score in brackets after the teacher): the base (or the teacher) of the model the sentence opens on (or is about). */
const BASE_MODEL_REF = /(?<![가-힣])(?:교사\s?모델(?=\s?\(\d)|(?:기반|베이스|원본)\s?모델(?=\s?\(|은|는|이|가|의|보다|대비|에)|원본(?=\s?\(\d|보다\s|대비\s))/;

/** "X는 KMMLU에서 49.2점을 받아 기반 모델(41.0점) 대비 …": the base model read earlier for X. */
function addBaseModelReference(text: string, ms: Mention[], focus: Mention | undefined, baseOf: Map<string, Mention>, before: readonly { text: string; mentions: Mention[] }[] = []): void {
  if (!baseOf.size && !before.length) return;
  const r = BASE_MODEL_REF.exec(text);
  if (!r || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  // (not "Z 기반 모델": a name right before the word says what a model is based on, it is no reference to a base read earlier)
  // (a name written there: a reference carried from before, spanning nothing, is none)
  if (ms.some((x) => x.start < x.end && (x.end === r.index || (x.end === r.index - 1 && text[x.end] === ' ')))) return;
  // (not the subject of a sentence that names the base itself: "X의 기반 모델은 Y로 확인됐다")
  const end = r.index + r[0].length;
  if (/^(?:은|는|이|가)\s/.test(text.slice(end)) && ms.some((x) => x.type === 'Model' && x.via !== 'reference' && x.start >= end + 2 && x.start <= end + 3)) return;
  // (a base the sentence itself names as one before the word: "Y를 기반으로 … 학습해 Z에서 81.9점을 얻어 베이스 모델(62.4점)을 앞섰다")
  const named = ms.find((x) => x.type === 'Model' && x.via !== 'reference' && x.end <= r.index && BASE_NAMED_AFTER.test(text.slice(x.end, x.end + 12)));
  const about = ms.find((x) => x.type === 'Model' && x.end <= r.index && x !== named) ?? focus;
  const base = named ?? (about && (baseOf.get(about.key) ?? becameBaseBefore(before, about)));
  if (!base || (!named && ms.some((x) => x.key === base.key))) return;
  ms.push(referenceAt(base, r));
  // (in place among the sentence's mentions: "원본 모델이 55.0점, 우리 모델이 66.1점" has a reference after it already)
  ms.sort((a, b) => a.start - b.start);
}

/** After a model's name: "을 기반으로", "를 바탕으로" (the sentence names it as the base of its model). */
const BASE_NAMED_AFTER = /^['"’”]?(?:을|를)\s(?:기반|바탕|토대|베이스)(?:으)?로/;

/** Right before a model's name: "바탕이 된 ", "기반이 된 " (the model that became the base). */
const BECAME_BASE_BEFORE = /(?:바탕|기반|토대)(?:이|가)\s된\s['"‘“]?$/;

/** "X는 KMMLU에서 50.2점을 받았다. 바탕이 된 Y는 같은 평가에서 44.0점이었다": the one model the two sentences before call the base, where no base was read for X yet. */
function becameBaseBefore(before: readonly { text: string; mentions: Mention[] }[], about: Mention): Mention | undefined {
  const named = before.slice(-2).flatMap((b) => b.mentions.filter((m) => m.type === 'Model' && m.via !== 'reference' && m.key !== about.key && BECAME_BASE_BEFORE.test(b.text.slice(Math.max(0, m.start - 8), m.start))));
  return new Set(named.map((m) => m.key)).size === 1 ? named[0] : undefined;
}

/** A claim the text passes on ("some developers claimed X had been distilled from Y", "…을 바탕으로 만들어졌다는 주장"). */
const CLAIMED = /\b(?:claimed|alleged|allegedly|rumou?red|speculated)\b|(?:다는|라는)\s(?:주장|의혹|소문|설|루머)/;

/** Records the base read for a model ("기반 모델" later means it); a base read from a claim does not replace one read before. */
export function noteBase(baseOf: Map<string, Mention>, source: Mention, target: Mention, sentence: string): void {
  if (!baseOf.has(source.key) || !CLAIMED.test(sentence)) baseOf.set(source.key, target);
}

/** "against 66.5 for the Y base it was built on", "the base model it was fine-tuned from": in English, the base of the model before. */
const EN_BASE_REF = /(?<![A-Za-z])the\s(?:[A-Z][A-Za-z0-9.-]{1,20}\s)?base(?:\smodel)?\s(?:that\s)?it\s(?:was|is|had\sbeen|has\sbeen)\s(?:built|based|trained|fine-tuned|developed|made)\s(?:on|from|upon)(?![A-Za-z])/;

/** The base read earlier for the model before the phrase (or in focus); a family word inside the phrase ("the Y base") is part of it. */
function addEnglishBaseReference(text: string, ms: Mention[], focus: Mention | undefined, baseOf: Map<string, Mention>): void {
  const r = EN_BASE_REF.exec(text);
  if (!r) return;
  const end = r.index + r[0].length;
  const about = ms.filter((x) => x.type === 'Model' && x.end <= r.index).at(-1) ?? focus;
  const base = about && baseOf.get(about.key);
  if (!base || ms.some((x) => x.key === base.key) || ms.some((x) => x.start < end && r.index < x.end && (x.type !== 'Model' || x.start < r.index || x.end > end))) return;
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.start >= r.index && ms[i]!.end <= end) ms.splice(i, 1);
  ms.push(referenceAt(base, r));
  ms.sort((a, b) => a.start - b.start);
}

/** "그 Base 모델 위에", "이 Instruct 모델은": a demonstrative and a bare variant word, the variant named just before. */
const VARIANT_REF = /(?<![가-힣A-Za-z])(?:그|이|해당)\s(Base|Instruct|Chat|Thinking|Reasoning|베이스|인스트럭트)\s?모델(?=은|는|이|가|을|를|의|에|\s)/;

/** The last model of the sentence before whose name ends on the variant word ("…-14B-Base"), for "그 Base 모델". */
function addVariantReference(text: string, ms: Mention[], prev: { text: string; mentions: Mention[] } | undefined): void {
  const r = VARIANT_REF.exec(text);
  if (!r || !prev) return;
  const word = r[1]!.toLowerCase();
  const named = prev.mentions.filter((m) => m.type === 'Model' && m.via !== 'reference' && m.via !== 'blocked' && new RegExp(`[\\s-]${word}$`, 'i').test(m.surface)).at(-1);
  const end = r.index + r[0].length;
  if (!named || ms.some((x) => x.start < end && r.index < x.end && (x.type !== 'Model' || x.start < r.index || x.end > end))) return;
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.start >= r.index && ms[i]!.end <= end) ms.splice(i, 1);
  ms.push(referenceAt(named, r));
  ms.sort((a, b) => a.start - b.start);
}

/** "출발점이 된 그 모델 자체가", "기반이 된 모델은": the model that became the base, opening its own clause. */
const BECAME_BASE_REF = /(?<![가-힣])(?:출발점|기반|바탕|토대|뿌리)(?:이|가)\s된\s(?:그\s)?모델(?=\s자체(?:가|는|도)\s|(?:은|는|이|가)\s)/;

/** "X는 Y를 출발점으로 만들었다. 그런데 출발점이 된 그 모델 자체가 …": the base read earlier for the model in focus (or named before in the sentence). */
function addBecameBaseReference(text: string, ms: Mention[], focus: Mention | undefined, baseOf: Map<string, Mention>): void {
  const r = BECAME_BASE_REF.exec(text);
  if (!r || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  const about = ms.find((x) => x.type === 'Model' && x.end <= r.index) ?? focus;
  const base = about && baseOf.get(about.key);
  if (!base || ms.some((x) => x.key === base.key)) return;
  ms.push(referenceAt(base, r));
  ms.sort((a, b) => a.start - b.start);
}
