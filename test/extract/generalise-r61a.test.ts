/**
 * Generalisation rows for r61a's forms (services and agents built on models): a bare word for a kind of institution ("은행은",
 * "병원 측은", "은행 AI혁신부와") standing for the one company of that kind the article named; one of a company's units after
 * its name ("X AI혁신부와 Y는") as the company itself; a text table's last row, a model listed for comparison,
 * no topic of the text after the table.
 * Names and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, pageFacts, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "은행은 …", "은행 AI혁신부와 Y는 …": the one bank the article named
  { cat: 'references.kind-word', text: "다온은행이 상담 엔진을 바꿨다. 은행은 데이터 기업 누리데이터와 함께 '다온 LM'을 개발했다.", expect: ['DEVELOPED 다온은행 -> 다온 LM', 'PARTNERS_WITH 다온은행 -> 누리데이터'] },
  { cat: 'references.kind-word', text: "다온은행이 상담 엔진을 바꿨다. 은행 디지털혁신부와 데이터 기업 누리데이터는 약관과 상담 사례를 학습시켜 '다온 LM'을 함께 개발했다.", expect: ['DEVELOPED 다온은행 -> 다온 LM', 'PARTNERS_WITH 다온은행 -> 누리데이터'] },
  // (two banks named: the word stands for neither)
  { cat: 'references.kind-word', text: "다온은행과 가람은행이 상담 엔진을 바꿨다. 은행은 누리데이터와 함께 '다온 LM'을 개발했다.", absent: ['DEVELOPED 다온은행 -> 다온 LM', 'DEVELOPED 가람은행 -> 다온 LM'] },
  // "X AI혁신부와 Y는 함께 개발했다", "X 디지털혁신실은 …": a company's unit is the company
  { cat: 'patterns.company-unit', text: "다온은행 AI혁신부와 데이터 기업 누리데이터는 약관과 상담 사례를 학습시켜 '다온 LM'을 함께 개발했다.", expect: ['DEVELOPED 다온은행 -> 다온 LM', 'PARTNERS_WITH 다온은행 -> 누리데이터'] },
  { cat: 'patterns.company-unit', text: "가람소프트 AI연구소와 누리데이터는 '가람봇 3'를 함께 개발했다.", expect: ['DEVELOPED 가람소프트 -> 가람봇 3', 'PARTNERS_WITH 가람소프트 -> 누리데이터'] },
  // (not a government or a company's inside: "X 정부는", "X 내부에서")
  { cat: 'patterns.company-unit', text: "가람소프트 내부에서는 누리데이터와 '가람봇 3'를 함께 개발했다는 말이 나온다.", absent: ['PARTNERS_WITH 가람소프트 -> 누리데이터'] },
];

describe('r61a: kind words for the article\'s company, company units, the focus past a table', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});

/** A DevRel post in Markdown: a score table whose last row is a model listed for comparison, then a customer's fine-tune. */
const POST = `---
title: "여울-2 Mini로 상담 봇 만들기"
date: 2026-05-02
---

여울랩스가 지난달 공개한 여울-2 Mini는 여울-2를 교사 모델로 삼아 증류한 모델입니다.

| 모델 | KMMLU | 비고 |
|---|---|---|
| 여울-2 | 61.0 | API |
| 여울-2 Mini | 52.4 | API |
| Gemma 3 4B (참고) | 40.1 | 공개 모델 |

*표: 내부 측정치*

## 고객 사례

기본 모델도 충분하지만, 한결의료재단은 병원 안내 문구를 정확히 쓰도록 여울-2 Mini를 자체 파인튜닝했습니다.
`;

describe('r61a: the focus past a text table', () => {
  it("a table's last row (a model listed for comparison) is no topic of the text after the table", () => {
    const g = pageGraph(POST, 'post.md');
    expect(hasFact(g, 'SCORED Gemma 3 4B -> KMMLU'), pageFacts(POST, 'post.md').join('\n')).toBe(true);
    expect(hasFact(g, 'BASED_ON Gemma 3 4B -> 여울-2 Mini')).toBe(false);
  });
});
