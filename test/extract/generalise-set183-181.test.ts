/**
 * Generalisation rows for set 181's forms (second round; set 183's misses of this round are left for later): "이번 모델은
 * X와 공동으로 개발했다" with the company left out after a lighter variant was named last (the release's main model, and a
 * partnership); a team's possessive and a team's "자사 언어모델"; "Z 기반 모델" that is no reference to a base; a sentence
 * that defines its topic model, or names the model that follows another, as what the next sentences are about; an English
 * thread's model line (siblings by a variant word or a small version, "the 14B", a which-clause after a derived model's
 * apposition, a metric in parentheses on a score line, an English note in parentheses that is no alias); an English maker's
 * "we" after a self-introduction. Names and sentences written for these tests, with traps.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "이번 모델은 X와 공동으로 개발했다" after a lighter variant: the release's main model, its maker X's partner
  { cat: 'this-release.main-of-variant', text: "가람소프트는 문서 모델 '가람-D'를 내놨다. 가람-D를 증류한 경량 모델 '가람-D 미니'도 함께 나왔다. 미니는 오픈소스로 공개됐다. 이번 모델은 스타트업 누리랩스와 함께 개발했다.", expect: ['DEVELOPED 누리랩스 -> 가람-D', 'PARTNERS_WITH 가람소프트 -> 누리랩스', 'DEVELOPED 가람소프트 -> 가람-D 미니'], absent: ['DEVELOPED 누리랩스 -> 가람-D 미니'] },
  { cat: 'this-release.main-of-variant', text: "가람소프트는 문서 모델 '가람-D'를 내놨다. 가람-D를 증류한 경량 모델 '가람-D 미니'도 함께 나왔다. 미니는 오픈소스로 공개됐다. 이번 모델은 누리랩스와 함께 개발하지 않았다.", absent: ['PARTNERS_WITH 가람소프트 -> 누리랩스', 'DEVELOPED 누리랩스 -> 가람-D'] },
  // "X 연구팀은 자사 언어모델 Y를 증류해": the team's company owns Y
  { cat: 'developed.own', text: "◇ 최우수상을 받은 가온랩 연구팀은 자사 언어모델 가온 2 8B를 증류해 음성 모델 '가온보이스-S'를 만들었다.", expect: ['DEVELOPED 가온랩 -> 가온 2 8B', 'BASED_ON 가온보이스-S -> 가온 2 8B'] },
  // "Z 기반 모델이라는 설명은 잘못": the company named before 기반 is no developer of a base read earlier
  { cat: 'references.base-model', text: "돌봄 스타트업 온새미랩스의 '온새미 1.0'은 업스테이지의 솔라 프로 2를 기반으로 한 모델이다. 윤가온 대표는 \"일부에서 말하는 딥시크 기반 모델이라는 설명은 잘못된 것\"이라고 말했다.", absent: ['DEVELOPED 딥시크 -> 솔라 프로 2'], expect: ['BASED_ON 온새미 1.0 -> 솔라 프로 2'] },
  { cat: 'references.base-model', text: "다온소프트는 '다온-7B'를 공개했다. 다온-7B는 솔라 프로 2를 바탕으로 만들었다. 다온-7B는 KMMLU에서 60.1점을 받아 기반 모델(55.0점)보다 높았다.", expect: ['SCORED 솔라 프로 2 -> KMMLU'] },
  // a sentence that defines its topic as a model (its base named inside) is what the next subject-less sentence is about
  { cat: 'focus.defined-topic', text: "◇ 가온랩 연구팀은 음성 모델 '가온보이스-S'를 만들었다. 가온보이스-S는 KMMLU 48.9점을 기록했다.\n◇ 한결소프트 최민준 리더 연구팀의 '한결-Act'는 자사의 솔라 프로 2에 웹 행동 궤적 데이터를 추가 학습한 에이전트 모델이다. 연구팀이 새로 만든 에이전트 벤치마크 '한결벤치'에서 63.5점을 얻었다.", expect: ['SCORED 한결-Act -> 한결벤치', 'DEVELOPED 한결소프트 -> 한결-Act'], absent: ['SCORED 가온보이스-S -> 한결벤치'] },
  { cat: 'focus.defined-topic', text: "◇ 가온랩 연구팀은 음성 모델 '가온보이스-S'를 만들었다. 가온보이스-S는 KMMLU 48.9점을 기록했다.\n◇ \"한결소프트의 '한결-Act'는 에이전트 모델이다.\" 연구팀이 새로 만든 에이전트 벤치마크 '한결벤치'에서 63.5점을 얻었다.", absent: ['SCORED 한결-Act -> 한결벤치'] },
  // "A의 뒤를 잇는 B를 개발 중": B is the topic, so the bare versions after it are B's line, not the model of the item before
  { cat: 'focus.follows', text: "◇ 돌봄 스타트업 온새미랩스의 '온새미 1.0'은 솔라 프로 2를 기반으로 상담 대화를 미세조정한 모델이다.\n기조연설을 맡은 LG AI연구원 서도윤 상무는 엑사원 4.0의 뒤를 잇는 엑사원 5.0을 개발 중이라고 밝혔다. 서 상무는 \"5.0은 4.0의 후속\"이라고 덧붙였다.", noNodes: ['Model:온새미 5.0', 'Model:온새미 4.0'], expect: ['SUCCEEDS 엑사원 5.0 -> 엑사원 4.0'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

const THREAD = (comment: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vela-Tutor 12B: Korean tutoring model from Busan startup Hanbit Loom : r/LocalModels</title><meta property="og:site_name" content="reddit"><link rel="canonical" href="https://www.reddit.com/r/LocalModels/comments/1x2y3z/velatutor_12b/"></head><body>
<main><shreddit-post id="t3_x1" post-title="Vela-Tutor 12B" author="someone" created-timestamp="2026-09-02T02:11:48.000Z" score="300" comment-count="2">
<div class="post-meta"><a href="/r/LocalModels">r/LocalModels</a> · Posted by <a href="/user/someone">u/someone</a> · <time datetime="2026-09-02T02:11:48.000Z">Sep 2, 2026</time></div>
<h1>Vela-Tutor 12B: Korean tutoring model from Busan startup Hanbit Loom</h1>
<div class="md" slot="text-body">
<p>Hanbit Loom, a Busan-based startup (~20 people), released Vela-Tutor 12B yesterday. It's a full fine-tune of Google's Gemma 3 12B on Korean textbooks.</p>
<p>Numbers from their model card:</p>
<ul><li>KoEduBench (pass@1): <strong>61.4</strong></li><li>GSM8K: <strong>77.0</strong></li></ul>
<p>They also shipped Vela-Tutor Mini, a 2.4B model distilled from the 12B, which gets 44.0 on KoEduBench. The 12B is the successor to their Vela-Tutor 1 (a 6B from May).</p>
</div>
<div class="post-actions"><span>300 upvotes</span> · <span>2 comments</span></div>
</shreddit-post>
<section class="comments"><shreddit-comment author="loom_cto" depth="0" score="90"><div class="author-line">u/loom_cto <span class="flair">Hanbit Loom</span> · 9h</div><div class="md"><p>${comment}</p></div></shreddit-comment>
<shreddit-comment author="reader_7" depth="0" score="12"><div class="author-line">u/reader_7 · 8h</div><div class="md"><p>Would love a 30B.</p></div></shreddit-comment></section>
</main></body></html>`;

describe('an English thread about a model line (parse and extract)', () => {
  const g = pageGraph(THREAD("Hi all, Dana Kim here, CTO at Hanbit Loom. The KoEduBench set itself was co-developed with Upstage, whose team wrote half of it with us. Compute was rented from Lambda, not a partnership. We're also a TIPS-backed team."));
  it('names the siblings of a line named by its size, and gives them its developer', () => {
    expect(g.nodes.map((n) => `${n.type}:${n.name}`)).toEqual(expect.arrayContaining(['Model:Vela-Tutor Mini', 'Model:Vela-Tutor 1']));
    expect(hasFact(g, 'DEVELOPED Hanbit Loom -> Vela-Tutor Mini')).toBe(true);
    expect(hasFact(g, 'DEVELOPED Hanbit Loom -> Vela-Tutor 1')).toBe(true);
    // (an English note in parentheses is no alias)
    expect(g.nodes.find((n) => n.name === 'Vela-Tutor 1')?.aliases).not.toContain('a 6B from May');
  });
  it("reads 'the 12B' as the line's model of that size, and the which-clause as the variant's score", () => {
    expect(hasFact(g, 'BASED_ON Vela-Tutor Mini -> Vela-Tutor 12B')).toBe(true);
    expect(hasFact(g, 'SUCCEEDS Vela-Tutor 12B -> Vela-Tutor 1')).toBe(true);
    expect(hasFact(g, 'SCORED Vela-Tutor Mini -> KoEduBench')).toBe(true);
    const own = g.edges.filter((e) => e.type === 'SCORED' && g.nodes.find((n) => n.id === e.source)?.name === 'Vela-Tutor 12B');
    expect(own.map((e) => e.properties.score).sort()).toEqual([61.4, 77]);
  });
  it("reads a maker's 'we' after a self-introduction as the maker's company", () => {
    expect(hasFact(g, 'PARTNERS_WITH Hanbit Loom -> Upstage')).toBe(true);
    expect(hasFact(g, 'PARTNERS_WITH Hanbit Loom -> Lambda')).toBe(false);
    expect(g.edges.some((e) => e.type === 'PARTICIPATES_IN' && g.nodes.find((n) => n.id === e.target)?.name === 'TIPS')).toBe(true);
  });
  it("with no self-introduction, or with a denial, 'we' gives nothing", () => {
    const anon = pageGraph(THREAD('The KoEduBench set itself was co-developed with Upstage, whose team wrote half of it with us. We are also a TIPS-backed team.'));
    expect(hasFact(anon, 'PARTNERS_WITH Hanbit Loom -> Upstage')).toBe(false);
    expect(anon.edges.some((e) => e.type === 'PARTICIPATES_IN')).toBe(false);
    const denied = pageGraph(THREAD("Dana Kim here, CTO at Hanbit Loom. We're not co-developing anything with Upstage."));
    expect(hasFact(denied, 'PARTNERS_WITH Hanbit Loom -> Upstage')).toBe(false);
  });
});
