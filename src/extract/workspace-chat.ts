/**
 * A team chat channel exported as a page (Slack and the like; `parsed.workspace` from the parser): the workspace is an
 * organisation, its channel is where the organisation speaks ("오늘 X를 공개했습니다", "저희는 …": its releases, its
 * partnerships), and each member posting under a label "Latin Name (한글 이름) · Role" works for it.
 */
import type { ParsedArticle, Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import { isKoreanName } from './engine/person-names.js';
import { markSpoken, type Narrator } from './quoted.js';
import type { Mention, RuleSet } from './types.js';

/**
 * The workspace's company in the page's title line ("#announcements - X (x-corp)"), as a mention there (the one the
 * title's own mentions hold, else a new one), with the body marked as the company's voice.
 */
export function workspaceNarrator(parsed: ParsedArticle, sentences: Sentence[], mentions: Mention[][]): Narrator | undefined {
  const name = parsed.workspace;
  const i = sentences.findIndex((s) => s.block === 'title');
  const title = sentences[i];
  if (!name || !title) return undefined;
  const at = title.text.indexOf(name);
  if (at < 0) return undefined;
  const ms = (mentions[i] ??= []);
  let company = ms.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start === at);
  if (!company) {
    // (the name's words as the title writes them: "X" is a company whatever its form)
    for (let j = ms.length - 1; j >= 0; j--) if (ms[j]!.start < at + name.length && ms[j]!.end > at) ms.splice(j, 1);
    company = discoveredMention('Company', name, at, at + name.length);
    ms.push(company);
  }
  markSpoken(sentences.filter((s) => s.block === 'body'));
  return { company, sentence: title, voice: true };
}

/** A member's label over their message: a romanised name, the Korean name in brackets, a role ("Doyoon Han (한도윤) · CEO"). */
const MEMBER_LABEL = /^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}) \(([가-힣]{2,4})\)(?:\s?[·|]\s?([A-Za-z][A-Za-z&/.\- ]{0,30}?[A-Za-z]|[가-힣][가-힣 ]{0,12}?[가-힣]))?(?=\s?(?:오전|오후)\s?\d|\s?\d{1,2}:\d{2}|$)/;

/** WORKS_FOR the workspace's company for each member whose label opens a message. */
export function addWorkspaceMembers(acc: Acc, rules: RuleSet, articleId: string, narrator: Narrator | undefined, parsed: ParsedArticle, sentences: Sentence[]): void {
  if (!parsed.workspace || !narrator || !acc.entities.has(narrator.company.key)) return;
  const seen = new Set<string>();
  for (const s of sentences) {
    if (s.block !== 'body' || !s.text.includes(' (')) continue;
    const m = MEMBER_LABEL.exec(s.text);
    if (!m || !isKoreanName(m[2]!) || seen.has(m[2]!)) continue;
    seen.add(m[2]!);
    const at = s.start + m[0].indexOf(`(${m[2]})`) + 1;
    const ev = evidenceOf(articleId, s, 'works-for.workspace-member', 0.7);
    addEmployee(acc, rules, ev, m[2]!, at, at + m[2]!.length, narrator.company.key, m[3] ? { title: m[3].trim() } : {});
  }
}
