/**
 * A roster of numbered items, each titled by a company and its field ("③ X — 콜센터", "4. X – 의료"): a pitch
 * day's teams, a list of startups. The item's paragraph is about the name it titles ("X는 …", "발표에 나선 X가 …")
 * and speaks of AI; a name no gazetteer knows is a company there, so the item's model reads as its model.
 */
import type { Sentence } from '../parse/types.js';
import { AI_WORD } from './section-roster.js';
import { isKoreanName } from './engine/person-names.js';
import { escapeRegex } from './engine/compile.js';

/** "⑤ X — 개발 도구": a number, one word of a name, a dash and a short field (no clause). */
const ITEM_TITLE = /^\s?(?:[①-⑳❶-❿]|\d{1,2}[.)])\s?([가-힣][가-힣A-Za-z0-9]{1,11}|[A-Z][A-Za-z0-9&]{1,15})\s?[—–-]\s?[가-힣A-Za-z][가-힣A-Za-z0-9·/&\s]{0,14}$/;
/** The name the item is about, as its paragraph's topic or subject ("X는", "X가", "X의"). */
const topicOf = (name: string): RegExp => new RegExp(`(?:^|\\s)${escapeRegex(name)}(?:은|는|이|가|의)\\s`);
/** The name as the owner of a quoted model ("X의 'Y'는"). */
const ownerOf = (name: string): RegExp => new RegExp(`(?:^|\\s)${escapeRegex(name)}의\\s['"‘“]`);
/** How many sentences of the item's paragraph are read for its topic and its field. */
const ITEM_SPAN = 3;

/** The names that title two or more of the article's numbered items, each the topic of its item's paragraph on AI. */
export function itemHeadingCompanyNames(sentences: Sentence[]): string[] {
  if (!sentences.some((s) => s.text.length < 40 && /[—–]/.test(s.text))) return [];
  const out: string[] = [];
  let items = 0;
  for (const [i, s] of sentences.entries()) {
    const name = ITEM_TITLE.exec(s.text)?.[1];
    if (!name) continue;
    items++;
    const body = sentences.slice(i + 1, i + 1 + ITEM_SPAN).map((x) => x.text);
    // (a name that reads as a person's is the item's company where its paragraph names a quoted model as its own: "X의 'Y'는")
    if (isKoreanName(name) && !(body[0] && ownerOf(name).test(` ${body[0]}`))) continue;
    // (the paragraph may open on what the company does, its subject omitted, and name it in the next sentence: "… 에이전트를 만듭니다. X는 …")
    if (!body[0] || !body.slice(0, 2).some((t) => topicOf(name).test(` ${t}`)) || !body.some((t) => AI_WORD.test(t))) continue;
    out.push(name);
  }
  return items >= 2 ? out : [];
}
