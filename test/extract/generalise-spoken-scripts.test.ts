/**
 * Generalisation rows for broadcast news scripts read aloud: the polite spoken copula after a name
 * ("…입니다", "…인데요"), the anchor lead, speaker tags and interview bites. Every sentence here is
 * written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'names.polite-copula',
    text: '두 회사가 함께 만드는 건 금융 특화 AI 모델 \'한결페이\'입니다. 출시는 내년입니다.',
    nodes: ['Model:한결페이'],
  },
  {
    cat: 'names.polite-copula',
    text: '과학기술정보통신부가 추진하는 \'스마트 항만 AI 모델 개발사업\'입니다. 모두 5개 팀이 지원했습니다.',
    nodes: ['Policy:스마트 항만 AI 모델 개발사업'],
  },
];

describe('generalisation rows (spoken broadcast scripts)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
