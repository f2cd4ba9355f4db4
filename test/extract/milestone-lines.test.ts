/**
 * Milestone lines on a company's own page (a 연혁 section) or a profile page: subject-less noun phrases ending on
 * a selection or a passed round name a programme the page's company takes part in. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

const historyPage = (lines: string[]): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>회사 연혁</title></head><body>
<main><h2>회사 소개</h2><p>가온비전은 공장 검사용 비전 AI 모델을 직접 개발하는 기업입니다. 국내 제조사 20여 곳이 가온비전의 솔루션을 쓰고 있습니다.</p>
<h2>연혁</h2><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul></main></body></html>`;

function participations(html: string): string[] {
  const g = extractArticle(parseArticle(html, { source: 'history.html' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  return g.edges.filter((e) => e.type === 'PARTICIPATES_IN').map((e) => `${name(e.source)} -> ${name(e.target)}`).sort();
}

describe('milestone lines', () => {
  it('a history line ending on a selection or a passed round: the page\'s company takes part', () => {
    const got = participations(historyPage(["2025.04 · 정보통신산업진흥원 'AI 바우처 지원사업' 공급기업 선정", "과학기술정보통신부 '독자 AI 파운데이션 모델 프로젝트' 1차 평가 통과 — 컨소시엄 일원으로 참여", '사무실 이전']));
    expect(got).toEqual(['가온비전 -> AI 바우처 지원사업', '가온비전 -> 독자 AI 파운데이션 모델 프로젝트']);
  });
  it('a line that names another company first, or a page with no history section, gives nothing', () => {
    expect(participations(historyPage(["한빛소프트, 'AI 바우처 지원사업' 공급기업 선정"]))).not.toContain('가온비전 -> AI 바우처 지원사업');
    expect(participations(historyPage(["'AI 바우처 지원사업' 공급기업 선정"]).replace('<h2>연혁</h2>', '<h2>소식</h2>').replace('회사 연혁', '회사 소식'))).toEqual([]);
  });
});
