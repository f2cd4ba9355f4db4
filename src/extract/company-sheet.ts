/**
 * A company's fact sheet in a letter or a posting (a headhunter's proposal, a job ad, an investment memo): a labelled
 * line naming the company ("■ 회사: X (Latin)", "- 회사명: X", "기업: X"), then items of label and value under it. An
 * item whose label is a post and whose value a person ("- 대표: NAME (前 Y 그룹장)", "- CTO: NAME") or whose label is
 * the post's reporting line and whose value a person and a post ("- 리포팅 라인: NAME 팀장") names one of the company's
 * people: WORKS_FOR, the post as the title; so does a post made a clause's topic in an item ("(CTO는 NAME 님, …)"). A note in brackets after the name (a former post) names no employer here.
 * The sheet runs to the next line that labels another company.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, addEntity, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import type { Mention, RuleSet } from './types.js';
import { FULL_NAME } from './engine/full-name.js';
import { isKoreanName } from './engine/person-names.js';

/** The line labelling the company: a section or item mark, the label, a colon, then the company opening the value. */
const COMPANY_LABEL = /^(?:[■□◆◇▶●○-]\s?)?(?:회사|회사명|기업|기업명|사명|고객사)\s?[:：]\s?/;
/** An item mark before a label. */
const ITEM = String.raw`^(?:[-–·•*▪]\s?)?`;
/** A post as an item's label ("대표", "대표이사", "CTO", "연구소장"). */
const POST_LABEL = String.raw`((?:공동\s?)?대표(?:이사)?|C[A-Z]{1,2}O|CAIO|연구소장|[가-힣]{1,8}(?:본부장|센터장|팀장|실장|랩장))`;
/** "- 대표: NAME", "- CTO: NAME (前 …)": a post, a colon, the name, maybe a note in brackets closing the line. */
const POST_ITEM = new RegExp(String.raw`${ITEM}${POST_LABEL}\s?[:：]\s?(${FULL_NAME})(?:\s?\([^()]{1,40}\))?$`);
/** "- 리포팅 라인: NAME 팀장", "- 보고 라인: NAME 본부장": the person a hire reports to, and their post. */
const REPORTING_ITEM = new RegExp(String.raw`${ITEM}(?:리포팅\s?라인|보고\s?라인|직속\s?상사|Reporting\s?line)\s?[:：]\s?(${FULL_NAME})\s((?:[가-힣A-Za-z]{1,10}\s)?(?:[가-힣A-Za-z]{0,8}(?:팀장|실장|본부장|센터장|리드|리더|이사)|C[A-Z]{1,2}O))(?:님)?$`);
/** "(CTO는 NAME 님, …)", "팀장은 NAME 님이고": a post as a clause's topic, a person (Korean, or a Latin given name and surname) and the honorific. */
const POST_TOPIC = new RegExp(String.raw`(?:^|[\s(])${POST_LABEL}(?:은|는)\s(${FULL_NAME}|[A-Z][a-z]{1,12}\s[A-Z][a-z]{1,12})\s?님(?=[,)\s]|이고|이며|입니다|$)`);
/** The most lines a sheet runs past its company's label. */
const SHEET_LINES = 30;

/** A label's value that is a name alone, maybe glossed in Latin ("새길시냅스 (SaegilSynapse)"): the label says it is a company's. */
const NAME_VALUE = /^([가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})(?:\s?\([A-Za-z][A-Za-z0-9 .&]{1,30}\))?$/;

/** The company the line labels: a company mention opening the label's value, or a value that is a name alone. */
function labelledCompany(s: Sentence, mentions: Mention[]): Mention | undefined {
  const label = COMPANY_LABEL.exec(s.text);
  if (!label) return undefined;
  const named = mentions.find((m) => m.type === 'Company' && m.start === label[0].length);
  if (named || mentions.length > 0) return named;
  const value = NAME_VALUE.exec(s.text.slice(label[0].length).trim())?.[1];
  return value ? discoveredMention('Company', value, label[0].length, label[0].length + value.length) : undefined;
}

/** The company a sheet's label line names among the line's mentions ("■ 회사: X (Latin)"): the subject its items omit. */
export function sheetLineCompany(s: Sentence, mentions: Mention[]): Mention | undefined {
  const company = labelledCompany(s, mentions);
  return company && mentions.includes(company) ? company : undefined;
}

/** Adds WORKS_FOR the labelled company for each of its people a sheet's post item or reporting-line item names. */
export function addCompanySheets(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], first: Mention[][]): void {
  for (const [i, s] of sentences.entries()) {
    const company = labelledCompany(s, first[i] ?? []);
    if (!company) continue;
    for (let j = i + 1; j < Math.min(sentences.length, i + 1 + SHEET_LINES); j++) {
      const line = sentences[j]!;
      if (labelledCompany(line, first[j] ?? [])) break;
      const text = line.text.trim();
      const post = POST_ITEM.exec(text) ?? (text.includes('님') ? POST_TOPIC.exec(text) : null);
      const reporting = post ? null : REPORTING_ITEM.exec(text);
      const name = post?.[2] ?? reporting?.[1];
      const title = post?.[1] ?? reporting?.[2];
      if (!name || !title || !(isKoreanName(name) || / /.test(name))) continue;
      if (!acc.entities.has(company.key)) addEntity(acc, company, rules, evidenceOf(articleId, s, 'mention', 1));
      const at = line.text.indexOf(name, Math.max(0, line.text.search(/[:：]/)));
      addEmployee(acc, rules, evidenceOf(articleId, line, 'works-for.company-sheet', 0.7), name, line.start + at, line.start + at + name.length, company.key, { title });
    }
  }
}
