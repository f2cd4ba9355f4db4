/** The date of a generic page where no meta tag gives it: a labelled stamp, a date alone after the headline, the URL. */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { normalizeDate, readClockLine, readDateStamp, YMD } from '../dates.js';
import { textOf } from '../dom.js';
import { select } from '../simple-select.js';
import { normalizeSpace } from '../text.js';

/** "입력 2026.11.26", "Date: 2026-11-26", a disclosure viewer's "공시일시 2026.11.18 17:42": a labelled date in the page's text. */
const LABELLED_DATE = new RegExp(String.raw`(?:입력|등록|공시|작성|게시|게재|승인|발행|발송|송고|기사입력|Published|보낸\s?날짜|(?<![가-힣])날짜|(?<![A-Za-z])(?:Date|Sent)\s?:)(?:일자|일시|일)?\s?[:：]?\s?(${YMD})`);
/** A labelled date that is an issue's or a mailing's (발행, 발송), not the story's entry. */
const ISSUE_LABEL = /^(?:발행|발송)/;
/** "입력 2026.12.01", "기사입력 …", "등록 …": a story's own entry date. */
const ENTRY_DATE = new RegExp(String.raw`(?:기사입력|입력|등록|작성|게시|게재|승인|송고)(?:일자|일시|일)?\s?[:：]?\s?(${YMD})`);
const LEADING_DATE = new RegExp(`^(${YMD})`);
/** "배포일시: 2026-11-26", "배포일 2026.3.13.": a wire page's release time, a report's distribution date. */
// ("배포일 2026.3.13.": a report's distribution date, its label a whole word with no colon)
const RELEASE_DATE = new RegExp(String.raw`배포\s?(?:(?:일시|일자|일)\s?[:：]?|[:：])\s?(${YMD})`);

/** "최종 갱신일: 2026.11.28": a record page's last update, read when nothing else dates the page. */
const UPDATED_DATE = new RegExp(String.raw`(?:최종\s?|정보\s?)?(?:갱신|업데이트)(?:일|일자|일시)\s?[:：]?\s?(${YMD})`);
/** "최종 업데이트: 2026.11.30", "최종 갱신 2026-11-28": a page's last update, its label a whole phrase (a colon optional). */
const UPDATED_STAMP = new RegExp(String.raw`최종\s?(?:업데이트|갱신)(?:일|일자|일시)?\s?[:：]?\s?(${YMD})`);
/** "2025년 6월 16일 발행", "2025.06.16 발송", "2025년 6월 16일(월) 발행": a newsletter's issue date, labelled after it. */
const ISSUED_DATE = new RegExp(String.raw`(${YMD})일?\s?(?:\([월화수목금토일]\)\s?)?(?:발행|발송)일?(?![가-힣])`);

/** "작성일 25-06-16 09:10": a board's post date with a two-digit year, labelled and followed by a time. */
const SHORT_YEAR_DATE = /(?:작성일|등록일|작성|등록|입력)\s?[:：]?\s?(\d{2})[-./](\d{2})[-./](\d{2})\s\d{1,2}:\d{2}(?!\d)/;

function readShortYearDate(text: string): string | undefined {
  const m = SHORT_YEAR_DATE.exec(text);
  return m ? normalizeDate(`20${m[1]}-${m[2]}-${m[3]}`) : undefined;
}

/** A date stamp in the visible page: "입력 2025.07.14 10:00", "등록 2025-07-14". */
export function readVisibleDate($: CheerioAPI): string | undefined {
  const text = textOf(select($, 'body')).slice(0, 200_000);
  const m = LABELLED_DATE.exec(text);
  // (a directory's "최종 업데이트: 2026.11.30" above its cards' own "등록일 2026.04.02": the page's date is its update's)
  const updated = UPDATED_STAMP.exec(text);
  if (updated && (!m || updated.index < m.index)) return normalizeDate(updated[1]);
  // (a magazine's issue bar, "12월호 | 발행 2026.11.20", above the story's own "입력 2026.12.01": the story's entry date)
  const entry = m && ISSUE_LABEL.test(m[0]) ? ENTRY_DATE.exec(text.slice(m.index + m[0].length, m.index + 3000)) : null;
  if (m) return normalizeDate((entry ?? m)[1]);
  // a post's own date box ("post_date", "reg-date"; not a comment's), then a wire page's release time ("배포일시: …")
  // (or a community board's writer box whose date element carries the full stamp in its title, "span.gall_date[title]")
  const el = select($, '[class*="post_date"], [class*="post-date"], [class*="reg_date"], [class*="reg-date"], [class*="write_date"], [class*="gall_date"], [class*="writer"] [class*="date"][title]').first();
  const box = normalizeSpace(el.attr('title') ?? textOf(el));
  const boxed = LEADING_DATE.exec(box) ?? LEADING_DATE.exec(normalizeSpace(textOf(el)));
  if (boxed) return normalizeDate(boxed[1]);
  const release = RELEASE_DATE.exec(text);
  // (a database's record page dates nothing but its last update: "최종 갱신일: 2026.11.28")
  return normalizeDate(release?.[1] ?? ISSUED_DATE.exec(text)?.[1]) ?? readShortYearDate(text) ?? normalizeDate(UPDATED_DATE.exec(text)?.[1]);
}

/**
 * A text that is nothing but a date ("2026년 11월 14일", "2025.07.14 10:00") after the headline <h1> and
 * outside the body container, alone or after a byline and a separator: the post date of pages that label
 * nothing ("작성자 · 날짜").
 */
export function readDateAfterHeadline($: CheerioAPI, container: Cheerio<AnyNode> | undefined): string | undefined {
  const inBody = container?.[0] as Element | undefined;
  const stack: AnyNode[] = [...(($.root()[0] as unknown as { children: AnyNode[] }).children ?? [])].reverse();
  let afterH1 = false;
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') {
      const t = normalizeSpace((n as unknown as { data: string }).data);
      const stamp = afterH1 && t.length <= 50 ? readDateStamp(t) : undefined;
      if (stamp?.bare) return stamp.date;
      // (a mail archive's header line under the subject: "Wed Oct 14 09:12:33 KST 2026")
      const clock = afterH1 && t.length <= 40 ? readClockLine(t) : undefined;
      if (clock) return clock;
      continue;
    }
    if (n.type !== 'tag' || n === inBody) continue;
    const el = n as Element;
    // (a CMS that prints its headline as an <h2>/<h3> of a title class: "h3.view_title", "h2.article-tit")
    if (el.name === 'h1' || (/^h[23]$/.test(el.name) && /(?:^|[\s_-])(?:view|article|news|story|post)?[_-]?(?:title|tit|headline|subject)(?:$|[\s_-])/i.test(el.attribs['class'] ?? ''))) afterH1 = true;
    if (el.name === 'script' || el.name === 'style') continue;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
  }
  return undefined;
}

/** A date in the article's URL: /2025/07/14/ or /20250714…. */
export function readUrlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /\/((?:19|20)\d{2})\/?(\d{2})\/?(\d{2})(?:\/|\d|$)/.exec(url);
  return m ? normalizeDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}
