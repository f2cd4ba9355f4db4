/** A model read aloud joins its Latin spelling where the maker too is written in the two scripts ("Skyline Labs", "스카이라인랩스"). */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';

const rules = loadRules();
const facts = (text: string, source: string) => extractFacts(parseText(`제목\n\n${text}`, { source, publishedAt: '2026-03-02' }), rules);
const idsOf = (g: GraphDocument, type: string, name: string) => g.nodes.filter((n) => n.type === type && (n.name === name || n.aliases.includes(name))).map((n) => n.id);
const ko = "스타트업 스카이라인랩스는 자체 개발한 '미루-2' 모델을 공개했다.";

describe("a maker written in the other script does not disagree", () => {
  it('joins the two spellings of the model', () => {
    const g = graphFromFacts([facts(ko, 'ko.txt'), facts('Startup Skyline Labs released its Miru-2 model on Hugging Face.', 'en.txt')]);
    // (the two spellings of the company stay two nodes: this joins only the model)
    expect(idsOf(g, 'Company', 'Skyline Labs')).not.toEqual(idsOf(g, 'Company', '스카이라인랩스'));
    expect(idsOf(g, 'Model', '미루-2')).toHaveLength(1);
    expect(idsOf(g, 'Model', 'Miru-2')).toEqual(idsOf(g, 'Model', '미루-2'));
  });

  it.each([
    'Startup Corvo Labs released its Miru-2 model on Hugging Face.',
    // (other consonants before the same suffix)
    'Startup Skyward Labs released its Miru-2 model on Hugging Face.',
  ])('keeps apart another maker: %s', (en) => {
    const g = graphFromFacts([facts(ko, 'ko.txt'), facts(en, 'en.txt')]);
    expect(idsOf(g, 'Model', 'Miru-2')).toHaveLength(1);
    expect(idsOf(g, 'Model', 'Miru-2')).not.toEqual(idsOf(g, 'Model', '미루-2'));
  });
});
