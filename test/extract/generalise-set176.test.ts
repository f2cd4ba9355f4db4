/**
 * Generalisation rows for set 176's forms: a generic word hyphened into a model's name ("X-MoE-30B-A4B"); a leaderboard
 * page's board named on its own line or defined by what it measures, its score column titled by the round; a model
 * page whose one-word title comes back as a table's first cell, a header's benchmark with its edition ("X v2"); a base
 * deepened by added layers; a row table of developers and remarks ("모델 | 만든 곳 | 비고"); a quantised variant's score;
 * a tool's funding acknowledgement; the second of a benchmark's pair list; a company's "AI연구소"; a hyphened line name
 * in the headline only; a paper's review forum (authors, affiliations, the authors' responses); a Latin gloss the Latin
 * company reading cut short. Names and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "Baram-MoE-30B-A4B": a generic word ("MoE", "SFT") between hyphens is a piece of the name; alone it is no model
  { cat: 'names.hyphen-generic', text: '바람소프트는 희소 모델 Baram-MoE-30B-A4B를 공개했다. Baram-MoE-30B-A4B는 KMMLU에서 58.3점을 기록했다.', expect: ['DEVELOPED 바람소프트 -> Baram-MoE-30B-A4B', 'SCORED Baram-MoE-30B-A4B -> KMMLU'] },
  { cat: 'names.hyphen-generic', text: '바람소프트는 새 모델에 MoE 구조를 택했다. SFT-데이터도 공개했다.', noNodes: ['Model:MoE', 'Model:SFT-데이터'] },
  // a leaderboard page: the board on its own line or defined by what it measures; "시즌2 평균" is its score, "시즌1 (참고)" none
  { cat: 'benchmarks.board-title', text: '🏆 K-코딩 리더보드 시즌2\n\nK-코딩 리더보드는 한국어 코드 생성 능력을 측정합니다.\n\n순위 | 모델 | 개발사 | 시즌2 평균 | 시즌1 (참고)\n1 | Baram-9B | 바람소프트 | 71.2 | 60.1\n2 | Nuri-Code-7B | 누리랩 | 65.4 | —', edgeProps: ['SCORED Baram-9B -> K-코딩 리더보드 score=71.2', 'SCORED Nuri-Code-7B -> K-코딩 리더보드 score=65.4'] },
  { cat: 'benchmarks.board-title', text: '바람소프트는 새 모델을 냈다. 이 리더보드는 한국어 능력을 측정합니다. 오픈 리더보드는 누구나 참여할 수 있다.', noNodes: ['Benchmark:이 리더보드', 'Benchmark:오픈 리더보드'] },
  // "Y에 레이어 N개를 덧붙여 … 추가 학습": the model in focus is built on Y
  { cat: 'based-on.focus-layers-added', text: "누리랩은 'Nuri-Code-10B'를 공개했다. 구글의 젬마 3 4B에 디코더 레이어 6개를 덧붙여 깊이를 늘린 뒤 코드 데이터로 추가 학습했다.", expect: ['BASED_ON Nuri-Code-10B -> 젬마 3 4B'] },
  { cat: 'based-on.focus-layers-added', text: "누리랩은 'Nuri-Code-10B'를 공개했다. 젬마 3 4B에 레이어 6개를 덧붙이는 실험은 다음 달에 할 계획이다.", absent: ['BASED_ON Nuri-Code-10B -> 젬마 3 4B'] },
  // "모델 | 만든 곳 | 비고": the developer column read with a remarks column; "X의 베이스" is no base of the row
  { cat: 'tables.developer-remarks', text: '후보 모델은 다음과 같다.\n\n모델 | 만든 곳 | 비고\nBaram-8B | 바람소프트 | 라마 3.1 8B 기반\nNuri-8B | 누리랩 | Baram-8B의 베이스', expect: ['DEVELOPED 바람소프트 -> Baram-8B', 'DEVELOPED 누리랩 -> Nuri-8B', 'BASED_ON Baram-8B -> 라마 3.1 8B'], absent: ['BASED_ON Nuri-8B -> Baram-8B'] },
  // "X의 4비트 GPTQ 버전은 B 79.9": a quantised variant's score is no score of X
  { cat: 'scored.quantised-variant', text: "바람소프트는 'Baram-8B'를 공개했다.\n\n모델 | KMMLU | KoBEST\nBaram-8B | 61.2 | 70.1\n누리-8B | 48.0 | 66.2\n\n직접 변환한 Baram-8B의 4비트 GPTQ 버전은 KMMLU 59.9로 손실이 작았다.", edgeProps: ['SCORED Baram-8B -> KMMLU score=61.2'] },
  { cat: 'scored.quantised-variant', text: "바람소프트는 'Baram-8B'를 공개했다. Baram-8B의 최신 체크포인트는 KMMLU 59.9로 올랐다.", edgeProps: ['SCORED Baram-8B -> KMMLU score=59.9'] },
  // "이 도구는 「Y」 지원을 받아 개발됐다": the tool's maker took part in the programme; support not received gives none
  { cat: 'participates.acknowledged-tool', text: "바람소프트는 평가 도구 'K-체커'를 만들었다. 이 도구는 정보통신산업진흥원의 'AI 바우처' 지원을 받아 개발됐다.", expect: ['PARTICIPATES_IN 바람소프트 -> AI 바우처'] },
  { cat: 'participates.acknowledged-tool', text: "바람소프트는 평가 도구 'K-체커'를 만들었다. 이 도구는 'AI 바우처' 지원을 받지 못했다.", absent: ['PARTICIPATES_IN 바람소프트 -> AI 바우처'] },
  // "BENCH에서 A 70.4, 비교용으로 넣은 B는 74.2임": the pair list's second, a described topic
  { cat: 'scored.bench-pair-then-topic', text: '표를 보면 KoBEST에서 Baram-9B 70.4, 비교용으로 넣은 솔라 프로 2는 74.2임.', edgeProps: ['SCORED 솔라 프로 2 -> KoBEST score=74.2', 'SCORED Baram-9B -> KoBEST score=70.4'] },
  // "X AI연구소": a company's AI lab; a university's is none
  { cat: 'companies.ai-institute', text: '바다AI연구소가 새 모델 Bada-7B를 공개했다.', expect: ['DEVELOPED 바다AI연구소 -> Bada-7B'] },
  { cat: 'companies.ai-institute', text: '부산대AI연구원이 새 모델 Bada-7B를 공개했다.', noNodes: ['Company:부산대AI연구원'] },
  { cat: 'companies.ai-institute', text: '홍길순 박사는 전 가나대병원 의료AI연구소 연구원이다. 바다소프트는 Bada-7B를 공개했다.', noNodes: ['Company:의료AI연구소'] },
  // "X AI연구소 (X AI Research)": the Latin gloss is the company's alias, no company "X AI"
  { cat: 'names.gloss-head', text: '바다AI연구소 (Bada AI Research)는 새 모델 Bada-7B를 공개했다.', sameNode: ['바다AI연구소=Bada AI Research'], noNodes: ['Company:Bada AI'] },
  // "표 2의 60.2는 KMMLU 전체 기준입니다. 부분집합인 KMMLU-Hard에서는 30.1점": the subset goes to the model whose full-set score was echoed
  { cat: 'scored.echoed-subset', text: 'Baram-9B는 KMMLU에서 60.2점을 기록했다. Baram-Mini-2B는 KMMLU 45.0점을 얻었다. 표 2의 60.2는 KMMLU 전체 셋 기준입니다. 부분집합인 KMMLU-Hard에서는 30.1점이었습니다.', edgeProps: ['SCORED Baram-9B -> KMMLU-Hard score=30.1'], absent: ['SCORED Baram-Mini-2B -> KMMLU-Hard'] },
  // (no echo of a full-set score: the model in focus keeps the subset's score)
  { cat: 'scored.echoed-subset', text: 'Baram-9B는 KMMLU에서 60.2점을 기록했다. Baram-Mini-2B는 KMMLU 45.0점을 얻었다. 부분집합인 KMMLU-Hard에서는 30.1점이었습니다.', absent: ['SCORED Baram-9B -> KMMLU-Hard'] },
  // "1X AI연구소 (X AI Research)": an affiliation's footnote digit glued to the lab's name (a superscript read flat) is no part of it
  { cat: 'names.glued-footnote-lab', text: '홍길순1, 윤서하1,2\n1바다AI연구소 (Bada AI Research)   2가나대학교\n바다AI연구소는 새 모델 Bada-7B를 공개했다.', expect: ['WORKS_FOR 홍길순 -> 바다AI연구소', 'DEVELOPED 바다AI연구소 -> Bada-7B'], sameNode: ['바다AI연구소=Bada AI Research'], noNodes: ['Company:Bada AI'] },
  { cat: 'names.glued-footnote-lab', text: '홍길순1, 윤서하2\n1누리에이아이랩 (Nuri AI Lab)   2가나대학교\n누리에이아이랩은 새 모델 Nuri-3B를 공개했다.', expect: ['WORKS_FOR 홍길순 -> 누리에이아이랩'], noNodes: ['Company:Nuri AI'] },
  // (a digit glued to other words stays a word of its own: a number before a field, "3D비전AI연구소" no lab after a count)
  { cat: 'names.glued-footnote-lab', text: '올해 2차AI연구소 지원 사업에는 12곳이 지원했다.', noNodes: ['Company:차AI연구소'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

function htmlGraph(html: string) {
  const g = extractArticle(parseArticle(Buffer.from(html), { source: 'test.html' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  return { facts: g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`), nodes: g.nodes.map((n) => `${n.type}:${n.name}`) };
}

const modelPage = (title: string, firstCell: string) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>
<main><h1>${title}</h1><p>${title}는 바람소프트가 공개한 코드 모델입니다. 평가 결과는 아래와 같습니다.</p>
<table><thead><tr><th>Model</th><th>HumanEval</th><th>KoCodeBench v2</th></tr></thead><tbody>
<tr><td><b>${firstCell}</b></td><td>80.2</td><td>61.5</td></tr><tr><td>Baram-Coder-6B</td><td>71.0</td><td>52.3</td></tr></tbody></table></main></body></html>`;

describe('tables.title-cell: a model page whose name comes back as the table\'s first cell', () => {
  it('reads the first row and the edition header', () => {
    const { facts } = htmlGraph(modelPage('Baram-Coder-9B', 'Baram-Coder-9B'));
    expect(facts).toContain('SCORED Baram-Coder-9B -> HumanEval');
    // (the header's edition stays in the benchmark's name, as set 176's own gold keeps 'v2' and 'v1' apart)
    expect(facts).toContain('SCORED Baram-Coder-9B -> KoCodeBench v2');
    expect(facts).toContain('SCORED Baram-Coder-6B -> KoCodeBench v2');
  });
  it('still drops a headline of several words repeated after the story', () => {
    const html = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>바람소프트 새 모델 공개</title></head><body><main><h1>바람소프트 새 모델 공개</h1><p>바람소프트가 Baram-9B를 공개했다.</p><p>바람소프트 새 모델 공개</p></main></body></html>`;
    const a = parseArticle(Buffer.from(html), { source: 'test.html' });
    expect(a.sentences.filter((s) => s.text === '바람소프트 새 모델 공개' && s.block === 'body')).toHaveLength(0);
  });
});

const headlinePage = (body: string) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>Baram-MoE: 한국어 희소 모델 기술 보고서</title></head><body>
<main><h1>Baram-MoE: 한국어 희소 모델 기술 보고서</h1><p>${body}</p></main></body></html>`;

describe('names.headline-line: a hyphened line name only in the headline', () => {
  it('is the one sized member the body names', () => {
    const { nodes } = htmlGraph(headlinePage('바람소프트는 Baram-MoE-30B-A4B를 공개했다. Baram-MoE-30B-A4B는 KMMLU에서 58.3점을 기록했다.'));
    expect(nodes).toContain('Model:Baram-MoE-30B-A4B');
    expect(nodes).not.toContain('Model:Baram-MoE');
  });
  it('stays apart where the body names two members', () => {
    const { nodes } = htmlGraph(headlinePage('바람소프트는 Baram-MoE-30B-A4B와 Baram-MoE-8B-A1B를 공개했다. Baram-MoE-30B-A4B는 KMMLU에서 58.3점을 기록했다.'));
    expect(nodes).not.toContain('Model:Baram-MoE-8B');
    expect(nodes.filter((n) => n.startsWith('Model:Baram-MoE-'))).toHaveLength(2);
  });
});

const forum = (h: [string, string]) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>Baram-9B 기술 보고서 | Forum</title></head><body>
<div id="content"><div class="forum-container"><div class="note"><h2 class="citation_title">Baram-9B: 한국어 모델 기술 보고서</h2>
<div class="forum-authors"><h3>홍길순<sup>1</sup>, 윤서하<sup>2</sup></h3></div><div class="affiliations"><sup>1</sup>바람소프트 &nbsp; <sup>2</sup>누리랩</div>
<div class="note-content"><div><strong>Abstract:</strong> <span>본 보고서는 바람소프트가 처음부터 사전학습한 모델 Baram-9B를 소개한다. Baram-9B는 KMMLU에서 60.2점을 기록했으며, 같은 조건에서 잰 라마 3.1 8B를 크게 앞섰다. 가중치는 오픈소스로 공개했다.</span></div></div></div>
<div class="note reply"><h4>${h[0]}</h4><p>KMMLU 60.2가 전체 기준인지 부분집합 기준인지 불분명하다. 수학 평가도 빠져 있다.</p></div>
<div class="note reply author"><h4>${h[1]}</h4><p>60.2는 전체 셋 기준입니다. 부분집합인 KMMLU-Hard에서는 30.1점이었으며 부록에 추가했습니다.</p></div>
</div></div></body></html>`;

describe('parse.review-forum: a paper\'s review forum', () => {
  it('reads the authors, their affiliations and the authors\' response', () => {
    const { facts } = htmlGraph(forum(['Official Review of Submission 7 by Reviewer Ab1c', 'Author Response to Reviewer Ab1c']));
    expect(facts).toContain('WORKS_FOR 홍길순 -> 바람소프트');
    expect(facts).toContain('SCORED Baram-9B -> KMMLU-Hard');
  });
  it('leaves replies under other headings to the comment rules', () => {
    const { facts } = htmlGraph(forum(['댓글', '댓글']));
    expect(facts).not.toContain('SCORED Baram-9B -> KMMLU-Hard');
  });
});

const cardPage = (sidebar: string) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>Saebit-Code-12B | 새빛소프트 | Model Hub</title></head><body>
<div class="wrap"><main class="card"><h1>Saebit-Code-12B</h1>
<p>Saebit-Code-12B는 새빛소프트가 2026년 3월 공개한 코드 특화 언어모델입니다. 한국어 주석이 달린 코드로 학습했으며 가중치는 공개됩니다. 이 모델은 사내 코드 리뷰 보조에 적합합니다.</p></main>
<aside class="sidebar">${sidebar}</aside></div></body></html>`;
const details = '<section><h3>Model details</h3><dl><dt>Organization</dt><dd>새빛소프트 · Seoul, South Korea</dd><dt>Maintainer</dt><dd>윤서하 (연구 리드)</dd><dt>Parameters</dt><dd>12B</dd></dl></section>';
const tree = '<section><h3>Model tree</h3><p>Merges (1)</p><ul><li><a href="#">Garam-Merge-12B</a> · 가람에이아이 — 이 모델과 같은 새빛소프트의 Saebit-Chat-12B를 TIES 방식으로 병합</li></ul><p>Quantizations (1)</p><ul><li><a href="#">Saebit-Code-12B-GGUF</a> · qhub (커뮤니티)</li></ul></section>';

describe('parse.model-card-box: a model hub page\'s sidebar of the model\'s own facts', () => {
  it('reads the maintainer under the organisation and the merges of the model tree', () => {
    const { facts, nodes } = htmlGraph(cardPage(details + tree));
    expect(facts).toContain('WORKS_FOR 윤서하 -> 새빛소프트');
    expect(facts).toContain('BASED_ON Garam-Merge-12B -> Saebit-Code-12B');
    expect(facts).toContain('BASED_ON Garam-Merge-12B -> Saebit-Chat-12B');
    expect(facts).toContain('DEVELOPED 가람에이아이 -> Garam-Merge-12B');
    expect(nodes).not.toContain('Model:Model details');
  });
  it('leaves a sidebar of other models (no model card heading) as chrome', () => {
    const { facts } = htmlGraph(cardPage('<section><h3>Related models</h3><p>Merges (1)</p><ul><li><a href="#">Garam-Merge-12B</a> · 가람에이아이 — Saebit-Chat-12B를 병합</li></ul></section>'));
    expect(facts.filter((f) => f.includes('Garam-Merge-12B'))).toEqual([]);
  });
  it('gives no employer to a maintainer without an organisation line', () => {
    const { facts } = htmlGraph(cardPage('<section><h3>Model details</h3><dl><dt>Maintainer</dt><dd>윤서하 (연구 리드)</dd><dt>License</dt><dd>Apache 2.0</dd></dl></section>'));
    expect(facts.filter((f) => f.startsWith('WORKS_FOR 윤서하'))).toEqual([]);
  });
});
