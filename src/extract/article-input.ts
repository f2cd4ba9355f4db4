/**
 * What extractFacts reads before its loop: the sentences to read (page chrome dropped, a "sentence"
 * longer than any real one cut into windows), the publication date when the page gives none, the
 * one benchmark the headline names, the article's short forms of names, and its own record.
 */
import { translatedForms } from './translated-names.js';
import type { ParsedArticle, Sentence } from '../parse/types.js';
import { sizedShortForms, tailShortForms } from './article-names.js';
import { headlineParents } from './headline-parents.js';
import { corporateShortForms, suffixedForms } from './corporate-short.js';
import { otherSpellingForms, romanisedOrderForms } from './romanised-orders.js';
import { definedShortForms, glossedPolicyForms } from './defined-short.js';
import { consortiumNameForms } from './consortium-names.js';
import { glossedRepositoryForms, repositoryShortForms } from './repository-glosses.js';
import { lineShortForms } from './line-short-forms.js';
import { findDates } from './korean-dates.js';
import { transliteratedForms } from './transliterate.js';
import { BASIS_NOTE_TEXT } from './engine/ranked-entries.js';
import { hubIdForms } from './hub-id-forms.js';
import { sizeOnlyForms } from './size-only-forms.js';
import { companyHeadedVersionForms } from './company-headed.js';
import type { ArticleFacts, Mention, RuleSet } from './types.js';
import { lineVersionForms } from './line-versions.js';

/** The article's own record in its facts: the page's metadata, under the article's id. */
export function articleRecordOf(parsed: ParsedArticle): ArticleFacts['article'] {
  const m = parsed.meta;
  return { id: m.id, url: m.url, title: m.title, publishedAt: m.publishedAt, publisher: m.publisher, author: m.author, sha256: m.sha256, source: m.source };
}

/**
 * The keys this article writes in short or other forms, to the key they stand for: a size left off, a
 * tail, a repository name (or path glossing a name), a line's name for its one sized member, a headline's parent name, a transliteration, a defined short form (the
 * first source to give a form wins).
 */
export function shortFormsOf(first: Mention[][], sentences: Sentence[], rules: RuleSet): Map<string, string> {
  const out = sizedShortForms(first, sentences, rules);
  const more = [tailShortForms(first, sentences), tailPolicyForms(first), headlinePolicyForms(first, sentences), abridgedPolicyForms(first), qualifiedPolicyForms(first, sentences), repositoryShortForms(first, sentences), glossedRepositoryForms(first, sentences), lineShortForms(first, sentences), headlineParents(first, sentences, rules), transliteratedForms(first, rules), definedShortForms(first, sentences), glossedPolicyForms(first, sentences), corporateShortForms(first), suffixedForms(first), romanisedOrderForms(first), otherSpellingForms(first, sentences), hubIdForms(first, sentences), consortiumNameForms(first, sentences), sizeOnlyForms(first), companyHeadedVersionForms(first), translatedForms(first, sentences), lineVersionForms(first, sentences)];
  // (two passes may read one pair both ways — "Vela" → "Vela Inc." and "Vela Inc." → "Vela": the first reading stands, or the two keys would only swap)
  for (const forms of more) for (const [from, to] of forms) if (!out.has(from) && out.get(to) !== from) out.set(from, to);
  return out;
}


/**
 * "온디바이스 AI 모델 개발사업" beside the official "온디바이스 AI 파운데이션 모델 개발사업": a programme name (three words or more)
 * that leaves out inner words of the one longer programme name the article gives, with the same first and last word, is that
 * programme. (A word put before or after a name — "공공 X 사업", "X 사업 2단계" — may make another programme, so only inner words.)
 */
export function abridgedPolicyForms(all: Mention[][]): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of all.flat()) if (m.type === 'Policy' && m.via !== 'reference' && !names.has(m.key)) names.set(m.key, m.surface);
  const out = new Map<string, string>();
  for (const [key, surface] of names) {
    const words = surface.split(' ');
    if (words.length < 3) continue;
    const longer = [...names].filter(([k, l]) => k !== key && l.startsWith(`${words[0]} `) && l.endsWith(` ${words.at(-1)}`) && wordsWithin(surface, l));
    if (longer.length === 1) out.set(key, longer[0]![0]);
  }
  return out;
}

/**
 * "농식품 AI 바우처" where the article's programme is "농식품 AI 바우처 지원사업": a programme read (from the gazetteer) inside
 * a longer name, the word before it each time it is read opening the one longer programme name the article gives, is that programme.
 */
export function qualifiedPolicyForms(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const before = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  all.forEach((ms, i) => {
    for (const m of ms) {
      if (m.type !== 'Policy' || m.via === 'reference') continue;
      if (!names.has(m.key)) names.set(m.key, m.surface);
      const word = /(?:^|\s)([^\s'"‘“]+)\s$/.exec(sentences[i]!.text.slice(Math.max(0, m.start - 16), m.start))?.[1] ?? '';
      before.set(m.key, (before.get(m.key) ?? new Set()).add(word));
    }
  });
  const out = new Map<string, string>();
  for (const [key, words] of before) {
    const [word] = [...words];
    if (words.size !== 1 || !word) continue;
    const opened = `${word} ${names.get(key)!} `;
    const longer = [...names].filter(([k, n]) => k !== key && n.startsWith(opened));
    if (longer.length === 1) out.set(key, longer[0]![0]);
  }
  return out;
}

/** The benchmark the headline names, when it names exactly one. */
export function headlineBenchmarkOf(mentions: Mention[][], sentences: Sentence[]): Mention | undefined {
  const benches = sentences.flatMap((s, i) => (s.block === 'title' ? mentions[i]!.filter((m) => m.type === 'Benchmark') : []));
  return benches.length && benches.every((b) => b.key === benches[0]!.key) ? benches[0] : undefined;
}

const MAX_SENTENCE = 1200;

/**
 * A "sentence" longer than any real one (a page without punctuation, a pasted table) is read in
 * windows cut at spaces: every rule looks at a bounded neighbourhood, and cost stays linear.
 */
export function splitLongSentence(s: Sentence): Sentence[] {
  if (s.text.length <= MAX_SENTENCE) return [s];
  const out: Sentence[] = [];
  for (let from = 0; from < s.text.length; ) {
    let to = Math.min(s.text.length, from + MAX_SENTENCE);
    if (to < s.text.length) {
      const cut = s.text.lastIndexOf(' ', to);
      if (cut > from + MAX_SENTENCE / 2) to = cut + 1;
    }
    out.push({ ...s, text: s.text.slice(from, to), start: s.start + from, end: s.start + to });
    from = to;
  }
  return out;
}

/** A writer's line on an anonymous workplace community: a company badge and a masked handle ("X · a***k"), no statement about X. */
export const BADGE_LINE = /^[^\s·]{1,20}\s?·\s?[A-Za-z0-9]\*{2,4}[A-Za-z0-9]$/;

/**
 * A table cell's note on a line of its own under the model's name ("※ X(Maker) 기반 추가학습", "※ 자체 개발, 처음부터 학습"):
 * what the row's model is built on or that the team made it, read with the row (engine/consortium-table.ts takeRow).
 */
const CELL_NOTE_TEXT = String.raw`\s?[^※\n]{2,60}?\s(?:기반|바탕)(?:\s(?:추가\s?학습|미세\s?조정|파인\s?튜닝|튜닝|재학습|학습))?\.?\s*$|\s?(?:자체|자사)\s(?:개발|구축|제작)(?:,|\.?\s*$)`;
/** Page chrome that slipped through parsing (a ▶ line that is a long sentence ending in '다.' is a summary bullet, kept, and so is a roundtable's turn '▶NAME 직함=…'): related-article lists, related-stock tickers ("관련 종목 A 123456 31,000 ▲12.4% …"), footnote legends (not a ※ note that is a sentence about its
 * topic, "※ A는 B의 후속 모델." (or about a table row's topic by its number, "※ 연번 2 'A'는 …"), nor a long one a listing closes politely, "※ … 기능은 Y를 사용합니다.", "※ … 진행됩니다.", nor one that says what a chart's figures are on, "※ X 벤치마크 기준.", the note ranked-entries.ts reads, nor
 * an official document's long note in its clipped report style, "※ … 선정이 취소됨.", "… 후속 모델임."). */
export const CHROME_LINE = new RegExp(String.raw`^\s*(?:\[\s?관련\s?(?:기사|종목)\s?\]|관련\s?(?:기사|종목)\s?[:：|]|관련\s?종목\s(?=[^]*\d{6}\s)|\[(?:추천|인기|많이 본|함께 본)[^\]]{0,10}\]|(?:▶|☞)(?!\s?(?:인터뷰|녹취|싱크)\s?[:：]|\s?(?:사회|사회자|진행|진행자|[가-힣]{1,4}\s[가-힣A-Za-z]{1,14})\s?=)(?![^]{36,}다\.\s*$)|※(?!\s?(?:(?:연번|순번|번호)\s?\d{1,3}번?\s)?[^\s※:：]{1,20}(?:\s[^\s※:：]{1,12}){0,2}(?:은|는)\s|` + BASIS_NOTE_TEXT + `|` + CELL_NOTE_TEXT + `|[^]{36,}(?:습니다|합니다|입니다|됩니다)\.\s*$|[^]{36,}[가-힣](?:됨|음|임)\.\s*$))`);

/**
 * A live blog's or a report's section label before a body sentence ("[모델 소개] X의 매개변수는 …", "[슬라이드] …"): no part of
 * the sentence, whose first words are its subject. (Not a speaker's caption, "[인터뷰] NAME/…", nor a label that is all there is.)
 */
const SECTION_LABEL = /^\[(?!\s?(?:인터뷰|녹취|싱크))[가-힣]{1,6}(?:\s[가-힣]{1,6})?\]\s(?=\S)/;

/** The body sentence without its leading section label. */
export function dropSectionLabel(s: Sentence): Sentence {
  if (s.block !== 'body' || s.text[0] !== '[') return s;
  const label = SECTION_LABEL.exec(s.text);
  return label ? { ...s, text: s.text.slice(label[0].length), start: s.start + label[0].length } : s;
}

/** Without a publication date from the page, the first absolute date near the top. */
export function guessPublishedAt(parsed: ParsedArticle): string | undefined {
  for (const s of parsed.sentences.slice(0, 4)) {
    const d = findDates(s.text).find((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.iso));
    if (d) return d.iso;
  }
  return undefined;
}

/**
 * "… the Independent AI Foundation Model Project … I'll call it the Foundation Model Project": a discovered programme whose
 * name (two words or more) ends the name of programmes named earlier, all one programme, is that programme.
 */
export function tailPolicyForms(all: Mention[][]): Map<string, string> {
  const out = new Map<string, string>();
  const seen: Mention[] = [];
  for (const ms of all)
    for (const m of ms) {
      if (m.type !== 'Policy' || m.via === 'reference') continue;
      const longer = m.via === 'discovered' && m.surface.includes(' ') ? seen.filter((l) => l.key !== m.key && l.surface.length > m.surface.length + 1 && l.surface.endsWith(` ${m.surface}`)) : [];
      if (longer.length && longer.every((l) => l.key === longer[0]!.key) && !out.has(m.key)) out.set(m.key, longer[0]!.key);
      seen.push(m);
    }
  return out;
}

/** Every word of `short`, in order, among the words of `long` (which has more). */
function wordsWithin(short: string, long: string): boolean {
  const want = short.split(' ');
  const have = long.split(' ');
  if (have.length <= want.length) return false;
  let k = 0;
  for (const w of have) if (w === want[k]) k++;
  return k === want.length;
}

/**
 * "경기도 'AI 실증 지원사업' 20개사 선정" over a body that names "경기 AI 스타트업 실증 지원사업": a programme named only in a
 * title, summary line or heading (two words or more) whose words all stand, in order, in the one longer programme name the body
 * gives is that programme.
 */
export function headlinePolicyForms(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const top = new Map<string, string>();
  const body = new Map<string, string>();
  const names = new Set(all.flat().filter((m) => m.type === 'Policy' && m.via !== 'reference').map((m) => m.surface));
  all.forEach((ms, i) => {
    const b = sentences[i]!.block;
    const inTop = b === 'title' || b === 'heading' || b === 'summary';
    // (a name read short where the text goes on into a longer programme's name the article gives elsewhere, unquoted in a
    // speech: "\"국가대표 AI 에이전트 개발사업을 통해" is that programme, not one called "국가대표 AI")
    const cut = (m: Mention) => [...names].some((n) => n.length > m.surface.length + 1 && n.startsWith(`${m.surface} `) && sentences[i]!.text.startsWith(n, m.start));
    for (const m of ms) if (m.type === 'Policy' && m.via !== 'reference' && (inTop || !cut(m))) (inTop ? top : body).set(m.key, m.surface);
  });
  const out = new Map<string, string>();
  for (const [key, surface] of top) {
    if (body.has(key) || !surface.includes(' ')) continue;
    const longer = [...body].filter(([k, b]) => k !== key && wordsWithin(surface, b));
    if (longer.length === 1) out.set(key, longer[0]![0]);
  }
  return out;
}

/**
 * A line that is one company's name and nothing else, a company the sentences before named in prose (a table's first
 * cell, "에이블랩스"): the subject the row's next cells omit. (A name first met on such a line is an item of a list, a
 * tool stack's "Weights & Biases", no subject.) Or the body's first line, right under the page's title (`underTitle`):
 * an app or product listing's developer or publisher line, whom the listing's notes are about.
 */
export function nameLineCompany(text: string, mentions: readonly Mention[], earlier: readonly { text: string; mentions: readonly Mention[] }[], underTitle = false): Mention | undefined {
  const only = mentions.length === 1 ? mentions[0]! : undefined;
  if (only?.type !== 'Company' || only.via === 'blocked' || only.via === 'reference' || text.trim().replace(/^(?:\(주\)|㈜)\s?/, '') !== only.surface) return undefined;
  if (underTitle && earlier.every((s) => s.text === text)) return only; // (`earlier` may hold the line itself)
  return earlier.some((s) => s.text.trim() !== only.surface && s.mentions.some((m) => m.key === only.key)) ? only : undefined;
}

/** "A가 X를, B가 Y를 맡는다": two subjects share out the work. */
const SHARED_WORK = /(?:을|를),\s[^.]{0,40}?(?:을|를)\s(?:각각\s)?(?:맡|담당하|담당했)[가-힣]{0,3}(?=[\s.,]|$)/;

/** The article's own company where it is one of the subjects a sentence shares the work between (see SHARED_WORK): the subject the next sentences omit, not the partner named first. */
export function sharedWorkSubject(text: string, ms: Mention[], own: Mention | undefined): Mention | undefined {
  if (!own || !SHARED_WORK.test(text)) return undefined;
  return ms.find((m) => m.type === 'Company' && m.key === own.key && /^(?:이|가)\s/.test(text.slice(m.end, m.end + 2)));
}

/** A career entry's head line: a company, the role held there and its period ("X CTO 2026.03 ~ 현재", "(주)X ML 엔지니어 2016.01 ~ 2021.02"). */
/** A card's role line after the company, nothing else on it: the post, maybe a role after a middle dot ("X 수석연구원 · 주강사", "X 솔루션 엔지니어"). */
const ROLE_LINE_TAIL = /^\s(?:[가-힣A-Za-z]{1,10}\s){0,2}(?:[가-힣]{0,6}(?:연구원|엔지니어|개발자|본부장|센터장|팀장|실장|소장|이사|대표|리드|매니저)|C[ETO]O)(?:\s?·\s?[가-힣A-Za-z]{1,8}(?:\s[가-힣A-Za-z]{1,8})?)?\s*$/;
/** A career entry's head line of the company and the kind of employment alone ("X 정규직", "X 계약직", "X 인턴"). */
const EMPLOYMENT_TAIL = /^\s(?:정규직|계약직|인턴|파견직|프리랜서)\s*$/;
const CAREER_ENTRY_TAIL = /^\s[^.,]{1,30}?\s(?:19|20)\d{2}[.\-/]\s?\d{1,2}\.?\s?[~〜–-]\s?(?:현재|재직\s?중|(?:19|20)\d{2}[.\-/]\s?\d{1,2}\.?)\s*$/;

/** The company a career entry's head line names (a résumé's 경력 list): the subject its description lines omit. */
export function careerEntryCompany(text: string, mentions: readonly Mention[]): Mention | undefined {
  const first = mentions[0];
  if (first?.type !== 'Company' || first.via === 'blocked' || first.via === 'reference' || !/^(?:\(주\)|㈜)?\s?$/.test(text.slice(0, first.start))) return undefined;
  return CAREER_ENTRY_TAIL.test(text.slice(first.end)) || ROLE_LINE_TAIL.test(text.slice(first.end)) || EMPLOYMENT_TAIL.test(text.slice(first.end)) ? first : undefined;
}

/**
 * A nominee's, awardee's or member's row of a text table, "NAME | (주)X | 대표이사": one person, the company they work
 * for in a cell of its own and their post. The row's company is the subject its next lines omit (the 공적 cell's
 * "ㅇ … 개발 주도", "ㅇ 「Y」 공급기업으로 참여"), until a line names a subject of its own.
 */
/** A name cell: a Korean name, or a name with its Latin spelling ("케빈 오(Kevin Oh)"). */
const NAME_CELL = /^[가-힣]{2,4}$|^[가-힣]{1,5}(?:\s[가-힣]{1,5}){0,2}\s?\([A-Za-z .\-]{3,30}\)$/;

export function rosterLineCompany(text: string, mentions: readonly Mention[]): Mention | undefined {
  if (!text.includes('|')) return undefined;
  const cells = text.split('|').map((c) => c.trim());
  if (cells.length < 3 || cells.length > 6 || cells.some((c) => c.length > 30)) return undefined;
  const companies = mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference');
  if (companies.length !== 1 || mentions.some((m) => m.type !== 'Company' && m.type !== 'Person') || !cells.some((c) => NAME_CELL.test(c))) return undefined;
  const company = companies[0]!;
  return cells.some((c) => c.replace(/^(?:\(주\)|㈜|주식회사)\s?/, '') === company.surface) ? company : undefined;
}
