/**
 * An English event page's speaker cards: a name alone on its line ("Dr. Ji-won Park", "Oliver (Tae-oh) Yun"), then
 * a role line with the post before the organisation ("Head of Speech, LG AI Research", "Co-founder & CTO,
 * X Labs"). The person works for the company that ends the role line, the post as the title. A former post ("Former
 * …", "ex-…") gives nothing, nor a role line whose organisation is no company (a ministry's division). Two such cards
 * at least: one name over one line is no card list.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import type { Mention, RuleSet } from './types.js';
import { EN_POST_CORE } from './engine/english-posts.js';

/** A Latin name alone: an academic title maybe, given names with a hyphen, a second name in parentheses. */
const EN_NAME = /^(?:(?:Dr|Prof)\.?\s)?([A-Z][a-z]+(?:-[a-z]+)?(?:\s\([A-Z][a-z]+(?:-[a-z]+)?\))?(?:\s[A-Z][a-z]+(?:-[a-z]+)?){1,2})$/;
/** The post before the company: capitalised words with a post word among them. */
const EN_POST = /^[A-Z][A-Za-z&.'\- ]{1,60}$/;
const POST_WORD = new RegExp(String.raw`\b(?:${EN_POST_CORE}|Head|Chief|C[A-Z]{1,2}O|Founder|[Cc]o-founder|Leader|President|VP|Officer|Architect|Fellow|Principal)\b`);
const NOT_NOW = /\b(?:[Ff]ormer|[Ee]x-|[Ff]ormerly|[Ii]ncoming|[Aa]dvis)/;

/** An official's role line: the post, maybe a division, then a ministry or an agency ("Director, Digital Policy Bureau, Ministry of X"). */
const OFFICIAL_ROLE = /^([A-Z][A-Za-z&.'\- ]{1,60}),\s(?:[A-Z][A-Za-z&.'\- ]{1,60},\s)?(?:the\s)?(?:Ministry|Department|Agency|Commission|Administration|Office)\sof\s[A-Z][A-Za-z,&.\- ]{1,60}$/;
/** After the official's name opening a bio sentence: what they run ("oversees the ", "leads "), the programme right after. */
const OVERSEES = /^\s(?:now\s|also\s|personally\s)?(?:oversees|leads|runs|heads|champions|spearheads|steers|directs)\s(?:the\s)?$/;
type Official = { name: string; nameAt: number; at: number };

/**
 * "Oliver (Jae-min) Cho" / "Director, Digital Policy Bureau, Ministry of X" / "Oliver oversees the P, …": an
 * official's card whose bio (the sentences up to the next name line) opens a sentence on the official's name or given name
 * and says they run a programme: the official promotes it (a denied or hedged statement gives nothing).
 */
function addOfficialPromotes(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], first: Mention[][], o: Official): void {
  const given = o.name.split(/\s/)[0]!;
  for (let j = o.at; j < sentences.length && j < o.at + 4; j++) {
    const s = sentences[j]!;
    if (EN_NAME.test(s.text.trim())) break;
    const opener = [o.name, given].find((n) => s.text.startsWith(n) && !/[A-Za-z]/.test(s.text.charAt(n.length)));
    const policy = opener ? (first[j] ?? []).find((m) => m.type === 'Policy' && OVERSEES.test(s.text.slice(opener.length, m.start))) : undefined;
    if (!policy || /\b(?:not|never|no longer|may|might|reportedly)\b/.test(s.text.slice(0, policy.start))) continue;
    const ev = evidenceOf(articleId, s, 'promotes.en-official-card', 0.65);
    const person = discoveredMention('Person', o.name, o.nameAt, o.nameAt + o.name.length);
    addEntity(acc, person, rules, ev);
    if (!acc.entities.has(policy.key)) addEntity(acc, policy, rules, ev);
    addRelation(acc, { relation: 'PROMOTES', source: person.key, target: policy.key, properties: {} }, ev);
    return;
  }
}

/** WORKS_FOR for each English speaker card whose role line ends on a company. */
export function addEnglishRoleCards(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], first: Mention[][]): void {
  const cards: { name: string; nameAt: number; post: Sentence; company: Mention; title: string }[] = [];
  const officials: Official[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    const [nameLine, post] = [sentences[i]!, sentences[i + 1]!];
    if (nameLine.block === 'title' || post.block === 'title') continue;
    const named = EN_NAME.exec(nameLine.text.trim());
    if (!named) continue;
    // (the company ends the line, its short form in parentheses maybe: "…Research Institute (ETRI)")
    const full = post.text.trimEnd();
    const text = full.replace(/\s?\([A-Z]{2,8}\)$/, '');
    const company = (first[i + 1] ?? []).find((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && (m.end === text.length || m.end === full.length));
    // (a role line that ends on a ministry or an agency is an official's card: see addOfficialPromotes)
    const office = company ? undefined : OFFICIAL_ROLE.exec(full);
    if (office && POST_WORD.test(office[1]!) && !NOT_NOW.test(office[1]!)) officials.push({ name: named[1]!, nameAt: nameLine.start + nameLine.text.indexOf(named[1]!), at: i + 2 });
    if (!company) continue;
    const head = /^(.+?),\s(?:The\s)?$/.exec(text.slice(0, company.start));
    const title = head?.[1]?.trim();
    if (!title || !EN_POST.test(title) || !POST_WORD.test(title) || NOT_NOW.test(title)) continue;
    if ((first[i + 1] ?? []).some((m) => m.type === 'Company' && m.key !== company.key && m.end <= company.start)) continue;
    cards.push({ name: named[1]!, nameAt: nameLine.start + nameLine.text.indexOf(named[1]!), post, company, title });
  }
  if (cards.length + officials.length < 2) return;
  for (const o of officials) addOfficialPromotes(acc, rules, articleId, sentences, first, o);
  for (const { name, nameAt, post, company, title } of cards) {
    const ev = evidenceOf(articleId, post, 'works-for.en-role-card', 0.7);
    if (!acc.entities.has(company.key)) addEntity(acc, company, rules, ev);
    addEmployee(acc, rules, ev, name, nameAt, nameAt + name.length, company.key, { title });
  }
}
