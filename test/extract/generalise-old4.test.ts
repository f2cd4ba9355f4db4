/**
 * Generalisation rows for forms left over from held-out sets 122–124: an interview printed with dash questions over
 * plain answers, whose interviewee's company only the headline names; a team that failed a stage, fell short of the
 * pass mark or withdrew; "지원했다가 … 들지 못했다", with its subject a sentence back and the programme marked "에는";
 * generation words of a numbered series ("1세대", "2세대"); a size made the topic before a compared model; a ministry's
 * policy section chief (…정책과장) as an official; the predecessor of a model released with a partner.
 * (A base run on the benchmark named before, scored.model-run-on-bench, has its rows in rule-rows/scored.ts.)
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const PROGRAMME = "정부가 추진하는 '독자 AI 파운데이션 모델 프로젝트'의 2차 평가 결과가 나왔다.";

const rows: FactRow[] = [
  // "X 컨소시엄은 한 단계를 넘지 못했다", "… 기준 점수에 미치지 못해": a team that failed the stage took part
  {
    cat: 'participates.selection-outcome',
    text: `${PROGRAMME} 뒤늦게 합류했던 누리소프트 컨소시엄은 한 단계를 넘지 못했다.`,
    expect: ['PARTICIPATES_IN 누리소프트 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'participates.selection-outcome',
    text: `${PROGRAMME} 한빛AI 컨소시엄은 기준 점수에 미치지 못해 이번 단계에서 지원이 끝난다.`,
    expect: ['PARTICIPATES_IN 한빛AI -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // a member that withdrew took part before it left
  {
    cat: 'participates.selection-outcome',
    text: "부산시가 올해 시작한 'AI 항만 실증사업'에는 한빛로지스가 새로 참여하기로 했다. 반면 지난 4월 사업 출범 때 함께했던 물류 업체 누리해운은 자체 솔루션 개발에 집중하겠다며 최근 참여를 접었다.",
    expect: ['PARTICIPATES_IN 누리해운 -> AI 항만 실증사업'],
  },
  // a company falling short of a market's expectation is no team falling short of a pass mark
  {
    cat: 'participates.selection-outcome',
    text: `${PROGRAMME} 누리소프트는 이번 분기 매출이 시장 기대에 미치지 못했다.`,
    absent: ['PARTICIPATES_IN 누리소프트 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // "P에(는) … 지원했다가 … 명단에 들지 못했다": the negation is the selection's, not the application's
  {
    cat: 'participates.applied-then-failed',
    text: "누리중공업은 국토교통부의 '스마트 물류 AI 개발사업'에 지난 3월 지원했다가 최종 선정 명단에 들지 못했다.",
    expect: ['PARTICIPATES_IN 누리중공업 -> 스마트 물류 AI 개발사업'],
  },
  // (its subject a sentence back, the programme marked "에는")
  {
    cat: 'clause.participates.programme-carried',
    text: "누리중공업은 정부 사업에도 문을 두드렸다. 국토교통부의 '스마트 물류 AI 개발사업'에는 지난 3월 지원했다가 최종 선정 명단에 들지 못했다.",
    expect: ['PARTICIPATES_IN 누리중공업 -> 스마트 물류 AI 개발사업'],
  },
  // a question carries no subject over: it asks, it says nothing
  {
    cat: 'clause.participates.programme-carried',
    text: "누리중공업은 정부 사업에도 관심이 많다. 그런데 국토교통부의 '스마트 물류 AI 개발사업'에는 선정되셨지요?",
    absent: ['PARTICIPATES_IN 누리중공업 -> 스마트 물류 AI 개발사업'],
  },
  // one who meant to apply and gave up never applied
  {
    cat: 'clause.participates.programme-carried',
    text: "누리중공업은 정부 사업에도 문을 두드렸다. 국토교통부의 '스마트 물류 AI 개발사업'에 지원하려다가 포기했다.",
    absent: ['PARTICIPATES_IN 누리중공업 -> 스마트 물류 AI 개발사업'],
  },
  // "1세대 X는 Y를 토대로 했지만, 2세대는 Z를 바탕으로": generation words name the series' models; the second clause is the successor's
  {
    cat: 'generation-words',
    text: "누리중공업은 28일 '누리 마린 LLM 2'를 공개했다. 지난해 선보인 '누리 마린 LLM'의 후속작이다. 1세대 누리 마린 LLM은 LG AI연구원의 '엑사원 3.5'를 토대로 했지만, 2세대는 SK텔레콤이 공개한 'A.X 4.0 라이트'를 바탕으로 미세조정했다. 매개변수는 72억개로 1세대(78억개)보다 약간 줄었다.",
    expect: ['BASED_ON 누리 마린 LLM -> 엑사원 3.5', 'BASED_ON 누리 마린 LLM 2 -> A.X 4.0 라이트'],
    absent: ['BASED_ON 누리 마린 LLM -> A.X 4.0 라이트'],
    props: ['누리 마린 LLM=parameters:7800000000', '누리 마린 LLM 2=parameters:7200000000'],
  },
  // a generation word before a chip's name is no model
  {
    cat: 'generation-words',
    text: "누리중공업은 28일 '누리 마린 LLM 2'를 공개했다. 지난해 선보인 '누리 마린 LLM'의 후속작이다. 이 모델은 3세대 칩에서 돌아간다.",
    absent: ['SUCCEEDS 누리 마린 LLM 2 -> 누리 마린 LLM 2'],
    noNodes: ['Model:3세대'],
  },
  // "매개변수는 N개로 전작 X(M개)보다": the size made the topic is the model in focus's, the parenthesis the predecessor's
  {
    cat: 'parameters.size-topic-opening',
    text: "누리중공업은 28일 '누리 마린 LLM 2'를 공개했다. 지난해 선보인 '누리 마린 LLM'의 후속작이다. 매개변수는 72억개로 전작인 누리 마린 LLM(78억개)보다 약간 줄었다.",
    props: ['누리 마린 LLM=parameters:7800000000', '누리 마린 LLM 2=parameters:7200000000'],
  },
  // "매개변수(파라미터)는 N개로 1세대와 같은 규모": the model the size is compared with is not whose size it is
  {
    cat: 'parameters.size-topic-opening',
    text: "누리랩스는 12일 '누리온 2'를 공개했다. 지난해 선보인 1세대 모델 '누리온'의 후속작이다. 매개변수(파라미터)는 1천110억개로 1세대와 같은 규모를 유지했다.",
    props: ['누리온 2=parameters:111000000000'],
  },
  // a ministry's policy section chief (…정책과장) speaks for the programme the article is about
  {
    cat: 'promotes.official',
    text: "정부가 올해 시작한 'AI 특화 모델 지원사업'의 1단계 결과가 나왔다. 누리랩스 컨소시엄이 2단계에 올랐다. 과기정통부 박하늘 인공지능산업정책과장은 \"2단계부터는 기반 모델을 제출받을 것\"이라고 설명했다.",
    expect: ['PROMOTES 박하늘 -> AI 특화 모델 지원사업'],
  },
  // a company's section chief (과장) is no official
  {
    cat: 'promotes.official',
    text: "정부가 올해 시작한 'AI 특화 모델 지원사업'의 1단계 결과가 나왔다. 누리랩스 컨소시엄이 2단계에 올랐다. 누리랩스 박하늘 영업과장은 \"2단계 준비를 시작했다\"고 말했다.",
    absent: ['PROMOTES 박하늘 -> AI 특화 모델 지원사업'],
  },
  // the predecessor of a model released "with" a partner is the releasing maker's alone
  {
    cat: 'developed.predecessor-line',
    text: "누리중공업과 스타트업 다온AI가 공동 개발한 조선 특화 모델 2세대 버전이 나왔다. 누리중공업은 28일 다온AI와 함께 '누리 마린 LLM 2'를 공개했다. 지난해 선보인 '누리 마린 LLM'의 후속작인 이 모델은 선박 문서 30만 건을 학습했다.",
    expect: ['DEVELOPED 누리중공업 -> 누리 마린 LLM', 'DEVELOPED 다온AI -> 누리 마린 LLM 2'],
    absent: ['DEVELOPED 다온AI -> 누리 마린 LLM'],
  },
];

describe('generalise: leftover forms of sets 122–124', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

/** An interview printed as dash questions over unquoted answers, its interviewee's company named in the headline only. */
const DASH_INTERVIEW = `[인터뷰] 한솔비 누리랩스 대표 "작은 모델로 승부하겠다"

서울 역삼동의 한 사무실. 스타트업 누리랩스의 벽에는 로드맵이 붙어 있었다. 한솔비 대표를 지난주 만났다.

- 한빛소프트와도 협력하는 것으로 아는데.

협력이라기보다는 고객이죠. 한빛소프트의 서버를 빌려 쓸 뿐이에요. 같이 만들고 있는 곳은 다온모빌리티예요. 올해 5월부터 다온모빌리티와 차량 매뉴얼 모델을 공동으로 개발하고 있습니다.

- 정부 사업은 어떤가.

저희 규모로는 큰 사업에 지원하지 않았습니다. 대신 과기정통부의 'AI 바우처 지원사업'에 올해 공급기업으로 선정됐어요.`;

/** The same page with the questions printed as statements: a list of dashed points, no interview. */
const DASH_POINTS = DASH_INTERVIEW.replace('- 한빛소프트와도 협력하는 것으로 아는데.', '- 한빛소프트와 협력 확대').replace('- 정부 사업은 어떤가.', '- 정부 사업 선정');

describe('generalise: a dash-question interview speaks for the headline interviewee’s company', () => {
  const graphOf = (text: string) => extractArticle(parseText(text, { source: 'interview.txt', publishedAt: '2026-03-02' }));
  it('reads the answers’ omitted subject as the interviewee’s company', () => {
    const g = graphOf(DASH_INTERVIEW);
    expect(hasFact(g, 'PARTNERS_WITH 누리랩스 -> 다온모빌리티')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN 누리랩스 -> AI 바우처 지원사업')).toBe(true);
  });
  it('takes no fact from the interviewer’s premise', () => {
    const g = graphOf(DASH_INTERVIEW);
    expect(hasFact(g, 'PARTNERS_WITH 누리랩스 -> 한빛소프트')).toBe(false);
  });
  it('reads no interview in dashed points that ask nothing', () => {
    const g = graphOf(DASH_POINTS);
    expect(hasFact(g, 'PARTICIPATES_IN 누리랩스 -> AI 바우처 지원사업')).toBe(false);
  });
});
