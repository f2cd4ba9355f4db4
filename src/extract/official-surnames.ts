/**
 * An official named once in full with a title of public office ("홍길동 과학기술정보통신부 인공지능정책실장이"), then by
 * surname and the title's short form ("홍 실장은 \"X 사업은 …\"고 말했다"): the short title ("실장") is no official's by
 * itself, so the statement the rules read after a full name ({PERSON} {OFFICIAL}은 … {POLICY}) is read here for the
 * surname, where the short form ends the official title the person was named with.
 */
import type { Sentence } from '../parse/types.js';
import { occurrencesOf } from '../parse/text.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { escapeRegex } from './engine/compile.js';
import { titleRes } from './title-patterns.js';
import type { RuleSet } from './types.js';
import { isFullNameShape } from './engine/full-name.js';

/** The words the statement must not be (criticism of the programme is no promotion of it). */
const CRITICISM = /비판|질타|비난|꼬집|문제 삼|문제를 제기|문제점을 지적|반대했|반대하|반대 입장|우려를 표|쓴소리/;
/** A negated or undecided statement is none either. */
const NOT_SAID = /(?:말하지|밝히지|언급하지)\s?않|말을 아꼈|답하지 않/;

/**
 * The text after a name as a statement's subject would read: a roster row's cells ("홍길동 | X부 | 정책실장") and a line that
 * ends on the title ("(주재) 홍길동 정책실장") name the post as "홍길동 X부 정책실장은 " does.
 */
function postAfter(rest: string): string {
  const line = rest.split('\n')[0]!;
  if (line.length === rest.length && rest.length >= 60) return rest;
  const cells = line.replace(/\s?\|\s?/g, ' ').trimEnd();
  return /[가-힣]$/.test(cells) ? `${cells}은 ` : rest;
}

/** PROMOTES for each official referred to by surname and short title as the subject of a sentence naming a programme. */
export function addOfficialSurnamePromotes(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[]): void {
  const policies = [...acc.entities.values()].filter((e) => e.type === 'Policy');
  if (!policies.length) return;
  const text = sentences.map((s) => s.text).join('\n');
  // the official title each person was named with (one person a surname: two officials of one surname leave it unread)
  const officials = new Map<string, { key: string; title: string; name: string } | null>();
  for (const e of acc.entities.values()) {
    if (e.type !== 'Person') continue;
    for (const name of Object.keys(e.names)) {
      if (!isFullNameShape(name)) continue;
      for (const at of occurrencesOf(text, name)) {
        const t = titleRes(rules).afterName.exec(postAfter(text.slice(at + name.length, at + name.length + 60)));
        const title = t?.[0].trim().replace(/(?:은|는|이|가|도)$/, '').split(/\s/).at(-1);
        if (!title) continue;
        const had = officials.get(name[0]!);
        officials.set(name[0]!, had === undefined || had?.key === e.key ? { key: e.key, title, name } : null);
        break;
      }
    }
  }
  for (const [surname, official] of officials) {
    if (!official) continue;
    // (the full name may come back with the short form too: "홍길동 실장은")
    const ref = new RegExp(`(?<![가-힣A-Za-z0-9])(?:${escapeRegex(official.name)}|${escapeRegex(surname)})\\s?([가-힣]{2,8})(?:님)?(?:은|는|이|가|께서)\\s`, 'g');
    for (const s of sentences) {
      if (s.block !== 'body' || !s.text.includes(surname) || CRITICISM.test(s.text) || NOT_SAID.test(s.text)) continue;
      ref.lastIndex = 0;
      for (let r = ref.exec(s.text); r; r = ref.exec(s.text)) {
        const short = r[1]!;
        // (only the title's own short form: "홍 실장" for an 인공지능정책실장, not "홍 대표" of another person)
        if (short === official.title || !official.title.endsWith(short)) continue;
        const after = s.text.slice(r.index + r[0].length, r.index + r[0].length + 160);
        // (the programme named by the longest name: "K-AI 에이전트 사업" is not the other programme a short alias "K-AI" names)
        let policy: (typeof policies)[number] | undefined, longest = 3;
        for (const p of policies) for (const n of [...Object.keys(p.names), ...p.aliases]) if (n.length > longest && after.includes(n)) [policy, longest] = [p, n.length];
        if (policy) addRelation(acc, { relation: 'PROMOTES', source: official.key, target: policy.key, properties: {} }, evidenceOf(articleId, s, 'promotes.official-surname', 0.6));
      }
    }
  }
}
