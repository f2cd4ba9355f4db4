/**
 * A company's own site (an IR board, a newsroom, a notice page) whose copyright a corporation holds ("Copyright ©
 * ACME Inc."): the page chrome prints the company's Hangul name beside the Latin one in its logo ("ACME 아크미"), or
 * its legal name in the footer's business line ("㈜아크미 | 대표이사 …") under a <title> ending on that name. Such a
 * page's "당사" is that company even where its body never names it (see site-owner.ts in the extract stage).
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { escapeRegex, normalizeSpace } from './text.js';

export interface SiteOwner {
  /** The company's Hangul name ("아크미"). */
  name: string;
  /** The Latin name the copyright line gives ("ACME"). */
  latin: string;
  /** The page is the company's internal system (its staff's groupware or intranet). */
  internal?: boolean;
  /** The page is a disclosure viewer showing the company's filing (the filer its receipt bar names). */
  filer?: boolean;
  /** The page is the site of the company's labour union, whose posts call the company "회사" (see readUnionSite). */
  union?: boolean;
  /** The product the site is named after (a game, an app), whose name on the page stands for the company running it (see readOperatedSite). */
  brand?: string;
}

/** The legal forms after a corporation's Latin name ("ACME Inc", "Acme Labs Co., Ltd."); a newspaper's masthead has none. */
export const CORPORATE_FORMS = ['Inc', 'Corp', 'Corporation', 'Co\\.,?\\sLtd', 'Ltd', 'LLC'];
const holderPatterns = new Map<string, RegExp>();

/** The Latin name of a corporation holding the page's copyright (`forms`: the legal forms taken), else undefined. */
export function corporateHolder(publisher: string | undefined, forms: readonly string[] = CORPORATE_FORMS): string | undefined {
  if (!publisher) return undefined;
  const key = forms.join('|');
  let re = holderPatterns.get(key);
  if (!re) holderPatterns.set(key, (re = new RegExp(`^([A-Z][A-Za-z0-9&]{1,20}(?:\\s[A-Z][A-Za-z0-9&]{1,20}){0,2}),?\\s(?:${key})\\.?$`)));
  return re.exec(publisher.trim())?.[1];
}
/** The legal forms a copyright line signs with, a publisher cut at "Co." too ("ACME Co., Ltd." is read as "ACME Co"). */
const HOLDER_FORMS = [...CORPORATE_FORMS, 'Co'];
/** A Hangul company name (no space). */
const HANGUL = '([가-힣][가-힣A-Za-z0-9]{1,14})';
/** A legal form before or after a name in a footer's business line ("㈜아크미", "(주)아크미", "주식회사 아크미"). */
const LEGAL_BEFORE = /^(?:㈜|\(주\)|주식회사\s?)/;

/** The page's short text nodes (a logo's, a footer line's), normalised. */
function shortTexts($: CheerioAPI): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [...$.root().toArray()];
  while (stack.length > 0 && out.length < 5000) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') {
      const t = normalizeSpace((n as unknown as { data: string }).data);
      if (t !== '' && t.length <= 200) out.push(t);
    } else if (n.type === 'tag' || n.type === 'root') {
      const el = n as Element;
      if (el.name === 'script' || el.name === 'style') continue;
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
    }
  }
  return out;
}

/** The site's owner, when the page is a corporation's own site that prints its Hangul name beside or under its Latin one. */
export function readSiteOwner($: CheerioAPI, publisher: string | undefined, docTitle: string): SiteOwner | undefined {
  // ("© 2026 ACME Co., Ltd.": a notice read up to its first period leaves "ACME Co")
  const latin = corporateHolder(publisher, [...CORPORATE_FORMS, 'Co']);
  if (!latin) return titledOwner(shortTexts($), docTitle) ?? sectionTitledOwner(shortTexts($), docTitle, publisher) ?? senderTaggedOwner(shortTexts($), docTitle);
  const l = escapeRegex(latin);
  const logo = new RegExp(`^(?:${l}\\s${HANGUL}|${HANGUL}\\s${l}|${HANGUL}\\s?\\(${l}\\)|${l}\\s?\\(${HANGUL}\\))$`, 'i');
  const texts = shortTexts($);
  for (const t of texts) {
    const m = logo.exec(t);
    const name = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4];
    if (name) return { name, latin };
  }
  // the <title>'s last part ("… | IR 자료실 | 아크미") written with a legal form in the footer's business line ("㈜아크미 | 대표이사 …")
  const last = /\s[|\-–]\s([가-힣][가-힣A-Za-z0-9]{1,14})$/.exec(normalizeSpace(docTitle))?.[1];
  if (!last) return senderTaggedOwner(texts, docTitle, latin);
  const legal = new RegExp(`^(?:㈜|\\(주\\)|주식회사\\s?)${escapeRegex(last)}(?:\\s?[|·]|$)`);
  return texts.some((t) => LEGAL_BEFORE.test(t) && legal.test(t)) ? { name: last, latin } : undefined;
}

/** The <title>'s last part naming the company in both scripts ("… | IR | 아크미 (ACME)"). */
const TITLE_BOTH = /\s[|\-–]\s([가-힣][가-힣A-Za-z0-9]{1,14})\s?\(([A-Z][A-Za-z0-9&]{1,20}(?:\s[A-Z][A-Za-z0-9&]{1,20}){0,2})\)$/;

/**
 * A site with no copyright notice to name its holder by: the <title>'s last part naming the company in Hangul with its
 * Latin name in parentheses, written with a legal form in the footer's business line ("(주)아크미 | 대표이사 …").
 */
function titledOwner(texts: string[], docTitle: string): SiteOwner | undefined {
  const both = TITLE_BOTH.exec(normalizeSpace(docTitle));
  if (!both) return undefined;
  const legal = new RegExp(`^(?:㈜|\\(주\\)|주식회사\\s?)${escapeRegex(both[1]!)}(?:\\s?[|·]|$)`);
  return texts.some((t) => LEGAL_BEFORE.test(t) && legal.test(t)) ? { name: both[1]!, latin: both[2]! } : undefined;
}

/** The <title>'s last part: a Hangul name, maybe then the section of the site ("… | 아크미 고객지원", "… - 아크미 뉴스룸"). */
const TITLE_SECTION = /\s[|\-–]\s([가-힣][가-힣A-Za-z0-9]{1,14})(?:\s(?:고객지원|고객센터|고객\s?서비스|뉴스룸|홍보센터|홈페이지|공식\s?홈페이지|자료실|공지사항|IR))?$/;

/**
 * A site whose copyright notice names no legal form ("© 2026 ACME."): the <title>'s last part naming the company in Hangul,
 * maybe with the site's section ("… | 아크미 고객지원"), written with a legal form before or after it in the footer's
 * business line ("아크미(주) | 대표이사 …", "㈜아크미 | …").
 */
function sectionTitledOwner(texts: string[], docTitle: string, publisher: string | undefined): SiteOwner | undefined {
  const name = TITLE_SECTION.exec(normalizeSpace(docTitle))?.[1];
  if (!name) return undefined;
  const n = escapeRegex(name);
  const legal = new RegExp(`^(?:(?:㈜|\\(주\\)|주식회사\\s?)${n}|${n}\\s?(?:㈜|\\(주\\)|주식회사))(?:\\s?[|·]|$)`);
  if (!texts.some((t) => legal.test(t))) return undefined;
  const latin = publisher && /^[A-Z][A-Za-z0-9&]{1,20}(?:\s[A-Z][A-Za-z0-9&]{1,20}){0,2}$/.test(publisher.trim()) ? publisher.trim() : name;
  return { name, latin };
}

/** A mailing's subject opening on its sender's name in brackets ("[아크미] 서비스 종료 안내"). */
const SENDER_TAG = /^\[([가-힣][가-힣A-Za-z0-9]{1,14})\]\s/;

/**
 * A company's mailing saved as a page: the <title> (its subject) opens on the sender's name in brackets, and the mail's
 * business line writes that name with a legal form ("(주)아크미 | 대표이사 …"): the company whose "당사" the mail speaks as.
 */
function senderTaggedOwner(texts: string[], docTitle: string, latin?: string): SiteOwner | undefined {
  const name = SENDER_TAG.exec(normalizeSpace(docTitle))?.[1];
  if (!name) return undefined;
  const legal = new RegExp(`^(?:㈜|\\(주\\)|주식회사\\s?)${escapeRegex(name)}\\s?[|·]`);
  return texts.some((t) => legal.test(t)) ? { name, latin: latin ?? name } : undefined;
}

/**
 * "X㈜ 사내 전용 시스템", "(주)X 임직원 전용": a company's internal system (a groupware board, an intranet) saying in its
 * footer whose staff alone it is for, with the company's legal form. Its notices speak of the company as "우리 회사",
 * "당사", and may never name it.
 */
const INTERNAL_SYSTEM = /^(?:(?:㈜|\(주\)|주식회사\s?)([가-힣][가-힣A-Za-z0-9]{1,14})|([가-힣][가-힣A-Za-z0-9]{1,14})(?:㈜|\(주\)|\s주식회사))\s?(?:사내|임직원)\s?(?:전용|한정)(?=$|[\s·|,.])/;
/** "이 Jira 사이트는 (주)X의 내부 업무용입니다", "㈜X의 사내 전용 시스템": the same said of the site, the company's possessive before the use. */
const INTERNAL_USE = /(?:^|\s)(?:㈜|\(주\)|주식회사\s?)([가-힣][가-힣A-Za-z0-9]{1,14})의\s(?:사내|내부|임직원)\s?(?:업무\s?)?(?:전용|한정|용)(?=$|[\s·|,.]|(?:입니다|이다|이며|으로)(?![가-힣]))/;
/** The system's logo: the company's Latin name and what the system is ("ACME Groupware", "ACME 인트라넷"). */
const SYSTEM_LOGO = /^([A-Z][A-Za-z0-9&]{1,20})\s(?:Groupware|Intranet|Portal|Workplace|그룹웨어|인트라넷|사내\s?포털)$/;

/** An internal system's <title>: the company's Hangul name and what the system is, then the board's path. */
const SYSTEM_TITLE = /^([가-힣][가-힣A-Za-z0-9]{1,14})\s(?:그룹웨어|인트라넷|사내\s?포털|Groupware|Intranet)\s[-|–>]\s/;
/** A footer's line saying the page is for the staff alone ("사내한정", "외부 유출 금지", "임직원 전용"). */
const STAFF_ONLY = /사내\s?한정|사내\s?전용|임직원\s?전용|외부\s?유출\s?금지|대외비/;

/** The company an internal system's footer says it is for, as the page's owner (its Latin name from the system's logo, or its copyright line, if any). */
export function readInternalSystem($: CheerioAPI, publisher?: string): SiteOwner | undefined {
  const texts = shortTexts($);
  for (const t of texts) {
    const m = INTERNAL_SYSTEM.exec(t) ?? INTERNAL_USE.exec(t);
    const name = m?.[1] ?? m?.[2];
    if (!name) continue;
    const latin = texts.map((x) => SYSTEM_LOGO.exec(x)?.[1]).find((x) => x !== undefined);
    return { name, latin: latin ?? name, internal: true };
  }
  // ("아크미 그룹웨어 - 인사공지 - …": the system's <title> opens on the company and what the system is, its footer
  // saying the page is for staff alone)
  const titled = SYSTEM_TITLE.exec(normalizeSpace($('title').first().text()));
  // (its copyright line, "Copyright(c) ACME PRECISION Co., Ltd.", signs with the company's Latin name: a staff-only system's holder is its owner)
  if (titled && texts.some((t) => STAFF_ONLY.test(t))) return { name: titled[1]!, latin: corporateHolder(publisher, HOLDER_FORMS) ?? titled[1]!, internal: true };
  return undefined;
}

/**
 * "누리봇 릴리스 노트 - 모델팀 - Confluence" under the logo "아크미 위키": a team's page on the company's own wiki, an internal
 * system of the company (read before the page's chrome, the header that holds the logo, is pruned).
 */
export function readCompanyWiki($: CheerioAPI): SiteOwner | undefined {
  if (!WIKI_TITLE.test(normalizeSpace($('title').first().text()))) return undefined;
  const name = shortTexts($).map((t) => WIKI_LOGO.exec(t)?.[1]).find((x) => x !== undefined);
  return name ? { name, latin: name, internal: true } : undefined;
}

/** A hosted team wiki's <title>: the page, its space, then the product ("… - AI플랫폼팀 - Confluence"). */
const WIKI_TITLE = /\s[-|–]\s(?:Confluence|컨플루언스)$/;
/** The wiki's logo: the company's Hangul name and the word for its (internal) wiki ("아크미 위키", "아크미 사내 위키"). */
const WIKI_LOGO = /^([가-힣][가-힣A-Za-z0-9]{1,14})\s(?:사내\s?)?(?:위키|Wiki)$/;

/**
 * "제출인: X 주식회사", "공시대상회사 : (주)X": a disclosure viewer's receipt bar naming the filer of the document it shows (an
 * 증권신고서, a 사업보고서). The filing speaks as "당사", which is the filer, though its text may never name it.
 */
const FILER_LABEL_FORM = '(?:제출인|제출\\s?회사|공시\\s?대상\\s?회사|신고인|발행\\s?회사)';
/** The filer's name with its legal form before or after it, the name captured. */
const FILER_NAME_FORM = '(?:주식회사\\s?|㈜\\s?|\\(주\\)\\s?)?([가-힣][가-힣A-Za-z0-9]{1,14})(?:\\s?주식회사|\\s?㈜|\\s?\\(주\\))?';
const FILER_FIELD = new RegExp(`^${FILER_LABEL_FORM}\\s?[:：]\\s?${FILER_NAME_FORM}$`);
/** The field's label and the filer's name each alone in a cell of the bar's table. */
const FILER_LABEL = new RegExp(`^${FILER_LABEL_FORM}$`);
const FILER_NAME = new RegExp(`^${FILER_NAME_FORM}$`);

/**
 * A filing's signature, each part a line of its own: its date, the filer's name with its legal form (required here), then
 * "대표이사 NAME" ("2026년 3월 2일 / 주식회사 X / 대표이사 홍길동"), as a filing in a viewer with no receipt bar ends.
 */
const SIGNATURE_DATE = /^20\d\d\s?(?:년\s?\d{1,2}\s?월\s?\d{1,2}\s?일|\.\s?\d{1,2}\s?\.\s?\d{1,2}\.?)$/;
const SIGNED_FILER = /^(?:(?:주식회사\s?|㈜\s?|\(주\)\s?)([가-힣][가-힣A-Za-z0-9]{1,14})|([가-힣][가-힣A-Za-z0-9]{1,14})(?:\s?주식회사|\s?㈜|\s?\(주\)))$/;
/** A filing's signing head, "대표이사 NAME" (its letters maybe spaced out): the signature block's last part. */
export const HEAD_SIGNATURE = String.raw`대\s?표\s?이\s?사\s+[가-힣](?:\s?[가-힣]){1,3}`;
const SIGNED_HEAD = new RegExp(String.raw`^${HEAD_SIGNATURE}(?:\s?\(인\))?$`);

/** The filer a signature block starting at `texts[i]` (its date line) names. */
function signedFiler(texts: string[], i: number): string | undefined {
  if (!SIGNATURE_DATE.test(texts[i]!) || !SIGNED_HEAD.test(texts[i + 2] ?? '')) return undefined;
  const m = SIGNED_FILER.exec(texts[i + 1] ?? '');
  return m?.[1] ?? m?.[2];
}

/** The filer a disclosure viewer's receipt bar names, as the page's owner (its name standing for its Latin one too). */
export function readFiler($: CheerioAPI): SiteOwner | undefined {
  const texts = shortTexts($);
  for (const [i, t] of texts.entries()) {
    // (the bar as a table: the field's label in one cell, the filer in the next, "<th>제출인</th><td>X</td>"; or the filing's signature)
    const name = FILER_FIELD.exec(t)?.[1] ?? (FILER_LABEL.test(t) ? FILER_NAME.exec(texts[i + 1] ?? '')?.[1] : undefined) ?? (t.startsWith('20') ? signedFiler(texts, i) : undefined);
    if (name) return { name, latin: name, filer: true };
  }
  return undefined;
}

/** A union's name after its company's: "X 노조", "X 새노조", "X 노동조합", "X 지부" (a branch of an industry union). */
const UNION_WORD = '(?:새노조|노조|노동조합|지부|지회)';
/** The <title>'s last part naming a company's labour union ("[성명서] … - X 새노조"). */
const UNION_TITLE = new RegExp(`\\s[|\\-–]\\s([가-힣][가-힣A-Za-z0-9]{1,14})\\s${UNION_WORD}$`);

/**
 * A company's labour union's own site (a board of statements): the <title> ends on the union's name, "X 노조", and the
 * page's header or footer prints that name again. Its posts speak of the company as "회사", "사측", and may never name it
 * in the body; the company is the page's owner in that sense.
 */
export function readUnionSite($: CheerioAPI, docTitle: string): SiteOwner | undefined {
  const name = UNION_TITLE.exec(normalizeSpace(docTitle))?.[1];
  if (!name) return undefined;
  const own = new RegExp(`^${escapeRegex(name)}\\s${UNION_WORD}(?:$|\\s?[|·(])`);
  return shortTexts($).some((t) => own.test(t)) ? { name, latin: name, union: true } : undefined;
}

/** The <title>'s last part naming a product's own site ("… | X 공식 홈페이지", "… - X 공식 사이트"): a game's, a service's. */
const PRODUCT_SITE_TITLE = /\s[|\-–]\s([가-힣][가-힣A-Za-z0-9]{1,14}|[A-Z][A-Za-z0-9]{1,20})\s(?:공식\s?(?:홈페이지|사이트|웹사이트)|official\s(?:site|website))$/i;
/** A footer's business line naming the corporation that runs the site and its head ("(주)Y | 대표이사 NAME | …"); the name may be two words ("스튜디오 Y"). */
const OPERATOR_LINE = /^(?:㈜|\(주\)|주식회사\s?)([가-힣][가-힣A-Za-z0-9]{1,14}(?:\s[가-힣][가-힣A-Za-z0-9]{0,9})?)\s?[|·]\s?(?:대표이사|대표자|대표|CEO)\s?[:：]?\s?[가-힣]{2,4}(?=\s?[|·]|$)/;

/**
 * A product's official site (a game's, an app's) whose footer's business line names another corporation: that corporation
 * runs the site, and what the site calls by the product's name ("X 개발팀", "X 총괄 PD") is the operator's (`brand`).
 */
export function readOperatedSite($: CheerioAPI, docTitle: string): SiteOwner | undefined {
  const brand = PRODUCT_SITE_TITLE.exec(normalizeSpace(docTitle))?.[1];
  if (!brand) return undefined;
  for (const t of shortTexts($)) {
    const name = OPERATOR_LINE.exec(t)?.[1];
    if (name && !name.includes(brand)) return { name, latin: name, brand };
  }
  return undefined;
}
