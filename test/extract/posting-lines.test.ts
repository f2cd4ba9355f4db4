/**
 * A company's own job page: a contact line with the contact's team before the name ("문의: 인재팀 NAME ROLE"),
 * and lines signed by a dash ("— NAME ROLE" under the company's quote, "N차 면접 — NAME ROLE 및 …") name its people.
 * Invented pages, not held-out text.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

function worksFor(lines: string[]): string[] {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[가온브릭] 모델 엔지니어</title></head><body><article><h1>[가온브릭] 모델 엔지니어</h1>${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
  const g = extractArticle(parseArticle(Buffer.from(html), { source: 'posting.html' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  return g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} -> ${name(e.target)}`);
}

const ABOUT = ['가온브릭(Gaonbrick)은 법률 특화 언어모델을 만드는 스타트업입니다.', '2023년 창업했고, 지금은 서울 마포구에서 21명이 일하고 있습니다.', '"변호사가 매일 쓰는 모델을 만드는 것이 저희의 목표입니다."'];

describe('people on a company’s job page', () => {
  it('a signed quote, a signed interview step and a contact after its team', () => {
    const facts = worksFor([...ABOUT, '— 최다온 대표', '전형 절차', '서류 검토 후 개별 연락드립니다.', '2차 실무 면접 — 하지율 CTO 및 모델링팀 리드', '입사 문의: 피플팀 윤서하 매니저']);
    expect(facts).toEqual(expect.arrayContaining(['최다온 -> 가온브릭', '하지율 -> 가온브릭', '윤서하 -> 가온브릭']));
  });
  it('a reporter’s byline signed by a dash is no employee', () => {
    expect(worksFor([...ABOUT, '— 최다온 기자'])).not.toContain('최다온 -> 가온브릭');
  });
});
