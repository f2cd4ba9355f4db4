/**
 * Generalisation rows (r54d, leftovers of older held-out sets): a consortium's member named after the consortium's
 * member word ("A 컨소시엄의 참여사 B는"), a name no list knows among them, who then takes part in the lead's programme;
 * a company that joins a consortium in a later clause of a sentence about it ("B는 …했고, 지난달 A 컨소시엄에 새로
 * 합류했다"); an official in polite speech, the honorific subject particle after the title ("사업을 총괄하는 NAME
 * 정책관께서"). Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the member word between the consortium and the member's name
  { cat: 'consortium-member-word', text: '물빛데이터 컨소시엄의 참여사 여울랩은 평가용 말뭉치 구축을 맡았다.', nodes: ['Company:여울랩'], expect: ['PARTNERS_WITH 물빛데이터 -> 여울랩'] },
  { cat: 'consortium-member-word', text: '물빛데이터 컨소시엄 참여기업인 여울랩이 데이터 정제를 도왔다.', nodes: ['Company:여울랩'], expect: ['PARTNERS_WITH 물빛데이터 -> 여울랩'] },
  { cat: 'consortium-member-word', text: "과기정통부는 '지역 특화 AI 모델 사업'에 물빛데이터 컨소시엄을 선정했다. 물빛데이터 컨소시엄의 참여사 여울랩은 \"다음 단계 도전 기회가 없다니 아쉽다\"고 했다.", expect: ['PARTNERS_WITH 물빛데이터 -> 여울랩', 'PARTICIPATES_IN 여울랩 -> 지역 특화 AI 모델 사업'] },
  { cat: 'consortium-member-word', text: '물빛데이터 컨소시엄의 참여사 명단은 아직 공개되지 않았다.', noNodes: ['Company:명단'] },
  // a later clause of the sentence: the topic joins another consortium
  { cat: 'joined-in-later-clause', text: '번역 AI 기업 새벽소프트는 1차 평가까지 KT 컨소시엄에 있었지만 본선을 앞두고 나왔고, 지난 5월 업스테이지 컨소시엄에 새로 합류했다.', expect: ['PARTNERS_WITH 새벽소프트 -> 업스테이지'] },
  { cat: 'joined-in-later-clause', text: '새벽소프트는 한동안 독자 노선을 고민해 왔으며, 올해 초 업스테이지 컨소시엄에 참여했다.', expect: ['PARTNERS_WITH 새벽소프트 -> 업스테이지'] },
  { cat: 'joined-in-later-clause', text: '새벽소프트는 한동안 독자 노선을 고민해 왔으며, 업스테이지 컨소시엄에는 참여하지 않았다.', absent: ['PARTNERS_WITH 새벽소프트 -> 업스테이지'] },
  // an official in polite speech: the honorific subject after the title
  { cat: 'official-honorific', text: "저희는 올해 '스마트 등대 AI 실증사업'에 선정됐습니다.\n\n사업을 총괄하는 남궁현 해양수산부 항만정책관께서 지난주 현장을 둘러보셨어요.", expect: ['PROMOTES 남궁현 -> 스마트 등대 AI 실증사업'] },
  { cat: 'official-honorific', text: "저희는 올해 '스마트 등대 AI 실증사업'에 선정됐습니다.\n\n사업을 이끄는 도하윤 해양수산부 디지털전환국장께서는 현장을 자주 찾으십니다.", expect: ['PROMOTES 도하윤 -> 스마트 등대 AI 실증사업'] },
];

describe('generalisation rows (r54d)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
