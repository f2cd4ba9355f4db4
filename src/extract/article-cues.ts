/** The sentence cues extractFacts's loop reads: joint work, a month or day named, an announcement, a table cell, a list intro, the consortium rules, the programmes an article is about. */
import { findDates } from './korean-dates.js';
import type { Mention } from './types.js';

/** Joint work: "양사가 함께 개발하는", "공동 개발한", "will co-develop", "jointly develop". */
export const JOINT = /함께|공동으로|손잡고|공동\s?개발|같이|\bco-develop|\bjointly\s(?:develop|build)|\b(?:developed|built)\sjointly\b/;

/** A month or a day named in a sentence ("7월", "지난 24일"). */
export const MONTH_NAMED = /\d월|\d일|같은\s?달/;
/** A sentence that names a day ("9일", "3월 5일", "2026.04.09"). */
export const DAY_NAMED = /\d일|\d[-./]\s?\d{1,2}[-./]\s?\d/;
/** What follows the day a source spoke on ("5일 밝혔다"), not the day of the event. */
export const ANNOUNCED = /^\s?(?:밝혔|전했|말했|발표했|알렸)/;

/**
 * The day a body sentence names last: what "같은 날" in a later one means. Not the day of the announcement
 * itself ("…지난 2일 공개했다고 5일 밝혔다"), unless it is the only day the sentence names ("…영입했다고 21일 밝혔다").
 */
export function lastDayNamed(text: string, publishedAt: string | undefined): string | undefined {
  const days = findDates(text, publishedAt).filter((d) => d.iso.length === 10);
  return (days.filter((d) => !ANNOUNCED.test(text.slice(d.end, d.end + 8))).at(-1) ?? (days.length === 1 ? days[0] : undefined))?.iso;
}
/** A flattened table cell: a short line with no sentence ending. */
export const TABLE_CELL = /^(?!.*(?:[.!?。]|다)$).{1,24}$/;

/** A sentence that announces a list of results on the lines after it. */
export const LIST_INTRO = /(?:다음과|아래와|이하와)\s?같|[:：]\s*$/;

/** A sentence with no subject of its own telling what the benchmark just named is made of ("문항 2,140개로 구성된다", "…로 이뤄져 있다"). */
export const MADE_OF_NOTE = /(?:구성된다|구성됐다|구성되었다|구성돼\s있|구성되어\s있|이뤄져\s있|이루어져\s있|이뤄졌다|이루어졌다)[.]?$/;

export const CONSORTIUM_RULES = new Set(['partners.consortium', 'partners.consortium-group', 'partners.consortium-members', 'partners.paren-consortium', 'partners.consortium-made-of', 'partners.consortium-joined', 'partners.joined-consortium', 'partners.led-consortium-made-of', 'partners.formed-consortium', 'partners.consortium-with', 'partners.consortium-formed-adnominal', 'partners.en-consortium-participants', 'partners.en-consortium-includes', 'partners.en-leads-team-with-members', 'partners.team-roster-line', 'partners.consortium-place-filled', 'partners.team-formed-with', 'partners.taken-in-as-member', 'partners.team-place-filled', 'partners.members-before-consortium', 'partners.led-with-members-in', 'partners.consortium-labelled-members', 'partners.team-line-lead-members', 'partners.team-holds-member-as-role', 'partners.en-leads-team-that-includes', 'partners.consortium-member-apposed', 'partners.joined-consortium-later-clause']);

/** A section heading that is only a year ("2023년", "## 2024", "2025년 (상반기)"): a timeline's year section. */
const YEAR_HEADING = /^(?:#{1,6}\s?)?((?:19|20)\d{2})년?(?:\s?\([^()]{1,10}\))?$/;

/** A timeline entry taken for a heading: a month (and day) after at most an item mark. */
const ENTRY_HEADING = /^\S?\s?\d{1,2}월/;

/**
 * The year a timeline's section heading sets for the dates under it ("2023년" … "8월 24일 – …" is 2023-08-24), kept
 * until the next heading (a table's year cell in the body sets none). `current` is the year in force before `text`.
 */
export function sectionYearOf(text: string, block: string, current: number | undefined): number | undefined {
  if (block !== 'heading') return current;
  const t = text.trim();
  const y = YEAR_HEADING.exec(t);
  // (an entry read as a heading, "• 2월 3일 – X, Y 출시", is still in the section)
  return y ? Number(y[1]) : ENTRY_HEADING.test(t) ? current : undefined;
}

/**
 * The date a sentence's month and day are read against: the end of its section's year when that year is before the
 * article's ("8월 24일" under "2023년" in a page of 2026 is 2023-08-24), else the article's own date.
 */
export function datedFrom(publishedAt: string | undefined, year: number | undefined): string | undefined {
  return year && publishedAt && year < Number(publishedAt.slice(0, 4)) ? `${year}-12-31` : publishedAt;
}

/** A programme the article is about; a name nested in another's ("혁신금융서비스", "생성형 AI 혁신금융서비스") is one topic, by its longer name. */
export function addTopicPolicy(topics: Map<string, Mention>, m: Mention): void {
  for (const [k, t] of topics) {
    if (k === m.key || !(t.surface.endsWith(m.surface) || m.surface.endsWith(t.surface))) continue;
    if (m.surface.length > t.surface.length) {
      topics.delete(k);
      topics.set(m.key, m);
    }
    return;
  }
  topics.set(m.key, m);
}

/** "[업데이트 11월 27일 오전 10시 40분]", "(업데이트: 11월 27일)": a stamp of an update the article carries, its month and day. */
const UPDATE_STAMP = /^[[(【]?\s?(?:업데이트|추가|갱신)\s?[:：]?\s?(\d{1,2})월\s?(\d{1,2})일/;

/** The day of the latest update stamp after the article's date, within a month of it (YYYY-MM-DD), if any. */
export function updatedOn(texts: string[], publishedAt: string | undefined): string | undefined {
  if (!publishedAt || !/^\d{4}-\d{2}-\d{2}/.test(publishedAt)) return undefined;
  const [y, m] = publishedAt.slice(0, 10).split('-').map(Number) as [number, number];
  let latest: string | undefined;
  for (const t of texts) {
    const u = UPDATE_STAMP.exec(t.trim());
    if (!u || Number(u[1]) !== m) continue;
    const iso = `${y}-${u[1]!.padStart(2, '0')}-${u[2]!.padStart(2, '0')}`;
    if (iso > publishedAt.slice(0, 10) && (!latest || iso > latest)) latest = iso;
  }
  return latest;
}

/**
 * "27일 … 추가 공개했다" in an article of the 26th updated on the 27th: a bare day after the article's day, up to the update's,
 * is that month's (the update's day the reference), not last month's. Other sentences, and those naming "이날", keep the article's date.
 */
export function bareDayReference(text: string, datedAt: string | undefined, updated: string | undefined): string | undefined {
  if (!updated || !datedAt || text.includes('이날') || datedAt.slice(0, 7) !== updated.slice(0, 7)) return datedAt;
  const [pd, ud] = [Number(datedAt.slice(8, 10)), Number(updated.slice(8, 10))];
  for (const m of text.matchAll(/(?<![\d월])\s?(\d{1,2})일/g)) if (Number(m[1]) > pd && Number(m[1]) <= ud) return updated;
  return datedAt;
}

/** After a company's topic: it is a customer only ("한전은 고객사로", "B는 수요처일 뿐"; also after a relative clause telling what it buys or uses: "B는 Y를 사서 챗봇에 쓰는 고객사일 뿐"). */
/** "A는 X를, B는 Y를 담당": shares of one task split between two topics; neither is the subject the next sentences omit. */
export const SPLIT_SHARES_ASIDE = /^['"’”]?(?:은|는)\s(?:[^\s,.]{1,12}\s){0,5}?[^\s,.]{1,12}(?:을|를),\s[^\s,.]{1,12}(?:은|는)\s/;
export const CUSTOMER_ASIDE = /^['"’”]?(?:은|는)\s(?:[가-힣]{1,6}\s|(?:[^\s,.]{1,12}\s){1,8}?[가-힣]{0,8}[는한인은]\s)?(?:고객사?|수요처)(?:로|으로|일\s뿐|이며|이고|다|이다)(?=[\s,.]|$)/;
