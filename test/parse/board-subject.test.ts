/**
 * A GnuBoard post (a lawmaker's or an association's homepage board): its subject in `h2#bo_v_title` over `#bo_v_con` is the
 * post's headline, not the page's <title>, which may name the site's own heading for it.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const page = (subject: string): Buffer =>
  Buffer.from(`<html><head><title>[의정 소식] 위원회 "질의 결과 공개" | 국회의원 한누리</title></head><body><div id="bo_v">${subject}` +
    '<div id="bo_v_info">작성자 한누리의원실 작성일 2027-04-02 11:20</div><div id="bo_v_con"><p>한누리 의원이 부처에 제출한 서면질의에 대한 답변서를 공개합니다. 답변 원문을 그대로 게재합니다.</p>' +
    '<p>ㅇ 본 사업에는 세 개 컨소시엄이 참여하고 있음</p></div></div></body></html>');

describe('a board post subject', () => {
  it('is the headline', () => {
    const a = parseArticle(page('<h2 id="bo_v_title">[서면질의 답변] 지역 AI 실증 사업 관련</h2>'), { source: 'board.html' });
    expect(a.meta.title).toBe('[서면질의 답변] 지역 AI 실증 사업 관련');
  });
  it('leaves the page title where the post has no subject', () => {
    const a = parseArticle(page(''), { source: 'board.html' });
    expect(a.meta.title).toMatch(/질의 결과 공개/);
  });
});
