/**
 * A company's own organisation chart ("조직도", "조직 소개", "리더십"): a tree of boxes, each a post before a name
 * ("대표이사(CEO) NAME", "CTO 겸 AI연구소장 NAME", a unit then a dash and its head "데이터팀 — 팀장 NAME", an acting
 * head "팀장 직무대행 NAME 책임연구원", a concurrent post "팀장 NAME(겸직)"), and cards whose heading is the name before
 * the post ("NAME 대표이사", "NAME CTO · AI연구소장"). The boxes name no company: the people hold those posts at the
 * company the page is about. So do the headings of a company's own post welcoming its new hires ("새 식구를 소개합니다",
 * "새로운 동료"), each a name, a middle dot or a dash, then the job ("NAME · ML 리서치 엔지니어", "Latin Name — 연구 인턴"). A former post ("전 …", "前 …", "… 출신") and a seat held from outside (사외이사, 감사,
 * 고문, 자문) are left out; so is a line naming another company before its person.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention, RuleSet } from './types.js';
import { FULL_NAME } from './engine/full-name.js';
import { isKoreanName } from './engine/person-names.js';

/** The page's title says it is the company's organisation chart or its leaders' page. */
const CHART_TITLE = /조직도|조직\s?(?:소개|구성|안내|현황)|(?:임직원|구성원|리더|경영진)\s?소개|리더십|Leadership|Organi[sz]ation\s?[Cc]hart/;
/** The title of a company's post welcoming its new staff. */
const HIRES_TITLE = /새\s?식구|새로운\s?(?:동료|식구|얼굴)|신규\s?입사자|새로\s?합류한|[Nn]ew\s?[Hh]ires|[Ww]elcome\s?(?:our|new)/;
/** A job after a new hire's name: a post, or a staff job of up to three words ("ML 리서치 엔지니어", "연구 인턴"). */
const JOB = String.raw`(?:[가-힣A-Za-z]{1,12}\s){0,2}[가-힣A-Za-z]{0,10}(?:엔지니어|사이언티스트|연구원|인턴|디자이너|개발자|매니저|애널리스트|리드|리더|팀장|PM|PO|C[A-Z]{1,2}O)`;
/** A new hire's heading: the name (Hangul, or a Latin full name), a middle dot, a dash or a bar, then the job closing the line. */
const HIRE_HEADING = new RegExp(String.raw`^(${FULL_NAME}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\s?[·|—–-]\s?(${JOB})$`);
/** One post: up to two words of unit before a head's word, maybe its Latin gloss ("경영지원부문장(CFO)", "이사회 의장"). */
const ONE_POST = String.raw`(?:[가-힣A-Za-z]{1,12}\s){0,2}?[가-힣A-Za-z]{0,10}?(?:대표이사|대표|의장|부사장|사장|회장|전무|상무|이사|부문장|본부장|센터장|연구소장|소장|팀장|실장|랩장|그룹장|파트장|책임자|리드|리더|총괄|C[A-Z]{1,2}O|CAIO)(?:\s?\([A-Za-z]{2,6}\))?`;
/** A post, maybe a concurrent one after 겸 or a middle dot, maybe acting ("CTO 겸 AI연구소장", "CTO · AI연구소장", "팀장 직무대행"). */
const POST = String.raw`${ONE_POST}(?:\s?(?:겸|·)\s?${ONE_POST})?(?:\s직무대행)?`;
/** Before a box's name: maybe its unit and a dash, then the post. */
const BEFORE_NAME = new RegExp(String.raw`^(?:[가-힣A-Za-z0-9]{1,14}\s?[—–-]\s?)?(${POST})\s$`);
/** After a box's name: a Latin gloss or a note in brackets ("(겸직)"), a rank, a part-time mark, a note after a middle dot. */
const AFTER_NAME = /^(?:\s?\([^()]{1,30}\))?(?:\s[가-힣]{0,4}(?:연구원|엔지니어|매니저))?(?:\s(?:비상근|상근))?(?:\s?·\s?[^·]{1,40})?$/;
/** After a card heading's name: maybe its Latin gloss, then the post closing the line. */
const NAME_THEN_POST = new RegExp(String.raw`^(?:\s?\([A-Za-z][A-Za-z .'\-]{1,30}\))?\s(${POST})$`);
/** A past post, or a seat held from outside the company. */
const NOT_STAFF = /(?:^|\s|\()(?:전|前)(?:\s|\))|출신|퇴사|퇴임한|사외이사|감사|고문|자문|Advis/;
/** The fewest boxes that make the page a chart. */
const MIN_BOXES = 2;

/** A foreign name in Hangul, given name and surname, glossed in Latin ("아난야 쿠마르(Ananya Kumar)"). */
const GLOSSED_FOREIGN_NAME = String.raw`[가-힣]{2,5}\s[가-힣]{1,5}(?=\s?\([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}\))`;
/** A box whose name no pass read as a person: the post, then a Korean full name (maybe glossed or noted) closing the line. */
const POST_THEN_FULL_NAME = new RegExp(String.raw`^(?:[가-힣A-Za-z0-9]{1,14}\s?[—–-]\s?)?(${POST})\s(${FULL_NAME}|${GLOSSED_FOREIGN_NAME})(?=(?:\s?\([^()]{1,30}\))?(?:\s[가-힣]{0,4}(?:연구원|엔지니어|매니저))?$)`);

interface Box {
  sentence: Sentence;
  name: string;
  start: number;
  end: number;
  title: string;
}

/** The box a line is: its person (the line's first) and post, else undefined. */
function readBox(s: Sentence, mentions: Mention[]): Box | undefined {
  if ((s.block !== 'body' && s.block !== 'heading') || s.text.length > 80 || NOT_STAFF.test(s.text)) return undefined;
  const person = mentions.find((m) => m.type === 'Person');
  if (person && !mentions.some((m) => m.type === 'Company' && m.start < person.start)) {
    const before = s.text.slice(0, person.start), after = s.text.slice(person.end);
    const box = { sentence: s, name: person.surface, start: person.start, end: person.end };
    const postFirst = BEFORE_NAME.exec(before);
    if (postFirst && AFTER_NAME.test(after)) return { ...box, title: postFirst[1]! };
    const nameFirst = before.trim() === '' && s.block === 'heading' ? NAME_THEN_POST.exec(after.trimEnd()) : null;
    if (nameFirst && !mentions.some((m) => m.type === 'Company')) return { ...box, title: nameFirst[1]! };
  }
  // (a name the passes did not read, or read in part: the post, then the name closing the line)
  const m = !mentions.some((x) => x.type === 'Company') ? POST_THEN_FULL_NAME.exec(s.text.trim()) : null;
  if (!m || !(isKoreanName(m[2]!) || m[2]!.includes(' '))) return undefined;
  const start = s.text.indexOf(m[0]) + m[0].length - m[2]!.length;
  // (a pass that read part of the name, "쿠마르" of "아난야 쿠마르", gave the person the article knows: that one)
  const part = mentions.find((x) => x.type === 'Person' && x.start >= start && x.end <= start + m[2]!.length);
  return part ? { sentence: s, name: part.surface, start: part.start, end: part.end, title: m[1]! } : { sentence: s, name: m[2]!, start, end: start + m[2]!.length, title: m[1]! };
}

/** The new hire a heading names with their job, else undefined. */
function readHireHeading(s: Sentence, mentions: Mention[]): Box | undefined {
  if (s.block !== 'heading' || NOT_STAFF.test(s.text) || mentions.some((m) => m.type === 'Company')) return undefined;
  const m = HIRE_HEADING.exec(s.text.trim());
  if (!m || (/^[가-힣]/.test(m[1]!) && !isKoreanName(m[1]!))) return undefined;
  const start = s.text.indexOf(m[1]!);
  return { sentence: s, name: m[1]!, start, end: start + m[1]!.length, title: m[2]! };
}

/** The person the article knows by the Latin gloss after a box's name ("… (Ananya Kumar)"), read elsewhere under another Hangul spelling. */
function knownByGloss(acc: Acc, after: string): string | undefined {
  const gloss = /^\s?\(([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\)/.exec(after)?.[1];
  if (!gloss) return undefined;
  for (const [key, e] of acc.entities) if (e.type === 'Person' && (gloss in e.names || e.aliases.includes(gloss))) return key;
  return undefined;
}

/** Adds WORKS_FOR the page's company for each person of an organisation chart's boxes and cards, or of a new hires post's headings. */
export function addOrgChart(acc: Acc, rules: RuleSet, articleId: string, title: string, sentences: Sentence[], first: Mention[][], self: Mention | undefined): void {
  if (self?.type !== 'Company' || !acc.entities.has(self.key)) return;
  const read = CHART_TITLE.test(title) ? readBox : HIRES_TITLE.test(title) ? readHireHeading : undefined;
  if (!read) return;
  const boxes = sentences.map((s, i) => read(s, first[i] ?? [])).filter((b): b is Box => b !== undefined);
  if (boxes.length < MIN_BOXES) return;
  for (const b of boxes) {
    const ev = evidenceOf(articleId, b.sentence, 'works-for.org-chart', 0.7);
    const known = knownByGloss(acc, b.sentence.text.slice(b.end));
    if (known) addRelation(acc, { relation: 'WORKS_FOR', source: known, target: self.key, properties: { title: b.title } }, ev);
    else addEmployee(acc, rules, ev, b.name, b.sentence.start + b.start, b.sentence.start + b.end, self.key, { title: b.title });
  }
}
