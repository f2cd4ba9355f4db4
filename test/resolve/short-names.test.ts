/** A programme's name that only shortens another of its own (another programme's short name read inside it) joins nothing. */
import { describe, expect, it } from 'vitest';
import type { ArticleFacts, EntityDraft } from '../../src/extract/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';

const idsOf = (g: GraphDocument, name: string) => g.nodes.filter((n) => n.name === name || n.aliases.includes(name)).map((n) => n.id);

/** One article's facts, by hand: one programme. */
function article(id: string, key: string, names: Record<string, number>, discovered: boolean): ArticleFacts {
  const e: EntityDraft = { key, type: 'Policy', names, aliases: [], properties: {}, knownNames: [], discovered };
  return { article: { id: `article:${id}`, title: id, sha256: id.padEnd(64, '0') }, entities: [e], relations: [] };
}

describe("a programme's short name of its own joins no other programme", () => {
  // (the article read "누리 AI", another programme's short name, inside "누리 AI 에이전트 사업", and kept both names)
  const agent = article('a1', 'policy:~누리ai에이전트사업', { '누리 AI': 1, '누리 AI 에이전트 사업': 3 }, false);

  it('keeps it apart from the programme that bears the short name', () => {
    const g = graphFromFacts([agent, article('a2', 'policy:~누리ai', { '누리 AI': 2 }, true)]);
    expect(idsOf(g, '누리 AI 에이전트 사업')).toHaveLength(1);
    expect(idsOf(g, '누리 AI 에이전트 사업')).not.toEqual(idsOf(g, '누리 AI'));
  });

  it('joins it by its full name', () => {
    const g = graphFromFacts([agent, article('a3', 'policy:~누리ai에이전트사업', { '누리 AI 에이전트 사업': 1 }, true)]);
    expect(idsOf(g, '누리 AI 에이전트 사업')).toHaveLength(1);
  });
});
