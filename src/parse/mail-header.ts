/**
 * An e-mail saved as text: the message's header lines ("From: …", "To: …", "Date: Tue, 24 Nov 2026 07:42:13 +0900",
 * "Subject: …", and the client's own: "X-Mailer: …", "Content-Type: …") up to the first blank line. The subject is the
 * page's title, the date its day; the lines of its parties (From, To, Cc) are kept as the message's first line; the other lines are no text of the message.
 */

/** A header line: a field name of letters and dashes, a colon, its value. */
const HEADER_LINE = /^([A-Za-z][A-Za-z-]{1,30}):\s?(.*)$/;
/** The fields naming the message's parties, kept as the message's first line. */
const PARTY_FIELD = /^(?:From|To|Cc)$/i;
/** The fields that open a message's header. */
const OPENING_FIELD = /^(?:From|Return-Path|Received|Message-ID|Delivered-To)$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Tue, 24 Nov 2026 07:42:13 +0900": the day, the month's short name and the year. */
const RFC_DATE = /(?:^|\s)(\d{1,2})\s([A-Za-z]{3})[a-z]*\s((?:19|20)\d{2})\b/;

export interface MailHeader {
  title: string;
  publishedAt?: string;
  /** The header's lines of the message's parties without their addresses ("From: X 리서치센터 To: …"): who wrote to whom, text of the page. */
  sender?: string;
  /** The first line after the header. */
  next: number;
}

function rfcDate(value: string): string | undefined {
  const m = RFC_DATE.exec(value);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

/** The header of a message that opens at line `from`, when it has a subject; undefined otherwise. */
export function readMailHeader(lines: readonly string[], from: number): MailHeader | undefined {
  const first = HEADER_LINE.exec(lines[from]?.trim() ?? '');
  if (!first || !OPENING_FIELD.test(first[1]!)) return undefined;
  const fields = new Map<string, string>();
  const parties: string[] = [];
  let k = from;
  for (; k < lines.length && lines[k]!.trim() !== ''; k++) {
    const field = HEADER_LINE.exec(lines[k]!.trim());
    // (a folded header's next line, indented, goes on with its value)
    if (!field && /^\s/.test(lines[k]!)) continue;
    if (!field) return undefined;
    if (!fields.has(field[1]!.toLowerCase())) fields.set(field[1]!.toLowerCase(), field[2]!.trim());
    // (their addresses left out: a line with an address reads as a page's contact line)
    if (PARTY_FIELD.test(field[1]!)) parties.push(lines[k]!.trim().replace(/\s?<[^<>]*>/g, ''));
  }
  const subject = fields.get('subject');
  if (!subject || fields.size < 3) return undefined;
  const date = fields.get('date');
  return { title: subject.replace(/^(?:(?:Re|Fwd?|FW|RE|답장|전달)\s?:\s?)+/, ''), ...(date && rfcDate(date) ? { publishedAt: rfcDate(date) } : {}), ...(parties.length ? { sender: parties.join(' ') } : {}), next: k };
}
