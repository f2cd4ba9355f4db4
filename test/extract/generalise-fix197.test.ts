/**
 * Generalisation rows for set 197's page forms and wordings (events, conferences and awards outside news): an old
 * table-layout calendar with note-style cells, paper authors with their affiliations in one cell, an exhibitor named by its
 * booth, a visitor's diary, a Q&A tool's export, transcript speaker lines. Every sentence and name here is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const factsOf = (page: string, source = 'page.html') => {
  const a = parseArticle(Buffer.from(page), { source });
  const g = extractArticle(a);
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  return { a, g, facts: g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`) };
};

/** A society's board page in an old table layout: a lead line, a table whose last column holds notes, then notes broken by <br>s. */
const notedCalendar = (rows: string) => `<html><head><meta charset="utf-8"><title>한빛정보학회 :: 학회 소식</title></head>
<body><table width="900"><tr><td><font size="5"><b>한빛정보학회</b></font></td></tr><tr><td><table width="100%"><tr>
<td width="160" bgcolor="#EEEEEE"><font size="2">학회 소식<br>- 공지<br>- 행사</font></td>
<td valign="top"><font size="4"><b>1월 학회 행사 안내</b></font><br><br>
<font size="2">1월 중 열리는 학회와 회원사 행사를 모았습니다. 자세한 일정은 각 주최측에 문의하시기 바랍니다.</font><br><br>
<table border="1"><tr><td><b>날짜</b></td><td><b>행사</b></td><td><b>주최</b></td><td><b>내용</b></td></tr>${rows}</table>
<br><font size="2"><b>[알림]</b><br>- 좌석이 한정되어 있으니 미리 신청해 주십시오. 신청은 학회 누리집에서 받습니다.<br>- 장소가 바뀌면 이 글을 고쳐 알려 드리겠습니다. 회원사 행사는 각 회사 누리집에서도 안내합니다.<br>- 문의는 학회 사무국으로 연락해 주십시오.</font>
</td></tr></table></td></tr></table></body></html>`;

const NOTE_ROWS = `<tr><td>1.08</td><td>온새미 기술 설명회</td><td>온새미랩스</td><td>온새미랩스가 지난주 내놓은 문서 요약 모델 온새미-S 3의 학습 방법을 공유. 온새미-S 3는 메타의 Llama 3.1 8B를 기반으로 만든 80억 파라미터 모델.</td></tr>
<tr><td>1.14</td><td>의료 AI 공동 발표회</td><td>다솔메디</td><td>다솔메디가 자체 개발한 판독 모델 다솔-R 2의 병원 도입 결과를 소개. 발표는 오후 두 시에 시작.</td></tr>
<tr><td>1.21</td><td>회원사 교류회</td><td>학회</td><td>회원사 실무자들이 모여 올해 계획을 나누는 자리. 별도 발표 없이 자유 토론으로 진행.</td></tr>`;

describe('an old layout cell holding a lead, a table of note cells and <br>-broken notes', () => {
  it('reads the table with the notes, its note cells as sentences', () => {
    const { a, facts } = factsOf(notedCalendar(NOTE_ROWS));
    expect(a.text).toContain('1월 중 열리는 학회와 회원사 행사를 모았습니다.');
    expect(a.text).toContain('좌석이 한정되어 있으니');
    expect(facts).toContain('BASED_ON 온새미-S 3 -> Llama 3.1 8B');
    expect(facts).toContain('DEVELOPED 온새미랩스 -> 온새미-S 3');
    expect(facts).toContain('DEVELOPED 다솔메디 -> 다솔-R 2');
  });
});

/** A fair visitor's post: numbered booth headings, a caption, a cleft naming the stop. */
const boothDiary = `<html><head><meta charset="utf-8"><title>AI 엑스포 다녀온 후기</title></head><body><article>
<h1>AI 엑스포 다녀온 후기</h1>
<p>주말에 AI 엑스포에 다녀왔어요. 부스가 정말 많아서 발이 아팠습니다.</p>
<h3>1. 누리봇(Nuribot) 부스</h3>
<p>처음 들른 곳은 누리봇. 여기서는 상담용 모델 누리봇-챗 2를 태블릿으로 시연하고 있었어요. 직원분 말로는 라마 아니고 처음부터 자체 개발한 모델이라고 하더라고요.</p>
<h3>2. 하람텍 부스</h3>
<p>하람텍은 번역 모델을 보여 줬어요. 패널에 KMMLU 55.1점이라고 적혀 있었는데 어떤 모델 점수인지는 안 나와 있었어요.</p>
</article></body></html>`;

describe("a fair visitor's diary", () => {
  it('reads the glossed exhibitor, the stop as the subject, and keeps each section to its own models', () => {
    const { g, facts } = factsOf(boothDiary);
    expect(g.nodes.some((n) => n.type === 'Company' && n.name === '누리봇')).toBe(true);
    expect(facts).toContain('DEVELOPED 누리봇 -> 누리봇-챗 2');
    // "Y 아니고 처음부터 만든": the model denied is not the one built from scratch
    const llama = g.nodes.find((n) => n.name === '라마');
    expect(llama?.properties['fromScratch']).toBeUndefined();
  });
  // Known gap, kept visible: the second booth's score names no model ("어떤 모델 점수인지는 안 나와"), yet the first
  // booth's model stays in focus across the numbered heading of another company that the page names nowhere else,
  // so the score is read as that model's. (The row once passed only because the model was read as '누리봇-챗', without
  // its version; reading '누리봇-챗 2' showed the gap.) This test fails the day the gap is closed: then make it a plain `it`.
  it.fails("a later section's unattributed score is not the earlier section's model's", () => {
    expect(factsOf(boothDiary).facts).not.toContain('SCORED 누리봇-챗 2 -> KMMLU');
  });
});

/** A Q&A tool's export: a session line placing the speaker, numbered questions, status-tagged answers. */
const qaExport = `Q&A export
Session: [키노트] 작은 모델의 힘 — 문하린 가온소프트 대표
Exported: 2026-10-02 18:10

#1  ▲ 30  익명
Garam-LM 2가 Qwen3 기반이라던데 맞나요?

  [ANSWERED] 문하린 대표: 아닙니다. Qwen3 가중치는 전혀 쓰지 않았고, 저희가 직접 처음부터 학습한 140억 파라미터 모델입니다.

#2  ▲ 12  익명
Garam-LM 2 Mini는 어떻게 만들었나요?

  [ANSWERED] 문하린 대표: Garam-LM 2 Mini는 Garam-LM 2를 교사 모델로 삼아 증류한 모델입니다.
`;

describe("a Q&A tool's export", () => {
  it("reads status-tagged answers as the placed speaker's turns, speaking for the speaker's company", () => {
    const { g, facts } = factsOf(qaExport, 'qa.txt');
    expect(facts).toContain('DEVELOPED 가온소프트 -> Garam-LM 2 Mini');
    expect(facts).toContain('BASED_ON Garam-LM 2 Mini -> Garam-LM 2');
    // a model the answer says was never used takes none of the answer's properties
    const qwen = g.nodes.find((n) => n.name === 'Qwen3');
    expect(qwen?.properties['parameters']).toBeUndefined();
    expect(qwen?.properties['fromScratch']).toBeUndefined();
  });
});

const sentenceRows: FactRow[] = [
  // paper authors with their affiliations in one cell
  { cat: 'works-for.author-cell', text: '남궁하늘¹, 서다인¹,² (¹업스테이지, ²카이스트)', expect: ['WORKS_FOR 남궁하늘 -> 업스테이지', 'WORKS_FOR 서다인 -> 업스테이지'] },
  { cat: 'works-for.author-cell', text: '오라온, Mina Cole (리벨리온)', expect: ['WORKS_FOR 오라온 -> 리벨리온', 'WORKS_FOR Mina Cole -> 리벨리온'] },
  { cat: 'works-for.author-cell', text: '오라온¹, 추서현² (¹리벨리온, ²연세대학교)', absent: ['WORKS_FOR 추서현 -> 리벨리온'] },
  // an exhibitor glossed at its booth; a translation in brackets is no company
  { cat: 'company.booth-gloss', text: '전시장 C구역 하늘웨어(Haneulware) 부스에는 사람이 몰렸다.', nodes: ['Company:하늘웨어'] },
  { cat: 'company.booth-gloss', text: '입구 옆 체험(Experience) 부스는 한산했다.', noNodes: ['Company:체험'] },
  // a transcript's speaker with a role before the company and post; a timetable's Latin-named speaker
  { cat: 'works-for.paren-role-affiliation', text: '00:12:40 변소율 (진행, 네이버클라우드 홍보팀장)', expect: ['WORKS_FOR 변소율 -> 네이버클라우드'] },
  { cat: 'person.latin-paren-post', text: '14:30 | 세션 3 | Erik Sand (업스테이지 솔루션 리드)', expect: ['WORKS_FOR Erik Sand -> 업스테이지'], nodes: ['Person:Erik Sand'] },
  // a bare dotted version after a model numbered with a whole version, in a succession sentence: that family's version
  { cat: 'succeeds.bare-dotted-after-whole', text: '다온랩이 다온-LM 1.5를 공개한 지 1년 만이다. 다온-LM 2는 1.5의 후속 모델로 처음부터 다시 학습됐다.', expect: ['SUCCEEDS 다온-LM 2 -> 다온-LM 1.5'] },
  // "'X 뱅킹'이라고 부르는": a quoted edition of a model named by the sentence's frame is a model of its own
  { cat: 'model-name.named-edition', text: '다온랩은 다온-LM 2를 바탕으로 만든 금융 모델을 \'다온-LM 2 뱅킹\'이라고 부르고 있다.', nodes: ['Model:다온-LM 2 뱅킹'] },
  { cat: 'model-name.named-edition', text: '다온랩은 \'다온-LM 2 뱅킹\'이라는 이름의 금융 모델을 준비하고 있다. 다온-LM 2를 기반으로 추가 학습했다.', nodes: ['Model:다온-LM 2 뱅킹'] },
  // a quoted board name with its year ('X-리더보드 2026') is a benchmark
  { cat: 'benchmark.quoted-board-year', text: "올해 '가람-리더보드 2025' 시즌이 끝났다. 하람-K 8B는 가람-리더보드 2025에서 70.1점을 받았다.", nodes: ['Benchmark:가람-리더보드 2025'], expect: ['SCORED 하람-K 8B -> 가람-리더보드 2025'] },
];

describe('set 197 wordings', () => {
  for (const row of sentenceRows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
