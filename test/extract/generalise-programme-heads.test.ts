/**
 * Generalisation rows for set 159: companies said to take part in a programme called by its bare head word ("모두 프로젝트에
 *계속 참여 중") take part in the programme named so far with that word, not in a later programme of another kind (a follow-on
 * "사업") named just before; a clause after it on whether a later stage is joined does not undo it. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'participates.bare-head-word',
    text: "정부는 '한빛 AI 모델 프로젝트'를 이어간다. 2028년에는 후속 사업인 '누리 AI 확산 사업'이 시작된다. 1차 평가를 받은 가온랩스, 다솜소프트 2개 정예팀은 모두 프로젝트에 계속 참여 중이다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 한빛 AI 모델 프로젝트', 'PARTICIPATES_IN 다솜소프트 -> 한빛 AI 모델 프로젝트'],
    absent: ['PARTICIPATES_IN 가온랩스 -> 누리 AI 확산 사업', 'PARTICIPATES_IN 다솜소프트 -> 누리 AI 확산 사업'],
  },
  // the bare word of the programme named last: that programme
  {
    cat: 'participates.bare-head-word',
    text: "정부는 '한빛 AI 모델 프로젝트'를 이어간다. 2028년에는 후속 사업인 '누리 AI 확산 사업'이 시작된다. 추가 공모로 뽑힌 가온랩스, 다솜소프트는 사업에 함께 참여한다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 누리 AI 확산 사업'],
    absent: ['PARTICIPATES_IN 가온랩스 -> 한빛 AI 모델 프로젝트'],
  },
  // "… 모두 프로젝트에 계속 참여 중이며, 다음 단계 참여 여부는 …": the later stage's open question is another clause's
  {
    cat: 'participates.bare-head-after-topic',
    text: "정부는 '한빛 AI 모델 프로젝트'를 이어간다. 올해 합류한 가온랩스와 다솜소프트는 모두 프로젝트에 계속 참여 중이며, 다음 단계 참여 여부는 평가 결과에 따라 정해진다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 한빛 AI 모델 프로젝트', 'PARTICIPATES_IN 다솜소프트 -> 한빛 AI 모델 프로젝트'],
  },
  // whether to join, undecided: no participation
  {
    cat: 'participates.bare-head-after-topic',
    text: "정부는 '한빛 AI 모델 프로젝트'를 이어간다. 가온랩스는 프로젝트 참여 여부를 아직 정하지 못했다.",
    absent: ['PARTICIPATES_IN 가온랩스 -> 한빛 AI 모델 프로젝트'],
  },
  {
    cat: 'participates.bare-head-after-topic',
    text: "정부는 '한빛 AI 모델 프로젝트'를 이어간다. 가온랩스는 모두 프로젝트에 참여할지를 두고 고민 중이다.",
    absent: ['PARTICIPATES_IN 가온랩스 -> 한빛 AI 모델 프로젝트'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
