/** Entity resolution across articles: one node per real entity, versions apart, stable ids. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';

const rules = loadRules();
const facts = (text: string, source: string, publishedAt = '2025-07-14') => extractFacts(parseText(`제목\n\n${text}`, { source, publishedAt }), rules);

const a = facts('SK텔레콤은 A.X 4.0을 공개했다. KT는 자체 개발한 믿:음 2.0을 공개했다. LG AI연구원의 엑사원 3.5도 주목받는다. 스타트업 하늘랩스는 모델 ‘하늘-13B(Haneul-13B)’를 내놨다.', 'a.txt');
const b = facts('SKT는 A.X 4.0 라이트를 공개했다. 케이티의 믿음 2.0이 화제다. LG의 EXAONE 4.0은 엑사원 3.5의 후속 모델이다. Haneul-13B 모델은 하늘랩스가 만들었다.', 'b.txt');
const c = facts('SK Telecom and 마이크로소프트(MS)는 협력한다. Mi:dm 2.0은 KT의 모델이다. 엑사원은 LG가 개발했다.', 'c.txt');

const byName = (g: GraphDocument, name: string) => g.nodes.filter((n) => n.name === name || n.aliases.includes(name));

describe('resolveFacts', () => {
  const g = graphFromFacts([a, b, c]);

  it('merges surface forms of one entity across articles', () => {
    for (const [x, y] of [
      ['SK텔레콤', 'SKT'],
      ['SKT', 'SK Telecom'],
      ['믿:음 2.0', '믿음 2.0'],
      ['믿음 2.0', 'Mi:dm 2.0'],
      ['엑사원', 'EXAONE'],
      ['KT', '케이티'],
      ['하늘-13B', 'Haneul-13B'],
    ]) {
      const nx = byName(g, x!);
      expect(nx, x).toHaveLength(1);
      expect(byName(g, y!).map((n) => n.id)).toEqual(nx.map((n) => n.id));
    }
  });

  it('keeps versions and sizes apart, each linked to its family', () => {
    const ax = byName(g, 'A.X 4.0')[0]!;
    const lite = byName(g, 'A.X 4.0 라이트')[0]!;
    expect(ax.id).not.toBe(lite.id);
    const e35 = byName(g, '엑사원 3.5')[0]!;
    const e40 = byName(g, 'EXAONE 4.0')[0]!;
    expect(e35.id).not.toBe(e40.id);
    expect(e35.properties.family).toBe('model:exaone');
    expect(e40.properties.family).toBe('model:exaone');
    expect(g.edges.some((e) => e.type === 'SUCCEEDS' && e.source === e40.id && e.target === e35.id)).toBe(true);
  });

  it('gives stable ids whatever the order of the articles', () => {
    const g2 = graphFromFacts([c, b, a]);
    expect(JSON.stringify(g2)).toBe(JSON.stringify(g));
    expect(byName(g, 'SK텔레콤')[0]!.id).toBe('company:skt');
    expect(byName(g, 'A.X 4.0')[0]!.id).toBe('model:ax-4-0');
  });

  it('keeps every alias and lists evidence from each article that states a fact', () => {
    const midm = byName(g, '믿:음 2.0')[0]!;
    expect([midm.name, ...midm.aliases]).toEqual(expect.arrayContaining(['믿:음 2.0', '믿음 2.0', 'Mi:dm 2.0']));
    const dev = g.edges.find((e) => e.type === 'DEVELOPED' && e.source === 'company:kt' && e.target === midm.id)!;
    expect(new Set(dev.evidence.map((e) => e.articleId)).size).toBeGreaterThanOrEqual(2);
  });
});

describe('aliases across articles', () => {
  // a headline shortens the subsidiary to its parent's name; another article names the parent itself
  const head = extractFacts(parseText('2차 평가…네이버·카카오 통과\n\n네이버클라우드와 카카오는 이번 평가를 통과했다. 네이버클라우드는 다음 단계에 도전한다.', { source: 'h.txt', publishedAt: '2026-01-15' }), rules);
  const parent = facts('네이버는 새 검색 서비스를 공개했다.', 'p.txt');
  // a short form in one article ("큐웬3" for "큐웬3 32B"); the family version by that name in another
  const short = facts("오로라-K 32B는 알리바바의 '큐웬3 32B'(0.70점)를 제쳤다. 큐웬3는 2위에 그쳤다.", 's.txt');
  const family = facts('알리바바는 큐웬3를 공개했다.', 'f.txt');
  // "(base)" says which checkpoint, it is not another name
  const card = facts('실험에는 Qwen3-32B (base)를 썼다. 모델은 알리바바가 공개했다.', 'c2.txt');

  it('an alias that is another entity’s name is dropped, so a lookup of that name finds one entity', () => {
    const g = graphFromFacts([head, parent, short, family, card]);
    for (const name of ['네이버', '큐웬3']) {
      const holders = g.nodes.filter((n) => n.name === name || n.aliases.includes(name));
      expect(holders.map((n) => n.name), name).toEqual([name]);
    }
    // on its own, the headline's short form is still the subsidiary's alias
    expect(graphFromFacts([head]).nodes.find((n) => n.name === '네이버클라우드')?.aliases).toContain('네이버');
  });

  it('a variant word in parentheses is no alias', () => {
    const g = graphFromFacts([card]);
    expect(g.nodes.some((n) => n.aliases.includes('base'))).toBe(false);
  });

  it('joins a name with "AI" spelt out in Hangul and the same name with the letters', () => {
    const x = facts('스타트업 다올에이아이는 새 모델을 공개했다. 다올에이아이는 2023년 설립됐다.', 'x.txt');
    const y = facts('스타트업 다올AI는 투자를 유치했다. 다올AI는 2023년 설립됐다.', 'y.txt');
    const z = facts('스타트업 다올랩은 투자를 유치했다. 다올랩은 2023년 설립됐다.', 'z.txt');
    const gx = graphFromFacts([x, y, z]);
    const [one, ...rest] = byName(gx, '다올에이아이');
    expect(rest).toEqual([]);
    expect(one?.aliases).toContain('다올AI');
    expect(byName(gx, '다올AI').map((n) => n.id)).toEqual([one!.id]);
    expect(byName(gx, '다올랩').map((n) => n.id)).not.toEqual([one!.id]);
  });

  it('joins a company named with and without an English legal suffix ("Vantor Labs Inc." = "Vantor Labs")', () => {
    const x = facts('Startup Vantor Labs Inc. released a model on Monday. Vantor Labs Inc. was founded in 2022.', 'x.txt');
    const y = facts('Startup Vantor Labs raised new funding. Vantor Labs was founded in 2022.', 'y.txt');
    const g = graphFromFacts([x, y]);
    const companies = g.nodes.filter((n) => n.type === 'Company' && /Vantor/.test(n.name));
    expect(companies).toHaveLength(1);
  });
});

describe('names spelt in the other script or with a programme word (seventeenth session)', () => {
  const x = facts("스타트업 노을에이아이는 한국어 평가 세트 'K-에이전트벤치'를 공개했다. 노을에이아이는 '지역 AI 확산 지원사업'에 선정됐다.", 'x.txt');
  const y = facts("Startup Noeul AI released a model. Its score on K-AgentBench was 61.2. 노을에이아이는 '2026년 지역 AI 확산 사업'에도 참여한다.", 'y.txt');
  const z = facts("스타트업 하늘에이아이는 평가 세트 'K-로우벤치'를 공개했다. 하늘AI랩스는 별개 회사다.", 'z.txt');
  const g = graphFromFacts([x, y, z]);
  const same = (p: string, q: string) => {
    const [np, nq] = [byName(g, p), byName(g, q)];
    expect(np, p).toHaveLength(1);
    expect(nq.map((n) => n.id), q).toEqual(np.map((n) => n.id));
  };
  it("joins a benchmark's Hangul loanwords to its Latin name ('K-에이전트벤치' = 'K-AgentBench')", () => same('K-에이전트벤치', 'K-AgentBench'));
  it("joins a company's romanised Hangul name to its Latin one ('노을에이아이' = 'Noeul AI')", () => same('노을에이아이', 'Noeul AI'));
  it('joins a programme named with and without its year and kind word', () => same('지역 AI 확산 지원사업', '2026년 지역 AI 확산 사업'));
  it('keeps apart names that only share a stem', () => {
    expect(byName(g, '하늘에이아이').map((n) => n.id)).not.toEqual(byName(g, '하늘AI랩스').map((n) => n.id));
  });
});
