/**
 * A company's own page on its people ("X를 이끄는 사람들", "X 리더십"): each person printed as a card, a heading that is
 * the name alone ("<h3>NAME</h3>"), then a line that is the post alone ("CTO · 공동창업자", "Chief Scientist", "CPO
 * 직무대행"), then a short bio. The cards name no company: the posts are at the company the page's title names, the
 * article's own subject. Two such cards at least; a bio's former employers give nothing here.
 * An event page's speaker cards do the same with the company on the post's line ("NAME" / "X · Solar LLM 리드", "X
 * 공동창업자 · CTO"): the person works for that company.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, addEntity, evidenceOf, type Acc } from './article-acc.js';
import { companyIn } from './engine/consortium-companies.js';
import { isKoreanName, isShortKoreanName } from './engine/person-names.js';
import type { Mention, RuleSet } from './types.js';
import { findMentions } from './engine/mentions.js';
import type { KnownName } from './engine/known-names.js';
import { EN_POST_CORE } from './engine/english-posts.js';
import { ASSOCIATION_NAME, SCHOOL_WORD } from './engine/company-words.js';

/** A Latin name alone ("Maria Lindqvist"). */
const LATIN_NAME = /^[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}$/;
/** A founder's note beside a post ("공동창업자", "Co-founder"), as a regex source: before the post on a card's line, or after it. */
const FOUNDER = String.raw`(?:공동\s?)?(?:창업자|창업주|설립자|(?:Co-?)?[Ff]ounder)`;
/**
 * A post alone: a founder's note before it and a middle dot ("공동창업자 · CTO"), up to two words before a post word (a
 * chief officer's glued on, "최고기술책임자(CTO)"), an acting mark, a founder's note after a middle dot.
 */
const CARD_POST = new RegExp(String.raw`^(?:${FOUNDER}\s?[·,]\s?)?(?:[가-힣A-Za-z&]{1,12}\s){0,2}(?:대표이사|대표|이사|사장|부사장|회장|의장|전무|상무|[가-힣]{0,6}책임자|[가-힣A-Za-z]장|리드|리더|매니저|디렉터|총괄|고문|C[A-Z]{1,3}O|VP|Scientist|Officer|Director|Lead|Head|President|Engineer)(?:\s?\([A-Za-z가-힣 ]{2,12}\))?(?:\s(?:직무대행|대행|CEO|CTO))?(?:\s?[·,]\s?${FOUNDER})?$`);
/** A post that is a board seat or an adviser's: not employment at the company. */
const NOT_STAFF = /사외이사|감사|고문|자문|Advis/;

/** A foreign name in Hangul, its Latin form in parentheses after it ("엠마 리 (Emma Lee)"). */
const GLOSSED_FOREIGN_NAME = /^([가-힣]{1,6} [가-힣]{1,6})\s?\([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\)$/;

function isNameAlone(text: string): boolean {
  return isKoreanName(text) || isShortKoreanName(text) || LATIN_NAME.test(text);
}

/** The person a leader card's name heading gives: the name alone, or a foreign name in Hangul glossed in Latin. */
function leaderName(text: string): string | undefined {
  return isNameAlone(text) ? text : GLOSSED_FOREIGN_NAME.exec(text)?.[1];
}

/** The founder's note a card's post line opens or closes on ("공동창업자 · ", " · Co-founder"): no part of the title. */
const FOUNDER_NOTE = new RegExp(String.raw`^${FOUNDER}\s?[·,]\s?|\s?[·,]\s?${FOUNDER}$`, 'g');

/** A heading over a company's people: its leadership, its executives, its team ("리더십", "경영진", "Leadership", "Our team"). */
const PEOPLE_HEADING = /^(?:(?:우리의?|Our)\s)?(?:리더십|경영진|임원진|팀 소개|구성원|Leadership(?: Team)?|Management(?: Team)?|Team|People)$/i;

/**
 * WORKS_FOR the page's company for each card of a name heading and a post line, where the title names that company or,
 * on the company's own page whose headline is a slogan, a leadership heading stands right over the first card.
 */
export function addLeaderCards(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], first: Mention[][], self: Mention | undefined): void {
  if (self?.type !== 'Company' || !acc.entities.has(self.key)) return;
  const t = sentences.findIndex((s) => s.block === 'title');
  const named = (n: string) => n.length >= 2 && sentences[t]!.text.includes(n);
  const titled = t >= 0 && ((first[t] ?? []).some((m) => m.key === self.key) || [self.surface, ...self.aliases].some(named));
  const cards: { name: Sentence; post: Sentence; person: string }[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    const name = sentences[i]!;
    const post = sentences[i + 1]!;
    const person = name.block === 'heading' && post.block === 'body' ? leaderName(name.text.trim()) : undefined;
    if (!person) continue;
    const p = post.text.trim();
    if (!CARD_POST.test(p) || NOT_STAFF.test(p) || (first[i + 1] ?? []).some((m) => m.type === 'Company')) continue;
    cards.push({ name, post, person });
  }
  const headed = (i: number) => i > 0 && sentences[i - 1]!.block === 'heading' && PEOPLE_HEADING.test(sentences[i - 1]!.text.trim());
  if (cards.length < 2 || !(titled || headed(sentences.indexOf(cards[0]!.name)))) return;
  for (const { name, post, person } of cards) {
    const text = person;
    const at = name.start + name.text.indexOf(text);
    const title = post.text.trim().replace(FOUNDER_NOTE, '');
    addEmployee(acc, rules, evidenceOf(articleId, post, 'works-for.leader-card', 0.7), text, at, at + text.length, self.key, { title });
  }
}

/** The end of a speaker's post after their company: a post word, maybe glossed in parentheses. */
const POST_END = new RegExp(String.raw`(?:대표이사|대표|이사|사장|회장|의장|전무|상무|책임자|[가-힣A-Za-z]장|리드|리더|매니저|디렉터|총괄|담당|창업자|연구원|엔지니어|개발자|C[A-Z]{1,3}O|VP|${EN_POST_CORE}|Officer|Head|President|Founder)(?:\s?\([^()]{1,12}\))?$`);
/** What the speaker does at the event or course, after the post ("수석연구원 · 주강사", "엔지니어 · 특강", "팀장 · 멘토"): no part of the post. */
const EVENT_ROLE_TAIL = /\s?[·|,/]\s?(?:주강사|보조\s?강사|강사|특강|멘토|연사|발표자?|좌장|패널|심사위원|사회자?|기조\s?연설|튜터|조교|진행)$/;
/** A former post or a plan is no post held now. */
const NOT_NOW = /(?:^|\s)(?:前|전|現|현)\s|출신|예정|former|ex-/i;

/** A course's staff card's name line: the name and what the person does in the course ("NAME 교수", "NAME 산업체 강사", "NAME 조교"). */
const COURSE_ROLE_LINE = /^([가-힣]{3,4})\s(?:(?:산업체|초빙|겸임|외부|특별)\s?)?(?:교수|강사|주강사|보조\s?강사|조교|튜터|멘토|연사)$/;

/** The name a card's name line gives, alone or with the person's role in the course; else undefined. */
export function cardName(text: string): string | undefined {
  if (isNameAlone(text)) return text;
  const m = COURSE_ROLE_LINE.exec(text);
  return m && isKoreanName(m[1]!) ? m[1]! : undefined;
}

/** A head's post, alone after the word before it: that word is the organisation the person heads ("X 대표", "X CTO", "X 공동창업자"). */
const HEAD_POST = /^(?:공동\s?)?(?:대표이사|대표|사장|C[A-Z]{1,3}O|창업자|설립자)$/;

/**
 * The company a speaker card's post line opens on that no list knows: one word, then a head's post alone ("X 대표", "X
 * CTO"): the post says the word is an organisation, as in "X 대표 NAME" (engine/discover-titled-heads.ts); a school, an
 * institute, an association or a generic word is none.
 */
function headedCompany(post: Sentence, rules: RuleSet): Mention | undefined {
  const line = /^(?:\(주\)|㈜)?\s?([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,15})\s(\S{2,8}(?:\s\S{2,6})?)$/.exec(post.text.trim());
  if (!line || !HEAD_POST.test(line[2]!) || ASSOCIATION_NAME.test(line[1]!) || new RegExp(SCHOOL_WORD).test(line[1]!)) return undefined;
  const m = companyIn(line[1]!, post, rules);
  if (m?.via !== 'discovered') return undefined;
  const at = post.text.indexOf(line[1]!);
  return { ...m, start: at, end: at + line[1]!.length };
}

/** WORKS_FOR for each speaker card: a name alone (or with its course role) on its line, then "COMPANY · POST" (two such cards at least, or one among a course's staff cards). */
export function addSpeakerCards(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], first: Mention[][], known: KnownName[] = []): void {
  const cards: { name: Sentence; post: Sentence; company: Mention; title: string; bio: boolean; person: string }[] = [];
  let staff = 0;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const name = sentences[i]!;
    const post = sentences[i + 1]!;
    const person = name.block === 'title' || post.block === 'title' ? undefined : cardName(name.text.trim());
    if (!person) continue;
    if (person !== name.text.trim()) staff++;
    // (the post's line may open on the company's legal-form mark: "㈜X 수석연구원")
    const lead = post.text.length - post.text.trimStart().replace(/^(?:\(주\)|㈜)\s?/, '').length;
    const opening = (ms: Mention[]) => ms.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.start === lead);
    // (a company the article discovered elsewhere, "X는 … 스타트업이고", opening the post's line: read with the article's names)
    const mentions = opening(first[i + 1] ?? []) || !known.length ? (first[i + 1] ?? []) : findMentions(post.text, rules, known);
    // (a company no list knows, its head's card: "NAME" / "X 대표")
    const company = opening(mentions) ?? (mentions.some((m) => m.type === 'Company') ? undefined : headedCompany(post, rules));
    if (!company) continue;
    // (a bio's opening sentence, "X 최고기술책임자(CTO). 카이스트에서 …", which the splitter may join to the next: up to its period)
    const opened = /^(.{1,40}?[^.\s])\.(?:\s|$)/.exec(post.text.slice(company.end));
    const line = opened ? opened[1]! : post.text.slice(company.end);
    const rest = /^\s?(?:[·|,/]\s?)?(.+)$/.exec(line.trimEnd())?.[1]?.trim().replace(EVENT_ROLE_TAIL, '');
    if (!rest || rest.length > 30 || !/^\s?[·|,/]|^\s/.test(post.text.slice(company.end)) || NOT_NOW.test(rest) || !POST_END.test(rest)) continue;
    if (mentions.some((m) => m !== company && m.type === 'Company')) continue;
    cards.push({ name, post, company, title: rest, bio: !!opened, person });
  }
  // (one card is enough where its line is a bio's opening sentence under the name, "NAME" / "X 최고기술책임자(CTO). …": an author's box;
  // or among two staff cards of a course, "NAME 교수" / "X대학교 Y학과" and "NAME 산업체 강사" / "㈜X 수석연구원")
  if (cards.length < 2 && !(cards.length === 1 && ((cards[0]!.bio && cards[0]!.name.block === 'heading') || staff >= 2))) return;
  for (const { name, post, company, title, person } of cards) {
    if (company.via === 'discovered' && !acc.entities.has(company.key)) addEntity(acc, company, rules, evidenceOf(articleId, post, 'works-for.speaker-card', 0.7));
    if (!acc.entities.has(company.key)) continue;
    const text = person;
    const at = name.start + name.text.indexOf(text);
    addEmployee(acc, rules, evidenceOf(articleId, post, 'works-for.speaker-card', 0.7), text, at, at + text.length, company.key, { title });
  }
}
