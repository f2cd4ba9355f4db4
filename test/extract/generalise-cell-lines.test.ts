/**
 * A programme's consortium table flattened one cell per line, as a PDF press release copied to text
 * gives it (cells wrapped mid-word, lists left open by a comma), in this test's own words: its rows
 * are read as the table's rows, so the leads and members take part and each member partners its lead.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const release = (column: string): string =>
  [
    '□ 과학기술정보통신부는 「지역 AI 바우처 사업」의 수행 기관으로 3개 컨소시엄을 선정했다고 밝혔다.',
    '',
    '< 선정 결과 >',
    '',
    ...['순번', column, '주관기관', '참여기관', '활용 모델'],
    ...['1', '부산', '가온소프', '트', '한울데이터,', '부산대학교', '가온-LM', '2.0'],
    ...['2', '광주', '누리웨이브', '빛고을AI', '솔비 7B'],
    ...['3', '대전', '하람랩스', '온누리시스템', '즈', '하람-Chat'],
    '',
    "□ 부산 컨소시엄의 가온소프트는 자체 개발한 '가온-LM 2.0'을 활용한다.",
  ].join('\n');

const participants = ['가온소프트', '한울데이터', '누리웨이브', '빛고을AI', '하람랩스', '온누리시스템즈'];

const rows: FactRow[] = [
  {
    cat: "a flattened consortium table: leads and company members take part, each member partners its lead; a wrapped name is one company, a university none",
    text: release('분야'),
    publishedAt: '2026-05-04',
    expect: [
      ...participants.map((c) => `PARTICIPATES_IN ${c} -> 지역 AI 바우처 사업`),
      'PARTNERS_WITH 가온소프트 -> 한울데이터',
      'PARTNERS_WITH 누리웨이브 -> 빛고을AI',
      'PARTNERS_WITH 온누리시스템즈 -> 하람랩스',
    ],
    noNodes: ['Company:트', 'Company:부산대학교', 'Company:즈'],
  },
  {
    cat: 'a region column ("지역") is one of the table\'s plain columns, as a field column is',
    text: release('지역'),
    publishedAt: '2026-05-04',
    expect: ['PARTICIPATES_IN 빛고을AI -> 지역 AI 바우처 사업', 'PARTNERS_WITH 온누리시스템즈 -> 하람랩스'],
  },
];

describe('consortium tables flattened one cell per line', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
