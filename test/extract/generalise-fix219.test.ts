/**
 * Generalisation rows for fix219: services and agents built on models, in news and corporate pages. A session summary
 * (speaker cards 'COMPANY · POST', a '.summary' section holding the story, a company-headed model line switched between
 * bases), a service landing page (a FAQ accordion's hidden answers, a spec line's distilled model), an old board's result
 * report (shaded label cells, the subject row as headline, '주관 / 공동수행' performers), a developer post (a customer's own
 * fine-tune told as "그렇게 나온 모델이 Z", a FAQ question answered no), a text newsletter (a dotted-leader score box, the
 * masthead's organisation as "우리 병원"). Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, nodeLines, pageFacts, pageGraph, type FactRow } from './helpers.js';

const SESSION =
  '<html><head><meta charset="utf-8"><title>[세션 요약] 상담봇 엔진 교체기 — 테크 컨퍼런스</title></head><body><main class="session-detail">' +
  '<h1>상담봇 엔진 교체기: 파랑 QX-B의 베이스 전환</h1>' +
  '<div class="speaker-card"><img src="/img/a.jpg" alt=""><div><p class="name">채도윤</p><p class="aff">파랑게임즈 · ML실장</p></div></div>' +
  '<div class="speaker-card moderator"><div><p class="name">좌장 남서하</p><p class="aff">솔방울AI · 대표</p></div></div>' +
  '<section class="summary"><h2>세션 요약</h2>' +
  "<p>파랑게임즈는 게임 안내 챗봇에 자체 모델 '파랑 QX-B'를 만들어 왔다. 채도윤 실장은 이 모델의 베이스를 바꾼 경험을 공유했다.</p>" +
  '<h3>1세대</h3><p>2025년 출시한 파랑 QX-B 1은 구글의 Gemma 2 9B를 파인튜닝한 모델이었다. 한국어 존댓말이 자주 흔들렸다고 한다.</p>' +
  '<h3>2세대</h3><p>올해 공개된 후속작 파랑 QX-B 2는 업스테이지의 솔라 프로2를 기반으로 다시 학습했다.</p>' +
  '<p>평가는 파랑게임즈가 솔방울AI와 함께 구축한 평가셋으로 했다. 좌장을 맡은 남서하 솔방울AI 대표는 "좋은 사례"라고 말했다.</p>' +
  '<h3>질문</h3><p>우리도 처음엔 엔지니어 세 명이었다.</p></section></main></body></html>';

const SERVICE =
  '<html><head><meta charset="utf-8"><title>누리봇 AI 에이전트 - 한결통신</title></head><body><main id="container">' +
  "<section class=\"feature\"><h2>누리봇이 달라졌습니다</h2><p>누리봇의 두뇌가 한결통신이 자체 개발한 거대언어모델 '한결 LM 3.0'으로 바뀌었습니다.</p></section>" +
  '<section class="spec"><h2>엔진 사양</h2><dl><dt>메인 모델</dt><dd>한결 LM 3.0 (320억 파라미터)</dd>' +
  '<dt>온디바이스 모델</dt><dd>한결 LM 3.0 미니 (20억 파라미터) — 한결 LM 3.0을 증류해 만든 경량 모델</dd></dl></section>' +
  '<section class="faq"><h2>자주 묻는 질문</h2><div class="accordion">' +
  '<div class="acc-item"><button class="acc-head" aria-expanded="false" aria-controls="q1">Q. 예전 누리봇과 무엇이 다른가요?</button>' +
  '<div class="acc-body" id="q1" hidden><p>A. 이전 누리봇은 한결 LM 2.5로 동작했습니다. 한결 LM 2.5는 구글의 Gemma 2 9B에 상담 데이터를 더해 만든 모델이었고, 이번 한결 LM 3.0은 그 후속 모델입니다.</p></div></div>' +
  '<div class="acc-item"><button class="acc-head" aria-expanded="false" aria-controls="q2">Q. 공개 계획이 있나요?</button>' +
  '<div class="acc-body" id="q2" hidden><p>A. 한결 LM 3.0 미니의 오픈소스 공개를 검토하고 있으나 아직 정해진 일정은 없습니다.</p></div></div>' +
  '</div></section></main></body></html>';

const BOARD =
  '<html><head><meta charset="utf-8"><title>누리군청 - 사업결과보고</title></head><body><table width="980"><tr><td id="contents">' +
  '<table class="bbs_view" border="1"><tr><th>제목</th><td colspan="3"><b>2027년 「누리 AI 상담원」 실증사업 결과 보고</b></td></tr>' +
  '<tr><th>작성부서</th><td>디지털정책과</td><th>작성일</th><td>2027-03-02</td></tr><tr><td colspan="4" class="bbs_cont">' +
  '<p><b>1. 사업 개요</b></p><table border="1"><tr><td bgcolor="#eeeeee">사 업 명</td><td>누리 AI 상담원 실증사업</td></tr>' +
  '<tr><td bgcolor="#eeeeee">사업기간</td><td>2027. 1. 2. ~ 2027. 2. 28.</td></tr>' +
  '<tr><td bgcolor="#eeeeee">수행기관</td><td>주관: ㈜바다소프트 / 공동수행: 업스테이지</td></tr></table>' +
  '<p>ㅇ 바다소프트가 자체 구축한 "바다봇 2B"로 상담을 운영함<br>ㅇ 바다소프트는 과학기술정보통신부 「AI 바우처 지원사업」의 공급기업으로 선정된 바 있음</p>' +
  '</td></tr></table></td></tr></table></body></html>';

const NEWSLETTER =
  '==========================================\n   하늘소식  |  하늘대학교병원 원내 소식지  제31호\n   발행일 2027년 3월 20일  |  발행 하늘대학교병원 홍보팀\n==========================================\n\n' +
  "1. 커버스토리\n\n 검사 요약 AI의 두뇌는 우리 병원과 KT가 함께 개발한 의료 특화 언어모델 '하늘메드 8B'입니다.\n하늘메드 8B는 KT의 믿:음 2.0 베이스를 바탕으로 본원 기록을 추가 학습시켜 만들었습니다.\n\n" +
  ' [성능 한눈에]\n   - 의료 지식 평가 KorMedMCQA\n       하늘메드 8B ........ 61.2점\n       믿:음 2.0 베이스 ...... 55.4점\n\n' +
  "2. 병원 소식\n\n 우리 병원이 보건복지부의 '의료 AI 실증사업' 수행기관으로 선정됐습니다.\n석다온 병원장은 \"환자 안전을 최우선으로 하겠다\"고 말했습니다.\n";

const rows: FactRow[] = [
  {
    cat: "data laid on a base with 더해 ('X는 Y에 … 데이터를 더해 만든 모델')",
    text: '누리 1.5는 구글의 Gemma 2 9B에 상담 데이터를 더해 만든 90억 파라미터 모델이었다.',
    expect: ['BASED_ON 누리 1.5 -> Gemma 2 9B'],
  },
  {
    cat: "a base named as the base model ('Y를 기반 모델로 하여, … 추가 학습한 Z를 개발')",
    text: '누리소프트는 "하이퍼클로바X 시드 3B"를 기반 모델로 하여, 상담 기록 약 12만 건으로 추가 학습한 "누리봇 3B"를 개발함',
    expect: ['BASED_ON 누리봇 3B -> 하이퍼클로바X 시드 3B'],
  },
  {
    cat: "a customer's own fine-tune told as what came of it ('… Y를 자체 파인튜닝했습니다. … 그렇게 나온 모델이 Z입니다')",
    text: '기본 모델도 괜찮지만, 한결소프트 고객지원팀은 회사 말투를 쓰도록 Qwen2.5-7B를 자체 파인튜닝했습니다. 학습 데이터는 상담 스크립트 3만 건이었습니다. 그렇게 나온 모델이 hangyeol-care-v1입니다.',
    expect: ['BASED_ON hangyeol-care-v1 -> Qwen2.5-7B', 'DEVELOPED 한결소프트 -> hangyeol-care-v1'],
  },
  {
    cat: "a yes/no question answered no states nothing ('A와 B가 공동 개발한 건가요?' — '아닙니다')",
    text: '- **누리소프트와 한결랩스가 공동 개발한 건가요?** 아닙니다. 누리소프트는 한결랩스의 고객사입니다.',
    absent: ['PARTNERS_WITH 누리소프트 -> 한결랩스'],
  },
  {
    cat: "a DevRel post is a role, no company ('X DevRel 엔지니어 NAME입니다')",
    text: '안녕하세요, 한결랩스 DevRel 엔지니어 모하윤입니다. 오늘은 API를 소개합니다.',
    expect: ['WORKS_FOR 모하윤 -> 한결랩스'],
    noNodes: ['Company:DevRel'],
  },
  {
    cat: "a numbered model right after 후속작 follows the number one lower ('후속작 X 2는 Y를 기반으로')",
    text: "누리소프트는 자체 모델 '누리 AB-Q'를 만들어 왔다. 2025년 출시한 누리 AB-Q 1은 구글의 Gemma 2 9B를 파인튜닝한 모델이었다. 영어 기반 모델이었다. 올해 공개된 후속작 누리 AB-Q 2는 업스테이지의 솔라 프로2를 기반으로 다시 학습했다.",
    expect: ['SUCCEEDS 누리 AB-Q 2 -> 누리 AB-Q 1', 'BASED_ON 누리 AB-Q 1 -> Gemma 2 9B', 'BASED_ON 누리 AB-Q 2 -> 솔라 프로2', 'DEVELOPED 누리소프트 -> 누리 AB-Q 2'],
  },
  {
    cat: "a release only weighed calls no model open ('X의 오픈소스 공개를 검토하고 있으나')",
    text: '누리 2.0 라이트는 가벼운 모델이다. 누리 2.0 라이트의 오픈소스 공개를 검토하고 있으나 아직 정해진 일정은 없습니다.',
    props: ['누리 2.0 라이트=openSource:undefined'],
  },
];

describe('fix219: services and agents built on models', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));

  it("a session summary: speaker cards 'COMPANY · POST' (a moderator's role before the name), the story in a '.summary' section, a company-headed line's versions", () => {
    const g = pageGraph(SESSION);
    for (const f of ['WORKS_FOR 채도윤 -> 파랑게임즈', 'WORKS_FOR 남서하 -> 솔방울AI', 'DEVELOPED 파랑게임즈 -> 파랑 QX-B 1', 'DEVELOPED 파랑게임즈 -> 파랑 QX-B 2', 'BASED_ON 파랑 QX-B 1 -> Gemma 2 9B', 'BASED_ON 파랑 QX-B 2 -> 솔라 프로2', 'SUCCEEDS 파랑 QX-B 2 -> 파랑 QX-B 1'])
      expect(hasFact(g, f), `${f}\n  got: ${pageFacts(SESSION).join('\n       ')}`).toBe(true);
    expect(nodeLines(g)).not.toContain('Person:우리도');
  });

  it("a service page: a FAQ accordion's hidden answers are read, a spec line's distilled model, a weighed release not open", () => {
    const g = pageGraph(SERVICE);
    for (const f of ['BASED_ON 한결 LM 3.0 미니 -> 한결 LM 3.0', 'BASED_ON 한결 LM 2.5 -> Gemma 2 9B', 'SUCCEEDS 한결 LM 3.0 -> 한결 LM 2.5'])
      expect(hasFact(g, f), `${f}\n  got: ${pageFacts(SERVICE).join('\n       ')}`).toBe(true);
    expect(g.nodes.find((n) => n.name === '한결 LM 3.0 미니')?.properties.openSource).toBeUndefined();
  });

  it("an old board's result report: shaded label cells as label/value lines, the subject row as headline, '주관 / 공동수행' in the sheet's project", () => {
    const g = pageGraph(BOARD);
    expect(hasFact(g, 'PARTICIPATES_IN 바다소프트 -> 누리 AI 상담원 실증사업'), pageFacts(BOARD).join('\n')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN 업스테이지 -> 누리 AI 상담원 실증사업'), pageFacts(BOARD).join('\n')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN 업스테이지 -> AI 바우처 지원사업')).toBe(false);
  });

  it("a text newsletter: the masthead's organisation is '우리 병원' and the owner of staff named by a bare post; a dotted-leader score box", () => {
    const g = pageGraph(NEWSLETTER, 'news.txt');
    for (const f of ['DEVELOPED 하늘대학교병원 -> 하늘메드 8B', 'PARTNERS_WITH 하늘대학교병원 -> KT', 'PARTICIPATES_IN 하늘대학교병원 -> 의료 AI 실증사업', 'WORKS_FOR 석다온 -> 하늘대학교병원', 'SCORED 하늘메드 8B -> KorMedMCQA', 'SCORED 믿:음 2.0 베이스 -> KorMedMCQA'])
      expect(hasFact(g, f), `${f}\n  got: ${pageFacts(NEWSLETTER, 'news.txt').join('\n       ')}`).toBe(true);
  });
});
