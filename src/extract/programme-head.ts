/**
 * A notice's or a disclosure's line on who runs the programme it is about: "5. 사업 총괄 : NAME 기관 국장", "사업 총괄
 * 책임자는 NAME 실장이며": the official named there promotes the one programme the page names. So does a ministry's official
 * said to run the programme's evaluation or the programme itself ("과기정통부 NAME 정책실장이 실무 평가를 총괄합니다").
 */
import type { Sentence } from '../parse/types.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { addPerson } from './engine/person-names.js';
import { alternation, perRuleSet } from './engine/compile.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import { MINISTRY_NAME } from './korean.js';
import type { Mention, RuleSet } from './types.js';
import { FULL_NAME } from './engine/full-name.js';
/** A full name as a word; a full name ending a field (maybe with a note in brackets). */
const NAME_WORD = new RegExp(String.raw`(?<![가-힣])(${FULL_NAME})(?=\s)`, 'g');
const NAME_ENDING = new RegExp(String.raw`(?<=\s)(${FULL_NAME})\s?(?:\([^()]*\))?$`);

/** Before the person: the label of the programme's head, as a field ("사업 총괄 :", "사업담당자:") or as the subject of a copula ("사업 총괄 책임자는 "). */
const HEAD_LABEL = /(?:^|\s|\d\.\s?)사\s?업\s?(?:총\s?괄(?:\s?(?:책임자|담당자|기관장))?|담당자|책임자)\s?(?:[:：]\s?|(?<=자)(?:는|은)\s)$/;
/** After the person: an official's title (or a unit's head: "…혁신실장", "…본부장"), closing the field or the copula ("… 디지털도시국장", "… 실장이며"). */
const headTitle = perRuleSet((rules: RuleSet) => new RegExp(`^\\s(?:[가-힣A-Za-z·]{1,20}\\s){0,2}[가-힣]{0,10}(?:${alternation(rules.lexicon.officialTitles)}|실장|본부장|단장|원장)(?:$|\\s?[(,]|(?:이며|이고|이다|입니다|으로|이)(?:[\\s,.]|$))`));

/** PROMOTES from the official a programme-head line names to the page's one programme. */
export function addProgrammeHeads(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[]): void {
  if (!sentences.some((s) => /총\s?괄|사\s?업\s?(?:담당자|책임자)/.test(s.text))) return;
  const policies = new Set<string>();
  const heads: { key: string; s: Sentence; evaluation: boolean }[] = [];
  for (const s of sentences) {
    const ms = findMentions(s.text, rules, known);
    for (const m of ms) if (m.type === 'Policy') policies.add(m.key);
    const labelled = ms.find((m) => m.type === 'Person' && HEAD_LABEL.test(s.text.slice(Math.max(0, m.start - 30), m.start)) && headTitle(rules).test(s.text.slice(m.end, m.end + 50))) ?? unlistedHead(s, ms, rules) ?? fieldHeadAfterTitle(s, ms, rules);
    const person = labelled ?? evaluationHead(s, ms, rules);
    if (!person) continue;
    if (person.via === 'discovered') addEntity(acc, person, rules, evidenceOf(articleId, s, labelled ? 'promotes.programme-head-line' : 'promotes.evaluation-head', 0.6));
    heads.push({ key: person.key, s, evaluation: !labelled });
  }
  // (an evaluation's head, on a page whose names of one programme read apart: the one programme its companies take part in)
  const joined = new Set([...acc.relations.values()].filter((r) => r.type === 'PARTICIPATES_IN').map((r) => r.target));
  // (a notice's field naming its project, "사업명: …", "공고명: …": the programme its head line runs, beside a plan its background cites)
  const named = policies.size > 1 ? fieldProgramme(sentences, known, rules) : undefined;
  if (named) for (const h of heads) if (!h.evaluation) addRelation(acc, { relation: 'PROMOTES', source: h.key, target: named, properties: {} }, evidenceOf(articleId, h.s, 'promotes.programme-head-line', 0.6));
  if (policies.size !== 1) {
    if (joined.size === 1) for (const h of heads) if (h.evaluation) addRelation(acc, { relation: 'PROMOTES', source: h.key, target: [...joined][0]!, properties: {} }, evidenceOf(articleId, h.s, 'promotes.evaluation-head', 0.6));
    return;
  }
  for (const h of heads) addRelation(acc, { relation: 'PROMOTES', source: h.key, target: [...policies][0]!, properties: {} }, evidenceOf(articleId, h.s, h.evaluation ? 'promotes.evaluation-head' : 'promotes.programme-head-line', 0.6));
}

/** A name no reader took, right after the label and before an official's title ("사업 총괄 책임자는 NAME 혁신실장이며"). */
function unlistedHead(s: Sentence, ms: Mention[], rules: RuleSet): Mention | undefined {
  for (const m of s.text.matchAll(NAME_WORD)) {
    if (!HEAD_LABEL.test(s.text.slice(Math.max(0, m.index - 30), m.index)) || !headTitle(rules).test(s.text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 50))) continue;
    const found: Mention[] = [];
    addPerson(s.text, ms, found, m[1]!, m.index);
    if (found[0]) return { ...found[0], start: s.start + m.index, end: s.start + m.index + m[1]!.length };
  }
  return undefined;
}

/** Before the person: a ministry's (or an agency's) name ("과기정통부 ", "과학기술정보통신부 "). */
const MINISTRY_BEFORE = new RegExp(`(?:^|\\s)${MINISTRY_NAME}\\s$`);
/** After the official's title and particle: running the programme's evaluation, selection or the programme itself. */
const RUNS_PROGRAMME = /^(?:[가-힣]{1,6}\s){0,2}?(?:실무\s|전체\s)?(?:평가|심사|선정\s?평가|선정|사업|프로젝트)(?:를|을)?\s(?:총괄|지휘|진두지휘)(?:합니다|한다|했다|하고|하며|해|하는|했습니다)(?=[\s,.]|$)/;

/** "과기정통부 NAME 인공지능정책실장이 실무 평가를 총괄합니다": a ministry's official who runs the programme's evaluation. */
function evaluationHead(s: Sentence, ms: Mention[], rules: RuleSet): Mention | undefined {
  if (!s.text.includes('총괄') && !s.text.includes('지휘')) return undefined;
  for (const m of ms) {
    if (m.type !== 'Person' || !MINISTRY_BEFORE.test(s.text.slice(Math.max(0, m.start - 16), m.start))) continue;
    const title = headTitle(rules).exec(s.text.slice(m.end, m.end + 50));
    if (!title || !/(?:이|가|은|는)\s$/.test(title[0])) continue;
    if (RUNS_PROGRAMME.test(s.text.slice(m.end + title[0].length, m.end + title[0].length + 40))) return m;
  }
  return undefined;
}

/** "사업책임자: 행정안전부 디지털정부기반과장 NAME": the head's field giving the ministry and the official's title before the name, which ends the field. */
const fieldTitleBefore = perRuleSet((rules: RuleSet) => new RegExp(`(?:^|\\s)사\\s?업\\s?(?:총\\s?괄\\s?)?(?:책임자|담당자)\\s?[:：]\\s?(?:${MINISTRY_NAME}\\s)?[가-힣]{0,12}(?:${alternation(rules.lexicon.officialTitles)}|과장|실장|본부장|단장)\\s$`));

/** The person a head's field names after the ministry and the title. */
function fieldHeadAfterTitle(s: Sentence, ms: Mention[], rules: RuleSet): Mention | undefined {
  const read = ms.find((m) => m.type === 'Person' && /^\s?(?:$|\()/.test(s.text.slice(m.end)) && fieldTitleBefore(rules).test(s.text.slice(Math.max(0, m.start - 50), m.start)));
  // (or a name no reader took, ending the field)
  const m = read ? undefined : NAME_ENDING.exec(s.text);
  if (read || !m || !fieldTitleBefore(rules).test(s.text.slice(Math.max(0, m.index - 50), m.index))) return read;
  const found: Mention[] = [];
  addPerson(s.text, ms, found, m[1]!, m.index);
  return found[0] ? { ...found[0], start: s.start + m.index, end: s.start + m.index + m[1]!.length } : undefined;
}

/** The one programme a notice's "사업명:" or "공고명:" field names. */
function fieldProgramme(sentences: Sentence[], known: KnownName[], rules: RuleSet): string | undefined {
  const keys = new Set<string>();
  for (const s of sentences) if (/^(?:사업명|공고명)\s?[:：]/.test(s.text)) for (const m of findMentions(s.text, rules, known)) if (m.type === 'Policy') keys.add(m.key);
  return keys.size === 1 ? [...keys][0] : undefined;
}
