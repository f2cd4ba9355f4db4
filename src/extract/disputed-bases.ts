/**
 * A base the article itself answers: "'X가 Y를 기반으로 한 모델'이라는 주장은 사실이 아닙니다 … X의 기반 모델은 Z로
 * 확인됐습니다". The claim is read as a disputed BASED_ON; where the same article states the model's base to be another
 * model, the denial is the article's own finding, and the disputed base goes (a denial with no base stated stays disputed).
 */
import type { Sentence } from '../parse/types.js';
import { occurrencesOf } from '../parse/text.js';
import { namesOf, type Acc } from './article-acc.js';
import type { EntityDraft, RuleSet } from './types.js';
import { splitVersion } from './version-stem.js';

/**
 * "…가 Y를 바탕으로 했다고 발표했으나, 사흘 뒤 … 정정했다": a base its maker stated and, later in the same sentence,
 * corrected, is disputed (and goes where the article states another base for the model: dropAnsweredDisputes).
 */
const STATED_THEN_CORRECTED = /(?:다|라)고\s(?:밝혔|발표했|소개했|설명했|알렸)(?:으나|지만|는데),?\s(?:[^.]|(?<=\d)\.(?=\d)){0,120}?(?:바로잡았|바로잡은|바로잡고|정정했|정정한|정정하고)/;

export function disputeBasesCorrectedLater(acc: Acc): void {
  for (const r of acc.relations.values()) {
    if (r.type === 'BASED_ON' && r.properties.status === 'stated' && r.evidence.length && r.evidence.every((e) => STATED_THEN_CORRECTED.test(e.sentence))) r.properties.status = 'disputed';
  }
}

/** "Y 계열 모델을 기반으로 만들어졌다는 의혹": a base phrase that names a whole family, no version of it. */
const FAMILY_BASE = /(?:계열|시리즈|패밀리)\s?모델(?:을|를)\s?(?:기반|바탕|토대)/;

/** True where no sentence the fact was read from writes the base by one of its own names (only a shorter family word: "Y를 바탕으로"). */
function namesBaseByFamilyOnly(acc: Acc, r: { target: string; evidence: { sentence: string }[] }): boolean {
  const base = acc.entities.get(r.target);
  const names = base ? writtenNames(base) : [];
  return names.length > 0 && r.evidence.every((e) => !names.some((n) => e.sentence.includes(n)));
}

/**
 * Drops a disputed base where another base is stated for the model, and one the claim names by a family word only
 * (a rumour that a model is "built on the Y family" or "built on Y", denied, names no model it was built on: the version
 * the article scores elsewhere is not what the rumour said).
 */
export function dropAnsweredDisputes(acc: Acc): void {
  for (const [k, r] of acc.relations) {
    if (r.type !== 'BASED_ON' || r.properties.status !== 'disputed') continue;
    if (r.evidence.length && (r.evidence.every((e) => FAMILY_BASE.test(e.sentence)) || namesBaseByFamilyOnly(acc, r))) acc.relations.delete(k);
    // (a model the article itself finds built from scratch — a table's "from scratch" row, a card's line — answers the rumour of a base;
    // a denial that says so itself, "…라는 소문이 돌았지만 … 처음부터 자체 학습한 모델이라고 밝혔다", leaves the base disputed)
    else if (isFoundFromScratch(acc, r.source) && !r.evidence.some((e) => SCRATCH_SAID.test(e.sentence))) acc.relations.delete(k);
  }
  const statedBase = new Map<string, Set<string>>();
  for (const r of acc.relations.values()) {
    if (r.type === 'BASED_ON' && r.properties.status === 'stated') statedBase.set(r.source, (statedBase.get(r.source) ?? new Set()).add(r.target));
  }
  if (!statedBase.size) return;
  for (const [k, r] of acc.relations) {
    if (r.type !== 'BASED_ON' || r.properties.status !== 'disputed') continue;
    const other = statedBase.get(r.source);
    if (other && !other.has(r.target)) acc.relations.delete(k);
  }
}

/** A from-scratch statement in the dispute's own sentence. */
const SCRATCH_SAID = /프롬\s?스크래치|from[\s-]scratch|처음부터|밑바닥부터|자체\s?(?:사전\s?)?학습/i;

/** True where the article states that the model was built from scratch (a property read or still pending). */
function isFoundFromScratch(acc: Acc, key: string): boolean {
  return acc.entities.get(key)?.properties.fromScratch === true || (acc.props.get(key) ?? []).some((p) => p.property === 'fromScratch' && p.value === true);
}

/** Right after a model's name: the particle that makes it its clause's topic or subject ("X는 ", "X가 "). */
const TOPIC_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:은|는|이|가)\s/;

/**
 * Right after a base's name: the base denied ("Y를 기반으로 하지 않았다", "Y를 바탕으로 만들지 않았다", "Y 기반이 아니다"),
 * or none of its weights used ("Y 계열 가중치를 쓰지 않았다", "Y 가중치는 단 하나도 쓰지 않았다").
 */
const BASE_DENIED_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:(?:을|를)\s?(?:기반|바탕|토대|베이스)(?:으로|로)\s(?:하지|삼지|만들지|개발하지|학습하지|학습시키지)\s?않|\s?(?:기반|바탕|베이스)(?:이|은|는)\s아니|(?:\s?(?:계열|시리즈|모델)(?:의)?)?\s?(?:가중치|웨이트)(?:를|는|은|도)\s(?:[가-힣]{1,4}\s){0,3}?(?:쓰지|사용하지|가져오지|가져다\s?쓰지|활용하지)\s?않)/;

/** A clause end or another model's topic between the model and the base: the denial is another clause's. */
const CLAUSE_BREAK = /[.?!]\s|(?:지만|는데|으나|면서|며|고),\s/;

/** The names an entity is written with in the article (one-letter forms are too loose to look for). */
function writtenNames(e: EntityDraft): string[] {
  return namesOf(e).filter((n) => n.length >= 2);
}

/** A size ending a model's name ("Qwen3-32B", "라마 3.1 8B"), with a joining space or hyphen. */
const SIZE_END = /[\s-]\d+(?:\.\d+)?[BbMm]$/;

/**
 * The names of the model lines the names belong to, their version left off ("큐웬3" → "큐웬"; a sized name gives its
 * version and its line: "Qwen3-32B" → "Qwen3", "Qwen"; a name with no version gives none).
 */
function lineStems(names: string[]): string[] {
  const unsized = names.map((n) => n.replace(SIZE_END, ''));
  const stems = [...unsized.filter((n, i) => n !== names[i]), ...unsized.map((n) => splitVersion(n)?.line).filter((n): n is string => n !== undefined)];
  return stems.filter((n) => n.length >= 2 && /[가-힣A-Za-z\d]$/.test(n) && /[가-힣A-Za-z]/.test(n));
}

/** True where `text` has "MODEL는 … BASE를 기반으로 하지 않았다" for one of the names given. */
function deniesBase(text: string, models: string[], bases: string[]): boolean {
  for (const m of models) {
    for (const at of occurrencesOf(text, m)) {
      const rest = text.slice(at + m.length, at + m.length + 80);
      if (!TOPIC_AFTER.test(rest)) continue;
      for (const b of bases) {
        const j = rest.indexOf(b);
        if (j >= 0 && !CLAUSE_BREAK.test(rest.slice(0, j)) && BASE_DENIED_AFTER.test(rest.slice(j + b.length, j + b.length + 40))) return true;
      }
    }
  }
  return false;
}

/** Right after a base's name: the claim of building on it, called baseless in the same breath ("Y를 기반으로 했다는 건 근거 없는 얘기"; "Y 기반이라는 이야기는 사실이 아니다" stays a disputed base). */
const CLAIM_REFUTED_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:을|를)\s?(?:기반|바탕|토대|베이스)(?:으로|로)\s?(?:했|한|만들었|만들어졌|개발했|삼았)다는\s(?:건|것은|주장은|얘기는|이야기는|말은|보도는|소문은|관측은|의혹은|설은)\s(?:[^.,\s]{1,10}\s)?(?:사실이\s아[니닙]|사실무근|근거\s?(?:가\s)?없|오보|낭설)/;

/** True where `text` names the base (one of `bases`) and calls the claim of building on it baseless right after. */
function refutesClaimOn(text: string, bases: string[]): boolean {
  return bases.some((b) => {
    for (const at of occurrencesOf(text, b)) if (CLAIM_REFUTED_AFTER.test(text.slice(at + b.length, at + b.length + 60))) return true;
    return false;
  });
}

/**
 * "…'X'가 'Y'를 기반으로 했다는 글이 퍼졌다. … "X는 Y를 기반으로 하지 않았다"": a base the article elsewhere denies by both
 * names, in a clause of its own, is no base of the model, whichever sentence first passed it on.
 */
export function dropBasesDeniedByName(acc: Acc, sentences: Sentence[]): void {
  for (const [k, r] of acc.relations) {
    if (r.type !== 'BASED_ON') continue;
    const model = acc.entities.get(r.source);
    const base = acc.entities.get(r.target);
    if (!model || !base) continue;
    const [models, bases] = [writtenNames(model), writtenNames(base)];
    // ("X는 큐웬 기반이 아니다" denies a base written 큐웬3 elsewhere: the line's name, its version left off)
    if (sentences.some((s) => s.block === 'body' && deniesBase(s.text, models, [...bases, ...lineStems(bases)]))) acc.relations.delete(k);
    // ("\"Y를 기반으로 했다는 건 근거 없는 얘기\"라며": the sentence the base was read from refutes that very claim)
    else if (r.evidence.length && r.evidence.every((e) => refutesClaimOn(e.sentence, bases))) acc.relations.delete(k);
  }
}

/**
 * Right after a base's name: the claim that the model was built on it, called untrue in the same breath by someone quoted
 * ("\"Y를 기반으로 했다는 이야기는 사실이 아니다\"라며", "\"… Y 기반이라는 주장은 사실무근\"이라고"): the maker's own word
 * (the article's own "…라는 주장은 사실이 아닙니다." with no base stated leaves the base disputed).
 */
const BASE_CLAIM_CALLED_UNTRUE = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:(?:을|를|에)\s?)?\s?(?:기반|바탕|토대|베이스)[^.,"”]{0,24}?(?:다는|라는|이라는)\s(?:이야기|얘기|주장|소문|루머|보도|설|말)(?:은|는)\s(?:전혀\s|결코\s)?(?:사실이\s아[니닙]|사실무근|근거가?\s없|오보|사실과\s다[르릅])[가-힣]{0,4}["”]\s?(?:이)?(?:라며|라고|라면서)/;

/**
 * "NAME 연구소장은 \"X가 Y를 기반으로 했다는 이야기는 사실이 아니다\"라고 말했다": a base read from a claim that someone
 * quoted in its own sentence calls untrue right after it is no base at all, not even a disputed one (the company itself
 * says no; a rumour told in one sentence and answered in another stays disputed).
 */
export function dropBasesCalledUntrue(acc: Acc): void {
  for (const [k, r] of acc.relations) {
    if (r.type !== 'BASED_ON' || r.properties.status !== 'disputed' || !r.evidence.length) continue;
    const base = acc.entities.get(r.target);
    const names = base ? writtenNames(base) : [];
    const untrue = (text: string) => names.some((n) => {
      for (const at of occurrencesOf(text, n)) if (BASE_CLAIM_CALLED_UNTRUE.test(text.slice(at + n.length, at + n.length + 60))) return true;
      return false;
    });
    if (r.evidence.every((e) => untrue(e.sentence))) acc.relations.delete(k);
  }
}
