/**
 * A company's own page (a partner directory, a product page) keeps what it says of itself outside the story's
 * container: an "about" strip between the content and the footer ("X 소개: X는 … 모델 Y를 공개했습니다") and the footer's
 * business line ("(주)X | 대표 NAME | 주소 … | 사업자등록번호 …"). Both are the site owner's own statements, read
 * after the body: the strip's paragraphs as they are, the business line up to its head (no address, no numbers).
 */
import type { CheerioAPI } from 'cheerio';
import { contains } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { walkBlocks, type RawBlock } from '../blocks.js';
import { insideFooter, textOf } from '../dom.js';
import { select } from '../simple-select.js';
import { escapeRegex, normalizeSpace } from '../text.js';

/** A section whose class or id says it introduces the company ("about-strip", "company-intro", "corp_info"). */
const ABOUT_NAME = /(?:^|[-_\s])(?:about|company[-_]?(?:intro|info|about)|corp[-_]?(?:intro|info))(?:$|[-_\s])/i;
/** A legal form before a name in a footer's business line ("㈜X", "(주)X", "주식회사 X"). */
const LEGAL = String.raw`(?:㈜|\(주\)|주식회사\s?)`;
/** The head's post in a business line ("대표", "대표이사", "CEO"). */
const HEAD_POST = String.raw`(?:대표이사|대표자|대표|CEO)`;

/** A business registration number: what only a company's business line prints. */
const REGISTRATION = /사업자\s?등록\s?번호/;

/** The site owner's about strips and footer business line, as body blocks to read after the story. */
export function ownerStrips($: CheerioAPI, container: Element[], ownerName: string): RawBlock[] {
  const out: RawBlock[] = [];
  const outside = (el: Element): boolean => !container.some((c) => c === el || contains(c, el) || contains(el, c));
  for (const el of select($, 'section, div, aside').toArray() as Element[]) {
    if (!ABOUT_NAME.test(el.attribs.class ?? '') && !ABOUT_NAME.test(el.attribs.id ?? '')) continue;
    if (!outside(el) || insideFooter(el)) continue;
    // (the strip must speak of the owner: its text names the company)
    if (!normalizeSpace(textOf($(el))).includes(ownerName)) continue;
    for (const b of walkBlocks([el as AnyNode], { captionFromAlt: false })) if (b.kind !== 'caption') out.push({ ...b, kind: b.kind === 'heading' ? 'heading' : 'body' });
  }
  const line = new RegExp(String.raw`^(${LEGAL}${escapeRegex(ownerName)}\s?[|·]\s?${HEAD_POST}\s?[:：]?\s?[가-힣]{2,4})(?=\s?[|·]|\s*$)`);
  for (const el of select($, 'p, li, address, div, span, td').toArray() as Element[]) {
    const text = normalizeSpace(textOf($(el)));
    // (a mailing's layout table has no footer element: its business line says what it is by its registration number)
    if (!insideFooter(el) && !REGISTRATION.test(text)) continue;
    const m = line.exec(text);
    if (m) {
      out.push({ kind: 'body', text: m[1]! });
      break;
    }
  }
  return out;
}
