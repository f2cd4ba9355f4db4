/**
 * Generalisation rows for spoken answers in committee minutes: a connective verb before a comma is no company
 * ("공모를 진행했으며, A가 주관하는 컨소시엄"), an adverb before 컨소시엄 is no lead ("아직 컨소시엄 내부에서"), a quoted
 * word for a model's origin names no model ("'국산 AI'라는 이름으로"), and a basis its own clause denies is no base
 * ("Y를 기반으로 한 것이 아니고, … 자체 학습한"), and a person the speaker addresses ("존경하는 NAME 위원장님,") pushes no programme. Every sentence is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  { cat: 'company.connective-before-comma', text: '정부는 추가 공모를 진행했으며, 다온지능이 주관하는 컨소시엄이 새로 선정되었습니다.', nodes: ['Company:다온지능'], noNodes: ['Company:진행했으며'] },
  { cat: 'company.adverb-before-consortium', text: "다만 '다온-2' 공개 여부는 아직 컨소시엄 내부에서 논의 중입니다.", noNodes: ['Company:아직'] },
  { cat: 'model.quoted-origin-word', text: "이런 모델이 '토종 AI'라는 이름으로 팔립니다. 사업 이름이 '독자' 파운데이션 모델 아닙니까?", noNodes: ['Model:토종 AI', 'Model:독자'] },
  {
    cat: 'based-on.denied-in-clause',
    text: '한빛텔레콤의 한빛-X 1은 딥시크 V3를 기반으로 한 것이 아니고, 초기 가중치부터 자체적으로 학습한 모델로 확인되었습니다.',
    absent: ['BASED_ON 한빛-X 1 -> 딥시크 V3'],
    expect: ['DEVELOPED 한빛텔레콤 -> 한빛-X 1'],
  },
  { cat: 'based-on.denied-in-clause', text: '한빛-X 1은 딥시크 V3를 기반으로 한 모델이고, 한국어를 추가 학습했다.', expect: ['BASED_ON 한빛-X 1 -> 딥시크 V3'] },
  // a person addressed ("존경하는 NAME 위원장님,") is who the speaker reports to, not who pushes the programme
  { cat: 'promotes.vocative', text: "존경하는 박민호 위원장님, 그리고 위원님 여러분, '국가대표 로봇 AI 사업' 추진 현황을 보고드리겠습니다.", absent: ['PROMOTES 박민호 -> 국가대표 로봇 AI 사업'] },
  { cat: 'promotes.vocative', text: "김하나 장관은 '국가대표 로봇 AI 사업'을 직접 추진하겠다고 밝혔다.", expect: ['PROMOTES 김하나 -> 국가대표 로봇 AI 사업'] },
];

describe('committee minutes', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
