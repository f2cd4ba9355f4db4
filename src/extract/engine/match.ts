/**
 * Runs the compiled patterns over one sentence. The sentence is encoded with one token per
 * mention (and per number; encode.ts), every pattern is tried (sticky) at every token, and a match yields
 * facts for its slots, unless a veto cue (negation, hedging, comparison) is found in the match or
 * just after it; a dispute cue marks BASED_ON as 'disputed', a claim left unanswered in the sentence as 'raised' (raised-claims.ts).
 */
import type { EdgeType, PropertyValue } from '../../graph/index.js';
import { parseScore, RESPECTIVELY } from '../korean.js';
import type { CompiledPattern, Mention } from '../types.js';
import { RUMOUR_DENIED, ALLEGED_BEFORE, ASKED_RIGHT_AFTER, CLAIM_CALLED_UNTRUE, CLAIM_THAT_BEFORE, CLAUSE_END, DENIED_CLAIM_BEFORE, CLAUSE_UNSAID, CAUSE_END, CONJECTURE_END, CONTRAST, DENIED_AS_NOUN, HEARSAY_BREAK, OTHER_TOPIC_CLAUSE, DESCRIBED_TOPIC } from './clause-ends.js';
import { END_CHAR, TYPE_CHAR } from './compile.js';
import type { EncodedSentence } from './encode.js';
import { COLON_ITEM, COMPARED, DATA_ONLY_MODEL, LIST_BEFORE, MODIFIER_MODEL, OBJECT_MODEL_AFTER, PRONOUN_OPENING, OWN_SCORE_BEFORE, PAREN_SCORE, RUMOURED_AFTER, SUBJECT_MODEL_AFTER, BENCH_PART_AFTER, BREAKDOWN, SUCCESSOR_OF, THRESHOLD_AFTER, UNNAMED_SUBJECT, PARTNERS_SUBJECT } from './match-cues.js';
import { scanLiterals } from './literals.js';
import { reportedBaseStatus } from './reported-claims.js';
import { NO_STARTS, prefiltersOf, runnableFor, startsByType, TYPE_BIT } from './prefilter.js';

/** "A가 아니라 " right before another mention: a corrective contrast ("A가 아니라 B를"), its negation A's alone. */
const DENIED_OPENING = /^['"‘“]?[\uE001-\uE005]\d+\uE00F['"’”]?(?:이|가)\s아니[라고]/;
const NOT_THIS_BUT = /(?:이|가|게)\s아니(?:라|고),?\s(?=['"‘“]?[\uE001-\uE005]\d+\uE00F)/g;
/** Between an owner and its model: the possessive, a few words of kind ("B의 M", "B의 오픈소스 모델 'M'"). */
const OWNER_BEFORE = /^의\s(?:[^\s,.]{1,8}\s){0,2}['"‘“]?$/;
/** Between a company and a model: only the opening mark of a double-quoted quotation. */
const SPOKEN_QUOTE_OPENS = /^\s?["“]$/;
/** A word for when a post was taken, before the post's name in a title read by a rule. */
const TAKEN_WHEN = /^(?:신임|최근|이번에|새로)\s(?=\S)/;

export interface RawFact {
  relation: EdgeType;
  source: Mention;
  target: Mention;
  properties: Record<string, PropertyValue>;
  rule: string;
  confidence: number;
}

const MENTION_MARKER = new RegExp(`[\\uE001-\\uE005](\\d+)${END_CHAR}`, 'g');

/** Encoded text with its mention markers put back as the names they stand for. */
function decodeMentions(encoded: string, mentions: Mention[]): string {
  return encoded.replace(MENTION_MARKER, (_, i: string) => mentions[Number(i)]?.surface ?? '');
}

/** An owner's possessive after a name inside a list: "X Group's unit D", "A와 알리바바의 B" (the owner is no member). */
const OWNER_AFTER = /^(?:(?:\s[A-Z][a-z]+)?['’]?s\s|의\s)/;

function slotMentions(group: string | undefined, mentions: Mention[]): Mention[] {
  if (group === undefined) return [];
  const out: Mention[] = [];
  // each "<entity type char><digits><END>" token in the group, left to right (what /[\uE001-\uE005](\d+)\uE00F/g finds)
  for (let i = 0; i < group.length; i++) {
    const c = group.charCodeAt(i);
    if (c < 0xe001 || c > 0xe005) continue;
    let j = i + 1;
    while (j < group.length && group.charCodeAt(j) >= 0x30 && group.charCodeAt(j) <= 0x39) j++;
    if (j > i + 1 && group.charCodeAt(j) === 0xe00f) {
      // (an owner's possessive before a listed company or model, "X Group's software unit D", "알리바바의 B", is no member of the list)
      if (!OWNER_AFTER.test(group.slice(j + 1, j + 16))) out.push(mentions[Number(group.slice(i + 1, j))]!);
      i = j;
    }
  }
  if (!out.length && /^\d+$/.test(group)) out.push(mentions[Number(group)]!);
  // a person in a listed company's note ("A(대표 홍길동)와 B") is no member of the list
  return out.length > 1 && out[0]!.type !== 'Person' ? out.filter((m) => m.type !== 'Person') : out;
}

/** All facts the patterns find in one encoded sentence. */
export function matchPatterns(text: string, enc: EncodedSentence, patterns: CompiledPattern[], focus?: Mention): RawFact[] {
  let facts: RawFact[] = [];
  const zipped = new Set<RawFact>();
  /** Where each mention's token is in the encoded sentence (computed once, for focus rules). */
  let mentionPos: number[] | undefined;
  const pre = prefiltersOf(patterns);
  let present = 0;
  for (const t of enc.types) present |= TYPE_BIT[t] ?? 0;
  // every distinct `requires` is answered in one pass over the sentence, the first time one is needed: 1 found, 2 absent
  const required = pre.tested;
  let scanned = false;
  let byType: Map<string, number[]> | undefined;
  for (const i of runnableFor(pre, present)) {
    const p = patterns[i]!;
    if (p.focus && !focus) continue;
    const r = pre.requiresOf[i]!;
    if (r >= 0) {
      if (!scanned) {
        scanLiterals(pre.literals, text, required);
        scanned = true;
      }
      if (required[r] === 2) continue;
    }
    let found: RegExpExecArray[] | undefined;
    if (p.regex.sticky) {
      // a rule that starts at a token of one type is tried at those tokens only
      byType ??= startsByType(enc);
      const starts = p.startType ? (byType.get(p.startType) ?? NO_STARTS) : enc.tokenStarts;
      for (const start of starts) {
        p.regex.lastIndex = start;
        const m = p.regex.exec(enc.encoded);
        if (m) (found ??= []).push(m);
      }
    } else {
      p.regex.lastIndex = 0;
      for (let m = p.regex.exec(enc.encoded); m; m = p.regex.exec(enc.encoded)) (found ??= []).push(m);
    }
    if (!found) continue;
    for (const m of found) {
      const end = m.index + m[0].length;
      let after = enc.encoded.slice(end, end + p.windowAfter);
      // "…을 기반으로 했다는 의혹을 부인했다": cues after the claim word are about the claim (its answer, the claim word itself left out)
      const claim = p.claim?.exec(after);
      const claimAt = claim ? claim.index : -1;
      const answer = claim ? enc.encoded.slice(end + claim.index + claim[0].length) : '';
      if (claim) after = after.slice(0, claimAt);
      // "…기반이라는 관측이 나왔다": a raised claim, disputed where the text goes on to deny it, stated where it confirms it; a claim
      // left unanswered here is raised, for the next sentence to answer (raised-claims.ts)
      let disputed = claimAt >= 0 && p.dispute !== undefined && p.dispute.test(answer);
      let raised = claimAt >= 0 && !disputed && !p.confirm?.test(answer);
      // ("Someone alleged X was derived from Y", "Reports say …": an English base raised before the match, maybe denied after it)
      const reported = p.relation === 'BASED_ON' && p.veto ? reportedBaseStatus(enc.encoded, m.index, end) : undefined;
      if (reported === 'disputed') disputed = true;
      else if (reported === 'raised') raised = true;
      // "…에 지원했으나 정예팀에 들지 못했다": a contrastive clause after the match has its own negation
      const contrast = CONTRAST.exec(after);
      if (contrast) after = after.slice(0, contrast.index);
      const cause = after.includes('라') ? CAUSE_END.exec(after) : null;
      if (cause) after = after.slice(0, cause.index);
      const other = after.includes(', ') || after.includes('고 ') ? OTHER_TOPIC_CLAUSE.exec(after) : null;
      if (other) after = after.slice(0, other.index);
      // ("X는 A가 아니라 B를 기반으로", "X는 A 모델이 아니고, B를 기반으로": the negation of a corrective contrast is A's, not the B the match goes on to)
      // (not where the match opens on A itself: "A가 아니라 B를 기반으로" makes A no model built on B)
      const whole = /아니[라고]/.test(m[0]) && !DENIED_OPENING.test(m[0]) ? m[0].replace(NOT_THIS_BUT, ' ').replace(RUMOUR_DENIED, ' ') + after : m[0] + after;
      const window = p.veto && (whole.includes('곳') || whole.includes('기업') || whole.includes('회사')) ? whole.replace(DESCRIBED_TOPIC, ' ') : whole;
      if (p.veto && reported !== 'disputed' && (p.veto.test(window) || p.veto.test(after))) continue;
      // (an English denial before the match governs it: "rejected claims that X was built on Y"; most sentences have no "that ")
      // ("A report that X was built on Y was "not true"": a claim the sentence goes on to call untrue)
      if (p.veto && m.index > 0 && enc.encoded.includes('that ') && (DENIED_CLAIM_BEFORE.test(enc.encoded.slice(Math.max(0, m.index - 140), m.index)) || (CLAIM_THAT_BEFORE.test(enc.encoded.slice(Math.max(0, m.index - 140), m.index)) && CLAIM_CALLED_UNTRUE.test(enc.encoded.slice(end))))) continue;
      // ("Someone alleged X partnered with Y": any other fact only alleged is no fact)
      if (p.veto && !reported && m.index > 0 && enc.encoded.includes('alleg') && ALLEGED_BEFORE.test(enc.encoded.slice(Math.max(0, m.index - 60), m.index))) continue;
      if (ASKED_RIGHT_AFTER.test(enc.encoded.slice(end, end + 24))) continue;
      // (a fact its clause goes on to call a rumour: "A가 B와 공동으로 개발한다는 소문에 대해", for rules that veto hedges)
      if (claimAt < 0 && p.veto?.test('관측') && enc.encoded.includes('다는 ', end) && RUMOURED_AFTER.test(enc.encoded.slice(end, end + 60))) continue;
      if (p.veto && enc.encoded.includes('아니', end) && p.veto.test('아니고') && DENIED_AS_NOUN.test(enc.encoded.slice(end, end + 28))) continue;
      // "A와 손잡고 … 공동 개발할 것으로 점쳐진다": the clause ends in someone's conjecture, however far after the match
      // (within the match's own clause: no clause ending between, "…개발했으며, 시장은 커질 것으로 전망된다" keeps the fact)
      // (a claim's conjecture word is the claim's, raised for its answer to settle)
      if (p.hedged && claimAt < 0) {
        const tail = enc.encoded.slice(end);
        const k = tail.search(CONJECTURE_END);
        if (k >= 0 && !CLAUSE_END.test(tail.slice(2, k))) continue;
        // "…와 제휴를 논의하고 있다는 이야기도 흘러나온다": the clause is hearsay someone passes on
        // (and so does an agreement the clause says was not made)
        if (CLAUSE_UNSAID.some((re) => {
          const h = tail.search(re);
          // ("…와 손잡고 X를 준비한다는 관측도": the matched verb's own 고 joins it to the rest of the reported clause; so does the
          // verb after the match, "Y를 토대로 만들어졌고 양사가 …했다는 이야기가 돌았지만": one report of two joined clauses)
          return h >= 0 && !HEARSAY_BREAK.test(tail.slice(0, h).replace(/^\s?[^\s,.]{0,10}고\s/, ''));
        })) continue;
      }
      const g = m.groups ?? {};
      if (g.scores !== undefined) {
        for (const f of zipScores(g, enc, p)) {
          facts.push(f);
          zipped.add(f);
        }
        continue;
      }
      const props: Record<string, PropertyValue> = {};
      if (g.score !== undefined) {
        const raw = enc.numbers[Number(g.score)] ?? '';
        const v = parseScore(raw.replace(/,/g, ''));
        if (Number.isNaN(v)) continue;
        // a bare integer with no 점/% is more likely a count, a year or a shot number than a score
        const marked = /(?:점|%)\)?$/.test(m[0]) || /^\s?(?:점|%)/.test(enc.encoded.slice(m.index + m[0].length, m.index + m[0].length + 3));
        if (!raw.includes('.') && !marked && !COLON_ITEM.test(enc.encoded)) continue;
        // (a round figure only, not a bracketed one: "Y의 점수(61.5점)를 크게 웃돌았다" compares with Y's score)
        if (!raw.includes('.') && !m[0].endsWith(')') && THRESHOLD_AFTER.test(enc.encoded.slice(end, end + 24))) continue;
        props.score = v;
      }
      // a rule may name the title in one of several places ("X CTO를 맡고 있는 NAME", "X를 이끄는 NAME 대표"): the first one found
      const title = g.title ?? g.title2 ?? g.titleAfter;
      // ("신임 최고운영책임자", "최근 CTO로": when the post was taken is no part of it)
      if (title !== undefined) props.title = decodeMentions(title, enc.mentions).replace(/\s+/g, ' ').trim().replace(TAKEN_WHEN, '');
      // "X는 … NAME 장관이 …": a minister, a lawmaker or an agency head holds no post at a company
      if (p.titleVeto?.test(String(props.title ?? ''))) continue;
      if (p.relation === 'BASED_ON') props.status = disputed || (p.dispute && (p.dispute.test(window) || p.dispute.test(after))) ? 'disputed' : raised ? 'raised' : 'stated';
      if (p.pairwise) {
        const all = slotMentions(g.all, enc.mentions);
        for (let i = 0; i < all.length; i++)
          for (let j = i + 1; j < all.length; j++)
            facts.push({ relation: p.relation, source: all[i]!, target: all[j]!, properties: props, rule: p.id, confidence: p.confidence });
        continue;
      }
      if (p.focus) {
        mentionPos ??= enc.mentions.map((x, i) => enc.encoded.indexOf(`${TYPE_CHAR[x.type]}${i}${END_CHAR}`));
        const matchStart = mentionPos.findIndex((pos, i) => enc.mentions[i]!.start >= 0 && pos >= m.index);
        // ("X was trained …, and that it scored …": the focus named earlier in the sentence is what a match opening on 'it' means)
        // "A의 후속 모델로, …": a model named only as what the focus follows or is compared with is no rival subject
        // ("'Y'(80.5점)에는 못 미쳤지만, X에서는 72.9점으로"); nor is a reference to the focus itself
        const modelBefore = enc.mentions.some((x, i) => x.type === 'Model' && !(x.key === focus!.key && (x.via === 'reference' || PRONOUN_OPENING.test(m[0]))) && (matchStart < 0 || i < matchStart) && !COMPARED.test(text.slice(x.end).replace(PAREN_SCORE, '')) && !DATA_ONLY_MODEL.test(text.slice(x.end, x.end + 60)) && !(x.start >= 0 && MODIFIER_MODEL.test(text.slice(x.end, x.end + 12))));
        if (modelBefore) continue;
        const lead = text.slice(0, matchStart >= 0 ? Math.max(0, enc.mentions[matchStart]!.start) : text.length);
        if (UNNAMED_SUBJECT.test(lead) || (focus!.type === 'Model' && PARTNERS_SUBJECT.test(lead))) continue;
        // "A의 후속으로 개발 중인 'B'는 …": a model after the match that is its clause's subject is what the rule is about
        // ("A의 후속으로 자체 개발한 'B'를 내세웠다": so is one a relative clause after it makes the clause's object)
        if (SUBJECT_MODEL_AFTER.test(enc.encoded.slice(end, end + 40)) || OBJECT_MODEL_AFTER.test(enc.encoded.slice(end, end + 40))) continue;
      }
      const sources = p.focus === 'source' ? [focus!] : slotMentions(g.source, enc.mentions);
      let targets = p.focus === 'target' ? [focus!] : slotMentions(g.target, enc.mentions);
      if (p.spread && targets.length) {
        const first = targets[0]!;
        targets = enc.mentions.filter((x) => x.type === first.type && x.start >= first.start && x.via !== 'blocked');
      }
      // "A와 B는 각각 X와 Y를 …": the lists pair by order (A–X, B–Y), never crosswise; lists of unequal length say nothing.
      // A match that starts at B (the list's last member) leaves the pairing to the match that starts at A.
      if (RESPECTIVELY.test(m[0]) && targets.length > 1 && sources.length === 1 && LIST_BEFORE.test(text.slice(Math.max(0, sources[0]!.start - 3), sources[0]!.start))) continue;
      if (sources.length > 1 && targets.length > 1 && RESPECTIVELY.test(m[0])) {
        if (sources.length === targets.length)
          sources.forEach((s, i) => facts.push({ relation: p.relation, source: s, target: targets[i]!, properties: { ...props }, rule: p.id, confidence: p.confidence }));
        continue;
      }
      for (const s of sources)
        for (const t of targets) {
          if (s.key === t.key) continue;
          facts.push({ relation: p.relation, source: s, target: t, properties: { ...props }, rule: p.id, confidence: p.confidence });
        }
    }
  }
  // "GPT-4o보다 5.8점 높았고 …": a model marked as the thing compared against is never the scorer of a later number
  // (the model in focus is named in another sentence: its offsets are not this one's)
  // "A의 후속 모델로, KMMLU에서 58.2점": nor is the model the sentence's subject follows
  facts = facts.filter((f) => f.relation !== 'SCORED' || f.source === focus || OWN_SCORE_BEFORE.test(text.slice(Math.max(0, f.source.start - 40), f.source.start)) || !(COMPARED.test(text.slice(f.source.end, f.source.end + 10)) || SUCCESSOR_OF.test(text.slice(f.source.end, f.source.end + 12))));
  // "세부 항목 중 코다-벤치 v2 수학 부문은 A가 58.4로 B(61.0)보다": in a sentence that breaks the results down, a score on one part of a
  // benchmark (its 부문, 영역, 항목) is no score on the whole (a part named alone, "KorMedMCQA 의사 부문에서는 71.5점", still is)
  if (BREAKDOWN.test(text)) facts = facts.filter((f) => f.relation !== 'SCORED' || f.target.start < 0 || !BENCH_PART_AFTER.test(text.slice(f.target.end, f.target.end + 24)));
  // 'X "Y 가져다 쓴 것 아냐"': a company right before a quotation it speaks makes no model the quotation names (a quoted name, 'X "Y"', closes right after it)
  if (text.includes('"') || text.includes('“')) facts = facts.filter((f) => f.relation !== 'DEVELOPED' || f.source.end > f.target.start || !SPOKEN_QUOTE_OPENS.test(text.slice(f.source.end, f.target.start)) || /^["”]/.test(text.slice(f.target.end, f.target.end + 1)));
  // "A는 …밝혔고, B의 M도 … 개발된 모델이다": a model another company's possessive owns is no model of the subject
  if (text.includes('의 ')) facts = facts.filter((f) => f.relation !== 'DEVELOPED' || f.target.start < 0 || !enc.mentions.some((x) => x.type === 'Company' && x.key !== f.source.key && x.start >= 0 && x.end < f.target.start && x.start > f.source.end && OWNER_BEFORE.test(text.slice(x.end, f.target.start))));
  if (!zipped.size) return facts;
  // "X, Y는 각각 71.3점, 69.8점": the pairing of the list wins over a nearest-number reading
  const pairs = new Set([...zipped].map((f) => f.source.key));
  return facts.filter((f) => zipped.has(f) || f.relation !== 'SCORED' || !pairs.has(f.source.key));
}

/** `{SCORE+:scores}` rows: the n-th score goes with the n-th member of the model (or benchmark) list. */
function zipScores(g: Record<string, string | undefined>, enc: EncodedSentence, p: CompiledPattern): RawFact[] {
  const values = [...(g.scores ?? '').matchAll(/\uE006(\d+)\uE00F/g)].map((x) => parseScore((enc.numbers[Number(x[1])] ?? '').replace(/,/g, '')));
  const sources = slotMentions(g.source, enc.mentions);
  const targets = slotMentions(g.target, enc.mentions);
  const many = sources.length > 1 ? sources : targets;
  if ((sources.length > 1 && targets.length > 1) || values.length !== many.length || values.some((v) => Number.isNaN(v))) return [];
  return values.map((score, i) => ({
    relation: p.relation,
    source: sources.length > 1 ? sources[i]! : sources[0]!,
    target: targets.length > 1 ? targets[i]! : targets[0]!,
    properties: { score },
    rule: p.id,
    confidence: p.confidence,
  }));
}
