/**
 * Generalisation rows for the forms missed on held-out set 211 (a mixed week: a board review with its thread, a service's
 * notice, a city's selection notice, a contract's full text, an event page, a weekly calendar).
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X 주식회사": the spelled-out legal form after the name (a notice's table cell, a sentence's subject) is no part of it
  {
    cat: 'company.legal-form-after-name',
    text: "부산시가 'AI 항만 실증사업' 선정 결과를 공고했다.\n연번 | 주관기업 | 참여기업 | 과제명 | 비고\n1 | 가람소프트 주식회사 | (주)별빛데이터 | 항만 물류 예측 실증 | 선정\n2 | (주)마루비전 | - | 선박 영상 판독 실증 | 선정",
    expect: ['PARTICIPATES_IN 가람소프트 -> AI 항만 실증사업', 'PARTNERS_WITH 가람소프트 -> 별빛데이터'],
    noNodes: ['Company:가람소프트 주식회사', 'Company:주식회사'],
  },
  {
    cat: 'company.legal-form-after-name',
    text: "'가람-톡 3B'는 가람소프트 주식회사가 자체 개발한 30억 파라미터 모델이다.",
    expect: ['DEVELOPED 가람소프트 -> 가람-톡 3B'],
    noNodes: ['Company:주식회사'],
  },
  // "X(주)와는", "X㈜가": the particle after the mark is no company's name
  {
    cat: 'company.particle-after-mark',
    text: '누리텍은 별빛데이터(주)와는 서버 임대 계약만 맺었다고 설명했다.',
    nodes: ['Company:별빛데이터'],
    noNodes: ['Company:와는'],
  },
  // a selection table's row whose status says the company withdrew after selection takes no part
  {
    cat: 'participates.table-row-withdrawn',
    text: "광주시가 'AI 헬스케어 실증 지원사업' 최종 선정 결과를 공고했다.\n연번 | 주관기업 | 참여기업 | 과제명 | 비고\n1 | 해솔랩스 | - | 병상 관리 AI 실증 | 선정\n2 | (주)다온메딕 | - | 진료 기록 요약 실증 | 선정 후 포기",
    expect: ['PARTICIPATES_IN 해솔랩스 -> AI 헬스케어 실증 지원사업'],
    absent: ['PARTICIPATES_IN 다온메딕 -> AI 헬스케어 실증 지원사업'],
  },
  {
    cat: 'participates.table-row-withdrawn',
    text: "광주시가 'AI 헬스케어 실증 지원사업' 최종 선정 결과를 공고했다.\n연번 | 주관기업 | 참여기업 | 과제명 | 비고\n1 | 해솔랩스 | - | 병상 관리 AI 실증 | 선정\n2 | 다온메딕(주) | - | 진료 기록 요약 실증 | 참여 철회",
    expect: ['PARTICIPATES_IN 해솔랩스 -> AI 헬스케어 실증 지원사업'],
    absent: ['PARTICIPATES_IN 다온메딕 -> AI 헬스케어 실증 지원사업'],
  },
  // "NAME ORG CSAIO(…)가": a C-suite acronym less common than CEO/CTO (a chief scientist's, a security chief's) is a post
  {
    cat: 'works-for.c-suite-acronym',
    text: '누리랩스가 새 모델의 기술 보고서를 설명한다. 이날은 한도윤 누리랩스 CSAIO(최고AI과학자)가 직접 발표에 나선다.',
    expect: ['WORKS_FOR 한도윤 -> 누리랩스'],
    edgeProps: ['WORKS_FOR 한도윤 -> 누리랩스 title=CSAIO'],
  },
  {
    cat: 'works-for.c-suite-acronym',
    text: '가온시큐리티는 보안 점검 결과를 공개했다. 서민재 가온시큐리티 CISO는 "외부 유출은 없었다"고 밝혔다.',
    expect: ['WORKS_FOR 서민재 -> 가온시큐리티'],
  },
  // a question asked of the predicate ("공동으로 … 발표하는 건가요?", "함께 개발하나요?") asserts no partnership
  {
    cat: 'clause.question-asked-of-predicate',
    text: '행사 문의 게시판에 글이 올라왔다. 누리소프트랑 가온랩스가 공동으로 새 모델을 공개하는 건가요?',
    absent: ['PARTNERS_WITH 누리소프트 -> 가온랩스'],
  },
  {
    cat: 'clause.question-asked-of-predicate',
    text: '행사 문의 게시판에 글이 올라왔다. 누리소프트와 가온랩스가 공동으로 발표하나요?',
    absent: ['PARTNERS_WITH 누리소프트 -> 가온랩스'],
  },
  {
    cat: 'clause.question-asked-of-predicate',
    text: '누리소프트와 가온랩스가 공동으로 새 모델을 발표한다. 두 회사의 첫 협업이다.',
    expect: ['PARTNERS_WITH 누리소프트 -> 가온랩스'],
  },
  // "참고로 회사는", "아울러 회사는": a discourse adverb before the sentence's 회사, the company the notice defines or speaks of
  {
    cat: 'reference.adverb-before-company-word',
    text: "주식회사 가람소프트(이하 '회사')는 서비스 이용약관을 개정합니다. 참고로 회사는 올해 'AI 클라우드 이용 바우처' 사업의 수요기업으로 선정되었습니다.",
    expect: ['PARTICIPATES_IN 가람소프트 -> AI 클라우드 이용 바우처'],
  },
  {
    cat: 'reference.adverb-before-company-word',
    text: "가람소프트가 상담 모델을 새로 내놨다. 아울러 회사는 'AI 클라우드 이용 바우처' 사업 공급기업으로 선정됐다고 밝혔다.",
    expect: ['PARTICIPATES_IN 가람소프트 -> AI 클라우드 이용 바우처'],
  },
  {
    cat: 'reference.adverb-before-company-word',
    text: "가람소프트가 상담 모델을 새로 내놨다. 참고로 다른 회사는 'AI 클라우드 이용 바우처' 사업 공급기업으로 선정됐다.",
    absent: ['PARTICIPATES_IN 가람소프트 -> AI 클라우드 이용 바우처'],
  },
  // "파생 모델(가칭 \"Y 2.1-지역\")": a provisional name quoted in a parenthesis is the model's whole name, not its first word
  {
    cat: 'model.provisional-name-in-parenthesis',
    text: '가람소프트는 가람-Med 2.1을 기반으로 병원 기록을 추가 학습한 파생 모델(가칭 "가람-Med 2.1-부산")을 개발해 공급한다.',
    nodes: ['Model:가람-Med 2.1-부산'],
    noNodes: ['Model:가람-Med'],
  },
  {
    cat: 'model.provisional-name-in-parenthesis',
    text: '가람소프트는 내년 상반기 새 모델(코드명 "누리-X")을 공개할 계획이다.',
    nodes: ['Model:누리-X'],
  },
  // "○○부는 X의 평가 결과를 발표한다. NAME ○○부 장관이 직접 브리핑에 나선다": the official briefing the programme's results promotes it
  {
    cat: 'promotes.official-briefing-announced-results',
    text: "산업통상자원부는 'AI 팩토리 선도 사업'의 1차 평가 결과를 다음 주 발표한다. 한도경 산업통상자원부 장관이 직접 브리핑에 나선다.",
    expect: ['PROMOTES 한도경 -> AI 팩토리 선도 사업'],
  },
  {
    cat: 'promotes.official-briefing-announced-results',
    text: "산업통상자원부는 'AI 팩토리 선도 사업'의 1차 평가 결과를 발표했다. 한도경 산업통상자원부 장관은 평가 방식에 유감을 표했다.",
    absent: ['PROMOTES 한도경 -> AI 팩토리 선도 사업'],
  },
];

describe('generalise: set 211 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

/** An event page's speaker cards (a name heading, then "COMPANY POST"), one company named nowhere else. */
function speakerPage(third: string): string {
  return `<html><head><title>AI 보안 세미나 안내 | 모임터</title><meta property="article:published_time" content="2026-11-02"></head><body><main>
<h1>AI 보안 세미나 안내</h1><p>개설일 2026.11.02</p><p>생성형 AI 도입 기업의 보안 점검 경험을 나누는 세미나입니다.</p>
<h2>연사 소개</h2>
<h3>한서진</h3><p>가온랩스 보안 엔지니어</p><p>가온랩스가 지난달 공개한 점검 도구의 설계를 맡았습니다.</p>
<h3>오태린</h3><p>${third}</p><p>기업 고객의 모델 점검을 돕는 회사를 이끌고 있습니다.</p>
</main></body></html>`;
}

describe('generalise: set 211 speaker cards', () => {
  it('a speaker card whose post line opens on a company named nowhere else, then a head post, names the employer', () => {
    expect(pageFacts(speakerPage('루미너스체크 대표'))).toContain('WORKS_FOR 오태린 -> 루미너스체크');
    expect(pageFacts(speakerPage('다온세이프 CTO'))).toContain('WORKS_FOR 오태린 -> 다온세이프');
  });
  it('a school, an association or a staff post gives no employer', () => {
    expect(pageFacts(speakerPage('한빛대학교 교수')).some((f) => f.startsWith('WORKS_FOR 오태린'))).toBe(false);
    expect(pageFacts(speakerPage('AI보안포럼 대표')).some((f) => f.startsWith('WORKS_FOR 오태린'))).toBe(false);
    expect(pageFacts(speakerPage('데이터 엔지니어')).some((f) => f.startsWith('WORKS_FOR 오태린'))).toBe(false);
  });
});

/** A service's privacy notice: the company defines itself as '회사', its privacy officer in a table of one field a row. */
function privacyPage(heading: string, rows: string): string {
  return `<html><head><title>이용약관 변경 공지 | 가람톡 고객센터</title></head><body><main>
<h1>[공지] 개인정보 처리방침 개정 안내</h1><p class="meta">게시일 2026-10-05</p>
<p>주식회사 가람소프트(이하 '회사')는 가람톡 서비스의 개인정보 처리방침을 아래와 같이 개정합니다.</p>
<p>회사는 상담 기록의 보관 기간을 1년에서 6개월로 줄입니다.</p>
<h2>${heading}</h2>
<table>${rows}</table>
<p>문의는 고객센터로 해 주시기 바랍니다.</p>
</main></body></html>`;
}

describe('generalise: set 211 privacy officer', () => {
  it("a privacy officer's table of one field a row (성명, 직책) names the company's officer", () => {
    const rows = '<tr><th>성명</th><td>윤다경</td></tr><tr><th>직책</th><td>정보보호팀장</td></tr><tr><th>연락처</th><td>privacy@example.kr</td></tr>';
    expect(pageFacts(privacyPage('3. 개인정보 보호책임자', rows))).toContain('WORKS_FOR 윤다경 -> 가람소프트');
    expect(pageFacts(privacyPage('제9조 (개인정보 보호책임자)', rows))).toContain('WORKS_FOR 윤다경 -> 가람소프트');
  });
  it('the same table under another heading names no officer', () => {
    const rows = '<tr><th>성명</th><td>윤다경</td></tr><tr><th>직책</th><td>정보보호팀장</td></tr>';
    expect(pageFacts(privacyPage('3. 문의처 안내', rows)).some((f) => f.startsWith('WORKS_FOR 윤다경'))).toBe(false);
  });
});

/** A community board's post right under <body>, its reply list beside it; the writer answers once in the thread. */
function boardPage(subject: string): string {
  return `<html><head><title>${subject} | 자유게시판 | 모두의모델</title></head><body>
<div class="gnb">홈 | 게시판 | 로그인</div>
<div class="view_wrap">
<div class="subject">${subject}</div>
<div class="writer"><span class="nick">양자화덕후</span> <span class="date">2026.10.14 (22:10:03)</span></div>
<div class="view_text">
<p>지난주 새봄랩스가 공개한 새봄-L 7B를 로컬에서 돌려봤음. 한국어 요약은 꽤 좋고 속도도 괜찮음.</p>
<p>코딩은 그냥 그런 편이고 긴 문서는 가끔 끊김. 그래도 이 크기에서는 쓸 만함.</p>
</div>
</div>
<div class="reply_list">
<div class="reply_item"><span class="nick">밤샘코더</span><p>이거 누가 만든 건지 아시는 분?</p></div>
<div class="reply_item"><span class="nick">양자화덕후</span><p>ㄴ 새봄랩스 CTO 윤하결 님이 직접 소개 글 올렸음</p></div>
<div class="reply_item"><span class="nick">주말개발자</span><p>추천 누르고 감</p></div>
</div>
<div class="footer">ⓒ 모두의모델</div>
</body></html>`;
}

describe('generalise: set 211 board threads', () => {
  it("a writer's review post keeps its thread when the writer answers there once", () => {
    expect(pageFacts(boardPage('[사용기] 새봄-L 7B 로컬로 돌려본 후기'))).toContain('WORKS_FOR 윤하결 -> 새봄랩스');
  });
  it('a post that is no review, its writer answering once, leaves its replies out', () => {
    expect(pageFacts(boardPage('새봄랩스 새 모델 소식 공유합니다')).some((f) => f.startsWith('WORKS_FOR 윤하결'))).toBe(false);
  });
});
