/**
 * One article → facts: mentions, relations with evidence and properties, per sentence, then the
 * article-level steps (anonymous models kept only where a relation needs them, DEVELOPED edges
 * from the gazetteer's model families when the developer is named in the article).
 */
import type { PropertyValue } from '../graph/index.js';
import type { ParsedArticle, Sentence } from '../parse/types.js';
import { readProperties } from './engine/properties.js';
import { spreadProperties, type SpreadState } from './engine/shared-properties.js';
import { encodeSentence, matchPatterns, type RawFact } from './engine/match.js';
import { findMentions, type KnownName, type MentionCache } from './engine/mentions.js';
import { readScoreTables } from './engine/tables.js';
import { readConsortiumTables } from './engine/consortium-table.js';
import { readSpecCards, specCardFacts } from './engine/spec-cards.js';
import { consortiumTableFacts } from './consortium-facts.js';
import { multiPartyPairs } from './multiparty.js';
import { transliteratedForms } from './transliterate.js';
import { addBareVersions } from './versions.js';
import { familyVersionsOf, foldBareFamilies } from './families.js';
import { findDates } from './korean.js';
import { addBasePronoun, addBothReference, addCompanyReference, addConsortiumReference, addEmployerReference, addOfficialReference, addOmittedSubject, addReferences, addSelectionReference, addSurnameReferences, SCORE_STATEMENT, subjectCompanyOf } from './references.js';
import type { ArticleFacts, EntityDraft, FactEvidence, Mention, RelationDraft, RuleSet } from './types.js';

/** Joint work: "양사가 함께 개발하는", "공동 개발한". */
const JOINT = /함께|공동으로|공동\s?개발|같이/;

/** A sentence that names a day ("9일", "3월 5일", "2026.04.09"). */
const DAY_NAMED = /\d일|\d[-./]\s?\d{1,2}[-./]\s?\d/;
/** What follows the day a source spoke on ("5일 밝혔다"), not the day of the event. */
const ANNOUNCED = /^\s?(?:밝혔|전했|말했|발표했|알렸)/;
/** A flattened table cell: a short line with no sentence ending. */
const TABLE_CELL = /^(?!.*(?:[.!?。]|다)$).{1,24}$/;

/** A sentence that announces a list of results on the lines after it. */
const LIST_INTRO = /(?:다음과|아래와|이하와)\s?같|[:：]\s*$/;

interface Acc {
  entities: Map<string, EntityDraft>;
  relations: Map<string, RelationDraft>;
  firstSeen: Map<string, FactEvidence>;
  anonymous: Map<string, { mention: Mention; ev: FactEvidence }[]>;
  props: Map<string, { property: string; value: PropertyValue; body: boolean; order: number }[]>;
}

function evidenceOf(articleId: string, s: Sentence, rule: string, confidence: number): FactEvidence {
  return { articleId, sentence: s.text, start: s.start, end: s.end, rule, confidence, block: s.block };
}

function knownNames(m: Mention, rules: RuleSet): string[] {
  return rules.byKey.get(m.key)?.names ?? [];
}

function addEntity(acc: Acc, m: Mention, rules: RuleSet, ev: FactEvidence): void {
  let e = acc.entities.get(m.key);
  if (!e) {
    e = { key: m.key, type: m.type, names: {}, aliases: [], properties: {}, knownNames: knownNames(m, rules), discovered: m.via === 'discovered' };
    const g = rules.byKey.get(m.key);
    if (g?.country) e.properties.country = g.country;
    else if (m.type === 'Company' && m.via === 'discovered' && !m.properties?.country && /^[가-힣]/.test(m.surface)) {
      e.properties.country = 'KR';
      guessedCountry.add(e);
    }
    if (m.family) e.properties.family = m.family;
    acc.entities.set(m.key, e);
    acc.firstSeen.set(m.key, ev);
  }
  e.names[m.surface] = (e.names[m.surface] ?? 0) + 1;
  for (const a of m.aliases) if (!e.aliases.includes(a)) e.aliases.push(a);
  // a country the text states ("미국 생성형 AI 개발사 X") beats the guess from a Hangul name in the headline
  const stated = m.properties?.country;
  if (stated !== undefined && (e.properties.country === undefined || guessedCountry.has(e))) {
    e.properties.country = stated;
    guessedCountry.delete(e);
  }
}

/** Companies whose country is only guessed from a Hangul name (KR), not stated. */
const guessedCountry = new WeakSet<EntityDraft>();

/** Evidence already listed per relation (article + sentence start), so adding one is O(1). */
const evidenceIndex = new WeakMap<RelationDraft, Map<string, FactEvidence>>();

function relKey(type: string, s: string, t: string): string {
  return type === 'PARTNERS_WITH' && s > t ? `${type}|${t}|${s}` : `${type}|${s}|${t}`;
}

function addRelation(acc: Acc, f: { relation: RawFact['relation']; source: string; target: string; properties: Record<string, PropertyValue> }, ev: FactEvidence): void {
  const [s, t] = f.relation === 'PARTNERS_WITH' && f.source > f.target ? [f.target, f.source] : [f.source, f.target];
  const k = relKey(f.relation, s, t);
  let r = acc.relations.get(k);
  if (!r) {
    r = { type: f.relation, source: s, target: t, properties: { ...f.properties }, evidence: [] };
    acc.relations.set(k, r);
  } else {
    for (const [pk, pv] of Object.entries(f.properties)) {
      if (pk === 'status' && pv === 'stated') r.properties.status = 'stated';
      else if (r.properties[pk] === undefined) r.properties[pk] = pv;
    }
  }
  let seen = evidenceIndex.get(r);
  if (!seen) evidenceIndex.set(r, (seen = new Map()));
  const ek = `${ev.articleId}|${ev.start}`;
  const dup = seen.get(ek);
  if (!dup) {
    seen.set(ek, ev);
    r.evidence.push(ev);
  } else if (dup.confidence < ev.confidence) Object.assign(dup, ev);
}

/** Extracts the facts of one parsed article with the given rules. */
export function extractFacts(parsed: ParsedArticle, rules: RuleSet): ArticleFacts {
  const articleId = parsed.meta.id;
  const acc: Acc = { entities: new Map(), relations: new Map(), firstSeen: new Map(), anonymous: new Map(), props: new Map() };
  const focus = new Map<string, Mention | undefined>();
  const lastBenchmark = new Map<string, Mention>();
  /** Sentences since the last one that named a single benchmark. */
  const benchAge = new Map<string, number>();
  let lastPerson: Mention | undefined;
  let lastDay: string | undefined;
  /** The previous body sentence: what "이를" may point back to. */
  let prevBody: { text: string; mentions: Mention[] } | undefined;
  let lastPolicy: Mention | undefined;
  let policyAge = Infinity;
  const policiesNamed = new Set<string>();
  /** The company the body's sentences were last about (a subject): sentences that omit theirs. */
  let lastSubject: Mention | undefined;
  /** The first company the body names (not as a model's owner): what '저희' and '당사' mean when no subject has been seen. */
  let firstCompany: Mention | undefined;
  /** The last partnership read: what '양사' means. */
  let lastPair: [Mention, Mention] | undefined;
  /** The body's first subject company: what '동사', '저희' and '당사' mean. */
  let firstSubject: Mention | undefined;
  /** The company the body named last: what '이 회사' and '동사' mean. */
  let lastCompany: Mention | undefined;
  const bySurname = new Map<string, Mention>();
  const consortia: Consortium[] = [];
  /** The company that last led a consortium or took part in a programme: "이 컨소시엄은", "컨소시엄에는" refer to it. */
  let lastLead: Mention | undefined;
  let order = 0;
  const spread: SpreadState = { group: [] };
  const publishedAt = parsed.meta.publishedAt ?? guessPublishedAt(parsed);
  const sentences = parsed.sentences.filter((s) => !CHROME_LINE.test(s.text)).flatMap(splitLongSentence);
  const stages: MentionCache = new Map();
  const first = sentences.map((s) => findMentions(s.text, rules, [], stages));
  const cards = readSpecCards(sentences, first, rules);
  const known = knownNamesOf(first);
  const shortForms = sizedShortForms(first, sentences);
  for (const [short, long] of tailShortForms(first)) if (!shortForms.has(short)) shortForms.set(short, long);
  for (const [parent, child] of headlineParents(first, sentences, rules)) if (!shortForms.has(parent)) shortForms.set(parent, child);
  for (const [from, to] of transliteratedForms(first, rules)) if (!shortForms.has(from)) shortForms.set(from, to);
  const familyVersions = familyVersionsOf(first, rules, shortForms);
  // spec cards first: their line-by-line facts beat a rule's guess at the same pair
  const card = specCardFacts(cards, rules, known, publishedAt);
  for (const f of card.facts) {
    const ev = evidenceOf(articleId, f.sentence, f.rule, 0.75);
    for (const m of [f.source, f.target]) {
      m.key = shortForms.get(m.key) ?? m.key;
      if (!acc.entities.has(m.key)) addEntity(acc, m, rules, ev);
    }
    addRelation(acc, { relation: f.relation, source: f.source.key, target: f.target.key, properties: f.properties }, ev);
  }
  for (const p of card.props) acc.props.set(p.key, [...(acc.props.get(p.key) ?? []), { property: p.property, value: p.value, body: true, order: order++ }]);
  for (const [i, s] of sentences.entries()) {
    const mentions = known.length && known.some((k) => s.text.includes(k.name)) ? findMentions(s.text, rules, known, stages) : first[i]!;
    if (shortForms.size) for (const m of mentions) m.key = shortForms.get(m.key) ?? m.key;
    foldBareFamilies(s.text, mentions, rules, focus.get(s.block === 'caption' ? 'caption' : 'body'), familyVersions);
    addBareVersions(s.text, mentions, rules, focus.get(s.block === 'caption' ? 'caption' : 'body'));
    const blockKey = s.block === 'caption' ? 'caption' : 'body';
    addReferences(s.text, mentions, focus.get(blockKey), lastBenchmark.get(blockKey), lastPerson, lastPolicy, (benchAge.get(blockKey) ?? Infinity) <= 3);
    addSelectionReference(s.text, mentions, policyAge <= 3 ? lastPolicy : undefined);
    addSurnameReferences(s.text, mentions, bySurname);
    addConsortiumReference(s.text, mentions, lastLead);
    addOfficialReference(s.text, mentions, lastPolicy, policiesNamed.size);
    if (s.block === 'body') {
      addBasePronoun(s.text, mentions, prevBody);
      addOmittedSubject(s.text, mentions, lastSubject);
      addEmployerReference(s.text, mentions, lastSubject);
      addBothReference(s.text, mentions, lastPair);
      addCompanyReference(s.text, mentions, firstSubject ?? lastSubject ?? firstCompany, lastCompany);
    }
    const baseEv = evidenceOf(articleId, s, 'mention', 1);
    for (const m of mentions) {
      if (m.via === 'anonymous' || m.via === 'reference') continue;
      addEntity(acc, m, rules, baseEv);
    }
    for (const m of mentions) {
      if (m.via !== 'anonymous') continue;
      const list = acc.anonymous.get(m.key) ?? [];
      list.push({ mention: m, ev: baseEv });
      acc.anonymous.set(m.key, list);
    }
    if (mentions.length) {
      const enc = encodeSentence(s.text, mentions);
      for (const f of matchPatterns(s.text, enc, rules.patterns, focus.get(s.block === 'caption' ? 'caption' : 'body'))) {
        addRelation(acc, { relation: f.relation, source: f.source.key, target: f.target.key, properties: f.properties }, evidenceOf(articleId, s, f.rule, f.confidence));
        // "양사가 함께 개발하는 'Y'": the same fact for the partnership's other company
        if (f.source.alsoFor && (f.relation === 'PARTICIPATES_IN' || (f.relation === 'DEVELOPED' && JOINT.test(s.text))) && f.source.alsoFor.key !== f.target.key) addRelation(acc, { relation: f.relation, source: f.source.alsoFor.key, target: f.target.key, properties: f.properties }, evidenceOf(articleId, s, f.rule, f.confidence));
        if (f.relation === 'PARTNERS_WITH' && !f.source.alsoFor && !f.target.alsoFor) lastPair = [f.source, f.target];
        if (CONSORTIUM_RULES.has(f.rule)) consortia.push({ lead: f.source.key, member: f.target.key, ev: evidenceOf(articleId, s, 'participates.consortium-member', 0.7) });
        if (CONSORTIUM_RULES.has(f.rule) || f.relation === 'PARTICIPATES_IN') lastLead = f.source.via === 'reference' ? lastLead : f.source;
      }
    }
    lastPerson = mentions.filter((m) => m.type === 'Person').at(-1) ?? lastPerson;
    if (s.block === 'body') prevBody = { text: s.text, mentions };
    if (s.block === 'body') {
      const subject = subjectCompanyOf(s.text, mentions);
      lastSubject = subject ?? lastSubject;
      firstSubject ??= subject;
      // "신생 스타트업 솔빛AI의 약진이다. 이 회사가 …": the company named last since the last sentence with a subject company, not a model's owner
      const owners = new Set(mentions.filter((m) => m.type === 'Model').map((m) => mentions.find((c) => c.type === 'Company' && /^\s?(?:\([^()]*\))?(?:의)?\s?['"‘“]?$/.test(s.text.slice(c.end, m.start)))).filter(Boolean));
      lastCompany = subject ? undefined : (mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && !owners.has(m) && !/^(?:에서|에선|출신|을 떠|를 떠|에 있|에 몸)/.test(s.text.slice(m.end, m.end + 4))).at(-1) ?? lastCompany);
      firstCompany ??= mentions.find((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked' && !/^\s?(?:\([^()]*\))?의/.test(s.text.slice(m.end, m.end + 30)));
    }
    for (const m of mentions) if (m.type === 'Person' && m.via !== 'reference' && /^[가-힣]{3}$/.test(m.surface)) bySurname.set(m.surface[0]!, m);
    const policyHere = mentions.filter((m) => m.type === 'Policy' && m.via !== 'reference').at(-1);
    policyAge = policyHere ? 0 : policyAge + 1;
    lastPolicy = mentions.filter((m) => m.type === 'Policy').at(-1) ?? lastPolicy;
    for (const m of mentions) if (m.type === 'Policy' && m.via !== 'reference') policiesNamed.add(m.key);
    const benches = mentions.filter((m) => m.type === 'Benchmark');
    const bench = benches.at(-1);
    const single = bench !== undefined && new Set(benches.map((b) => b.key)).size === 1;
    // an unnamed benchmark in the next sentence is this one only when this sentence named just one
    if (bench) lastBenchmark.set(blockKey, { ...bench, via: single ? 'previous' : 'older' });
    // a ranked list after the benchmark is named ("▲1위 X 78.2점 ▲2위 Y …" on lines of their own) keeps it while its lines give scores
    // and so does a sentence that announces the list ("비교 대상 모델의 점수는 다음과 같다.")
    // the cells of a table under a heading that names the benchmark ("순위", "1", "X 14B", "0.6883") keep it for the sentence after the table
    const cell = !bench && s.block === 'body' && TABLE_CELL.test(s.text);
    if (!bench && !cell && lastBenchmark.get(blockKey)?.via === 'previous' && !(mentions.some((m) => m.type === 'Model') && SCORE_STATEMENT.test(s.text)) && !(mentions.length === 0 && LIST_INTRO.test(s.text))) lastBenchmark.set(blockKey, { ...lastBenchmark.get(blockKey)!, via: 'older' });
    if (!cell) benchAge.set(blockKey, single ? 0 : (benchAge.get(blockKey) ?? Infinity) + 1);
    const pr = readProperties(s.text, mentions, rules, focus.get(blockKey), publishedAt, lastDay);
    // the day a body sentence names last: what "같은 날" in a later one means
    // (not the day of the announcement itself: "…공개했다고 5일 밝혔다")
    if (s.block === 'body' && DAY_NAMED.test(s.text)) lastDay = findDates(s.text, publishedAt).filter((d) => d.iso.length === 10 && !ANNOUNCED.test(s.text.slice(d.end, d.end + 8))).at(-1)?.iso ?? lastDay;
    focus.set(blockKey, pr.focus);
    for (const p of spreadProperties(s.text, mentions, pr.facts, spread, s.block === 'body')) pr.facts.push(p);
    for (const p of pr.facts) {
      const list = acc.props.get(p.key) ?? [];
      list.push({ property: p.property, value: p.value, body: s.block !== 'caption', order: order++ + (p.weak ? 1e6 : 0) });
      acc.props.set(p.key, list);
    }
  }
  for (const t of readScoreTables(sentences, rules)) {
    t.model.key = shortForms.get(t.model.key) ?? t.model.key;
    const ev = evidenceOf(articleId, t.sentence, 'scored.table', 0.8);
    for (const m of [t.model, t.benchmark]) if (!acc.entities.has(m.key)) addEntity(acc, m, rules, ev);
    addRelation(acc, { relation: 'SCORED', source: t.model.key, target: t.benchmark.key, properties: { score: t.score } }, ev);
    if (t.developer) {
      const dev = evidenceOf(articleId, t.sentence, 'developed.table', 0.75);
      if (!acc.entities.has(t.developer.key)) addEntity(acc, t.developer, rules, dev);
      addRelation(acc, { relation: 'DEVELOPED', source: t.developer.key, target: t.model.key, properties: {} }, dev);
    }
  }
  for (const table of readConsortiumTables(sentences, rules)) {
    const joined = new Map<string, Set<string>>();
    for (const r of acc.relations.values()) if (r.type === 'PARTICIPATES_IN') joined.set(r.source, (joined.get(r.source) ?? new Set()).add(r.target));
    for (const f of consortiumTableFacts(table, joined)) {
      const ev = evidenceOf(articleId, f.row.sentence, f.rule, f.confidence);
      for (const m of [f.source, f.target]) if (typeof m !== 'string' && !acc.entities.has(m.key)) addEntity(acc, m, rules, ev);
      const target = typeof f.target === 'string' ? f.target : f.target.key;
      addRelation(acc, { relation: f.relation, source: f.source.key, target, properties: {} }, ev);
      if (f.relation === 'PARTNERS_WITH') consortia.push({ lead: f.source.key, member: target, ev: evidenceOf(articleId, f.row.sentence, 'participates.consortium-member', 0.7) });
    }
  }
  for (const p of multiPartyPairs([...acc.relations.values()])) addRelation(acc, { relation: 'PARTNERS_WITH', source: p.source, target: p.target, properties: {} }, p.ev);
  keepAnonymous(acc, rules);
  addConsortiumMembers(acc, consortia);
  addFamilyDevelopers(acc, rules);
  addSiblingDevelopers(acc);
  applyProperties(acc);
  return {
    article: {
      id: articleId,
      url: parsed.meta.url,
      title: parsed.meta.title,
      publishedAt: parsed.meta.publishedAt,
      publisher: parsed.meta.publisher,
      author: parsed.meta.author,
      sha256: parsed.meta.sha256,
      source: parsed.meta.source,
    },
    entities: [...acc.entities.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    relations: [...acc.relations.values()],
  };
}

const MAX_SENTENCE = 1200;

/**
 * A "sentence" longer than any real one (a page without punctuation, a pasted table) is read in
 * windows cut at spaces: every rule looks at a bounded neighbourhood, and cost stays linear.
 */
function splitLongSentence(s: Sentence): Sentence[] {
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

/** Page chrome that slipped through parsing: related-article lists, related-stock tickers ("관련 종목 A 123456 31,000 ▲12.4% …"), footnote legends. */
const CHROME_LINE = /^\s*(?:\[\s?관련\s?(?:기사|종목)\s?\]|관련\s?(?:기사|종목)\s?[:：|]|관련\s?종목\s(?=[^]*\d{6}\s)|\[(?:추천|인기|많이 본|함께 본)[^\]]{0,10}\]|▶|☞|※)/;

/** A consortium's lead and one member, read from "A 컨소시엄(B, C)" or "A 컨소시엄에는 B … 참여". */
interface Consortium {
  lead: string;
  member: string;
  ev: FactEvidence;
}
const CONSORTIUM_RULES = new Set(['partners.consortium', 'partners.consortium-group', 'partners.consortium-members', 'partners.paren-consortium', 'partners.consortium-made-of', 'partners.consortium-joined', 'partners.led-consortium-made-of', 'partners.formed-consortium']);

/** Members of a consortium take part in every programme its lead takes part in (in this article). */
function addConsortiumMembers(acc: Acc, consortia: Consortium[]): void {
  const joined = [...acc.relations.values()].filter((r) => r.type === 'PARTICIPATES_IN');
  for (const c of consortia)
    for (const r of joined) if (r.source === c.lead && c.member !== c.lead) addRelation(acc, { relation: 'PARTICIPATES_IN', source: c.member, target: r.target, properties: {} }, c.ev);
}

/**
 * "엑사원 4.0 32B" … "엑사원 4.0", "Qwen3-32B" … "Qwen3": where an article names exactly one sized
 * variant of a version, the version without the size is a short form of it (key → sized key).
 */
function sizedShortForms(all: Mention[][], sentences: Sentence[]): Map<string, string> {
  const sized = new Map<string, Set<string>>();
  const firstAt = new Map<string, number>();
  const together = new Set<string>();
  all.forEach((ms, i) => {
    for (const m of ms) {
      // headlines and summaries shorten names: order is read from the body
      if (!firstAt.has(m.key) && (sentences[i]!.block === 'body' || sentences[i]!.block === 'caption')) firstAt.set(m.key, i);
      if (!m.bareKey) continue;
      sized.set(m.bareKey, (sized.get(m.bareKey) ?? new Set()).add(m.key));
      if (ms.some((x) => x.key === m.bareKey)) together.add(m.bareKey);
    }
  });
  const out = new Map<string, string>();
  // not when the short form is introduced first or named beside the sized one: then it is the main model and the size a sibling
  for (const [bare, keys] of sized) {
    const key = [...keys][0]!;
    if (keys.size === 1 && !together.has(bare) && (firstAt.get(bare) ?? Infinity) > (firstAt.get(key) ?? Infinity)) out.set(bare, key);
  }
  return out;
}

/**
 * "HyperCLOVA X SEED 14B Think" then "SEED 14B Think": a later model name that is the tail (two or
 * more words, one with a digit) of a longer one the article named first is that model.
 */
function tailShortForms(all: Mention[][]): Map<string, string> {
  const out = new Map<string, string>();
  const models: Mention[] = [];
  for (const ms of all) for (const m of ms) if (m.type === 'Model' && m.via !== 'reference' && !models.some((x) => x.key === m.key)) models.push(m);
  for (const [i, short] of models.entries()) {
    if (short.via !== 'discovered' || !/\d/.test(short.surface) || !/[ -]/.test(short.surface)) continue;
    const long = models.slice(0, i).find((l) => l.surface.length > short.surface.length + 1 && l.surface.endsWith(` ${short.surface}`));
    if (long) out.set(short.key, long.key);
  }
  return out;
}

/**
 * Headlines shorten a subsidiary to its parent ("네이버·NC 탈락" over a body about 네이버클라우드 and
 * NC AI): a parent named only in the title, summary or headings, whose one subsidiary the body
 * names, is that subsidiary.
 */
function headlineParents(all: Mention[][], sentences: Sentence[], rules: RuleSet): Map<string, string> {
  const body = new Set<string>();
  const top = new Set<string>();
  all.forEach((ms, i) => {
    const inBody = sentences[i]!.block === 'body' || sentences[i]!.block === 'caption';
    for (const m of ms) if (m.type === 'Company' && m.via !== 'blocked') (inBody ? body : top).add(m.key);
  });
  const out = new Map<string, string>();
  const children = childrenOf(rules);
  for (const key of top) {
    if (body.has(key) || !key.startsWith('company:')) continue;
    const named = (children.get(key.slice('company:'.length)) ?? []).map((id) => `company:${id}`).filter((k) => body.has(k));
    if (named.length === 1) out.set(key, named[0]!);
  }
  return out;
}

/** Names discovered anywhere in the article (and their aliases), longest first. */
const SIZED_NAME = /^([가-힣]{2,8}|[A-Z][A-Za-z]{2,15})[- ]\d+(?:\.\d+)?[BM]$/;

function knownNamesOf(all: Mention[][]): KnownName[] {
  const out = new Map<string, KnownName>();
  const heads = new Map<string, Set<string>>();
  for (const ms of all)
    for (const m of ms) {
      if (m.versionToken && m.versionToken.length >= 4 && !out.has(m.versionToken)) out.set(m.versionToken, { name: m.versionToken, type: 'Model', key: m.key });
      if (m.via !== 'discovered') continue;
      // a name read as a company anywhere ("스타트업 X의") is that company where it also looked like a person ("X 대표는")
      for (const name of [m.surface, ...m.aliases]) if (name.length >= 2 && (!out.has(name) || (m.type === 'Company' && out.get(name)!.type === 'Person'))) out.set(name, { name, type: m.type, key: m.key, properties: name === m.surface && m.type === 'Model' ? m.properties : undefined });
      const head = m.type === 'Model' ? SIZED_NAME.exec(m.surface)?.[1] : undefined;
      if (head) heads.set(head, (heads.get(head) ?? new Set()).add(m.key));
    }
  // "누리온-8B" … "누리온": the bare head of the one sized name an article gives is the same model
  for (const [head, keys] of heads) if (keys.size === 1 && !out.has(head)) out.set(head, { name: head, type: 'Model', key: [...keys][0]! });
  return [...out.values()].sort((a, b) => b.name.length - a.name.length);
}

/** Without a publication date from the page, the first absolute date near the top. */
function guessPublishedAt(parsed: ParsedArticle): string | undefined {
  for (const s of parsed.sentences.slice(0, 4)) {
    const d = findDates(s.text).find((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.iso));
    if (d) return d.iso;
  }
  return undefined;
}

/** Anonymous models count only where a relation other than DEVELOPED uses them. */
function keepAnonymous(acc: Acc, rules: RuleSet): void {
  const usedOutsideDeveloped = new Set<string>();
  for (const r of acc.relations.values()) if (r.type !== 'DEVELOPED') usedOutsideDeveloped.add(r.source).add(r.target);
  for (const [key, uses] of acc.anonymous) {
    const used = usedOutsideDeveloped.has(key);
    if (!used) {
      if (!acc.entities.has(key)) for (const [k, r] of acc.relations) if (r.source === key || r.target === key) acc.relations.delete(k);
      continue;
    }
    for (const { mention, ev } of uses) {
      addEntity(acc, mention, rules, ev);
      const e = acc.entities.get(key)!;
      const fam = rules.byKey.get(key);
      if (fam) for (const n of fam.names.slice(0, 1)) if (!e.aliases.includes(n)) e.aliases.push(n);
      addRelation(acc, { relation: 'DEVELOPED', source: mention.anonymousOf!, target: key, properties: {} }, { ...ev, rule: 'developed.anonymous', confidence: 0.8 });
    }
  }
}

const childrenCache = new WeakMap<RuleSet, Map<string, string[]>>();

/**
 * Company id → ids of its subsidiaries and labs; not a foreign firm's local branch ("구글코리아"):
 * that sells, it does not develop the parent's models, nor is it what a headline's parent means.
 */
function childrenOf(rules: RuleSet): Map<string, string[]> {
  let c = childrenCache.get(rules);
  if (!c) {
    c = new Map();
    for (const e of rules.entries) if (e.type === 'Company' && e.parent && e.kind !== 'branch') c.set(e.parent, [...(c.get(e.parent) ?? []), e.id]);
    childrenCache.set(rules, c);
  }
  return c;
}

/** "A.X 4.0 라이트" in an article that names SK텔레콤: DEVELOPED from the family's developer. */
/** Each model's developers so far (DEVELOPED sources by target). */
function developersOf(acc: Acc): Map<string, string[]> {
  const developers = new Map<string, string[]>();
  for (const r of acc.relations.values()) if (r.type === 'DEVELOPED') developers.set(r.target, [...(developers.get(r.target) ?? []), r.source]);
  return developers;
}

function addFamilyDevelopers(acc: Acc, rules: RuleSet): void {
  const developers = developersOf(acc);
  for (const e of acc.entities.values()) {
    if (e.type !== 'Model') continue;
    const familyKey = typeof e.properties.family === 'string' ? e.properties.family : e.key;
    const fam = rules.byKey.get(familyKey) ?? rules.byKey.get(e.key);
    if (!fam?.developer) continue;
    // a subsidiary develops the family when the family is its own (네이버클라우드 → 하이퍼클로바X) or it is the group's lab,
    // not because it is in the group (LG유플러스 does not develop 엑사원)
    const own = (id: string) => {
      const c = rules.byKey.get(`company:${id}`);
      return c?.kind === 'lab' || (!!c?.mainFamily && (c.mainFamily === fam.id || c.mainFamily === fam.family));
    };
    const candidates = [fam.developer, ...(childrenOf(rules).get(fam.developer) ?? []).filter(own)];
    const dev = candidates.map((c) => `company:${c}`).find((c) => acc.entities.has(c));
    if (!dev) continue;
    if ((developers.get(e.key) ?? []).some((s) => s !== dev)) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: dev, target: e.key, properties: {} }, { ...acc.firstSeen.get(e.key)!, rule: 'developed.family-gazetteer', confidence: 0.7 });
  }
}

/** "다온-Ko 2.0" → "다온-Ko", "Nuvo-Ko-72B" → "Nuvo-Ko": a discovered name up to its first token with a digit. */
function stemOf(name: string): string | undefined {
  const m = /^(.*?[^\s-])[\s-]+(?:v?\d|[A-Za-z]*\d)/.exec(name);
  return m && /[A-Za-z가-힣]{2}/.test(m[1]!) ? m[1]!.toLowerCase() : undefined;
}

/**
 * Models no gazetteer knows that share a stem with a model the article says a company developed
 * ("다온-Ko 1.5", "다온-Ko 3.0" beside "다온에이아이가 공개한 '다온-Ko 2.0'") are that company's too,
 * when the stem has one developer and the model none.
 */
function addSiblingDevelopers(acc: Acc): void {
  const developers = developersOf(acc);
  const stems = new Map<string, string>();
  for (const e of acc.entities.values()) {
    const stem = e.type === 'Model' && e.key.startsWith('model:~') ? stemOf(Object.keys(e.names)[0] ?? '') : undefined;
    if (stem) stems.set(e.key, stem);
  }
  const byStem = new Map<string, Set<string>>();
  for (const [key, stem] of stems) for (const d of developers.get(key) ?? []) byStem.set(stem, (byStem.get(stem) ?? new Set()).add(d));
  for (const [key, stem] of stems) {
    const devs = byStem.get(stem);
    if (developers.has(key) || devs?.size !== 1) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: [...devs][0]!, target: key, properties: {} }, { ...acc.firstSeen.get(key)!, rule: 'developed.family-sibling', confidence: 0.6 });
  }
}

/** Body evidence first, then the earliest sentence; parameters keep the first value. */
function applyProperties(acc: Acc): void {
  for (const [key, list] of acc.props) {
    const e = acc.entities.get(key);
    if (!e || e.type !== 'Model') continue;
    list.sort((a, b) => Number(b.body) - Number(a.body) || a.order - b.order);
    for (const p of list) if (e.properties[p.property] === undefined) e.properties[p.property] = p.value;
  }
}
