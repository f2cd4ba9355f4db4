/**
 * Generalisation rows for fix209: universities, research institutes and academia outside news articles. An old
 * table-layout programme page whose abstracts are <font>s, an institute introduced with its head, a short form defined
 * after a company's head, a project report's results by year, bulleted model items, a funding note on a co-developed
 * model, publication entries with a date bar, a record page dated by its last update, domain editions and English
 * glosses of terms. Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, pageGraph, type FactRow } from './helpers.js';

const PROGRAMME =
  '<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8"><TITLE>한국음성학회 춘계대회 - 구두 세션 O3</TITLE></HEAD><BODY>' +
  '<TABLE WIDTH="880"><TR><TD><FONT SIZE="5"><B>춘계대회 2027</B></FONT></TD></TR><TR><TD><FONT SIZE="2">HOME | 대회안내 | 프로그램 | 등록</FONT></TD></TR></TABLE>' +
  '<TABLE WIDTH="880"><TR><TD WIDTH="160"><FONT SIZE="2"><B>프로그램</B><BR>- 기조강연<BR>- 구두 세션<BR><BR><B>게시일</B><BR>2027.03.02</FONT></TD>' +
  '<TD><FONT SIZE="2"><FONT SIZE="4"><B>구두 세션 O3 : 음성 언어모델</B></FONT><BR><BR>' +
  '<TABLE BORDER="1"><TR><TD>번호</TD><TD>제목 / 저자 / 요약</TD></TR>' +
  '<TR><TD>O3-01</TD><TD><B>콜센터 통화 요약을 위한 경량 모델</B><BR>여하솔, 탁민우 (㈜소리결)<BR>' +
  '<FONT COLOR="#555555">㈜소리결이 개발한 소리결-S 2는 통화 녹취 40만 건으로 학습한 요약 모델이다. 자체 평가셋에서 기존 모델보다 요약 품질이 높았으며, 내년 상반기에 상용 서비스로 출시할 계획이다.</FONT></TD></TR>' +
  '<TR><TD>O3-02</TD><TD><B>방언 음성 인식 오류 분석</B><BR>변주하 (누리대학교)<BR>' +
  '<FONT COLOR="#555555">경상·전라 방언 발화 3천 건을 분석해 인식 오류의 유형을 정리한다. 모델 이름과 점수는 보고하지 않으며, 오류 유형별 빈도만 제시한다.</FONT></TD></TR>' +
  '<TR><TD>O3-03</TD><TD><B>의료 상담 음성 비서의 안전성 평가</B><BR>구나래 (㈜온결헬스)<BR>' +
  '<FONT COLOR="#555555">㈜온결헬스는 자사 상담 모델의 위험 응답을 줄이기 위한 평가 절차를 제안한다. 병원 두 곳의 실제 문의 기록을 익명화해 사용하였다.</FONT></TD></TR>' +
  '</TABLE></FONT></TD></TR></TABLE></BODY></HTML>';

const RECORD =
  '<html><head><meta charset="utf-8"><title>연구자 정보 - 탁서온</title></head><body><main><h1>탁서온</h1>' +
  '<dl><dt>현 소속</dt><dd>㈜파란결 AI센터</dd><dt>최종 갱신일</dt><dd>2027.02.14 (본인 수정)</dd></dl>' +
  '<section><h2>연구 소개</h2><p>㈜파란결이 개발한 파란결-T 5를 공개하는 작업을 이끌었다. 파란결-T 5는 지난 2월 3일 공개됐다.</p></section>' +
  '</main></body></html>';

const rows: FactRow[] = [
  {
    cat: "a research institute introduced with its head ('X연구원(원장 NAME, 이하 ABBR)') that released a model is its maker, and its head works there",
    text: "미래언어기술연구원(원장 변하람, 이하 FLTI)은 행정 문서에 특화한 언어모델 '한솔-G 3'을 개발해 지난 5일 공개했다고 밝혔다. FLTI는 내년에 후속 모델도 내놓는다.",
    publishedAt: '2027-01-10',
    expect: ['DEVELOPED 미래언어기술연구원 -> 한솔-G 3', 'WORKS_FOR 변하람 -> 미래언어기술연구원'],
    sameNode: ['미래언어기술연구원=FLTI'],
    edgeProps: ['WORKS_FOR 변하람 -> 미래언어기술연구원 title=원장'],
  },
  {
    cat: 'an institute named with its head in a sentence that makes nothing is no company',
    text: '미래정책연구원(원장 변하람)은 AI 규제 동향 보고서를 냈다. 보고서는 여러 나라 사례를 담았다.',
    noNodes: ['Company:미래정책연구원'],
  },
  {
    cat: "a company's head in the note that defines its short form ('(대표 NAME, 이하 SHORT)') still works there",
    text: "다온테크놀로지(대표 구해온, 이하 다온)는 상담 요약 모델 '다온-Sum 2'를 선보였다. 다온은 이 모델을 보험사 두 곳에 공급한다.",
    publishedAt: '2027-01-10',
    expect: ['WORKS_FOR 구해온 -> 다온테크놀로지', 'DEVELOPED 다온테크놀로지 -> 다온-Sum 2'],
    edgeProps: ['WORKS_FOR 구해온 -> 다온테크놀로지 title=대표'],
  },
  {
    cat: "a project report's results by year: each model-and-benchmark row scores its latest value ('-' for a year without one)",
    text:
      '㈜해솔랩이 개발한 해솔-M 7B와 해솔-M 1B의 연차별 실적은 아래와 같다.\n\n' +
      '분류 | 항목 | 1차년도(2026) | 2차년도(2027.01 기준)\n\n' +
      '모델 | 해솔-M 7B | KMMLU | 48.0 | 52.6\n\n' +
      '모델 | 해솔-M 1B | KMMLU | 35.5 | -\n\n' +
      '※ 2차년도 수치는 중간 점검 결과다.',
    publishedAt: '2027-02-01',
    edgeProps: ['SCORED 해솔-M 7B -> KMMLU score=52.6', 'SCORED 해솔-M 1B -> KMMLU score=35.5'],
  },
  {
    cat: "a bulleted item headed by a model ('○ M: X를 기반 모델로 하여 …', '○ M: Y를 교사로 한 증류로') is said of that model",
    text:
      '[연구내용]\n\n' +
      '○ 가람-Law 9B: 구글의 Gemma 2 9B를 기반 모델로 하여 판례 말뭉치로 추가 사전학습 후 지시 학습 수행\n\n' +
      '○ 가람-Law 2B: 가람-Law 9B를 교사로 한 지식 증류로 개발한 경량 모델',
    publishedAt: '2027-02-01',
    expect: ['BASED_ON 가람-Law 9B -> Gemma 2 9B', 'BASED_ON 가람-Law 2B -> 가람-Law 9B'],
  },
  {
    cat: "'NAME (COMPANY / TITLE)' in a project's label line is a post",
    text: '과제 개요\n\n사업명 : 지역 AI 실증 사업\n\n연구책임자 : 표도하 (㈜새결데이터 / 최고기술책임자)',
    publishedAt: '2027-02-01',
    expect: ['WORKS_FOR 표도하 -> 새결데이터'],
    edgeProps: ['WORKS_FOR 표도하 -> 새결데이터 title=최고기술책임자'],
  },
  {
    cat: "a funding note closing a thesis on a model co-developed with a company is no programme of that company ('C와 공동으로 개발하였으며')",
    text:
      "본 논문은 한국어 법률 질의응답 모델 '누리법-K 8B'를 구축하였다. 누리법-K 8B는 산학협력 과제로 ㈜결온소프트와 공동으로 개발하였으며, 동사의 GPU를 활용하였다.\n\n" +
      "본 연구는 정보통신기획평가원 '대학AI인재 양성사업'의 지원을 받아 수행되었다.",
    publishedAt: '2027-02-01',
    expect: ['DEVELOPED 결온소프트 -> 누리법-K 8B'],
    absent: ['PARTICIPATES_IN 결온소프트 -> 대학AI인재 양성사업'],
  },
  {
    cat: "a publication entry's authors before its date bar ('A, B (㈜X), C (Y) ｜ 2026.05 ｜ venue …') work at their companies",
    text: '대표 연구업적\n\n마다온, 여하린 (㈜빛결AI), 탁우진 (KT) ｜ 2026.05 ｜ 한국정보과학회 학술발표논문집 [초록 일부] 두 회사가 함께 만든 요약 모델을 소개한다.',
    publishedAt: '2027-02-01',
    expect: ['WORKS_FOR 마다온 -> 빛결AI', 'WORKS_FOR 여하린 -> 빛결AI', 'WORKS_FOR 탁우진 -> KT'],
  },
  {
    cat: "one author alone on the line with a company's legal form ('NAME (㈜X)') works there; a university affiliation gives none",
    text: '행정 문서 요약 사례 발표\n\n편주안 (㈜한결행정AI)\n\n㈜한결행정AI는 지자체 세 곳에 요약 모델을 공급한다.\n\n도이현 (누리대학교)',
    publishedAt: '2027-02-01',
    expect: ['WORKS_FOR 편주안 -> 한결행정AI'],
    noNodes: ['Company:누리대학교'],
  },
  {
    cat: "a domain edition after a Latin model's version ('Orbit 4 Legal') is its own model; a term's English gloss does not break the maker's clause",
    text:
      '㈜가온결이 말뭉치 정제부터 사전학습까지 처음부터(from scratch) 새로 개발한 Orbit 4를 소개한다.\n\n' +
      '㈜가온결과 한빛생명이 공동 개발한 Orbit 4 Legal은 Orbit 4를 기반으로 약관 데이터로 미세조정한 모델이다.',
    publishedAt: '2027-02-01',
    expect: ['DEVELOPED 가온결 -> Orbit 4', 'DEVELOPED 가온결 -> Orbit 4 Legal', 'BASED_ON Orbit 4 Legal -> Orbit 4'],
    absent: ['DEVELOPED 한빛생명 -> Orbit 4'],
  },
  {
    cat: "a chip's name in another case hyphened to more name ('Atom-Note 2') blocks no model",
    text: '㈜리브결은 문서 요약 모델 Atom-Note 2를 지난 9일 공개했다.',
    publishedAt: '2027-02-01',
    expect: ['DEVELOPED 리브결 -> Atom-Note 2'],
  },
];

describe('fix209: universities, research institutes and academia outside news articles', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
  it("an old table layout's programme whose abstracts are <font>s with no <br> is read row by row", () => {
    const facts = pageFacts(PROGRAMME);
    expect(facts).toContain('DEVELOPED 소리결 -> 소리결-S 2');
    expect(facts).toContain('WORKS_FOR 여하솔 -> 소리결');
    expect(facts).toContain('WORKS_FOR 구나래 -> 온결헬스');
  });
  it("a record page that dates nothing but its last update ('최종 갱신일') is dated by it", () => {
    const g = pageGraph(RECORD);
    expect(g.articles[0]!.publishedAt).toBe('2027-02-14');
    expect(g.nodes.find((n) => n.name === '파란결-T 5')?.properties.releasedOn).toBe('2027-02-03');
  });
});
