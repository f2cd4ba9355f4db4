/**
 * A company profile page's team section (a startup database's "팀", an about page's "경영진"): each line
 * under the heading opens with a person's name and the post they hold ("NAME 최고기술책임자(CTO) 전 X 연구원 ·
 * Y 박사"); the career after "전" is where they were before. The page is about one company (its title names
 * only it), so those posts are at that company.
 */
import type { Sentence } from '../parse/types.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import { isKoreanName } from './engine/person-names.js';
import type { Mention, RuleSet } from './types.js';
import { FULL_NAME } from './engine/full-name.js';
/** A full name glued to the word after it, opening a line. */
const GLUED_NAME = new RegExp(String.raw`^(${FULL_NAME})(?=[가-힣A-Z])`);

const TEAM_HEADING = /^(?:팀|팀원|팀 소개|구성원|경영진|임원진|주요 인력|핵심 인력|핵심 멤버|멤버|team|members|leadership|(?:meet|our) (?:the )?team|함께\s?(?:일할|일하는|하는|할)\s?(?:사람들|동료들?|팀원들?|멤버들?))(?:\s?\d{1,3})?$/i;
/** A team card written on one line, "NAME · POST — bio" (a job board's "함께 일할 사람들"): the bio may run on in prose. */
const CARD_LINE = /^([가-힣]{2,4}|[A-Z][a-z]{1,12}(?:\s[A-Z][a-z]{1,12}){1,2})\s·\s[^·—–]{1,30}?\s[—–]\s/;
/** Where the post ends: a former career ("전 …", "前 …"), a separator, or the line's end. */
const POST_END = /\s(?:전|前|현|現)\s|\s[·|—–]\s|\s?$/;
/** A post: a lexicon-like title at its end, maybe glossed in parentheses ("대표이사(CEO)", "리서치 리드"). */
const POST = /^(?:[가-힣A-Za-z ]{0,16}(?:대표|이사|책임자|사장|회장|의장|장|리드|리더|매니저|연구원|엔지니어|디렉터|총괄|C[A-Z]{1,3}O)|(?:Chief|Head of|Vice President of) [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?|(?:[A-Z][A-Za-z]+ )?(?:Lead|Manager|Director|Scientist|Engineer))(?:\s?\([A-Za-z가-힣 ]{2,20}\))?$/;
const PROSE = /[다요]\.?$/;
const NAME_GLOSS = /^\([A-Za-z][A-Za-z .\-]{1,30}\)\s?/;

/** "NAME POST 전 …": the person a team line opens with and the post right after the name. */
function memberOf(s: Sentence, mentions: Mention[]): { person: Mention; post: string } | undefined {
  const card = CARD_LINE.exec(s.text);
  if (!card && PROSE.test(s.text.trim())) return undefined;
  // (a card whose name and post are printed glued, "NAME프로덕트 총괄 (Head of Product)": a three-syllable Korean name, then the post)
  const glued = GLUED_NAME.exec(s.text);
  const person =
    mentions.find((m) => m.type === 'Person' && m.via !== 'reference' && m.start === 0) ??
    (glued && isKoreanName(glued[1]!) ? discoveredMention('Person', glued[1]!, 0, glued[1]!.length) : undefined) ??
    (card && (isKoreanName(card[1]!) || /^[A-Z]/.test(card[1]!)) ? discoveredMention('Person', card[1]!, 0, card[1]!.length) : undefined);
  if (!person || (s.text[person.end] !== ' ' && !(glued && person.end === glued[1]!.length))) return undefined;
  // (the longest run of words that reads as a post: "리서치 리드 X 개발 총괄" holds "리서치 리드")
  // (a romanised gloss after the name is skipped: "NAME (Romanised Name) POST")
  const rest = s.text.slice(s.text[person.end] === ' ' ? person.end + 1 : person.end).replace(NAME_GLOSS, '').replace(/^·\s/, '');
  const words = rest.slice(0, rest.search(POST_END)).trim().split(' ');
  const post = [4, 3, 2, 1].map((n) => words.slice(0, n).join(' ')).find((p) => POST.test(p));
  return post ? { person, post } : undefined;
}

/** WORKS_FOR for each member line under the team heading of a page about `owner`. */
/** (`self`, the company the page speaks for, owns only one-line cards: "NAME · POST — bio") */
export function addProfileTeam(acc: Acc, rules: RuleSet, articleId: string, owner: Mention | undefined, sentences: Sentence[], mentions: Mention[][], self?: Mention): void {
  const cardsOnly = !owner || !acc.entities.has(owner.key);
  if (cardsOnly && (!self || !acc.entities.has(self.key))) return;
  let inTeam = false;
  for (const [i, s] of sentences.entries()) {
    // (a plain-text page makes every short line a heading: a member's line is one too; a member card with a
    // photo reads as the photo's caption)
    const member = inTeam && s.block !== 'title' && (!cardsOnly || CARD_LINE.test(s.text)) ? memberOf(s, mentions[i] ?? []) : undefined;
    if (!member) {
      if (s.block === 'heading' || s.block === 'title') inTeam = TEAM_HEADING.test(s.text.trim());
      continue;
    }
    const { person, post } = member;
    const ev = evidenceOf(articleId, s, 'works-for.profile-team', 0.7);
    if (!acc.entities.has(person.key)) addEntity(acc, person, rules, ev);
    addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: (cardsOnly ? self! : owner!).key, properties: { title: post } }, ev);
  }
}
