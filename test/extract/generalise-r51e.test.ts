/**
 * Generalisation rows (session r51e): a bare family word asked about its unnamed next version ("X 후속 버전",
 * "X 차기 모델") in an article naming one version of the family stands for that version; a parent named once in the
 * body as the owner of "its own model" ("네이버 자체 모델인 …") in an article about its subsidiary is the subsidiary;
 * a numbered or bulleted line "MODEL — COMPANY" names the model's maker. Every row is a short text written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'family-next-unnamed.question',
    text: "사내 검색 도구에 구글의 '젬마 3 12B'를 붙여 봤다. 젬마 3 12B는 요약이 깔끔했다. 독자 질문: 젬마 차기 모델은 언제쯤 나올까요?",
    noNodes: ['Model:젬마'],
    expect: ['DEVELOPED 구글 -> 젬마 3 12B'],
  },
  {
    cat: 'family-next-unnamed.statement',
    text: "연구팀은 알리바바의 '큐웬3 8B'로 실험했다. 큐웬3 8B는 한국어 답변이 무난했다. 큐웬 다음 버전은 아직 발표되지 않았다.",
    noNodes: ['Model:큐웬'],
  },
  // the next version named in the same sentence: the bare word stays its own node (the predecessor)
  {
    cat: 'family-next-unnamed.named-successor',
    text: "구글은 '젬마 2'를 먼저 내놨다. 젬마 후속 모델인 '젬마 3'는 올해 공개됐다.",
    nodes: ['Model:젬마 3'],
    absent: ['SUCCEEDS 젬마 3 -> 젬마 3'],
  },
  {
    cat: 'parent-own-model.subsidiary',
    text: "네이버클라우드는 새 경량 모델 '하이퍼클로바X 시드 4B'를 공개했다. 네이버클라우드 측은 이 모델을 사내 검색에 먼저 붙였다고 했다. 네이버클라우드 연구진에 따르면 이 모델은 네이버 자체 모델인 '하이퍼클로바X 씽크'를 줄여 만든 것이다.",
    noNodes: ['Company:네이버'],
    expect: ['DEVELOPED 네이버클라우드 -> 하이퍼클로바X 씽크'],
  },
  // the subsidiary named once only: the parent stays a company of its own
  {
    cat: 'parent-own-model.subsidiary-rare',
    text: "네이버클라우드는 새 경량 모델 '하이퍼클로바X 시드 4B'를 공개했다. 이 모델은 네이버 자체 모델인 '하이퍼클로바X 씽크'를 줄여 만든 것이다.",
    nodes: ['Company:네이버'],
  },
  {
    cat: 'numbered-line-maker.blog-list',
    text: "주말에 번역 모델 세 개를 비교했다. 가람소프트는 번역 스타트업이다.\n\n2) 누리말-9B — 가람소프트 지난 겨울에 공개된 번역 특화 모델이다.",
    expect: ['DEVELOPED 가람소프트 -> 누리말-9B'],
  },
  {
    cat: 'numbered-line-maker.bullet',
    text: "사내 요약 봇 후보를 정리했다. 한울데이터는 데이터 라벨링 기업이다.\n\n- 한울요약-3B (Hanul-3B) – 한울데이터\n\n속도는 가장 빨랐다.",
    expect: ['DEVELOPED 한울데이터 -> 한울요약-3B'],
  },
  // a company after the dash that the model is compared with is no maker
  {
    cat: 'numbered-line-maker.comparison',
    text: "사내 요약 봇 후보를 정리했다. 한울데이터는 데이터 라벨링 기업이다.\n\n- 누리말-9B — 한울데이터 대비 느리다.",
    absent: ['DEVELOPED 한울데이터 -> 누리말-9B'],
  },
];

describe('generalise: r51e', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
