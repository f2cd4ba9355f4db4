/**
 * A first-person essay or retrospective whose writer tells where they moved and what they do there now, with no "나는"
 * ("4월에 X로 옮겼다. 지금은 여기서 시니어 ML 엔지니어로 일하고 있다", "작년 가을 X에 합류했다. 현재 이곳에서 CTO로 일한다"):
 * the writer works for X in that post (the byline's author: see narrator.ts).
 */
import type { Sentence } from '../parse/types.js';
import type { Narrator } from './quoted.js';
import type { Mention } from './types.js';

/** After the company: the writer's move there ("로 옮겼다", "에 합류했다", "로 이직했습니다"), closing the sentence. */
const MOVED_AFTER = /^(?:으로|로|에)\s(?:새로\s|정식으로\s)?(?:옮겼|이직했|합류했|입사했|자리를\s옮겼)(?:다|습니다|어요)[.!]?\s*$/;
/** The next sentence: now working there in a post ("지금은 여기서 X로 일하고 있다", "현재 이곳에서 X로 근무한다"). */
const WORKS_HERE = /^(?:지금은|현재는|현재|요즘은)\s(?:여기서|여기에서|이곳에서|그곳에서|거기서|이\s회사에서)\s([^.\s][^.]{0,24}?)(?:으로|로)\s(?:일하고\s있|일한|일합니|근무하고\s있|근무한|근무합니)/;

/** The company the writer moved to and works at now, with the post, when two body sentences in a row say so. */
export function movedNarrator(sentences: Sentence[], mentions: Mention[][]): Narrator | undefined {
  for (const [i, s] of sentences.entries()) {
    const next = sentences[i + 1];
    if (s.block !== 'body' || next?.block !== 'body') continue;
    const post = WORKS_HERE.exec(next.text);
    if (!post) continue;
    const company = mentions[i]?.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference').at(-1);
    if (company && MOVED_AFTER.test(s.text.slice(company.end))) return { company, sentence: next, title: post[1]!.trim() };
  }
  return undefined;
}
