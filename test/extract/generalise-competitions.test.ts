/**
 * Competition and hackathon recaps (written for these tests in their own words): teams named as a company's
 * ("X의 'T' 팀") and then spoken of as "이 팀은"/"T 팀은", a model trained by the sentence's subject and entered
 * with "…로 출전했다", "두 회사는" after two companies coordinated as a topic, and a bare family word in a
 * headline next to "에이전트" (which holds "이전" but says nothing of a predecessor).
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "'이 팀은' after 'X의 'T' 팀': the team's company is the subject (its own model)",
    text: "대상은 솔트웨어의 '바람' 팀에 돌아갔다. 이 팀은 LG AI연구원의 '엑사원 4.0 32B'를 바탕으로 추가 학습한 자체 모델 '바람-민원 32B'를 출품했다.",
    expect: ['DEVELOPED 솔트웨어 -> 바람-민원 32B', 'BASED_ON 바람-민원 32B -> 엑사원 4.0 32B'],
    absent: ['DEVELOPED LG AI연구원 -> 바람-민원 32B'],
  },
  {
    cat: "'T 팀은' names the team again: the same company",
    text: "우수상은 솔트웨어의 '바람' 팀이 받았다. 바람 팀은 자체 모델 '바람-민원 8B'를 내놨다.",
    expect: ['DEVELOPED 솔트웨어 -> 바람-민원 8B'],
  },
  {
    cat: 'a team of no company (students, individuals) stands for none: not the company whose team was named before',
    text: "대상은 솔트웨어의 '바람' 팀에 돌아갔다. 우수상은 대학원생들로 꾸려진 '가람' 팀이 받았다. 이 팀은 자체 모델 '가람-X 8B'를 출품했다.",
    absent: ['DEVELOPED 솔트웨어 -> 가람-X 8B'],
  },
  {
    cat: "the subject trained the model on a base ('Y에 … 추가 학습시킨 X로 출전했다'): the subject made X, the base's owner did not",
    text: "솔트웨어는 NC AI의 '바르코 LLM 2.0'에 상담 데이터를 추가 학습시킨 '한결-상담 8B'로 출전했다.",
    expect: ['DEVELOPED 솔트웨어 -> 한결-상담 8B', 'BASED_ON 한결-상담 8B -> 바르코 LLM 2.0'],
    absent: ['DEVELOPED NC AI -> 한결-상담 8B'],
  },
  {
    cat: "'두 회사는' right after 'A와 B는' as the topic: both companies",
    text: "최우수상을 받은 솔트웨어와 신한은행은 각각 상금을 받았다. 두 회사는 과기정통부의 'AI 민원 혁신 프로젝트' 실증 사업에도 참여하게 됐다.",
    expect: ['PARTICIPATES_IN 솔트웨어 -> AI 민원 혁신 프로젝트', 'PARTICIPATES_IN 신한은행 -> AI 민원 혁신 프로젝트'],
  },
  {
    cat: "'A와 B가 거론된다' names no topic: a later '두 회사는' is not A and B",
    text: "인수 후보로는 솔트웨어와 신한은행이 거론된다. 두 회사 모두 부인했다. 업계는 올해 안에 결론이 날 것으로 본다. 두 회사는 지난해 상담 챗봇을 함께 개발하기도 했다.",
    absent: ['PARTNERS_WITH 솔트웨어 -> 신한은행'],
  },
];

describe('competition recaps: teams, entries, pairs', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});

describe("a headline's bare family word beside '에이전트' (no '이전' in it)", () => {
  it('is the one version of the family the article names', () => {
    const parsed = parseText("AI 에이전트 겨룬 대회…대상은 '엑사원 기반' 솔트웨어\n\n솔트웨어는 LG AI연구원의 '엑사원 4.0 32B'를 바탕으로 추가 학습한 자체 모델 '바람-민원 32B'를 출품했다.", { source: 't.txt', publishedAt: '2026-05-01' });
    const models = extractArticle(parsed).nodes.filter((n) => n.type === 'Model').map((n) => n.name);
    expect(models).toContain('엑사원 4.0 32B');
    expect(models).not.toContain('엑사원');
  });
});
