/**
 * Page shapes first met in held-out set 178, in invented pages: a media advisory sent as plain text (a labelled item whose
 * entries stand one a line under the label's value, a contact block whose heading, person and labelled phone run
 * together), and a section's "X 다른 기사" list under a story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const sentencesOf = (text: string, source = 'advisory.txt'): string[] => parseArticle(Buffer.from(text), { source }).sentences.map((s) => s.text);

describe('a labelled item listing one entry a line (plain text)', () => {
  const advisory = [
    '[보도자료] 가람소프트·다온전력 협약식',
    '',
    '■ 행사 개요',
    ' - 일시 : 2027년 3월 4일(목) 10:00',
    ' - 참석 : 한가람 가람소프트 대표',
    '          서다온 다온전력 기술본부장',
    '          문하늘 다온전력 전략실장',
    ' - 장소 : 다온전력 본사 (세종시',
    '          어진동)',
    ' - 내용 : 가람소프트는 다온전력의 설비 기록을 학습한 모델을 함께 만들고 현장 검증을',
    '   거쳐 내년에 적용한다.',
  ].join('\n');

  it('reads each entry aligned to the value as a line of its own', () => {
    const s = sentencesOf(advisory);
    expect(s).toContain('- 참석 : 한가람 가람소프트 대표');
    expect(s).toContain('서다온 다온전력 기술본부장');
    expect(s).toContain('문하늘 다온전력 전략실장');
  });

  it('keeps a value wrapped inside a bracket, and prose wrapped under the item text, in one line', () => {
    const s = sentencesOf(advisory);
    expect(s).toContain('- 장소 : 다온전력 본사 (세종시 어진동)');
    expect(s.some((x) => x.includes('현장 검증을 거쳐 내년에 적용한다.'))).toBe(true);
  });

  it('does not split lines indented elsewhere than the value column', () => {
    const s = sentencesOf(['제목', '', ' - 참석 : 한가람 가람소프트 대표', '    서다온 다온전력 기술본부장'].join('\n'));
    expect(s).not.toContain('서다온 다온전력 기술본부장');
  });
});

describe('a contact block run together in plain text', () => {
  it('keeps the person of "[문의] X 홍보팀 NAME 매니저 전화 …" as text, the address dropped', () => {
    const s = sentencesOf(['제목', '', '가람소프트는 새 모델을 공개한다.', '', '[문의]', '가람소프트 홍보팀 한누리 매니저', '전화 02-123-4567 / 휴대전화 010-0000-1111', '이메일 pr@garam.example'].join('\n'));
    expect(s.some((x) => x.includes('가람소프트 홍보팀 한누리 매니저'))).toBe(true);
    expect(s.join(' ')).not.toContain('@');
  });

  it('still drops a bare e-mail line with no person', () => {
    const s = sentencesOf(['제목', '', '가람소프트는 새 모델을 공개한다.', '', '[문의]', '전화 02-123-4567', '이메일 pr@garam.example'].join('\n'));
    expect(s.join(' ')).not.toContain('02-123-4567');
  });
});

describe('a section\'s "X 다른 기사" list under the story', () => {
  const page = (heading: string): string => `<html><head><title>t</title></head><body><article><h1>가람소프트, 새 모델 공개</h1>
    <div class="body"><p>가람소프트가 유통 특화 언어모델 '가람 R'을 3일 공개했다. 회사는 상품 정보를 학습시켰다고 밝혔다.</p>
    <p>가람 R은 매장 상담에 먼저 쓰인다.</p></div>
    <section class="more"><h3>${heading}</h3><ul><li><a href="#">다온마트, 무인 매장 100곳 돌파</a></li><li><a href="#">누리쇼핑, 물류 로봇 도입</a></li></ul></section>
    </article></body></html>`;

  it('ends the story at the list heading', () => {
    const s = sentencesOf(page('유통테크 다른 기사'), 'page.html');
    expect(s.join(' ')).not.toMatch(/다온마트|누리쇼핑|다른 기사/);
    expect(s.join(' ')).toContain('매장 상담');
  });

  it('the same for "이 기자의 다른 기사"', () => {
    const s = sentencesOf(page('이 기자의 다른 기사'), 'page.html');
    expect(s.join(' ')).not.toMatch(/다온마트|누리쇼핑/);
  });
});
