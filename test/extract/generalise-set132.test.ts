/**
 * Generalisation rows for the forms first met in held-out set 132 (programme membership): a consortium table whose member
 * column names two kinds ("참여기업·기관") and whose model column is the stage's result ("1단계 결과물"), a model cell opening
 * on its maker's name with a size, a programme named with an inner word left out, "이 모델" after a model introduced by
 * the word 모델, selection lines of buyer and supplier under a header of columns, and a gazetteer programme read inside a
 * longer programme's name.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const TEAMS = [
  "과기정통부는 '엣지 AI 파운데이션 모델 개발사업' 1단계 평가 결과 3개 팀을 2단계 진출팀으로 확정했다.",
  '엣지 AI 파운데이션 모델 개발사업 2단계 진출팀',
  '주관기업 | 참여기업·기관 | 1단계 결과물',
  '누리칩스 | 한글과컴퓨터, 바른센서 | 누리칩스 엣지 1.2B',
  '코어웨이브랩 | 마음AI, 서울대학교 | 코어-엣지 3B',
];

const rows: FactRow[] = [
  // a consortium table: "참여기업·기관" is the member column, "1단계 결과물" the model column; a model cell may open on its maker's name
  {
    cat: 'consortium-table.two-kind-members',
    text: TEAMS.join('\n\n'),
    expect: [
      'PARTICIPATES_IN 누리칩스 -> 엣지 AI 파운데이션 모델 개발사업',
      'PARTICIPATES_IN 바른센서 -> 엣지 AI 파운데이션 모델 개발사업',
      'PARTICIPATES_IN 마음AI -> 엣지 AI 파운데이션 모델 개발사업',
      'PARTNERS_WITH 누리칩스 -> 한글과컴퓨터',
      'PARTNERS_WITH 코어웨이브랩 -> 마음AI',
      'DEVELOPED 누리칩스 -> 누리칩스 엣지 1.2B',
      'DEVELOPED 코어웨이브랩 -> 코어-엣지 3B',
    ],
    absent: ['PARTNERS_WITH 코어웨이브랩 -> 서울대학교'],
  },
  // a cell that opens on a company's name with no size is no model
  {
    cat: 'consortium-table.two-kind-members',
    text: [...TEAMS.slice(0, 3), '누리칩스 | 한글과컴퓨터, 바른센서 | 누리칩스 엣지'].join('\n\n'),
    expect: ['PARTNERS_WITH 누리칩스 -> 한글과컴퓨터'],
    noNodes: ['Model:누리칩스 엣지'],
  },
  // "X AI 모델 개발사업" beside the official "X AI 파운데이션 모델 개발사업": one programme
  {
    cat: 'short-forms.abridged-programme',
    text: "코어웨이브랩이 정부의 엣지 AI 모델 개발사업 2단계에 진출했다. 과기정통부는 '엣지 AI 파운데이션 모델 개발사업' 2단계 진출팀을 확정했다.",
    expect: ['PARTICIPATES_IN 코어웨이브랩 -> 엣지 AI 파운데이션 모델 개발사업'],
    sameNode: ['엣지 AI 파운데이션 모델 개발사업=엣지 AI 모델 개발사업'],
  },
  // a word put before a programme's name makes another programme
  {
    cat: 'short-forms.abridged-programme',
    text: "코어웨이브랩이 '공공 AI 에이전트 개발사업'에 선정됐다. 바른센서는 'AI 에이전트 개발사업'에 참여한다.",
    absent: ['PARTICIPATES_IN 바른센서 -> 공공 AI 에이전트 개발사업'],
  },
  // "… 매개변수 모델 'Y'로 1단계를 통과했다. 이 모델은 Z를 뼈대로 삼아 …": "이 모델" is Y, not a model a table named before
  {
    cat: 'focus.apposed-model',
    text: [...TEAMS.slice(1), "코어웨이브랩 컨소시엄은 자사 칩에 맞춰 개발한 30억 개 매개변수 모델 '코어-엣지 3B'로 1단계를 통과했다. 이 모델은 메타의 라마 3.2 3B를 뼈대로 삼아 가전 명령어를 추가로 학습시켰다."].join('\n\n'),
    expect: ['BASED_ON 코어-엣지 3B -> 라마 3.2 3B'],
    absent: ['BASED_ON 누리칩스 엣지 1.2B -> 라마 3.2 3B'],
  },
  // a rival named after the word 모델 does not take the focus
  {
    cat: 'focus.apposed-model',
    text: "누리칩스는 경량 모델 '누리-엣지 2B'를 공개했다. 회사는 경쟁 모델 '라마 3.2 3B'보다 빠르다고 밝혔다. 이 모델은 큐웬 2.5 3B를 뼈대로 삼았다.",
    absent: ['BASED_ON 라마 3.2 3B -> 큐웬 2.5 3B'],
  },
  // selection lines: every company of a company column is selected for the header's programme
  {
    cat: 'participates.selection-line',
    text: [
      "해양수산부가 도입한 '수산 AI 바우처 지원사업'의 첫 지원 대상이 확정됐다.",
      '◆ 수산 AI 바우처 주요 선정 과제 (수요기업 / 공급기업 / 과제)',
      '바다양식 / 물결AI / 양식장 수온 예측',
      '(주)청해수산 / 코난테크놀로지 / 어획량 문서 분석',
      '※ 나머지 과제는 누리집 공고 참조',
    ].join('\n\n'),
    expect: [
      'PARTICIPATES_IN 바다양식 -> 수산 AI 바우처 지원사업',
      'PARTICIPATES_IN 물결AI -> 수산 AI 바우처 지원사업',
      'PARTICIPATES_IN 청해수산 -> 수산 AI 바우처 지원사업',
      'PARTICIPATES_IN 코난테크놀로지 -> 수산 AI 바우처 지원사업',
    ],
    noNodes: ['Policy:AI 바우처', 'Company:양식장 수온 예측'],
  },
  // lines under a header with no company column are no selection
  {
    cat: 'participates.selection-line',
    text: [
      "해양수산부가 도입한 '수산 AI 바우처 지원사업'의 첫 지원 대상이 확정됐다.",
      '◆ 주요 일정 (구분 / 일자 / 장소)',
      '설명회 / 12월 2일 / 물결AI',
    ].join('\n\n'),
    absent: ['PARTICIPATES_IN 물결AI -> 수산 AI 바우처 지원사업'],
  },
  // "X가 … 눈길을 받고 있다. 'P'의 조선 분야 주관기업으로 선정됐기 때문이다": a field's lead, the subject omitted
  {
    cat: 'participates.omitted-subject-field-lead',
    text: "AI 스타트업 물결랩스가 요즘 지역 업계의 눈길을 받고 있다. 해수부가 추진하는 '해양 특화 AI 모델 개발사업'의 항만 분야 주관기업으로 지난달 선정됐기 때문이다.",
    expect: ['PARTICIPATES_IN 물결랩스 -> 해양 특화 AI 모델 개발사업'],
  },
  {
    cat: 'participates.omitted-subject-field-lead',
    text: "AI 스타트업 물결랩스가 요즘 지역 업계의 눈길을 받고 있다. 해수부가 추진하는 '해양 특화 AI 모델 개발사업'의 항만 분야 주관기업으로 선정될지는 미지수다.",
    absent: ['PARTICIPATES_IN 물결랩스 -> 해양 특화 AI 모델 개발사업'],
  },
  // an interview: the answer to "who is in the consortium" names the members of the lead that speaks
  {
    cat: 'partners.interview-roster',
    text: [
      "[인터뷰] 한도윤 물결랩스 대표 \"항만 AI, 부산서 만든다\"",
      "물결랩스는 해수부의 '해양 특화 AI 모델 개발사업' 주관기업으로 선정됐다. 한도윤 대표를 만났다.",
      '-컨소시엄에는 누가 함께하나.',
      '"데이터 제공은 항만 설비 쪽인 포스코DX가 맡고요, 검색 엔진은 코난테크놀로지가 맡습니다. 저희는 모델 학습을 합니다."',
      '-다른 기업도 합류하나.',
      '"솔트룩스와 얘기를 나눴지만 참여하지 않기로 했습니다. 저희 팀은 지금 구성으로 갑니다."',
    ].join('\n\n'),
    expect: [
      'PARTNERS_WITH 물결랩스 -> 포스코DX',
      'PARTNERS_WITH 물결랩스 -> 코난테크놀로지',
      'PARTICIPATES_IN 포스코DX -> 해양 특화 AI 모델 개발사업',
      'PARTICIPATES_IN 코난테크놀로지 -> 해양 특화 AI 모델 개발사업',
    ],
    absent: ['PARTNERS_WITH 물결랩스 -> 솔트룩스', 'PARTICIPATES_IN 솔트룩스 -> 해양 특화 AI 모델 개발사업'],
  },
  // "… 실증기관으로 A와 농업 드론 업체 B 2곳을 선정했다": a descriptor's company named before the count
  {
    cat: 'discover.descriptor-before-count',
    text: "경남도는 지난달 'AI 조선 특화 실증사업'의 실증기관으로 솔트룩스와 선박 도장 업체 푸른도장텍 2곳을 선정했다.",
    expect: ['PARTICIPATES_IN 솔트룩스 -> AI 조선 특화 실증사업', 'PARTICIPATES_IN 푸른도장텍 -> AI 조선 특화 실증사업'],
  },
  {
    cat: 'discover.descriptor-before-count',
    text: '경남도 내 선박 도장 업체 2곳이 이번 공모에 지원했다.',
    noNodes: ['Company:2곳'],
  },
  {
    cat: 'discover.descriptor-before-count',
    text: '경남도는 내년부터 지원 기업 수를 20곳 안팎으로 늘리는 방안을 검토하고 있다.',
    noNodes: ['Company:수를'],
  },
  // "'P'의 … 지원 대상도 발표됐다. A와 B, C 3곳이 …": the companies counted after the announcement take part in P
  {
    cat: 'participates.announced-selection',
    text: "이와 별도로 과기정통부의 'AI 컴퓨팅 자원 지원사업'에서 수산 분야 몫의 GPU 지원 대상도 함께 발표됐다. 물결AI와 솔트룩스, 바다로보텍 3곳이 내년 상반기 동안 GPU를 최대 8장씩 쓸 수 있다.",
    expect: ['PARTICIPATES_IN 물결AI -> AI 컴퓨팅 자원 지원사업', 'PARTICIPATES_IN 솔트룩스 -> AI 컴퓨팅 자원 지원사업', 'PARTICIPATES_IN 바다로보텍 -> AI 컴퓨팅 자원 지원사업'],
  },
  {
    cat: 'participates.announced-selection',
    text: "과기정통부의 'AI 컴퓨팅 자원 지원사업' 예산이 내년에 늘어난다. 물결AI와 솔트룩스, 바다로보텍 3곳이 내년 상반기 동안 GPU를 사서 쓸 계획이다.",
    absent: ['PARTICIPATES_IN 솔트룩스 -> AI 컴퓨팅 자원 지원사업'],
  },
];

describe('generalise: set 132 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

/** Interview rows: the headline names the interviewee's company ("[인터뷰] NAME X 대표"), whose answers speak for it. */
const interviews: FactRow[] = [
  // an interview: the answer to "what model do you make" names the speaking company's models, and later answers their successor;
  // the base its answer names ("원래 모델인 X") is no model the next question asks about
  {
    cat: 'developed.interview-answer',
    text: [
      '누리랩스는 해양 AI 사업 주관기업이다. 한도윤 대표를 만났다.',
      '-어떤 모델을 만드나.',
      '"이름은 \'KR-포지(Forge)\'입니다. 첫 버전인 KR-포지 14B는 LG AI연구원의 엑사원 4.0 32B를 증류해서 줄인 다음 항만 데이터로 추가 학습을 했습니다. 저희 규모로는 그게 맞았습니다."',
      '-성능은 어떤가.',
      '"자체 평가셋에서 KR-포지 14B가 77.3점을 받았습니다. 같은 평가에서 원래 모델인 엑사원 4.0 32B가 69.8점이었습니다."',
      '-일반 능력은.',
      '"일반 한국어 능력은 KMMLU 기준 58.1점입니다."',
      '-앞으로 계획은.',
      '"내년 하반기에 후속 버전인 KR-포지 2를 내놓는 게 목표입니다. 저희가 해낼 겁니다."',
    ].join('\n\n'),
    expect: ['DEVELOPED 누리랩스 -> KR-포지 14B', 'DEVELOPED 누리랩스 -> KR-포지 2', 'SUCCEEDS KR-포지 2 -> KR-포지 14B', 'SCORED KR-포지 14B -> KMMLU'],
    absent: ['DEVELOPED 누리랩스 -> 엑사원 4.0 32B', 'SCORED 엑사원 4.0 32B -> KMMLU', 'SUCCEEDS KR-포지 2 -> 엑사원 4.0 32B'],
  },
  // a question that asks about something else does not make the answer's models the speaker's
  {
    cat: 'developed.interview-answer',
    text: [
      '누리랩스는 해양 AI 사업 주관기업이다. 한도윤 대표를 만났다.',
      '-요즘 눈여겨보는 모델은.',
      '"저희는 바다솔루션의 \'파도-3 8B\'를 눈여겨봅니다. 성능이 좋습니다."',
      '-계획은.',
      '"저희가 해낼 겁니다."',
    ].join('\n\n'),
    absent: ['DEVELOPED 누리랩스 -> 파도-3 8B'],
  },
  // an answer's omitted subject, the company that speaks, supported through a programme ("P로 … 대주고 있어서 그 지원을 받고 있고")
  {
    cat: 'participates.omitted-subject-supported-through',
    text: [
      '누리랩스는 해양 AI 사업 주관기업이다. 한도윤 대표를 만났다.',
      '-어려운 점은.',
      '"인재죠. 다들 주차부터 물어보세요(웃음). 그래도 부산시가 \'부산 AI 실증 바우처\'로 클라우드 비용 일부를 대주고 있어서 작년부터 그 지원을 받고 있습니다."',
      '-계획은.',
      '"저희가 해낼 겁니다."',
    ].join('\n\n'),
    expect: ['PARTICIPATES_IN 누리랩스 -> 부산 AI 실증 바우처'],
  },
  {
    cat: 'participates.omitted-subject-supported-through',
    text: [
      '누리랩스는 해양 AI 사업 주관기업이다. 한도윤 대표를 만났다.',
      '-어려운 점은.',
      '"인재죠. 부산시가 \'부산 AI 실증 바우처\'로 클라우드 비용을 대준다고 했지만 저희는 아직 그 지원을 받지 못했습니다."',
      '-계획은.',
      '"저희가 해낼 겁니다."',
    ].join('\n\n'),
    absent: ['PARTICIPATES_IN 누리랩스 -> 부산 AI 실증 바우처'],
  },
];

/** Extracts an interview row under its headline and checks the facts it must and must not give. */
function checkInterviewRow(row: FactRow): void {
  const graph = extractArticle(parseText(`[인터뷰] 한도윤 누리랩스 대표 "항만 AI, 부산서 만든다"\n\n${row.text}`, { source: 'test.txt', publishedAt: '2026-11-27' }));
  for (const f of row.expect ?? []) expect(hasFact(graph, f), f).toBe(true);
  for (const f of row.absent ?? []) expect(hasFact(graph, f), `unexpected ${f}`).toBe(false);
}

describe('generalise: set 132 interviews', () => {
  for (const row of interviews) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkInterviewRow(row));
});
