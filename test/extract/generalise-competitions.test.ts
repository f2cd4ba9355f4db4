/**
 * Competition and hackathon recaps, and what "두 회사" / "양사" stand for (written for these tests in their own words): teams named as a company's
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
    cat: "'두 회사는 공동으로 …' after a sentence whose subject is one new company: it and the company the article is about",
    text: "카카오가 새 모델을 공개했다. 안전성 검증에는 스타트업 솔트웨어가 참여했다. 두 회사는 공동으로 레드팀을 꾸려 모델을 석 달간 검증했다.",
    expect: ['PARTNERS_WITH 카카오 -> 솔트웨어'],
  },
  {
    cat: "'C와의 협력이 눈에 띈다. 양사는 … 공동 개발해 왔다': C and the company the article is about, not two companies named before",
    text: "카카오가 새 모델을 공개했다. 카카오는 구글의 젬마 3보다 낫다고 밝혔다. 하드웨어 측면에서는 솔트웨어와의 협력이 눈에 띈다. 양사는 추론용 칩을 공동 개발해 왔다.",
    expect: ['PARTNERS_WITH 카카오 -> 솔트웨어'],
    absent: ['PARTNERS_WITH 카카오 -> 구글', 'PARTNERS_WITH 구글 -> 솔트웨어'],
  },
  {
    cat: "a pair spoken of again ('양사의 협력은') stays what '두 회사' means, past a sentence naming another company in passing",
    text: "솔트웨어와 신한은행이 상담 모델을 공동 개발했다. 양사의 협력은 공동 개발에 한정된다. 학습은 엔비디아 칩 기반의 클라우드에서 진행했다. 두 회사는 과기정통부의 'AI 상담 공동연구 지원사업' 과제로도 함께 선정됐다.",
    expect: ['PARTICIPATES_IN 솔트웨어 -> AI 상담 공동연구 지원사업', 'PARTICIPATES_IN 신한은행 -> AI 상담 공동연구 지원사업'],
    absent: ['PARTICIPATES_IN 엔비디아 -> AI 상담 공동연구 지원사업'],
  },
  {
    cat: "'A는 B와 … 맺고 있는데, 양사가 …': the pair of the sentence's earlier clause",
    text: "누리소프트는 삼성전자와 3년째 협력 관계를 맺고 있는데, 양사가 손잡고 내놓은 '온별 3B'는 스마트폰용 모델이다.",
    expect: ['DEVELOPED 누리소프트 -> 온별 3B'],
  },
  {
    cat: "'A는 B와 … 있는데, 양사 모두 …': a rivalry's pair is no partnership",
    text: '누리소프트는 삼성전자와 경쟁하고 있는데, 양사 모두 새 모델을 준비하고 있다.',
    absent: ['PARTNERS_WITH 누리소프트 -> 삼성전자'],
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
