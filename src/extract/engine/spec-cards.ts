/**
 * Spec cards. Model-card reviews and listicles write a model's facts as "key: value" lines under a
 * short heading that names the model ("2. X-7B" / "3위 X 14B", then "베이스 모델: Y", "파라미터:
 * 76억 개", "KMMLU: 55.2", "개발사: Z", "라이선스: Apache 2.0"). The heading is the subject of every
 * line below it: the heading becomes a model mention (so the rest of the article knows the name), and
 * each line gives one fact about it. A card may also be one line: "X — 파라미터: 8B / 베이스 모델: Y".
 */
import type { PropertyValue } from '../../graph/index.js';
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { findParameterCounts } from '../korean.js';
import { findDates } from '../korean-dates.js';
import { discoveredMention } from './discover.js';
import { findMentions, type KnownName } from './mentions.js';

export interface SpecCard {
  model: Mention;
  /** Index of the heading sentence. */
  index: number;
  lines: { key: string; value: string; sentence: Sentence }[];
}

export interface SpecFact {
  relation: 'DEVELOPED' | 'BASED_ON' | 'SCORED' | 'SUCCEEDS';
  source: Mention;
  target: Mention;
  properties: Record<string, PropertyValue>;
  sentence: Sentence;
  rule: string;
}

export interface SpecProperty {
  key: string;
  property: string;
  value: PropertyValue;
}

/** (and a fact box's title words around the name: "한눈에 보는 X", "X 한눈에 보기", "X 주요 사양") */
const HEAD_PREFIX = /^(?:\d{1,2}\s?[.)]\s?|\d{1,2}\s?위[.)]?\s|[①-⑩]\s?|#{1,3}\s|\[\d{1,2}\]\s?|한눈에\s?(?:보는|본)\s)/;
const HEAD_SUFFIX = /\s(?:한눈에\s?보기|주요\s?(?:사양|제원|스펙)|사양|제원|스펙|개요)$/;
const KEY_VALUE = /^([^:：]{1,20}?)\s?[:：]\s?(\S.*)$/;
const BASE_KEY = /^(?:베이스|기반|바탕|원본|기초)\s?모델$|^base\s?model$/i;
const DEV_KEY = /^(?:개발사|개발\s?기업|개발|제작사|개발\s?기관|developer)$/i;
/** "수상작: X" / "출품작: X": an awards or contest card's line naming its entry, the card's model where it is one. */
const ENTRY_KEY = /^(?:수상|출품|참가|선정|입상)\s?(?:작|작품|모델)$/;
/** "수상 기업: X · Y (공동 수상)": the company (or companies) an entry was awarded to, its makers. */
const ENTRANT_KEY = /^(?:수상|출품|참가|선정|입상)\s?(?:기업|기관|업체|회사|사)$/;
const PARAM_KEY = /^(?:파라미터(?:\s?수)?|매개변수(?:\s?수)?|모델\s?크기|크기|parameters?|params)$/i;
const LICENSE_KEY = /^(?:라이선스|라이센스|license)$/i;
const RELEASE_KEY = /^(?:공개|공개일|출시|출시일|배포|release)$/i;
const OPEN_VALUE = /(?:Apache|아파치|MIT(?![A-Za-z])|오픈\s?소스|오픈\s?웨이트|open[- ]?(?:source|weights?))/i;
const SCRATCH_VALUE = /(?:프롬\s?스크래치|from\s?scratch|처음부터\s?자체)/i;
const SCORE_VALUE = /^(\d{1,3}(?:\.\d{1,3})?)\s?(?:점|%)?(?![\d.])/;
/** "학습 방식: 프롬 스크래치": how the model was trained. */
const TRAINING_KEY = /^(?:학습|훈련|개발)\s?(?:방식|방법)$|^training$/i;
/** "이전 버전: X (2024.12)": the model the card's model follows; "후속 모델: Y": the one that follows it. */
const PREDECESSOR_KEY = /^(?:이전|직전|前)\s?(?:버전|모델)$|^전작$|^predecessor$/i;
const SUCCESSOR_KEY = /^(?:후속|다음)\s?(?:버전|모델)$|^후속작$|^successor$/i;
/** "벤치마크: A 78.2 · B 54.1": a line of benchmarks, each with its score. */
const BENCH_LIST_KEY = /^(?:벤치마크|주요\s?벤치마크|성능|평가|평가\s?결과|(?:대표|주요)\s?(?:점수|성능)|점수|benchmarks?|scores?)$/i;
/** The last number of one item of such a line ("MVTec AD 이미지 AUROC 98.1" gives 98.1). */
const LAST_SCORE = /(\d{1,3}(?:\.\d{1,3})?)\s?(?:점|%)?\s*$/;
/** A short line under a card's heading that says what kind of model it is ("제조 특화 대규모언어모델(LLM)"). */
const MODEL_KIND = /모델|LLM|sLM|SLM|VLM|LMM|model/;
/** A card's line naming the model a product carries: the card is a product's, not a model's. */
const CARRIES_KEY = /^(?:탑재|적용|사용|내장)\s?모델$/;
/** A heading that reads as a model name: a word with a digit, hyphen or Latin letters, short. */
const MODEL_LIKE = /^[가-힣A-Za-z][가-힣A-Za-z0-9.\-]*(?:\s[가-힣A-Za-z0-9.\-]{1,12}){0,3}$/;
const MAX_HEAD = 32;
/** " — Y랩" / " – Y(Latin)" / " | Y": a maker after a spaced dash or bar at the end of a heading (a short name without a sentence ending). */
const MAKER_AFTER_DASH = /\s[—–|]\s[가-힣A-Za-z][가-힣A-Za-z0-9&.\- ]{0,18}(?:\([^()]{1,20}\))?$/;

const isKeyLine = (text: string): boolean => {
  const kv = KEY_VALUE.exec(text.trim());
  return !!kv && kv[2]!.length <= 80;
};

const knownKey = (key: string, rules: RuleSet): boolean =>
  BASE_KEY.test(key) || DEV_KEY.test(key) || ENTRANT_KEY.test(key) || PARAM_KEY.test(key) || LICENSE_KEY.test(key) || RELEASE_KEY.test(key) || TRAINING_KEY.test(key) ||
  PREDECESSOR_KEY.test(key) || SUCCESSOR_KEY.test(key) || BENCH_LIST_KEY.test(key) || benchmarkKey(key, rules) !== undefined;

function benchmarkKey(key: string, rules: RuleSet): Mention | undefined {
  const ms = findMentions(key, rules).filter((m) => m.type === 'Benchmark');
  return ms.length === 1 && ms[0]!.start === 0 && ms[0]!.end >= key.length - 1 ? ms[0] : undefined;
}

/** The model a heading names (offsets within the heading sentence), or undefined. */
function headingModel(text: string, rules: RuleSet): Mention | undefined {
  // ("3. X 70B — Y랩": a listicle's heading may give the maker after a spaced dash; the name is what stands before it)
  const t = text.trim().replace(MAKER_AFTER_DASH, '');
  if (t.length > MAX_HEAD || /[:：]|[다요]\.?$|[.?!]$/.test(t)) return undefined;
  const lead = HEAD_PREFIX.exec(t)?.[0].length ?? 0;
  const name = t.slice(lead).replace(HEAD_SUFFIX, '').replace(/^['"‘“]|['"’”]$/g, '').trim();
  const from = text.indexOf(name);
  const ms = findMentions(name, rules);
  const whole = ms.find((m) => m.type === 'Model' && m.via !== 'anonymous' && m.via !== 'blocked' && m.start === 0 && m.end >= name.length - 1);
  if (whole) return { ...whole, start: from + whole.start, end: from + whole.end };
  if (ms.some((m) => m.start === 0 && m.end >= name.length - 1)) return undefined;
  const glossed = glossedHeading(name);
  if (glossed) {
    const own = headingModel(glossed.name, rules);
    return own && { ...own, start: from + own.start, end: from + own.end, aliases: [...own.aliases, glossed.latin] };
  }
  if (!MODEL_LIKE.test(name) || !/[\d\-]|[A-Za-z]{2}/.test(name) || /^\d/.test(name)) return undefined;
  return discoveredMention('Model', name, from, from + name.length);
}

/**
 * An awards card's entry ("수상작: X" beside "수상 기업: Y"): the card's model where the line names one — a known model, a
 * name shaped like one (a digit, hyphen or Latin letters), or a plain name the card's next sentences call a model
 * ("… 특화 모델로"). An entry that is a service or an app stays no model.
 */
function entryModel(lines: SpecCard['lines'], sentences: Sentence[], after: number, rules: RuleSet): { model: Mention; sentence: Sentence } | undefined {
  const line = lines.find((l) => ENTRY_KEY.test(l.key));
  if (!line || !lines.some((l) => ENTRANT_KEY.test(l.key) || DEV_KEY.test(l.key))) return undefined;
  const at = line.sentence.text.indexOf(line.value);
  const named = headingModel(line.value, rules);
  const prose = sentences.slice(after, after + 2).filter((s) => s.block !== 'heading' && !isKeyLine(s.text));
  const plain = !named && MODEL_LIKE.test(line.value) && prose.some((s) => MODEL_KIND.test(s.text)) ? discoveredMention('Model', line.value, 0, line.value.length) : undefined;
  const model = named ?? plain;
  return model && at >= 0 ? { model: { ...model, start: at + model.start, end: at + model.end }, sentence: line.sentence } : undefined;
}

/**
 * "시냅스-비전 2 Synapse-Vision 2": a heading that gives the name in Hangul, then in Latin letters. The Latin
 * part has no Hangul, starts with a letter, and carries the same numbers as the Hangul part.
 */
function glossedHeading(name: string): { name: string; latin: string } | undefined {
  const words = name.split(' ');
  const digits = (ws: string[]): string => ws.join(' ').replace(/[^0-9]+/g, ' ').trim();
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k);
    const tail = words.slice(k);
    if (!/[가-힣]/.test(head.join(' ')) || /[가-힣]/.test(tail.join(' ')) || !/^[A-Za-z]/.test(tail[0]!)) continue;
    if (digits(head) === digits(tail)) return { name: head.join(' '), latin: tail.join(' ') };
  }
  return undefined;
}

/** A short line saying what kind of model the heading's is, between the heading and its "key: value" lines. */
const isKindLine = (text: string): boolean => text.length <= 40 && !/[다요]\.?$|[.?!]$/.test(text) && MODEL_KIND.test(text) && !isKeyLine(text);

/**
 * Finds the cards: a heading sentence followed by at least two "key: value" lines, one of them a key
 * this module reads. The heading's model is added to `first` (the article's first-pass mentions).
 */
export function readSpecCards(sentences: Sentence[], first: Mention[][], rules: RuleSet): SpecCard[] {
  const cards: SpecCard[] = [];
  for (const [i, s] of sentences.entries()) {
    const card = s.text.includes(' / ') ? oneLineCard(s, i, first, rules) : undefined;
    if (card) cards.push(card);
  }
  for (let i = 0; i + 2 < sentences.length; i++) {
    if (isKeyLine(sentences[i]!.text)) continue;
    // (a line naming the kind of model may stand between the heading and its lines: "X" / "제조 특화 LLM" / "파라미터: …")
    const kind = !isKeyLine(sentences[i + 1]!.text) && i + 3 < sentences.length && isKindLine(sentences[i + 1]!.text.trim()) ? 1 : 0;
    if (!isKeyLine(sentences[i + 1 + kind]!.text)) continue;
    const lines: SpecCard['lines'] = [];
    for (let j = i + 1 + kind; j < sentences.length && isKeyLine(sentences[j]!.text); j++) {
      const kv = KEY_VALUE.exec(sentences[j]!.text.trim())!;
      lines.push({ key: kv[1]!.trim(), value: kv[2]!.trim(), sentence: sentences[j]! });
    }
    if (lines.length < 2 || !lines.some((l) => knownKey(l.key, rules)) || lines.some((l) => CARRIES_KEY.test(l.key))) continue;
    const entry = entryModel(lines, sentences, i + 1 + kind + lines.length, rules);
    const model = entry?.model ?? headingModel(sentences[i]!.text, rules);
    if (!model) continue;
    const here = first[entry ? sentences.indexOf(entry.sentence) : i]!;
    for (let k = here.length - 1; k >= 0; k--) if (here[k]!.start < model.end && model.start < here[k]!.end) here.splice(k, 1);
    here.push(model);
    cards.push({ model, index: i, lines });
    i += lines.length + kind;
  }
  return cards;
}

/** "X — 파라미터: 8B / 베이스 모델: Y / 라이선스: Z": a card written on one line, the heading before a dash. */
const ONE_LINE_CARD = /^(.{2,32}?)\s[—–-]\s(.+)$/;

function oneLineCard(s: Sentence, i: number, first: Mention[][], rules: RuleSet): SpecCard | undefined {
  const m = ONE_LINE_CARD.exec(s.text.trim());
  if (!m) return undefined;
  const pairs = m[2]!.split(' / ').map((x) => KEY_VALUE.exec(x.trim()));
  if (pairs.length < 2 || pairs.some((kv) => !kv || kv[2]!.length > 80) || !pairs.some((kv) => knownKey(kv![1]!.trim(), rules))) return undefined;
  const model = headingModel(m[1]!, rules);
  if (!model) return undefined;
  const at = s.text.indexOf(m[1]!);
  const placed = { ...model, start: at + model.start, end: at + model.end };
  const here = first[i]!;
  for (let k = here.length - 1; k >= 0; k--) if (here[k]!.start < placed.end && placed.start < here[k]!.end) here.splice(k, 1);
  here.push(placed);
  return { model: placed, index: i, lines: pairs.map((kv) => ({ key: kv![1]!.trim(), value: kv![2]!.trim(), sentence: s })) };
}

/**
 * The facts each card's lines give about its model. `known`: names the article knows (other headings).
 * `owner`: the company a profile page is about (its title names only it): the maker of a card that names none.
 */
export function specCardFacts(cards: SpecCard[], rules: RuleSet, known: KnownName[], publishedAt?: string, owner?: { company: Mention; sentence: Sentence }): { facts: SpecFact[]; props: SpecProperty[] } {
  const facts: SpecFact[] = [];
  const props: SpecProperty[] = [];
  const models = (text: string): Mention[] =>
    findMentions(text, rules, known).filter((m) => m.type === 'Model' && m.via !== 'anonymous' && m.via !== 'blocked');
  for (const card of cards) {
    const subject = card.model;
    if (owner && !card.lines.some((l) => DEV_KEY.test(l.key))) {
      facts.push({ relation: 'DEVELOPED', source: owner.company, target: subject, properties: {}, sentence: card.lines[0]!.sentence, rule: 'developed.profile-card' });
    }
    for (const line of card.lines) {
      const { key, value, sentence } = line;
      if (BASE_KEY.test(key)) {
        const base = models(value).find((m) => m.key !== subject.key);
        if (base) facts.push({ relation: 'BASED_ON', source: subject, target: base, properties: {}, sentence, rule: 'based-on.spec-card' });
        // ("기반 모델: 없음(프롬 스크래치)": no base, trained from scratch)
        else if (SCRATCH_VALUE.test(value)) props.push({ key: subject.key, property: 'fromScratch', value: true });
      } else if (ENTRANT_KEY.test(key)) {
        // ("KT · 한빛에이아이 (공동 수상)": each company named, awarded together, made the entry)
        for (const part of value.replace(/\s?\([^()]*\)$/, '').split(/\s?[·ㆍ,/]\s?/)) {
          const ms = findMentions(part, rules, known).filter((m) => m.type === 'Company' && m.via !== 'blocked');
          if (ms.length === 1) facts.push({ relation: 'DEVELOPED', source: ms[0]!, target: subject, properties: {}, sentence, rule: 'developed.spec-card' });
        }
      } else if (DEV_KEY.test(key)) {
        const ms = findMentions(value, rules, known).filter((m) => m.type === 'Company' && m.via !== 'blocked');
        const dev = ms.length === 1 ? ms[0] : undefined;
        const name = value.replace(/\s?\(.*$/, '').trim();
        const discovered: Mention | undefined =
          !dev && ms.length === 0 && /^[가-힣A-Za-z][가-힣A-Za-z0-9&.\-]{1,15}$/.test(name)
            ? discoveredMention('Company', name, 0, name.length)
            : undefined;
        const company = dev ?? discovered;
        if (company) facts.push({ relation: 'DEVELOPED', source: company, target: subject, properties: {}, sentence, rule: 'developed.spec-card' });
      } else if (PARAM_KEY.test(key)) {
        const n = findParameterCounts(value)[0];
        if (n && n.start <= 3) props.push({ key: subject.key, property: 'parameters', value: n.value });
        if (SCRATCH_VALUE.test(value)) props.push({ key: subject.key, property: 'fromScratch', value: true });
      } else if (TRAINING_KEY.test(key)) {
        if (SCRATCH_VALUE.test(value)) props.push({ key: subject.key, property: 'fromScratch', value: true });
      } else if (PREDECESSOR_KEY.test(key) || SUCCESSOR_KEY.test(key)) {
        const other = models(value).find((m) => m.key !== subject.key && m.start === 0) ?? siblingName(value, subject);
        if (!other) continue;
        const [later, earlier] = PREDECESSOR_KEY.test(key) ? [subject, other] : [other, subject];
        facts.push({ relation: 'SUCCEEDS', source: later, target: earlier, properties: {}, sentence, rule: 'succeeds.spec-card' });
      } else if (BENCH_LIST_KEY.test(key)) {
        for (const item of value.split(/\s?[·ㆍ,|/]\s?/)) {
          const bench = findMentions(item, rules, known).find((m) => m.type === 'Benchmark' && m.via !== 'blocked' && m.start === 0);
          const score = LAST_SCORE.exec(item);
          if (bench && score && bench.end < score.index) facts.push({ relation: 'SCORED', source: subject, target: bench, properties: { score: Number(score[1]) }, sentence, rule: 'scored.spec-card' });
        }
      } else if (LICENSE_KEY.test(key) || RELEASE_KEY.test(key)) {
        if (OPEN_VALUE.test(value)) props.push({ key: subject.key, property: 'openSource', value: true });
        if (RELEASE_KEY.test(key)) {
          const d = findDates(value, publishedAt).find((x) => x.iso.length === 10);
          if (d) props.push({ key: subject.key, property: 'releasedOn', value: d.iso });
        }
        if (SCRATCH_VALUE.test(value)) props.push({ key: subject.key, property: 'fromScratch', value: true });
      } else {
        const bench = benchmarkKey(key, rules);
        if (!bench) continue;
        const score = SCORE_VALUE.exec(value);
        if (score) facts.push({ relation: 'SCORED', source: subject, target: bench, properties: { score: Number(score[1]) }, sentence, rule: 'scored.spec-card' });
        // "63.9 (베이스인 Y는 57.4)": a compared model's score in brackets
        const inner = /\(([^()]{2,40})\)/.exec(value);
        const other = inner ? models(inner[1]!) : [];
        const otherScore = inner ? /(\d{1,3}\.\d{1,3}|\d{1,3})\s?(?:점|%)?\s*$/.exec(inner[1]!) : null;
        if (other.length === 1 && other[0]!.key !== subject.key && otherScore) {
          facts.push({ relation: 'SCORED', source: other[0]!, target: bench, properties: { score: Number(otherScore[1]) }, sentence, rule: 'scored.spec-card' });
        }
      }
    }
  }
  return { facts, props };
}

/**
 * The company a profile page is about: its title is that company's name and nothing else (a startup database's or
 * an encyclopedia's page on one company), so the models it lists in cards are that company's own.
 */
export function profileOwner(sentences: Sentence[], rules: RuleSet, known: KnownName[]): { company: Mention; sentence: Sentence } | undefined {
  const title = sentences.find((s) => s.block === 'title');
  const text = title?.text.trim() ?? '';
  if (!title || text.length > 30) return undefined;
  const company = findMentions(text, rules, known).find((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.start === 0 && m.end === text.length);
  return company ? { company, sentence: title } : undefined;
}

/** "시냅스-비전 1 (2024.12)" under "시냅스-비전 2": an earlier version of the same name, which no gazetteer lists. */
function siblingName(value: string, subject: Mention): Mention | undefined {
  const name = value.replace(/\s?\(.*$/, '').trim();
  const stem = subject.surface.split(' ')[0]!;
  if (name === subject.surface || !name.startsWith(`${stem} `) || !MODEL_LIKE.test(name) || !/\d/.test(name)) return undefined;
  return discoveredMention('Model', name, 0, name.length);
}

/** The model a card's heading names, by the index of the heading and of each of its lines: what their facts are about. */
export function cardModelsBySentence(cards: SpecCard[], sentences: Sentence[]): Map<number, Mention> {
  const out = new Map<number, Mention>();
  for (const c of cards) for (let k = c.index; k <= sentences.indexOf(c.lines.at(-1)!.sentence); k++) out.set(k, c.model);
  return out;
}

/** The card headings as names the rest of the article may use. */
export function specCardNames(cards: SpecCard[]): KnownName[] {
  return cards.filter((c) => c.model.via === 'discovered').map((c) => ({ name: c.model.surface, type: 'Model' as const, key: c.model.key }));
}
