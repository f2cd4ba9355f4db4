/**
 * An encyclopedia infobox's "Key people" rows ("Key people | Park Ji-won (CEO) | Choi Min-seo (CTO)"): each person,
 * named with a post in parentheses, works for the company the box is headed by (else the one the page is about).
 * So does a company event's list of its own people under "Participants" ("- Park Ji-won, Chief Executive Officer"):
 * each item a name and a chief officer's post after a comma, no company of its own.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import type { Mention, RuleSet } from './types.js';

/** The infobox label over the rows. */
/** (and a Korean infobox's head of the company, "대표자 | 문가람 (대표이사)": a box may give both rows) */
const KEY_PEOPLE = /^(?:Key people|Key persons|주요\s?인물|핵심\s?인물|대표자)$/i;
/** A company event's list of its people ("PARTICIPANTS", "Company participants"). */
const PARTICIPANTS = /^(?:Company\s)?(?:participants|presenters)$/i;
/** "- Park Ji-won, Chief Executive Officer", "• Dr. Choi Min-seo, CTO": a list item of a name and a chief officer's post alone. */
const PARTICIPANT_POST = /^[-•*]\s(?:Dr\.\s)?([A-Z][a-z]{1,12}(?:\s[A-Z][a-z]{1,12}(?:-[a-z]{2,8})?){1,2}),\s((?:Co-?)?(?:CEO|CTO|CFO|COO|CSO|CPO|CIO|CAIO)|Chief\s(?:[A-Z][a-z]+|AI)(?:\s[A-Z][a-z]+)?\sOfficer|President|(?:Co-?)?[Ff]ounder)$/;

/** "Park Ji-won (CEO)", "Oh Tae-gyun (Chief Scientist)", "김하늘 (대표이사)": a name and a company post in parentheses. */
const PERSON_POST = /^([A-Z][a-z]{1,12}(?:\s[A-Z][a-z]{1,12}(?:-[a-z]{2,8})?){1,2}|[가-힣]{2,4})\s?\(((?:Co-?)?(?:CEO|CTO|CFO|COO|CSO|CPO|CIO)|Chief\s[A-Z][a-z]+(?:\s(?:[A-Z][a-z]+|of|and)){0,3}|President|Chair(?:man|woman|person)?|(?:Co-?)?[Ff]ounder|Managing Director|Head of [A-Z][A-Za-z ]{2,30}|대표(?:이사)?|공동대표|회장|사장|부사장|최고[가-힣]{2,8}책임자|CEO\s?&\s?[A-Za-z ]{2,20})\)$/;

/** Adds WORKS_FOR the page's company for each "NAME (POST)" row under a "Key people" label (each "- NAME, POST" item under "Participants"). */
export function addKeyPeople(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], company: Mention | undefined): void {
  for (const [at, s] of sentences.entries()) if (s.text.length <= 22 && (KEY_PEOPLE.test(s.text.trim()) || PARTICIPANTS.test(s.text.trim()))) addRowsUnder(acc, rules, articleId, sentences, at, company);
}

/** The "NAME (POST)" or "- NAME, POST" rows under the label at `at`. */
function addRowsUnder(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], at: number, company: Mention | undefined): void {
  const keyPeople = KEY_PEOPLE.test(sentences[at]!.text.trim());
  const rowOf = keyPeople ? PERSON_POST : PARTICIPANT_POST;
  const before = sentences.slice(Math.max(0, at - 30), at);
  const owner = boxCompany(acc, before) ?? (company?.type === 'Company' ? company.key : undefined) ?? (keyPeople ? undefined : headingCompany(acc, before));
  if (!owner) return;
  for (let i = at + 1; i < Math.min(sentences.length, at + 12); i++) {
    const s = sentences[i]!;
    const row = rowOf.exec(s.text.trim());
    if (!row) break;
    const lead = s.text.indexOf(row[1]!);
    addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.key-people', 0.75), row[1]!, s.start + lead, s.start + lead + row[1]!.length, owner, { title: row[2]! });
  }
}

/** A legal-form mark before or after a company's name in a cell ("(주)", "㈜", "주식회사"). */
const LEGAL_MARK = /^(?:\(주\)|㈜|주식회사)\s?|\s?(?:\(주\)|㈜)$/g;

/** The company an infobox is headed by: the last line before its rows that is a company's name alone ("Dasol Works Inc."). */
function boxCompany(acc: Acc, lines: Sentence[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    // (a legal-form mark around the name is no part of it: "단비칩스(주)", "㈜다온", "주식회사 가람")
    const t = lines[i]!.text.trim().replace(LEGAL_MARK, '').trim();
    for (const e of acc.entities.values()) if (e.type === 'Company' && (t in e.names || e.aliases.includes(t))) return e.key;
  }
  return undefined;
}

/** An event's heading that opens on the company holding it, in any case ("ACME LABS INC. — 2026 INVESTOR DAY"): the first such line. */
function headingCompany(acc: Acc, lines: Sentence[]): string | undefined {
  for (const l of lines) {
    const t = l.text.trim().toUpperCase();
    for (const e of acc.entities.values()) {
      if (e.type !== 'Company') continue;
      const name = [...Object.keys(e.names), ...e.aliases].find((n) => n.length >= 6 && t.startsWith(n.toUpperCase()) && !/[A-Z0-9]/.test(t[n.length] ?? ''));
      if (name) return e.key;
    }
  }
  return undefined;
}
