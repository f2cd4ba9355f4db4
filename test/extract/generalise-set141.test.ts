/**
 * Generalisation rows for the forms first met in held-out set 141: an English list of teams under an introduction that
 * names no programme ("… selected three consortia for the X Project. Each consortium pairs …:") with items "A, with B, will
 * …", a team "led by A together with B" put on the reserve list, a company that "remains a participant in" a programme, a
 * kind word after "with" before a new company's name, and a vice minister "of Science and ICT" who announced the results.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an unmarked list after a colon introduction; the programme is the one the sentence before selected teams for
  {
    cat: 'en-roster.with-member',
    text: 'The Ministry of Science and ICT said it picked three consortia for the Smart Harbor AI Project (스마트 항만 AI 사업), a program for ports.\n\nEvery team pairs a software firm with a hardware maker:\n\nUpstage, with Rebellions, will build a cargo assistant.\n\nKakao, with data startup Morrow Sensing, will tune its Kanana model for cranes.\n\nThe teams start in March.',
    expect: ['PARTICIPATES_IN Upstage -> Smart Harbor AI Project', 'PARTICIPATES_IN Rebellions -> Smart Harbor AI Project', 'PARTNERS_WITH Rebellions -> Upstage', 'PARTICIPATES_IN Kakao -> Smart Harbor AI Project', 'PARTICIPATES_IN Morrow Sensing -> Smart Harbor AI Project', 'PARTNERS_WITH Kakao -> Morrow Sensing'],
    absent: ['PARTNERS_WITH Rebellions -> Kakao'],
  },
  {
    cat: 'en-roster.with-member',
    text: 'The Ministry of Science and ICT described the Smart Harbor AI Project (스마트 항만 AI 사업), a program for ports.\n\nEvery team pairs a software firm with a hardware maker:\n\nUpstage, with Rebellions, will build a cargo assistant.',
    absent: ['PARTICIPATES_IN Upstage -> Smart Harbor AI Project', 'PARTICIPATES_IN Rebellions -> Smart Harbor AI Project'],
  },
  // "a team led by A together with B was placed on the reserve list": both applied, so both take part
  {
    cat: 'en-roster.reserve-team',
    text: 'The Ministry of Science and ICT chose two teams for the Smart Harbor AI Project (스마트 항만 AI 사업).\n\nAnother team, led by cloud firm Kakao together with U.S. chip designer Groq, was placed on the waiting list.',
    expect: ['PARTICIPATES_IN Kakao -> Smart Harbor AI Project', 'PARTICIPATES_IN Groq -> Smart Harbor AI Project', 'PARTNERS_WITH Groq -> Kakao'],
  },
  {
    cat: 'en-roster.reserve-team',
    text: 'The Ministry of Science and ICT chose two teams for the Smart Harbor AI Project (스마트 항만 AI 사업).\n\nAnother team, led by cloud firm Kakao together with U.S. chip designer Groq, was not placed on the waiting list.',
    absent: ['PARTICIPATES_IN Kakao -> Smart Harbor AI Project', 'PARTICIPATES_IN Groq -> Smart Harbor AI Project'],
  },
  // "X remains a participant in the ministry's separate P"
  {
    cat: 'en.remains-participant',
    text: "Kakao remains a participant in the ministry's separate Sovereign AI Foundation Model Project.",
    expect: ['PARTICIPATES_IN Kakao -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'en.remains-participant',
    text: "Kakao is not a participant in the ministry's separate Sovereign AI Foundation Model Project.",
    absent: ['PARTICIPATES_IN Kakao -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // "with fabless startup NAME,": a new company after its kind word
  {
    cat: 'discovery.en-with-kind',
    text: 'Kakao signed a deal with fabless startup Orrin Silicon, which designs inference chips.',
    nodes: ['Company:Orrin Silicon'],
  },
  {
    cat: 'discovery.en-with-kind',
    text: 'Kakao signed a deal with the startup, which designs inference chips.',
    noNodes: ['Company:The'],
  },
  // a vice minister "of Science and ICT" who announced the results promotes the programme whose teams were listed
  {
    cat: 'en-roster.results-official',
    text: 'The Ministry of Science and ICT said it picked three consortia for the Smart Harbor AI Project (스마트 항만 AI 사업), a program for ports.\n\nEvery team pairs a software firm with a hardware maker:\n\nUpstage, with Rebellions, will build a cargo assistant.\n\nKakao remains a participant in the Sovereign AI Foundation Model Project.\n\nVice Minister of Science and ICT Kim Do-hyun (김도현), who announced the results in Sejong, said the teams would start soon.',
    expect: ['PROMOTES Kim Do-hyun -> Smart Harbor AI Project'],
    absent: ['PROMOTES Kim Do-hyun -> 독자 AI 파운데이션 모델 프로젝트'],
  },
];

describe('generalisation: set 141 forms in other wordings', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
