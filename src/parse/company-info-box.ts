/**
 * A company page's info box beside the story (an employer-review site's company head, a startup database's profile, a
 * job board's company card): the company's name as the box's heading, then a list of short labelled fields, one of them
 * its head ("<h1>X</h1><ul><li><b>산업</b> …</li><li><b>대표자</b> NAME</li>…</ul>", or a `<dl>` of 대표 / NAME). The
 * story (reviews, postings) names the head only as "대표님"; the box says who it is. readCompanyInfoBox() gives the box as
 * the business line a company's imprint prints, "회사명: X | 대표자: NAME", for the layout to add after the story.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { childElements, findElements, insideFooter, isDescendantOf, previousElement, shortTextOf } from './dom.js';
import { normalizeSpace } from './text.js';

/** The field naming the company's head. */
const HEAD_LABEL = /^(?:대표자|대표자명|대표|대표이사|CEO)$/i;
/** The head's value: a Korean name, alone. */
const HEAD_NAME = /^[가-힣]{2,4}$/;
/** A field's label: a short word or two ("산업", "사원수", "설립일"). */
const FIELD_LABEL = /^[가-힣A-Za-z]{1,6}(?:\s[가-힣A-Za-z]{1,6})?$/;
/** A company's name as the box's heading (its own text, before a Latin name or a badge in a child element). */
const COMPANY_NAME = /^(?:\(주\)|㈜|주식회사\s?)?([가-힣A-Za-z][가-힣A-Za-z0-9&.]{1,19})(?:\s?\(주\)|\s?㈜)?$/;
/** Fewer fields than this is no info box. */
const MIN_FIELDS = 3;

const shortText = (nodes: readonly AnyNode[], limit: number): string => normalizeSpace(shortTextOf(nodes, limit) ?? '');

/** The label and value of each field of a list: `<li><b>LABEL</b> VALUE</li>` items or `<dt>`/`<dd>` pairs (undefined where one is not a field). */
function fieldsOf(list: Element): [string, string][] | undefined {
  const items = childElements(list);
  const out: [string, string][] = [];
  if (list.name === 'dl') {
    for (let i = 0; i + 1 < items.length; i += 2) {
      if (items[i]!.name !== 'dt' || items[i + 1]!.name !== 'dd') return undefined;
      out.push([shortText([items[i]!], 20), shortText([items[i + 1]!], 80)]);
    }
    return out;
  }
  for (const li of items) {
    const label = li.name === 'li' ? childElements(li)[0] : undefined;
    if (!label || !/^(?:b|strong|span|em|label)$/.test(label.name) || li.children[0] !== label) return undefined;
    const value = shortText(li.children.filter((c) => c !== label), 80);
    out.push([shortText([label], 20), value]);
  }
  return out;
}

/** The company a box's heading names: the heading right before the list among its siblings (its own text first). */
function headingCompany(list: Element): string | undefined {
  let h = previousElement(list);
  for (let k = 0; h && k < 2 && !/^h[1-3]$/.test(h.name); k++) h = previousElement(h);
  if (!h || !/^h[1-3]$/.test(h.name)) return undefined;
  const own = normalizeSpace(h.children.filter((c) => c.type === 'text').map((c) => (c as unknown as { data: string }).data).join(' '));
  return COMPANY_NAME.exec(own || shortText([h], 40))?.[1];
}

/** The business line of each company info box outside `container`. */
export function readCompanyInfoBox($: CheerioAPI, container: readonly AnyNode[]): string[] {
  const inside = (el: Element): boolean => container.some((c) => c === el || (c.type === 'tag' && isDescendantOf(el, c)));
  const out: string[] = [];
  for (const list of findElements($.root().toArray(), (e) => e.name === 'ul' || e.name === 'dl', 200)) {
    if (insideFooter(list) || inside(list)) continue;
    const fields = fieldsOf(list);
    if (!fields || fields.length < MIN_FIELDS || !fields.every(([label]) => FIELD_LABEL.test(label))) continue;
    const head = fields.find(([label, value]) => HEAD_LABEL.test(label) && HEAD_NAME.test(value));
    const company = head ? headingCompany(list) : undefined;
    if (head && company) out.push(`회사명: ${company} | ${head[0]}: ${head[1]}`);
  }
  return out;
}
