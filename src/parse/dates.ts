/** Dates as pages write them → ISO YYYY-MM-DD. */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isValidDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** "YYYY-MM-DD" for a real calendar day between 1990 and 2100, else undefined. */
export function toIso(y: number, m: number, d: number): string | undefined {
  return isValidDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

/** "YYYY-MM" for a month 1–12 of a year between 1990 and 2100, else undefined. */
export function toIsoMonth(y: number, m: number): string | undefined {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 ? `${y}-${pad(m)}` : undefined;
}

const FULL_DATE = /(?<!\d)((?:19|20)\d{2})\s?(?:[-./]|년)\s?(\d{1,2})\s?(?:[-./]|월)\s?(\d{1,2})(?!\d)/;

/**
 * Normalises one date string: "2025-07-14T11:33:04+09:00", "2025.07.14", "2025. 7. 14.",
 * "2025년 7월 14일", "20250714", "July 14, 2025" → "2025-07-14"; undefined when it holds no full date.
 */
export function normalizeDate(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim().slice(0, 200);
  const m = FULL_DATE.exec(s);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  const compact = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4}|\d{6})?(?!\d)/.exec(s);
  if (compact) return toIso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return readEnglishDate(s);
}

/**
 * A month and day without a year ("10/02", "10.2.", "10월 2일") as a list's date cell writes it: the date in the year of
 * `publishedAt`, or the year before when that day is still to come on the page's date.
 */
export function resolveMonthDay(raw: string, publishedAt: string | undefined): string | undefined {
  const md = /^(\d{1,2})(?:[/.]|월\s?)(\d{1,2})(?:\.|일)?$/.exec(raw.trim());
  return md && publishedAt ? monthDayBefore(publishedAt, Number(md[1]), Number(md[2])) : undefined;
}

/**
 * A month and day in `year` when the text gives one, else in the year of `publishedAt`, or the year before when that day is
 * still to come on the page's date; undefined for no such day.
 */
export function monthDayBefore(publishedAt: string, month: number, day: number, year?: number): string | undefined {
  if (year !== undefined) return toIso(year, month, day);
  const y = Number(publishedAt.slice(0, 4));
  const iso = toIso(y, month, day);
  return iso && iso > publishedAt ? toIso(y - 1, month, day) : iso;
}

/** An English month's name or abbreviation ("Oct", "October", "Sept"), as a regex source. */
export const ENGLISH_MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH = String.raw`(${ENGLISH_MONTH_NAME})(?![a-z])\.?`;

/** The month an English month's name stands for: "Oct" → 10. */
export function englishMonth(name: string): number {
  return 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
}
/** "June 16, 2025", "Jun 16. 2025", "Jun 16th, 2025": month, day, year. */
const ENGLISH_MDY = new RegExp(String.raw`(?<![A-Za-z])${MONTH}\s(\d{1,2})(?:st|nd|rd|th)?[,.]?\s((?:19|20)\d{2})(?!\d)`, 'i');
/** "16 June 2025": day, month, year. */
const ENGLISH_DMY = new RegExp(String.raw`(?<!\d)(\d{1,2})\s${MONTH},?\s((?:19|20)\d{2})(?!\d)`, 'i');

/**
 * "Wed Oct 14 09:12:33 KST 2026", "Oct  4 09:12:33 2026": a clock's stamp (a mail archive's header line, Unix `date`,
 * C's ctime): month, day, the time, maybe a zone, then the year.
 */
const CLOCK_STAMP = new RegExp(String.raw`(?<![A-Za-z])${MONTH}\s{1,2}(\d{1,2})\s\d{1,2}:\d{2}(?::\d{2})?\s(?:[A-Z]{2,5}\s)?((?:19|20)\d{2})(?!\d)`, 'i');
/** A line that is nothing but a clock's stamp, its weekday first. */
const CLOCK_LINE = new RegExp(String.raw`^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?\s)?${CLOCK_STAMP.source}$`, 'i');

/** The date of a line that is only a clock's stamp ("Wed Oct 14 09:12:33 KST 2026"), else undefined. */
export function readClockLine(line: string): string | undefined {
  const m = CLOCK_LINE.exec(line.trim());
  return m ? toIso(Number(m[3]), englishMonth(m[1]!), Number(m[2])) : undefined;
}

/** A date written with an English month name (Medium, Substack, Notion, Brunch write them so). */
function readEnglishDate(s: string): string | undefined {
  const mdy = ENGLISH_MDY.exec(s);
  if (mdy) return toIso(Number(mdy[3]), englishMonth(mdy[1]!), Number(mdy[2]));
  const clock = CLOCK_STAMP.exec(s);
  if (clock) return toIso(Number(clock[3]), englishMonth(clock[1]!), Number(clock[2]));
  const dmy = ENGLISH_DMY.exec(s);
  return dmy ? toIso(Number(dmy[3]), englishMonth(dmy[2]!), Number(dmy[1])) : undefined;
}

/**
 * A full date as pages write it ("2026-11-26", "2026.11.26", "2026년 11월 26일"), and what may follow it: 일, the
 * weekday in parentheses ("(금)"), a time.
 */
export const YMD = String.raw`(?:19|20)\d{2}\s?[-./년]\s?\d{1,2}\s?[-./월]\s?\d{1,2}`;
export const DAY_TIME = String.raw`\s?일?\.?(?:\s?\([월화수목금토일]\))?(?:\s?(?:오전|오후)?\s?\d{1,2}:\d{2}(?::\d{2})?)?`;

export interface DateStamp {
  date: string;
  /** What precedes the date and its label, e.g. the outlet in "뉴스핌 | 2025.08.12 07:40". */
  prefix: string;
  /**
   * The line is nothing but the date (and its day and time), or a byline without digits, a separator and
   * the date, no label ("글 홍길동 기자 · 2026년 11월 26일 11:00"): a page's post date where it labels nothing.
   */
  bare: boolean;
}

/** What precedes the date, a separator, a label, the date. */
const STAMP = new RegExp(`^(.{0,24}?)\\s?([|·/]?)\\s?(\\[?(?:기사입력|입력|등록|작성|수정|승인|발행|게재|송고|date|published)\\]?\\s?[:：]?\\s?)?(${YMD})`, 'i');
const DAY_TIME_ONLY = new RegExp(`^${DAY_TIME}$`);
/** A period's label before a date (운용기간, 계약기간, 신청기간, 행사기간): the date opens a span. */
const PERIOD_LABEL = /[가-힣]{0,6}기간\s?[:：]?$/;

const FIELD_SEP = /\s\|\s/;
const DATED_FIELD = new RegExp(YMD);

/**
 * "(서울=통신사) 홍길동 기자 | 2026-12-02 14:05 송고 | 2026-12-02 15:31 최종수정": a dateline of bar-separated fields that
 * runs past the stamp's 60 characters is read up to its first dated field (sent, then modified).
 */
function firstDatedFields(s: string): string {
  if (s.length <= 60 || !FIELD_SEP.test(s)) return s;
  const fields = s.split(FIELD_SEP);
  if (fields.length > 4) return s;
  const k = fields.findIndex((f) => DATED_FIELD.test(f));
  return k < 0 ? s : fields.slice(0, k + 1).join(' | ');
}

/**
 * A date stamp line near the top of a text: "2025-07-14", "입력 2025.07.14 10:00",
 * "매일경제 기사입력 2025년 8월 27일 오전 10:12", "뉴스핌 | 2025.08.12 07:40".
 */
export function readDateStamp(line: string): DateStamp | undefined {
  const s = firstDatedFields(line.trim());
  if (s.length > 60 || /[다요]\.["'”’]?$/.test(s)) return undefined;
  const m = STAMP.exec(s);
  const date = normalizeDate(m?.[4]);
  // ("운용기간 : 2026.08.29 ~ …", "(계약기간: …)": a period's label, the start of a span, is no date of the page)
  if (!m || !date || PERIOD_LABEL.test(m[1]!)) return undefined;
  const bare = !m[3] && DAY_TIME_ONLY.test(s.slice(m[0].length)) && (m[1] ? Boolean(m[2]) && !/[\d|·/]/.test(m[1]) : !m[2]);
  return { date, prefix: m[1]!.trim(), bare };
}

/** The ISO date of a date stamp line, if the line is one. */
export function readDateLine(line: string): string | undefined {
  return readDateStamp(line)?.date;
}

/**
 * Finds the year of a month-day date ("작성일 07-14") from the page's other text:
 * image/URL paths /YYYYMM/DD/, 8-digit YYYYMMDD in URLs, then any full date on the page.
 */
export function inferYear(month: number, day: number, haystack: string): number | undefined {
  const mm = pad(month);
  const dd = pad(day);
  const path = new RegExp(`/((?:19|20)\\d{2})/?${mm}/${dd}(?!\\d)`).exec(haystack);
  if (path) return Number(path[1]);
  const compact = new RegExp(`(?<![\\d.])((?:19|20)\\d{2})${mm}${dd}`).exec(haystack);
  if (compact) return Number(compact[1]);
  const full = new RegExp(`(?<!\\d)((?:19|20)\\d{2})[-./년]\\s?0?${month}[-./월]\\s?0?${day}(?!\\d)`).exec(haystack);
  if (full) return Number(full[1]);
  const any = /(?<!\d)((?:19|20)\d{2})\/?(?:0[1-9]|1[0-2])\/(?:0[1-9]|[12]\d|3[01])\//.exec(haystack);
  if (any) return Number(any[1]);
  const anyFull = FULL_DATE.exec(haystack);
  return anyFull ? Number(anyFull[1]) : undefined;
}

/** ISO date from a month, a day and a year guessed from the page. */
export function completeMonthDay(month: number, day: number, haystack: string): string | undefined {
  const year = inferYear(month, day, haystack);
  return year === undefined ? undefined : toIso(year, month, day);
}
