/**
 * The cover block of a disclosure filing (사업보고서, 분기보고서, 증권신고서) quoted on a page:
 * labelled lines, their labels often letter-spaced ("회 사 명 : X 주식회사", "대 표 이 사 : 홍길동",
 * "작 성 책 임 자 : (직책) 최고재무책임자 (성명) 김철수"). The company named there is the one the
 * filing's "당사" means, and the officers named there hold their posts at it.
 */
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import type { Sentence } from '../parse/types.js';
import type { Mention, RuleSet } from './types.js';
import { filerRowFact } from './table-rows.js';

/** A label written with or without spaces (or the column bars a text layout put) between its letters. */
const spaced = (label: string): string => label.split('').join('[\\s|]*');
const LABEL_END = '[\\s|]*[:：][\\s|]*';
/** Where a field starts: the sentence's start or a space (the fields of a cover may run on in one paragraph). */
const AT_FIELD = '(?:^|(?<=[\\s|]))';
const COMPANY_FIELD = new RegExp(`${AT_FIELD}(?:${['회사명', '상호', '법인명'].map(spaced).join('|')})${LABEL_END}`);
const HEAD_FIELD = new RegExp(`${AT_FIELD}(${['대표이사', '대표자'].map(spaced).join('|')})${LABEL_END}([가-힣]{2,4})(?:[\\s|]*[,·][\\s|]*([가-힣]{2,4}))?(?=[\\s|]|$)`);
/** "작성책임자 : (직책) 최고재무책임자 (성명) 김철수": the title and the name each in a labelled slot. */
const SIGNER_FIELD = new RegExp(`${AT_FIELD}${spaced('작성책임자')}${LABEL_END}\\(직\\s?책\\)[\\s|]*([^()|]{2,20}?)[\\s|]*\\(성\\s?명\\)[\\s|]*([가-힣]{2,4})(?=[\\s|]|$)`);

export interface FilingCover {
  /** The filer: what the filing's "당사" means. */
  company?: Mention;
  officers: Array<{ name: string; title: string; sentence: Sentence }>;
}

/** The filer and its officers from a filing's cover block, when the page quotes one. */
export function readFilingCover(sentences: Sentence[], mentions: Mention[][]): FilingCover {
  const cover: FilingCover = { officers: [] };
  for (const [i, s] of sentences.entries()) {
    if (s.block === 'title' || s.text.length > 240) continue;
    const field = cover.company ? null : COMPANY_FIELD.exec(s.text);
    // the filer is the company named right after the label
    if (field) cover.company = mentions[i]?.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start >= field.index + field[0].length && m.start <= field.index + field[0].length + 2);
    const head = HEAD_FIELD.exec(s.text);
    if (head) for (const name of [head[2], head[3]]) if (name) cover.officers.push({ name, title: head[1]!.replace(/[\s|]/g, ''), sentence: s });
    const signer = SIGNER_FIELD.exec(s.text);
    if (signer) cover.officers.push({ name: signer[2]!, title: signer[1]!.trim(), sentence: s });
  }
  if (!cover.company) cover.officers = [];
  return cover;
}

/** WORKS_FOR for every officer the cover names, at the filer. */
export function addCoverOfficers(acc: Acc, rules: RuleSet, articleId: string, cover: FilingCover): void {
  const company = cover.company;
  if (!company || !acc.entities.has(company.key)) return;
  for (const o of cover.officers) {
    const ev = evidenceOf(articleId, o.sentence, 'works-for.filing-cover', 0.75);
    const person = discoveredMention('Person', o.name, o.sentence.start, o.sentence.start);
    addEntity(acc, person, rules, ev);
    addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: company.key, properties: { title: o.title } }, ev);
  }
}

/** A row of the filing's tables of contracts or government programmes: a partner of the filer, a programme it takes part in. */
export function addFilerRowFact(acc: Acc, articleId: string, cover: FilingCover, s: Sentence, mentions: Mention[]): void {
  const filer = cover.company;
  if (!filer || s.block === 'title' || s.block === 'caption' || !acc.entities.has(filer.key)) return;
  const f = filerRowFact(s.text, mentions);
  if (!f || f.target.key === filer.key) return;
  const rule = f.relation === 'PARTNERS_WITH' ? 'partners.filer-table-row' : 'participates.filer-table-row';
  addRelation(acc, { relation: f.relation, source: filer.key, target: f.target.key, properties: {} }, evidenceOf(articleId, s, rule, 0.7));
}
