/**
 * A discussion thread saved as a page (a model hub's community tab, an issue tracker, a forum): each post opens on a header
 * line, its writer's handle (maybe an organisation badge) and its date ("kimjs · Nov 24, 2026", "dev-lee maker-org ·
 * 2026-11-25"). A post is its writer's voice: "저희" is the company the writer introduced (in this post or an earlier one:
 * "X 연구원 NAME입니다", "X입니다."), and with no model named a post speaks of the model the thread is about (the one its
 * title names), not of the last model the post before named.
 */
import type { Sentence } from '../parse/types.js';
import { introducedCompany } from './self-introduction.js';
import type { Mention } from './types.js';

/** An English or numeric date, or a relative one ("Nov 24, 2026", "2026-11-24 10:31", "3 days ago", "2일 전"). */
const POST_DATE = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{4}|\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?|\d{1,3}\s(?:minutes?|hours?|days?|weeks?|months?)\sago|\d{1,3}\s?(?:분|시간|일|주|개월)\s전)(?:\s\d{1,2}:\d{2})?`;
/** A post's header: a handle (Latin letters, digits, '_', '-', '.'), up to three badge words, a middle dot, the date. */
const POST_HEADER = new RegExp(String.raw`^([A-Za-z0-9][A-Za-z0-9_.-]{1,38})(?:\s[^\s·]{1,30}){0,3}\s·\s${POST_DATE}$`);
/**
 * A model hub's post header with no middle dot: a handle that opens on a letter, up to three badge words (no action word
 * such as "commented"), an English date ("dev-lee Maker Labs org Nov 25, 2026").
 */
const UNDOTTED_HEADER = /^([A-Za-z][A-Za-z0-9_.-]{1,38})(?:\s(?!commented|replied|wrote|posted)[A-Za-z][A-Za-z0-9&.-]{0,29}){0,3}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2},\s\d{4}$/;
/** A company that opens a post by naming itself ("X입니다.", "네, X입니다."). */
const SELF_NAMED = /^\s?(?:입니다|이에요|예요)[.!]?$/;

export interface ThreadPosts {
  /** The model the thread's title names (undefined where it names none or several). */
  model: Mention | undefined;
  /** Each writer's company, once introduced. */
  companies: Map<string, Mention>;
  /** The writer of the post being read. */
  handle?: string;
}

/** The handle of a post header line, or undefined. */
export function postHeaderHandle(text: string): string | undefined {
  if (text.length > 120) return undefined;
  return text.includes('·') ? POST_HEADER.exec(text)?.[1] : UNDOTTED_HEADER.exec(text)?.[1];
}

/** The thread state of a page with two post headers or more, else undefined. */
export function newThreadPosts(sentences: Sentence[], first: Mention[][]): ThreadPosts | undefined {
  if (sentences.filter((s) => s.block !== 'title' && postHeaderHandle(s.text) !== undefined).length < 2) return undefined;
  const titled = sentences.flatMap((s, i) => (s.block === 'title' ? (first[i] ?? []).filter((m) => m.type === 'Model' && m.via !== 'blocked') : []));
  const keys = new Set(titled.map((m) => m.key));
  return { model: keys.size === 1 ? titled[0] : undefined, companies: new Map() };
}

/**
 * The poster after sentence `text`: on a post header, the company its writer introduced before (null where none yet); in a post
 * whose writer is not yet placed, the company the sentence introduces the writer at; else `poster` as it was.
 */
export function nextThreadPoster(thread: ThreadPosts | undefined, text: string, ms: Mention[], poster: Mention | null | undefined): Mention | null | undefined {
  if (!thread) return poster;
  const handle = postHeaderHandle(text);
  if (handle !== undefined) {
    thread.handle = handle;
    return thread.companies.get(handle) ?? null;
  }
  if (poster !== null || thread.handle === undefined) return poster;
  const own = ms.find((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked');
  const company = introducedCompany(text, ms) ?? (own && own.start === 0 && SELF_NAMED.test(text.slice(own.end)) ? own : undefined);
  if (company) thread.companies.set(thread.handle, company);
  return company ?? poster;
}

/** The model a sentence right after a post header starts from: the thread's own. */
export function threadFocusAfter(thread: ThreadPosts | undefined, text: string): Mention | undefined {
  return thread && postHeaderHandle(text) !== undefined ? thread.model : undefined;
}
