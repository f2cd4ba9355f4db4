/**
 * Ministry board pages (보도자료 converted from HWP, written for these tests in their own words): a
 * short form defined in parentheses ("(이하 ‘X’)"), a consortium table with description and base-model
 * columns, public institutes in its member column, and a table whose title names its programme.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const cells = (...c: string[]) => c.join('\n\n');

const rows: FactRow[] = [
  {
    cat: "a short form defined in parentheses ('X'(이하 'Y')) is the same programme: an official's statement on Y promotes X",
    text: cells(
      "□ 행정안전부(장관 민도윤, 이하 ‘행안부’)는 ‘공공 초거대 AI 실증 지원사업’(이하 ‘실증 사업’)의 수행기관으로 3개 컨소시엄을 선정했다고 밝혔다.",
      "□ 민도윤 행안부 장관은 “실증 사업을 통해 공공 서비스를 바꾸겠다”고 강조했다.",
    ),
    expect: ['PROMOTES 민도윤 -> 실증 사업'],
    sameNode: ['실증 사업=공공 초거대 AI 실증 지원사업'],
  },
];

describe('board pages: defined short forms, consortium tables with more columns, titled programmes', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
