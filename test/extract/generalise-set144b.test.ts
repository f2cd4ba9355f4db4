/**
 * Generalisation rows for the second round on held-out set 144: a person promoted with the age in brackets and a unit's
 * Latin name before the old post ("NAME(46) Gen AI 랩장을 상무로 승진시켰다"), an official in charge of a programme's design
 * ("김 실장은 X 3단계 설계를 직접 맡아"), a lawmaker's bill ("대표 발의한 'X법'", and "필자가 … 발의한" in a signed column),
 * adverbs and generic words that are no names ("정작 정부 프로젝트", "재생에너지"), and companies taking part through a
 * programme ("두 회사는 이번 사업을 통해 … 공동 개발할 계획이다") or entering it as suppliers ("A와 B가 공급기업으로 들어와 있고"), and a report's
 * entrants presenting in turn ("2단계 진출 기업들의 발표가 이어졌다. NAME X 대표는 …"). Every row is a short article written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "COMPANY는 … NAME(age) UNIT 랩장을 TITLE로 승진시켰다": the age in brackets is no part of the old post; the new post is at the company
  {
    cat: 'works-for.appointed-aged',
    text: '카카오는 3일 발표한 정기 임원인사에서 음성 모델 개발을 이끈 한서준(44) Gen AI 랩장을 상무로 승진시켰다.',
    expect: ['WORKS_FOR 한서준 -> 카카오'],
    edgeProps: ['WORKS_FOR 한서준 -> 카카오 title=상무'],
    noNodes: ['Company:Gen AI'],
  },
  {
    cat: 'works-for.appointed-aged',
    text: '카카오는 인사를 미뤘고, 네이버는 한서준(44) 데이터 랩장을 상무로 승진시켰다.',
    expect: ['WORKS_FOR 한서준 -> 네이버'],
    absent: ['WORKS_FOR 한서준 -> 카카오'],
  },
  // "Gen AI" is the generic short form of generative AI, no company's name
  {
    cat: 'discovery.generic-gen-ai',
    text: '네이버는 Gen AI 조직을 새로 꾸렸다고 밝혔다.',
    noNodes: ['Company:Gen AI'],
  },
  // "NAME 실장은 X 2단계 설계를 직접 맡아": an official in charge of designing the programme (or a phase of it) promotes it
  {
    cat: 'promotes.person-design-charge',
    text: "행정안전부는 민원정책실장에 윤하람 전 국장을 임명했다. 윤 실장은 'AI 민원 혁신 사업' 2단계 설계를 직접 맡아 내년 초 세부 계획을 내놓는다.",
    expect: ['PROMOTES 윤하람 -> AI 민원 혁신 사업'],
  },
  {
    // designing a participant's model is no charge of the programme
    cat: 'promotes.person-design-charge',
    text: "오세진 누리랩 대표는 'AI 민원 혁신 사업' 참여 기업의 모델 설계를 맡았다.",
    absent: ['PROMOTES 오세진 -> AI 민원 혁신 사업'],
  },
];

describe('generalisation: set 144 second-round forms in other wordings', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});

