/**
 * A model's technical report set as a section of a page (a leaderboard's paper summaries, a digest of reports): a heading
 * that titles the model's report ("X 2 Technical Report", "X-Math 기술 보고서") and, right under it, the report's byline of
 * its authors, the organisation that wrote it and a date ("NAME, NAME · ORG · 2026-11-02", "ORG AI팀 · 2026-07-14"). The
 * organisation that wrote a model's report is the model's maker.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { findMentions } from './engine/mentions.js';
import type { KnownName } from './engine/known-names.js';
import type { Mention, RuleSet } from './types.js';

/** After the model's name in the heading: the words for its report, and the line's end. */
const REPORT_TAIL = /^['"’”]?\s(?:Technical\sReport|Tech\sReport|기술\s?보고서|테크니컬\s?리포트|기술\s?리포트)\s*$/i;
/** A byline: maybe the authors, then the organisation (maybe its Latin name in brackets, maybe its team), then a date, set apart by middle dots. */
const BYLINE = /^(?:[^·]{1,80}\s·\s)?([^·]{2,40}?)(?:\s?\([A-Za-z][A-Za-z .&-]{1,30}\))?(?:\s(?:AI\s?팀|연구팀|연구소|팀|Team|Research))?\s·\s\d{4}[-.]\s?\d{1,2}[-.]\s?\d{1,2}\.?$/;

/** Adds DEVELOPED for each report heading whose byline under it names one company. */
export function addReportBylines(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], first: Mention[][], known: KnownName[]): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const head = sentences[i]!;
    if (head.block !== 'heading' && head.block !== 'title') continue;
    if (!/Report|보고서|리포트/i.test(head.text)) continue;
    // (the model may be known only from the page's other lines: its name is read with the page's known names)
    const models = mentionsOf(head.text, first[i], rules, known).filter((m) => m.type === 'Model' && m.via !== 'reference');
    if (models.length !== 1 || head.text.slice(0, models[0]!.start).trim() !== '' || !REPORT_TAIL.test(head.text.slice(models[0]!.end))) continue;
    const line = sentences[i + 1]!;
    const byline = BYLINE.exec(line.text.trim());
    const companies = mentionsOf(line.text, first[i + 1], rules, known).filter((m) => m.type === 'Company');
    if (!byline || companies.length !== 1 || !byline[1]!.includes(companies[0]!.surface)) continue;
    if (!acc.entities.has(companies[0]!.key) || !acc.entities.has(models[0]!.key)) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: companies[0]!.key, target: models[0]!.key, properties: {} }, evidenceOf(articleId, line, 'developed.report-byline', 0.7));
  }
}

/** A line's mentions: its first reading, or a reading with the page's known names when one of them is in it. */
function mentionsOf(text: string, bare: Mention[] | undefined, rules: RuleSet, known: KnownName[]): Mention[] {
  return known.some((k) => text.includes(k.name)) ? findMentions(text, rules, known) : (bare ?? []);
}
