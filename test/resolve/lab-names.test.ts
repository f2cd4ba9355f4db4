/** A group's research lab read under its own name names the company node; the bare group name counts for it. */
import { describe, expect, it } from 'vitest';
import type { ArticleFacts, EntityDraft } from '../../src/extract/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import { countLabShortForms } from '../../src/resolve/lab-names.js';

/** One article's facts, by hand: one company read under the names given. */
function article(names: Record<string, number>): ArticleFacts {
  const e: EntityDraft = { key: 'company:gaon', type: 'Company', names, aliases: [], properties: {}, knownNames: ['가온', '가온 AI연구원'], discovered: false };
  return { article: { id: 'article:a1', title: 'a1', sha256: 'a1'.padEnd(64, '0') }, entities: [e], relations: [] };
}

const rows: { cat: string; names: Record<string, number>; name: string }[] = [
  { cat: 'lab named once, group twice', names: { '가온': 2, '가온 AI연구원': 1 }, name: '가온 AI연구원' },
  { cat: 'lab and group once each', names: { '가온': 1, '가온 AI연구원': 1 }, name: '가온 AI연구원' },
  { cat: 'an English lab name', names: { Gaon: 3, 'Gaon AI Research': 1 }, name: 'Gaon AI Research' },
  // no lab word: a longer form does not take the short one's count
  { cat: 'group word, no lab', names: { '가온': 2, '가온 그룹': 1 }, name: '가온' },
  { cat: 'only the group', names: { '가온': 3 }, name: '가온' },
];

describe("a company's name: its research lab's", () => {
  for (const r of rows)
    it(r.cat, () => {
      const g = graphFromFacts([article(r.names)]);
      expect(g.nodes.find((n) => n.type === 'Company')?.name).toBe(r.name);
    });
  it('leaves the counts alone where no lab is read', () => {
    const counts = new Map([['가온', 2]]);
    expect(countLabShortForms(counts)).toBe(counts);
  });
});
