/**
 * Dates in Korean (and English) sentences, resolved against the article's publication date:
 * "2025.07.09", "'26.11.19.", "7월 24일", "지난 11일", "지난해 5월", "이날", "같은 날", "Oct 2, 2026".
 */
import { ENGLISH_MONTH_NAME, englishMonth, toIso, toIsoMonth } from '../parse/dates.js';

/** A date found in a sentence, resolved to ISO (YYYY-MM-DD, or YYYY-MM when only a month is given). */
export interface DateSpan {
  iso: string;
  start: number;
  end: number;
}

const DATE_RE =
  /(?<!\d)(20\d\d)[-./]\s?(\d{1,2})[-./]\s?(\d{1,2})(?!\d)|(?:(20\d\d)년\s?)?(\d{1,2})월\s?(\d{1,2})일|(지난달|지난 달|이달|이번 달|다음 달|다음달)\s?(\d{1,2})일|(?:(?<![가-힣])(지난|오는|이번))?\s?(?<!\d)(\d{1,2})일(?![\w가-힣]*(?:간|동안|째))|(?:(20\d\d)년|(올해|지난해|작년|내년))\s?(\d{1,2})월(?!\s?\d)|(?<![가-힣])(전날|하루 전|어제)(?![가-힣])|(?:(?<![가-힣])(지난|이번|오는)\s?)?(?<![\d.])(\d{1,2})월(?![\s\d]*일)(?!\s?\d)|(?<![가-힣])(오늘|금일)(?!날|(?!부로|부터)[가-힣]{2})|(?<![가-힣])(지난\s?달|이달|이번\s?달)(?=\s?(?:초|중순|중|말|께|에)?[\s,])(?!\s?\d)/g;

/** An English month's name or its abbreviation ("Oct", "October", "Sept"). */
export const ENGLISH_MONTH = new RegExp(`^${ENGLISH_MONTH_NAME}$`);
/** "Oct 2, 2026", "October 2 2026", "Oct. 2", "2 October 2026" (the year, when missing, is the article's). */
const ENGLISH_DATE = new RegExp(String.raw`(?<![A-Za-z])(?:(${ENGLISH_MONTH_NAME})\.?\s(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(20\d\d))?|(\d{1,2})\s(${ENGLISH_MONTH_NAME})\.?,?\s(20\d\d))(?![\w])`, 'g');

/** "'26.11.19.", "’26. 11. 19": a day with the year cut to two digits after an apostrophe (reports' and digests' short form). */
const SHORT_YEAR_DATE = /['‘’](\d\d)\.\s?(\d{1,2})\.\s?(\d{1,2})(?![\d,])/g;

/** "11.4 X, 'Y' 공개.", "11.12 A·B, … MOU 체결.": a recap line opening on a dotted month and day, a headline's subject (no particle on it) and comma after it, the line ending on its noun verb (the year is the article's). */
const RECAP_LINE_DATE = /^(\d{1,2})\.(\d{1,2})\s(?=[가-힣A-Za-z][^\s,]{0,20}(?:\s[^\s,]{1,20})?(?<![은는을를의도]),\s[^]{0,80}?(?:공개|출시|체결|발표|선출|선정|착수|개최|인수|유치|합류|선임)\.?$)/;

/** Days written with a two-digit year ("'26.11.19."), read as 20YY. */
function findShortYearDates(text: string): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of text.matchAll(SHORT_YEAR_DATE)) {
    const [y, mo, d] = [2000 + Number(m[1]), Number(m[2]), Number(m[3])];
    const iso = toIso(y, mo, d);
    if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** English dates in a text. */
function findEnglishDates(text: string, py: number): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of text.matchAll(ENGLISH_DATE)) {
    const [word, day, year] = m[1] ? [m[1], m[2], m[3]] : [m[5]!, m[4], m[6]];
    const y = year ? Number(year) : py;
    const mo = englishMonth(word!);
    const iso = toIso(y, mo, Number(day));
    if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The English names of the days of the week, Sunday first. */
export const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The ISO day of the weekday `name` at or before the day `today` (UTC milliseconds). */
export function weekdayBefore(today: number, name: string): string {
  const back = (new Date(today).getUTCDay() - ENGLISH_WEEKDAYS.indexOf(name) + 7) % 7;
  return new Date(today - back * 86_400_000).toISOString().slice(0, 10);
}

/** A year word right before "M월 D일". */
const REL_YEAR_BEFORE = /(?<![가-힣])(지난해|작년|재작년|올해|내년)\s?$/;

/** "지난주 목요일", "이번 주 화요일", "다음 주 월요일": a weekday of a week counted from the article's (weeks run Monday to Sunday). */
const WEEKDAY = /(?<![가-힣])(지난\s?주|이번\s?주|금주|다음\s?주|오는)\s?([월화수목금토일])요일(?![가-힣]{2})/g;
const WEEKDAYS = '월화수목금토일';

/** The weekdays of relative weeks in a text, against the article's day. */
function findWeekdays(text: string, py: number, pm: number, pd: number): DateSpan[] {
  const out: DateSpan[] = [];
  const today = Date.UTC(py, pm - 1, pd);
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * 86_400_000;
  for (const m of text.matchAll(WEEKDAY)) {
    const day = WEEKDAYS.indexOf(m[2]!);
    const word = m[1]!.replace(/\s/g, '');
    let t = monday + day * 86_400_000;
    if (word === '지난주') t -= 7 * 86_400_000;
    else if (word === '다음주') t += 7 * 86_400_000;
    else if (word === '오는' && t <= today) t += 7 * 86_400_000;
    out.push({ iso: new Date(t).toISOString().slice(0, 10), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** "같은 날", "같은날", "당일" (not "당일치기"). */
const SAME_DAY = /(?<![가-힣])(?:같은\s?날|당일)(?![가-힣]{2})/g;

/** "같은 달", "같은달", "그달" (not "같은 달력"). */
const SAME_MONTH = /(?<![가-힣])(?:같은\s?달|그\s?달)(?![가-힣]{2})/g;

/** "이날" (not "이날개"): the day the text is about. */
const THAT_DAY = /(?<![가-힣])이날(?=[\s,.]|(?:은|도|에|의)(?![가-힣])|$)/g;

function shiftMonth(y: number, m: number, by: number): [number, number] {
  const t = y * 12 + (m - 1) + by;
  return [Math.floor(t / 12), (t % 12) + 1];
}

/**
 * Dates in a text resolved against `publishedAt` (YYYY-MM-DD). A bare day greater than the
 * article's day means the previous month ("지난 11일" in an article of 07-14 → 07-11; "지난 28일" →
 * 06-28); "오는 N일" goes forward. Without a publication date, only absolute dates are returned.
 */
export function findDates(text: string, publishedAt?: string, sameDay?: string, sameMonth?: string): DateSpan[] {
  const out: DateSpan[] = [];
  // "같은 달", "같은 해 7월" is not this: the month the article named last (given by the caller)
  if (sameMonth && text.includes('달')) for (const m of text.matchAll(SAME_MONTH)) out.push({ iso: sameMonth, start: m.index, end: m.index + m[0].length });
  // "같은 날": the day the article named last (given by the caller)
  if (sameDay) for (const m of text.matchAll(SAME_DAY)) out.push({ iso: sameDay, start: m.index, end: m.index + m[0].length });
  // "이날": the day named last (given by the caller), else the article's day
  const thatDay = sameDay ?? (publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : undefined);
  if (thatDay && text.includes('이날')) for (const m of text.matchAll(THAT_DAY)) out.push({ iso: thatDay, start: m.index, end: m.index + m[0].length });
  const pub = publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt : undefined;
  const [py, pm, pd] = pub ? pub.slice(0, 10).split('-').map(Number) as [number, number, number] : [0, 0, 0];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    let iso: string | undefined;
    if (m[1]) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      iso = toIso(y, mo, d);
    } else if (m[5]) {
      const mo = Number(m[5]);
      const d = Number(m[6]);
      let y = m[4] ? Number(m[4]) : py;
      // "지난해 5월 14일", "작년 12월 3일", "내년 1월 2일": the year word before the month (no capture of its own in DATE_RE)
      const rel = m[4] || !pub ? null : REL_YEAR_BEFORE.exec(text.slice(Math.max(0, m.index - 5), m.index));
      if (rel) y = py + (rel[1] === '올해' ? 0 : rel[1] === '내년' ? 1 : rel[1] === '재작년' ? -2 : -1);
      else if (!m[4] && pub && mo > pm + 1) y = py - 1;
      iso = toIso(y, mo, d);
    } else if (m[7] && pub) {
      const by = /지난/.test(m[7]) ? -1 : /다음/.test(m[7]) ? 1 : 0;
      const [y, mo] = shiftMonth(py, pm, by);
      const d = Number(m[8]);
      iso = toIso(y, mo, d);
    } else if (m[10] && pub) {
      const d = Number(m[10]);
      const forward = m[9] === '오는';
      let [y, mo] = [py, pm];
      if (!forward && d > pd) [y, mo] = shiftMonth(py, pm, -1);
      if (forward && d < pd) [y, mo] = shiftMonth(py, pm, 1);
      iso = toIso(y, mo, d);
    } else if (m[13]) {
      const rel = m[12];
      // ("지난해 6월" without the article's date is no date: not the year -1)
      const y = m[11] ? Number(m[11]) : !pub ? 0 : rel === '올해' ? py : rel === '내년' ? py + 1 : py - 1;
      const mo = Number(m[13]);
      iso = toIsoMonth(y, mo);
    } else if (m[14] && pub) {
      // "전날 공개" in an article of the 12th: the 11th
      iso = new Date(Date.UTC(py, pm - 1, pd - 1)).toISOString().slice(0, 10);
    } else if (m[16] && pub) {
      // "지난 9월 선보인", "3월 공개한": a month of this year, or of last year when it is still to come
      const mo = Number(m[16]);
      const y = m[15] === '오는' ? (mo < pm ? py + 1 : py) : mo > pm ? py - 1 : py;
      iso = toIsoMonth(y, mo);
    } else if (m[17] && pub) {
      iso = pub.slice(0, 10);
    } else if (m[18] && pub) {
      // "이달 초 출시한", "지난달 공개한": the month only
      const [y, mo] = shiftMonth(py, pm, m[18].startsWith('지난') ? -1 : 0);
      iso = toIsoMonth(y, mo);
    }
    if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  const recap = pub ? RECAP_LINE_DATE.exec(text) : null;
  const [rm, rd] = recap ? [Number(recap[1]), Number(recap[2])] : [0, 0];
  const recapIso = recap ? toIso(rm > pm + 1 ? py - 1 : py, rm, rd) : undefined;
  if (recap && recapIso) out.unshift({ iso: recapIso, start: 0, end: recap[0].length - 1 });
  const english = /[A-Z][a-z]{2}/.test(text) ? findEnglishDates(text, py) : [];
  if (english.length) out.push(...english);
  const short = /['‘’]\d\d\./.test(text) ? findShortYearDates(text) : [];
  if (short.length) out.push(...short);
  const weekdays = pub && text.includes('요일') ? findWeekdays(text, py, pm, pd) : [];
  if (weekdays.length) out.push(...weekdays);
  return sameDay || sameMonth || english.length || short.length || weekdays.length || text.includes('이날') ? out.sort((a, b) => a.start - b.start) : out;
}
