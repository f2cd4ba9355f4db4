/**
 * A post filled after someone left it, told over two sentences: "X에서는 A CTO가 물러났다. 후임으로는 B 연구소장이
 * CTO 직무대행을 맡는다." The successor works for the company the sentence before names the departure at.
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';

/** The sentence opens on the successor's slot ("후임으로는", "그 후임에는"). */
const SUCCESSOR_OPENING = /^(?:그\s)?후임(?:자)?(?:으로는|으로|에는|엔|으론)\s/;
/** Taking the post. */
const TAKES_POST = /(?:을|를)\s(?:새로\s)?(?:맡는다|맡았다|맡게\s됐다|맡게\s된다|맡기로\s했다)|(?:이|가)\s(?:선임됐|임명됐|내정됐|발탁됐)/;
/** Leaving a post, in the sentence before. */
const LEFT_POST = /물러났|물러난다|물러나기로|사임했|사임한다|퇴임했|퇴임한다|사의를\s표명|자리에서\s내려왔|떠났다|떠난다/;
/** A rumour, a denial or a plan not yet made: no post. */
const NOT_YET = /검토|관측|전망|가능성|설이|아니다|않았|않는다|않기로/;

/** WORKS_FOR for a successor named without a company, the company being the one the sentence before names a departure at. */
export function addSuccessorPosts(acc: Acc, articleId: string, sentences: ParagraphSentence[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!SUCCESSOR_OPENING.test(s.text) || NOT_YET.test(s.text)) continue;
    const post = TAKES_POST.exec(s.text);
    const people = s.mentions.filter((m) => m.type === 'Person' && m.via !== 'blocked');
    if (!post || people.length !== 1 || s.mentions.some((m) => m.type === 'Company' && m.via !== 'blocked')) continue;
    const before = sentences[i - 1]!;
    const companies = [...new Set(before.mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference').map((m) => m.key))];
    if (companies.length !== 1 || !LEFT_POST.test(before.text) || NOT_YET.test(before.text) || !acc.entities.has(companies[0]!)) continue;
    const person = people[0]!;
    if (!acc.entities.has(person.key)) continue;
    // the post taken ("… 연구소장이 CTO 직무대행을 맡는다"): the words between the subject's particle and the object's
    const subjectEnd = s.text.slice(person.end).search(/(?:이|가)\s/);
    const title = post[0].startsWith('을') || post[0].startsWith('를') ? s.text.slice(person.end + subjectEnd + 2, post.index).trim() : '';
    const properties: Record<string, string> = title && title.length <= 20 && !/\s(?:을|를|이|가|은|는)\s/.test(` ${title} `) ? { title } : {};
    addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: companies[0]!, properties }, evidenceOf(articleId, s, 'works-for.successor-post', 0.6));
  }
}
