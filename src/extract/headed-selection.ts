/**
 * A counted group of selected teams, introduced one by one under headings later. One body sentence says the group as a
 * whole takes part in a programme ("선발팀 4곳은 모두 이 사업의 지원 대상으로 확정됐다", "선정된 세 개 팀은 '…' 프로그램에도
 * 참여한다"), and the headings after it each open on one company ("1. A — 한 줄 소개", "② B", "C: …"), as many of them
 * in a row as the group's count: each of those companies takes part in the programme. A count that does not match the
 * headings, a group said to have declined, a plan or a doubt, gives nothing.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { isSpoken } from './quoted.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { Mention, RuleSet } from './types.js';

/** The group: selected teams or companies, counted ("선발팀 5곳은", "선정된 4개 기업은", "합류한 세 팀은"); the count in group 1. */
const COUNTED_GROUP = /(?:선발|선정|뽑힌|합격|최종)\s?(?:된\s|한\s)?(?:팀|기업|업체|스타트업|회사|곳)?(?:들)?\s?(\d{1,2}|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:곳|개사|개\s?팀|팀|개\s?(?:기업|업체|스타트업))(?:은|는|이|가|도)\s/;
/** What the sentence says of the group: in the programme, its participants or its selected ones. */
const TAKES_PART = /지원\s?대상|참여|참가|합류|선정(?:됐|되었|돼|된)|확정(?:됐|되었|돼|된)|포함(?:됐|되었|돼)/;
/** A denial, a plan, a doubt or a withdrawal: the group takes no part (yet). */
const NOT_PART = /않았|않는|않기로|않고|없다|없었|검토|예정|계획|불참|탈락|사양|포기|철회|여부/;
const KOREAN_COUNTS: Record<string, number> = { 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 };
/** Before a heading's company: an item number or mark only ("1. ", "② ", "[3] ", "#4 ", "■ "). */
const HEAD_NUMBER = /^\s?(?:\d{1,2}\s?[.):]|[①-⑳]|\[\d{1,2}\]|#\d{1,2}|(?:Team|TEAM|팀)\s?\d{1,2}\s?[.:)]?|[■□◆◇▶●○•-])?\s?$/;
/** After a heading's company: the heading's end, or a separator before its line of description. */
const HEAD_TAIL = /^\s?(?:\([^()]{1,30}\))?\s?(?:$|[—–:|·]|-\s)/;

function usable(m: Mention): boolean {
  return m.via !== 'blocked' && m.via !== 'reference' && m.via !== 'anonymous';
}

/** The company a heading opens on as its whole subject ("1. A — …"), if any. */
function headingCompany(s: Sentence, mentions: readonly Mention[]): Mention | undefined {
  const m = mentions.find((x) => usable(x));
  return m?.type === 'Company' && HEAD_NUMBER.test(s.text.slice(0, m.start)) && HEAD_TAIL.test(s.text.slice(m.end)) ? m : undefined;
}

/** The companies of the first run of company headings after `from`: headings in a row, body text between them allowed. */
function headedCompanies(sentences: readonly Sentence[], first: readonly Mention[][], from: number, rules: RuleSet, known: KnownName[]): Mention[] {
  const run: Mention[] = [];
  for (let i = from; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.block !== 'heading') continue;
    // (a company the body names is found in a heading before it too)
    const c = headingCompany(s, known.some((k) => s.text.includes(k.name)) ? findMentions(s.text, rules, known) : (first[i] ?? []));
    if (c) run.push(c);
    else if (run.length) break;
  }
  return run;
}

/** The one programme the sentence names, or else the one the sentence before names. */
function programmeOf(s: ParagraphSentence, before: ParagraphSentence | undefined): string | undefined {
  for (const t of [s, before]) {
    const keys = new Set((t?.mentions ?? []).filter((m) => m.type === 'Policy' && m.via !== 'blocked').map((m) => m.key));
    if (keys.size) return keys.size === 1 ? [...keys][0] : undefined;
  }
  return undefined;
}

/** Adds PARTICIPATES_IN for the companies headed one by one after a sentence putting their counted group in a programme. */
export function addHeadedSelection(acc: Acc, articleId: string, sentences: readonly Sentence[], first: readonly Mention[][], body: readonly ParagraphSentence[], rules: RuleSet, known: KnownName[]): void {
  for (const [j, s] of body.entries()) {
    const group = COUNTED_GROUP.exec(s.text);
    if (!group || isSpoken(s) || !TAKES_PART.test(s.text.slice(group.index)) || NOT_PART.test(s.text)) continue;
    // (a group whose companies the sentence names itself is read by the sentence's own rules)
    if (s.mentions.some((m) => m.type === 'Company' && usable(m))) continue;
    const programme = programmeOf(s, body[j - 1]);
    const at = sentences.findIndex((x) => x.start === s.start);
    if (!programme || at < 0 || !acc.entities.has(programme)) continue;
    const count = KOREAN_COUNTS[group[1]!] ?? Number(group[1]);
    const companies = headedCompanies(sentences, first, at + 1, rules, known);
    if (companies.length !== count || new Set(companies.map((c) => c.key)).size !== count) continue;
    const ev = evidenceOf(articleId, s, 'participates.headed-selection', 0.65);
    for (const c of companies) if (acc.entities.has(c.key)) addRelation(acc, { relation: 'PARTICIPATES_IN', source: c.key, target: programme, properties: {} }, ev);
  }
}
