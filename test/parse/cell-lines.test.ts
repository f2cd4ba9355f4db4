/** Tables flattened one cell per line (a PDF or word-processor table copied as text), in this test's own words. */
import { describe, expect, it } from 'vitest';
import { foldCellLines } from '../../src/parse/cell-lines.js';
import { parseText } from '../../src/parse/index.js';

const lines = (...l: string[]): string => l.join('\n');

describe('a table flattened one cell per line becomes one "a | b | c" row per line', () => {
  const cases: Array<{ name: string; text: string; rows: string[]; absent?: string[] }> = [
    {
      name: 'a serial column opens the header; each row is its number, then a cell a line',
      text: lines('순번', '분야', '주관기관', '참여기관', '1', '물류', '다온텍', '새벽정보', '2', '의료', '메디로', '하늘헬스'),
      rows: ['순번 | 분야 | 주관기관 | 참여기관', '1 | 물류 | 다온텍 | 새벽정보', '2 | 의료 | 메디로 | 하늘헬스'],
    },
    {
      name: "a cell wrapped mid-word joins without a space: a lone syllable, or halves the document writes together elsewhere",
      text: lines('본문에서 다온테크놀로지는 새 모델을 소개했다.', '', '연번', '분야', '주관기관', '참여기관', '1', '물류', '다온테크놀로', '지', '새벽정보', '2', '의료', '메디', '로', '하늘헬스'),
      rows: ['1 | 물류 | 다온테크놀로지 | 새벽정보', '2 | 의료 | 메디로 | 하늘헬스'],
    },
    {
      name: "a list left open by a comma, a model's size, and a long description go on the next line",
      text: lines(
        'No.', '주관기관', '참여기관', '활용 모델', '주요 내용',
        '1', '다온텍', '새벽정보,', '한빛대학교', '다온-LM', '13B', '항만 물류 문서 자동', '분류',
        '2', '메디로', '하늘헬스', '메디-Chat', '진료 기록 요약',
      ),
      rows: ['1 | 다온텍 | 새벽정보, 한빛대학교 | 다온-LM 13B | 항만 물류 문서 자동분류', '2 | 메디로 | 하늘헬스 | 메디-Chat | 진료 기록 요약'],
    },
    {
      name: "a title's note in parentheses on a line of its own is a column; a line opening on '(주)' starts a cell, a list's comma goes on",
      text: lines(
        '연번', '분야', '세부 과제명', '주관기관', '참여기관', '연구책임자', '(직책)',
        '1', '물류', '항만 물류 문서를 자동으로 분류하는 특화 언어모델 개발 및 현장 실증', '(주)다온텍', '(주)새벽정보,', '한빛대학교', '김도윤', '(대표)',
        '2', '농업', '작황 예측 모델 개발', '(주)푸른들', '하늘데이터(주)', '이서진', '(CTO)',
      ),
      rows: [
        '연번 | 분야 | 세부 과제명 | 주관기관 | 참여기관 | 연구책임자 | (직책)',
        '1 | 물류 | 항만 물류 문서를 자동으로 분류하는 특화 언어모델 개발 및 현장 실증 | (주)다온텍 | (주)새벽정보, 한빛대학교 | 김도윤 | (대표)',
        '2 | 농업 | 작황 예측 모델 개발 | (주)푸른들 | 하늘데이터(주) | 이서진 | (CTO)',
      ],
    },
    {
      name: 'a row with fewer lines than columns is no such table: the text stays as it is',
      text: lines('연번', '주관기관', '참여기관', '활용 모델', '1', '다온텍', '2', '메디로', '하늘헬스', '메디-Chat'),
      rows: ['1', '다온텍'],
      absent: [' | '],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const out = foldCellLines(c.text);
      const got = out.split('\n');
      for (const r of c.rows) expect(got).toContain(r);
      for (const a of c.absent ?? []) expect(out).not.toContain(a);
    });

  it('text without a serial column title comes back unchanged', () => {
    const plain = lines('주관기관', '다온텍', '', '1', '본문');
    expect(foldCellLines(plain)).toBe(plain);
  });

  it('a plain-text page reads each row as a block of its own', () => {
    const parsed = parseText(lines('제목', '', '순번', '분야', '주관기관', '참여기관', '1', '물류', '다온텍', '새벽정보', '2', '의료', '메디로', '하늘헬스', '', '끝.'), {
      source: 't.txt',
      publishedAt: '2026-01-05',
    });
    expect(parsed.blocks.map((b) => b.text)).toContain('2 | 의료 | 메디로 | 하늘헬스');
  });
});
