/**
 * A letter's or a mail's sign-off: the writer's name with a word of closing on a line of its own ("NAME 드림", "NAME 올림",
 * "NAME 배상"), then the company and the post on the next line ("X 대표", "X CTO", "X 모델링팀장"). The writer holds that post
 * at the company.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import type { RuleSet } from './types.js';

/** The name and the closing word, alone on the line. */
const SIGN_OFF = /^([가-힣]{2,4})\s?(?:드림|올림|배상)\.?$/;
/** A post after the company on the line below ("대표", "CTO", "AI연구소장", "모델링팀 리드"). */
const POST_AFTER = /^\s?((?:공동\s?)?대표(?:이사)?|C[A-Z]{1,2}O|부사장|사장|전무|상무|이사|(?:[가-힣A-Za-z]{1,10}\s?)?(?:팀장|실장|본부장|연구소장|센터장|리드|매니저|연구원|엔지니어))$/;

/** WORKS_FOR the company the line under a sign-off names, with the post after it, for the writer the sign-off names. */
export function addSignOffPosts(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[]): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const signed = SIGN_OFF.exec(sentences[i]!.text.trim());
    if (!signed) continue;
    const line = sentences[i + 1]!;
    const text = line.text.trim();
    // (the company by a name the article's entity for it carries, opening the line)
    const company = [...acc.entities.values()].find((e) => e.type === 'Company' && Object.keys(e.names).some((n) => text.startsWith(n) && POST_AFTER.test(text.slice(n.length))));
    const name = company && Object.keys(company.names).find((n) => text.startsWith(n) && POST_AFTER.test(text.slice(n.length)));
    const post = name ? POST_AFTER.exec(text.slice(name.length)) : null;
    if (!company || !post || text.length > 40) continue;
    const s = sentences[i]!;
    const at = s.start + s.text.indexOf(signed[1]!);
    addEmployee(acc, rules, evidenceOf(articleId, line, 'works-for.mail-sign-off', 0.7), signed[1]!, at, at + signed[1]!.length, company.key, { title: post[1]!.trim() });
  }
}
