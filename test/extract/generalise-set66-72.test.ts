/**
 * Generalisation rows for sets 66 and 72's forms: a bid a company considered and then declined ("입찰 참여를
 * 검토했으나 … 참여하지 않기로") in wrapped printed lines; a list's last member named after the relative clause of the
 * call it joined through ("A, B와 추가 공모로 합류한 C 등 3개 팀"); a subjectless sentence whose omitted subject takes
 * part in the consortium named after its lead ("또 … 선정된 B 컨소시엄에 데이터 파트너로 참여하고 있다"); a verb
 * after a dative and before a size ("교사에게 배운 7B") names no model; an application noun and its topic particle before a
 * contact's title ("참가 신청은 IR 담당(…)으로") is no person; an item's subjectless sentence ending in the copula's
 * connective ("Y를 기반으로 … 추가 학습한 모델이라, …") is about the item's head model.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const LETTER = "가온소프트 주주서한\n\n주주 여러분, 안녕하십니까. 가온소프트 대표이사 홍길순입니다.\n\n4. 정부 사업\n가온소프트는 '지역 AI 거점 사업'에 한빛데이터 컨소시엄\n의 일원으로 참여하고 있습니다.\n";
const RELEASE = "가온소프트, 법률 모델 공개\n\nAI 스타트업 가온소프트는 지난달 법률 특화 모델 '가온-L 2'를 공개했다. ";
const REVIEW = "헤드라인\n\n과학기술정보통신부가 '지역 AI 거점 사업'의 중간 평가를 다음 달 진행한다. ";

const rows: FactRow[] = [
  // "…에는 입찰 참여를 검토했으나, … 참여하지 않기로": a participation only considered, then declined, gives no fact
  { cat: 'hedge.considered-bid', text: LETTER + "한편 행정안전부의 '공공 AI 전환 사업'에는 입찰 참여를 검토했으\n나, 수익성과 인력 운용을 고려해 이번에는 참여하지 않기로 결정했습니\n다.", absent: ['PARTICIPATES_IN 가온소프트 -> 공공 AI 전환 사업'], expect: ['PARTICIPATES_IN 가온소프트 -> 지역 AI 거점 사업'] },
  { cat: 'hedge.considered-bid', text: LETTER + "또 행정안전부의 '공공 AI 전환 사업'에도 참여하고 있습니다.", expect: ['PARTICIPATES_IN 가온소프트 -> 공공 AI 전환 사업'] },
  // "A, B와 추가 공모로 합류한 C 등 3개 팀": the list's last member, after its relative clause, is in the programme too
  { cat: 'participates.joined-through-call', text: REVIEW + '평가 대상은 업스테이지, KT와 추가 공모로 합류한 트릴리온랩스 등 3개 팀이다.', expect: ['PARTICIPATES_IN 트릴리온랩스 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 업스테이지 -> 지역 AI 거점 사업'] },
  { cat: 'participates.joined-through-call', text: REVIEW + '평가 대상은 업스테이지, KT와 추가 공모로 합류를 노리는 트릴리온랩스 등 3개 팀이다.', absent: ['PARTICIPATES_IN 트릴리온랩스 -> 지역 AI 거점 사업'] },
  // "또 … 선정된 B 컨소시엄에 데이터 파트너로 참여하고 있다": the omitted subject is B's partner and in B's programme
  { cat: 'partners.omitted-subject-named-consortium', text: RELEASE + "또 지난 4월 '지역 AI 거점 사업' 공모에서 최종 선정된 한빛데이터 컨소시엄에 법률 데이터 파트너로 참여하고 있다.", expect: ['PARTNERS_WITH 가온소프트 -> 한빛데이터', 'PARTICIPATES_IN 가온소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 한빛데이터 -> 지역 AI 거점 사업'] },
  { cat: 'partners.omitted-subject-named-consortium', text: RELEASE + "또 '지역 AI 거점 사업'을 수행 중인 한빛데이터 컨소시엄에 참여할지 검토하고 있다.", absent: ['PARTNERS_WITH 가온소프트 -> 한빛데이터', 'PARTICIPATES_IN 가온소프트 -> 지역 AI 거점 사업'] },
  { cat: 'partners.omitted-subject-named-consortium', text: RELEASE + "회사는 '지역 AI 거점 사업'을 수행 중인 한빛데이터 컨소시엄에는 참여하지 않는다.", absent: ['PARTNERS_WITH 가온소프트 -> 한빛데이터'] },
  // "교사에게 배운 7B 모델": a verb after a dative, then a size, is no model's name; a name before a size still is
  { cat: 'names.dative-verb-size', text: "가온랩 개발기: 405B 교사에게 배운 8B 한국어 추론 모델\n\n가온랩은 '가온-R 8B'를 공개했습니다.", noNodes: ['Model:배운 8B'], nodes: ['Model:가온-R 8B'] },
  { cat: 'names.dative-verb-size', text: "가온랩 개발기\n\n가온랩은 법률 모델 누리온 8B를 공개했습니다. 누리온 8B는 KMMLU에서 51.2점을 받았습니다.", nodes: ['Model:누리온 8B'] },
  // "참가 신청은 IR 담당(메일)으로 문의": the application noun before the contact's title is no person's name
  { cat: 'persons.application-noun', text: "가온소프트, 실적 발표\n\nAI 전문기업 가온소프트(대표이사 홍길순)는 14일 실적을 발표했다. 가온소프트는 5월 20일 오후 3시 애널리스트를 대상으로 실적 설명회를 엽니다. 참가 신청은 IR 담당(ir@gaon.example)으로 문의하시기 바랍니다.", noNodes: ['Person:신청은'], nodes: ['Person:홍길순'] },
  // "N) X — 회사" then "Y를 기반으로 … 추가 학습한 모델이라, …": the item's head model is built on Y
  { cat: 'based-on.further-trained-copula-connective', text: "제목\n\n■ 후보 소개\n1) Solar Pro 2 — 업스테이지\n업스테이지가 만든 220억 파라미터 모델. 메타의 Llama 3.1을 기반으로 한국어 데이터를 대량으로 추가 학습한 모델이라, 토크나이저가 효율적입니다.", expect: ['BASED_ON Solar Pro 2 -> Llama 3.1'] },
  { cat: 'based-on.further-trained-copula-connective', text: "제목\n\n■ 후보 소개\n1) Solar Pro 2 — 업스테이지\n업스테이지가 만든 220억 파라미터 모델. 메타의 Llama 3.1을 기반으로 추가 학습한 모델이라고 알려졌지만 사실이 아닙니다.", absent: ['BASED_ON Solar Pro 2 -> Llama 3.1'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
