/**
 * Generalisation rows for r62a's forms: a Markdown footnote reference glued to a table cell's score ("65.6[^1]") is no part of
 * the score, and the footnote's earlier, corrected number is no score either; "새 모델을 … 개발한다" (a new model still to be made)
 * is no reference to the model named before; a quoted family name with words ending in a variant word is one model.
 * Names and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, pageGraph, scoresOf, type FactRow } from './helpers.js';

/** A leaderboard's year report in GitHub Markdown: a one-row table whose score carries a footnote mark, then the footnote. */
const REPORT = `# 가람 리더보드 2026 결산

평가는 KMMLU와 HAE-RAE 두 벤치마크로 진행했습니다. 모든 점수는 운영진이 같은 환경에서 재현한 값입니다.

## 2026 Q2

| 모델 | 개발사 | KMMLU | HAE-RAE |
|---|---|---|---|
| 다온-5 | 다온랩스 | 58.3[^1] | 70.2 |

## 참고

[^1]: 다온-5의 KMMLU 점수는 5월 공지 당시 59.0이었으나, 채점 스크립트를 고친 뒤 58.3으로 정정했습니다.
`;

describe('r62a: a footnote mark glued to a Markdown table cell', () => {
  it("the cell's score is read without the mark", () => {
    const page = REPORT.replace(/\[\^1\]: .*/, '[^1]: 5월 재채점 값입니다.');
    expect(scoresOf(pageGraph(page, 'report.md')), pageFacts(page, 'report.md').join('\n')).toContain('다온-5 KMMLU 58.3');
  });
  it("a footnote's number before its correction ('59.0이었으나, … 58.3으로 정정') is no score: the corrected one is", () => {
    const g = pageGraph(REPORT, 'report.md');
    expect(scoresOf(g).filter((s) => s.startsWith('다온-5 KMMLU'))).toEqual(['다온-5 KMMLU 58.3']);
  });
});

const rows: FactRow[] = [
  // "X가 Y와 새 모델을 공동 개발한다": a model still to be made, not the one the text named before
  { cat: 'references.model-ref', text: '더 화제였던 건 다온테크의 다온-1이었다. 의혹이 돌았지만 다온테크는 부인했다.\n\n예측 8. "KT가 해외 빅테크와 새 모델을 공동 개발한다"', expect: ['DEVELOPED 다온테크 -> 다온-1'], absent: ['DEVELOPED KT -> 다온-1'] },
  // "'Y 케어 라이트' 공동 개발 착수": a known family's name, words, then a variant word, quoted, is one model, even with no model word around
  { cat: 'discover.quoted-family-variant', text: "카카오-다온소프트 업무협약(MOU). 상담용 '카나나 케어 라이트' 공동 개발 착수", expect: ['DEVELOPED 카카오 -> 카나나 케어 라이트'], absent: ['DEVELOPED 카카오 -> 카나나'] },
];

describe('r62a: a new model still to be made; a quoted family edition', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
