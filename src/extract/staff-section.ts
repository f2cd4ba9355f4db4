/**
 * A product or service page's staff section, "■ 담당자" (or 연락처, 문의처) and a few short lines under it:
 * "영업본부장 NAME (02-…)" (the post, then the name) or "기술지원 책임 NAME 수석연구원" (a duty, the name, then the post).
 * Each person works, with that post, for the company the page speaks for.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import { isKoreanName } from './engine/person-names.js';
import type { Mention, RuleSet } from './types.js';

/** The section's heading, maybe after a box mark. */
const STAFF_HEADING = /^(?:[■□◆◇▶●○▪]\s?)?(?:담당자|담당|연락처|문의처|담당\s?부서|담당자\s?안내)\s?[:：]?$/;
/** "영업본부장 NAME (…)", "사업팀장 NAME": the post with its unit first (not a bare "과장", a ministry's), the name closing the line or before its number. */
const POST_FIRST = /^([가-힣A-Za-z]{1,8}(?:팀장|실장|본부장|센터장|부장|차장|과장|매니저|이사))\s([가-힣]{3,4})(?=\s?\(|$)/;
/** "기술지원 책임 NAME 수석연구원": up to two words of duty, the name, then the post closing the line. */
const NAME_THEN_POST = /^(?:[가-힣A-Za-z]{1,10}\s){0,2}([가-힣]{3,4})\s([가-힣A-Za-z]{0,8}(?:팀장|실장|본부장|센터장|부장|차장|과장|대리|매니저|이사|수석연구원|책임연구원|선임연구원|연구원|엔지니어))(?=\s?\(|$)/;
/** How many lines under the heading are read. */
const REACH = 6;

export function addStaffSection(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], self: Mention | undefined): void {
  if (self?.type !== 'Company' || !acc.entities.has(self.key)) return;
  for (let i = 0; i < sentences.length; i++) {
    // (a heading of its own or a marked line, not a contact table's cell: "담당자 | 사무관 NAME (044-…)" is a ministry's)
    const head = sentences[i]!;
    if (!STAFF_HEADING.test(head.text.trim()) || !(head.block === 'heading' || /^[■□◆◇▶●○▪]/.test(head.text.trim()))) continue;
    for (let j = i + 1; j < Math.min(sentences.length, i + 1 + REACH); j++) {
      const s = sentences[j]!;
      if (s.block === 'heading' || s.text.length > 60) break;
      const text = s.text.trim();
      const first = POST_FIRST.exec(text);
      const last = first ? null : NAME_THEN_POST.exec(text);
      const [name, title] = first ? [first[2]!, first[1]!] : last ? [last[1]!, last[2]!] : ['', ''];
      if (!name || !isKoreanName(name)) continue;
      const at = s.start + s.text.indexOf(name, first ? first[1]!.length : 0);
      addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.staff-section', 0.6), name, at, at + name.length, self.key, { title });
    }
  }
}
