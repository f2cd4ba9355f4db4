/**
 * Generalisation rows for the forms first met in held-out set 126: a company's Latin name and its head in one pair of
 * parentheses, "(대표=NAME·…)", a company named only as what a chief leads, a lead's round of a programme the story names
 * only later, a recap's item headings "N. COMPANY — … 'MODEL'" over the lines about that company, "iM뱅크", a teacher model
 * between a model and its score, "NAME(학과) 교수는", a ministry's scheme a company was picked for, and an English score in a
 * participle after the subject model ("…, scoring N on B").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X(Latin name·대표 NAME)": the Latin name is the company's alias, the note names its head
  {
    cat: 'gazetteer.paren-latin-before-role',
    text: "다온브릿지AI(Daon Bridge AI·대표 마이클 정)는 한국 업스테이지와 번역 모델 '다온-T'를 공동 개발하기로 했다고 3일 밝혔다.",
    expect: ['WORKS_FOR 마이클 정 -> 다온브릿지AI', 'DEVELOPED 다온브릿지AI -> 다온-T', 'PARTNERS_WITH 다온브릿지AI -> 업스테이지'],
    sameNode: ['다온브릿지AI=Daon Bridge AI'],
    noNodes: ['Company:Daon Bridge AI'],
  },
  {
    cat: 'works-for.company-paren-note-title-name',
    text: "누리랩스(Nuri Labs, 대표 한지우)는 지난 5일 언어모델 '누리-M 2'를 공개했다.",
    expect: ['WORKS_FOR 한지우 -> 누리랩스', 'DEVELOPED 누리랩스 -> 누리-M 2'],
    sameNode: ['누리랩스=Nuri Labs'],
  },
  // "(대표=NAME·학과 박사과정)": an equals sign between the title and the name, a note after it
  {
    cat: 'works-for.company-paren-note-title-name',
    text: "교내 창업 기업 한울AI(대표=박서진·전자공학과 석사과정)는 지난 20일 70억 개 매개변수 규모의 언어모델 '한울 7B'를 오픈소스로 공개했다.",
    expect: ['WORKS_FOR 박서진 -> 한울AI', 'DEVELOPED 한울AI -> 한울 7B'],
    edgeProps: ['WORKS_FOR 박서진 -> 한울AI title=대표'],
  },
  // a note on the company's product, not on its head: no person
  {
    cat: 'works-for.company-paren-note-title-name',
    text: "누리랩스(Nuri Labs·대표 제품 누리챗)는 지난 5일 언어모델 '누리-M 2'를 공개했다.",
    absent: ['WORKS_FOR 제품 누리챗 -> 누리랩스'],
    noNodes: ['Person:제품 누리챗', 'Person:누리챗'],
  },
  // "NAME 대표가 이끄는 X는": the word a chief leads is a company, even one shaped like a name
  {
    cat: 'companies.led-by-chief',
    text: "올해 최우수상은 소담결에게 돌아갔다. 윤하은 대표가 이끄는 소담결은 2억 파라미터 규모의 음성 모델 '담-V 1.0'을 처음부터 직접 학습시켰다고 밝혔다.",
    expect: ['WORKS_FOR 윤하은 -> 소담결'],
    nodes: ['Company:소담결'],
  },
  {
    cat: 'companies.led-by-chief',
    text: "윤하은 대표가 이끄는 연구팀은 2억 파라미터 규모의 음성 모델 '담-V 1.0'을 처음부터 직접 학습시켰다고 밝혔다.",
    noNodes: ['Company:연구팀'],
  },
  // "iM뱅크", "KB카드": a short Latin name glued to a financial firm's suffix is a company
  {
    cat: 'companies.latin-financial-suffix',
    text: '누리랩스는 광주에 본점을 둔 gJ뱅크와 지난 18일 업무협약을 맺고 금융 특화 모델을 공동 개발하기로 했다.',
    expect: ['PARTNERS_WITH gJ뱅크 -> 누리랩스'],
    nodes: ['Company:gJ뱅크'],
  },
  {
    cat: 'companies.latin-financial-suffix',
    text: '누리랩스는 AI뱅크 시대를 맞아 금융 특화 모델을 공동 개발하기로 했다.',
    noNodes: ['Company:AI뱅크'],
  },
  // "'Y 미니'는 'Y'를 교사 모델로 삼아 … 만든 소형 모델로, KMMLU 점수는 N점이다": the teacher between is no rival
  {
    cat: 'scored.model-then-bench',
    text: "함께 나온 10억 파라미터 규모의 '가람 3 미니'는 '가람 3'을 교사 모델로 삼아 증류 방식으로 만든 소형 모델로, KMMLU 점수는 44.1점이다.",
    expect: ['SCORED 가람 3 미니 -> KMMLU', 'BASED_ON 가람 3 미니 -> 가람 3'],
    edgeProps: ['SCORED 가람 3 미니 -> KMMLU score=44.1'],
  },
  {
    cat: 'scored.model-then-bench',
    text: "'가람 3 미니'는 작은 모델이고, 교사 모델인 '가람 3'의 KMMLU 점수는 60.2점이다.",
    absent: ['SCORED 가람 3 미니 -> KMMLU'],
  },
  // "NAME(학과) 교수는", "NAME(학번) 동문은": a note on the person in parentheses before the title
  {
    cat: 'persons.name-paren-note-title',
    text: '연구실의 한예린(공과대 전자공학과) 교수는 내년 3월부터 가온소프트의 AI 연구총괄을 맡는다. 같은 연구실 출신인 서도윤(전자공학과 18학번) 동문은 이달 초 업스테이지에 수석연구원으로 합류했다.',
    expect: ['WORKS_FOR 한예린 -> 가온소프트', 'WORKS_FOR 서도윤 -> 업스테이지'],
  },
  {
    cat: 'persons.name-paren-note-title',
    text: '연구실의 한예린(공과대 전자공학과) 교수는 가온소프트의 모델을 평가했다.',
    absent: ['WORKS_FOR 한예린 -> 가온소프트'],
  },
  // "부처의 'X'에도 뽑혔다": a ministry's scheme the company was picked for is a programme
  {
    cat: 'policies.ministry-scheme-picked',
    text: "누리랩스는 올해 과학기술정보통신부의 '초기창업패키지'에도 뽑혔다.",
    expect: ['PARTICIPATES_IN 누리랩스 -> 초기창업패키지'],
  },
  {
    cat: 'policies.ministry-scheme-picked',
    text: "누리랩스는 올해 과학기술정보통신부의 '초기창업패키지'에는 뽑히지 못했다.",
    absent: ['PARTICIPATES_IN 누리랩스 -> 초기창업패키지'],
  },
  // "X's Y, a …-parameter model, posted the highest average …, scoring N on B": the participle's score is the subject model's
  {
    cat: 'scored.en-participle',
    text: "Nuri Labs released Gaon-L 2 on Monday. Nuri Labs' Gaon-L 2, a 40-billion-parameter model, posted the best result in the agency's test, scoring 68.4 on KMMLU, according to the agency.",
    expect: ['SCORED Gaon-L 2 -> KMMLU'],
    edgeProps: ['SCORED Gaon-L 2 -> KMMLU score=68.4'],
  },
  {
    cat: 'scored.en-participle',
    text: "Nuri Labs released Gaon-L 2 on Monday. Gaon-L 2 trailed Qwen3 in the agency's test, scoring 61.2 on KMMLU.",
    absent: ['SCORED Gaon-L 2 -> KMMLU', 'SCORED Qwen3 -> KMMLU'],
  },
  // "X's consortium counts model-compression startup Y among its members": a long kind word before a name the clause introduces
  {
    cat: 'partners.en-consortium-includes',
    text: "Trillion Labs' consortium counts speech-recognition startup Dabeom among its members.",
    expect: ['PARTNERS_WITH Dabeom -> Trillion Labs'],
    nodes: ['Company:Dabeom'],
  },
  {
    cat: 'partners.en-consortium-includes',
    text: "Trillion Labs' consortium counts speech-recognition work among its strengths.",
    noNodes: ['Company:Dabeom'],
    absent: ['PARTNERS_WITH Nuri Labs -> speech-recognition work'],
  },
  // "'X'는 Y를 미세조정한 모델로, …": a quoted topic the first clause calls a model someone made is a model
  {
    cat: 'models.quoted-defined-first-clause',
    text: "'다온GPT'는 카카오의 '카나나 1.5 8B'를 미세조정한 모델로, 재고 이상 징후를 찾아내고 지시서를 작성합니다.",
    expect: ['BASED_ON 다온GPT -> 카나나 1.5 8B'],
    nodes: ['Model:다온GPT'],
  },
  {
    cat: 'models.quoted-defined-first-clause',
    text: "'다온톡'은 카카오의 '카나나 1.5 8B'를 미세조정한 모델로 만든 앱으로, 재고 이상 징후를 찾아냅니다.",
    noNodes: ['Model:다온톡'],
  },
  // "'Y 2.0'은 X의 'Z'로 기반 모델을 바꿨다": the base a successor switched to is its base
  {
    cat: 'based-on.base-switched-to',
    text: "한결랩스가 상반기에 내놓은 '한결 로 1.0'이 '솔라 미니'를 바탕으로 만들어졌다면, 이달 초 공개한 '한결 로 2.0'은 카카오의 '카나나 1.5 8B'로 기반 모델을 바꿨다.",
    expect: ['BASED_ON 한결 로 2.0 -> 카나나 1.5 8B', 'BASED_ON 한결 로 1.0 -> 솔라 미니'],
    absent: ['BASED_ON 한결 로 2.0 -> 솔라 미니'],
  },
  {
    cat: 'based-on.base-switched-to',
    text: "'한결 로 2.0'은 '카나나 1.5 8B'로 기반 모델을 바꾸는 방안을 검토했지만 바꾸지 않았다.",
    absent: ['BASED_ON 한결 로 2.0 -> 카나나 1.5 8B'],
  },
];

/** A recap page: each team under its item heading "N. COMPANY — … 'MODEL'". */
const RECAP = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>데모데이 리캡</title><meta name="date" content="2027-04-02"></head><body><article><h1>데모데이 리캡: 두 팀의 피치</h1>
<p>지난 1일 데모데이가 열렸습니다. 두 팀이 투자자 앞에서 피치를 했습니다.</p>
<h3>1. 한빛케어 — 진료 기록을 써 주는 '케어노트 3B'</h3>
<p>첫 순서는 의료 AI 스타트업 한빛케어였습니다. 박서윤 대표는 진료 기록 초안을 만드는 모델을 소개했습니다. 한빛케어가 만든 '케어노트 3B'는 '라마 3.1 8B'를 미세조정한 모델입니다.</p>
<h3>2. 다온물류 — 처음부터 만든 물류 모델 '다온-L 1.0'</h3>
<p>두 번째 순서는 물류 스타트업 다온물류였습니다. 정하람 대표는 물류센터에서 8년간 일한 현장 출신입니다. 지난달 29일 깃허브에 오픈소스로 공개했다고 합니다.</p>
</article></body></html>`;

/** An English story whose headline names a policy and whose lead names a programme's round before the programme itself. */
function roundStory(programmes: string): GraphDocument {
  const text = `Korea's sovereign AI race: two teams advance\n\nTwo teams led by Nuri Labs and Gaon Soft have cleared the second evaluation of the government's flagship project to build homegrown AI models, the ministry said on Tuesday.\n\n${programmes}`;
  return extractArticle(parseText(text, { source: 'round.txt', publishedAt: '2027-03-02' }));
}

describe('generalise: set 126 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));

  it("participates: a lead's round of the government's project is the one programme the body names later, not the headline's policy", () => {
    const g = roundStory('The ministry said the two teams will move on to the third stage of the independent AI foundation model project, which began last year.');
    expect(hasFact(g, 'PARTICIPATES_IN Nuri Labs -> independent AI foundation model project')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN Gaon Soft -> independent AI foundation model project')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN Nuri Labs -> sovereign AI')).toBe(false);
  });

  it("participates: companies cut from 'the project' after a round took part in the one programme the body names", () => {
    const g = roundStory('The two teams move on to the third stage of the independent AI foundation model project. Analysts expect a close race.\n\nA year ago the ministry met the teams. It gave them data. It gave them chips.\n\nIn January, the ministry cut Daon AI and Hanbit Soft from the project after the first evaluation.');
    expect(hasFact(g, 'PARTICIPATES_IN Daon AI -> independent AI foundation model project')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN Hanbit Soft -> independent AI foundation model project')).toBe(true);
  });

  it('participates: with two programmes in the body, the lead\'s round is given to neither', () => {
    const g = roundStory('The independent AI foundation model project began last year. The ministry also runs the government\'s K-Cloud Chip Project for AI chips.');
    expect(hasFact(g, 'PARTICIPATES_IN Nuri Labs -> independent AI foundation model project')).toBe(false);
  });

  it("item headings 'N. COMPANY — … MODEL': a bare chief under one works for that company, and the item's model is what its lines release", () => {
    const g = extractArticle(parseArticle(Buffer.from(RECAP), { source: 'recap.html' }));
    expect(hasFact(g, 'WORKS_FOR 박서윤 -> 한빛케어')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 정하람 -> 다온물류')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 정하람 -> 한빛케어')).toBe(false);
    const daon = g.nodes.find((n) => n.name === '다온-L 1.0');
    expect(daon?.properties).toMatchObject({ openSource: true, releasedOn: '2027-03-29' });
    expect(g.nodes.find((n) => n.name === '케어노트 3B')?.properties?.['openSource']).toBeUndefined();
  });
});
