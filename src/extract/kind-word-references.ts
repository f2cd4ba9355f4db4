/**
 * "가람은행이 … . 은행은 지난해 말 …": a bare word for a kind of institution (은행, 병원, 보험사 …) opening a sentence or a
 * clause, as its subject or before one of its units ("은행 AI혁신부와 …"), stands for the one company the article named
 * whose name ends in that word.
 */
import type { Acc } from './article-acc.js';
import { referenceTo } from './references.js';
import type { Mention } from './types.js';

/** The kind word at a sentence's or a clause's start, then its particle, "측", or a unit of it ("AI혁신부와", "디지털팀이"). */
const KIND_OPENING = /(?:^|(?<=[가-힣],\s))(?:이어\s|또\s|한편\s|다만\s|특히\s)?(은행|병원|보험사|카드사|증권사|저축은행|대학병원)(?=\s?측(?:은|는|이|도)\s|(?:은|는|이|가|도)\s|\s(?:[A-Za-z]{1,5})?[가-힣]{1,6}(?:사업부|본부|부문|센터|연구소|팀|실|부)(?:와|과|은|는|이|가|도)\s)/;

/** Adds a reference for a kind word opening the sentence to the one company of that kind the article named before. */
export function addKindWordReference(acc: Acc, text: string, ms: Mention[]): void {
  if (!/(?:은행|병원|보험사|카드사|증권사)/.test(text)) return;
  const r = KIND_OPENING.exec(text);
  if (!r) return;
  const start = r.index + r[0].length - r[1]!.length;
  // (a company named in the sentence before the word is the clause's subject; a mention the word is part of stands)
  if (ms.some((m) => m.start < start + r[1]!.length && m.type !== 'Person' && m.start >= 0 && m.end > 0)) return;
  const kinds = [...acc.entities.values()].filter((e) => e.type === 'Company' && Object.keys(e.names).some((n) => n.length > r[1]!.length && n.endsWith(r[1]!)));
  if (kinds.length !== 1) return;
  const company = kinds[0]!;
  const name = Object.keys(company.names)[0]!;
  ms.push(referenceTo({ key: company.key, type: 'Company', surface: name, aliases: [], start: 0, end: 0, via: 'reference' }, start, start + r[1]!.length));
  ms.sort((a, b) => a.start - b.start);
}
