/**
 * Generalisation rows for set 188's forms, models over time outside news articles: a release timeline whose steps are headed
 * by a date and the model ("2025.12 · X 1.5"); a wiki's version history headed "X v2 (2025년 11월)", its tags alone ("v1의
 * 업그레이드 버전", a summary table's "v3 (Max)" cell) and a rebrand ("Y는 v2의 리브랜딩일 뿐"); renames told as a display
 * name unified ("'A'이라는 이름을 'B'로 통일") or a name tidied ("이름은 'A'였으나 … 'B'로 이름만 정리"); a short form's
 * variant ("VL 3 미니는" of "X VL 3 미니"); a model compressed into a sized on-device model; the maker named in a clause
 * describing a model ("Y은 X가 지난 10월 29일 공개한 새 모델로"); a changelog's table with a previous version's row in
 * brackets and an escaped empty cell; a co-developer under a section's carried subject.
 * Pages and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/graph/index.js';
import { checkFactRow, edgeLines, pageGraph, type FactRow } from './helpers.js';

function graphOfPage(body: string): GraphDocument {
  const html = `<!DOCTYPE html><html lang="ko"><head><meta charset="UTF-8"><title>모델 이력</title></head><body><article>${body}</article></body></html>`;
  return pageGraph(html);
}
function factsOfPage(body: string): string[] {
  return edgeLines(graphOfPage(body), { scores: true });
}

// a release timeline: each step headed by its date and the model, the lines under it about that model
const TIMELINE = `<p>하늘소프트가 지금까지 공개한 누리(Nuri) 모델을 세대순으로 정리했습니다.</p>
<h3>2024.03 · 누리 1</h3><p>하늘소프트의 첫 모델. 메타의 Llama 3.1 8B를 기반으로 파인튜닝했습니다.</p>
<h3>2024.11 · 누리 1.5</h3><p>누리 1의 업그레이드 버전입니다. 베이스를 Qwen2.5-14B로 바꿨습니다.</p><p>KMMLU 55.1점.</p>
<h3>2025.07.02 · 누리 2</h3><p>누리 1.5의 후속으로 나온 누리 2는 처음부터 학습한 모델입니다.</p><p>KMMLU 60.4점을 기록했습니다.</p>
<h3>2025.10.14 · 누리 2 Vision</h3><p>문서 이해 벤치마크 K-DocVQA에서 71.2점을 받았습니다.</p>`;

// a wiki's version history: sections headed "X vN (date)", tags alone in the prose and the summary table, a rebrand
const HISTORY = `<p>이 문서는 바다메디가 자체 개발한 상담 모델 '가람(Garam)'의 세대별 변경 사항을 정리한 것입니다.</p>
<h2>가람 v1 (2024년 5월)</h2><ul><li>업스테이지의 솔라 프로 2를 바탕으로 추가 학습한 첫 버전.</li><li>KorMedMCQA 48.3점.</li></ul>
<h2>가람 v2 (2025년 2월)</h2><ul><li>v1의 업그레이드 버전. 베이스를 EXAONE 4.0 32B로 교체했다.</li><li>2025년 8월 병원용 이름을 '가람 Max'로 바꿨다. 가람 Max는 v2의 리브랜딩일 뿐 별도 모델이 아니다.</li><li>KorMedMCQA 57.9점.</li></ul>
<h2>가람 v3 (2026년 1월 9일)</h2><ul><li>가람 v2(가람 Max)의 후속 모델.</li><li>한빛데이터와 공동 개발했다.</li><li>KorMedMCQA 63.0점.</li></ul>
<table><tr><th>버전</th><th>베이스</th><th>KorMedMCQA</th></tr>
<tr><td>v1</td><td>솔라 프로 2</td><td>48.3</td></tr><tr><td>v2 (Max)</td><td>EXAONE 4.0 32B</td><td>57.9</td></tr><tr><td>v3</td><td>EXAONE 4.0 32B</td><td>63.0</td></tr></table>`;

describe('a release timeline headed by dates and models', () => {
  const facts = factsOfPage(TIMELINE);
  it.each(['SUCCEEDS 누리 1.5 -> 누리 1', 'BASED_ON 누리 1.5 -> Qwen2.5-14B', 'SCORED 누리 1.5 -> KMMLU 55.1', 'SCORED 누리 2 -> KMMLU 60.4', 'SCORED 누리 2 Vision -> K-DocVQA 71.2'])('%s', (f) => expect(facts).toContain(f));
  // (the first step's base is no later step's, and no step's score is the first model's)
  it.each(['BASED_ON 누리 1 -> Qwen2.5-14B', 'SCORED 누리 1 -> KMMLU 55.1', 'SCORED 누리 2 -> K-DocVQA 71.2'])('not %s', (f) => expect(facts).not.toContain(f));
});

// a timeline step titled by a model: its subjectless lines speak for the model's maker, not the company of the step before
const STEPS = `<p>누리랩이 지금까지 공개한 누리(Nuri) 모델을 정리했습니다.</p>
<h3>2025.07.02 · 누리 2</h3><p>누리 2는 처음부터 학습한 모델입니다. 학습에는 한결클라우드의 GPU를 빌려 썼습니다. 한결클라우드는 인프라 공급사이며 모델 개발에는 참여하지 않았습니다.</p>
<h3>2025.10.14 · 누리 2 Vision</h3><p>누리 2에 비전 인코더를 붙인 멀티모달 파생 모델로, 문서 처리 전문 기업 다온소프트와 공동 개발했습니다.</p>`;

describe('a timeline step titled by a model speaks for its maker', () => {
  const facts = factsOfPage(STEPS);
  it.each(['BASED_ON 누리 2 Vision -> 누리 2', 'DEVELOPED 다온소프트 -> 누리 2 Vision', 'DEVELOPED 누리랩 -> 누리 2 Vision'])('%s', (f) => expect(facts).toContain(f));
  it('the partner is the maker, not the company of the step before', () => {
    expect(facts.some((f) => f.startsWith('PARTNERS_WITH') && f.includes('한결클라우드'))).toBe(false);
    expect(facts.some((f) => f.startsWith('PARTNERS_WITH') && f.includes('누리랩') && f.includes('다온소프트'))).toBe(true);
  });
});

describe('a dated title line gives its model the day it came out', () => {
  const released = (body: string, name: string) => graphOfPage(body).nodes.find((n) => n.name === name)?.properties.releasedOn;
  it('a timeline step with a full date', () => expect(released(TIMELINE, '누리 2')).toBe('2025-07-02'));
  it('a version heading with a full date in brackets', () => expect(released(HISTORY, '가람 v3')).toBe('2026-01-09'));
  // (a month alone gives no day; nor does a line that says more than the name)
  it('a month alone gives no day', () => expect(released(TIMELINE, '누리 1.5')).toBeUndefined());
  it('a line that says more than the name gives no day', () => {
    const body = `<p>하늘소프트가 공개한 누리(Nuri) 모델을 정리했습니다.</p><h3>2024.03.05 · 누리 1 출시 행사 후기</h3><p>KMMLU 50.2점.</p>`;
    expect(released(body, '누리 1')).toBeUndefined();
  });
});

describe("a wiki's version history by tagged versions", () => {
  const facts = factsOfPage(HISTORY);
  const g = graphOfPage(HISTORY);
  it.each(['SUCCEEDS 가람 v2 -> 가람 v1', 'SUCCEEDS 가람 v3 -> 가람 v2', 'BASED_ON 가람 v1 -> 솔라 프로 2', 'BASED_ON 가람 v2 -> EXAONE 4.0 32B', 'SCORED 가람 v1 -> KorMedMCQA 48.3', 'SCORED 가람 v2 -> KorMedMCQA 57.9', 'SCORED 가람 v3 -> KorMedMCQA 63', 'DEVELOPED 바다메디 -> 가람 v1', 'DEVELOPED 바다메디 -> 가람 v3', 'DEVELOPED 한빛데이터 -> 가람 v3'])('%s', (f) => expect(facts).toContain(f));
  it('the rebranded name and the bare tags are the versions themselves', () => {
    const names = g.nodes.map((n) => n.name);
    expect(names).not.toContain('가람 Max');
    expect(names).not.toContain('v2');
    expect(g.nodes.find((n) => n.name === '가람 v2')?.aliases).toContain('가람 Max');
  });
  it('an edition word in brackets after a tag is no maker', () => {
    expect(g.nodes.some((n) => n.type === 'Company' && n.name === 'Max')).toBe(false);
    expect(facts).not.toContain('DEVELOPED 한빛데이터 -> 가람 v2');
  });
  it('a tag the page never writes after the line name is no model', () => {
    const f = factsOfPage(`<p>이 문서는 바다메디가 자체 개발한 상담 모델 '가람'을 소개합니다.</p><p>API v2를 쓰면 응답이 빠릅니다.</p>`);
    expect(f.some((x) => x.includes('가람 v2'))).toBe(false);
  });
});

const rows: FactRow[] = [
  // renames: a display name unified, a name tidied after a contrast; a replacement is none
  { cat: 'renames.unified', text: "가온랩은 '가온 LM 3'를 공개했다. 화면에 표시되던 '가온 LM 3.1'이라는 이름을 '가온 LM 3'로 통일했습니다(모델은 바뀌지 않았습니다).", sameNode: ['가온 LM 3=가온 LM 3.1'] },
  { cat: 'renames.unified', text: "가온랩은 '가온 LM 3'를 공개했다. 기본 모델을 '가온 LM 2'에서 '가온 LM 3'로 통일했습니다.", nodes: ['Model:가온 LM 2', 'Model:가온 LM 3'] },
  { cat: 'renames.was-named', text: "가온랩은 '가온 2'를 공개했다. 공개 당시 이름은 '가온 2 Turbo'였으나 2026년 2월 '가온 2'로 이름만 정리했습니다. 같은 모델입니다.", sameNode: ['가온 2=가온 2 Turbo'] },
  { cat: 'renames.was-named', text: "가온랩은 '가온 2'를 공개했다. 공개 당시 이름은 '가온 2 Turbo'였으나 이후 성능이 떨어져 '가온 2'로 교체했습니다.", nodes: ['Model:가온 2', 'Model:가온 2 Turbo'] },
  // a short form that is a longer name's tail, going on with a variant word: the longer variant
  { cat: 'short-forms.tail-variant', text: "다온랩스가 자체 개발한 언어모델 '다온 LM'을 소개합니다. 다온 LM 3는 KMMLU 60.2점을 받았습니다. 오프라인 모드에는 다온 LM 3를 압축한 20억 파라미터 온디바이스 모델 '다온 LM 3 미니'가 들어갑니다. LM 3 미니는 LM 3의 다음 세대가 아닙니다.", noNodes: ['Model:LM 3 미니'], expect: ['BASED_ON 다온 LM 3 미니 -> 다온 LM 3'] },
  // a model compressed into a sized on-device model: its base; a model run beside it is none
  { cat: 'based-on.distilled-head', text: "가람랩은 가람 3를 압축한 20억 파라미터 온디바이스 모델 '가람 3 미니'를 공개했다.", expect: ['BASED_ON 가람 3 미니 -> 가람 3'] },
  { cat: 'based-on.distilled-head', text: "가람랩은 가람 3와 함께 쓰는 20억 파라미터 온디바이스 모델 '가람 3 미니'를 공개했다.", absent: ['BASED_ON 가람 3 미니 -> 가람 3'] },
  // the maker named in the clause that describes a model topic; a team or a person is no company
  { cat: 'discover.described-maker', text: "Hanul-3(하늘-3)은 누리웨이브가 지난 3월 4일 공개한 새 모델로, Hanul-2의 후속 모델입니다.", nodes: ['Company:누리웨이브'], expect: ['DEVELOPED 누리웨이브 -> Hanul-3'] },
  { cat: 'discover.described-maker', text: "Hanul-3은 누리웨이브가 개발한 모델이다. 누리웨이브 김도윤 대표는 말했다.", nodes: ['Company:누리웨이브'], expect: ['WORKS_FOR 김도윤 -> 누리웨이브'] },
  { cat: 'discover.described-maker', text: "Hanul-3은 연구팀이 개발한 모델이다.", noNodes: ['Company:연구팀'] },
  { cat: 'discover.described-maker', text: "Hanul-3은 김하늘이 개발한 모델이다.", noNodes: ['Company:김하늘'] },
  // a changelog's text table: a previous version's row in brackets, an escaped empty cell
  { cat: 'tables.bracketed-row', text: "누리웨이브는 Hanul-3와 Hanul-3-Mini를 공개했다.\n괄호 안은 이전 버전 Hanul-2의 점수입니다.\n모델 | KMMLU | KoBEST\nHanul-3 | 64.0 | 80.2\n(Hanul-2) | (58.1) | (75.5)\nHanul-3-Mini | 55.7 | \\-", edgeProps: ['SCORED Hanul-2 -> KoBEST score=75.5', 'SCORED Hanul-3-Mini -> KMMLU score=55.7'], absent: ['SCORED Hanul-3-Mini -> KoBEST'] },
  // a rebrand in prose: the new name is a name the model goes by; a new model's comparison is none
  { cat: 'renames.rebrand', text: "누리웨이브가 자체 개발한 모델 '누리'를 소개한다. 누리 v2는 누리 v1의 후속이다. 누리 Pro는 누리 v2의 리브랜딩일 뿐 별도 모델이 아니다.", sameNode: ['누리 v2=누리 Pro'] },
  { cat: 'renames.rebrand', text: "누리웨이브가 자체 개발한 모델 '누리'를 소개한다. 누리 v2는 누리 v1의 후속이다. 누리 Pro는 누리 v2의 성능을 크게 앞선다.", nodes: ['Model:누리 Pro', 'Model:누리 v2'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
