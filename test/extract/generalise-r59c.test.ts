/**
 * Generalisation rows (session r59c): a bare version later in a sentence, not listed beside the one sized name of it, is that
 * sized model ("X-8B 파인튜닝이라 사실상 X 점수랑"); a family word glued to a source suffix ("llama.cpp") is a software port; a
 * known family's size-only name is the article's one versioned model of that size ("Mistral 7B" beside "Mistral 7B v0.3"); a
 * long ※ note ending "…됩니다." is a sentence; a verbless "MODEL는 7.40." after a benchmark's score is on that benchmark; a
 * terse line's clipped note "(… 없음)." ends its sentence; a report whose author line has a date and whose comments are signed
 * "ROLE @ COMPANY" is read with its comments; a score table's other version of a named line is a model the prose may call by
 * its bare number, and such a number opening an aside keeps the model in focus; a base rumoured "…라는 말이 돌았는데" and
 * called unrelated is denied; "개입" and the state training card are no companies. Every row is a short text written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/parse/sentences.js';
import { checkFactRow, pageFacts, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'sized-short-form.later-in-sentence',
    text: '바람랩스의 바람-8B는 Qwen3-8B를 파인튜닝한 모델이다. 바람-8B는 Qwen3-8B 파인튜닝이라 사실상 Qwen3 점수와 견주는 게 맞다.',
    noNodes: ['Model:Qwen3'],
  },
  {
    cat: 'sized-short-form.listed-beside',
    text: '바람랩스는 Qwen3-8B와 Qwen3를 모두 비교 대상으로 삼았다.',
    nodes: ['Model:Qwen3'],
  },
  {
    cat: 'source-suffix.port',
    text: '바람랩스의 바람-8B는 llama.cpp로 돌려도 한국어 답변이 빠르다.',
    noNodes: ['Model:llama'],
  },
  {
    cat: 'size-only.one-version',
    text: '바람랩스는 바람-7B가 Mistral 7B v0.3 가중치에서 출발했다는 의혹을 부인했다. 토크나이저가 Mistral 7B와 비슷해 보인다는 지적이 있었다.',
    noNodes: ['Model:Mistral 7B'],
  },
  {
    cat: 'size-only.two-versions',
    text: '비교 대상은 Mistral 7B v0.1과 Mistral 7B v0.3이었다. 토크나이저가 Mistral 7B와 비슷하다는 지적이 있었다.',
    nodes: ['Model:Mistral 7B'],
  },
  {
    cat: 'size-only.variant-is-another-model',
    text: '바람랩스는 Mistral 7B Instruct를 한국어로 튜닝했다. 원본 Mistral 7B와 비교해 한국어 점수가 올랐다.',
    nodes: ['Model:Mistral 7B', 'Model:Mistral 7B Instruct'],
  },
  {
    cat: 'note-line.polite-passive',
    text: "바람랩스는 추론 칩 스타트업이다.\n\n※ 정부 'K-클라우드 프로젝트' 2단계 참여 여부는 아직 검토 중이며, 결과와 관계없이 채용 절차는 그대로 진행됩니다.",
    nodes: ['Policy:K-클라우드 프로젝트'],
    absent: ['PARTICIPATES_IN 바람랩스 -> K-클라우드 프로젝트'],
  },
  {
    cat: 'verbless-score.topic',
    text: '바람랩스의 바람-8B는 KoMT-Bench에서 8.12점이 나왔다. 베이스인 Qwen3-8B는 7.40.',
    expect: ['SCORED Qwen3-8B -> KoMT-Bench'],
    edgeProps: ['SCORED Qwen3-8B -> KoMT-Bench score=7.4'],
  },
  {
    cat: 'verbless-score.no-benchmark-before',
    text: '바람랩스의 바람-8B는 지난주 공개됐다. 베이스인 Qwen3-8B는 7.40.',
    absent: ['SCORED Qwen3-8B -> KoMT-Bench'],
  },
  {
    cat: 'rumoured-base.denied-unrelated',
    text: '누리AI는 새 모델 누리-9B v2를 공개했다. 알리바바의 Qwen2.5-7B를 기반으로 추가 학습했다. 커뮤니티에선 누리-9B v2가 라마 3.1 8B 기반이라는 말이 돌았는데, 누리AI는 라마와는 무관하다고 밝혔다.',
    expect: ['BASED_ON 누리-9B v2 -> Qwen2.5-7B'],
    absent: ['BASED_ON 누리-9B v2 -> 라마 3.1 8B'],
  },
  {
    cat: 'common-noun.intervention',
    text: '이번 리뷰 샘플은 가람칩스에서 2주간 빌렸고, 리뷰 방향에 대한 제조사 개입은 없었다.',
    noNodes: ['Company:개입'],
  },
  {
    cat: 'state-card.training',
    text: '가람지능 아카데미 과정은 국비 지원 과정으로, 내일배움카드로 수강료를 낼 수 있습니다.',
    noNodes: ['Company:내일배움카드'],
  },
];

describe('set r59c sentence forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

describe('a terse line with a clipped note', () => {
  it.each([
    ['젬마 3 12B 위에서 학습 (구조 변경 없음). 학습 데이터는 새로 모았다.', 2],
    ['젬마 3 12B 위에서 학습 (내년 공개 예정임). 학습 데이터는 새로 모았다.', 2],
    ['젬마 3 12B 위에서 학습 (구조 변경). 학습 데이터는 새로 모았다.', 1],
  ])('%s', (text, count) => {
    expect(splitSentences(text, 0)).toHaveLength(count);
  });
});

/** A team's experiment report: an author line with a date, a results table, bullets, and colleagues' comments. */
const report = (comments: string, bullets: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>바람-R 3.2 평가 메모 | evals – Notebook</title></head>
<body>
<nav class="top"><a href="#">Docs</a> <a href="#">Log in</a></nav>
<div class="report-header"><h1>바람-R 3.2 평가 메모</h1>
<div class="report-author"><img class="avatar" alt=""> <a href="#">Mina Cho</a> · Created on October 14 | Last edited on October 20, 2026</div></div>
<div class="report-body">
<h2>요약</h2>
<ul>${bullets}</ul>
<table><thead><tr><th>Run</th><th>model</th><th>KMMLU</th></tr></thead><tbody>
<tr><td>run-a</td><td>바람-R 3.2</td><td>55.1</td></tr>
<tr><td>run-b</td><td>바람-R 3.1</td><td>51.7</td></tr>
</tbody></table>
<h2>메모</h2>
<p>모든 런은 같은 평가 하네스로 돌렸고 0-shot, greedy 설정입니다. 같은 체급의 모델끼리만 비교했어요. 카테고리별 차트는 수치가 확정되면 따로 붙이겠습니다.</p>
<p>3.2에서 가장 크게 오른 건 수학 서술형이고, 상식 추론은 거의 그대로예요. 채점 파서를 고친 뒤 3.1도 같은 파서로 전부 다시 채점했습니다.</p>
<h2>다음 할 일</h2>
<ol><li>긴 문맥 평가셋 추가</li><li>외부 공개용 모델 카드 초안</li></ol>
</div>
<div class="report-comments"><h3>Comments (2)</h3>${comments}</div>
<footer><span>Made with Notebook.</span></footer>
</body></html>`;

const BULLETS = `<li>바람-R 3.2는 지난주 사내 API로 먼저 나왔다. 3.1은 여름에 가중치까지 공개했고, 3.2 공개는 다음 달 예정.</li>
<li>3.1과 마찬가지로 Qwen2.5-7B-Instruct를 기반으로 학습 (구조 변경 없음). 학습 데이터는 Qwen3-32B의 답변을 증류해 만든 SFT 셋.</li>`;

describe('a report with headlined comments', () => {
  it('the commenters\' headlines give their employers', () => {
    const facts = pageFacts(report(`<div class="comment"><b>Daniel Reyes</b> <span class="comment-meta">Research Lead @ 바람랩스 · Oct 20</span><p>수치 고마워요.</p></div>
<div class="comment"><b>Mina Cho</b> <span class="comment-meta">ML Engineer @ 바람랩스 · Oct 20</span><p>이번 주에 다시 돌릴게요.</p></div>`, BULLETS));
    expect(facts).toContain('WORKS_FOR Daniel Reyes -> 바람랩스');
    expect(facts).toContain('WORKS_FOR Mina Cho -> 바람랩스');
  });

  it('anonymous readers\' comments (no headline) stay out', () => {
    const g = pageGraph(report(`<div class="comment"><b>독자1</b> <span class="comment-meta">Oct 20</span><p>바람랩스가 카카오와 손잡았다던데요.</p></div>
<div class="comment"><b>독자2</b> <span class="comment-meta">Oct 20</span><p>그렇군요.</p></div>`, BULLETS));
    expect(g.nodes.map((n) => n.name)).not.toContain('카카오');
  });

  it('a bare version opening an aside is the table\'s other version, and the bullets stay about the report\'s model', () => {
    const facts = pageFacts(report('', BULLETS));
    expect(facts).toContain('BASED_ON 바람-R 3.1 -> Qwen2.5-7B-Instruct');
    expect(facts).toContain('BASED_ON 바람-R 3.2 -> Qwen2.5-7B-Instruct');
    expect(facts).toContain('BASED_ON 바람-R 3.2 -> Qwen3-32B');
    expect(facts).not.toContain('BASED_ON 바람-R 3.1 -> Qwen3-32B');
  });
});
