/**
 * Generalisation rows for forms left over from held-out sets 126–131: a consortium named by the programme it leads
 * ("사업을 이끄는 X 컨소시엄") or by its organiser ("X를 주관사로 하는 컨소시엄"), a base in a sentence whose partners
 * each add their share ("A가 X를, B가 Y를 보태 학습시킨다"), a company's own model named only as a base (no new focus),
 * and a selection table under a title naming the programme ("… 사업 주요 선정 기업": "분야 | 기업").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the consortium that leads a programme, and one named by its organiser: the lead takes part, the members with it
  {
    cat: 'participates.programme-leading-consortium',
    text: "충청남도가 추진하는 '서해 물류 AI 실증사업'이 3년차를 맞으면서 사업을 이끄는 한빛소프트 컨소시엄도 새 얼굴을 맞았다.",
    expect: ['PARTICIPATES_IN 한빛소프트 -> 서해 물류 AI 실증사업'],
  },
  {
    cat: 'participates.programme-leading-consortium',
    text: "충청남도가 추진하는 '서해 물류 AI 실증사업'이 3년차를 맞았지만 사업을 이끄는 한빛소프트 컨소시엄은 없다는 지적도 나온다.",
    absent: ['PARTICIPATES_IN 한빛소프트 -> 서해 물류 AI 실증사업'],
  },
  {
    cat: 'participates.organiser-named-consortium',
    text: "경상북도가 추진하는 '경북 제조 AI 실증사업'이 2년차에 들어갔다.\n\n경북도는 3일 가온랩스를 주관사로 하는 컨소시엄과 사업 협약을 맺었다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 경북 제조 AI 실증사업'],
  },
  // with the lead known, members that stay and members that join take part and partner with it
  {
    cat: 'participates.organiser-named-consortium',
    text: "경상북도가 추진하는 '경북 제조 AI 실증사업'이 2년차에 들어가면서 사업을 이끄는 가온랩스 컨소시엄의 진용이 바뀌었다.\n\n경북도는 3일 가온랩스를 주관사로 하는 컨소시엄과 사업 협약을 맺었다. 올해 컨소시엄에는 포항 데이터 기업 바다데이터가 그대로 남았고, 구미의 스타트업 금오AI가 새로 합류했다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 경북 제조 AI 실증사업', 'PARTICIPATES_IN 바다데이터 -> 경북 제조 AI 실증사업', 'PARTICIPATES_IN 금오AI -> 경북 제조 AI 실증사업', 'PARTNERS_WITH 가온랩스 -> 금오AI', 'PARTNERS_WITH 가온랩스 -> 바다데이터'],
  },
  {
    cat: 'participates.organiser-named-consortium',
    text: "경상북도가 추진하는 '경북 제조 AI 실증사업'이 2년차에 들어갔다.\n\n경북도는 가온랩스를 주관사로 하는 컨소시엄과 협약을 맺을지 검토 중이다.",
    absent: ['PARTICIPATES_IN 가온랩스 -> 경북 제조 AI 실증사업'],
  },
  // partners' gapped shares of one training verb do not end the clause before it: the base is the model in focus's
  {
    cat: 'based-on.focus-gapped-shares',
    text: "가온랩스 컨소시엄의 대표 결과물은 물류 특화 언어모델 '누리온'이다. 가온랩스가 자체 개발한 '가온-2'를 바탕으로, 바다데이터가 항만 운송 기록을, 금오AI가 선적 문서 30만 건을 보태 추가 학습시킨다. 가온랩스 측에 따르면 내부 테스트 버전은 KMMLU에서 57.4점을 기록했다.",
    expect: ['BASED_ON 누리온 -> 가온-2', 'DEVELOPED 가온랩스 -> 가온-2', 'SCORED 누리온 -> KMMLU'],
    absent: ['SCORED 가온-2 -> KMMLU'],
    edgeProps: ['SCORED 누리온 -> KMMLU score=57.4'],
  },
  {
    cat: 'based-on.focus-gapped-shares',
    text: "가온랩스 컨소시엄의 대표 결과물은 물류 특화 언어모델 '누리온'이다. 가온랩스가 자체 개발한 '가온-2'는 바다데이터가 항만 운송 기록을, 금오AI가 선적 문서를 보태 추가 학습시킨 모델이 아니다.",
    absent: ['BASED_ON 누리온 -> 가온-2'],
  },
  // a selection table in plain text under a title naming the programme: each company of a row takes part
  {
    cat: 'participates.selection-table',
    text: "전라남도가 'AI 해양 실증 지원사업' 참여 기업을 확정했다.\n\n2026 AI 해양 실증 지원사업 선정 기업\n\n분야 | 기업\n\n수산 | 바다온랩, 물결소프트\n\n조선 | 가람중공AI\n\n선정 기업은 내년까지 연산 자원을 받는다.",
    expect: ['PARTICIPATES_IN 바다온랩 -> AI 해양 실증 지원사업', 'PARTICIPATES_IN 물결소프트 -> AI 해양 실증 지원사업', 'PARTICIPATES_IN 가람중공AI -> AI 해양 실증 지원사업'],
  },
  // a table of the companies' plans under a title that selects nothing gives no participation
  {
    cat: 'participates.selection-table',
    text: "전라남도가 'AI 해양 실증 지원사업'을 공고했다.\n\n지역 AI 기업 주요 제품\n\n분야 | 기업\n\n수산 | 바다온랩, 물결소프트\n\n조선 | 가람중공AI\n\n공고는 다음 달까지 이어진다.",
    absent: ['PARTICIPATES_IN 바다온랩 -> AI 해양 실증 지원사업', 'PARTICIPATES_IN 가람중공AI -> AI 해양 실증 지원사업'],
  },
];

describe('generalise: forms left over from sets 126–131', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));

  // a <table> with a <caption> amid <br> story text: the page flattens it cell by cell; the cells are read as its rows
  it('participates.selection-table: a captioned table in a <br> story container', () => {
    const html = `<html><head><title>전남 해양 AI</title></head><body><div class="view_cont">
      <h2>전남 'AI 해양 실증 지원사업' 참여 기업 확정</h2>
      전라남도가 'AI 해양 실증 지원사업' 2차년도 참여 기업을 확정했다. 선정 기업은 내년까지 연산 자원을 받는다.<br /><br />
      <table><caption>2026 AI 해양 실증 지원사업 주요 선정 기업</caption>
      <tr><th>분야</th><th>기업</th></tr><tr><td>수산</td><td>바다온랩, 물결소프트</td></tr><tr><td>조선</td><td>가람중공AI</td></tr></table>
      <br />바다온랩은 어획량 예측 모델을 개발하고 있다.<br /><br /></div></body></html>`;
    const g = extractArticle(parseArticle(html, { source: 'selection.html' }));
    for (const c of ['바다온랩', '물결소프트', '가람중공AI']) expect(hasFact(g, `PARTICIPATES_IN ${c} -> AI 해양 실증 지원사업`), c).toBe(true);
  });
});
