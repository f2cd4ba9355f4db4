/**
 * Generalisation rows for fix223: a society's abstracts page (a coined model name after a model noun, a distilled student
 * named with a blocked Latin head, a teacher's score in brackets, a single author with one numbered affiliation), and a
 * reader poll's rank headings (a heading titles the blurb under it, a model named after its maker with a variant word, a base
 * given as "바탕이 된 모델은 Y로"), a seminar booklet's bullets (a unit-less score line, a model made "in the manner" of its base clause,
 * a released successor), a webinar's speakers (차장, an English agenda cell) and a course page's selected programme. Every
 * sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, edgeLines, nodeLines, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "a coined camel-case Latin name right after a model noun ('법률 특화 모델 MiraLex를 소개한다'), no version needed",
    text: '본 논문은 한빛랩과 가람소프트가 공동 개발한 법률 특화 모델 MiraLex를 소개한다. MiraLex는 솔라 프로 2를 바탕으로 판례를 이어서 학습하였다.',
    nodes: ['Model:MiraLex'],
    expect: ['DEVELOPED 한빛랩 -> MiraLex', 'DEVELOPED 가람소프트 -> MiraLex', 'BASED_ON MiraLex -> 솔라 프로 2'],
  },
  {
    cat: "a hyphenated name whose head is a blocked Latin word ('AX-Pupil-1.5B'): the whole name is the model's",
    text: '우리는 가온텔레콤의 A.X 4.0 라이트를 교사 모델로 삼아 학생 모델 AX-Pupil-1.5B를 증류하였다.',
    nodes: ['Model:AX-Pupil-1.5B'],
    expect: ['BASED_ON AX-Pupil-1.5B -> A.X 4.0 라이트'],
  },
  {
    cat: "a derived model the clause names as object is the one built from the teacher, not the model carried from before",
    text: '한빛랩이 개발한 상담 특화 모델 MiraNova를 소개한다. 우리는 가온텔레콤의 A.X 4.0 라이트를 교사 모델로 삼아 학생 모델 GX-Pupil-1.5B를 증류하였다.',
    expect: ['BASED_ON GX-Pupil-1.5B -> A.X 4.0 라이트'],
    absent: ['BASED_ON MiraNova -> A.X 4.0 라이트'],
  },
  {
    cat: "a teacher's score in brackets ('교사 모델(78.9점)') after the clause read the teacher",
    text: '우리는 가온텔레콤의 A.X 4.0 라이트를 교사 모델로 삼아 학생 모델 GX-Pupil-1.5B를 증류하였다. 2단계 증류를 적용한 결과, GX-Pupil-1.5B는 KoBEST 평균 70.4점을 얻어 교사 모델(77.6점)의 약 90% 성능을 유지했다.',
    expect: ['SCORED A.X 4.0 라이트 -> KoBEST', 'SCORED GX-Pupil-1.5B -> KoBEST'],
    edgeProps: ['SCORED A.X 4.0 라이트 -> KoBEST score=77.6'],
  },
  {
    cat: "a booklet's bullet 'M의 BENCH 점수 : N' with no unit at the line's end is a score",
    text: "○ 가람봇이 올해 내놓은 '가람 8B'는 기반을 메타의 Llama 3.1 8B로 바꾸었음\n\n- 가람 8B의 HAE-RAE 점수 : 71.5",
    expect: ['SCORED 가람 8B -> HAE-RAE'],
    edgeProps: ['SCORED 가람 8B -> HAE-RAE score=71.5'],
  },
  {
    cat: "\"'X'를 Y에 … 데이터를 추가 학습하는 방식으로 만들었음\": the object made is built on Y",
    text: "○ 가람봇은 2025년 첫 모델 '가람 7B'를 알리바바의 Qwen2.5-7B에 한국어 데이터를 추가 학습하는 방식으로 만들었음",
    expect: ['BASED_ON 가람 7B -> Qwen2.5-7B'],
  },
  {
    cat: "'내놓은 후속 모델 Y는' succeeds the model in focus, itself made 'in the manner' its base clause tells (not one carried from before)",
    text: "○ 엑사원 5.0은 KMMLU-Pro에서 60.1점을 보고하였음\n\n○ 가람봇은 2025년 첫 모델 '가람 7B'를 알리바바의 Qwen2.5-7B에 한국어 데이터를 추가 학습하는 방식으로 만들었음\n\n○ 올해 4월 내놓은 후속 모델 '가람 8B'는 기반을 메타의 Llama 3.1 8B로 바꾸었음",
    expect: ['SUCCEEDS 가람 8B -> 가람 7B'],
    absent: ['SUCCEEDS 가람 8B -> 엑사원 5.0'],
  },
  {
    cat: "차장 is a post ('NAME 차장은')",
    text: '편서진 차장은 가온은행이 자체 구축한 상담 모델을 소개했다.',
    nodes: ['Person:편서진'],
  },
  {
    cat: "an agenda's English speaker cell 'NAME · Head of X, Company' names the person and the employer",
    text: 'Jane Roe · Head of Enterprise Solutions, Upstage',
    expect: ['WORKS_FOR Jane Roe -> Upstage'],
  },
  {
    cat: "\"X가 (…기업으로) 참여해 선정된 'P'\": the company takes part in P",
    text: "본 강좌는 (주)가온랩이 산학협력 기업으로 참여해 선정된 '2027 온라인 강좌 지원사업'으로 제작되었다.",
    expect: ['PARTICIPATES_IN 가온랩 -> 2027 온라인 강좌 지원사업'],
  },
];

const ABSTRACT =
  '<html><head><title>초록</title></head><body><main><h1>구두 발표 논문 초록</h1><p class="meta">게시일: 2026-10-28</p>' +
  '<article class="paper"><h3>B1-1. 행정문서 요약 모델</h3><p class="authors">한지오<sup>1</sup></p><p class="affil"><sup>1</sup>(주)누리온정보</p>' +
  "<p class=\"abstract\">본 논문은 KT의 믿:음 2.0 베이스를 미세조정한 요약 모델 '가람요약'을 제안한다. 이 연구는 (주)누리온정보의 과제로 수행되었다.</p></article></main></body></html>";

const POLL =
  '<html><head><title>[독자투표 결과] 올해의 모델</title><meta property="article:published_time" content="2026-12-02T09:00:00+09:00"></head><body>' +
  "<h1>[독자투표 결과] 올해의 모델, 1위는 '담솔 3'</h1><ol class=\"poll-result\">" +
  '<li><div class="bar"><span class="pct">27.9%</span></div><h2>1위 담솔 3 <small>담솔AI</small></h2>' +
  '<p>스타트업 담솔AI가 8월 12일 공개한 담솔 3은 알리바바의 Qwen3-32B를 토대로 한국어 데이터를 추가 학습한 모델입니다. 담솔AI가 밝힌 KMMLU 점수는 68.5점.</p></li>' +
  '<li><div class="bar"><span class="pct">22.1%</span></div><h2>2위 믿:음 2.5 <small>KT</small></h2>' +
  '<p>KT가 자체 개발한 믿:음 2.0의 후속 모델입니다. KoBEST 평균 85.0점을 발표했습니다.</p></li>' +
  '<li><div class="bar"><span class="pct">12.0%</span></div><h2>4위 누리온 미니 <small>누리온</small></h2>' +
  '<p>부산의 AI 스타트업 누리온이 만든 소형 모델입니다. 바탕이 된 모델은 메타의 Llama 3.1 8B로, 사투리 요약에 특화했습니다.</p></li></ol></body></html>';

describe('fix223: abstracts and a reader poll', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));

  it("one author alone, marked with the one affiliation the next line gives ('한지오1' / '1(주)누리온정보'), works there", () => {
    const g = pageGraph(ABSTRACT);
    expect(nodeLines(g)).toContain('Person:한지오');
    expect(edgeLines(g)).toContain('WORKS_FOR 한지오 -> 누리온정보');
  });

  it("a rank heading with no score ('2위 M <small>D</small>') titles the blurb under it; a subject-less 'Y의 후속 모델입니다' keeps it", () => {
    const lines = edgeLines(pageGraph(POLL));
    expect(lines).toContain('SUCCEEDS 믿:음 2.5 -> 믿:음 2.0');
    expect(lines).toContain('SCORED 믿:음 2.5 -> KoBEST');
    expect(lines).not.toContain('SCORED 믿:음 2.0 -> KoBEST');
    expect(lines).not.toContain('SUCCEEDS 담솔 3 -> 믿:음 2.0');
  });

  it("a maker's name and a variant word closed by the maker ('누리온 미니 누리온') names a model; '바탕이 된 모델은 Y로' is its base", () => {
    const g = pageGraph(POLL);
    expect(nodeLines(g)).toContain('Model:누리온 미니');
    expect(edgeLines(g)).toContain('DEVELOPED 누리온 -> 누리온 미니');
    expect(edgeLines(g)).toContain('BASED_ON 누리온 미니 -> Llama 3.1 8B');
    expect(edgeLines(g)).not.toContain('DEVELOPED 누리온 -> 믿:음 2.5');
  });
});
