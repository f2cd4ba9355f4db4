/**
 * An English event page's speaker cards: a name alone on its line ("Dr. Ji-won Park", "Oliver (Tae-oh) Yun"), then
 * a role line with the post before the organisation ("Head of Speech, LG AI Research", "Co-founder & CTO,
 * X Labs"). The person works for the company that ends the role line, the post as the title. A former post ("Former
 * …", "ex-…") gives nothing, nor a role line whose organisation is no company (a ministry's division). Two such cards
 * at least: one name over one line is no card list.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, addEntity, evidenceOf, type Acc } from './article-acc.js';
import type { Mention, RuleSet } from './types.js';

/** A Latin name alone: an academic title maybe, given names with a hyphen, a second name in parentheses. */
const EN_NAME = /^(?:(?:Dr|Prof)\.?\s)?([A-Z][a-z]+(?:-[a-z]+)?(?:\s\([A-Z][a-z]+(?:-[a-z]+)?\))?(?:\s[A-Z][a-z]+(?:-[a-z]+)?){1,2})$/;
/** The post before the company: capitalised words with a post word among them. */
const EN_POST = /^[A-Z][A-Za-z&.'\- ]{1,60}$/;
const POST_WORD = /\b(?:Head|Director|Chief|C[A-Z]{1,2}O|Founder|[Cc]o-founder|Engineer|Researcher|Scientist|Lead|Leader|Manager|President|VP|Officer|Architect|Fellow|Principal)\b/;
const NOT_NOW = /\b(?:[Ff]ormer|[Ee]x-|[Ff]ormerly|[Ii]ncoming|[Aa]dvis)/;

/** WORKS_FOR for each English speaker card whose role line ends on a company. */
export function addEnglishRoleCards(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], first: Mention[][]): void {
  const cards: { name: string; nameAt: number; post: Sentence; company: Mention; title: string }[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    const [nameLine, post] = [sentences[i]!, sentences[i + 1]!];
    if (nameLine.block === 'title' || post.block === 'title') continue;
    const named = EN_NAME.exec(nameLine.text.trim());
    if (!named) continue;
    // (the company ends the line, its short form in parentheses maybe: "…Research Institute (ETRI)")
    const full = post.text.trimEnd();
    const text = full.replace(/\s?\([A-Z]{2,8}\)$/, '');
    const company = (first[i + 1] ?? []).find((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && (m.end === text.length || m.end === full.length));
    if (!company) continue;
    const head = /^(.+?),\s(?:The\s)?$/.exec(text.slice(0, company.start));
    const title = head?.[1]?.trim();
    if (!title || !EN_POST.test(title) || !POST_WORD.test(title) || NOT_NOW.test(title)) continue;
    if ((first[i + 1] ?? []).some((m) => m.type === 'Company' && m.key !== company.key && m.end <= company.start)) continue;
    cards.push({ name: named[1]!, nameAt: nameLine.start + nameLine.text.indexOf(named[1]!), post, company, title });
  }
  if (cards.length < 2) return;
  for (const { name, nameAt, post, company, title } of cards) {
    const ev = evidenceOf(articleId, post, 'works-for.en-role-card', 0.7);
    if (!acc.entities.has(company.key)) addEntity(acc, company, rules, ev);
    addEmployee(acc, rules, ev, name, nameAt, nameAt + name.length, company.key, { title });
  }
}
