/**
 * Generalisation rows (round r52c): a parent company named once, as the topic opening a sentence right after one about its
 * one subsidiary, in a story that names the subsidiary again and again, is that subsidiary ("X클라우드가 … 내놨다. 네이버는
 * 이 모델을 …"); and a model named by a family or brand word and a code ("DeepSeek-R1", "Kimi-K2", "딥시크 R1") is that code
 * alone later ("R1을 교사로 삼아"); a bare family word as the subject of a derivation from another family's model
 ("솔라 오픈이 Z에서 파생됐다는 주장") is the one version of that family the article names. Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the parent as the next sentence's topic, after the subsidiary's release: the subsidiary
  { cat: 'names.parent-topic-after-child', text: "네이버클라우드가 번역 특화 모델 '누리말-3'을 선보였다. 네이버는 이 모델을 파파고에 먼저 붙일 계획이다. 네이버클라우드는 다음 분기 노을랩스와 손잡고 누리말-3 기반 의료 모델을 함께 개발하기로 했다. 강서윤 네이버클라우드 전무는 \"해외 고객도 늘고 있다\"고 했다.", sameNode: ['네이버=네이버클라우드'], expect: ['DEVELOPED 네이버클라우드 -> 누리말-3', 'PARTNERS_WITH 네이버클라우드 -> 노을랩스'] },
  { cat: 'names.parent-topic-after-child', text: "KT클라우드는 공공기관용 문서 요약 모델 '가람-S'를 공개했다. 응답 속도를 두 배로 끌어올렸다는 설명이다. KT는 연말까지 가람-S를 지자체 민원 창구에 깔 예정이다. KT클라우드는 노을소프트와 협약을 맺었다. 윤도하 KT클라우드 상무는 \"수요가 많다\"고 했다.", sameNode: ['KT=KT클라우드'], expect: ['DEVELOPED KT클라우드 -> 가람-S'] },
  // (the parent far from any sentence about the subsidiary: a party of its own)
  { cat: 'names.parent-topic-after-child', text: "KT클라우드는 공공기관용 문서 요약 모델 '가람-S'를 공개했다. KT클라우드는 노을소프트와 협약도 맺었다. 가람-S의 요금은 아직 정해지지 않았다. 업계는 가격 경쟁이 거세질 것으로 본다. 한편 통신 시장은 올해 정체됐다. KT는 올해 새 요금제를 내놨다. KT클라우드 관계자는 \"고객사가 늘고 있다\"고 했다.", nodes: ['Company:KT', 'Company:KT클라우드'] },
  // a code alone, after the model it ends was named with its family or brand word: that model
  { cat: 'names.code-alone-of-version', text: "노을랩스가 추론 모델 '해담-3'을 공개했다. 해담-3은 DeepSeek-R1을 교사로 삼아 증류했다. 노을랩스는 R1을 고른 이유로 긴 풀이를 들었다.", sameNode: ['DeepSeek-R1=R1'] },
  { cat: 'names.code-alone-of-version', text: "노을랩스가 추론 모델 '해담-3'을 공개했다. 해담-3은 Kimi-K2를 교사로 삼아 증류했다. 1조 개 규모의 K2를 교사로 삼은 국내 첫 사례다.", sameNode: ['Kimi-K2=K2'], expect: ['BASED_ON 해담-3 -> Kimi-K2'] },
  { cat: 'names.code-alone-of-version', text: "노을랩스가 추론 모델 '해담-3'을 공개했다. 해담-3은 딥시크 R1을 교사로 삼아 증류했다. R1은 6710억 개 규모다.", sameNode: ['딥시크 R1=R1'] },
  // a bare family word said to derive from another family's model: the article's one version of that family
  { cat: 'names.family-derived-from-other', text: "카카오가 '카나나 2 30B'를 공개했다. 한 연구자는 \"카나나가 중국 노을AI의 '바람-7B'에서 파생됐다\"고 설명했다.", expect: ['BASED_ON 카나나 2 30B -> 바람-7B'], noNodes: ['Model:카나나'] },
  // (not the family's early history: "처음" talks of the family)
  { cat: 'names.family-derived-from-other', text: "카카오가 '카나나 2 30B'를 공개했다. 카나나는 처음에 라마 3를 바탕으로 만들어졌다는 얘기가 있다. 카카오는 이번 모델을 직접 학습했다고 밝혔다.", nodes: ['Model:카나나', 'Model:카나나 2 30B'] },
];

describe('generalisation rows (r52c)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
