/** A parent or a short model name a headline gives, read as the one subsidiary or longer name the body gives. */
import type { Sentence } from '../parse/types.js';
import { childrenOf } from './article-names.js';
import type { Mention, RuleSet } from './types.js';

/**
 * Headlines shorten a subsidiary to its parent ("네이버·NC 탈락" over a body about 네이버클라우드 and
 * NC AI): a parent named only in the title, summary or headings, whose one subsidiary the body
 * names, is that subsidiary. So is one the body names only as the modifier of a word that is no name ("네이버 검색에 탑재",
 * "네이버 시절을 두고"): a service or an era of the company, not the company taking part.
 */
export function headlineParents(all: Mention[][], sentences: Sentence[], rules: RuleSet): Map<string, string> {
  const body = new Set<string>();
  const top = new Set<string>();
  const bodyCount = new Map<string, number>();
  // a body mention that only opens a sentence as its topic ("네이버는 … 밝혔다") may still be the short form
  const leadsOnly = new Map<string, boolean>();
  const modifiesOnly = new Map<string, boolean>();
  const sideOnly = new Map<string, boolean>();
  const ownOnly = new Map<string, boolean>();
  all.forEach((ms, i) => {
    const s = sentences[i]!;
    const inBody = s.block === 'body' || s.block === 'caption';
    for (const m of ms) {
      if (m.type !== 'Company' || m.via === 'blocked') continue;
      (inBody ? body : top).add(m.key);
      if (!inBody) continue;
      bodyCount.set(m.key, (bodyCount.get(m.key) ?? 0) + 1);
      const leads = !s.text.slice(0, m.start).trim() && /^(?:은|는)\s/.test(s.text.slice(m.end, m.end + 2));
      leadsOnly.set(m.key, (leadsOnly.get(m.key) ?? true) && leads);
      modifiesOnly.set(m.key, (modifiesOnly.get(m.key) ?? true) && modifiesWord(s.text, m, ms));
      sideOnly.set(m.key, (sideOnly.get(m.key) ?? true) && SIDE_WORD.test(s.text.slice(m.end, m.end + 4)));
      ownOnly.set(m.key, (ownOnly.get(m.key) ?? true) && OWN_WORD.test(s.text.slice(m.end, m.end + 8)));
    }
  });
  const out = new Map<string, string>();
  const children = childrenOf(rules);
  for (const key of top) {
    if (!key.startsWith('company:')) continue;
    const named = (children.get(key.slice('company:'.length)) ?? []).map((id) => `company:${id}`).filter((k) => body.has(k));
    if (named.length !== 1) continue;
    const lead = body.has(key) && leadsOnly.get(key) === true && (bodyCount.get(key) ?? 0) === 1 && (bodyCount.get(named[0]!) ?? 0) >= 2;
    const modifier = modifiesOnly.get(key) === true && (bodyCount.get(named[0]!) ?? 0) >= 2;
    if (!body.has(key) || lead || modifier) out.set(key, named[0]!);
  }
  // "기반을 네이버 쪽으로 바꿨다" once, in a story whose headline and body name 네이버클라우드: the side the story deals with is its subsidiary
  for (const key of body) {
    if (top.has(key) || out.has(key) || !key.startsWith('company:') || sideOnly.get(key) !== true || bodyCount.get(key) !== 1) continue;
    const named = (children.get(key.slice('company:'.length)) ?? []).map((id) => `company:${id}`).filter((k) => body.has(k));
    if (named.length === 1 && top.has(named[0]!) && (bodyCount.get(named[0]!) ?? 0) >= 3) out.set(key, named[0]!);
  }
  // "네이버 자체 모델인 X" once, in a body that names 네이버클라우드 three times or more: the group's own model is the subsidiary's
  for (const key of body) {
    if (top.has(key) || out.has(key) || !key.startsWith('company:') || ownOnly.get(key) !== true || bodyCount.get(key) !== 1) continue;
    const named = (children.get(key.slice('company:'.length)) ?? []).map((id) => `company:${id}`).filter((k) => body.has(k));
    if (named.length === 1 && (bodyCount.get(named[0]!) ?? 0) >= 3) out.set(key, named[0]!);
  }
  // "X클라우드가 … 내놨다. 네이버는 이 모델을 검색에 적용한다": the parent once, as the topic opening a sentence just after
  // one (or two) that name its one subsidiary, in a body that names the subsidiary three times or more: the subsidiary again
  for (const key of body) {
    if (top.has(key) || out.has(key) || !key.startsWith('company:') || leadsOnly.get(key) !== true || bodyCount.get(key) !== 1) continue;
    const named = (children.get(key.slice('company:'.length)) ?? []).map((id) => `company:${id}`).filter((k) => body.has(k));
    if (named.length === 1 && (bodyCount.get(named[0]!) ?? 0) >= 3 && followsChild(all, sentences, key, named[0]!)) out.set(key, named[0]!);
  }
  for (const [short, long] of headlineShortModels(all, sentences)) if (!out.has(short)) out.set(short, long);
  return out;
}

/**
 * Whether the body sentence naming `parent` comes right after a body sentence (one or two back) that opens on `child` as its
 * subject or topic ("X클라우드가 … 내놨다. X는 …"); a sentence that names the subsidiary further in, as the maker of another's base
 * ("Y는 X클라우드가 공개한 모델을 바탕으로 …"), leaves the parent a party of its own.
 */
function followsChild(all: Mention[][], sentences: Sentence[], parent: string, child: string): boolean {
  const at = all.findIndex((ms, i) => (sentences[i]!.block === 'body' || sentences[i]!.block === 'caption') && ms.some((m) => m.key === parent));
  for (let i = at - 1; i >= 0 && i >= at - 2; i--) {
    if (sentences[i]!.block !== 'body' && sentences[i]!.block !== 'caption') return false;
    if (all[i]!.some((m) => m.key === child && !sentences[i]!.text.slice(0, m.start).trim())) return true;
  }
  return false;
}

/** Words after a company's name that still speak of the company as a party: its side, its people, its posts ("네이버 쪽은", "네이버 관계자"). */
const PARTY_WORD = /^\s(?:쪽|측|관계자|임원|직원|대표|회장|의장|사장|본사|내부|사내|그룹|계열)/;

/** "네이버 쪽으로", "네이버 측은": the company as one side of a story, not a deed of its own. */
const SIDE_WORD = /^\s(?:쪽|측(?!정|면|근))/;

/** "네이버 자체 모델", "카카오 독자 개발 모델": the company's own model, said of the company as a whole. */
const OWN_WORD = /^\s(?:자체|독자)\s?(?:개발\s)?(?:[가-힣]{1,4}\s)?(?:모델|LLM|AI|언어\s?모델)/;

/** A mention bare before a Hangul word no other mention begins ("네이버 검색과"), not the name of a party with its particle. */
function modifiesWord(text: string, m: Mention, ms: Mention[]): boolean {
  const next = /^\s[가-힣]/.exec(text.slice(m.end, m.end + 2));
  return next !== null && !PARTY_WORD.test(text.slice(m.end, m.end + 5)) && !ms.some((o) => o.start === m.end + 1);
}

/** "■ 라마 4 기반 'X'로 주목" over a body that names only "라마 4 스카우트": a model named only in the title, summary or headings is the one longer name of it the body gives. */
function headlineShortModels(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const top = new Map<string, string>();
  const body = new Map<string, string>();
  all.forEach((ms, i) => {
    const inBody = sentences[i]!.block === 'body' || sentences[i]!.block === 'caption';
    for (const m of ms) if (m.type === 'Model' && m.via !== 'reference' && m.via !== 'anonymous') (inBody ? body : top).set(m.key, m.surface);
  });
  const out = new Map<string, string>();
  for (const [key, surface] of top) {
    if (body.has(key) || !/\d/.test(surface)) continue;
    const longer = [...body].filter(([, b]) => b.startsWith(`${surface} `) && !/^\d/.test(b.slice(surface.length + 1)));
    if (longer.length === 1) out.set(key, longer[0]![0]);
  }
  return out;
}
