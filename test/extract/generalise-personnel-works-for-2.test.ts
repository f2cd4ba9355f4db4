/**
 * Generalisation rows of generalise-personnel: the 'works-for' rows (part 2 of 2).
 * The others are in the other generalise-personnel-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // a paper's author line: each name before its affiliation in parentheses works there; a university is no company
    cat: 'works-for.author-affiliation',
    text: '논문: 한국어 추론 증류 보고서 (arXiv 2611.00421) 저자: 한서윤(누리랩스, 교신저자), Daniel Reyes(누리랩스), 문지호(네이버클라우드), 오하람(서울대)',
    expect: ['WORKS_FOR 한서윤 -> 누리랩스', 'WORKS_FOR Daniel Reyes -> 누리랩스', 'WORKS_FOR 문지호 -> 네이버클라우드'],
    nodes: ['Person:오하람'],
  },
  {
    // names in parentheses elsewhere are no author list
    cat: 'works-for.author-affiliation',
    text: '행사에는 한서윤(누리랩스), 문지호(네이버클라우드) 등이 참석해 의견을 나눴다.',
    absent: ['WORKS_FOR 문지호 -> 네이버클라우드'],
  },
  // "X는 … 박 전무가 임기 만료로 물러남에 따라": a person stepping down under the company topic holds the post no more
  { cat: 'works-for.stepping-down-under-topic', text: '업스테이지는 최고재무책임자(CFO)를 맡아 온 한도윤 전무가 지난달 임기 만료로 물러남에 따라 서지안 상무를 신임 CFO로 선임했다.', absent: ['WORKS_FOR 한도윤 -> 업스테이지'], expect: ['WORKS_FOR 서지안 -> 업스테이지'] },
  { cat: 'works-for.stepping-down-under-topic', text: '업스테이지는 한도윤 전무가 신사업을 맡는다고 밝혔다.', expect: ['WORKS_FOR 한도윤 -> 업스테이지'] },
  // "X연구원(ABC)은 NAME …을 …으로 임명했다" after a company's hires: the institute opening the sentence hires for itself, not the company before
  {
    cat: 'works-for.institute-subject-first',
    text: '스타트업 누리랩스는 한도윤 전 카카오 리더를 신임 대표로 선임했다.\n\n한국과학기술연구원(KIST)은 서지안 지능로봇연구단장을 AI연구소장으로 임명했다.',
    expect: ['WORKS_FOR 한도윤 -> 누리랩스'],
    absent: ['WORKS_FOR 서지안 -> 누리랩스'],
  },
  {
    cat: 'works-for.institute-subject-first',
    text: '스타트업 누리랩스는 한도윤 전 카카오 리더를 신임 대표로 선임했다.\n\n해양수산부는 서지안 해양정책관을 기획조정실장으로 임명했다.',
    absent: ['WORKS_FOR 서지안 -> 누리랩스'],
  },
  // a notice's "X(대표이사 NAME, 주소)": the head in parentheses, then the address after a comma
  { cat: 'works-for.paren-head-with-address', text: '계약 상대자는 하람정보(대표이사 문지후, 대전광역시 유성구 과학로 12)로 정해졌다.', nodes: ['Company:하람정보', 'Person:문지후'], expect: ['WORKS_FOR 문지후 -> 하람정보'] },
  { cat: 'works-for.paren-head-with-address', text: '계약 상대자는 (주)하람정보 (대표이사 문지후, 대전광역시 유성구) / 지분율 60%', expect: ['WORKS_FOR 문지후 -> 하람정보'] },
  // the subject of a relative clause on another maker's named model ("메타가 공개한 … 라마 3 8B") is not who the next sentences are about
  {
    cat: 'works-for.joins-after-relative-maker',
    text: '누리랩스는 2021년 설립된 AI 기업이다. 누리 2.0은 메타가 공개한 오픈소스 모델 라마 3 8B를 기반으로 추가 학습한 모델이다. 같은 시기 카카오브레인 출신의 선우린 박사가 연구소장으로 합류하였다.',
    expect: ['WORKS_FOR 선우린 -> 누리랩스'],
    absent: ['WORKS_FOR 선우린 -> 메타'],
  },
  // … but the maker of the topic model said in a copula ("M은 X가 개발한 … 모델입니다") is still who the next sentences are about
  {
    cat: 'works-for.joins-after-relative-maker',
    text: '누리-코더는 누리랩스가 개발한 코드 특화 모델입니다. 같은 시기 카카오브레인 출신의 선우린 박사가 연구소장으로 합류하였다.',
    expect: ['WORKS_FOR 선우린 -> 누리랩스'],
  },
  {
    // an association's head with a second post in parentheses ("NAME X협회 회장(Y 대표)은", "NAME 포럼 회장(Y 대표)은"):
    // a person who works for Y; the association (협회, 포럼, 학회) is no company
    cat: 'works-for.association-head-second-post',
    text: "스타트업 누리랩스는 법률 특화 모델을 만든다.\n\n도하람 한국생성AI협회 회장(누리랩스 대표)은 \"격차가 줄고 있다\"고 말했다. 서지후 포럼 회장(누리랩스 이사)은 \"평가 설계에 관여하지 않았다\"고 덧붙였다.",
    nodes: ['Person:도하람', 'Person:서지후'],
    noNodes: ['Company:한국생성AI협회', 'Company:포럼'],
    expect: ['WORKS_FOR 도하람 -> 누리랩스', 'WORKS_FOR 서지후 -> 누리랩스'],
  },
  // a roster's 'NAME (COMPANY TITLE)' with a space before the parenthesis, as programme and panel pages write it; a former post after a comma is no post
  {
    cat: 'works-for.spaced-paren-affiliation',
    text: '토론회 순서를 안내한다.\n\n좌장: 하서윤 (네이버클라우드 전무, 前 KT 연구위원)\n\n패널 마도윤 (카카오 AI 서비스리더)',
    expect: ['WORKS_FOR 하서윤 -> 네이버클라우드', 'WORKS_FOR 마도윤 -> 카카오'],
    absent: ['WORKS_FOR 하서윤 -> KT'],
    edgeProps: ['WORKS_FOR 하서윤 -> 네이버클라우드 title=전무'],
  },
  { cat: 'works-for.spaced-paren-affiliation', text: '토론회 순서를 안내한다.\n\n좌장: 하서윤 (성균관대 교수)', noNodes: ['Company:성균관대'] },
  // a foreign name in Hangul with its Latin spelling (accents and all) before the company and a scientist's title; a Hangul word that looks like a Korean name stays part of it
  {
    cat: 'works-for.foreign-name-latin-gloss',
    text: '기조강연 연사를 소개한다.\n\n마티아스 고랭(Mathïas Gorin) 미스트랄 AI 리서치 사이언티스트',
    expect: ['WORKS_FOR 마티아스 고랭 -> 미스트랄 AI'],
    edgeProps: ['WORKS_FOR 마티아스 고랭 -> 미스트랄 AI title=리서치 사이언티스트'],
    noNodes: ['Person:고랭'],
  },
  // a maintainer's greeting naming what they are in charge of ('X(Gloss)에서 … 담당하는 NAME입니다')
  {
    cat: 'works-for.self-intro-in-charge',
    text: '반갑습니다. 여울테크(Yeoul Tech)에서 데이터 파이프라인을 담당하는 채은솔입니다. 문의 주셔서 고맙습니다.',
    nodes: ['Person:채은솔'],
    expect: ['WORKS_FOR 채은솔 -> 여울테크'],
  },
  // a personal note's writer labelled '저:' (or '나:') and described by a noun phrase ending on the name (no copula after it)
  {
    cat: 'works-for.labelled-self',
    text: '주말 메모 모음.\n\n저: 여울테크에서 프로덕트 매니저로 일하는 표다겸. 블로그는 주말에만 씀.',
    nodes: ['Person:표다겸'],
    expect: ['WORKS_FOR 표다겸 -> 여울테크'],
  },
  // not a label of the writer: a sentence ending on a word shaped like a name is no person
  { cat: 'works-for.labelled-self', text: '참고: 여울테크에서 일하는 한국인.', noNodes: ['Person:한국인'] },
  { cat: 'works-for.scientist-title', text: '신제품 발표회가 열렸다. 정하윤 업스테이지 데이터 사이언티스트는 "정확도가 올랐다"고 말했다.', edgeProps: ['WORKS_FOR 정하윤 -> 업스테이지 title=데이터 사이언티스트'] },
  // a former post written with its English gloss ("전 최고기술책임자(CTO)는 … 대표로 자리를 옮겼다"): the new post's company
  { cat: 'works-for.moved-to-role', text: '인재 이동도 잦았다. 바다솔의 기술을 이끌던 한지오 전 최고기술책임자(CTO)는 7월 네이버 대표로 자리를 옮겼다.', expect: ['WORKS_FOR 한지오 -> 네이버'], absent: ['WORKS_FOR 한지오 -> 바다솔'] },
  // "X의 후임 CTO에는 NAME TITLE이 올랐다": a post's title followed by "에는" is a title all the same
  { cat: 'works-for.post-filled', text: '바다솔은 물류 AI 스타트업이다. 바다솔의 후임 CTO에는 서지윤 연구소장이 올랐다.', expect: ['WORKS_FOR 서지윤 -> 바다솔'], edgeProps: ['WORKS_FOR 서지윤 -> 바다솔 title=CTO'] },
  { cat: 'works-for.post-filled', text: '네이버의 새 대표에는 서지윤 상무가 오를 것이라는 관측이 나온다.', absent: ['WORKS_FOR 서지윤 -> 네이버'] },
  // "NAME 씨가 X CTO를 그만두고 7월부터 Y를 이끌고 있다": a person leading a company works there (not at the post left)
  { cat: 'works-for.person-leads-company', text: '한지오 씨가 카카오 CTO를 그만두고 7월부터 네이버를 이끌고 있습니다.', expect: ['WORKS_FOR 한지오 -> 네이버'], absent: ['WORKS_FOR 한지오 -> 카카오'] },
  { cat: 'works-for.person-leads-company', text: '한지오 씨가 네이버를 이끌고 있다는 소문은 사실이 아니다.', absent: ['WORKS_FOR 한지오 -> 네이버'] },
  // a credits list's "X 연구원 NAME, …": the staff role between the company and the name; "X 연구원 대부분이" names no one
  {
    cat: 'works-for.company-staff-name',
    text: '보고서의 기여자 목록에는 한지오와 함께 업스테이지 연구원 서지윤, 그리고 인턴 한 명이 이름을 올렸다.',
    nodes: ['Person:서지윤'],
    expect: ['WORKS_FOR 서지윤 -> 업스테이지'],
  },
  { cat: 'works-for.company-staff-name', text: '네이버 연구원 대부분이 행사에 참여했다.', noNodes: ['Person:대부분'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
