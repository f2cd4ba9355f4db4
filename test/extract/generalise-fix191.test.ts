/**
 * Generalisation rows for forms of held-out set 191 (people and their employers outside news articles): a company's
 * own minutes saved as text (the title, the legal-name line, the officers' signature lines at the end), an alumni or
 * members table whose column gives the current affiliation and post together ("현재 소속 / 직위": "X / 연구위원"), and
 * "NAME은 X에서 POST로 근무하다 …": a post held until the person left; a mail to a company's whole staff ("To: X 전체") whose
 * colleagues it addresses ("인프라팀 NAME 님", "NAME(Latin) CTO님") are X's; a members page whose name-headed cards and items
 * say in subjectless sentences which post the person holds ("X의 CTO를 맡고 있다"); a committee table's affiliation cell
 * opening on a known company with its unit and post after it, and a compound surname set apart ("선우 진") in a name cell; a
 * people list's heading with a romanised name before a dot, a company and a Korean post ("NN. Jane Doe · X 한국지사장").
 * Every row is a short document written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

/** The facts of a document given whole (its first line its title), as "TYPE source -> target" lines. */
function graphOfDocument(text: string, html = false): GraphDocument {
  const parsed = html ? parseArticle(text, { source: 'test.html' }) : parseText(text, { source: 'test.txt', publishedAt: '2026-03-02' });
  return extractArticle(parsed);
}
function factsIn(g: GraphDocument): string[] {
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  return g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
}

interface DocumentRow {
  cat: string;
  text: string;
  html?: boolean;
  expect?: string[];
  absent?: string[];
}

const MINUTES_BODY = [
  '1. 일    시 : 2026년 3월 2일(월) 오후 2시',
  '2. 장    소 : 본점 회의실',
  '',
  '제1호 의안 : 사내 규정 개정의 건',
  '  의장은 사내 규정 개정안을 설명하고 출석이사 전원의 찬성으로 가결하다.',
  '',
].join('\n');

const documentRows: DocumentRow[] = [
  // a board's minutes, letter-spaced title, the legal form before the name: each signer at the company, the post as signed
  {
    cat: 'works-for.minutes-signature',
    text: ['              이 사 회 의 사 록', '', '            주식회사 너울데이터', '', MINUTES_BODY, '        대표이사          하 도 겸   (인)', '        사외이사          모 세 린   (인)', '        감    사          탁 윤 호   (서명)'].join('\n'),
    expect: ['WORKS_FOR 하도겸 -> 너울데이터', 'WORKS_FOR 모세린 -> 너울데이터', 'WORKS_FOR 탁윤호 -> 너울데이터'],
  },
  // a shareholders' meeting's minutes, the legal form after the name, names unspaced and a post joined by 겸
  {
    cat: 'works-for.minutes-signature',
    text: ['임시주주총회 의사록', '', '새봄로직 주식회사', '', MINUTES_BODY, '의장 겸 대표이사   여가람   (인)', '사내이사   설도현   (인)'].join('\n'),
    expect: ['WORKS_FOR 여가람 -> 새봄로직', 'WORKS_FOR 설도현 -> 새봄로직'],
  },
  // signature lines under a title that is no minutes' and no legal-name line: no employer read from them
  {
    cat: 'works-for.minutes-signature',
    text: ['행사 참가 확인서', '', '새봄로직은 3월 행사에 참가했다.', '', '사내이사   설도현   (인)'].join('\n'),
    absent: ['WORKS_FOR 설도현 -> 새봄로직'],
  },
  // an alumni table whose column gives "현재 소속 / 직위": each row's company, a future employer in brackets left out
  {
    cat: 'works-for.roster-current-affiliation-post',
    html: true,
    text: '<html><head><meta charset="utf-8"><title>졸업생 | 자연어처리 연구실</title></head><body><main><h1>졸업생</h1><p>연구실 졸업생의 현재 소속입니다. 2026년 3월 기준입니다.</p>'
      + '<table><thead><tr><th>성명</th><th>졸업</th><th>현재 소속 / 직위</th></tr></thead><tbody>'
      + '<tr><td>피서윤</td><td>박사 2020</td><td>네이버클라우드 / 리서치 엔지니어</td></tr>'
      + '<tr><td>간도하</td><td>석사 2022</td><td>업스테이지 / 연구원</td></tr>'
      + '<tr><td>편지완</td><td>석사 2025</td><td>(카카오 입사 예정, 2026.9)</td></tr>'
      + '</tbody></table></main></body></html>',
    expect: ['WORKS_FOR 피서윤 -> 네이버클라우드', 'WORKS_FOR 간도하 -> 업스테이지'],
    absent: ['WORKS_FOR 편지완 -> 카카오'],
  },
  // a cell that is a unit and a post alone names no company
  {
    cat: 'works-for.roster-current-affiliation-post',
    html: true,
    text: '<html><head><meta charset="utf-8"><title>팀 소개 | 가온봇</title></head><body><main><h1>팀 소개</h1><p>가온봇의 연구 조직을 소개합니다. 2026년 3월 기준입니다.</p>'
      + '<table><thead><tr><th>성명</th><th>현재 소속 / 직위</th></tr></thead><tbody>'
      + '<tr><td>모세린</td><td>음성모델팀 팀장(이사)</td></tr><tr><td>탁윤호</td><td>전략기획실장(상무)</td></tr>'
      + '</tbody></table></main></body></html>',
    absent: ['WORKS_FOR 모세린 -> 음성모델팀', 'WORKS_FOR 탁윤호 -> 전략기획실장'],
  },
];

const MAIL_HEAD = (to: string) => ['From: 고은채 <ec.go@example.kr>', `To: ${to}`, 'Cc: 남궁별 <bj@example.kr>', 'Date: Mon, 2 Mar 2026 09:10:00 +0900', 'Subject: [공지] 감사 인사', 'X-Mailer: Mail 1.0', ''].join('\n');

documentRows.push(
  // a mail to a company's whole staff: the colleagues it addresses by team and name, or by name and post, are the company's
  {
    cat: 'works-for.all-staff-mail',
    text: [MAIL_HEAD('카카오 임직원 <staff@example.kr>'), '안녕하세요, 고은채입니다.', '', '이번 주 발표를 도와주신 분들께 감사드립니다.', '- 검색팀 여하준 님: 자료를 밤새 정리해 주셨습니다.', '- 모다인(Dain Mo) 팀장님: 리허설을 챙겨 주셨습니다.', '', '고은채 드림'].join('\n'),
    expect: ['WORKS_FOR 여하준 -> 카카오', 'WORKS_FOR 모다인 -> 카카오'],
  },
  // the same thanks in a mail to one person: no company's staff
  {
    cat: 'works-for.all-staff-mail',
    text: [MAIL_HEAD('여하준 <hj@example.kr>'), '카카오 발표 건으로 연락드립니다.', '', '- 검색팀 여하준 님: 자료를 정리해 주셨습니다.'].join('\n'),
    absent: ['WORKS_FOR 여하준 -> 카카오'],
  },
  // a members page: a card headed by a name, and list items opened by one, whose sentences leave the person out
  {
    cat: 'works-for.person-item-post',
    html: true,
    text: '<html><head><meta charset="utf-8"><title>구성원 | 음성처리 연구실</title></head><body><main><h1>구성원</h1>'
      + '<h2>교수</h2><h3>채도영 (Doyoung Chae)</h3><p>교수, 가람대학교 전자공학과</p><p>2025년부터 업스테이지(Upstage)의 최고과학책임자(CSO)를 겸직하고 있다. 2015~2018년 구글에서 일했다.</p>'
      + '<h2>박사과정</h2><ul><li><strong>봉지오</strong> (2022~) — 음성 합성. 2024년 공동창업한 리벨리온의 CTO를 맡고 있다.</li>'
      + '<li><strong>계하늘</strong> (2023~) — 음성 인식. 지난해 여름 카카오의 인턴으로 일했다.</li></ul></main></body></html>',
    expect: ['WORKS_FOR 채도영 -> 업스테이지', 'WORKS_FOR 봉지오 -> 리벨리온'],
    absent: ['WORKS_FOR 계하늘 -> 카카오', 'WORKS_FOR 채도영 -> 구글'],
  },
);

documentRows.push(
  // a committee table: an affiliation cell opening on a known company with its unit and post after it; a compound surname set apart
  {
    cat: 'works-for.roster-known-company-cell',
    html: true,
    text: '<html><head><meta charset="utf-8"><title>운영위원회 | 음성 AI 심포지엄</title></head><body><main><h1>운영위원회</h1><p>심포지엄 운영위원을 소개합니다.</p>'
      + '<table><tr><td>직책</td><td>성명</td><td>소속</td></tr>'
      + '<tr><td>운영위원장</td><td>엄소라</td><td>카카오 AI 연구소 상무</td></tr>'
      + '<tr><td>운영위원</td><td>남궁 별</td><td>업스테이지</td></tr>'
      + '<tr><td>운영위원</td><td>탁시온</td><td>가람대학교 교수</td></tr></table></main></body></html>',
    expect: ['WORKS_FOR 엄소라 -> 카카오', 'WORKS_FOR 남궁 별 -> 업스테이지'],
  },
);

const sentenceRows: FactRow[] = [
  // "X에서 POST로 근무하다(가) …": the post the person held before leaving, no employer now
  {
    cat: 'works-for.worked-until',
    text: '누리봇은 새 기술이사를 맞았다. 현승아 이사는 리벨리온에서 수석 엔지니어로 근무하다가 올해 초 회사를 떠났다.',
    absent: ['WORKS_FOR 현승아 -> 리벨리온'],
  },
  {
    cat: 'works-for.worked-until',
    text: '현승아 씨는 업스테이지에서 모델 개발을 총괄하다 지난해 독립했다.',
    absent: ['WORKS_FOR 현승아 -> 업스테이지'],
  },
  // a people list's heading: a romanised name, a dot, a company glossed in Latin and a Korean post
  {
    cat: 'works-for.romanised-name-caption',
    text: '04. Maria Lindqvist · 리벨리온(Rebellions) 유럽법인장\n\n유럽 고객사 영업을 이끈다. 올해 독일 제조사 두 곳과 계약했다.',
    expect: ['WORKS_FOR Maria Lindqvist -> 리벨리온'],
  },
  {
    cat: 'works-for.romanised-name-caption',
    text: 'Daniel Moreau / 업스테이지 CTO\n\n모델 학습 조직을 맡고 있다.',
    expect: ['WORKS_FOR Daniel Moreau -> 업스테이지'],
  },
  // the present form is read as before
  {
    cat: 'works-for.worked-until',
    text: '현승아 씨는 업스테이지에서 수석 엔지니어로 근무하고 있다.',
    expect: ['WORKS_FOR 현승아 -> 업스테이지'],
  },
];

describe('fix191: documents that name people and their employers', () => {
  for (const row of documentRows) {
    it(`${row.cat}: ${row.text.slice(0, 40).replace(/\s+/g, ' ')}`, () => {
      const g = graphOfDocument(row.text, row.html);
      const facts = factsIn(g);
      for (const f of row.expect ?? []) expect(hasFact(g, f), `${f}\n  got: ${facts.join('\n       ')}`).toBe(true);
      for (const f of row.absent ?? []) expect(hasFact(g, f), `unexpected ${f}`).toBe(false);
    });
  }
  for (const row of sentenceRows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
