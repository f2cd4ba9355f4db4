/**
 * A wiki page about a model family, in this test's own words: an infobox naming the latest version,
 * then a history told version by version under numbered headings ("2.2. X 1.5") that carry the wiki's
 * edit link ("[편집]"). Each version's subject-less sentences are about the version its heading names,
 * not the infobox's latest version.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';

const edit = (n: number) => `<span class="wiki-edit-section"><a href="/edit/x?section=${n}">[편집]</a></span>`;
const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>다온(언어 모델) - 위키</title>
<meta property="article:modified_time" content="2026-10-02"></head><body><article>
<h1>다온(언어 모델)</h1>
<table class="infobox"><tr><th>개발사</th><td>가람소프트</td></tr><tr><th>최신 버전</th><td>다온 3 (2026년 8월 4일)</td></tr></table>
<h2>1. 개요${edit(1)}</h2><div>다온은 가람소프트가 개발한 대규모 언어 모델 계열이다.</div>
<h2>2. 역사${edit(2)}</h2>
<h3>2.1. 다온 1${edit(3)}</h3><div>2024년 2월 5일 공개된 가람소프트의 첫 모델. 메타의 라마 3 8B를 기반으로 법률 문서를 미세조정해 만들었다.</div>
<h3>2.2. 다온 2${edit(4)}</h3><div>2025년 3월 9일 공개된 다온 1의 후속 버전. 매개변수는 140억 개(14B)이다.</div>
<h3>2.3. 다온 3${edit(5)}</h3><div>가람소프트가 2026년 8월 4일 공개한 다온 2의 후속작. 매개변수는 320억 개(32B)이다.</div>
</article></body></html>`;

describe('a wiki page told version by version under numbered headings', () => {
  const g = extractArticle(parseArticle(Buffer.from(page), { source: 'wiki.html' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  const facts = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
  const prop = (model: string, key: string) => (g.nodes.find((n) => n.name === model)?.properties as Record<string, unknown> | undefined)?.[key];

  it("a section's subject-less sentences are about the version its heading names", () => {
    expect(facts).toContain('BASED_ON 다온 1 -> 라마 3 8B');
    expect(facts).toContain('SUCCEEDS 다온 2 -> 다온 1');
    expect(facts).toContain('SUCCEEDS 다온 3 -> 다온 2');
    expect(facts).not.toContain('BASED_ON 다온 3 -> 라마 3 8B');
    expect(facts).not.toContain('SUCCEEDS 다온 3 -> 다온 1');
  });

  it("the version's day and size go to it, not to the infobox's latest version", () => {
    expect(prop('다온 2', 'parameters')).toBe(14000000000);
    expect(prop('다온 1', 'releasedOn')).toBe('2024-02-05');
    expect(prop('다온 3', 'parameters')).toBe(32000000000);
  });

  it("the wiki's edit link is no part of a heading", () => {
    const parsed = parseArticle(Buffer.from(page), { source: 'wiki.html' });
    expect(parsed.blocks.filter((b) => b.kind === 'heading').map((b) => parsed.text.slice(b.start, b.end))).toContain('2.2. 다온 2');
  });
});

/** An encyclopedia entry titled with a company's name, in this test's own words: its sections' sentences name no subject. */
const companyPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>하늬소프트 - 위키</title></head><body><article>
<h1>하늬소프트</h1>
<h2>1. 개요</h2><div>경기도 성남시의 인공지능 기업. 2021년 설립됐다.</div>
<h2>2. 역사</h2><div>투자사 가람벤처스가 2023년 시리즈 A를 이끌었다.</div>
<h3>2.1. 첫 모델</h3><div>2024년 5월 첫 모델인 '하늬-LM 1'을 공개했다. 이듬해에는 개선판 '하늬-LM 2'를 내놨다.</div>
<h3>2.2. 협력</h3><div>2025년 8월에는 미르클라우드와 공공 서비스를 함께 개발하는 업무협약(MOU)을 맺었다.</div>
</article></body></html>`;

describe('an encyclopedia entry titled with one company name', () => {
  const g = extractArticle(parseArticle(Buffer.from(companyPage), { source: 'wiki-company.html' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  const facts = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);

  it("each section's subjectless release and partnership are the page's company's, not the last subject's", () => {
    expect(facts).toContain('DEVELOPED 하늬소프트 -> 하늬-LM 1');
    expect(facts).toContain('DEVELOPED 하늬소프트 -> 하늬-LM 2');
    expect(facts.some((f) => /^PARTNERS_WITH (?:하늬소프트 -> 미르클라우드|미르클라우드 -> 하늬소프트)$/.test(f))).toBe(true);
    expect(facts.some((f) => f.startsWith('DEVELOPED 가람벤처스'))).toBe(false);
  });
});
