/**
 * Generalisation rows for the forms first met in held-out set 110: a province's head named with the region glued to
 * the title ("전남특별자치도지사", "충청북도지사"), and more below.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a region's head: the region's full or shortened name glued to the title, with 특별자치 before it
  {
    cat: 'promotes.regional-head',
    text: "AI 스타트업 누리봇은 '바다 AI 실증사업' 참여 기업이다. 한서준 제주특별자치도지사는 지난 3일 \"바다 AI 실증사업을 도 전역으로 넓히겠다\"고 말했다.",
    nodes: ['Person:한서준'],
    expect: ['PROMOTES 한서준 -> 바다 AI 실증사업'],
  },
  {
    cat: 'promotes.regional-head',
    text: "AI 스타트업 누리봇은 '산림 AI 돌봄 사업' 참여 기업이다. 윤가람 충청북도지사는 \"산림 AI 돌봄 사업을 내년에 두 배로 키우겠다\"고 밝혔다.",
    nodes: ['Person:윤가람'],
    expect: ['PROMOTES 윤가람 -> 산림 AI 돌봄 사업'],
  },
  // 현대위아 (Hyundai WIA, a Hyundai Motor Group machine-tool and parts maker) is a company of the gazetteer
  {
    cat: 'gazetteer.company',
    text: '가온AI는 현대위아와 설비 진단 모델을 공동 개발하는 협약을 맺었다.',
    nodes: ['Company:현대위아'],
    props: ['현대위아=country:KR'],
    expect: ['PARTNERS_WITH 가온AI -> 현대위아'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
