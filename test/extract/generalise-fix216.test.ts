/**
 * Generalisation rows for fix216: business and finance page forms. A procurement's bid results with a representative
 * column and a joint-bid table under a heading, a fund's quarterly report as text (an aligned fact sheet, numbered
 * sections on each holding where "동사" is the holding and "당사" the manager), an accelerator's batch post (one
 * numbered heading per team), a shareholders' meeting notice (a nominee table with a two-row header, letter-spaced
 * names, a departing director), a research e-mail saved as text (its header), an event page's timetable of speakers.
 * Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, pageGraph, type FactRow } from './helpers.js';

const BID =
  '<html><head><meta charset="utf-8"><title>개찰결과 상세 | 조달 포털</title></head><body><div class="contents">' +
  '<h3>개찰결과 상세 (용역)</h3>' +
  '<table><tr><th>공고명</th><td>2027년 지능형 민원 안내 서비스 구축 사업</td></tr><tr><th>수요기관</th><td>행정안전부</td></tr></table>' +
  '<h4>개찰순위</h4><table><caption>개찰결과 목록</caption>' +
  '<tr><th>순위</th><th>사업자등록번호</th><th>업체명</th><th>대표자명</th><th>투찰금액(원)</th><th>비고</th></tr>' +
  '<tr><td>1</td><td>214-81-1****</td><td>(주)가온정보</td><td>목하진</td><td>1,200,000,000</td><td>협상대상자</td></tr>' +
  '<tr><td>2</td><td>120-86-2****</td><td>누리메타(주)</td><td>편도윤</td><td>1,150,000,000</td><td>차순위</td></tr></table>' +
  '<h4>공동수급 구성 현황</h4><table><caption>공동수급협정 현황</caption><tr><th>업체명(대표사)</th><th>구성원</th><th>지분율(%)</th></tr>' +
  '<tr><td>(주)가온정보</td><td>(주)가온정보</td><td>70</td></tr></table>' +
  '<p>본 사업은 행정안전부가 추진하는 \'2027년 지능형 민원 안내 서비스 구축 사업\'이다.</p></div></body></html>';

const FUND =
  '==============================================================\n   바람길 AI초기투자조합 제2호\n   2027년 1분기 운용보고서\n   업무집행조합원(GP): 바람길벤처스 주식회사\n==============================================================\n\n' +
  '1. 조합 개요\n--------------------------------------------------------------\n' +
  '  조합명          바람길 AI초기투자조합 제2호\n  결성일          2025.03.02\n  대표펀드매니저  소예준 (바람길벤처스 상무)\n  핵심운용인력    소예준, 채다온 (심사역)\n\n' +
  '2. 주요 피투자회사 동향\n--------------------------------------------------------------\n' +
  '[1] ㈜솔잎텍 (대표 마하린)\n  - 동사는 2월 법률 특화 언어모델 \'솔잎-8B\'를 공개함.\n  - 이사회: 당사 채다온 심사역이 동사 옵서버로 참석 중.\n\n' +
  '[2] 결바람랩㈜ (대표 위서하)\n  - 동사는 3월 카카오와 상담 모델 공동개발 협약을 체결함.\n  - 구글의 Gemma 2 9B를 파인튜닝한 \'결-상담 9B\'를 개발함.\n  - 사내 평가에서 KMMLU 49.2.\n';

const NOTICE =
  '<html><head><meta charset="utf-8"><title>주식회사 다솜데이터 / 주주총회소집공고</title></head><body><div id="center">' +
  '<p>회 사 명 : 주식회사 다솜데이터</p><p>대 표 이 사 : 성 하 늘</p>' +
  '<p>4. 이사 후보자의 인적사항</p><table>' +
  '<tr><th rowspan="2">후보자성명</th><th rowspan="2">주된직업</th><th colspan="2">세부경력</th></tr><tr><th>기간</th><th>내용</th></tr>' +
  '<tr><td rowspan="2">봉 다 린</td><td rowspan="2">(주)다솜데이터<br>AI연구소장(전무)</td><td>2010~2019</td><td>삼성SDS 연구원</td></tr>' +
  '<tr><td>2019~현재</td><td>(주)다솜데이터 AI연구소장</td></tr></table>' +
  '<p>※ 기존 사내이사 피준혁은 본 주주총회 종결 시 임기가 만료되어 퇴임할 예정입니다.</p>' +
  '<p>당사는 자체 언어모델 \'다솜-LM 1\'을 개발해 공공기관에 공급하고 있습니다.</p></div></body></html>';

const MAIL =
  'From: 바른증권 리서치센터 <research@barun.example>\nTo: 법인영업본부\nDate: Wed, 3 Mar 2027 07:30:00 +0900\nSubject: [바른 모닝미팅] 3/3(수) 소프트웨어\nX-Mailer: Microsoft Outlook 16.0\n\n' +
  '■ 소프트웨어\n\n1) 한빛메타(123450) — 한빛-Q 2 출시\n - 어제 장 마감 후 \'한빛-Q 2\' 공개. 메타 Llama 3.1 8B 기반, 80억 파라미터.\n - 회사 발표치: KMMLU 51.3.\n';

const EVENT =
  '<html><head><meta charset="utf-8"><title>여울AI 테크 밋업</title></head><body><main><h1>여울AI 테크 밋업</h1>' +
  '<p>여울AI는 한국어 음성 모델을 처음부터 직접 만드는 회사입니다.</p><h2>세션 안내</h2>' +
  '<table><tr><th>시간</th><th>세션</th><th>연사</th></tr>' +
  '<tr><td>19:00</td><td>오프닝</td><td>구하람 대표</td></tr>' +
  '<tr><td>19:20</td><td>음성 모델 학습기</td><td>음성팀 리드 남궁서진</td></tr>' +
  '<tr><td>19:50</td><td>게스트 세션</td><td>탁민우 업스테이지 리드 엔지니어</td></tr>' +
  '<tr><td>20:20</td><td>정책 대담</td><td>허윤재 과장 (과학기술정보통신부)</td></tr></table></main></body></html>';

const rows: FactRow[] = [
  {
    cat: "a numbered section of a startup batch post: a name read as a person's is the team's company where it owns a quoted model ('N. NAME — 분야', 'NAME의 'Y'는')",
    text:
      '9기 선발 팀을 소개합니다\n\n1. 하람셈 — 회계 특화 모델\n\n하람셈의 \'셈결-2\'는 지난해 공개한 \'셈결-1\'의 후속 모델입니다. 대표는 은하솔입니다.\n\n' +
      '2. 코드바람 — 코드 변환\n\n금융권 레거시 코드를 옮기는 AI 에이전트를 만듭니다. 코드바람은 업스테이지의 솔라 프로2를 API로 씁니다. 창업자 변도하 대표는 前 LG CNS 수석이었습니다.',
    expect: ['DEVELOPED 하람셈 -> 셈결-2', 'WORKS_FOR 은하솔 -> 하람셈', 'WORKS_FOR 변도하 -> 코드바람'],
    nodes: ['Company:코드바람'],
  },
  {
    cat: "a company holding a model named after its kind word, built from scratch, a gloss in parentheses after the clause ('처음부터 … 학습한(프롬 스크래치) 음성 모델 'Y'를 보유')",
    text: '바람소리랩스는 처음부터 자체 데이터로 학습한(프롬 스크래치) 음성 합성 모델 \'바람보이스\'를 보유하고 있습니다.',
    expect: ['DEVELOPED 바람소리랩스 -> 바람보이스'],
    props: ['바람보이스=fromScratch:true'],
  },
  {
    cat: "an unnamed set a sentence describes ('세무 기출 벤치마크에서 Y는 N점') is no benchmark named before",
    text: '하람셈의 \'셈결-2\'는 KoBEST 평균 70.1점을 기록했다. 세무사 시험 기출 벤치마크에서 셈결-2는 61.2점을 받았다.',
    expect: ['SCORED 셈결-2 -> KoBEST'],
    edgeProps: ['SCORED 셈결-2 -> KoBEST score=70.1'],
  },
];

describe('fix216: business and finance page forms', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));

  it("bid results: the '대표자명' column heads each bidder; a bare '사업자등록번호' title keeps the columns; the joint-bid table's title '업체명(대표사)' is no company", () => {
    const g = pageGraph(BID);
    const facts = pageFacts(BID);
    expect(facts).toContain('WORKS_FOR 목하진 -> 가온정보');
    expect(facts).toContain('WORKS_FOR 편도윤 -> 누리메타');
    expect(g.nodes.map((n) => n.name)).not.toContain('업체명');
  });

  it("a fund report as text: the aligned fact sheet's lines, '동사' and subject-less releases in a holding's section, '당사' the manager", () => {
    const facts = pageFacts(FUND, 'report.txt');
    expect(facts).toContain('WORKS_FOR 소예준 -> 바람길벤처스');
    expect(facts).toContain('DEVELOPED 솔잎텍 -> 솔잎-8B');
    expect(facts).not.toContain('DEVELOPED 바람길벤처스 -> 솔잎-8B');
    expect(facts).toContain('WORKS_FOR 채다온 -> 바람길벤처스');
    expect(facts).toContain('WORKS_FOR 위서하 -> 결바람랩');
    expect(facts.filter((f) => f === 'PARTNERS_WITH 결바람랩 -> 카카오' || f === 'PARTNERS_WITH 카카오 -> 결바람랩')).toHaveLength(1);
    expect(facts).toContain('DEVELOPED 결바람랩 -> 결-상담 9B');
    expect(facts).toContain('SCORED 결-상담 9B -> KMMLU');
  });

  it("a meeting notice: a nominee's current job under a two-row header, a letter-spaced name, and a departing director named by seat", () => {
    const facts = pageFacts(NOTICE);
    expect(facts).toContain('WORKS_FOR 봉다린 -> 다솜데이터');
    expect(facts).toContain('WORKS_FOR 피준혁 -> 다솜데이터');
  });

  it("an e-mail saved as text: the subject is the title, the client's header lines no text; a telegraphic base line under a release", () => {
    const g = pageGraph(MAIL, 'mail.txt');
    expect(g.nodes.map((n) => n.name)).not.toContain('Microsoft');
    expect(pageFacts(MAIL, 'mail.txt')).toContain('BASED_ON 한빛-Q 2 -> Llama 3.1 8B');
  });

  it("an event timetable: each speaker works for the host unless the cell names another company", () => {
    const facts = pageFacts(EVENT);
    expect(facts).toContain('WORKS_FOR 구하람 -> 여울AI');
    expect(facts).toContain('WORKS_FOR 남궁서진 -> 여울AI');
    expect(facts).toContain('WORKS_FOR 탁민우 -> 업스테이지');
    expect(facts).not.toContain('WORKS_FOR 탁민우 -> 여울AI');
    expect(facts).not.toContain('WORKS_FOR 허윤재 -> 여울AI');
  });
});
