/** A company's Hangul name that translates its English name's last word ("…지능" for "… Intelligence") meets it across articles. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { translatedSpelling } from '../../src/resolve/spellings.js';

const rules = loadRules();
const facts = (text: string, source: string) => extractFacts(parseText(`제목\n\n${text}`, { source, publishedAt: '2026-03-02' }), rules);
const idsOf = (g: GraphDocument, name: string) => g.nodes.filter((n) => n.name === name || n.aliases.includes(name)).map((n) => n.id);

describe('translatedSpelling', () => {
  it.each([
    ['누리솔지능', 'nurisolintelligence'],
    ['누리솔 지능', 'nurisolintelligence'],
    ['솔지능', undefined],
    ['지능', undefined],
    ['바른인공지능', undefined],
    ['누리솔AI', undefined],
    ['누리솔랩스', undefined],
  ])('%s → %s', (name, spelt) => {
    expect(translatedSpelling(name)).toBe(spelt);
  });
});

describe("a company's Hangul name with 지능 meets its English name with Intelligence", () => {
  it('joins 누리솔지능 and Nurisol Intelligence', () => {
    const g = graphFromFacts([
      facts('스타트업 누리솔지능은 새 모델을 공개했다.', 'ko.txt'),
      facts('Startup Nurisol Intelligence raised new funding this week.', 'en.txt'),
    ]);
    expect(idsOf(g, '누리솔지능')).toHaveLength(1);
    expect(idsOf(g, 'Nurisol Intelligence')).toEqual(idsOf(g, '누리솔지능'));
  });

  it.each([
    // (another stem; and 인공지능 is not read as "AI": 바른인공지능 and 바른에이아이 may be two companies)
    ['스타트업 누리솔지능은 새 모델을 공개했다.', 'Startup Nurion Intelligence raised new funding this week.', '누리솔지능', 'Nurion Intelligence'],
    ['스타트업 다솜인공지능은 새 모델을 공개했다.', '스타트업 다솜에이아이는 새 모델을 공개했다.', '다솜인공지능', '다솜에이아이'],
  ])('keeps apart %s / %s', (a, b, nameA, nameB) => {
    const g = graphFromFacts([facts(a, 'a.txt'), facts(b, 'b.txt')]);
    expect(idsOf(g, nameA)).toHaveLength(1);
    expect(idsOf(g, nameB)).toHaveLength(1);
    expect(idsOf(g, nameB)).not.toEqual(idsOf(g, nameA));
  });
});
