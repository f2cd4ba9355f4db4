/**
 * Ranked charts written as lists: "RANK [MOVE] MODEL [DEVELOPER] SCORE점" entries, each with the editor's note under it, under a
 * lead that names the board. Each entry scores its model on that board; the note under an entry is about the entry's model.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const LEAD = "'누리 리더보드'는 사용자 투표로 순위를 매긴다. 이번 달 상위 모델은 다음과 같다.";

const rows: FactRow[] = [
  {
    cat: 'a ranked chart: entries with move marks and a developer after the model, notes between them',
    text: `${LEAD}\n\n1 ― 가온-7B 가온소프트 1250점\n\n두 달째 1위. 요약 질문에서 강했다.\n\n2 ▲1 다래-2(Darae-2) 다래테크 1231점\n\n한 계단 올랐다.\n\n3 NEW 솔빛-1 솔빛AI 1198점(잠정)\n\n첫 진입. 라마 3을 기반으로 추가 학습한 모델이다.`,
    expect: ['SCORED 가온-7B -> 누리 리더보드', 'SCORED 다래-2 -> 누리 리더보드', 'SCORED 솔빛-1 -> 누리 리더보드'],
    edgeProps: ['SCORED 다래-2 -> 누리 리더보드 score=1231', 'SCORED 솔빛-1 -> 누리 리더보드 score=1198'],
    absent: ['BASED_ON 가온-7B -> 라마 3'],
  },
  {
    cat: "the note under an entry is about the entry's model, not the one ranked above it",
    text: `${LEAD}\n\n1 ― GPT-5 오픈AI 1302점\n\n석 달째 1위.\n\n2 ▲3 엑사원 4.0(EXAONE 4.0) LG AI연구원 1288점\n\n세 계단 상승. 엑사원 3.5의 후속작이다.\n\n3 ▼1 솔라 프로2 업스테이지 1270점\n\n큐웬3를 기반으로 한 모델이다.`,
    expect: ['SUCCEEDS 엑사원 4.0 -> 엑사원 3.5', 'SCORED 솔라 프로2 -> 누리 리더보드'],
    absent: ['SUCCEEDS GPT-5 -> 엑사원 3.5', 'BASED_ON 엑사원 4.0 -> 큐웬3'],
  },
  {
    cat: 'a ranked chart on a 100-point scale, the model alone on its line',
    text: `${LEAD}\n\n1 가온-7B 81.4점\n\n2 다래-2 79.9점\n\n3 솔빛-1 77.0점`,
    edgeProps: ['SCORED 가온-7B -> 누리 리더보드 score=81.4', 'SCORED 솔빛-1 -> 누리 리더보드 score=77'],
  },
  {
    cat: 'numbered lines whose ranks skip are no chart',
    text: `${LEAD}\n\n1 가온-7B 81.4점\n\n3 다래-2 79.9점\n\n5 솔빛-1 77.0점`,
    absent: ['SCORED 다래-2 -> 누리 리더보드', 'SCORED 솔빛-1 -> 누리 리더보드'],
  },
  {
    cat: 'two entries are too few for a chart',
    text: `${LEAD}\n\n1 가온-7B 81.4점\n\n2 다래-2 79.9점`,
    absent: ['SCORED 다래-2 -> 누리 리더보드'],
  },
  {
    cat: "a post's picks from an arena's chart: 'N위 M — 점수' lines under a heading that names the arena with its week",
    text: '오늘 발표된 내용을 정리했다.\n\n📈 누리 아레나 9주차 순위 (사용자 투표)\n\n1위 GPT-5 — 1398점\n\n4위 엑사원 4.0 — 1322점 🆕 (국산 1위)\n\n6위 솔라 프로2 — 1301점\n\n엑사원이 국산 1위를 지켰다.',
    nodes: ['Benchmark:누리 아레나'],
    edgeProps: ['SCORED GPT-5 -> 누리 아레나 score=1398', 'SCORED 엑사원 4.0 -> 누리 아레나 score=1322', 'SCORED 솔라 프로2 -> 누리 아레나 score=1301'],
  },
  {
    cat: "'M — 점수' lines under a heading that names the benchmark",
    text: '📊 KoBEST 점수 비교 (각사 발표)\n\n엑사원 4.0 — 81.2\n\n솔라 프로2 — 79.5\n\nGPT-5 — 84.0\n\n측정 조건은 회사마다 다르다.',
    edgeProps: ['SCORED 엑사원 4.0 -> KoBEST score=81.2', 'SCORED GPT-5 -> KoBEST score=84'],
  },
  {
    cat: "fielded entries: 'N위(move) M — D / BASE 기반 / 종합 S', each a score with its developer and bases",
    text: `${LEAD}\n\n1위(-) 가온-9B — 가온소프트 / 자체 개발 / 종합 0.812\n\n2위(▲1) 다래-14B — 다래랩 / 큐웬2.5 14B 기반 / 종합 0.797\n\n3위(신규) 솔빛-머지 20B — 솔빛AI / 미스트랄 스몰 3.1·엑사원 3.5 7.8B 병합 / 종합 0.771\n\n4위(▼2) 누리-8B-SFT — 개인 개발자 / 라마 3.1 8B 미세조정 / 종합 0.702`,
    edgeProps: ['SCORED 가온-9B -> 누리 리더보드 score=0.812', 'SCORED 다래-14B -> 누리 리더보드 score=0.797', 'SCORED 솔빛-머지 20B -> 누리 리더보드 score=0.771', 'SCORED 누리-8B-SFT -> 누리 리더보드 score=0.702'],
    expect: ['DEVELOPED 다래랩 -> 다래-14B', 'BASED_ON 다래-14B -> 큐웬2.5 14B', 'BASED_ON 솔빛-머지 20B -> 미스트랄 스몰 3.1', 'BASED_ON 솔빛-머지 20B -> 엑사원 3.5 7.8B', 'BASED_ON 누리-8B-SFT -> 라마 3.1 8B'],
    absent: ['SCORED 큐웬2.5 14B -> 누리 리더보드', 'SCORED 라마 3.1 8B -> 누리 리더보드', 'SCORED 엑사원 3.5 7.8B -> 누리 리더보드', 'BASED_ON 가온-9B -> 큐웬2.5 14B'],
  },
  {
    cat: 'fielded lines whose ranks skip back are no chart',
    text: `${LEAD}\n\n3위 가온-9B — 가온소프트 / 자체 개발 / 종합 0.812\n\n1위 다래-14B — 다래랩 / 큐웬2.5 14B 기반 / 종합 0.797`,
    absent: ['SCORED 가온-9B -> 누리 리더보드', 'BASED_ON 다래-14B -> 큐웬2.5 14B'],
  },
  {
    cat: "a chart whose lead names no board, with a note under its last entry saying what the scores are on ('※ X 기준.')",
    text: '이번 주 모델 순위는 다음과 같다.\n\n1 가온-7B 81.4점\n\n2 다래-2 79.9점\n\n3 솔빛-1 77.0점\n\n※ KoBEST 벤치마크 기준. 각 사 발표.',
    edgeProps: ['SCORED 가온-7B -> KoBEST score=81.4', 'SCORED 솔빛-1 -> KoBEST score=77'],
  },
  {
    cat: "a legend with a colon under a chart ('※ 출처: X 기준') is chrome, not the chart's basis",
    text: '이번 주 모델 순위는 다음과 같다.\n\n1 가온-7B 81.4점\n\n2 다래-2 79.9점\n\n3 솔빛-1 77.0점\n\n※ 출처: KoBEST 집계 기준',
    absent: ['SCORED 가온-7B -> KoBEST', 'SCORED 솔빛-1 -> KoBEST'],
  },
  {
    cat: "a sentence's adverb before 리더보드 is no board's name",
    text: "'누리 리더보드' 순위가 나왔다. 엑사원 4.0이 81.2점으로 1위다. 다만 리더보드 순위가 실제 품질은 아니라는 지적도 있다.",
    noNodes: ['Benchmark:다만 리더보드'],
  },
];

describe('ranked charts', () => {
  it.each(rows)('$cat', (row) => checkFactRow(row));
});

describe("a chart entry's rank and note are kept though their classes name widgets", () => {
  const page = (item: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>주간 차트</title></head><body>
<article class="article-body"><p>이번 주 순위가 나왔다. 맨 위는 새 모델이다. 자세한 내용은 아래와 같다. 투표는 1만 건이 넘었다.</p>
<ol class="chart-list">${item}</ol><p>다음 주 차트는 월요일에 나온다. 순위는 바뀔 수 있다. 투표는 계속된다.</p>
<section class="comments"><div class="cmt"><p>재미있네요 잘 봤습니다</p></div></section></article></body></html>`;
  it('keeps the rank and the note, drops the reader comments', () => {
    const a = parseArticle(Buffer.from(page('<li class="chart-item"><span class="rank">1</span> <strong class="model">가온-7B</strong> <span class="score">1250점</span><p class="comment">두 달째 1위를 지켰다.</p></li>')), { source: 'chart.html' });
    expect(a.text).toContain('1 가온-7B 1250점');
    expect(a.text).toContain('두 달째 1위를 지켰다.');
    expect(a.text).not.toContain('재미있네요');
  });
  it('drops a comment box that is a list of its own', () => {
    const a = parseArticle(Buffer.from(page('<li class="chart-item">가온-7B 1250점</li>').replace('<section class="comments"><div class="cmt">', '<ul class="cmt-list"><li><p class="comment">').replace('</div></section>', '</li></ul>')), { source: 'chart.html' });
    expect(a.text).not.toContain('재미있네요');
  });
});

describe("a leaderboard <table> with a rise cell ('▲2') and a footnote mark after a model ('X ‡')", () => {
  const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>한국어 모델 주간 순위</title></head><body><article>
<h1>한국어 모델 주간 순위</h1><p>이번 주 상위 모델은 아래와 같습니다. 점수는 운영팀이 다시 측정했습니다.</p>
<table><thead><tr><th>순위</th><th>모델</th><th>개발사</th><th>평균</th><th>KMMLU</th><th>KoBEST</th><th>변동</th></tr></thead><tbody>
${row(['1', '가온-9B', '가온소프트', '70.10', '66.20', '74.00', '▲2'])}
${row(['2', 'GPT-5 mini ‡', '오픈AI', '69.50', '68.00', '71.00', '–'])}
${row(['3', '다래-14B', '다래랩', '68.00', '64.50', '71.50', '▼1'])}
</tbody></table><p>※ ‡ 표시는 비교용 참고 모델입니다.</p></article></body></html>`;
  const g = extractArticle(parseArticle(Buffer.from(page), { source: 'board.html' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  const facts = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
  it('reads every row: the rise cell is no caption, the mark no part of the name', () => {
    expect(facts).toEqual(expect.arrayContaining(['SCORED GPT-5 mini -> KMMLU', 'SCORED 다래-14B -> KMMLU', 'SCORED 다래-14B -> KoBEST', 'DEVELOPED 다래랩 -> 다래-14B']));
  });
});

describe('a ranked list the story prints between its paragraphs is kept though its class names a ranking', () => {
  const page = (list: string, after = '<p>다음 달 순위는 월말에 나온다. 측정 방식은 바뀌지 않는다고 운영사는 밝혔다.</p>') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>월간 순위</title></head><body>
<div class="article_body"><p>이번 달 '누리 리더보드' 순위가 나왔다. 상위 모델의 종합 점수는 다음과 같다.</p>${list}${after}</div>
<div class="aside"><h3>많이 본 뉴스</h3><ol class="rank_list"><li>주가 3% 올라</li><li>가온-9B 공개</li></ol></div></body></html>`;
  const entries = '<ol class="rank_list"><li><strong>1위(-)</strong> 가온-9B — 가온소프트 / 종합 0.812</li><li><strong>2위(▲1)</strong> 다래-14B — 다래랩 / 종합 0.797</li></ol>';
  it("keeps the story's list and drops the most-read box", () => {
    const a = parseArticle(Buffer.from(page(entries)), { source: 'board.html' });
    expect(a.text).toContain('1위(-) 가온-9B — 가온소프트 / 종합 0.812');
    expect(a.text).not.toContain('주가 3% 올라');
  });
  it('drops a ranking list that no story paragraph follows', () => {
    const a = parseArticle(Buffer.from(page(entries, '')), { source: 'board.html' });
    expect(a.text).not.toContain('가온소프트 / 종합');
  });
  it('drops a ranking list of links between paragraphs', () => {
    const a = parseArticle(Buffer.from(page('<ol class="ranking"><li><a href="/1">1. 주가 3% 올라</a></li><li><a href="/2">2. 신제품 공개</a></li></ol>')), { source: 'board.html' });
    expect(a.text).not.toContain('주가 3% 올라');
  });
});
