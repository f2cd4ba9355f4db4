/**
 * A lab's or a company's list of papers, talks or patents marks its own people in bold and says so in a legend ("굵은 이름은
 * X 구성원입니다", "굵게 표시한 저자는 X 소속", "볼드체는 X 멤버"): the bold names of its author lists are X's people,
 * the others (a guest, a partner's researcher with his company in brackets) are not. The bold is gone once the page is
 * text, so each bold name of a list of names gets the legend's company in brackets after it, as the other authors carry
 * theirs ("<b>홍길동</b><sup>†</sup>, 김철수 (Y)" → "홍길동† (X), 김철수 (Y)").
 */
import type { CheerioAPI } from 'cheerio/slim';
import { Text, type AnyNode, type Element } from 'domhandler';

/** The legend: the bold mark, what it marks (names, authors), then the company whose members they are. */
const LEGEND =
  /(?:굵은\s?(?:글씨|글자|이름|표시|서체)|굵게|볼드(?:체)?)(?:(?:로|으로)?\s?(?:표시(?:한|된|되어\s있는|돼\s있는)|쓴|적은))?(?:\s?(?:이름|저자|성명|사람|연구자))?(?:은|는|이|:)\s?(?:모두\s|현재\s)?([가-힣A-Za-z][가-힣A-Za-z0-9&·]{1,19})\s?(?:의\s)?(?:구성원|소속|멤버|재직자|임직원|직원)/;

/** Words in the company's place that name none ("본 연구실", "우리 회사" are not read: they do not end before 구성원). */
const NOT_COMPANY = /^(?:우리|저희|당사|본사|연구실|연구소|연구팀|팀|회사|랩|학과|기관)$/;

/** A person's name as a list of authors gives it: two to four Hangul syllables, or two or three capitalised Latin words. */
const PERSON_NAME = /^(?:[가-힣]{2,4}|[A-Z][a-z]{1,15}(?:[ \-][A-Z][a-z]{1,15}){1,2})$/;

/** The company a page's bold legend names, or undefined. */
export function legendCompany(text: string): string | undefined {
  const m = LEGEND.exec(text);
  const company = m?.[1];
  return company && !NOT_COMPANY.test(company) ? company : undefined;
}

/** The text of a node and its descendants. */
function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as Text).data;
  return 'children' in node ? (node as Element).children.map(textOf).join('') : '';
}

/** The last node of a bold name with the marks glued after it (footnote and co-author marks in <sup>). */
function lastOfMarked(el: Element): Element {
  let last = el;
  for (let n = el.next; n && n.type === 'tag' && (n as Element).name === 'sup'; n = n.next) last = n as Element;
  return last;
}

/** Gives each bold name of a list of names the company of the page's bold legend, in brackets after it. */
export function markLegendMembers($: CheerioAPI): void {
  const company = legendCompany($('body').text().replace(/\s+/g, ' '));
  if (!company) return;
  for (const el of $('b, strong').toArray() as Element[]) {
    const name = textOf(el).trim();
    if (!PERSON_NAME.test(name)) continue;
    const parent = el.parent as Element | null;
    // (a list of names: its line has commas between them, and no sentence's end)
    const line = parent ? textOf(parent) : '';
    if (!line.includes(',') || /[다요]\.|[.!?]\s/.test(line)) continue;
    const last = lastOfMarked(el);
    const after = last.next && last.next.type === 'text' ? (last.next as Text).data : '';
    if (/^\s?\(/.test(after)) continue;
    const added = new Text(` (${company})`);
    const next = last.next;
    added.parent = last.parent;
    added.prev = last;
    added.next = next;
    last.next = added;
    if (next) next.prev = added;
    const siblings = (last.parent as Element).children;
    siblings.splice(siblings.indexOf(last) + 1, 0, added);
  }
}
