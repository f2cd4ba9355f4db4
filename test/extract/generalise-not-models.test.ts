/**
 * Words that look like model names and are not (written for these tests in their own words): a phone or an app
 * quoted with its model number ("'갤럭시 Z 폴드8'"), a size class after a time word ("내년까지 3B 이하").
 */
import { describe, it } from 'vitest';
import { expect } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'a quoted product of a listed product line (a phone) with its number is no model, and its maker made no model',
    text: "업계에서는 삼성전자가 내년 초 내놓을 '갤럭시 Z 폴드8'에 국산 sLM 탑재를 검토하고 있다는 관측이 나온다. 애플도 '아이폰 19'에 자체 모델을 넣을지 검토 중이다.",
    noNodes: ['Model:갤럭시 Z 폴드8', 'Model:아이폰 19'],
    absent: ['DEVELOPED 삼성전자 -> 갤럭시 Z 폴드8'],
  },
  {
    cat: "a size class after a time word ('내년까지 3B 이하 초소형 모델') is no model",
    text: '한 업계 관계자는 "같은 8B 모델이라도 전력 효율이 관건"이라며 "내년까지 3B 이하 초소형 모델 경쟁도 본격화할 것"이라고 말했다.',
    noNodes: ['Model:내년까지 3B'],
  },
  {
    cat: "a sized name of a model's own is still one (the bound check reads only what follows a size)",
    text: "다온랩스는 새 모델 '다온 7B'를 공개했다. 다온 7B는 KMMLU에서 55.1점을 받았다.",
    nodes: ['Model:다온 7B'],
  },
  {
    cat: "a connective ('이어') or an '-화' noun ('경량화') before a size in a headline names no model",
    text: "누리랩, '누리온 5' 이어 3B '소형'까지 공개\n\n누리랩은 새 모델 '누리온 5'를 공개했다. 본 모델 공개 사흘 만에 경량화 2.4B '초소형'도 내놓았다.",
    noNodes: ['Model:이어 3B', 'Model:경량화 2.4B'],
    nodes: ['Model:누리온 5'],
  },
  // a camp word after a kind of company ('스타트업 진영') is no company; a group's venture arm is itself, not the group
  { cat: 'generic.camp-word', text: '스타트업 진영에서는 ▲가온랩 ▲누리소프트 등이 눈에 띈다.', noNodes: ['Company:진영'], nodes: ['Company:가온랩', 'Company:누리소프트'] },
  { cat: 'gazetteer.venture-arm', text: 'The startup raised 9 billion won in a round led by Kakao Ventures Corp., it said.', noNodes: ['Company:Kakao'] },
  // common nouns after a kind of company or in quotes: a model card, an office, 'Korean-style' are no entities
  { cat: 'generic.common-nouns', text: "국산 LLM 30종 모델카드 분석\n\n판교의 한 AI 스타트업 사무실에서 개발자들이 회의하고 있다. 기업들이 '한국형' 언어모델을 앞다퉈 내놓고 있다.", noNodes: ['Company:모델카드', 'Company:사무실', 'Model:한국형'] },
  // an origin word and a kind of model quoted as a label ("'토종 생성형 AI 모델'", "'국산 LLM'") names no model; a quoted name with a version of its own still does
  { cat: 'generic.origin-label', text: "스타트업들이 '토종 생성형 AI 모델'을 앞다퉈 출시하고 있다. 누리랩은 '누리온 4'를 공개했다.", noNodes: ['Model:토종 생성형 AI 모델'], nodes: ['Model:누리온 4'] },
  { cat: 'generic.origin-label', text: "업계는 '국산 언어 모델'을 내놓는 데 속도를 내고 있다. 가온랩스는 새 모델 '가온 8B'를 공개했다.", noNodes: ['Model:국산 언어 모델'], nodes: ['Model:가온 8B'] },
];

describe('not models', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});

/** A headline or a sentence ranking models ('국내 LLM TOP 5', '베스트 3', '톱10'): the ranking word and its count name no model. */
const RANKINGS = [
  ['국내 AI 모델 TOP 5…상반기 결산', '가온랩스가 내놓은 대화형 모델이다. 문서 요약에 강하다.'],
  ['올해의 AI 모델 베스트 3', '가온랩스가 만든 모델이 1위에 올랐다.'],
  ['해외 모델 Best 10 정리', '가온랩스가 공개한 모델이다.'],
];

describe('ranking words in a headline', () => {
  it.each(RANKINGS)('%s', (title, body) => {
    const g = extractArticle(parseText(`${title}\n\n${body}`, { source: 't.txt', publishedAt: '2026-06-01' }));
    expect(g.nodes.filter((n) => n.type === 'Model').map((n) => n.name)).toEqual([]);
  });
});
