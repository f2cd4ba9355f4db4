/**
 * Generalisation rows for set 183's forms, in invented wording and pages: a leaderboard's CSV export with a '#'-commented
 * header and a second section under its own header row (snake-case titles, empty cells); an arena's ranked list under a
 * section heading, each entry with its vote count, the board named only in the headline; a board renamed ("서비스 이름을
 * 'A'에서 'B'로 바꿨습니다"); a line labelled as the benchmarks used ("검증 벤치마크: A(a), B(b)"); a model hub's evaluation
 * tab (a benchmark to a row, scores in four written forms) and its model tree in an <aside>; a benchmark's edition before a
 * particle; a writer introducing themselves by company, team and title.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

/** "TYPE source -> target" facts (with " score=N" for scores) of a page given as its bytes. */
function pageFacts(text: string, source: string): string[] {
  const g = extractArticle(parseArticle(Buffer.from(text), { source }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  return g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}${e.properties['score'] !== undefined ? ` score=${e.properties['score']}` : ''}`);
}

const rows: FactRow[] = [
  // "서비스 이름을 'A'에서 'B'로 바꿨습니다": one board under both names; a board renamed to its own name with a version stays two
  { cat: 'renamed.board-name-object', text: "안녕하세요, 별빛 아레나 운영팀입니다. 이번 달부터 서비스 이름을 '초롱 아레나'에서 '별빛 아레나'로 바꿨습니다. 누리-7B는 별빛 아레나에서 1,204점을 받았다.", sameNode: ['별빛 아레나=초롱 아레나'] },
  { cat: 'renamed.board-name-object', text: "운영진은 이름을 '초롱 리더보드'에서 '초롱 리더보드 2'로 바꿨다. 누리-7B는 초롱 리더보드 2에서 71.2점을 받았다.", nodes: ['Benchmark:초롱 리더보드', 'Benchmark:초롱 리더보드 2'] },
  // (an evaluation set renamed with its scoring changed keeps its old scores apart: two benchmarks)
  { cat: 'renamed.board-name-object', text: "운영진은 '초롱 리더보드'의 이름을 '별빛 리더보드'로 바꾸고 채점 방식을 바꿨다. 누리-7B는 별빛 리더보드에서 7.1점을 받았다.", nodes: ['Benchmark:초롱 리더보드', 'Benchmark:별빛 리더보드'] },
  { cat: 'renamed.board-name-object', text: "가람랩스는 기본 모델을 '누리-7B'에서 '누리-9B'로 바꿨다. 누리-9B는 KMMLU에서 61.0점을 받았다.", nodes: ['Model:누리-7B', 'Model:누리-9B'] },
  // "검증 벤치마크: A(a), B(b)": a labelled line names a benchmark in each item, which a table's columns then score
  { cat: 'discover.labelled-benchmarks', text: "평가 벤치마크: 한결 추론 v3(HanReason v3), 한국어 정직성 지수(KorHonest)\n\n개발사 | 모델 | 한결 추론 v3 | KorHonest\n\n가람랩스 | 누리-9B | 70.4 | 0.871\n\n다온AI | 다온-L 2 | 65.2 | 0.802", expect: ['SCORED 누리-9B -> 한결 추론 v3', 'SCORED 다온-L 2 -> 한국어 정직성 지수'], edgeProps: ['SCORED 누리-9B -> 한국어 정직성 지수 score=0.871'] },
  { cat: 'discover.labelled-benchmarks', text: "검증 벤치마크: 한결 추론 v3, 한국어 정직성 지수\n\n가람랩스는 누리-9B를 공개했다.", nodes: ['Benchmark:한결 추론 v3', 'Benchmark:한국어 정직성 지수'] },
  // (a labelled line of prose, or of one item, names none)
  { cat: 'discover.labelled-benchmarks', text: "검증 벤치마크: 센터가 같은 문항으로 다시 돌린 값이며, 회사 발표와 다를 수 있다.\n\n가람랩스는 누리-9B를 공개했다.", noNodes: ['Benchmark:센터가 같은 문항으로 다시 돌린 값이며'] },
  { cat: 'discover.labelled-benchmarks', text: "대상 벤치마크: 한결 추론 v3\n\n가람랩스는 누리-9B를 공개했다.", noNodes: ['Benchmark:한결 추론 v3'] },
  // "X 1.1은 … 1.0의 문항을 교체한 판": an edition of a benchmark is a benchmark of its own, and its number no score
  { cat: 'bench-tails.edition', text: "가람랩스의 누리-9B는 KoBEST에서 81.0점을 받았다. ※ HAE-RAE Bench 1.2는 HAE-RAE Bench 1.1의 문항 일부를 바꾼 판입니다.", nodes: ['Benchmark:HAE-RAE Bench 1.2'], absent: ['SCORED 누리-9B -> HAE-RAE Bench'] },
  { cat: 'bench-tails.edition', text: "가람랩스의 누리-9B는 KMMLU 61.5점, KoBEST 81.0점을 받았다.", edgeProps: ['SCORED 누리-9B -> KMMLU score=61.5'] },
  // "안녕하세요, X 모델링팀 리드 NAME입니다": the writer works for X, the team part of the title
  { cat: 'works-for.self-intro-team', text: "안녕하세요, 가람랩스 추론팀 리드 문다온입니다. 지난 3일 누리-9B의 가중치를 공개했습니다.", edgeProps: ['WORKS_FOR 문다온 -> 가람랩스 title=추론팀 리드'], noNodes: ['Company:추론팀'] },
  { cat: 'works-for.self-intro-team', text: "안녕하세요, 가람랩스 CTO 문다온입니다. 지난 3일 누리-9B를 공개했습니다.", edgeProps: ['WORKS_FOR 문다온 -> 가람랩스 title=CTO'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

describe('a leaderboard CSV export with a commented header and two sections', () => {
  const csv = [
    '# ====================',
    '# 출처: 가람 평가판 공개 리더보드 (UTF-8, 쉼표 구분)',
    '# - base_model 열은 개발사가 밝힌 기반 모델입니다.',
    '# --------------------',
    'rank,model,developer,params,base_model,KMMLU,KoBEST,note',
    '1,"누리-9B","가람랩스",9B,"Qwen3-8B",66.20,84.10,"재현 완료"',
    '2,"다온-L 2","다온AI",14B,,63.05,82.40,"자체 보고"',
    '# [참고] 이전 기록',
    'rank,model,developer,params,base_model,license,avg_v1,submitted,note',
    '-,"누리-7B","가람랩스",7B,"Qwen2.5-7B",apache-2.0,58.00,2026-05-02,"누리-9B의 이전 버전"',
    '# 재배포는 CC BY 4.0 조건을 따릅니다.',
  ].join('\n');
  const facts = pageFacts(csv, 'board.txt');
  it('reads each record under its section header, an empty cell keeping the columns after it', () => {
    expect(facts).toContain('DEVELOPED 가람랩스 -> 누리-9B');
    expect(facts).toContain('BASED_ON 누리-9B -> Qwen3-8B');
    expect(facts).toContain('SCORED 누리-9B -> KMMLU score=66.2');
    expect(facts).toContain('SCORED 다온-L 2 -> KoBEST score=82.4');
    expect(facts).toContain('BASED_ON 누리-7B -> Qwen2.5-7B');
  });
  it("reads a section whose one number stands under an edition's average column, and a licence id as no benchmark", () => {
    expect(facts.filter((f) => f.includes('apache'))).toEqual([]);
  });
  it('gives a row with an empty base no base from the next column', () => {
    expect(facts.filter((f) => f.startsWith('BASED_ON 다온-L 2'))).toEqual([]);
  });
  it('does not read a file with a line that belongs to no section as a data file', () => {
    const broken = pageFacts(csv.replace('# [참고] 이전 기록', '이전 기록은 아래와 같습니다 그리고 더 있습니다'), 'board.txt');
    expect(broken).not.toContain('SCORED 다온-L 2 -> KoBEST score=82.4');
  });
});

describe('an arena notice: a ranked list under a section heading, the board named in the headline', () => {
  const page = (list: string) =>
    `<html><body><main><h1>[공지] 초롱 아레나 3월 순위 발표</h1><article>
<p>안녕하세요, 운영팀입니다. 3월 한 달 동안 모인 블라인드 투표는 모두 21,400표입니다. 이번 달 순위는 다음과 같습니다.</p>
<h2>상위 3개 모델 (3월 28일 기준)</h2>
${list}
<p>누리-9B는 지난달 3위에서 처음으로 1위에 올랐습니다. 투표 수가 늘면서 상위권 차이가 좁아지고 있습니다.</p>
</article></main></body></html>`;
  const list = `<ol class="rank-list"><li><b>1위 누리-9B (가람랩스)</b> — 1,288점 (±7), 투표 6,120표</li><li><b>2위 GPT-5 mini (오픈AI)</b> — 1,270점 (±8), 투표 5,010표</li><li><b>3위 다온-L 2 (다온AI)</b> — 1,251점 (±9), 투표 4,400표</li></ol>`;
  it('scores each entry on the board and gives its developer the model', () => {
    const facts = pageFacts(page(list), 'notice.html');
    expect(facts).toContain('SCORED 누리-9B -> 초롱 아레나 score=1288');
    expect(facts).toContain('SCORED 다온-L 2 -> 초롱 아레나 score=1251');
    expect(facts).toContain('DEVELOPED 오픈AI -> GPT-5 mini');
  });
  it('keeps a most-read box of ranked links under its own heading out', () => {
    const box = `<ol class="rank-list"><li><a href="/1">1위 누리-9B 써보니</a></li><li><a href="/2">2위 다온-L 2 후기</a></li><li><a href="/3">3위 요금 비교</a></li></ol>`;
    const facts = pageFacts(page(box), 'notice.html');
    expect(facts.filter((f) => f.startsWith('SCORED'))).toEqual([]);
  });
});

describe("a model hub's evaluation tab with its model tree in an aside", () => {
  const hub = (rowsHtml: string) => `<html><head><title>garam-labs/누리-9B-Chat · 평가 | 모델숲</title></head><body>
<main class="repo"><div class="repo-title"><a href="/garam-labs">garam-labs</a> / <h1>누리-9B-Chat</h1></div>
<section class="eval-tab"><p>이 탭은 모델 카드의 평가 결과와 모델숲 검증 리더보드의 결과를 함께 보여 줍니다. 마지막 갱신 2027-02-20.</p>
<table><thead><tr><th>벤치마크</th><th>지표</th><th>점수</th><th>출처</th></tr></thead><tbody>${rowsHtml}</tbody></table>
<p>누리-9B-Chat은 가람랩스가 지난해 올린 누리-7B-Chat의 후속 버전입니다. 누리-7B-Chat은 KMMLU에서 51.20%를 기록했습니다.</p></section>
<aside class="model-side"><div class="box"><h4>모델 정보</h4><dl><dt>개발</dt><dd>가람랩스</dd><dt>관리자</dt><dd>문다온 (가람랩스 CTO)</dd></dl></div>
<div class="box tree"><h4>모델 트리</h4><ul><li>기반 모델: <a href="/Qwen/Qwen3-8B">Qwen/Qwen3-8B</a> (파인튜닝)</li><li>양자화: <a href="#">누리-9B-Chat-AWQ</a> (가람랩스 배포)</li><li>파인튜닝: <a href="#">법무봇-9B</a> (바른코드 업로드)</li></ul></div></aside>
</main></body></html>`;
  const rowsHtml = `<tr><td>KMMLU</td><td>정확도</td><td>60.15%</td><td>자체 보고</td></tr><tr><td>KoBEST</td><td>평균 정확도</td><td>0.794</td><td>검증됨</td></tr><tr><td>HAE-RAE Bench 1.1</td><td>정확도</td><td>401/500 (80.2%)</td><td>검증됨</td></tr><tr><td>KoMT-Bench</td><td>GPT-4o 채점</td><td>7.51 / 10</td><td>자체 보고</td></tr><tr><td>CLIcK</td><td>정확도</td><td>측정 대기</td><td>—</td></tr>`;
  const facts = pageFacts(hub(rowsHtml), 'hub.html');
  it("scores the page's model on each row's benchmark in the four written forms", () => {
    expect(facts).toContain('SCORED 누리-9B-Chat -> KMMLU score=60.15');
    expect(facts).toContain('SCORED 누리-9B-Chat -> KoBEST score=0.794');
    expect(facts).toContain('SCORED 누리-9B-Chat -> HAE-RAE Bench 1.1 score=80.2');
    expect(facts).toContain('SCORED 누리-9B-Chat -> KoMT-Bench score=7.51');
  });
  it('gives no score where the cell holds none, and none to the judge model', () => {
    expect(facts.filter((f) => f.includes('-> CLIcK'))).toEqual([]);
    expect(facts.filter((f) => f.startsWith('SCORED GPT-4o'))).toEqual([]);
  });
  it('reads the tree: the base under its label, the models made from the page model on it, their uploader as maker', () => {
    expect(facts).toContain('BASED_ON 누리-9B-Chat -> Qwen3-8B');
    expect(facts).toContain('BASED_ON 누리-9B-Chat-AWQ -> 누리-9B-Chat');
    expect(facts).toContain('BASED_ON 법무봇-9B -> 누리-9B-Chat');
    expect(facts).toContain('DEVELOPED 바른코드 -> 법무봇-9B');
    expect(facts).toContain('WORKS_FOR 문다온 -> 가람랩스');
  });
  it('reads no results table where the page names no one model in its headline', () => {
    const other = pageFacts(hub(rowsHtml).replace('<h1>누리-9B-Chat</h1>', '<h1>평가 모음</h1>').replace('garam-labs/누리-9B-Chat', '평가 모음'), 'hub.html');
    expect(other.filter((f) => f.includes('score=0.794'))).toEqual([]);
  });
});

describe("a poster's page of sibling sections, each under its own heading", () => {
  const poster = (nearby: string) => `<html><head><title>P-201 누리-Law 3 | 학술대회 포스터</title></head><body><div class="wrap">
<div class="poster-head"><h1>누리-Law 3: 한국어 법률 질의응답 모델</h1><p class="authors">문다온, 서하람</p></div>
<section class="abstract"><h2>초록</h2><p>본 연구는 가람랩스가 지난해 공개한 누리-Law 2의 후속 모델인 누리-Law 3를 소개한다. 누리-Law 3는 판례 요약과 법률 질의응답에서 누리-Law 2보다 높은 정확도를 보였다. 세부 결과는 아래 표와 포스터 PDF에 실었다.</p></section>
<section class="results"><h2>주요 결과</h2><table><caption>표 1. KMMLU 법률 분야 정확도 (%)</caption><tr><th>모델</th><th>파라미터</th><th>정확도</th></tr><tr><td>누리-Law 3</td><td>12B</td><td>61.4</td></tr><tr><td>누리-Law 2</td><td>7B</td><td>55.2</td></tr></table></section>
<section class="ack"><h2>사사</h2><p>이 연구는 과학기술정보통신부 '법률 AI 실증 지원사업'의 지원을 받아 수행되었다.</p></section>
${nearby}
</div></body></html>`;
  it("reads the results table and the acknowledgement beside the abstract, a table's one accuracy column scored on the caption's test", () => {
    const facts = pageFacts(poster(''), 'poster.html');
    expect(facts).toContain('SCORED 누리-Law 3 -> KMMLU score=61.4');
    expect(facts).toContain('SCORED 누리-Law 2 -> KMMLU score=55.2');
  });
  it('leaves a section of links to other posters out', () => {
    const nearby = `<section class="nearby"><h2>같은 세션의 포스터</h2><ul><li><a href="#">P-202 다온-L 2의 KMMLU 73.5점 재현기</a></li><li><a href="#">P-203 법률 검색 임베딩 비교</a></li></ul></section>`;
    const facts = pageFacts(poster(nearby), 'poster.html');
    expect(facts.filter((f) => f.includes('다온-L 2'))).toEqual([]);
  });
});

// Third round: a base read through a long clause, a metric's name before a score, a benchmark's editions (its earlier version
// by apposition, an edition's average column, another edition on the same stem), a figure's noun after a company word, a
// test named in words inside a ranking's scope
const round3: FactRow[] = [
  // "Y를 바탕으로 … 추가 사전학습하고 지시 튜닝한 X": the base through a clause of two training steps
  { cat: 'based-on.base-then-two-trainings', text: '이 보고서는 알리바바의 Qwen3-8B를 바탕으로 판례 12억 토큰을 추가 사전학습하고 지시 튜닝한 바른법-8B를 소개한다.', expect: ['BASED_ON 바른법-8B -> Qwen3-8B'] },
  { cat: 'based-on.base-then-two-trainings', text: '이 보고서는 Qwen3-8B를 바탕으로 평가 기준을 세우고 결과를 비교한 바른법-8B 보고서를 소개한다.', absent: ['BASED_ON 바른법-8B -> Qwen3-8B'] },
  // "B v3에서 ROUGE-L 41.3": a metric's name between the benchmark and its score; the edition after a benchmark noun is the name's
  { cat: 'scored.metric-name', text: '바른법-8B는 자체 구축한 판례 요약 벤치마크 LexSum-K v3에서 ROUGE-L 39.7을 얻었다.', edgeProps: ['SCORED 바른법-8B -> LexSum-K v3 score=39.7'], noNodes: ['Benchmark:LexSum-K'] },
  { cat: 'scored.metric-name', text: '바른법-8B는 KMMLU에서 BLEU 기준을 처음 적용했다.', absent: ['SCORED 바른법-8B -> KMMLU'] },
  // "벤치마크의 첫 버전인 B(v1)에서 M이 받은 S": a benchmark by apposition, its edition mark no other name, the score received there
  { cat: 'scored.bench-first-received', text: '이 벤치마크의 첫 버전인 LexSum-K(v1)에서 바른법-7B가 받은 33.5는 정제 전 수치다.', edgeProps: ['SCORED 바른법-7B -> LexSum-K score=33.5'], nodes: ['Benchmark:LexSum-K'], noNodes: ['Model:LexSum-K'] },
  { cat: 'scored.bench-first-received', text: '이 모델의 첫 버전인 바른법-7B(v1)는 지난해 나왔다.', noNodes: ['Benchmark:바른법-7B'] },
  // "기업 발표치와", "회사 추정치보다": a figure's noun after a company word names no company; a name after one still does
  { cat: 'discover.figure-noun', text: '모든 점수는 센터가 다시 돌린 값이며, 기업 발표치와 다를 수 있다. 업체 추정치보다 낮다.', noNodes: ['Company:발표치', 'Company:추정치'] },
  { cat: 'discover.figure-noun', text: 'AI 기업 바른코드는 바른법-8B를 공개했다.', nodes: ['Company:바른코드'] },
  // "이 리더보드는 'A'에서 'A v2'로 이름을 바꿨습니다": both names a benchmark's; a model renamed is no board
  { cat: 'discover.renamed-board', text: "이 리더보드는 지난달 개편과 함께 '한결 평가판'에서 '한결 평가판 v2'로 이름을 바꿨습니다.", nodes: ['Benchmark:한결 평가판', 'Benchmark:한결 평가판 v2'] },
  { cat: 'discover.renamed-board', text: "바른코드는 지난달 '바른법'에서 '바른법 2'로 이름을 바꿨습니다.", noNodes: ['Benchmark:바른법', 'Benchmark:바른법 2'] },
  // "B v2" named, then "구버전인 B v1 기준 76.0점": another edition on the same stem is a benchmark of its own
  { cat: 'bench-editions.sibling', text: '검증 벤치마크: 한결 추론 v3(HanReason v3), 한국어 정직성 지수(KorHonest)\n\n개발사 | 모델 | 한결 추론 v3 | KorHonest\n\n가람랩스 | 누리-9B | 70.4 | 0.871\n\n다온AI | 다온-L 2 | 65.2 | 0.802\n\n가람랩스의 누리-9B는 한결 추론 v3에서 70.4점으로 가장 높았다. 회사 측은 출시 당시 구버전인 한결 추론 v2 기준 73.0점을 발표한 바 있다.', nodes: ['Benchmark:한결 추론 v2'], edgeProps: ['SCORED 누리-9B -> 한결 추론 v2 score=73'] },
  // (a test named in words inside the scope keeps its score from the scope's board)
  { cat: 'ranking-scope.other-test', text: '가람랩스의 누리-9B는 한결 추론 v3 순위에서 70.4점으로 가장 높았다. 다온AI의 다온-L 2는 정직성 지수에서 가장 높은 0.902를 기록했다.', absent: ['SCORED 다온-L 2 -> 한결 추론 v3'] },
];

describe.each(round3.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

describe("a leaderboard CSV export: an edition's average column, a predecessor in the remark, a licence column", () => {
  const csv = (avg: string) => [
    '# 출처: 한결 평가판 v2 공개 리더보드 (UTF-8, 쉼표 구분)',
    "# - 이 리더보드는 지난달 개편과 함께 '한결 평가판'에서 '한결 평가판 v2'로 이름을 바꿨습니다.",
    '# --------------------',
    `rank,model,developer,params,base_model,license,KMMLU,KoBEST,${avg},note`,
    '1,"바른법-9B","바른코드",9B,"Qwen3-8B",apache-2.0,66.20,84.10,75.15,"재현 완료"',
    '2,"다온-L 2","다온AI",14B,,gemma,63.05,82.40,72.73,"자체 보고"',
    '# [참고] 이전 기록',
    'rank,model,developer,params,base_model,license,avg_v1,note',
    '-,"바른법-7B","바른코드",7B,"Qwen2.5-7B",apache-2.0,58.20,"바른법-9B의 이전 버전"',
  ].join('\n');
  const facts = pageFacts(csv('avg_v2'), 'board.txt');
  it("scores each row's edition average on the edition the page names, the first edition under its bare name", () => {
    expect(facts).toContain('SCORED 바른법-9B -> 한결 평가판 v2 score=75.15');
    expect(facts).toContain('SCORED 다온-L 2 -> 한결 평가판 v2 score=72.73');
    expect(facts).toContain('SCORED 바른법-7B -> 한결 평가판 score=58.2');
  });
  it("reads 'X의 이전 버전' in a remark as X succeeding the row's model, and its number cell as no version", () => {
    expect(facts).toContain('SUCCEEDS 바른법-9B -> 바른법-7B');
    expect(facts.filter((f) => f.includes('58.20') || f.includes('바른법 58'))).toEqual([]);
  });
  it('reads a licence id in the licence column as no model', () => {
    expect(facts.filter((f) => f.includes('-> gemma'))).toEqual([]);
  });
  it('gives an average of an edition the page never names no benchmark', () => {
    const other = pageFacts(csv('avg_v5'), 'board.txt');
    expect(other.filter((f) => f.includes('score=75.15'))).toEqual([]);
  });
});

describe("a poster's head (title, authors with marks, affiliations) and its corresponding author", () => {
  const poster = (contact: string) => `<html><head><title>P-310 바른법-9B | 학술대회 포스터</title></head><body><div class="wrap">
<div class="poster-head"><span class="pid">P-310</span><h1>바른법-9B: 판례 요약을 위한 9B 모델</h1><p class="authors">문다온<sup>1</sup>, 서하람<sup>1</sup>, 강이솔<sup>2</sup></p>
<p class="affil"><sup>1</sup>바른코드 AI연구소 &nbsp; <sup>2</sup>한빛대학교 법학전문대학원</p></div>
<section class="abstract"><h2>초록</h2><p>본 연구는 바른코드가 지난해 공개한 바른법-7B의 후속 모델인 바른법-9B를 소개한다. 바른법-9B는 판례 요약에서 바른법-7B보다 높은 점수를 받았다.</p></section>
<section class="contact"><h2>교신저자</h2><p>${contact}</p></section>
</div></body></html>`;
  it('reads the numbered authors of the head as working where their mark points, a university none', () => {
    const facts = pageFacts(poster('서하람 (바른코드 AI연구소 책임연구원) · hr.seo@barun.example'), 'poster.html');
    // (the company and its AI lab are one node, named by the lab as resolve/lab-names.ts names it; 바른코드 an alias)
    expect(facts).toContain('WORKS_FOR 문다온 -> 바른코드 AI연구소');
    expect(facts).toContain('WORKS_FOR 서하람 -> 바른코드 AI연구소');
    expect(facts.filter((f) => f.startsWith('WORKS_FOR 강이솔'))).toEqual([]);
  });
  it("keeps the corresponding author's line, a name with organisation and role, as text", () => {
    const facts = pageFacts(poster('서하람 (바른코드 AI연구소 책임연구원) · hr.seo@barun.example').replace(/<p class="authors">.*?<\/p>/, ''), 'poster.html');
    expect(facts).toContain('WORKS_FOR 서하람 -> 바른코드 AI연구소');
  });
});
