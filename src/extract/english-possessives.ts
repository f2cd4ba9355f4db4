/**
 * English possessive pronouns for a company: "Its chief executive, NAME, said …", "Its first model, Y, …", "… and its
 * consortium includes …" — "its" stands for the company the sentence (or, opening a sentence, the sentences before) is
 * about, so the relation patterns read it like the company's name ("X's chief executive, NAME,").
 */
import { referenceTo } from './references.js';
import type { Mention } from './types.js';

/** "its"/"Its" before a word for a post, a model or a consortium of the company (not a former post). */
const ITS = /(?<![A-Za-z])[Ii]ts(?=\s(?:(?:new|first|latest|current|founding|own|flagship)\s)?(?:chief\s[a-z]+(?:\s[a-z]+)?|CEO|CTO|CFO|COO|founder|co-founder|president|(?:[a-z]+\s)?model|successor|consortium|(?:(?:strategic|long-term|existing|technology|cloud|key|closest)\s)?(?:partnership|alliance)\swith)\b)/g;

/** "it" as the subject of a clause before the possessive: "Within a day it published …, and its …". */
const PRONOUN_SUBJECT = /(?:^|[,;]\s|^[A-Z][^,.;]{0,40}\s)[Ii]t\s(?:has\s|had\s|also\s|then\s)?[a-z]+(?:ed|s)\b/;

const CLAUSE_OPENING = /[,;]\s(?:and\s|but\s|while\s)?$/;

/** A company opening the sentence as its subject ("Upstage's response was …", "Seoul-based X said …", "X is …"). */
const SUBJECT_PREFIX = /^(?:(?:Meanwhile|However|Also|Still|Instead),\s)?(?:[A-Z][A-Za-z]+-based\s)?$/;
const SUBJECT_AFTER = /^(?:['’]s?\s|\s(?:is|was|has|had|did|does|said|says|released|launched|unveiled|announced|built|developed|also|leads|led|heads|headed|joined|won|signed|partnered|teamed|applied|plans|will)(?:n['’]t)?\b)/;
/** "KT, the country's second-largest carrier, did …": a described subject, its apposition before the verb. */
const SUBJECT_APPOSITION = /^,\s(?:the|a|an)\s[^,.;\uE000-\uE00F]{2,60},(?=\s)/;
/** "Upstage, for its part, has …": an aside between the subject and its verb. */
const SUBJECT_ASIDE = /^,\s(?:for\s(?:its|their)\spart|however|meanwhile|too|in\sturn|by\scontrast|in\scontrast|for\snow),(?=\s)/;

/** ", the country's largest mobile carrier, continues": an apposition of lower-case words describing the subject, then its verb. */
const APPOSED_SUBJECT_AFTER = /^,\s(?:the|a|an)\s[a-z'’\-]+(?:\s[a-z'’\-]+){0,6},\s(?:also\s|now\s)?[a-z]+(?:ed|es|s)\b/;

/** The company a sentence in English opens on as its subject, if any (also one described in apposition: "X, the country's largest carrier, continues …"). */
export function englishSubjectOf(text: string, ms: Mention[]): Mention | undefined {
  const first = ms.find((m) => m.end > m.start && m.via !== 'blocked');
  if (!first || first.type !== 'Company' || !SUBJECT_PREFIX.test(text.slice(0, first.start))) return undefined;
  if (APPOSED_SUBJECT_AFTER.test(text.slice(first.end, first.end + 90))) return first;
  const apposition = text[first.end] === ',' ? SUBJECT_APPOSITION.exec(text.slice(first.end, first.end + 72)) ?? SUBJECT_ASIDE.exec(text.slice(first.end, first.end + 24)) : null;
  const verbAt = first.end + (apposition ? apposition[0].length : 0);
  return SUBJECT_AFTER.test(text.slice(verbAt, verbAt + 12)) ? first : undefined;
}

/**
 * Adds a reference to the company "its" stands for: the sentence's own subject company when it opens on one before
 * the pronoun, else `before` (the subject of the sentences before); and one for "the company" as a subject (`before`, else
 * the page's company). Returns the company the sentence is about.
 */
export function addPossessiveReferences(text: string, ms: Mention[], before: Mention | undefined, page?: Mention): Mention | undefined {
  addCompanySubjectReference(text, ms, before ?? page);
  addKindSubjectReference(text, ms, before);
  addConsortiumSubjectReference(text, ms, before);
  addPronounPartnerReference(text, ms, before);
  if (!text.includes('ts ')) return englishSubjectOf(text, ms);
  const own = englishSubjectOf(text, ms);
  let added = false;
  for (const r of text.matchAll(ITS)) {
    const at = r.index!;
    // ("Within two days it published logs, and its chief executive, …": the pronoun subject is the company before)
    // (mid-sentence only where a clause opens on it: "…, and its chief executive, …"; "X released its first model, Y" is read as it stands)
    if (at > 0 && !CLAUSE_OPENING.test(text.slice(Math.max(0, at - 8), at))) continue;
    const company = own && own.end <= at ? own : at === 0 || PRONOUN_SUBJECT.test(text.slice(0, at)) ? before : undefined;
    if (!company || ms.some((m) => m.start < at + 3 && at < m.end)) continue;
    // (the reference covers "It", leaving the possessive "s" the patterns read after a company: "X's", "Xs")
    ms.push(referenceTo(company, at, at + 2));
    added = true;
  }
  if (added) ms.sort((a, b) => a.start - b.start);
  return own ?? (added && /^Its\s/.test(text) ? before : undefined);
}

/**
 * "In July 2025 the company applied to the government's X" (or "The company said it submitted an application for X"; or "It has signed …" opening the sentence): "the company" as the subject of a programme or partnership
 * verb, opening the sentence or after an opening phrase of time, stands for the company the sentences before are about
 * (or the page's own company).
 */
const THE_COMPANY_SUBJECT = /^(?:(?:In|On|By|Later|Earlier|That|This|Last)\b[^,.;\uE000-\uE00F]{0,30}?,?\s)?([Tt]he\s(?:company|firm|startup|start-up)|^It)\s(?:has\s|had\s)?(?:said\s(?:that\s)?it\s(?:had\s|has\s)?)?(?:also\s|then\s|later\s)?(?:applied\s(?:to|for)|submitted\s(?:its|an|a)\s(?:application|bid|proposal)|joined|signed|partnered\swith|teamed\sup\swith)\s/;

/** Adds a reference to `company` for "the company" as such a subject. */
function addCompanySubjectReference(text: string, ms: Mention[], company: Mention | undefined): void {
  if (!company || !text.includes('he company ') && !text.includes('he firm ') && !text.includes('he start') && !text.startsWith('It ')) return;
  const r = THE_COMPANY_SUBJECT.exec(text);
  if (!r) return;
  const at = r[0].indexOf(r[1]!);
  if (ms.some((m) => m.start < at + r[1]!.length && at < m.end) || ms.some((m) => m.type === 'Company' && m.end <= at && m.via !== 'blocked')) return;
  ms.push(referenceTo(company, at, at + r[1]!.length));
  ms.sort((a, b) => a.start - b.start);
}

/**
 * "The lab, which built …, said it had signed …", "The carrier deepened its partnership with …": a kind of company opening
 * the sentence as its subject stands for the company the sentences just before are about (`before`; never the page's
 * company, as "The company" may: a page on several companies names each by its kind).
 */
const THE_KIND_SUBJECT = /^(?:(?:Meanwhile|However|Also|Still|Instead),\s)?(The\s(?:lab|carrier|chipmaker|conglomerate|operator))(?=\s[a-z]+(?:ed|s)\b|,\s(?:which|who)\s)/;

/** Adds a reference to `company` for "The lab", "The carrier" as such a subject. */
function addKindSubjectReference(text: string, ms: Mention[], company: Mention | undefined): void {
  if (!company || !text.includes('The ')) return;
  const r = THE_KIND_SUBJECT.exec(text);
  if (!r) return;
  const at = r[0].length - r[1]!.length;
  if (ms.some((m) => m.start < at + r[1]!.length && at < m.end)) return;
  ms.push(referenceTo(company, at, at + r[1]!.length));
  ms.sort((a, b) => a.start - b.start);
}

/**
 * "SKT isn't doing it alone. The consortium includes A and B": "The consortium" opening a sentence on its members stands for
 * the consortium of the company the sentences before are about (`before`), read like "X's consortium includes …".
 */
const THE_CONSORTIUM_SUBJECT = /^The\s(?=consortium\s(?:also\s|now\s)?(?:includes|included|comprises|brings together|counts)\s)/;

/** Adds a reference to `company` for "The consortium" as such a subject. */
function addConsortiumSubjectReference(text: string, ms: Mention[], company: Mention | undefined): void {
  if (!company || !text.startsWith('The consortium ')) return;
  const r = THE_CONSORTIUM_SUBJECT.exec(text);
  if (!r || ms.some((m) => m.start < 3)) return;
  ms.push(referenceTo(company, 0, 3));
  ms.sort((a, b) => a.start - b.start);
}

/**
 * "Instead it has deepened a … partnership with Y": "it" opening a sentence (after an adverb) as the subject of a partnership
 * verb stands for the company the sentences before are about (`before`), read like "X has deepened a … partnership with Y".
 */
const IT_PARTNERSHIP_SUBJECT = /^(?:(?:Instead|Meanwhile|Now|Separately|Since then|Also|Still|Earlier|Later|In addition),?\s)?([Ii]t)\s(?=(?:has\s|had\s|also\s|now\s|since\s|recently\s){0,2}(?:signed|deepened|expanded|extended|struck|sealed|renewed|strengthened|broadened|formed|entered)\s(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\b(?:partnership|alliance|collaboration)\swith\s)/;

/** Adds a reference to `company` for "it" as such a subject. */
function addPronounPartnerReference(text: string, ms: Mention[], company: Mention | undefined): void {
  if (!company || !text.includes('with ')) return;
  const r = IT_PARTNERSHIP_SUBJECT.exec(text);
  if (!r) return;
  const at = r[0].length - 3;
  if (ms.some((m) => m.start < at + 2 && m.end > 0 && m.via !== 'blocked')) return;
  ms.push(referenceTo(company, at, at + 2));
  ms.sort((a, b) => a.start - b.start);
}
