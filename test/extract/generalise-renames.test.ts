/**
 * Generalisation rows for the phrasings first met in held-out set 159: a company or a model the article says was renamed
 * is one node under both names (and a replacement by another model, or a model merely compared, is no rename).
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "A가 사명을 'B'로 바꾼다": one company under both names
  {
    cat: 'renamed.company-name-word',
    text: "AI 스타트업 누리벨소프트가 사명을 '다온AI'로 바꾼다. 다온AI는 이날 '다온 3'를 공개했다.",
    sameNode: ['다온AI=누리벨소프트'],
    expect: ['DEVELOPED 누리벨소프트 -> 다온 3'],
  },
  // "A에서 'B'로 사명을 변경했다"
  {
    cat: 'renamed.company-from-to',
    text: "언어모델 기업 가온랩스는 지난달 가온랩스에서 '한결AI'로 사명을 변경했다. 한결AI는 '한결-8B'를 내놨다.",
    sameNode: ['한결AI=가온랩스'],
  },
  // "'X'의 이름을 'Y'로 바꿨다": one model under both names
  {
    cat: 'renamed.model-name-of',
    text: "누리벨소프트는 지난 9월 경량 모델 'Gaon-4B'의 이름을 '가온 2 라이트'로 바꿨다. 회사는 가중치가 같다고 밝혔다. 가온 2 라이트는 KMMLU에서 48.2점을 받았다.",
    sameNode: ['가온 2 라이트=Gaon-4B'],
  },
  // "'X'는 이날부터 'Y'로 불린다"
  {
    cat: 'renamed.model-called-from',
    text: "다온AI가 2024년 내놓은 '다온-7B'는 이날부터 '다온 1'로 불린다. 다온AI는 '다온 2'를 함께 공개했다.",
    sameNode: ['다온 1=다온-7B'],
  },
  // "Y(옛 X)": the new name with the old one glossed
  {
    cat: 'renamed.former-gloss',
    text: "가온랩스는 '가온 2'를 공개했다. 가온 2는 KMMLU에서 55.1점으로, 가온 1(옛 가온-7B)의 41.0점보다 높았다. 가온랩스는 '가온-7B'를 지난해 냈다.",
    sameNode: ['가온 1=가온-7B'],
  },
  // a replacement is no rename: "기본 모델을 X에서 Y로 바꿨다" keeps two models
  {
    cat: 'renamed.not-replacement',
    text: "한결AI는 상담 서비스의 기본 모델을 GPT-4o에서 GPT-5로 바꿨다. 한결AI는 비용 때문이라고 설명했다.",
    nodes: ['Model:GPT-4o', 'Model:GPT-5'],
  },
  // "Y로 교체한다" is no rename either, even with a time before it
  {
    cat: 'renamed.not-replacement',
    text: "한결AI 상담 서비스의 GPT-4o는 내년부터 GPT-5로 교체된다. 한결AI는 비용 때문이라고 설명했다.",
    nodes: ['Model:GPT-4o', 'Model:GPT-5'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
