import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

/** A conference programme page: a timetable whose rows give each speaker's affiliation and post in cells of their own. */
function page(head: string[], rows: string[]): string {
  return `<html><head><title>AI 모델 데이 2027 프로그램</title></head><body><main><h1>AI 모델 데이 2027 프로그램</h1>
<p>행사는 하루 동안 열리며 세션 순서는 바뀔 수 있습니다.</p>
<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table><p>문의는 사무국으로 해 주십시오.</p></main></body></html>`;
}

const TIMETABLE = page(
  ['시간', '세션', '발표자', '소속', '직함', '제목'],
  [
    '<tr><td>10:00</td><td>기조연설</td><td>구본하</td><td>해솔데이터</td><td>최고기술책임자</td><td>작은 모델의 쓸모<div>해솔데이터가 만든 추론 모델의 학습 과정을 소개합니다.</div></td></tr>',
    '<tr><td>10:40</td><td colspan="5">휴식</td></tr>',
    '<tr><td>11:00</td><td>세션 1</td><td>염지유<br>엘리자 마르탱<br>(Elisa Martin)</td><td>카카오<br>미스트랄AI</td><td>검색AI 리더<br>영업 총괄</td><td>공동 발표</td></tr>',
    '<tr><td>13:00</td><td>패널</td><td>편하윤 (좌장)<br>구본하</td><td>한빛대학교<br>해솔데이터</td><td>교수<br>최고기술책임자</td><td>토론</td></tr>',
  ],
);

describe('a roster table (speakers with their affiliation and post in cells of their own)', () => {
  it('writes each person of a row as a text-table line, lines of one cell matched with the others', () => {
    const texts = parseArticle(Buffer.from(TIMETABLE), { source: 'program.html' }).blocks.map((b) => b.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        '발표자 | 소속 | 직함',
        '구본하 | 해솔데이터 | 최고기술책임자',
        '염지유 | 카카오 | 검색AI 리더',
        '엘리자 마르탱 (Elisa Martin) | 미스트랄AI | 영업 총괄',
        '편하윤 (좌장) | 한빛대학교 | 교수',
      ]),
    );
    // (the other cells stay as they were; a break row spanning the columns is left alone)
    expect(texts).toEqual(expect.arrayContaining(['10:00', '휴식', '작은 모델의 쓸모']));
    expect(texts).not.toContain('해솔데이터');
  });

  it('gives each person and the company they work for', () => {
    const g = extractArticle(parseArticle(Buffer.from(TIMETABLE), { source: 'program.html' }));
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const works = g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name.get(e.source)} -> ${name.get(e.target)}`).sort();
    expect(works).toEqual(['구본하 -> 해솔데이터', '엘리자 마르탱 -> 미스트랄AI', '염지유 -> 카카오']);
    expect(g.nodes.filter((n) => n.type === 'Person').map((n) => n.name).sort()).toEqual(['구본하', '엘리자 마르탱', '염지유', '편하윤']);
    expect(g.nodes.some((n) => n.name === '한빛대학교')).toBe(false);
  });

  it("makes the roster's companies names the page's prose may use again", () => {
    const html = page(
      ['시간', '발표자', '소속', '직함', '제목'],
      [
        '<tr><td>10:00</td><td>구본하</td><td>바람결</td><td>대표</td><td>로컬 코딩 모델<div>바람결이 메타의 라마 3.1 8B를 기반으로 개발한 Baram-Code 8B를 소개합니다.</div></td></tr>',
        '<tr><td>11:00</td><td>염지유</td><td>카카오</td><td>리더</td><td>검색 AI</td></tr>',
      ],
    );
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 'p.html' }));
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const developed = g.edges.filter((e) => e.type === 'DEVELOPED').map((e) => `${name.get(e.source)} -> ${name.get(e.target)}`);
    expect(developed).toContain('바람결 -> Baram-Code 8B');
  });

  it('leaves tables without a people column and an affiliation column alone', () => {
    const html = page(['이름', '직책', '주요 경력'], ['<tr><td>구본하</td><td>최고기술책임자</td><td>해솔데이터 창업</td></tr>', '<tr><td>염지유</td><td>리더</td><td>카카오 출신</td></tr>']);
    const texts = parseArticle(Buffer.from(html), { source: 'team.html' }).blocks.map((b) => b.text);
    expect(texts.some((t) => t.includes(' | '))).toBe(false);
  });

  it('reads a row under a cell spanning down into it, and skips one whose lines do not match', () => {
    const html = page(
      ['시간', '발표자', '소속', '직함'],
      [
        '<tr><td rowspan="2">10:00</td><td>구본하</td><td>해솔데이터</td><td>최고기술책임자</td></tr>',
        '<tr><td>염지유</td><td>카카오</td><td>리더</td></tr>',
        '<tr><td>11:00</td><td>석다온<br>탁예린<br>편하윤</td><td>카카오<br>해솔데이터</td><td>리더</td></tr>',
      ],
    );
    const texts = parseArticle(Buffer.from(html), { source: 'p.html' }).blocks.map((b) => b.text);
    expect(texts.filter((t) => t.includes(' | '))).toEqual(['발표자 | 소속 | 직함', '구본하 | 해솔데이터 | 최고기술책임자', '염지유 | 카카오 | 리더']);
  });
});

describe("a personnel table whose caption names the company ('X 임원 인사' over 직책 | 성명)", () => {
  const html = (caption: string) => `<html><head><title>연말 인사</title></head><body><main><h1>AI 업계 연말 인사</h1>
<p>해솔데이터가 조직을 개편했다. 새 사업부는 내년 모델 개발을 맡는다.</p>
<table><caption>${caption}</caption><tr><th>직책</th><th>성명</th><th>비고</th></tr>
<tr><td>모델사업부장(전무)</td><td>석다온</td><td>신임</td></tr>
<tr><td>제휴팀장(상무)</td><td>탁예린</td><td>신임, 前 바람결 이사</td></tr></table>
<p>문의는 홍보팀으로 해 주십시오.</p></main></body></html>`;

  it("gives each row's person the caption's company", () => {
    const texts = parseArticle(Buffer.from(html('해솔데이터 임원 인사')), { source: 'p.html' }).blocks.map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['성명 | 소속 | 직책', '석다온 | 해솔데이터 | 모델사업부장(전무)', '탁예린 | 해솔데이터 | 제휴팀장(상무)']));
    const g = extractArticle(parseArticle(Buffer.from(html('해솔데이터 임원 인사')), { source: 'p.html' }));
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const works = g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name.get(e.source)} -> ${name.get(e.target)}`).sort();
    expect(works).toEqual(['석다온 -> 해솔데이터', '탁예린 -> 해솔데이터']);
  });

  it('leaves the table alone when the caption names no personnel list', () => {
    const texts = parseArticle(Buffer.from(html('해솔데이터 조직도')), { source: 'p.html' }).blocks.map((b) => b.text);
    expect(texts.some((t) => t.includes(' | '))).toBe(false);
  });
});
