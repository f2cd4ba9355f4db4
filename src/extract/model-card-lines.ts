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

/**
 * "기반 모델: Qwen/Qwen3-8B (파인튜닝)", "양자화: X-GGUF (MAKER 배포)": a tree's entry on one line, its label then one model (a
 * hub id's owner before the slash) and a note. Under a base label the page's model is built on the entry's; under a label of
 * what was made from it (quantised, fine-tuned, adapted, merged) the entry's model is built on the page's, and made by the
 * company the note says put it out.
 */
const TREE_LINE = /^(기반\s?모델|베이스\s?모델|원본\s?모델|Base model|Fine-?tuned from|양자화(?:\s?모델)?|파인\s?튜닝(?:\s?모델)?|미세\s?조정(?:\s?모델)?|어댑터|병합(?:\s?모델)?|Quantizations?|Finetunes|Adapters|Merges)\s?[:：]\s(?:[A-Za-z0-9][\w.\-]{0,30}\/)?(\S.{0,60}?)(?:\s?\(([^()]{1,30})\))?$/i;
const TREE_BASE_LABEL = /^(?:기반|베이스|원본|Base|Fine-?tuned from)/i;

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
  // (a hub id, "owner/Name": the model's name after the slash)
  const head = title?.split(/\s[|·—–-]\s/)[0]?.trim().replace(/^[A-Za-z0-9][\w.\-]{0,30}\//, '');
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
    const line = TREE_LINE.exec(t);
    const own = line ? titleModel(acc, title) : undefined;
    const entry = line ? entityNamed(acc, 'Model', line[2]!.trim()) : undefined;
    if (own && entry && entry !== own) {
      const [source, target] = TREE_BASE_LABEL.test(line![1]!) ? [own, entry] : [entry, own];
      addRelation(acc, { relation: 'BASED_ON', source, target, properties: {} }, evidenceOf(articleId, s, 'based-on.model-tree-line', 0.7));
      // ("(MAKER 배포)", "(MAKER 업로드)": who put the entry's model out made it)
      const maker = /^(.+?)\s(?:배포|업로드)$/.exec(line![3] ?? '');
      const company = maker ? entityNamed(acc, 'Company', maker[1]!) : undefined;
      if (company) addRelation(acc, { relation: 'DEVELOPED', source: company, target: entry, properties: {} }, evidenceOf(articleId, s, 'developed.model-tree-maker', 0.7));
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
