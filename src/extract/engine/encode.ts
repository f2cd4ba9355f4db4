/**
 * Encodes a sentence for the patterns: one token per mention (its type's private-use character,
 * its index, an end mark) and per number (a SCORE token); quotes dropped.
 */
import { leadStampLength } from '../../parse/bullets.js';
import type { Mention } from '../types.js';
import { END_CHAR, TYPE_CHAR } from './compile.js';
import { noteAfter } from './mention-notes.js';
import { CLASS_YEAR_PAREN } from './person-names.js';

export interface EncodedSentence {
  encoded: string;
  /** Token index → mention (entities) or number text (SCORE tokens). */
  mentions: Mention[];
  numbers: string[];
  types: Set<string>;
  tokenStarts: number[];
}

const QUOTES = /['"‘’“”「」『』`]/g;
/** A term's English gloss in parentheses, in lower case ("처음부터(from scratch)", "추가 사전학습(continued pre-training)"): no part of what the rules read. */
const TERM_GLOSS = /(?<=[가-힣])\s?\((?:[a-z][a-z-]{1,20})(?:\s[a-z][a-z-]{1,20}){0,3}\)/g;
const HAS_DIGIT = /\d/;
const NUMBER = /(?<![A-Za-z0-9.\uE000-\uE00F])\d+(?:,\d{3})*(?:\.\d+)?(?![A-Za-z0-9]|\.\d)/g;

/** The encoding under construction. */
interface Encoding {
  out: string;
  numbers: string[];
  tokenStarts: number[];
}

/**
 * A round figure in words or digits that glosses the exact score after it ("칠십 점을 조금 넘긴 70.4점", "80점대 초반인 81.2점"):
 * no part of what the rules read, which see the exact score alone.
 */
const ROUND_GLOSS = /(?<![가-힣0-9.])(?:[일이삼사오육칠팔구십백]{1,4}\s?점|\d{1,3}\s?점(?:대(?:\s?(?:초반|중반|후반))?)?)(?:을|를)?\s(?:(?:조금|살짝|소폭|약간|훌쩍)\s)?(?:넘긴|넘은|넘어선|웃도는|웃돈|밑도는|밑돈|상회하는|하회하는|인)\s(?=\d)/g;

/** Appends plain text, quotes and round glosses dropped and numbers turned into SCORE tokens. */
function pushText(e: Encoding, raw: string): void {
  const unquoted = (raw.includes('(') ? raw.replace(TERM_GLOSS, '') : raw).replace(QUOTES, '');
  const s = unquoted.includes('점') ? unquoted.replace(ROUND_GLOSS, '') : unquoted;
  if (!HAS_DIGIT.test(s)) {
    e.out += s;
    return;
  }
  let last = 0;
  NUMBER.lastIndex = 0;
  for (let n = NUMBER.exec(s); n; n = NUMBER.exec(s)) {
    e.out += s.slice(last, n.index);
    e.tokenStarts.push(e.out.length);
    e.numbers.push(n[0]);
    e.out += `${TYPE_CHAR.SCORE}${e.numbers.length - 1}${END_CHAR}`;
    last = n.index + n[0].length;
  }
  e.out += s.slice(last);
}

/** "솔트룩스(304100) 역시 …", "루시아 3 역시 …": "역시" after a name marks it as the topic, as "는" does. */
const ALSO_TOPIC = /^(['"’”」』]?\s?(?:\(\d{6}\))?)\s역시(?=\s)/;

/** "그 모델 자체가 …", "Y 자체는 …": "자체" (itself) after a name keeps the name the subject or topic its particle makes it. */
const ITSELF_SUBJECT = /^(['"’”」』]?)\s자체(?=(?:가|는|도)\s)/;

function afterMention(raw: string): string {
  const s = raw.includes('자체') ? raw.replace(ITSELF_SUBJECT, '$1') : raw;
  return s.includes('역시') ? s.replace(ALSO_TOPIC, '$1는') : s;
}

/** "모델 A: B를 base로 …" (a list item headed by a model): the head is the item's topic, as "A는" would be. */
const ITEM_HEAD = /^\s?[:：]\s(?!\s)/;

/** A list item's company head and the dash after it ("② X - Y와 손잡고 …"): the item's clause is said of X, as "X는 …" would be. */
const COMPANY_ITEM_HEAD = /^\s[-–—]\s(?![\s-–—])/;
/** Before a list item's head: its mark, nothing else ("② ", "3. ", "▲ ", a case's label "[사례 2] "), and the company's legal form ("[사례 1] ㈜"). */
const ITEM_MARK = /^\s*(?:[①-⑳❶-❿]|\(?\d{1,2}[.)]|[▲■●◆◇▶►•○◦□▪]|[[<〈【]\s?(?:사례|예시|Case)\s?\d{1,2}\s?[\]>〉】])?\s*(?:㈜|\(주\))?\s*$/;
/** Between two companies heading an item together ("[사례 2] A㈜ · ㈜B — …"): a middle dot or comma, their legal forms around it. */
const PAIRED_HEAD_JOIN = /^(?:\s?주식회사|\(주\)|㈜)?\s?[·,]\s?(?:주식회사\s?|\(주\)|㈜)?$/;
/** Whether an item's company head is the first of two joined before the dash ("A · B — 두 회사가 …"): read as "A와 B는 …". */
function pairsItemHead(text: string, mentions: Mention[], itemHead: Mention | undefined): boolean {
  const second = mentions[1];
  if (!itemHead || second?.type !== 'Company' || !PAIRED_HEAD_JOIN.test(text.slice(itemHead.end, second.start))) return false;
  return COMPANY_ITEM_HEAD.test(text.slice(second.end, mentions[2]?.start ?? text.length).replace(/^(?:\s?주식회사|\(주\)|㈜)/, ''));
}
function afterHead(raw: string, head: Mention | undefined, itemHead?: Mention): string {
  if (itemHead && COMPANY_ITEM_HEAD.test(raw)) return raw.replace(COMPANY_ITEM_HEAD, '는 ');
  return head?.type === 'Model' && ITEM_HEAD.test(raw) ? raw.replace(ITEM_HEAD, '는 ') : afterMention(raw);
}

/**
 * The index of the last character of `m` when it is `prev`'s other spelling right after its closing quote, in parentheses
 * (its ')') or, as a broadcast script speaks them, after a comma ("'큐웬3', Qwen3를": the name's end); else -1.
 */
function glossCloseOf(text: string, prev: Mention, m: Mention): number {
  if (m.key !== prev.key || m.type !== 'Model') return -1;
  const between = text.slice(prev.end, m.start);
  if (/^['"’”],\s$/.test(between)) return /^[A-Za-z0-9]/.test(text.slice(m.end)) ? -1 : m.end - 1;
  if (!/^['"’”]\s?\($/.test(between)) return -1;
  return text[m.end] === ')' ? m.end : -1;
}

/**
 * After a company's name, its legal form and the short form an article defines for it ("X 주식회사(이하 '회사')는", a filing's "X 주식회사와",
 * "X㈜(이하 X)가", a contract's "X 주식회사(이하 "을"이라 한다)는"): no part of what the rules read, which see "X는" (a mention inside the parentheses is dropped).
 */
const COMPANY_TRAILER = /^(?:\s?주식회사(?![A-Za-z0-9]|[가-힣](?<![은는이가의와과도을를에]))|\(주\)|㈜)?(?:\s?\((?:[^()]{0,30},\s?)?이하\s?['"‘“「『]?[^()'"‘“「『’”」』,]{1,20}['"’”」』]?(?:\s?(?:으로|로|라)\s?(?:약칭|칭함|표기)(?:함|한다)?)?\)|\s?\(이하\s?['"‘“「『][갑을병정]['"’”」』](?:이라|라)\s?(?:한다|함)\))?(?=[은는이가의와과도을를에])/;

/**
 * The short form closing a note in parentheses after a name, "(대표 홍길동, 이하 X)" read at the head's name: ", 이하 X" is
 * skipped so the rules see "C(대표 P)는", the company's head kept (a mention of the short form inside is dropped).
 */
const SHORT_FORM_TAIL = /^,\s?이하\s?['"‘“「『]?[^()'"‘“「『’”」』,]{1,20}['"’”」』]?(?:\s?(?:으로|로|라)\s?(?:약칭|칭함|표기)(?:함|한다)?)?(?=\)[은는이가의와과도을를에])/;

/** Whether a company's trailer is a note holding another mention before its short form ("(대표 P, 이하 X)"): read, not skipped. */
function holdsNotedMention(text: string, m: Mention, trailer: number, next: Mention | undefined): boolean {
  if (!next || next.start >= m.end + trailer) return false;
  const shortAt = text.slice(0, m.end + trailer).search(/,\s?이하/);
  return text[m.end] === '(' && shortAt >= next.end && shortAt < m.end + trailer;
}

/**
 * After a person's name, a campus paper's note of department and class year, and the 동문 or 학우 it calls them
 * ("홍길동(컴퓨터공학·15) 동문은", the note perhaps already read as part of the name): the rules see "홍길동은", or
 * "홍길동 대표는" where a title follows the note.
 */
const CLASS_YEAR_TRAILER = new RegExp(String.raw`^(?:\s?${CLASS_YEAR_PAREN})?(?:\s(?:동문|학우|졸업생|재학생)(?=[은는이가의와과도을를에]))?`);

/** How much of the text after a company's mention is its legal form or a defined short form (see COMPANY_TRAILER). */
function companyTrailerLength(text: string, m: Mention): number {
  if (m.type === 'Person') return text[m.end - 1] === ')' || text[m.end] === '(' || text[m.end + 1] === '(' ? (CLASS_YEAR_TRAILER.exec(text.slice(m.end, m.end + 40))?.[0].length ?? 0) : 0;
  if (m.type !== 'Company') return 0;
  const rest = text.slice(m.end, m.end + 60);
  return rest.includes('주식회사') || rest.includes('(주)') || rest.includes('㈜') || rest.includes('이하') ? (COMPANY_TRAILER.exec(rest)?.[0].length ?? 0) : 0;
}

/**
 * "'X'(X') 허깅페이스 오픈소스 공개 — Y에서 지식 증류한 모델", "'X' 정식 출시(1월 15일) — Y를 바탕으로 … 만든 모델": a history or
 * release line whose head is a model and what was done with it (a platform may be named on the way), then a dash and a
 * description; the description is said of that model, as "X는 …" would be.
 */
const RELEASED_DASH = /^['"’”]?(?:\s?\([^()]{1,40}\)['"’”]?)?\s(?:[가-힣A-Za-z]{1,10}\s){0,3}(?:정식\s)?(?:출시|공개|발표)(?:\s?\([^()]{1,20}\))?\s[—–]\s$/;

/** The last model before a release line's dash (its index) and where the description after the dash starts. */
function releasedHead(text: string, mentions: Mention[]): { at: number; from: number } | undefined {
  const dash = /\s[—–]\s/.exec(text);
  if (!dash) return undefined;
  const from = dash.index + dash[0].length;
  const at = mentions.findLastIndex((m) => m.end <= dash.index && m.type === 'Model');
  if (at < 0) return undefined;
  // (a mention between the model and the dash, a platform's name, reads as one word)
  let between = '', pos = mentions[at]!.end;
  for (const m of mentions.slice(at + 1)) {
    if (m.start >= dash.index) break;
    if (m.start < pos) continue;
    between += `${text.slice(pos, m.start)}이름`;
    pos = m.end;
  }
  between += text.slice(pos, from);
  return RELEASED_DASH.test(between) ? { at, from } : undefined;
}

/** Replaces mentions and numbers by tokens. */
export function encodeSentence(text: string, mentions: Mention[]): EncodedSentence {
  const e: Encoding = { out: '', numbers: [], tokenStarts: [] };
  // ("2/10 베이스는 …", "2026.03.12 X, …": a thread's post counter and a timeline entry's date stamp are no
  // part of the sentence the rules read; a subject the sentence omits, read from the context, stands at its
  // very start with no width)
  let pos = leadStampLength(text, mentions.find((m) => m.end > m.start)?.start ?? text.length);
  const types = new Set<string>();
  // the first mention opens the sentence: it may head a "name: description" item
  // (a company heading a marked list item, "② X - …"; a model heading a bulleted one, "○ M: …")
  const before = mentions[0] ? text.slice(pos, mentions[0].start) : '';
  const head = mentions[0] && (before.trim() === '' || ITEM_MARK.test(before)) ? mentions[0] : undefined;
  const itemHead = mentions[0]?.type === 'Company' && before.trim() !== '' && ITEM_MARK.test(before) ? mentions[0] : undefined;
  // (two companies heading the item together: the first joined to the second by "와", the second heading the dash)
  const paired = pairsItemHead(text, mentions, itemHead);
  // (the end of the last company's legal form or defined short form: mentions inside it are skipped)
  let trailerEnd = -1;
  const released = text.includes(' — ') || text.includes(' – ') ? releasedHead(text, mentions) : undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start < trailerEnd) continue;
    // (after a release line's head model, its tail up to the dash is read as the topic particle "는")
    if (released && i > released.at && m.start < released.from) continue;
    if (released && i > released.at && pos < released.from) {
      pushText(e, `는 ${text.slice(released.from, m.start)}`);
      pos = released.from;
      e.tokenStarts.push(e.out.length);
      e.out += `${TYPE_CHAR[m.type]}${i}${END_CHAR}`;
      types.add(m.type);
      pos = Math.max(pos, m.end);
      continue;
    }
    // "'미스트랄 스몰 3.1'(Mistral Small 3.1)을": the other spelling in parentheses after a quoted name, not folded into it,
    // is read as part of the name's token (the rules see "M을", not "M(M)을")
    const closeAt = i > 0 ? glossCloseOf(text, mentions[i - 1]!, m) : -1;
    if (closeAt >= 0) {
      pos = closeAt + 1;
      continue;
    }
    pushText(e, i === 1 ? (paired ? '와 ' : afterHead(text.slice(pos, m.start), head, itemHead)) : i === 2 && paired ? afterHead(text.slice(pos, m.start).replace(/^(?:\s?주식회사|\(주\)|㈜)/, ''), head, itemHead) : i > 0 ? afterMention(text.slice(pos, m.start)) : text.slice(pos, m.start));
    e.tokenStarts.push(e.out.length);
    e.out += `${TYPE_CHAR[m.type]}${i}${END_CHAR}`;
    types.add(m.type);
    pos = Math.max(pos, m.end);
    const trailer = companyTrailerLength(text, m);
    const tail = trailer > 0 && !holdsNotedMention(text, m, trailer, mentions[i + 1]) ? trailer : text[m.end] === ',' ? (SHORT_FORM_TAIL.exec(text.slice(m.end, m.end + 40))?.[0].length ?? 0) : 0;
    const note = tail > 0 ? undefined : noteAfter(text, m, mentions[i + 1]);
    if (note) e.out += note.keep;
    if (tail > 0 || note) {
      pos = m.end + (note?.length ?? tail);
      trailerEnd = pos;
    }
  }
  pushText(e, mentions.length === 1 || (mentions.length === 2 && paired) ? afterHead(mentions.length === 2 ? text.slice(pos).replace(/^(?:\s?주식회사|\(주\)|㈜)/, '') : text.slice(pos), head, itemHead) : mentions.length ? afterMention(text.slice(pos)) : text.slice(pos));
  e.tokenStarts.sort((a, b) => a - b);
  return { encoded: e.out, mentions, numbers: e.numbers, types, tokenStarts: e.tokenStarts };
}
