/**
 * "세한물류의 사내 모델 '세한 로지브레인'" … "로지브레인은": a model named by its maker's name head and then a word of its own
 * (maybe with its version: "다올 마이스터 1.0" … "마이스터 1.0은") is that word alone later in the article (the maker's head is
 * what makes it a full name, not a different model).
 */
import type { KnownName } from './engine/known-names.js';
import type { Mention } from './types.js';
import { normalizeName } from '../graph/index.js';
import { GENERIC_COMPANY_STEMS } from './engine/company-words.js';

/** A company's name without the kind word or trade it ends on ("세한물류" → "세한", "가온소프트" → "가온"). */
const KIND_END = /(?:물류|로지스틱스|소프트|테크|랩스|랩|데이터|전자|그룹|시스템즈|게임즈|게임스|스튜디오|AI|에이아이)$/;

/**
 * The model's own word after a company head: one Hangul or Latin word of three or more letters, no version or size, or a
 * capitalised Latin word with a hyphened letter tail ("VOX-R", "QRX-T").
 */
const OWN_WORD = /^(?:[가-힣]{3,8}|[A-Z][A-Za-z]{3,15}|[A-Z][A-Za-z]{1,11}-[A-Z]{1,3})$/;

/** A version number as a word of its own ("1.0", "2"), and after the own word ("마이스터 1.0"). */
const VERSION = /^\d{1,2}(?:\.\d{1,2})?$/;
const VERSION_AFTER = /\s\d{1,2}(?:\.\d{1,2})?$/;

/** A company name's heads without the kind words it ends on ("다올AI랩" → "다올AI", "다올"). */
export function companyNameHeads(name: string): string[] {
  const head = name.replace(KIND_END, '');
  const bare = head.replace(KIND_END, '');
  return [head, bare].filter((h, i, all) => h.length >= 2 && h !== name && all.indexOf(h) === i);
}

function collectCompanyHeads(all: Mention[][]): Set<string> {
  const heads = new Set<string>();
  for (const ms of all)
    for (const m of ms) {
      if (m.type !== 'Company' || m.via === 'blocked' || m.via === 'reference') continue;
      heads.add(m.surface);
      // (a name of two kind words, "다올AI랩": its head without either, "다올AI" and "다올")
      for (const h of companyNameHeads(m.surface)) heads.add(h);
    }
  return heads;
}

/** Short forms of discovered models named "<company head> <own word>": the own word → the model. */
export function readCompanyHeadedShortForms(all: Mention[][]): KnownName[] {
  const heads = collectCompanyHeads(all);
  const out: KnownName[] = [];
  const seen = new Map<string, string>();
  for (const ms of all)
    for (const m of ms) {
      if (m.type !== 'Model' || m.via !== 'discovered') continue;
      // ("다올 마이스터 1.0" … "마이스터 1.0은": the own word may carry the model's version)
      const words = m.surface.split(' ');
      if (words.length === 3 && VERSION.test(words[2]!)) words.splice(1, 2, `${words[1]} ${words[2]}`);
      if (words.length !== 2 || !heads.has(words[0]!) || !OWN_WORD.test(words[1]!.replace(VERSION_AFTER, ''))) continue;
      // (two models sharing the word name neither alone)
      const prev = seen.get(words[1]!);
      if (prev !== undefined && prev !== m.key) seen.set(words[1]!, '');
      else seen.set(words[1]!, m.key);
    }
  for (const [name, key] of seen) if (key) out.push({ name, type: 'Model', key });
  return out;
}

/**
 * "자체 모델 '다올 VOX-R'" … "VOX-R 2는" … "다올 VOX-R 2는": a company-headed model's version, named with the head and
 * without it, is one model (the head's name → the one without, as the article first read it).
 */
export function companyHeadedVersionForms(all: Mention[][]): Map<string, string> {
  const heads = collectCompanyHeads(all);
  const headOf = new Map<string, string>();
  const models = all.flat().filter((m) => m.type === 'Model' && m.via === 'discovered');
  for (const m of models) {
    const [head, own, ...rest] = m.surface.split(' ');
    if (rest.length || !head || !own || !heads.has(head) || !OWN_WORD.test(own)) continue;
    // (two heads before one word name neither)
    headOf.set(own, headOf.has(own) && headOf.get(own) !== head ? '' : head);
  }
  const out = new Map<string, string>();
  for (const m of models) {
    const [own, version, ...rest] = m.surface.split(' ');
    const head = own ? headOf.get(own) : undefined;
    if (rest.length || !head || !version || !VERSION.test(version)) continue;
    out.set(`model:~${normalizeName(`${head} ${m.surface}`)}`, m.key);
  }
  return out;
}

/** A sentence opening on a product's name, a company's first word and a word of its own, as its topic or subject ("X 톡비서는 …"). */
const PRODUCT_SUBJECT = /^(?:[-•·*]\s)?([가-힣]{2,6})\s[가-힣A-Za-z]{2,10}(?:은|는|이|가)\s/;

/**
 * "X 톡비서는 … 혁신금융서비스로 지정돼": a sentence whose own subject is a product named with the first word of a company of
 * the article ("X" of "X은행") speaks of that company (of two so named, the one the article names most), not of the
 * subject of the sentences before.
 */
export function productOwnerSubject(text: string, ms: Mention[], companies: Iterable<{ key: string; type: string; names: Record<string, number> }>): Mention | undefined {
  const p = PRODUCT_SUBJECT.exec(text);
  if (!p || ms.some((m) => m.start < p[0].length && m.end > 0)) return undefined;
  const word = p[1]!;
  if (GENERIC_COMPANY_STEMS.test(word)) return undefined;
  let best: { key: string; name: string; count: number } | undefined;
  for (const e of companies) {
    if (e.type !== 'Company') continue;
    const named = Object.entries(e.names).filter(([n]) => n.startsWith(word) && n.length > word.length && /^[가-힣]/.test(n.slice(word.length)));
    const count = named.reduce((sum, [, c]) => sum + c, 0);
    if (named.length && (!best || count > best.count)) best = { key: e.key, name: named[0]![0], count };
  }
  return best && { type: 'Company', key: best.key, surface: best.name, aliases: [], start: 0, end: 0, via: 'reference' };
}
