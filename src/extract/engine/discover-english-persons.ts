/**
 * People introduced in English with a role at a company ("Daniel Reid, chief scientist at
 * Vectorline"): the person, and the company when no gazetteer knows it; or with the role after a
 * company already found, in the possessive ("Mina Cho, Vectorline's head of research").
 */
import type { Mention } from '../types.js';
import { discoveredMention, overlaps } from './discover-common.js';

export const EN_ROLE = 'analyst|CEO|CTO|CAIO|CFO|COO|CSO|founder|co-founder|cofounder|president|vice president|head|chief [a-z]+(?: [a-z]+)?|director|scientist|researcher|engineer|lead|manager|chairman|officer|partner|VP|SVP|EVP';
/** Roles in title case, as press releases print them ("Chief Business Officer at …", "co-founder and Chief Technology Officer of …"). */
const EN_TITLE_ROLE = 'Chief [A-Z][a-z]+(?: [A-Z][a-z]+)? Officer|Vice President|President|Co-[Ff]ounder|Founder|Managing Director|Director|Head|Chairman';
/** "Seoul-based data startup ", "Busan-based ": where a company is based and its kind, before its name (no part of it). */
const EN_PLACE_BASED = '(?:[A-Z][a-z]+-based\\s(?:[a-z][a-z\\-]{1,15}\\s){0,2}(?:startup|start-up|company|firm|developer|maker|provider)?\\s?)?';
/** "Daniel Reid, chief scientist at Vectorline", "said Kim Jae-hyun, head of AI research at SKT" (a reply's "Daniel Reid here, CTO at …"): a romanised name, a role, an employer. */
const EN_PERSON = new RegExp(
  `(?<![A-Za-z])([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2})(?:\\shere)?,\\s(?:the\\s|a\\s|an\\s)?((?:[A-Za-z&\\-]+\\s){0,5}?(?:${EN_ROLE}|${EN_TITLE_ROLE})(?:\\s(?:of|for)(?:\\s[A-Za-z&\\-]+){1,4}?)?)\\s(?:at|of)\\s${EN_PLACE_BASED}([A-Z][A-Za-z0-9&.\\-]{1,24}(?:\\s(?:&\\s)?[A-Z][A-Za-z0-9&]{1,15}){0,2})`,
  'g',
);
/** "Mina Cho, Vectorline's head of research": a romanised name, then a company's possessive role (the company a mention already). */
const EN_PERSON_POSSESSIVE = new RegExp(`(?<![A-Za-z])([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2}),\\s([^,'’]{2,40})['’]s\\s(?:[A-Za-z&\\-]+\\s){0,4}?(?:${EN_ROLE})\\b`, 'g');
/** "said Seo Ji-ho, Motif's chief executive": a name, then an unknown company's possessive top role (the company is discovered too). */
const EN_PERSON_POSSESSIVE_TOP = /(?<![A-Za-z])([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2}),\s([A-Z][A-Za-z0-9&\-]{1,24}(?:\s[A-Z][A-Za-z0-9&]{1,15}){0,2})['’]s\s(?:chief executive|CEO|CTO|founder|co-founder|cofounder|president|chairman|chief [a-z]+ officer)\b/g;
/** "Siam Digital CEO Anan Srisuk called …": an unknown company's capitalised name, a top role, then a name. */
const EN_NEW_COMPANY_ROLE_NAME = /(?<![A-Za-z'’])([A-Z][A-Za-z0-9&\-]{1,20}(?:\s[A-Z][A-Za-z0-9&]{1,20}){0,2})\s(?:CEO|CTO|Founder|Co-founder|Chief Executive)\s([A-Z][a-z]+(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2})(?![A-Za-z])/g;
/** Capitalised words that open a phrase rather than a company's name ("Former CEO …", "Korean CEO …"). */
const EN_NOT_COMPANY = /^(?:The|A|An|Its|Former|Then|Acting|Interim|Deputy|Vice|Senior|New|Our|Their|His|Her|Korean|Chinese|American|Japanese|French|German|British|Group|Company|Startup|Founder|Co-founder|When|While|After|Before|As|If|Said|Says|Meanwhile|However)\b/;

/** "Kairos AI CEO Kim Do-hyun said", "Kairos AI's CEO Kim Do-hyun", "Kairos chief executive Kim Do-hyun", "Kairos's chief scientist Mia Berg": a company already found, a role, then a name. */
const EN_COMPANY_ROLE_NAME = new RegExp(`^(?:['’]s)?\\s(?:CEO|CTO|CFO|COO|CAIO|CSO|CPO|[Cc]o-CEO|[Cc]o-head|[Cc]hief [Ee]xecutive|[Ff]ounder|[Cc]o-founder|[Pp]resident|[Cc]hairman|[Vv]ice [Pp]resident|Chief [A-Z][a-z]+(?: [A-Z][a-z]+)? Officer|[Cc]hief (?:(?:AI|[Rr]esearch|[Dd]ata)\\s)?(?:[Ss]cientist|[Aa]rchitect))\\s([A-Z][a-z]+(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2})(?![A-Za-z])`);
/** "Upstage appointed Park Ji-won as its chief technology officer": a company already found, a verb of hiring, then a romanised name. */
/** ("X has hired NAME, a former engineer at Y, as head of …": the person's past in apposition before the post) */
const EN_COMPANY_HIRED_NAME = /^\s(?:has\s|on \w+day\s)?(?:appointed|named|hired|tapped|promoted|recruited)\s([A-Z][a-z]+(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2})(?:\s(?:as\s)?(?:its|the company's|their)\s|,\s(?:a|an|the)\s[^,;]{3,80}?,\sas\s)/;
/** Korean surnames as romanised in English copy (Revised Romanisation and the usual older spellings). */
export const KOREAN_SURNAME = 'Kim|Lee|Yi|Park|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|Han|Oh|Seo|Suh|Shin|Kwon|Hwang|Ahn|Song|Yoo|Ryu|Hong|Jeon|Chun|Ko|Koh|Moon|Yang|Son|Sohn|Bae|Baek|Paik|Heo|Huh|Nam|Noh|Roh|Kwak|Sung|Cha|Joo|Woo|Min|Jin|Eom|Chae|Won|Cheon|Bang|Hyun|Ham|Byun|Yeom|Yeo|Seok|Seol|Gil|Yeon|Pyo|Myung|Wang|Maeng|Tak|Ha|Koo|Rhee|Na|Ji';
const SURNAME_AT_END = new RegExp(`^(?:${KOREAN_SURNAME})\\s|\\s(?:${KOREAN_SURNAME})$`);
/** Whether a romanised name has a Korean surname first ("Choi Hye-rin") or last ("Jay Park"). */
export function hasRomanisedSurname(latin: string): boolean {
  return SURNAME_AT_END.test(latin);
}
/** "Kang Min-seok", "Choi Hye-rin": a Korean surname and a hyphenated given name, the romanised form English copy gives a Korean. */
const ROMANISED_KOREAN = new RegExp(`(?<![A-Za-z\\-])(?:${KOREAN_SURNAME})\\s[A-Z][a-z]{1,5}-[a-z]{2,5}(?![A-Za-z\\-])`, 'g');
/** "Seung-hyun Park", "Ha-eun Seo": a hyphenated given name before a Korean surname, the Western order wire copy often uses (not "Co-founder Kim"). */
const WESTERN_ROMANISED_KOREAN = new RegExp(`(?<![A-Za-z\\-])(?!(?:Co|Ex|Non|Pre|Re|Vice|Anti|Self|Semi|Post|Mid)-)[A-Z][a-z]{1,5}-[a-z]{2,5}\\s(?:${KOREAN_SURNAME})(?![A-Za-z\\-])`, 'g');
/** "President Lee Jae Myung", "Professor Kwon Hee-jung": an honorific before a Korean surname and a given name in one or two parts. */
const HONOURED_KOREAN = new RegExp(`(?<=(?:President|Professor|Prof\\.|Minister|Vice Minister|Chairman|Chairwoman|Dr\\.|Rep\\.|Lawmaker|Governor|Mayor)\\s)(?:${KOREAN_SURNAME})\\s[A-Z][a-z]{1,5}(?:[\\s-][A-Za-z][a-z]{1,5})?(?![A-Za-z\\-])`, 'g');

/** Romanised Korean names in English copy: a hyphenated given name, or any given name after an honorific. */
function addRomanisedKoreans(text: string, ms: Mention[], out: Mention[]): void {
  for (const re of [ROMANISED_KOREAN, WESTERN_ROMANISED_KOREAN, HONOURED_KOREAN]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (!overlaps([...ms, ...out], m.index, end)) out.push(discoveredMention('Person', m[0], m.index, end));
    }
  }
}

/** An honorific or post written before a name ("Minister Bae …", "Professor Kwon …"). */
const HONORIFIC_LEAD = /^(?:President|Professor|Minister|Chairman|Chairwoman|Governor|Mayor|Director|Lawmaker|Senator|Ambassador|Commissioner)\s/;

/** Words that open no English name (a title's first word too: "Senior Vice President, Head of …" in a signature block names no one). */
export const EN_NOT_NAME = /^(?:The|This|That|Its|In|On|At|And|But|Said|Meanwhile|However|According|Korea|Korean|South|North|Seoul|Open|Large|Senior|Vice|Executive|Chief|Managing|Deputy|Assistant)\b/;

/**
 * "Minseok Choi – Chief Executive Officer, Haru Corporation": a participant or speaker line of a transcript, a name, a dash,
 * a role and the employer after a comma (the line's own start; a speaker's line may end in a colon).
 */
const EN_ROSTER_LINE = new RegExp(`^([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2})\\s[–—]\\s(?:[A-Za-z&\\-]+\\s){0,5}?(?:${EN_ROLE}|${EN_TITLE_ROLE}|Analyst)\\b[^,:]{0,40},\\s[A-Z]`);

/**
 * "Jane Doe · Co-founder & CEO @ Acme": a launch page's maker line, a name, a dot, a role and '@' before the employer (or an
 * agenda's speaker cell, the employer one word after a comma closing the line: "Jane Doe · Head of Solutions, Acme").
 */
const EN_MAKER_LINE = new RegExp(`^([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2})\\s[·•|]\\s(?:[A-Za-z&\\-]+\\s){0,5}?(?:${EN_ROLE}|${EN_TITLE_ROLE})(?:\\s@\\s?[A-Z]|(?:\\sof(?:\\s[A-Z][A-Za-z&\\-]+){1,3})?,\\s[A-Z][^,@\\s]{1,20}\\s*$)`);

/** Title-case roles a professional headline ends on ("ML Engineer", "Research Lead", "Head of Data"). */
export const EN_HEADLINE_ROLE = '(?:[A-Z][A-Za-z&\\-]*\\s){0,3}?(?:Engineer|Scientist|Researcher|Lead|Manager|Director|Designer|Developer|Architect|Analyst|Intern|CEO|CTO|CFO|COO|CPO|Founder|Co-founder|Head of [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)';

/** "Jane Doe ML Engineer @ Acme · Dec 3": a comment's signature, a romanised name, its professional headline (a role, '@', the employer) and maybe a date. */
const EN_HEADLINED_LINE = new RegExp(`^([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2}?)\\s${EN_HEADLINE_ROLE}\\s@\\s?[^\\s@·|][^@·|]{0,30}(?:\\s[·|]\\s[^@·|]{1,24})?$`);

/** "Jane Doe, Acme Robotics CEO": a line that is a romanised name, a comma, a company and its top role. */
const EN_SPEAKER_LINE = /^([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2}),\s[A-Z][^,]{1,40}\s(CEO|CTO|CFO|COO|Founder|Co-founder|President|Chairman)$/;

/** "Media Contact: Jane Doe Head of Communications, X Co., Ltd.": a wire release's contact block, its name line before the role line. */
const EN_CONTACT_NAME = /^(?:(?:Media|Press|Investor|PR)\s(?:[Cc]ontacts?|[Ii]nquiries)|[Cc]ontacts?)\s?:\s([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2}),?\s(?=(?:(?:Senior|Global)\s)?(?:Head|Director|Manager|Vice President|VP|Lead)\sof\s[A-Z]|(?:Communications|PR|Media Relations)\s(?:Manager|Director|Lead)\b)/;

/** "06. Jane Doe · 아크미(Acme) 한국지사장": a Korean people list's heading, a romanised name, a dot or bar, then a company and a Korean post. */
const KO_CAPTION_NAME = /^(?:\d{1,2}[.)]\s)?([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2})\s[·/|]\s(?=[가-힣])/;
/** The post after the caption's company (past its gloss): a Korean title or a top role. */
const KO_CAPTION_POST = /^(?:\s?\([^()]{1,30}\))?\s(?:[가-힣A-Za-z]{1,8}\s)?[가-힣]{0,8}(?:장|대표|이사|책임자|리드|연구원|엔지니어|창업자)(?=$|[\s(])|^(?:\s?\([^()]{1,30}\))?\sC[A-Z]{1,2}O(?![A-Za-z])/;

/** People introduced in English with a role at a company (the company too, when no gazetteer knows it). */
export function discoverEnglishPersons(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  if (!/[A-Z][a-z]+(?:-[a-z]+)? [A-Z]/.test(text)) return out;
  const roster = text.includes(' – ') || text.includes(' — ') ? EN_ROSTER_LINE.exec(text) : text.includes('@') || text.includes(' · ') ? (EN_MAKER_LINE.exec(text) ?? EN_HEADLINED_LINE.exec(text)) : null;
  if (roster && !EN_NOT_NAME.test(roster[1]!) && !overlaps(ms, 0, roster[1]!.length)) out.push(discoveredMention('Person', roster[1]!, 0, roster[1]!.length));
  // "Jane Doe, Acme Robotics CEO": a speaker line, the name, a comma, a company already found and its top role, nothing more
  const speaker = EN_SPEAKER_LINE.exec(text);
  if (speaker && !EN_NOT_NAME.test(speaker[1]!) && ms.some((c) => c.type === 'Company' && c.via !== 'blocked' && c.start === speaker[1]!.length + 2 && c.end === text.length - speaker[2]!.length - 1) && !overlaps(ms, 0, speaker[1]!.length)) out.push(discoveredMention('Person', speaker[1]!, 0, speaker[1]!.length));
  const caption = text.includes(' · ') || text.includes(' / ') || text.includes(' | ') ? KO_CAPTION_NAME.exec(text) : null;
  const captionAt = caption ? caption[0].length - caption[1]!.length - 3 : -1;
  const captioned = caption && ms.find((c) => c.type === 'Company' && c.via !== 'blocked' && c.start === caption[0].length && KO_CAPTION_POST.test(text.slice(c.end, c.end + 50)));
  if (captioned && !EN_NOT_NAME.test(caption[1]!) && !overlaps([...ms, ...out], captionAt, captionAt + caption[1]!.length)) out.push(discoveredMention('Person', caption[1]!, captionAt, captionAt + caption[1]!.length));
  const contact = text.includes('ontact') ? EN_CONTACT_NAME.exec(text) : null;
  const contactAt = contact ? contact[0].indexOf(contact[1]!) : -1;
  if (contact && !EN_NOT_NAME.test(contact[1]!) && !overlaps(ms, contactAt, contactAt + contact[1]!.length)) out.push(discoveredMention('Person', contact[1]!, contactAt, contactAt + contact[1]!.length));
  // (the name-comma-role forms need a comma: other sentences skip their scans)
  const comma = /,\s/.test(text);
  EN_PERSON.lastIndex = 0;
  if (comma)
    for (let m = EN_PERSON.exec(text); m; m = EN_PERSON.exec(text)) {
      // ("Science Minister Bae Kyung-hoon, a former head of …": the honorific before the name is no part of it)
      const title = HONORIFIC_LEAD.exec(m[1]!)?.[0].length ?? 0;
      const name = m[1]!.slice(title);
      const start = m.index + title;
      if (EN_NOT_NAME.test(name) || !name.includes(' ') || overlaps(ms, start, start + name.length)) continue;
      out.push(discoveredMention('Person', name, start, start + name.length));
      const org = m[3]!.replace(/[.,]$/, '');
      const at = m.index + m[0].length - m[3]!.length;
      // ("Jane Kim, Head of Investor Relations": what a bare "Head of" names is a unit, not the employer)
      const unit = /(?:^|\s)Head$/.test(m[2]!) && /\sof\s/.test(text.slice(m.index + m[0].indexOf(m[2]!) + m[2]!.length, at));
      if (!unit && !overlaps(ms, at, at + org.length) && !/^(?:AI|the|The)$/.test(org)) out.push(discoveredMention('Company', org, at, at + org.length));
    }
  for (const c of ms) {
    if (c.type !== 'Company' || c.via === 'blocked') continue;
    const after = text.slice(c.end, c.end + 80);
    const m = EN_COMPANY_ROLE_NAME.exec(after) ?? EN_COMPANY_HIRED_NAME.exec(after);
    // (the name ends the role form's match; the hiring form's may go on past it: ", a former …, as ")
    const at = m ? c.end + m[0].indexOf(m[1]!) : -1;
    if (m && !EN_NOT_NAME.test(m[1]!) && !overlaps([...ms, ...out], at, at + m[1]!.length)) out.push(discoveredMention('Person', m[1]!, at, at + m[1]!.length));
  }
  // (a hyphen or an honorific's capital: other sentences skip the romanised-name scans)
  if (/[a-z]-[a-z]|(?:President|Prof|Minister|Chair|Dr|Rep|Lawmaker|Governor|Mayor)/.test(text)) addRomanisedKoreans(text, ms, out);
  if (/\s(?:CEO|CTO|Founder|Co-founder|Chief Executive)\s[A-Z]/.test(text)) addNewCompanyRoleNames(text, ms, out);
  if (comma && /(?:['’]s?|[Ii]ts|[Tt]heir)\s/.test(text)) addAppositiveRoleNames(text, ms, out);
  if (!comma || !/['’]s\s/.test(text)) return out;
  EN_PERSON_POSSESSIVE_TOP.lastIndex = 0;
  for (let m = EN_PERSON_POSSESSIVE_TOP.exec(text); m; m = EN_PERSON_POSSESSIVE_TOP.exec(text)) {
    const [name, org] = [m[1]!, m[2]!];
    const at = m.index + name.length + m[0].slice(name.length).indexOf(org);
    if (EN_NOT_NAME.test(name) || EN_NOT_COMPANY.test(org)) continue;
    if (!overlaps([...ms, ...out], m.index, m.index + name.length)) out.push(discoveredMention('Person', name, m.index, m.index + name.length));
    if (!overlaps([...ms, ...out], at, at + org.length)) out.push(discoveredMention('Company', org, at, at + org.length));
  }
  EN_PERSON_POSSESSIVE.lastIndex = 0;
  for (let m = EN_PERSON_POSSESSIVE.exec(text); m; m = EN_PERSON_POSSESSIVE.exec(text)) {
    const name = m[1]!;
    const at = m.index + name.length + m[0].slice(name.length).indexOf(m[2]!);
    const company = ms.some((x) => x.type === 'Company' && x.via !== 'blocked' && x.start === at && x.end === at + m[2]!.length);
    if (!company || EN_NOT_NAME.test(name) || overlaps([...ms, ...out], m.index, m.index + name.length)) continue;
    out.push(discoveredMention('Person', name, m.index, m.index + name.length));
  }
  return out;
}

/** "Siam Digital CEO Anan Srisuk": the company and the person, where neither is a mention yet. */
function addNewCompanyRoleNames(text: string, ms: Mention[], out: Mention[]): void {
  EN_NEW_COMPANY_ROLE_NAME.lastIndex = 0;
  for (let m = EN_NEW_COMPANY_ROLE_NAME.exec(text); m; m = EN_NEW_COMPANY_ROLE_NAME.exec(text)) {
    const [org, name] = [m[1]!, m[2]!];
    const at = m.index + m[0].length - name.length;
    if (EN_NOT_COMPANY.test(org) || EN_NOT_NAME.test(name) || overlaps([...ms, ...out], m.index, m.index + org.length)) continue;
    out.push(discoveredMention('Company', org, m.index, m.index + org.length));
    if (!overlaps([...ms, ...out], at, at + name.length)) out.push(discoveredMention('Person', name, at, at + name.length));
  }
}

/** "Its chief executive, Daniel Cho, said", "Vectorline's head of research, Mina Cho,": a possessive role, then the name set off by commas. */
const EN_ROLE_APPOSITIVE_NAME = new RegExp(`(?:['’]s|s['’]|\\b[Ii]ts|\\b[Tt]heir)\\s(?:[a-z][a-z\\-]*\\s){0,2}?(?:chief [a-z]+(?: [a-z]+)? officer|chief executive|founder|co-founder|cofounder|president|chairman|chairwoman|CEO|CTO|CFO|COO|head of [A-Za-z][A-Za-z ]{2,30}?|director of [A-Za-z][A-Za-z ]{2,30}?),\\s([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2})(?=,)`, 'g');

function addAppositiveRoleNames(text: string, ms: Mention[], out: Mention[]): void {
  EN_ROLE_APPOSITIVE_NAME.lastIndex = 0;
  for (let m = EN_ROLE_APPOSITIVE_NAME.exec(text); m; m = EN_ROLE_APPOSITIVE_NAME.exec(text)) {
    const name = m[1]!;
    const at = m.index + m[0].length - name.length;
    if (!EN_NOT_NAME.test(name) && !overlaps([...ms, ...out], at, at + name.length)) out.push(discoveredMention('Person', name, at, at + name.length));
  }
}
