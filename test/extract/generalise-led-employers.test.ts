/**
 * Generalisation rows: a person named by what they lead, with no company in their sentence ("X 개발을 이끈 NAME CTO는",
 * "기존 Y본부를 이끌던 NAME 본부장은"): the model's developer or the unit's company, read from earlier sentences.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the model's developer, recorded elsewhere in the article
  {
    cat: 'works-for.led-model',
    text: "솔빛랩스는 새 언어모델 '누리-5'를 공개했다. 누리-5 개발을 이끈 한가람 최고기술책임자(CTO)는 네이버 연구원 출신이다.",
    expect: ['WORKS_FOR 한가람 -> 솔빛랩스'],
    edgeProps: ['WORKS_FOR 한가람 -> 솔빛랩스 title=최고기술책임자'],
    absent: ['WORKS_FOR 한가람 -> 네이버'],
  },
  // a unit tied to its company before ("C는 … Y본부와 Z팀을 'W 센터'로 합쳤다"), then its head moved to a post in it
  {
    cat: 'works-for.led-unit',
    text: "가람소프트는 기존 언어모델본부와 검색팀을 'AI 연구센터'로 합쳤다. 기존 언어모델본부를 이끌던 오지환 본부장은 AI 연구센터 수석연구원으로 자리를 옮긴다.",
    expect: ['WORKS_FOR 오지환 -> 가람소프트'],
    edgeProps: ['WORKS_FOR 오지환 -> 가람소프트 title=AI 연구센터 수석연구원'],
  },
  { cat: 'works-for.led-unit', text: '가람소프트의 음성인식본부가 새 제품을 냈다. 음성인식본부를 이끄는 윤다솜 본부장은 "속도를 높였다"고 말했다.', expect: ['WORKS_FOR 윤다솜 -> 가람소프트'] },
  // a unit no company was tied to, a former post, or a company named before the person: no employer from the unit
  { cat: 'works-for.led-unit', text: '음성인식본부가 새 제품을 냈다. 음성인식본부를 이끄는 윤다솜 본부장은 "속도를 높였다"고 말했다.', absent: ['WORKS_FOR 윤다솜 -> 가람소프트'] },
  { cat: 'works-for.led-unit', text: '가람소프트의 음성인식본부가 새 제품을 냈다. 음성인식본부를 이끌던 윤다솜 전 본부장은 회사를 떠났다.', absent: ['WORKS_FOR 윤다솜 -> 가람소프트'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
