/**
 * A page about one company (an encyclopedia entry, a company profile) with a section of its people under a heading that
 * says so ("인물", "주요 인물", "경영진"): each line of it a bullet, a name, a dash and a post ("* NAME - 대표이사", "• NAME –
 * 최고기술책임자(CTO). 서울대 박사."). The people of those lines hold those posts at the company the page is about; a line
 * with a former post ("전 대표", "前 CTO") or a post that is no company's (an adviser's, a professor's) is left out.
 * A company's own blog closes a post with its writers the same way, under "글쓴이" or "저자" ("NAME — ML Research Engineer,
 * 사전학습 파트 리드.", the bullet a list item's, so not in the text): its writers hold those posts at the company too.
 * So does a company's own update announce its hires, under "새로운 동료" or "신규 입사자" ("NAME — 최고기술책임자(CTO).
 * …에서 …을 이끌었던 분으로, … 합류했습니다.", a name with its Latin spelling "NAME(Latin Name) — POST(English post)").
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import { alternation, perRuleSet } from './engine/compile.js';
import type { Mention, RuleSet } from './types.js';
import { EN_POST_CORE } from './engine/english-posts.js';

/** The section's heading: its people, key people, management or founders. */
/** (or a post's writers on the company's own blog: "글쓴이", "저자", "이 글을 쓴 사람들") */
/** (or the hires a company's own update welcomes: "새로운 동료", "새 식구", "신규 입사자", "새로 합류한 분들"; an emoji or a
 * symbol may open the heading, "👋 새로운 동료") */
const PEOPLE_HEADING = /^(?:[^\s가-힣A-Za-z0-9]{1,3}\s?)?(?:\d{1,2}\.\s?)?(?:(?:주요\s?)?(?:인물|경영진|임원진?|창업자|창업진|구성원)(?:\s?(?:현황|소개|목록))?|글쓴이|저자|필자|작성자|지은이|(?:이\s)?글을\s쓴\s(?:사람들?|이들?)|(?:새로운|새|신규)\s?(?:동료들?|식구들?|팀원들?|멤버들?|입사자들?|합류자들?)|새로\s합류한\s(?:동료들?|분들|사람들|팀원들?))$/;
/** A person's line: a bullet, a Hangul name, a dash, then the post (read against the titles below). */
/** (a name of two words, a foreigner's in Hangul, and a Latin spelling after it: "GIVEN SURNAME(Given Surname) — 리서치 총괄(VP of Research)", the Hangul spelling of a Western name) */
const PERSON_LINE = /^\s?(?:[*•·▪◦\-]\s?)?([가-힣]{2,4}|[가-힣]{1,4}\s[가-힣]{1,4}(?=\([A-Z]))(?:\([A-Z][A-Za-z.\-]*(?:\s[A-Z][A-Za-z.\-]*){1,2}\))?\s?[-–—:：]\s?(.{2,40}?)\s?(?:\([A-Za-z]{2,6}\)|\([A-Z][A-Za-z]*(?:\s[A-Za-z&]+){1,4}\))?(?:\.\s|\.$|,\s|$)/;
/** A post held no longer, or none at the company ("전 대표", "前 CTO", "고문", "교수"). */
const NOT_HELD = /^(?:전|前|초대|명예)\s|(?:고문|자문|자문위원|교수|이사회 의장 역임)$/;
/** An English job title, as tech blogs write them: "ML Research Engineer", "Data Scientist", "Product Lead". */
const ENGLISH_POST = String.raw`(?:[A-Z][A-Za-z/&]{0,12}\s){0,3}(?:${EN_POST_CORE}|Architect|Designer|Analyst|Developer|Head)`;
/** The post: a title of the lexicon's, maybe after up to two words ("공동 대표", "AI 연구소장"). */
/** (or an English one, ENGLISH_POST) */
const POST = perRuleSet((rules: RuleSet) => new RegExp(`^(?:(?:[가-힣A-Za-z]{1,8}\\s){0,2}(?:${alternation(rules.lexicon.titles)})|${ENGLISH_POST})$`));

/** Adds WORKS_FOR `topic` for each "NAME - POST" line of a people section, on a page about that one company. */
export function addPeopleSection(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], topic: Mention | undefined): void {
  if (topic?.type !== 'Company' || !acc.entities.has(topic.key)) return;
  const post = POST(rules);
  let inSection = false;
  for (const s of sentences) {
    const text = s.text.trim();
    if (s.block === 'heading' || s.block === 'title') {
      inSection = PEOPLE_HEADING.test(text);
      continue;
    }
    if (!inSection) continue;
    const line = PERSON_LINE.exec(text);
    if (!line) continue;
    const title = line[2]!.trim();
    if (NOT_HELD.test(title) || !post.test(title)) continue;
    const at = s.start + s.text.indexOf(line[1]!);
    addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.people-section', 0.7), line[1]!, at, at + line[1]!.length, topic.key, { title });
  }
}
