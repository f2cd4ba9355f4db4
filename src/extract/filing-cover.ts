/**
 * The cover block of a disclosure filing (사업보고서, 분기보고서, 증권신고서) quoted on a page:
 * labelled lines, their labels often letter-spaced ("회 사 명 : X 주식회사", "대 표 이 사 : 홍길동",
 * "작 성 책 임 자 : (직책) 최고재무책임자 (성명) 김철수"). The company named there is the one the
 * filing's "당사" means, and the officers named there hold their posts at it.
 */
import { addEmployee, addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import type { Sentence } from '../parse/types.js';
import type { Mention, RuleSet } from './types.js';
import { filerRowFact } from './table-rows.js';
import { spacedPartyCaption } from './defined-short.js';
import { addIssuerLineup } from './issuer-lineup.js';
import { readAttendantLine, readBoardSeat, readDutyStaff, readMinutesCompany, readSignatureLine } from './minutes-cover.js';

/** A label written with or without spaces (or the column bars a text layout put) between its letters. */
const spaced = (label: string): string => label.split('').join('[\\s|]*');
const LABEL_END = '[\\s|]*[:：][\\s|]*';
/** Where a field starts: the sentence's start or a space (the fields of a cover may run on in one paragraph). */
const AT_FIELD = '(?:^|(?<=[\\s|]))';
/** (and a contract notice's or a market summary's party: "계약상대자 : (주)X", "업체명: X", "종목명 : X", its head in the "대표자" line) */
/** (and a fund's report's manager, whose "당사" the report's is: "업무집행조합원(GP): X 주식회사", "운용사 : X") */
const COMPANY_FIELD = new RegExp(`${AT_FIELD}(?:${['회사명', '상호', '법인명', '기업명', '계약상대자', '업체명', '종목명', '업무집행조합원', '운용사', '집합투자업자'].map(spaced).join('|')})(?:\\s?\\((?:GP|국문)\\))?${LABEL_END}`);
/** A person's name, also letter-spaced as a cover's table prints it ("강 태 윤"). */
const NAME = '([가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})';
const HEAD_FIELD = new RegExp(`${AT_FIELD}(${['대표이사', '대표자', '대표'].map(spaced).join('|')})${LABEL_END}${NAME}(?:[\\s|]*[,·][\\s|]*${NAME})?(?=[\\s|]|$)`);
/** "작성책임자 : (직책) 최고재무책임자 (성명) 김철수": the title and the name each in a labelled slot. */
/** "피 심 인 주식회사 X … 대표자 홍길동": in a decision's cover block, the party's head after an unlabelled 대표자 (no colon). */
const CAPTION_HEAD = new RegExp(`(?:^|\\s)(대표자|대표이사)\\s+${NAME}(?=\\s|$)`);
const SIGNER_FIELD = new RegExp(`${AT_FIELD}${spaced('작성책임자')}${LABEL_END}\\(직\\s?책\\)[\\s|]*([^()|]{2,20}?)[\\s|]*\\(성\\s?명\\)[\\s|]*${NAME}(?=[\\s|]|$)`);

/**
 * A disclosure viewer's company overview (DART's 회사개황) saved as text: labels and values in aligned columns,
 * no colon ("회사명(국문)  X", "대표이사  홍길동", "공시책임자  상무 김철수 (02-…)"), read when two of its labels show.
 */
const OVERVIEW_LABEL = /회사명\(국문\)|종목코드|법인구분|공시책임자|본점주소/g;
const OVERVIEW_COMPANY = /회사명\(국문\)\s+/;
const OVERVIEW_HEAD = new RegExp(`(?:^|\\s)(대표이사)\\s+${NAME}(?:\\s?[,·]\\s?${NAME})?(?=\\s|$)`);
const OVERVIEW_DISCLOSER = new RegExp(`(?:^|\\s)공시책임자\\s?[:：]?\\s+((?:상무|전무|부사장|사장|상무이사|전무이사|이사|부장|[가-힣]{1,6}(?:팀장|본부장|실장)))\\s${NAME}(?=\\s|\\(|$)`);

/** The filer and its officers from an overview's labelled columns ("대표이사  홍길동"). */
function readOverview(s: Sentence, mentions: Mention[] | undefined, cover: FilingCover): void {
  // (or its labelled line alone, a sheet's "label: value" line: "공시책임자: 상무 NAME (02-…)")
  if ((s.text.match(OVERVIEW_LABEL)?.length ?? 0) < 2 && !/^공시책임자\s?[:：]/.test(s.text)) return;
  const field = OVERVIEW_COMPANY.exec(s.text);
  const at = field ? field.index + field[0].length : -1;
  if (field) cover.company ??= companyStartingIn(mentions, at, at + 6);
  const head = OVERVIEW_HEAD.exec(s.text);
  if (head) for (const name of [head[2], head[3]]) if (name) cover.officers.push({ name, title: head[1]!, sentence: s });
  const discloser = OVERVIEW_DISCLOSER.exec(s.text);
  if (discloser) cover.officers.push({ name: discloser[2]!, title: discloser[1]!, sentence: s });
}

/** The first company (not a blocked name) a mention list has starting between `from` and `to` (both included): a label's value. */
function companyStartingIn(mentions: Mention[] | undefined, from: number, to: number): Mention | undefined {
  return mentions?.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start >= from && m.start <= to);
}

/** How far a company's name may start after its label: past a legal mark before it ("(주)X", "주식회사 X"), else 2. */
function legalMarkAt(text: string, at: number): number {
  const mark = /^(?:\(주\)|㈜|주식회사)\s?/.exec(text.slice(at, at + 6));
  return mark ? mark[0].length : 2;
}

/** A sentence that is only a cover's label ("대 표 이 사 :"), its value in the next cell. */
const LABEL_ALONE = /^[가-힣\s]{2,16}[:：]\s*$/;

export interface FilingCover {
  /** The filer: what the filing's "당사" means. */
  company?: Mention;
  /** The filer is the company whose minutes the page is, read from their legal-name line (see minutes-cover.ts). */
  minutes?: true;
  officers: Array<{ name: string; title: string; sentence: Sentence }>;
}

/** The filer and its officers from a filing's cover block, when the page quotes one. */
export function readFilingCover(sentences: Sentence[], mentions: Mention[][]): FilingCover {
  const cover: FilingCover = { officers: [] };
  for (const [i, s] of sentences.entries()) {
    if (s.block === 'title' || s.text.length > 240) continue;
    const field = cover.company ? null : COMPANY_FIELD.exec(s.text);
    // the filer is the company named right after the label (or, the label alone in its cell, at the start of the next one)
    const alone = field !== null && field.index + field[0].length >= s.text.trimEnd().length;
    if (field) {
      const at = field.index + field[0].length;
      cover.company = alone ? companyStartingIn(mentions[i + 1], 0, 6) : companyStartingIn(mentions[i], at, at + legalMarkAt(s.text, at));
    }
    // a decision's cover names its party after a letter-spaced role ("피 심 인 주식회사 X"), the party's head later in the block
    const party = cover.company || field ? null : spacedPartyCaption(s.text);
    if (party) {
      cover.company = companyStartingIn(mentions[i], party.index + party[0].length, party.index + party[0].length + 2);
      const head = cover.company ? CAPTION_HEAD.exec(s.text.slice(party.index)) : null;
      if (head) cover.officers.push({ name: head[2]!.replace(/\s/g, ''), title: head[1]!, sentence: s });
    }
    // ("대 표 이 사 :" | "강 태 윤": a label and its value in cells of their own)
    const text = LABEL_ALONE.test(s.text) && sentences[i + 1] ? `${s.text} ${sentences[i + 1]!.text}` : s.text;
    const head = HEAD_FIELD.exec(text);
    if (head) for (const name of [head[2], head[3]]) if (name) cover.officers.push({ name: name.replace(/\s/g, ''), title: head[1]!.replace(/[\s|]/g, ''), sentence: s });
    const signer = SIGNER_FIELD.exec(text);
    if (signer) cover.officers.push({ name: signer[2]!.replace(/\s/g, ''), title: signer[1]!.trim(), sentence: s });
    if (s.text.includes('참석자') || s.text.includes(':')) readAttendees(s, cover.officers);
    if (s.text.includes('회사명(국문)') || s.text.includes('공시책임자')) readOverview(s, mentions[i], cover);
    // (minutes signed at their end: "사내이사  홍 길 동  (인)")
    for (const signed of readSignatureLine(s.text)) cover.officers.push({ ...signed, sentence: s });
    // (and their staff named by duty and post: "재무담당 부장 홍길동은")
    for (const staff of readDutyStaff(s.text)) cover.officers.push({ ...staff, sentence: s });
    const attendant = s.text.includes('석') ? readAttendantLine(s.text) : undefined; // (minutes' "배석자 : 팀장 NAME")
    if (attendant) cover.officers.push({ ...attendant, sentence: s });
    const director = readBoardSeat(s.text); // (a notice's "기존 사내이사 NAME은 … 퇴임할 예정")
    if (director) cover.officers.push({ ...director, sentence: s });
  }
  cover.company ??= readMarkedTitle(sentences[0], mentions[0]);
  if (!cover.company) {
    cover.company = readMinutesCompany(sentences, mentions);
    if (cover.company) cover.minutes = true;
  }
  if (!cover.company) cover.officers = [];
  return cover;
}

/**
 * "X(주) 2025년 4분기 실적 컨퍼런스콜 녹취록", "㈜X 사업보고서": a title that opens on a company with its corporate
 * mark names the company that issued the document (a news headline writes a company without it).
 */
function readMarkedTitle(s: Sentence | undefined, mentions: Mention[] | undefined): Mention | undefined {
  if (!s || s.block !== 'title' || !(s.text.includes('(주)') || s.text.includes('㈜'))) return undefined;
  const lead = /^\s*(?:\(주\)|㈜)?\s?/.exec(s.text)![0].length;
  const company = mentions?.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start === lead);
  if (!company) return undefined;
  const marked = lead > 0 && /(?:\(주\)|㈜)/.test(s.text.slice(0, lead)) || /^(?:\(주\)|㈜)/.test(s.text.slice(company.end));
  return marked ? company : undefined;
}

/** An officer's post after or before the name on a call's or a meeting's cover ("홍길동 대표이사", "전무 (CFO)", "IR팀장"). */
const OFFICER_POST = '(?:대표이사|부사장|사장|전무|상무|부회장|회장|C[A-Z]{1,2}O|(?:[A-Z]{2,3}|[가-힣]{1,6})(?:팀장|본부장|실장|센터장|연구소장))(?:\\s?\\((?:C[A-Z]{1,2}O|[가-힣]{2,8})\\))?';
/** "회사 참석자 : 홍길동 대표이사 김철수 전무 (CFO) …": the company's side of a call, each name with its post. */
const ATTENDEES = /(?:^|\s)(?:회사|당사)\s?참석자\s?[:：]\s?/;
const ATTENDEE = new RegExp(`([가-힣]{2,4})\\s(${OFFICER_POST})(?:,\\s?|\\s|$)`, 'y');
/** "대표이사 홍길동: …", "CFO 김철수: …": a turn of a call opened by one of the company's officers, the post then the name. */
const OFFICER_TURN = new RegExp(`^(${OFFICER_POST})\\s([가-힣]{2,4}):\\s`);

/** The company's officers a call's cover lists, or whose turns the transcript opens with their post and name. */
function readAttendees(s: Sentence, officers: FilingCover['officers']): void {
  const turn = OFFICER_TURN.exec(s.text);
  if (turn) officers.push({ name: turn[2]!, title: turn[1]!, sentence: s });
  const label = ATTENDEES.exec(s.text);
  if (!label) return;
  ATTENDEE.lastIndex = label.index + label[0].length;
  for (let m = ATTENDEE.exec(s.text); m; m = ATTENDEE.exec(s.text)) officers.push({ name: m[1]!, title: m[2]!, sentence: s });
}

/** WORKS_FOR for every officer the cover names, at the filer. */
export function addCoverOfficers(acc: Acc, rules: RuleSet, articleId: string, cover: FilingCover): void {
  const company = cover.company;
  if (!company) return;
  // (minutes' company may be named on their legal-name line alone, a heading that adds no entity by itself)
  if (cover.minutes && !acc.entities.has(company.key) && cover.officers[0]) addEntity(acc, company, rules, evidenceOf(articleId, cover.officers[0].sentence, 'mention', 1));
  if (!acc.entities.has(company.key)) return;
  for (const o of cover.officers) {
    const ev = evidenceOf(articleId, o.sentence, 'works-for.filing-cover', 0.75);
    addEmployee(acc, rules, ev, o.name, o.sentence.start, o.sentence.start, company.key, { title: o.title });
  }
}

/** A row of the filing's tables of contracts or government programmes: a partner of the filer, a programme it takes part in. */
export function addFilerRowFact(acc: Acc, articleId: string, cover: FilingCover, s: Sentence, mentions: Mention[]): void {
  const filer = cover.company;
  if (!filer || s.block === 'title' || s.block === 'caption' || !acc.entities.has(filer.key)) return;
  const f = filerRowFact(s.text, mentions);
  if (!f || f.target.key === filer.key) return;
  const rule = f.relation === 'PARTNERS_WITH' ? 'partners.filer-table-row' : 'participates.filer-table-row';
  addRelation(acc, { relation: f.relation, source: filer.key, target: f.target.key, properties: {} }, evidenceOf(articleId, s, rule, 0.7));
}

/**
 * A document's cover line naming its issuer in two scripts with their legal forms ("NovaMind Inc. | 노바마인드
 * 주식회사", "노바마인드㈜ | NovaMind Co., Ltd."): an IR deck, a report or a release the company wrote itself. The
 * company is the one the document's "당사" means; the Latin form is its alias.
 */
const LATIN_LEGAL = /^[A-Za-z][A-Za-z0-9&.\- ]{1,30}?,?\s(?:Inc\.?|Corp\.?|Corporation|Co\.,?\s?Ltd\.?|Ltd\.?|LLC)$/;
const HANGUL_LEGAL = /^(?:㈜|\(주\)|주식회사\s?)?[가-힣A-Za-z0-9]{2,15}(?:\s?(?:주식회사|㈜|\(주\)))?$/;
export function readCoverTitle(sentences: Sentence[], mentions: Mention[][]): { company: Mention; latin: Mention; stacked?: true } | undefined {
  const i = sentences.findIndex((s) => s.text.trim() !== '');
  const s = sentences[i];
  if (s && i <= 1 && s.block === 'title') {
    const stacked = readStackedCover(sentences.slice(i + 1, i + 3), mentions[i + 1]);
    if (stacked) return stacked;
  }
  if (!s || i > 1 || s.text.length > 80) return undefined;
  const halves = s.text.split(/\s\|\s/).map((h) => h.trim());
  if (halves.length !== 2) return undefined;
  const latinAt = halves.findIndex((h) => LATIN_LEGAL.test(h));
  const hangul = halves[1 - latinAt];
  if (latinAt < 0 || !hangul || !HANGUL_LEGAL.test(hangul) || !/[가-힣]{2}/.test(hangul.replace(/주식회사|㈜|\(주\)/g, '')) || !/주식회사|㈜|\(주\)/.test(hangul)) return undefined;
  const companies = (mentions[i] ?? []).filter((m) => m.type === 'Company' && m.via !== 'blocked');
  const company = companies.find((m) => /[가-힣]/.test(m.surface));
  const latin = companies.find((m) => /^[A-Za-z]/.test(m.surface));
  return company && latin ? { company, latin } : undefined;
}

/**
 * A deck's cover under its file-name title, the issuer's name on two lines that the page joined ("NovaMind /
 * 노바마인드 주식회사 / …"): a Latin name, then the Hangul name with its legal form (or the other way round).
 */
const STACKED_COVER = /^(?:[A-Z][A-Za-z0-9&.\-]{1,30}(?: [A-Z][A-Za-z0-9&.\-]+){0,2}\s(?:㈜|\(주\)|주식회사\s?)?[가-힣]{2,15}(?:\s?(?:주식회사|㈜|\(주\)))?|(?:㈜|\(주\)|주식회사\s?)?[가-힣]{2,15}(?:\s?(?:주식회사|㈜|\(주\)))?\s[A-Z][A-Za-z0-9&.\-]{1,30}(?: [A-Z][A-Za-z0-9&.\-]+){0,2})(?=\s|$)/;
function readStackedCover([s, next]: Sentence[], mentions: Mention[] | undefined): { company: Mention; latin: Mention; stacked: true } | undefined {
  if (!s || s.block === 'title') return undefined;
  // (each cover line a block of its own: the name's two lines read together)
  const text = s.block === 'heading' && next ? `${s.text} ${next.text}` : s.text;
  if (!text.includes('주')) return undefined;
  const head = STACKED_COVER.exec(text);
  if (!head || !/주식회사|㈜|\(주\)/.test(head[0])) return undefined;
  const companies = (mentions ?? []).filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.end <= Math.min(head[0].length, s.text.length));
  const listed = companies.find((m) => m.via !== 'discovered');
  if (listed || !mentions) return listed ? { company: listed, latin: listed, stacked: true } : undefined;
  // (an invented name no gazetteer knows: the Latin line is the company, the Hangul line its alias)
  const latinName = /[A-Z][A-Za-z0-9&.\-]{1,30}(?: [A-Z][A-Za-z0-9&.\-]+){0,2}/.exec(head[0])!;
  const hangulName = head[0].replace(latinName[0], '').replace(/주식회사|㈜|\(주\)/g, '').trim();
  if (!/^[가-힣]{2,15}$/.test(hangulName)) return undefined;
  if (latinName.index + latinName[0].length > s.text.length) return undefined;
  const company = discoveredMention('Company', latinName[0], latinName.index, latinName.index + latinName[0].length);
  company.aliases = [hangulName];
  for (const m of companies) mentions.splice(mentions.indexOf(m), 1);
  mentions.push(company);
  return { company, latin: company, stacked: true };
}

/** A line of a page whose cover named its issuer: a team row, a partners line, a line-up item or a programme bullet (see issuer-lineup.ts). */
export function addIssuerSlides(acc: Acc, rules: RuleSet, articleId: string, cover: FilingCover, s: Sentence, mentions: Mention[], before?: Sentence): void {
  addIssuerRoster(acc, rules, articleId, cover, s, mentions);
  addIssuerPartners(acc, articleId, cover, s, mentions, before);
  addIssuerLineup(acc, articleId, cover, s, mentions);
}

/** "· 한서진 대표이사(CEO) — 공동창업자", "- 오민재 최고기술책임자(CTO)": a roster line of the issuer's officers, a name then a post. */
const ROSTER_LINE = /^\s*[·•\-–*▪◦]\s?$/;
const ROSTER_TITLE = /^\s([가-힣A-Za-z]{0,10}(?:대표이사|대표|이사|책임자|사장|부사장|회장|의장|본부장|실장|센터장|연구소장|소장|C[A-Z]{1,3}O)(?:\s?\([A-Za-z가-힣 ]{2,12}\))?)(?=\s?[—–\-:|,]\s|\s?$)/;
export function addIssuerRoster(acc: Acc, rules: RuleSet, articleId: string, cover: FilingCover, s: Sentence, mentions: Mention[]): void {
  const issuer = cover.company;
  if (!issuer || s.block === 'title' || !acc.entities.has(issuer.key)) return;
  if (s.text.includes(' | ')) return addTeamRow(acc, rules, articleId, issuer, s);
  const person = mentions.find((m) => m.type === 'Person' && m.via !== 'reference');
  if (!person || !ROSTER_LINE.test(s.text.slice(0, person.start))) return;
  const title = ROSTER_TITLE.exec(s.text.slice(person.end));
  if (!title) return;
  const ev = evidenceOf(articleId, s, 'works-for.issuer-roster', 0.7);
  addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: issuer.key, properties: { title: title[1]!.trim() } }, ev);
}

/** "한서진 | 대표이사 CEO", "Mina Park | Head of Research": a team slide's row, a name then its post (the whole line). */
const TEAM_ROW = /^\s*([가-힣]{2,4}|[A-Z][a-z]+ [A-Z][a-z]+)\s\|\s((?:[가-힣A-Za-z]{0,10}\s?)?(?:대표이사|대표|부사장|사장|회장|의장|이사|책임자|본부장|실장|센터장|연구소장|C[A-Z]{1,3}O|Head of [A-Z][A-Za-z&/ ]{1,30}|(?:Chief|Lead|Principal) [A-Z][A-Za-z ]{1,30})(?:\s[가-힣A-Za-z]{1,12}){0,2})\s*$/;
function addTeamRow(acc: Acc, rules: RuleSet, articleId: string, issuer: Mention, s: Sentence): void {
  const row = TEAM_ROW.exec(s.text);
  if (!row) return;
  const ev = evidenceOf(articleId, s, 'works-for.issuer-roster', 0.7);
  const at = s.start + s.text.indexOf(row[1]!);
  addEmployee(acc, rules, ev, row[1]!, at, at + row[1]!.length, issuer.key, { title: row[2]!.trim() });
}

/** "- 전략적 파트너: X (…)", "협력사: X, Y": a labelled line of the issuer's partners (the label's own note in parentheses aside). */
const PARTNER_LABEL = /^\s*(?:[-·•*▪]\s?)?(?:전략적\s?|주요\s?|기술\s?)?(?:파트너|파트너사|협력사|제휴사)\s?[:：]\s?/;
/** "Partners (로고)", "협력사": a slide's heading over one line of its partners' names or logos ("A | B | C"). */
const PARTNER_HEADING = /^\s*(?:(?:Strategic |Technology )?Partners?|Alliances?|파트너사?|협력사|제휴사)(?:\s?\([^)]{1,10}\))?\s*$/i;
export function addIssuerPartners(acc: Acc, articleId: string, cover: FilingCover, s: Sentence, mentions: Mention[], before?: Sentence): void {
  const issuer = cover.company;
  if (issuer && before && s.text.includes(' | ') && PARTNER_HEADING.test(before.text) && acc.entities.has(issuer.key)) return addLogoRow(acc, articleId, issuer, s, mentions);
  const label = issuer && s.block !== 'title' && acc.entities.has(issuer.key) ? PARTNER_LABEL.exec(s.text) : null;
  if (!issuer || !label) return;
  const stop = s.text.slice(label[0].length).search(/\s?[(—–]|\s-\s/);
  const end = stop < 0 ? s.text.length : label[0].length + stop;
  for (const m of mentions)
    if (m.type === 'Company' && m.via !== 'blocked' && m.key !== issuer.key && m.start >= label[0].length && m.end <= end)
      addRelation(acc, { relation: 'PARTNERS_WITH', source: issuer.key, target: m.key, properties: {} }, evidenceOf(articleId, s, 'partners.issuer-label', 0.7));
}

/** A row of partners' logos under their heading ("A | B 비 | C Program"): each company named in a cell is a partner. */
function addLogoRow(acc: Acc, articleId: string, issuer: Mention, s: Sentence, mentions: Mention[]): void {
  for (const m of mentions)
    if (m.type === 'Company' && m.via !== 'blocked' && m.key !== issuer.key)
      addRelation(acc, { relation: 'PARTNERS_WITH', source: issuer.key, target: m.key, properties: {} }, evidenceOf(articleId, s, 'partners.issuer-label', 0.7));
}

/**
 * A page whose title is one company's name and nothing else (an encyclopedia entry, a company profile: "X", "X (기업)"):
 * the company its subjectless sentences are about.
 */
const TOPIC_NOTE = /^\s?(?:\((?:기업|회사|스타트업)\))?$/;
export function readTopicCompany(sentences: Sentence[], mentions: Mention[][]): Mention | undefined {
  const s = sentences[0];
  if (!s || s.block !== 'title' || s.text.length > 40) return undefined;
  const companies = (mentions[0] ?? []).filter((m) => m.via !== 'blocked');
  const only = companies.length === 1 && companies[0]!.type === 'Company' ? companies[0]! : undefined;
  const text = s.text.trim();
  return only && text.startsWith(only.surface) && TOPIC_NOTE.test(text.slice(only.surface.length)) ? only : undefined;
}
