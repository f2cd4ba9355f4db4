/**
 * A messenger's chat export saved as text (KakaoTalk PC and mobile, Korean or English menus): a room
 * name line ("X 님과 카카오톡 대화"), a saved-date line ("저장한 날짜 : 2026. 3. 4. 오후 6:42"), day
 * separators ("--------------- 2026년 3월 3일 화요일 ---------------") and one message a line, its speaker
 * and time before it ("[NAME] [오후 2:13] …", "2026. 3. 4. 오후 2:13, NAME : …"). Each message is a
 * speaker's turn (the messages they send in a row) a paragraph of its own, "NAME: message …"; read as plain text, messages without an end mark ran
 * into each other and their time stamps into the prose. System lines (a photo, an emoticon, a deleted
 * message, a file, a bare link) carry nothing and go.
 */
import type { RawBlock } from '../blocks.js';
import { readDateStamp } from '../dates.js';
import { normalizeSpace } from '../text.js';
import type { LayoutResult } from './result.js';

const TIME = '(?:(?:오전|오후) \\d{1,2}:\\d{2}|\\d{1,2}:\\d{2}(?: ?[AP]M)?)';
/** "[NAME] [오후 2:13] message" (PC export). */
const BRACKETED = new RegExp(`^\\[([^\\[\\]]{1,30})\\] \\[${TIME}\\] ?(.*)$`);
/** "2026. 3. 4. 오후 2:13, NAME : message", "2026년 3월 4일 오후 2:13, NAME : message" (mobile export). */
const DATED = new RegExp(`^\\d{4}(?:\\. \\d{1,2}\\. \\d{1,2}\\.|년 \\d{1,2}월 \\d{1,2}일) ${TIME}, ([^:\\n]{1,30}?) : (.*)$`);
/** A day separator: "2026년 3월 3일 화요일", between dashes on a PC export. */
const DAY = /^-*\s*\d{4}년 \d{1,2}월 \d{1,2}일 [월화수목금토일]요일\s*-*$/;
/** The export's header lines after the room name. */
const SAVED = /^(?:저장한 날짜|Date Saved)\s?:\s?(.*)$/;
/** A line that stands for an attachment or a system event, not words. */
const SYSTEM = /^(?:사진(?: \d+장)?|동영상|이모티콘|음성메시지|삭제된 메시지입니다\.?|파일: .*|https?:\/\/\S+)$/;
/** A message's last syllable that closes a sentence (declarative, polite, question), when no stop follows it. */
const FINAL_ENDING = /[다요죠까]$/;
/** A chat's casual sentence ends: "…이겠네", "…인 듯", "…했는데", "ㅋㅋ" (and a nominal ending in ㅁ: "옮겨옴", "아님", "했다고 함"). */
const CASUAL_ENDING = /[네듯데지걸ㅋㅎㅠㅜ]$/;
/** True when a message ends its sentence without a stop: a final ending, a casual one, or a syllable closing on ㅁ ("…함", "…임", "…옴"). */
function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1) - 0xac00;
  return FINAL_ENDING.test(text) || CASUAL_ENDING.test(text) || (last >= 0 && last < 11172 && last % 28 === 16);
}
/** The room name line of a KakaoTalk export. */
const ROOM = /^(.{1,60}?) 님과 카카오톡 대화$|^Talk_/;

/** A message line's speaker and words, if the line opens a message. */
function readMessage(line: string): { speaker: string; words: string } | undefined {
  const m = BRACKETED.exec(line) ?? DATED.exec(line);
  return m ? { speaker: normalizeSpace(m[1] ?? ''), words: (m[2] ?? '').trim() } : undefined;
}

/** True when the text is a chat export: a room name line, or most of its lines messages. */
function isChatExport(lines: string[], first: number): boolean {
  let messages = 0;
  let others = 0;
  for (const l of lines.slice(first + 1, first + 80)) {
    const t = l.trim();
    if (t === '' || DAY.test(t) || SAVED.test(t)) continue;
    if (readMessage(t)) messages++;
    else others++;
  }
  return messages >= 4 && (ROOM.test(lines[first]!.trim()) || messages >= 3 * others);
}

/** Reads a chat export, or undefined when the text is none. */
export function parseChatExport(source: string): LayoutResult | undefined {
  // (a cheap gate: every export's message lines carry a clock time)
  if (!/\d:\d\d/.test(source.slice(0, 4000))) return undefined;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !isChatExport(lines, first)) return undefined;
  const title = normalizeSpace(lines[first]!);
  let publishedAt: string | undefined;
  const body: RawBlock[] = [];
  // a speaker's turn: the messages one speaker sends in a row, a paragraph (as an answer of several lines is)
  let turn: RawBlock | undefined;
  let speaker = '';
  for (const l of lines.slice(first + 1)) {
    const t = normalizeSpace(l);
    const saved = SAVED.exec(t);
    if (saved) publishedAt ??= readDateStamp(saved[1] ?? '')?.date;
    if (t === '' || saved || DAY.test(t)) continue;
    const message = readMessage(t);
    const words = message ? message.words : t;
    if (message && message.speaker !== speaker) {
      speaker = message.speaker;
      turn = undefined;
    }
    if (SYSTEM.test(words) || !words) continue;
    // (a message that ends on a sentence-final ending without a stop ends its sentence: "…나왔습니다" then "요약하면 …", a chat's
    // casual "…옮겨옴" then "KMMLU 55.3 / …"; a headline's fragment, "X, 'Y' 공개", runs into the message after it)
    if (turn) turn.text += `${message && endsSentence(turn.text) ? '.' : ''} ${words}`;
    else if (message) body.push((turn = { kind: 'body', text: `${message.speaker}: ${words}` }));
  }
  return { layout: 'chat', title, summary: [], body, publishedAt, warnings: [] };
}
