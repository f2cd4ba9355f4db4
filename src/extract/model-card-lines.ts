/**
 * A model hub page's model card box (read by the parser after the card: src/parse/model-card-box.ts): its
 * "Maintainer: NAME (POST)" line works for the company its "Organization:" line names, and the models its "Merges (N)"
 * list names ("A · MAKER — … B를 … 병합") are merges of the page's model: each merge is based on it (and on any other
 * model its note names), made by the company after the dot.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { escapeRegex } from './engine/compile.js';
import type { RuleSet } from './types.js';

/** "Organization: X · Seoul", "Developer: X": the box's maker line. */
const ORGANISATION = /^(?:Organi[sz]ation|Developer|Developed by|개발사|개발 기관):\s(.+)$/i;
/** "Maintainer: NAME (POST)": the one who keeps the model, a Korean or Latin name, a post in parentheses. */
const MAINTAINER = /^(?:Maintainers?|Maintained by|관리자):\s([가-힣]{2,4}|[A-Z][a-z]{1,12}(?:\s[A-Z][a-z]{1,12}){1,2})(?:\s?\(([^()]{1,20})\))?$/;
/** "Merges (1)", "Merged into": the label over the models merged from the page's. */
const MERGES = /^(?:Merges|Merged into|Merged models|병합 모델)(?:\s?\(\d+\))?$/i;
/** A tree's other labels, which end the list. */
const TREE_LABEL = /^(?:Finetuned from|Fine-tuned from|Base model|Finetunes|Adapters|Quantizations|Merges|Merged into)(?:\s?\(\d+\))?$/i;
/** "A · MAKER — note": the item's model, its maker and a note. */
const TREE_ITEM = /^(\S.{0,60}?)\s·\s(\S.{0,40}?)(?:\s[—–-]\s(.{1,160}))?$/;

/** The entity the whole text names (a name or an alias), of `type`. */
function entityNamed(acc: Acc, type: string, text: string): string | undefined {
  for (const e of acc.entities.values()) if (e.type === type && (text in e.names || e.aliases.includes(text))) return e.key;
  return undefined;
}

/** The company a maker line opens with ("솔밭랩스 · Seoul, South Korea"). */
function makerOf(acc: Acc, value: string): string | undefined {
  return entityNamed(acc, 'Company', value.split(/\s·\s|,\s/)[0]!.trim());
}

/** The page's model: the first part of its title ("Solbat-Code-7B | Labs | Hub") naming a model. */
function titleModel(acc: Acc, title: string | undefined): string | undefined {
  const head = title?.split(/\s[|·—–-]\s/)[0]?.trim();
  return head ? entityNamed(acc, 'Model', head) : undefined;
}

export function addModelCardLines(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], title: string | undefined): void {
  for (const [at, s] of sentences.entries()) {
    const t = s.text.trim();
    const keeper = MAINTAINER.exec(t);
    if (keeper) {
      const org = sentences.slice(Math.max(0, at - 8), at).map((x) => ORGANISATION.exec(x.text.trim())?.[1]).find(Boolean);
      const owner = org ? makerOf(acc, org) : undefined;
      const lead = s.text.indexOf(keeper[1]!);
      if (owner) addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.model-card-maintainer', 0.7), keeper[1]!, s.start + lead, s.start + lead + keeper[1]!.length, owner, keeper[2] ? { title: keeper[2] } : {});
      continue;
    }
    if (!MERGES.test(t)) continue;
    const page = titleModel(acc, title);
    if (!page) continue;
    for (let i = at + 1; i < Math.min(sentences.length, at + 10); i++) {
      const item = TREE_ITEM.exec(sentences[i]!.text.trim());
      if (!item || TREE_LABEL.test(sentences[i]!.text.trim())) break;
      const merge = entityNamed(acc, 'Model', item[1]!.trim());
      if (!merge || merge === page) continue;
      const ev = evidenceOf(articleId, sentences[i]!, 'based-on.model-tree-merge', 0.7);
      addRelation(acc, { relation: 'BASED_ON', source: merge, target: page, properties: {} }, ev);
      const maker = entityNamed(acc, 'Company', item[2]!.replace(/\s?\([^()]*\)$/, '').trim());
      if (maker) addRelation(acc, { relation: 'DEVELOPED', source: maker, target: merge, properties: {} }, evidenceOf(articleId, sentences[i]!, 'developed.model-tree-maker', 0.7));
      // (the note's other models merged in: "… 같은 X의 B를 SLERP 방식으로 병합")
      const note = item[3] ?? '';
      if (!/병합|merg/i.test(note)) continue;
      for (const e of acc.entities.values())
        if (e.type === 'Model' && e.key !== page && e.key !== merge && [...Object.keys(e.names), ...e.aliases].some((n) => n.length >= 4 && new RegExp(`(?<![A-Za-z0-9-])${escapeRegex(n)}(?![A-Za-z0-9-])`).test(note))) addRelation(acc, { relation: 'BASED_ON', source: merge, target: e.key, properties: {} }, ev);
    }
  }
}
