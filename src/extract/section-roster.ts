/**
 * A personnel page's sections ("■ X", then "◇상무 승진", "▲AI 성과리더 NAME ▲…" on lines of their own): the
 * heading line names only the company, and each roster line under it lists a post, then a name, with no company
 * of its own. The people of those lines work for the heading's company, until the next heading ("■ Y", "[동정]").
 * A company the page only lists appointments for, that no gazetteer knows, that the article ties to no model or
 * programme and whose section says nothing of AI (an insurer's, a shipbuilder's list on the same page) is no
 * company of the graph's, and its roster is left out.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { alternation, perRuleSet } from './engine/compile.js';
import type { FactEvidence, Mention, RuleSet } from './types.js';

/** A section heading's mark: "■ X", "□ X", "◆ X", "◎ X". */
const SECTION_MARK = /^\s?[■□◆◎]\s?/;
/**
 * A note closing a roster line, where the person came from or how the post is held: "… NAME (前 X 리서치)", "(전 X)",
 * "NAME(유임)", "NAME(신임·전 X 연구원)"; or the post held now ("NAME(現 최고운영책임자)", read on its own).
 */
const FORMER_NOTE = /\s?[(（](?:(?:前|전|現|현)\s[^()（）]{1,40}|(?:신임|유임|연임|승진|겸임|겸직|전보|선임)(?:[·ㆍ,]\s?(?:前|전)\s[^()（）]{1,40})?)[)）]\s?$/;
/** A personnel list's heading under a diamond: "◇카카오 AI 조직 인사", "◇X 임원 인사" (the company, then what the list is), or the company alone ("◇KT", a people column's list per company). */
const DIAMOND_ROSTER_HEADING = /^\s?◇\s?/;
/** After the company in such a heading: up to three words of what is appointed, then 인사. */
const ROSTER_HEADING_TAIL = /^\s(?:[가-힣A-Za-z]{1,8}\s){0,3}인사$/;
/** Or the kind of move in angle brackets: "◇X <임원 선임>", "◇X <전보>", "◇X 〈승진〉", "◇X <선임 예정>". */
const BRACKETED_MOVE = /^\s?[<〈《]\s?(?:[가-힣]{1,6}\s){0,2}(?:인사|선임|전보|승진|위촉|보임|임명|영입|발령|전입|신임|내정|승격)(?:\s[가-힣]{1,4})?\s?[>〉》]$/;
/** A bracketed column heading that ends the sections: "[동정]", "[부음]", "<인사>". */
const BRACKET_HEADING = /^\s?[[【〔<][^\]】〕>]{1,12}[\]】〕>]\s?$/;
/** A sentence of prose (a predicate's ending), not a roster line. */
const PROSE = /(?:다|요|함|음)[.!?]?["'”’)]?\s?$/;
/** Two posts held at once: "AI본부장 겸 최고기술책임자(CTO) 직무대행". */
const CONCURRENT = /\s겸\s/;
/** What may follow an item's name: the next item or the line's end, maybe after the name in Latin letters ("NAME(Jane Doe)"). */
const ITEM_END = /^(?:\s?[(（][A-Za-z][A-Za-z .'-]{1,40}[)）])?\s?(?:$|[▲△•◇◆])/;
/** A roster item's mark. */
const ITEM_MARK = /[▲△•◇◆]/g;
/** Words of the field in a section: what makes a company listed on a personnel page one of the graph's. */
export const AI_WORD = /AI|인공지능|모델|LLM|sLM|데이터|알고리즘|머신러닝|딥러닝/;

/** A post ending an item's text before the name: a title of the lexicon, or any "…장", maybe with a rank in brackets. */
export const POST_BEFORE = perRuleSet((rules: RuleSet) => new RegExp(`(?:${alternation(rules.lexicon.titles)}|[가-힣A-Za-z]장|책임자|리더|총괄)(?:\\s?\\([^()]{1,15}\\))?(?:\\s(?:직무대행|대행))?$`));

interface RosterItem {
  person: string;
  company: string;
  title: string;
  ev: FactEvidence;
}

export interface SectionRosters {
  /** The company of the open section. */
  company?: Mention;
  items: RosterItem[];
  /** Companies whose section names a word of the field. */
  fieldWords: Set<string>;
}

export function newSectionRosters(): SectionRosters {
  return { items: [], fieldWords: new Set() };
}

/** Reads one sentence: a heading opens or closes a section; a roster line under an open one lists its people. */
export function readSectionRoster(state: SectionRosters, articleId: string, s: Sentence, mentions: Mention[], rules: RuleSet): void {
  if (s.block === 'title') return;
  const named = mentions.filter((m) => m.via !== 'reference' && m.via !== 'blocked');
  const mark = SECTION_MARK.exec(s.text);
  if (mark || BRACKET_HEADING.test(s.text)) {
    const only = named.length === 1 && named[0]!.type === 'Company' && mark && named[0]!.start === mark[0].length && s.text.slice(named[0]!.end).trim() === '' ? named[0] : undefined;
    state.company = only;
    return;
  }
  const diamond = DIAMOND_ROSTER_HEADING.exec(s.text);
  const listed = diamond && named.length === 1 && named[0]!.type === 'Company' && named[0]!.start === diamond[0].length ? named[0]! : undefined;
  const tail = listed ? s.text.slice(listed.end).trimEnd() : '';
  if (listed && (tail === '' || ROSTER_HEADING_TAIL.test(tail) || BRACKETED_MOVE.test(tail))) {
    state.company = listed;
    return;
  }
  const company = state.company;
  if (!company) return;
  if (AI_WORD.test(s.text)) state.fieldWords.add(company.key);
  // (a company in the closing note is where the person was, not a company of the line)
  const end = FORMER_NOTE.exec(s.text)?.index ?? s.text.length;
  if (PROSE.test(s.text) || named.some((m) => m.type === 'Company' && m.start < end)) return;
  const persons = named.filter((m) => m.type === 'Person' && m.start < end);
  for (const p of persons) {
    // the item's text: from the last mark (or the line's start) to the name, and nothing but a new item or the end after it
    const before = s.text.slice(0, p.start);
    let from = 0;
    for (const m of before.matchAll(ITEM_MARK)) from = m.index + 1;
    // ("본부장 겸 CTO 직무대행 NAME": a concurrent post after 겸; the first post is the title)
    const posts = before.slice(from).trim().split(CONCURRENT);
    const title = posts[0]!;
    if (!title || posts.some((t) => t.length > 25 || !POST_BEFORE(rules).test(t)) || persons.some((o) => o !== p && o.start >= from && o.start < p.start)) continue;
    if (!ITEM_END.test(s.text.slice(p.end, end))) continue;
    state.items.push({ person: p.key, company: company.key, title, ev: evidenceOf(articleId, s, 'works-for.section-roster', 0.7) });
  }
}

/** The rosters' people work for their section's company, where that company is one of the graph's. */
export function addSectionRosters(acc: Acc, state: SectionRosters): void {
  const tied = new Set<string>();
  for (const r of acc.relations.values()) if (r.type !== 'WORKS_FOR') tied.add(r.source).add(r.target);
  for (const item of state.items) {
    const e = acc.entities.get(item.company);
    if (!e || !(e.discovered === false || tied.has(item.company) || state.fieldWords.has(item.company))) continue;
    addRelation(acc, { relation: 'WORKS_FOR', source: item.person, target: item.company, properties: { title: item.title } }, item.ev);
  }
}
