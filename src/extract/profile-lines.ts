/**
 * A social post's profile cards, read by the parse stage as lines "NAME — HEADLINE" (see
 * src/parse/profile-cards.ts): the headline names the person's current employer ("리서치 엔지니어 @
 * 네이버클라우드", "Product Lead at Upstage", "카카오 AI Safety 팀장", "Software Engineer, 퓨리오사AI"), while a
 * part marked as past ("ex-Upstage", "전 카카오", "前 네이버") names one they left. Only companies the
 * gazetteer knows or the article itself names are read: a headline's other words ("AI Research Engineer",
 * "프리랜서") are no company. The lines are kept out of the sentence rules, which would read a role's
 * words as names ("Solar LLM 팀 리드").
 */
import { normalizeName } from '../graph/index.js';
import type { Block, ParsedArticle, Sentence } from '../parse/types.js';
import { occurrencesOf } from '../parse/text.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import type { KnownName } from './engine/known-names.js';
import { findMentions } from './engine/mentions.js';
import type { Mention, RuleSet } from './types.js';
import { markSpoken, type Narrator } from './quoted.js';

const PROFILE_LINE = /^((?:[가-힣]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})) — (.+)$/;
/** A headline's part about a past post: "ex-Upstage", "전 카카오", "前 네이버", "former …", "previously …". */
const PAST_PART = /^(?:ex[-\s]|former\s|formerly\s|previously\s|전\s|前\s?|전직\s)/i;
/** Right before a company inside a part: a past marker ("… | Research @ ex-X"). */
const PAST_BEFORE = /(?:ex-|ex\s|former\s|전\s|前\s?)$/i;

/** The blocks that are profile lines (empty when the page printed no profile cards). */
export function profileBlocks(parsed: ParsedArticle): Block[] {
  if (!parsed.profiles?.length) return [];
  const lines = new Set(parsed.profiles);
  return parsed.blocks.filter((b) => b.kind === 'body' && lines.has(b.text));
}

/** True when the sentence lies in one of the profile blocks. */
export function inProfileBlock(s: Sentence, blocks: readonly Block[]): boolean {
  return blocks.some((b) => s.start >= b.start && s.end <= b.end);
}

/** "CTO at X", "Head of LLM @ X(Latin)": a headline's employer after 'at' or '@', at the end of its part. */
const AT_EMPLOYER = /(?:\sat|\s@)\s([가-힣]{2,8}|[가-힣]{1,6}[A-Z]{1,3}|[A-Z][A-Za-z0-9]{1,15})(\s?\([A-Za-z][A-Za-z0-9 .&-]{1,30}\))?$/;
/** "X 공동창업자 겸 대표이사(CEO)", "X 대표이사", "X CTO": the employer before a founder's or an executive's title. */
const TITLED_EMPLOYER = /^([가-힣]{2,8}|[A-Z][A-Za-z0-9]{1,15})(?:\s?\([A-Za-z][A-Za-z0-9 .&-]{1,30}\))?\s(?:공동\s?창업자|창업자|대표이사|CEO|CTO|CFO|COO|Co-?founder|Founder)(?![가-힣A-Za-z])/;
/** "X · AI실장", "X | 대표": a conference card's employer, then a dot or a bar and the post. */
const DOTTED_EMPLOYER = /^([가-힣]{2,8}|[A-Z][A-Za-z0-9]{1,15}|[가-힣]{1,6}[A-Z]{1,3})\s[·∙]\s[가-힣A-Za-z]/;
/** Words a headline puts where an employer would stand that name no company. */
const NOT_EMPLOYER = /^(?:프리랜서|스타트업|회사|기업|Freelance|Freelancer|Self|Stealth|Startup|Company|Home)$|(?:대학교|대학|대|병원|재단|협회|학회|청|부|처)$/;

/**
 * Employers the profile headlines name that no gazetteer lists ("CTO at 딥노드", "딥노드 공동창업자 겸 대표이사"): a
 * company, where two cards name it or the page names it outside the cards too. Read as the article's known names,
 * so the post's sentences find it as well.
 */
export function profileCompanyNames(blocks: readonly Block[], text: string): string[] {
  const counts = new Map<string, number>();
  const glossed = new Set<string>();
  for (const b of blocks) {
    const headline = PROFILE_LINE.exec(b.text)?.[2];
    if (!headline) continue;
    for (const part of headline.split(' | ')) {
      const t = part.trim();
      if (PAST_PART.test(t)) continue;
      // ("Lead Researcher @ X(Latin) · 관심사 · …": a bio's first dotted part, the post at its employer)
      const at = AT_EMPLOYER.exec(t) ?? (DOTTED_EMPLOYER.test(t) ? null : AT_EMPLOYER.exec(t.split(' · ')[0]!));
      const name = (at ?? TITLED_EMPLOYER.exec(t) ?? DOTTED_EMPLOYER.exec(t))?.[1];
      if (!name || NOT_EMPLOYER.test(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      // (an employer glossed in Latin, "@ 바름랩(Bareum Lab)", is a company's name though no other card names it)
      if (at?.[2]) glossed.add(name);
    }
  }
  const outside = (name: string) => {
    let n = 0;
    n += occurrencesOf(text, name).filter((at) => !blocks.some((b) => at >= b.start && at < b.end)).length;
    return n;
  };
  return [...counts].filter(([name, n]) => n >= 2 || glossed.has(name) || outside(name) > 0).map(([name]) => name);
}

/** A post's writer speaking for their team or company ("저희 팀이", "저희가 선정되면서", "우리 팀"). */
const FIRST_PERSON_TEAM = /(?<![가-힣])(?:저희|우리\s?팀|우리\s회사)(?=[가-힣\s])/;

/**
 * A social post whose writer's own profile card names their employer ("박민지 — Head of LLM @ X", the page's author
 * 박민지) and whose body speaks in the first person ("저희 팀이 … 올렸습니다"): the body is that company's voice, as a
 * company blog's is (its subjectless sentences are about it). The body is marked as speech.
 */
export function profilePoster(parsed: ParsedArticle, blocks: readonly Block[], sentences: Sentence[], rules: RuleSet, acc: Acc): Narrator | undefined {
  const author = parsed.meta.author;
  if (!author || !blocks.length) return undefined;
  const body = sentences.filter((s) => s.block === 'body');
  if (!body.some((s) => FIRST_PERSON_TEAM.test(s.text))) return undefined;
  const named = new Set(profileCompanyNames(blocks, parsed.text));
  for (const b of blocks) {
    const m = PROFILE_LINE.exec(b.text);
    if (!m || m[1] !== author) continue;
    const offset = m[1].length + 3;
    const mentions = findMentions(b.text, rules, [...named].map((name) => ({ name, type: 'Company' as const, key: `company:~${normalizeName(name)}` })));
    const company = readEmployer(m[2]!, offset, mentions, acc, named);
    if (!company) return undefined;
    markSpoken(body);
    return { company, sentence: { index: -1, text: b.text, start: b.start, end: b.end, block: 'body' }, voice: true };
  }
  return undefined;
}

/** The company a headline names as the current employer: the first outside a past part. */
function readEmployer(headline: string, offset: number, mentions: Mention[], acc: Acc, named: ReadonlySet<string>): Mention | undefined {
  let at = 0;
  for (const part of headline.split(' | ')) {
    const start = offset + at;
    at += part.length + 3;
    if (PAST_PART.test(part.trim())) continue;
    const company = mentions.find(
      (m) => m.type === 'Company' && m.via !== 'blocked' && m.start >= start && m.end <= start + part.length &&
        (m.via === 'gazetteer' || acc.entities.has(m.key) || named.has(m.surface)) && !PAST_BEFORE.test(headline.slice(0, m.start - offset)),
    );
    if (company) return company;
  }
  return undefined;
}

/** Adds each profile card's person, and the employer their headline names (WORKS_FOR, rule works-for.profile-headline). */
export function addProfileEmployers(acc: Acc, rules: RuleSet, articleId: string, blocks: readonly Block[], known: KnownName[], text: string): void {
  const named = new Set(profileCompanyNames(blocks, text));
  for (const b of blocks) {
    const m = PROFILE_LINE.exec(b.text);
    if (!m) continue;
    const offset = m[1]!.length + 3;
    const mentions = findMentions(b.text, rules, known);
    const company = readEmployer(m[2]!, offset, mentions, acc, named);
    const s: Sentence = { index: -1, text: b.text, start: b.start, end: b.end, block: 'body' };
    const person = discoveredMention('Person', m[1]!, 0, m[1]!.length);
    // (the card names a person even where the headline names no company: "공공기관 책임연구원")
    addEntity(acc, person, rules, evidenceOf(articleId, s, 'mention', 1));
    if (!company) continue;
    const ev = evidenceOf(articleId, s, 'works-for.profile-headline', 0.7);
    addEntity(acc, company, rules, ev);
    addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: company.key, properties: {} }, ev);
  }
}
