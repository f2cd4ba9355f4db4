/**
 * A foreign company and its local branch in one article: the parent makes the models, the branch
 * launches them here and signs the local deals (a headline naming the parent for the branch's deal,
 * a launch sentence read as a making). Invented pages, not held-out text.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { edgeLines } from './helpers.js';

function factsOfPage(text: string): string[] {
  const g = extractArticle(parseText(text, { source: 'test.txt', publishedAt: '2025-07-14' }));
  return edgeLines(g, { ordered: true });
}

describe('a foreign company and its local branch', () => {
  it('the body gives the branch the partner the headline gives the parent', () => {
    const facts = factsOfPage("엔비디아, 'Nemo-K 2' 국내 출시… KT와 맞손\n\n엔비디아코리아는 이날 KT와 전략적 업무협약(MOU)을 체결했다. 엔비디아가 자체 개발한 'Nemo-K 2'는 지난달 미국에서 먼저 나왔다.");
    expect(facts).toContain('PARTNERS_WITH KT -> 엔비디아코리아');
    expect(facts).not.toContain('PARTNERS_WITH KT -> 엔비디아');
  });
  it('the parent keeps a headline partner the body gives no branch', () => {
    const facts = factsOfPage('엔비디아, KT와 맞손\n\n엔비디아는 이날 KT와 전략적 업무협약(MOU)을 체결했다. 엔비디아코리아도 행사에 참석했다.');
    expect(facts).toContain('PARTNERS_WITH KT -> 엔비디아');
  });
  it('the branch launching a model the parent developed is no developer', () => {
    const facts = factsOfPage("세온AI코리아, 'Orbit 2' 출시\n\n미국에 본사를 둔 AI 기업 세온AI의 한국 법인 세온AI코리아(대표 김하람)가 대규모 언어모델 '세온 오빗 2(Seon Orbit 2)'를 국내에 공식 출시한다고 3일 밝혔다. 세온AI가 자체 개발한 오빗 2는 KMMLU에서 61.2점을 받았다.");
    expect(facts).toContain('DEVELOPED 세온AI -> 세온 오빗 2');
    expect(facts).not.toContain('DEVELOPED 세온AI코리아 -> 세온 오빗 2');
  });
});
