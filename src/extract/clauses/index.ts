/**
 * The clause pass: per sentence, a clause structure (argument roles, predicates, segments) and the
 * relations its frames read, with group nouns ("양사", "세 모델", "이들 기업") fanned out to the
 * entities a previous list or sentence named. Facts are collected per article and added only where
 * the pattern rules found no relation of that type between the two entities (see addClauseFacts).
 */
import type { NodeType } from '../../graph/index.js';
import type { Mention, RuleSet } from '../types.js';
import type { ClauseRules } from './data.js';
import { factsOfClause, type ClauseFact } from './frames.js';
import { buildClause } from './structure.js';

export { compileClauses, type ClauseRules } from './data.js';
export type { ClauseFact } from './frames.js';
export { buildClause } from './structure.js';

/** What the pass remembers across one article's sentences: the recent sets of entities per type. */
export interface ClauseMemory {
  sets: Map<NodeType, Mention[][]>;
  /** The topic of the last body sentence that had one: what a sentence with no subject of its own is about. */
  topic?: { members: Mention[]; type: NodeType };
}

export function newClauseMemory(): ClauseMemory {
  return { sets: new Map() };
}

/** The clause facts of one sentence; updates the memory with the sets it names. */
export function clauseFacts(text: string, mentions: Mention[], rules: RuleSet, memory: ClauseMemory, body = true): ClauseFact[] {
  const cr = rules.clauses as ClauseRules | undefined;
  if (!cr) return [];
  const named = mentions.filter((m) => m.via !== 'anonymous' && m.via !== 'blocked' && m.via !== 'reference');
  const resolve = (type: NodeType, count: number, at: number): Mention[] | undefined => {
    // this sentence's entities of that type before the group noun, then the sets of earlier sentences
    const here = distinct(named.filter((m) => m.type === type && m.end <= at));
    const candidates = [here, ...(memory.sets.get(type) ?? [])];
    return candidates.find((set) => (count ? set.length === count : set.length >= 2));
  };
  const clause = mentions.length || (memory.sets.size && cr.groupRe.test(text)) ? buildClause(text, mentions, cr, resolve) : undefined;
  const own = clause?.args.find((a) => a.role === 'topic' || a.role === 'subj');
  // a body sentence with no subject of its own ("… 함께 개발하고 있다") is about the topic before it
  if (clause && body && !own && memory.topic) clause.args.unshift({ members: memory.topic.members, type: memory.topic.type, role: 'topic', start: 0, end: 0, seg: 0, group: true, carried: true });
  const facts = clause ? factsOfClause(clause, cr) : [];
  if (body && own) memory.topic = own.role === 'topic' && (own.type === 'Company' || own.type === 'Model') ? { members: own.members, type: own.type } : undefined;
  for (const type of ['Company', 'Model'] as const) {
    const set = distinct(named.filter((m) => m.type === type));
    if (set.length >= 2) memory.sets.set(type, [set, ...(memory.sets.get(type) ?? [])].slice(0, 4));
  }
  return facts;
}

function distinct(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.key) ? false : (seen.add(m.key), true)));
}
