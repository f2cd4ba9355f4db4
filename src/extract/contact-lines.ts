/**
 * A page's contact line ("문의: A사 플랫폼팀 NAME 팀장 (help@…)", "추가 문의: IR팀장 NAME (ir@…)", a release header's "책임자: 부장 NAME (02-…)"): the person it names, with
 * the title beside the name, works for the company the line names, else for the company the page speaks for. Only a line
 * with an address or a telephone number in its parentheses counts.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import { isKoreanName } from './engine/person-names.js';
import { addListedColleagues } from './listed-colleagues.js';
import type { Mention, RuleSet } from './types.js';

/** The label, then up to five words, then parentheses that open on (or hold) an address or a number. */
const CONTACT = /(?:^|\s)(?:추가\s|관련\s|기타\s)?(?:문의|연락처|담당자|담당|책임자|Contact)\s?[:：]\s?((?:\S+\s){0,4}?\S+)\s?(?:\((?=[^()]{0,60}?(?:@|\d{2,4}-\d{3,4}-\d{4}))|$)/;
/** A title word as written (maybe led by its unit: "IR팀장", "플랫폼실장"). */
const TITLE = /^(?:[가-힣A-Za-z]{0,10}(?:팀장|실장|부장|차장|과장|대리|매니저|책임|선임|본부장|센터장|파트장|그룹장|주임|담당자|담당)|C[A-Z]{1,3}O|DPO)$/;
/** The person's duty before the name ("개인정보 보호책임자", "정보보호 담당자"): no company. */
const DUTY = /^[가-힣]{0,8}(?:책임자|담당자)$/;
/** A unit word between the company and the person ("AI플랫폼팀", "IR실", "고객지원센터"). */
const UNIT = /^[가-힣A-Za-z]{1,12}(?:팀|실|부|본부|센터|그룹|파트)$/;
const NAME = /^[가-힣]{2,4}$/;
/** "오픈소스 관련 문의 : NAME (X 연구팀장)": a labelled contact, the person's organisation and title in parentheses. */
const PAREN_CONTACT = /(?:^|\s)(?:[가-힣A-Za-z]{1,8}\s){0,2}(?:문의|연락처|담당자?)\s?[:：]\s?([가-힣]{2,4})\s?\(([가-힣A-Za-z0-9][^()\s]{1,20}(?:\s[^()\s]{1,12})?)\s([가-힣A-Za-z]{0,10}(?:팀장|실장|부장|차장|과장|매니저|책임|선임|본부장|센터장|파트장|그룹장|연구원|연구소장|랩장|이사|대표))\)/;

/**
 * A notice's signature, a line of its own ("작성: NAME SRE팀장", "작성자: 운영팀장 NAME"): on a company's own page (a status
 * page's incident, a service notice) the writer works for the company the page speaks for. A reporter's byline has no
 * such title ("기자" is none of TITLE's).
 */
const SIGNED = /^\s*(?:작성|작성자|글쓴이|게시자)\s?[:：]\s?((?:\S+\s)?\S+)\s*$/;

/**
 * A notice that opens a company's own page on a speaker given only by name and an internal post ("NAME AI플랫폼본부장은
 * "…"라며 …"), before the page names any company: the post is at the company the page speaks for.
 */
const OPENING_SPEAKER = /^\s?(?:\[[^\]]{1,8}\]\s?)?([가-힣]{2,4})\s([가-힣A-Za-z]{0,12}(?:본부장|팀장|실장|센터장|부문장|사업부장|연구소장|그룹장))(?:은|는)\s["“]/;

/** A page that speaks as a public body ("우리 센터가 …", "본 기관은 …", "당 진흥원은 …"): its contacts are that body's staff, not a company's. */
const PUBLIC_BODY_VOICE = /^(?:우리|본|당)\s?(?:센터|기관|진흥원|진흥센터|재단|협회|공단|공사|연구원|위원회|부처|청)(?:은|는|이|가|에서)\s/;

/** "(담당: NAME 수석연구원 / NAME 연구원)": a desk's people with their posts, listed in a labelled parenthesis (a research mailing's section). */
const DESK_LIST = /[(（]\s?(?:담당|담당자|작성|작성자|애널리스트|Analysts?)\s?[:：]\s?([^()（）]{3,80})[)）]/;
/** "NAME | 수석연구원 | 인터넷·소프트웨어": a mail's signature line, the name, then the post between bars (and the desk). */
const BAR_SIGNATURE = /^\s?([가-힣]{3,4})\s?[|｜]\s?([가-힣A-Za-z]{1,12})(?:\s?[|｜]\s?[^|｜]{1,30})?\s*$/;
/** A research desk's post. */
const DESK_TITLE = /^(?:(?:수석|책임|선임|전임|주임)?연구원|애널리스트|연구위원|[가-힣A-Za-z]{0,10}(?:팀장|실장|센터장|부장|차장|과장|본부장))$/;

/** The people a desk list or a bar signature names, with their posts (a name of a person's shape only). */
function deskPeople(text: string): { name: string; title: string; at: number }[] {
  const sign = BAR_SIGNATURE.exec(text);
  if (sign) return DESK_TITLE.test(sign[2]!) && isKoreanName(sign[1]!) ? [{ name: sign[1]!, title: sign[2]!, at: text.indexOf(sign[1]!) }] : [];
  const desk = DESK_LIST.exec(text);
  if (!desk) return [];
  const out: { name: string; title: string; at: number }[] = [];
  let from = desk.index + desk[0].indexOf(desk[1]!);
  for (const part of desk[1]!.split(/\s?[/,·]\s?/)) {
    const [a = '', b = '', rest] = part.trim().split(' ');
    const named = rest === undefined && isKoreanName(a) && DESK_TITLE.test(b) ? { name: a, title: b } : rest === undefined && DESK_TITLE.test(a) && isKoreanName(b) ? { name: b, title: a } : undefined;
    if (named) out.push({ ...named, at: text.indexOf(named.name, from) });
    from += part.length;
  }
  return out;
}

/** A mail's header line of its parties, kept as its first line: "From: X 리서치센터 To: …". */
const FROM_LINE = /^From:\s?/;

/** The company a mail's From line opens on: the mailing's sender. */
function senderOf(acc: Acc, sentences: Sentence[]): string | undefined {
  const from = sentences.find((s) => s.block === 'body' && FROM_LINE.test(s.text));
  if (!from) return undefined;
  const rest = from.text.replace(FROM_LINE, '');
  return [...acc.entities.values()].find((e) => e.type === 'Company' && Object.keys(e.names).some((n) => rest.startsWith(n) && /^(?:\s|$)/.test(rest.slice(n.length))))?.key;
}

/** A mailing's desk lines and signature: the people they name work for the mail's sender. */
function addDeskPeople(acc: Acc, rules: RuleSet, articleId: string, s: Sentence, sender: string): void {
  for (const p of deskPeople(s.text)) addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.desk-line', 0.6), p.name, s.start + p.at, s.start + p.at + p.name.length, sender, { title: p.title });
}

export function addContactLines(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], self: Mention | undefined): void {
  if (PUBLIC_BODY_VOICE.test(sentences.find((s) => s.block === 'body')?.text ?? '')) self = undefined;
  const companies = [...acc.entities.values()].filter((e) => e.type === 'Company');
  const companyNames = companies.flatMap((e) => Object.keys(e.names));
  const persons = new Set([...acc.entities.values()].filter((e) => e.type === 'Person').flatMap((e) => Object.keys(e.names)));
  const employed = new Set([...acc.relations.values()].filter((r) => r.type === 'WORKS_FOR').map((r) => r.source));
  let companyNamed = false;
  const sender = senderOf(acc, sentences);
  for (const s of sentences) {
    const opening = s.block === 'body' && !companyNamed && self?.type === 'Company' ? OPENING_SPEAKER.exec(s.text) : null;
    if (s.block === 'body' && companyNames.some((n) => s.text.includes(n))) companyNamed = true;
    if (opening && !companyNamed && persons.has(opening[1]!) && ![...acc.entities.values()].some((e) => e.type === 'Person' && employed.has(e.key) && opening[1]! in e.names)) {
      const at = s.start + opening.index + opening[0].indexOf(opening[1]!);
      addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.opening-speaker', 0.55), opening[1]!, at, at + opening[1]!.length, self!.key, { title: opening[2]! });
    }
    // "문의 : NAME (X 연구팀장)": the organisation and the title in parentheses after the name
    const paren = PAREN_CONTACT.exec(s.text);
    const employer = paren ? companies.find((e) => Object.keys(e.names).includes(paren[2]!))?.key : undefined;
    if (paren && employer && acc.entities.has(employer)) {
      const at = s.start + paren.index + paren[0].indexOf(paren[1]!, paren[0].search(/[:：]/));
      addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.contact-line', 0.6), paren[1]!, at, at + paren[1]!.length, employer, { title: paren[3]! });
      continue;
    }
    if (sender && /[|｜:：]/.test(s.text)) addDeskPeople(acc, rules, articleId, s, sender);
    if (s.text.includes(',') && /[:：]/.test(s.text)) addListedColleagues(acc, rules, articleId, s);
    const contact = CONTACT.exec(s.text);
    const m = contact ?? (self?.type === 'Company' ? SIGNED.exec(s.text) : null);
    if (!m) continue;
    const words = m[1]!.split(' ');
    // NAME TITLE, or TITLE NAME, ends the words
    const [a = '', b = ''] = words.slice(-2);
    const named = NAME.test(a) && TITLE.test(b) ? { name: a, title: b } : TITLE.test(a) && NAME.test(b) && !TITLE.test(b) ? { name: b, title: a } : undefined;
    if (!named) continue;
    // (a duty before the name, "개인정보 보호책임자 NAME CPO": the words before it name the company if any one of them does)
    const duty = words.length > 2 && DUTY.test(words[words.length - 3]!);
    const lead = duty ? '' : words.slice(0, -2).filter((w) => !UNIT.test(w)).join(' ');
    const dutyOf = duty ? companies.find((e) => words.slice(0, -3).some((w) => w in e.names))?.key : undefined;
    const company = dutyOf ?? (lead ? companies.find((e) => Object.keys(e.names).includes(lead))?.key : self?.type === 'Company' ? self.key : undefined);
    if (!company || !acc.entities.has(company)) continue;
    const at = s.start + m.index! + m[0].indexOf(named.name, m[0].indexOf(m[1]!));
    addEmployee(acc, rules, evidenceOf(articleId, s, contact ? 'works-for.contact-line' : 'works-for.signature-line', 0.6), named.name, at, at + named.name.length, company, { title: named.title });
  }
}
