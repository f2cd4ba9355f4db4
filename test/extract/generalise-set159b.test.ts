/**
 * Generalisation rows for the second round on held-out set 159: a versioned model's bare stem that a sentence defines as a
 * model ("X는 A가 … 개발한 모델이다") is the line's earlier model; "두 모델은 각각 A와 B의 후속" pairs a counted group with the
 * models it succeeds respectively; a base claim called untrue in its own sentence ("Y를 기반으로 했다는 이야기는 사실이
 * 아니다") is no base; a quoted name in apposition to a platform ("플랫폼 'X'") is no model.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a stem defined as a model by a copula: its own model, which the versioned name succeeds
  {
    cat: 'names.stem-defined-as-model',
    text: "다온소프트는 사내 챗봇용 'Lumo Q'도 새로 손본다. Lumo Q는 다온소프트가 메타의 Llama 3.1 8B를 기반으로 개발한 상담용 모델이다. 회사는 내년 후속 모델 'Lumo Q 2'를 공개할 예정이다.",
    nodes: ['Model:Lumo Q', 'Model:Lumo Q 2'],
    expect: ['DEVELOPED 다온소프트 -> Lumo Q', 'BASED_ON Lumo Q -> Llama 3.1 8B', 'SUCCEEDS Lumo Q 2 -> Lumo Q'],
  },
  // the stem as the topic of a sentence about something else (a service) stays no model
  {
    cat: 'names.stem-defined-as-model',
    text: "다온소프트는 내년 새 모델 'Lumo Q 2'를 공개한다. Lumo Q는 다온소프트가 운영하는 고객 상담 서비스다.",
    nodes: ['Model:Lumo Q 2'],
    noNodes: ['Model:Lumo Q'],
  },
  // a counted group said to succeed two listed models respectively: pairwise, a shared variant word first
  {
    cat: 'succeeds.group-respectively',
    text: "누리소프트가 새 언어모델 '가람 5 맥스'와 '가람 5 라이트'를 공개했다. 맥스는 사내 서버에서, 라이트는 노트북에서 돌아간다. 두 모델은 각각 '가람 4 라이트'와 '가람 4 플러스'의 후속 모델이다.",
    expect: ['SUCCEEDS 가람 5 라이트 -> 가람 4 라이트', 'SUCCEEDS 가람 5 맥스 -> 가람 4 플러스'],
    absent: ['SUCCEEDS 가람 5 맥스 -> 가람 4 라이트', 'SUCCEEDS 가람 5 라이트 -> 가람 4 플러스'],
  },
  // no shared word: the order both are written in
  {
    cat: 'succeeds.group-respectively',
    text: "누리소프트가 새 언어모델 '가람 5 맥스'와 '가람 5 에어'를 공개했다. 두 모델은 각각 '가람 4 울트라'와 '가람 4 라이트'의 후속 모델이다.",
    expect: ['SUCCEEDS 가람 5 맥스 -> 가람 4 울트라', 'SUCCEEDS 가람 5 에어 -> 가람 4 라이트'],
    absent: ['SUCCEEDS 가람 5 맥스 -> 가람 4 라이트', 'SUCCEEDS 가람 5 에어 -> 가람 4 울트라'],
  },
  // without 각각 the pairs are not read (both succeed one model only where one is named)
  {
    cat: 'succeeds.group-respectively',
    text: "누리소프트가 새 언어모델 '가람 5 맥스'와 '가람 5 에어'를 공개했다. 두 모델은 '가람 4 울트라'와 '가람 4 라이트'를 대체한다.",
    absent: ['SUCCEEDS 가람 5 맥스 -> 가람 4 울트라', 'SUCCEEDS 가람 5 에어 -> 가람 4 라이트'],
  },
  // a base claim its own sentence calls untrue right after it: no base, not even a disputed one
  {
    cat: 'based-on.claim-called-untrue',
    text: "다온소프트가 새 모델 '가람 5'를 공개했다. 김하늘 연구소장은 \"가람 5가 메타의 Llama 3.1 70B를 기반으로 했다는 이야기는 사실이 아니다\"라고 말했다.",
    absent: ['BASED_ON 가람 5 -> Llama 3.1 70B'],
  },
  {
    cat: 'based-on.claim-called-untrue',
    text: "다온소프트가 새 모델 '가람 5'를 공개했다. 다온소프트는 \"가람 5는 처음부터 자체 학습한 모델로, Qwen3-14B 기반이라는 주장은 사실무근\"이라고 반박했다.",
    absent: ['BASED_ON 가람 5 -> Qwen3-14B'],
  },
  // a base stated as a fact stays
  {
    cat: 'based-on.claim-called-untrue',
    text: "다온소프트가 새 모델 '가람 5'를 공개했다. 가람 5는 메타의 Llama 3.1 70B를 기반으로 개발됐다.",
    expect: ['BASED_ON 가람 5 -> Llama 3.1 70B'],
  },
  // a quoted name in apposition to a platform is that platform, even where it reads as a model line and a variant word
  {
    cat: 'names.platform-named',
    text: "카카오가 새 언어모델 '카나나 3'을 공개했다. 이 모델은 기업용 플랫폼 '카나나 엔터프라이즈'로만 제공된다.",
    nodes: ['Model:카나나 3'],
    noNodes: ['Model:카나나 엔터프라이즈'],
  },
  // the same words after a model word stay a model
  {
    cat: 'names.platform-named',
    text: "카카오가 새 언어모델 '카나나 3'과 기업용 모델 '카나나 엔터프라이즈'를 공개했다.",
    nodes: ['Model:카나나 3', 'Model:카나나 엔터프라이즈'],
  },
];

describe('set 159 second round: generalised phrasings', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
