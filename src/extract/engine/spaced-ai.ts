/**
 * "업스테이지 AI 리서치 총괄로 합류": a company whose listed name ends in a glued "AI" ('업스테이지AI')
 * matches the words "업스테이지 AI" (the gazetteer folds white space), but where a unit or role word
 * follows ("AI 리서치", "AI 사업부문장", "AI 연구소"), the "AI" is the unit's and the company is the
 * name before it — when that name is another listed company ("업스테이지"; "오픈 AI 리서치" stays 오픈AI).
 */
import type { TrieHit } from './trie.js';

/** A unit or role word after "AI ". */
const UNIT_AFTER = /^\s(?:리서치|연구|사업|전략|센터|랩|본부|부문|총괄|기술|플랫폼|솔루션|서비스|컨설팅|교육|인프라|데이터|윤리|정책|안전|반도체|Research\b|Lab\b)/;

/** Whether the hit (longest first among `hits`, at index `k`) is such a spaced "X AI" before a unit word, with X a company. */
export function isUnitsAi(text: string, hits: TrieHit[], k: number): boolean {
  const hit = hits[k]!;
  const e = hit.end;
  if (text.charCodeAt(e - 1) !== 0x49 /* I */ || text.charCodeAt(e - 2) !== 0x41 /* A */ || text.charCodeAt(e - 3) !== 0x20) return false;
  const companies = hit.entries.filter((x) => x.entry.type === 'Company').map((x) => x.entry.id);
  if (!companies.length || !UNIT_AFTER.test(text.slice(e, e + 10))) return false;
  // (another company: '미스트랄 AI 리서치' is Mistral AI under either name, and keeps its longer one)
  for (let j = k + 1; j < hits.length; j++) if (hits[j]!.end === e - 3 && hits[j]!.entries.some((x) => x.entry.type === 'Company' && !companies.includes(x.entry.id))) return true;
  return false;
}
