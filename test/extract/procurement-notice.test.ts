/**
 * A public procurement notice and its award: the project named only in a key-value table row ("과제명"),
 * "본 사업" for that project, a consortium's roster written as labelled lines ("주관기관: A", "참여기관: B"),
 * a rival team told as "주관사 C와 구성원 D가 공동으로 …", a bidder "단독으로" taking part, a bid result table
 * whose 대표자 column names each bidder's head. Invented wording.
 */
import { describe, expect, it } from 'vitest';
import { edgeLines, pageGraph } from './helpers.js';

const PROJECT = '2027년 지역 생성형 AI 도입 확산 사업';
const page = (roster: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>용역 공고 상세</title></head><body><main>
<h1>용역 공고 상세</h1>
<table><tbody><tr><th scope="row">과제명</th><td>${PROJECT}</td></tr><tr><th scope="row">발주기관</th><td>한빛시청</td><th scope="row">계약방법</th><td>일반경쟁</td></tr><tr><th scope="row">사업 배경</th><td>「지역 AI 확산 기본계획」에 따라 지역 기업의 AI 도입을 돕는다.</td></tr></tbody></table>
<h2>입찰 결과</h2>
<table><thead><tr><th>순위</th><th>업체명(컨소시엄)</th><th>대표자</th><th>투찰금액(원)</th><th>비고</th></tr></thead><tbody><tr><td>1</td><td>가람소프트 컨소시엄</td><td>오세린</td><td>1,200,000,000</td><td>낙찰</td></tr><tr><td>2</td><td>다온랩스 컨소시엄</td><td>한도윤</td><td>1,150,000,000</td><td>-</td></tr></tbody></table>
<h2>우선협상대상자 선정 결과</h2>
<p>본 사업은 기술평가 결과에 따라 가람소프트 컨소시엄을 우선협상대상자로 선정하였습니다.</p>
<ul>${roster}</ul>
<p>차순위 다온랩스 컨소시엄은 주관사 다온랩스와 구성원 ㈜별빛아이티가 공동으로 응찰하여 참여하였습니다. 그 밖에 ㈜누리에이아이는 단독으로 참여하였습니다.</p>
</main></body></html>`;

const ROSTER = '<li>주관기관: 가람소프트㈜ (지분 50%) — 과업 총괄</li><li>참여기관: ㈜새벽데이터 (지분 30%) — 학습 데이터 정제</li><li>참여기관: ㈜가온클라우드 (지분 20%) — 클라우드 운영</li><li>사업관리 책임자: 가람소프트 박지훈 이사</li>';

function factsOf(html: string): string[] {
  return edgeLines(pageGraph(html, 'notice.html'), { ordered: true });
}

describe('a procurement notice: its project from the key-value table, its bidders and consortia', () => {
  it('every bidder takes part in the project the table names; each roster member partners with its lead', () => {
    const facts = factsOf(page(ROSTER));
    for (const c of ['가람소프트', '새벽데이터', '가온클라우드', '다온랩스', '별빛아이티', '누리에이아이']) expect(facts).toContain(`PARTICIPATES_IN ${c} -> ${PROJECT}`);
    for (const f of ['PARTNERS_WITH 가람소프트 -> 새벽데이터', 'PARTNERS_WITH 가람소프트 -> 가온클라우드', 'PARTNERS_WITH 다온랩스 -> 별빛아이티']) expect(facts).toContain(f);
    // the plan the background row names is not the project "본 사업" stands for; rival teams are no partners
    expect(facts.some((f) => f.startsWith('PARTICIPATES_IN') && f.includes('기본계획'))).toBe(false);
    expect(facts).not.toContain('PARTNERS_WITH 가람소프트 -> 다온랩스');
    // the bid result's 대표자 column: each bidder's head
    for (const f of ['WORKS_FOR 오세린 -> 가람소프트', 'WORKS_FOR 한도윤 -> 다온랩스']) expect(facts).toContain(f);
  });
  it('a line of the roster that names no lead adds no members', () => {
    const facts = factsOf(page('<li>참여기관: ㈜새벽데이터 (지분 30%) — 학습 데이터 정제</li>'));
    expect(facts.some((f) => f.startsWith('PARTNERS_WITH') && f.includes('새벽데이터'))).toBe(false);
  });
  it('a proposed-model table: a bidder cell behind its legal mark or named as a team is the developer; "Y(licence)에 … 추가 학습" names the base', () => {
    const table = '<table><thead><tr><th>제안사</th><th>주 모델</th><th>매개변수</th><th>개발 방식 / 기반 모델</th><th>KMMLU</th></tr></thead><tbody><tr><td>다온랩스 컨소시엄</td><td>다온-3 14B</td><td>140억</td><td>자체 모델 다온-2의 후속 버전</td><td>61.0</td></tr><tr><td>㈜누리에이아이</td><td>누리-Gov 12B</td><td>120억</td><td>Gemma-3-12B(Gemma 라이선스)에 민원 데이터 추가 학습</td><td>58.1</td></tr></tbody></table>';
    const facts = factsOf(page(ROSTER).replace('<h2>입찰 결과</h2>', `${table}<h2>입찰 결과</h2>`));
    for (const f of ['DEVELOPED 다온랩스 -> 다온-3 14B', 'DEVELOPED 누리에이아이 -> 누리-Gov 12B', 'BASED_ON 누리-Gov 12B -> Gemma-3-12B', 'SUCCEEDS 다온-3 14B -> 다온-2']) expect(facts).toContain(f);
    // ('Y의 후속 버전' in a row's cell succeeds the row's model, no other)
    expect(facts.filter((f) => f.startsWith('SUCCEEDS') && f.endsWith('-> 다온-2'))).toEqual(['SUCCEEDS 다온-3 14B -> 다온-2']);
  });
});
