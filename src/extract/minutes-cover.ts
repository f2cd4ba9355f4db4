/**
 * A company's own minutes (이사회 의사록, 주주총회 의사록, a committee's 회의록) saved as text: the document's title,
 * often letter-spaced ("이 사 회 의 사 록"), then the company's legal name on a line of its own ("주식회사 X", "X㈜").
 * The minutes speak of that company as "당사"; the officers who sign at the end ("사내이사  홍 길 동  (인)") hold their
 * posts at it.
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';
import { discoveredMention } from './engine/discover-common.js';
import { isKoreanName } from './engine/person-names.js';
import { hasSealMark, SEAL_MARK } from './seal-mark.js';
import { FULL_NAME } from './engine/full-name.js';

/** The minutes' title with its spaces taken out: a board's, a shareholders' meeting's or a committee's record. */
const MINUTES_TITLE = /^(?:이사회|(?:임시|정기)?주주총회|[가-힣]{1,8}위원회)(?:의사록|회의록)$/;
/** The company's legal name alone on its line, the legal form before or after it (its Latin name may follow in brackets: "주식회사 X (X Inc.)"). */
const LEGAL_LINE = /^(?:(?:주식회사|㈜|\(주\))\s?[가-힣A-Za-z0-9]{2,20}|[가-힣A-Za-z0-9]{2,20}\s?(?:주식회사|㈜|\(주\)))(?:\s?\([A-Za-z][A-Za-z0-9 .,&-]{1,40}\))?$/;

/** The company whose minutes the page is: the legal-name line within two lines after a minutes title. */
export function readMinutesCompany(sentences: Sentence[], mentions: Mention[][]): Mention | undefined {
  // (the minutes' title opens the page, or the body under a page title: "이사회 의사록 - X" in the browser's title bar)
  const t = [sentences.findIndex((s) => s.text.trim() !== ''), sentences.findIndex((s) => s.text.trim() !== '' && s.block !== 'title')].find((k) => k >= 0 && k <= 2 && MINUTES_TITLE.test(sentences[k]!.text.replace(/\s+/g, '')));
  if (t === undefined) return undefined;
  for (let i = t + 1; i <= t + 2 && i < sentences.length; i++) {
    const text = sentences[i]!.text.trim();
    if (!LEGAL_LINE.test(text)) continue;
    // (a company named in the Latin gloss alone is not the line's name: the name before the bracket is)
    const glossAt = sentences[i]!.text.indexOf('(', sentences[i]!.text.indexOf(text) + 2);
    const known = mentions[i]?.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && (glossAt < 0 || m.start < glossAt));
    if (known) return known;
    // (a company no gazetteer knows, named nowhere else: the line's name is the company all the same)
    const raw = sentences[i]!.text;
    const name = text.replace(/\s?\([^()]*\)$/, '').replace(/^(?:주식회사|㈜|\(주\))\s?|\s?(?:주식회사|㈜|\(주\))$/g, '');
    const at = raw.indexOf(name);
    return /^[가-힣][가-힣A-Za-z0-9]{1,19}$|^[A-Z][A-Za-z0-9]{1,19}$/.test(name) && at >= 0 ? discoveredMention('Company', name, at, at + name.length) : undefined;
  }
  return undefined;
}

/** A post a signer of minutes holds, letter-spaced or not ("감  사", "사외이사"). */
const SIGNER_POSTS = ['대표이사', '사내이사', '사외이사', '기타비상무이사', '비상무이사', '상근감사', '감사위원', '감사', '의장', '이사'];
const spacedWord = (w: string): string => w.split('').join('\\s?');
const SIGNER_POST = `(?:${SIGNER_POSTS.map(spacedWord).join('|')})`;
/**
 * "의장 겸 사내이사  오 한 결  (인)", "감 사  문 재 윤  (서명)": a signature, the post (or two joined by 겸), the name
 * (letter-spaced as a signature prints it), then the seal or signature mark; a text layout may run several on one line.
 * Two posts side by side with no 겸 ("의장 대표이사  NAME  (인)"): the chair's role, then the post, the one kept.
 */
const SIGNATURE = new RegExp(`(?:${SIGNER_POST}\\s(?!겸\\s))?(${SIGNER_POST}(?:\\s겸\\s${SIGNER_POST})?)\\s([가-힣]{2,4}|[가-힣](?:\\s[가-힣]){1,3})\\s?${SEAL_MARK}(?:\\s|$)`, 'y');

/** The officers a line of signatures names (only a line of nothing else), each with the post as written ("의장 겸 사내이사"). */
export function readSignatureLine(text: string): Array<{ name: string; title: string }> {
  if (!hasSealMark(text)) return [];
  const line = text.replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' ').trim();
  const out: Array<{ name: string; title: string }> = [];
  SIGNATURE.lastIndex = 0;
  for (let m = SIGNATURE.exec(line); m; m = SIGNATURE.exec(line)) {
    out.push({ name: m[2]!.replace(/\s/g, ''), title: m[1]!.split(/\s겸\s/).map((p) => p.replace(/\s/g, '')).join(' 겸 ') });
    if (SIGNATURE.lastIndex >= line.length) return out;
  }
  return [];
}

/**
 * "재무담당 부장 홍길동은 …라고 보고하다", "기술 담당 이사 홍길동이": the minutes' (or a filing's) own staff, a duty, its post and
 * the name, with no company before them: they hold that post at the company the document is.
 */
const DUTY_POST_NAME = new RegExp(String.raw`(?<![가-힣A-Za-z0-9])([가-힣A-Za-z]{1,8}\s?담당\s(?:부사장|전무|상무|이사|부장|차장|과장|팀장|실장|본부장|센터장|매니저|C[A-Z]{1,2}O))\s(${FULL_NAME})(?=은|는|이|가|께서|\s|,)`, 'g');

/** The staff a sentence names as "DUTY POST NAME", each with the post as written. */
export function readDutyStaff(text: string): Array<{ name: string; title: string }> {
  if (!text.includes('담당')) return [];
  return [...text.matchAll(DUTY_POST_NAME)].filter((m) => isKoreanName(m[2]!)).map((m) => ({ name: m[2]!, title: m[1]! }));
}

/** "기존 사내이사 NAME은", "사외이사 NAME이": a filing's own director, the board seat before the name and no company before them. */
const BOARD_SEAT_NAME = new RegExp(String.raw`(?:^|[\s※])(?:(?:기존|현|현직)\s)?(사내이사|사외이사|기타비상무이사|상근감사)\s(${FULL_NAME})(?=은|는|이|가|께서)`);

/** The director a sentence names by the board seat before the name. */
export function readBoardSeat(text: string): { name: string; title: string } | undefined {
  const m = text.includes('이사') || text.includes('감사') ? BOARD_SEAT_NAME.exec(text) : null;
  return m && isKoreanName(m[2]!) ? { name: m[2]!, title: m[1]! } : undefined;
}

/** "배 석 자 : 전략기획팀장 NAME (서기)": minutes' attendant who is no director, the post (a unit's head) before the name. */
const ATTENDANT = /(?:^|\s)배\s?석\s?자\s?[:：]\s?((?:[가-힣A-Za-z]{1,10}\s?)?(?:팀장|실장|본부장|센터장|부장|차장|과장|리드|매니저)|C[A-Z]{1,2}O)\s([가-힣]{2,4})(?=$|\s|\()/;

/** The attendant a minutes' "배석자" line names, with the post before the name. */
export function readAttendantLine(text: string): { name: string; title: string } | undefined {
  const m = ATTENDANT.exec(text);
  return m ? { name: m[2]!, title: m[1]!.replace(/\s/g, '') } : undefined;
}
