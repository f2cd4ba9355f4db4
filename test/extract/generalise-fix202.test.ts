/**
 * Generalisation rows for fix202: a programme stage's remaining teams named by their consortia, a speech signed on its
 * closing line that promotes the programme its side started, and a court document's company parties with their
 * representatives. Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const STAGE =
  "과학기술정보통신부는 올해 'K-클라우드 AI 반도체 실증사업'을 새로 꾸렸다.\n\n" +
  '현재 3차 평가에는 두 개 팀이 남았다. 바람길랩스 컨소시엄과 누리셈이 이끄는 컨소시엄이다.\n\n' +
  '바람길랩스 컨소시엄에는 칩 설계 기업 가온반도체가 합류했다.';

const PASSED =
  "정부가 추진하는 '공공 AI 전환 선도사업'의 2단계 심사 결과가 나왔다.\n\n" +
  '2단계를 통과한 팀은 바람길랩스, 누리셈 컨소시엄이다.';

const UNSETTLED =
  "정부가 추진하는 '공공 AI 전환 선도사업'의 2단계 심사 결과가 나왔다.\n\n" +
  '3단계에 남을 팀은 바람길랩스 컨소시엄이 될 가능성이 크다.';

const SPEECH =
  '<html><head><meta charset="utf-8"><title>청년 창업 박람회 개막식 모두발언 | 연설문</title></head><body><main>' +
  '<h1>청년 창업 박람회 개막식 모두발언</h1><p>등록일 2026-10-02</p>' +
  "<p>여러분 반갑습니다. 우리 정부가 '지역 AI 거점 육성사업'을 시작한 지 2년이 됐습니다.</p>" +
  '<p>오늘 이 자리에 선 기업들이 그 결실입니다. 고맙습니다.</p>' +
  '<p>2026년 10월 2일</p><p>국무총리 한도윤</p></main></body></html>';

const JUDGMENT =
  '사       건     2026가합70011  손해배상\n' +
  '원       고     주식회사 바람길랩스\n' +
  '                부산 해운대구 센텀로 ○○\n' +
  '                대표이사 맹서아\n' +
  '피       고     누리셈 주식회사\n' +
  '                대표이사 고은채\n\n' +
  '원고는 2023년 설립된 회사로서 물류 모델을 개발하여 왔다. 피고는 2024년 설립된 소프트웨어 회사이다.';

const CASES =
  '■ 활용 사례\n\n' +
  "1. 가람제지 - 물류 스타트업 바람길랩스와 손잡고 재고 예측 모델 '가람-F 1'을 함께 개발했다.\n\n" +
  "2. 솔빛유통 - 올해 'AI 바우처 지원사업' 수요기업으로 뽑혀 상담 요약 AI를 들였다.\n\n" +
  '3. 요약 - 두 회사 모두 AI 도입 효과를 봤다고 답했다.';

const DECISION =
  '1. 인정 사실\n\n' +
  "신청인 주식회사 바람길랩스는 2024년 물류 모델 '바람길-R 2'를 공개하였다.\n\n" +
  '2. 신청인의 주장 요지\n\n' +
  "피신청인의 '누리-R 1'은 신청인의 바람길-R 2를 기반으로 추가 학습된 모델이다. 바람길-R 2는 KMMLU에서 55.1점을 기록했다.\n\n" +
  '3. 판단\n\n' +
  "감정 결과 누리-R 1은 메타의 Llama 3.1 8B를 기반으로 추가 학습된 모델로 보인다. 피신청인 한도윤은 바람길랩스를 퇴사한 후 현재 업스테이지의 수석연구원으로 재직하고 있다.";

const rows: FactRow[] = [
  { cat: "a decision's party claim section alleges no base (its scores stay); a party named after its side is a person", text: DECISION, expect: ['DEVELOPED 바람길랩스 -> 바람길-R 2', 'WORKS_FOR 한도윤 -> 업스테이지', 'SCORED 바람길-R 2 -> KMMLU'], absent: ['BASED_ON 누리-R 1 -> 바람길-R 2', 'WORKS_FOR 한도윤 -> 바람길랩스'] },
  { cat: 'dashed case items (a company opening each, its clause said of it)', text: CASES, expect: ['PARTNERS_WITH 가람제지 -> 바람길랩스', 'PARTICIPATES_IN 솔빛유통 -> AI 바우처 지원사업'], nodes: ['Company:가람제지', 'Company:솔빛유통'], noNodes: ['Company:요약'] },
  { cat: 'participates.remaining-teams (count, then the roster)', text: STAGE, expect: ['PARTICIPATES_IN 바람길랩스 -> K-클라우드 AI 반도체 실증사업', 'PARTICIPATES_IN 누리셈 -> K-클라우드 AI 반도체 실증사업'] },
  { cat: 'participates.remaining-teams (passed, names before one team word)', text: PASSED, expect: ['PARTICIPATES_IN 바람길랩스 -> 공공 AI 전환 선도사업', 'PARTICIPATES_IN 누리셈 -> 공공 AI 전환 선도사업'] },
  { cat: 'participates.remaining-teams (a likely team is none yet)', text: UNSETTLED, absent: ['PARTICIPATES_IN 바람길랩스 -> 공공 AI 전환 선도사업'] },
  { cat: 'works-for.party-head', text: JUDGMENT, expect: ['WORKS_FOR 맹서아 -> 바람길랩스', 'WORKS_FOR 고은채 -> 누리셈'], props: [] },
];

describe('fix202: stages, speeches and court parties', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
  it('works-for.profile-headline (a profile page titled by a name, its headline opening on the current post)', () => {
    const page = '맹서아 Seoa Maeng\n\n업스테이지 리서치 엔지니어 · 문서 이해 · 前 카카오\n\n경력 7년\n\n문서 이해 모델을 연구하고 있습니다.';
    const g = extractArticle(parseText(page, { source: 'profile.txt', publishedAt: '2026-11-01' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const works = g.edges.filter((e) => e.type === 'WORKS_FOR' && name(e.source) === '맹서아').map((e) => name(e.target));
    expect(works).toContain('업스테이지');
    expect(works).not.toContain('카카오');
  });
  it('a results table classed as a ranking, between the notice and its note, is read (팀명, 소속, 제출 모델, 사용 베이스 모델; a row with no model named skipped)', () => {
    const page =
      '<html><head><meta charset="utf-8"><title>가을 법률 QA 챌린지 결과 공지</title></head><body><main><div class="notice-body">' +
      '<p>지난 8주 동안 진행된 챌린지의 최종 결과를 아래와 같이 알려 드립니다. 평가는 KMMLU 법률 분야 문항으로 진행했습니다.</p>' +
      '<h3>■ 최종 결과</h3><table class="rank"><thead><tr><th>순위</th><th>팀명</th><th>소속</th><th>제출 모델</th><th>사용 베이스 모델</th><th>KMMLU</th></tr></thead>' +
      '<tbody><tr><td>1</td><td>바람팀</td><td>(주)바람길랩스</td><td>바람길-Law 1</td><td>Llama 3.1 8B</td><td>61.2</td></tr>' +
      '<tr><td>2</td><td>혼자서도</td><td>개인</td><td>-</td><td>Gemma 3 12B</td><td>60.1</td></tr>' +
      '<tr><td>3</td><td>누리팀</td><td>(주)누리셈</td><td>누리-Law 2</td><td>Qwen3-8B</td><td>58.7</td></tr></tbody></table>' +
      '<p class="note">※ 순위는 비공개 평가셋 점수를 기준으로 정했으며, 동점일 때는 먼저 제출한 팀을 앞에 두었습니다.</p>' +
      '<p>등록일 2026-10-20</p></div></main></body></html>';
    const g = extractArticle(parseArticle(Buffer.from(page), { source: 'notice.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const facts = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
    expect(facts).toContain('SCORED 바람길-Law 1 -> KMMLU');
    expect(facts).toContain('DEVELOPED 바람길랩스 -> 바람길-Law 1');
    expect(facts).toContain('BASED_ON 바람길-Law 1 -> Llama 3.1 8B');
    expect(facts).toContain('SCORED 누리-Law 2 -> KMMLU');
    // (an entrant that registered no model's name gives no score to the base it used)
    expect(facts).not.toContain('SCORED Gemma 3 12B -> KMMLU');
  });
  it('promotes.speech-speaker (a speech signed on its closing line promotes the programme its side started)', () => {
    const g = extractArticle(parseArticle(Buffer.from(SPEECH), { source: 'speech.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.some((e) => e.type === 'PROMOTES' && name(e.source) === '한도윤' && name(e.target) === '지역 AI 거점 육성사업')).toBe(true);
  });
});
