/**
 * Generalisation rows for a further round on sets 72 and 100: a subjectless base sentence after "전작 A를 잇는 후속 모델로,"
 * (A is what the focus follows, no rival subject); a further-training sentence ending "…추가 학습한 것이 전부였다/것이다";
 * a subjectless "B와 … 공동 대응하는 협력 체계를 꾸렸다"; a contact line with the organisation and role before the name
 * ("문의: X 평가팀장 NAME (mail)"); a wire release's English date line ("May 12, 2026, 08:00 ET"); "X today announced the
 * general availability of Y"; a wire release's contact block ("Media Contact: NAME Head of Communications, X Co., Ltd.").
 * Sentences and names written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "전작 A를 잇는 후속 모델로, …를 기반으로 … 추가 학습했다": the focus model is built on the base, not A
  { cat: 'based-on.focus-further-trained', text: "솔빛랩이 지난 3일 3세대 모델 '솔빛-R3'를 내놨다. 전작 솔빛-R2를 잇는 후속 모델로, 이번에는 업스테이지의 솔라 프로 2(Solar Pro 2) 220억 파라미터 모델을 기반으로 법률 문서 데이터를 추가 학습했다.", expect: ['BASED_ON 솔빛-R3 -> 솔라 프로 2'], absent: ['BASED_ON 솔빛-R2 -> 솔라 프로 2'] },
  { cat: 'based-on.focus-further-trained', text: "솔빛랩이 지난 3일 '솔빛-R3'를 내놨다. 솔빛-R2를 계승한 차기 모델로, 큐웬2.5-7B에 금융 데이터를 추가 학습했다.", expect: ['BASED_ON 솔빛-R3 -> 큐웬2.5-7B'] },
  // (the predecessor as the clause's own topic keeps the base its own)
  { cat: 'based-on.focus-further-trained', text: "솔빛랩이 지난 3일 '솔빛-R3'를 내놨다. 솔빛-R2는 큐웬2.5-7B에 금융 데이터를 추가 학습했다.", absent: ['BASED_ON 솔빛-R3 -> 큐웬2.5-7B'] },
  // "Z를 가져와 … 추가 학습한 것이 전부였다": the focus model's base
  { cat: 'based-on.focus-further-trained', text: "첫 모델 솔빛-R1은 2024년 3월 세상에 나왔다. 메타가 공개한 라마 3.1 8B 모델을 가져와 한국어 말뭉치 200억 토큰을 추가 학습한 것이 전부였다.", expect: ['BASED_ON 솔빛-R1 -> 라마 3.1 8B'] },
  { cat: 'based-on.focus-further-trained', text: "솔빛랩은 '솔빛-R1'을 공개했다. 큐웬2.5-7B에 상담 데이터를 추가로 학습한 것이다.", expect: ['BASED_ON 솔빛-R1 -> 큐웬2.5-7B'] },
  { cat: 'based-on.focus-further-trained', text: "첫 모델 솔빛-R1은 2024년 3월 세상에 나왔다. 라마 3.1 8B 모델을 가져와 추가 학습한 것이 아니다.", absent: ['BASED_ON 솔빛-R1 -> 라마 3.1 8B'] },
  { cat: 'based-on.focus-further-trained', text: "첫 모델 솔빛-R1은 2024년 3월 세상에 나왔다. 다음에는 라마 3.1 8B 모델을 가져와 추가 학습할 것이라고 한다.", absent: ['BASED_ON 솔빛-R1 -> 라마 3.1 8B'] },
  // a subjectless "B와 … 협력 체계를 꾸렸다": the omitted subject's partnership
  { cat: 'partners.omitted-subject-clause', text: "AI 스타트업 코드누리는 지난달 코딩 모델 '누리코더 2'를 공개했다. 공공 시장에서는 LG CNS와 지자체 차세대 시스템 구축 사업에 공동 대응하는 협력 체계를 꾸렸다.", expect: ['PARTNERS_WITH 코드누리 -> LG CNS'] },
  { cat: 'partners.omitted-subject-clause', text: "AI 스타트업 코드누리는 지난달 코딩 모델 '누리코더 2'를 공개했다. 해외에서는 네이버클라우드와 동남아 시장을 함께 공략하는 협업 관계를 맺었다.", expect: ['PARTNERS_WITH 코드누리 -> 네이버클라우드'] },
  { cat: 'partners.omitted-subject-clause', text: "AI 스타트업 코드누리는 지난달 코딩 모델 '누리코더 2'를 공개했다. 공공 시장에서는 LG CNS와 지자체 사업에 공동 대응하는 협력 체계를 꾸리지 않았다.", absent: ['PARTNERS_WITH 코드누리 -> LG CNS'] },
  { cat: 'partners.omitted-subject-clause', text: "AI 스타트업 코드누리는 지난달 코딩 모델 '누리코더 2'를 공개했다. 공공 시장에서는 LG CNS와 지자체 사업 수주를 두고 경쟁하고 있다.", absent: ['PARTNERS_WITH 코드누리 -> LG CNS'] },
  // "문의: X 평가팀장 NAME (mail)": a contact line, organisation and role first, is text that names one of its people
  { cat: 'parse.contact-person', text: "가온평가랩이 운영하는 한국어 리더보드의 5월 결과입니다.\n\n문의: 가온평가랩 평가팀장 남궁혁 (eval@example.kr)", expect: ['WORKS_FOR 남궁혁 -> 가온평가랩'], edgeProps: ['WORKS_FOR 남궁혁 -> 가온평가랩 title=평가팀장'] },
  { cat: 'parse.contact-person', text: "가온평가랩이 운영하는 한국어 리더보드의 5월 결과입니다.\n\n문의: 가온평가랩 홍보실 (press@example.kr)", noNodes: ['Person:홍보실'] },
  // "X today announced the general availability of Y": Y's release is the page's day
  { cat: 'property.en-day-before-verb', publishedAt: '2026-02-10', text: 'SEOUL, South Korea -- Hanbit Cognition Inc., a Seoul-based developer of language models, today announced the general availability of Hanbit-LM 4, its new flagship model.', props: ['Hanbit-LM 4=releasedOn:2026-02-10'] },
  { cat: 'property.en-day-before-verb', publishedAt: '2026-02-10', text: 'SEOUL, South Korea -- Hanbit Cognition Inc., a Seoul-based developer of language models, today announced the launch of Hanbit-LM 4 Mini, its new small model for laptops.', props: ['Hanbit-LM 4 Mini=releasedOn:2026-02-10'] },
  { cat: 'property.en-day-before-verb', publishedAt: '2026-02-10', text: 'SEOUL, South Korea -- Hanbit Cognition Inc., a Seoul-based developer of language models, today announced the pricing of Hanbit-LM 4, its flagship model released last year.', props: ['Hanbit-LM 4=releasedOn:undefined'] },
  // "Media Contact: NAME Head of Communications, X Co., Ltd.": the contact names a person of the company
  { cat: 'works-for.en-contact-name-title-company', text: 'Hanbit Cognition Inc. released Hanbit-LM 4 on Tuesday.\n\nMedia Contact: Minji Park Head of Communications, Hanbit Cognition Inc. +82-2-000-0000', expect: ['WORKS_FOR Minji Park -> Hanbit Cognition Inc.'] },
  { cat: 'works-for.en-contact-name-title-company', text: 'Hanbit Cognition Inc. released Hanbit-LM 4 on Tuesday.\n\nPress contact: Daniel Moon, Head of Investor Relations, Hanbit Cognition Inc.', expect: ['WORKS_FOR Daniel Moon -> Hanbit Cognition Inc.'] },
  { cat: 'works-for.en-contact-name-title-company', text: 'Hanbit Cognition Inc. released Hanbit-LM 4 on Tuesday.\n\nMedia Contact: Minji Park, press@example.com', absent: ['WORKS_FOR Minji Park -> Hanbit Cognition Inc.'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

describe('a wire release date line', () => {
  it('an English date alone with its time and zone, among the lines after the title, is the publication date', () => {
    const a = parseText('Hanbit Cognition Unveils Hanbit-LM 4\nA deck line about the release\nNEWS PROVIDED BY\nHanbit Cognition Inc.\nFebruary 10, 2026, 09:00 ET\n\nSEOUL -- Hanbit Cognition Inc. today announced Hanbit-LM 4, its new model family with three sizes and open weights.', { source: 'wire.txt' });
    expect(a.meta.publishedAt).toBe('2026-02-10');
  });
  it('a sentence that opens on a date is no date line', () => {
    const a = parseText('Hanbit Cognition Unveils Hanbit-LM 4\n\nFebruary 10, 2026, the company said, was the day its new model family with three sizes went on sale.', { source: 'wire.txt' });
    expect(a.meta.publishedAt).toBeUndefined();
  });
});
