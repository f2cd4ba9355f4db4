/**
 * Generalisation rows for a team eliminated from a programme (test/holdout/README.md, "A team eliminated from a programme"):
 * a company said to have been dropped, to have lost a round ("고배를 마셨던 X", "X's consortium was eliminated") or to lead a
 * team that survived a cut took part in the programme named before; one that only may be dropped, may lead, or never took
 * part gets no edge. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const P = 'PARTICIPATES_IN';
const rows: FactRow[] = [
  // Korean: a past-perfect adnominal of losing a round ("고배를 마셨던 X는", "떨어졌던 X는"), then a later call it skips
  {
    cat: 'ko.lost-round-adnominal',
    text: "해양수산부는 '스마트 항만 AI 실증사업' 2차 공모를 열었다. 지난해 1차 심사에서 고배를 마셨던 가온데이터는 이번 공모에 다시 지원하지 않았다.",
    expect: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  {
    cat: 'ko.lost-round-adnominal',
    text: "해양수산부는 '스마트 항만 AI 실증사업' 2차 공모를 열었다. 1차 심사에서 떨어졌던 가온데이터는 재도전 여부를 검토하고 있다.",
    expect: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  // trap: a company that only considers applying is no participant
  {
    cat: 'ko.lost-round-adnominal',
    text: "해양수산부는 '스마트 항만 AI 실증사업' 2차 공모를 열었다. 가온데이터는 이번 공모에 지원할지 검토하고 있다.",
    absent: [`${P} 가온데이터 -> 스마트 항만 AI 실증사업`],
  },
  // English: a possessive team eliminated
  {
    cat: 'en.possessive-team-eliminated',
    text: "The city graded the Busan Smart Port Project in May. Wrtn's team was eliminated in March.",
    expect: [`${P} Wrtn -> Busan Smart Port Project`],
  },
  {
    cat: 'en.possessive-team-eliminated',
    text: "The city graded the Busan Smart Port Project in May. Wrtn's team might be eliminated in March.",
    absent: [`${P} Wrtn -> Busan Smart Port Project`],
  },
  // English: "teams - led by A, a description, and B - were eliminated": the leads, not the companies in the descriptions
  {
    cat: 'en.teams-led-by-eliminated',
    text: 'The city graded the Busan Smart Port Project in May. Two teams - led by Wrtn, a unit of Kakao, and Liner - were eliminated in the first round.',
    expect: [`${P} Wrtn -> Busan Smart Port Project`, `${P} Liner -> Busan Smart Port Project`],
    absent: [`${P} Kakao -> Busan Smart Port Project`],
  },
  // English: leading the teams that survived a cut
  {
    cat: 'en.lead-surviving-teams',
    text: 'The city graded the Busan Smart Port Project in May. Wrtn and Liner lead the two teams that survived the June cut.',
    expect: [`${P} Wrtn -> Busan Smart Port Project`, `${P} Liner -> Busan Smart Port Project`],
  },
  {
    cat: 'en.lead-surviving-teams',
    text: 'The city graded the Busan Smart Port Project in May. Wrtn and Liner could lead the two teams that survived the June cut.',
    absent: [`${P} Wrtn -> Busan Smart Port Project`],
  },
];

describe('generalise: a team eliminated from a programme', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
