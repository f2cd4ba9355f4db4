/**
 * Generalisation rows for set 172's forms: a public-data CSV export of a programme's records (buyer and supplier columns,
 * the supplied model with its base, size and licence, a cancelled record, serial numbers); a consortium sentence in a
 * report's nominal ending ('함께하고 있음'); a model named again in quotes with an edition word; a pruned model; a contact
 * box's business line; an edition letter with its own version ('X K 2.5'); a sibling on a versioned line's stem ('X-코드').
 * The list page of teasers, the board post's subject, the filer and officers of a filing and a developer's reply are in
 * test/parse/teaser-lists, board-subject and owner-replies and test/extract/officer-filing. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

/** A data file's CSV export: a header row, then one record a line (a quoted cell may hold a comma, an empty cell is empty). */
const csv = (...lines: string[]): string => lines.join('\n') + '\n';
const HEAD = '번호,사업명,접수번호,수요기업,공급기업,공급모델,기반모델,파라미터 수,오픈소스 여부,지원금액(천원),비고';

const rows: FactRow[] = [
  // each record: the programme's buyer and supplier both take part; the supplier makes the supplied model, on the base named
  {
    cat: 'tables.csv-record', text: csv(HEAD,
      '1,2027년 데이터 바우처 사업,DV-27-1001,(주)가람식품,누리봇,누리챗-3,Qwen2.5-7B,70억,Y,"120,000",',
      '2,2027년 데이터 바우처 사업,DV-27-1002,바루물산(주),누리봇,누리챗-3,Qwen2.5-7B,70억,Y,"90,000",',
      '3,2027년 데이터 바우처 사업,DV-27-1003,(주)새길항운,한별에이아이,한별-L 2,,120억,N,"150,000",'),
    expect: ['PARTICIPATES_IN 가람식품 -> 데이터 바우처', 'PARTICIPATES_IN 바루물산 -> 데이터 바우처', 'PARTICIPATES_IN 누리봇 -> 데이터 바우처', 'PARTICIPATES_IN 한별에이아이 -> 데이터 바우처', 'DEVELOPED 누리봇 -> 누리챗-3', 'DEVELOPED 한별에이아이 -> 한별-L 2', 'BASED_ON 누리챗-3 -> Qwen2.5-7B'],
    props: ['누리챗-3=parameters:7000000000', '누리챗-3=openSource:true', '한별-L 2=parameters:12000000000'],
    absent: ['BASED_ON 한별-L 2 -> Qwen2.5-7B'],
    noNodes: ['Model:DV-27-1001', 'Model:DV-27', 'Model:DV-27-1003'],
  },
  // a record whose note says its selection was cancelled: its buyer takes no part
  {
    cat: 'tables.csv-record', text: csv(HEAD,
      '1,2027년 데이터 바우처 사업,DV-27-1001,(주)가람식품,누리봇,누리챗-3,,70억,N,"120,000",',
      '2,2027년 데이터 바우처 사업,DV-27-1002,바루물산(주),누리봇,누리챗-3,,70억,N,"90,000","선정 취소(2027-03-02, 수요기업 사업 포기)"',
      '3,2027년 데이터 바우처 사업,DV-27-1003,(주)새길항운,누리봇,누리챗-3,,70억,N,"150,000",협약 체결 대기'),
    expect: ['PARTICIPATES_IN 가람식품 -> 데이터 바우처', 'PARTICIPATES_IN 새길항운 -> 데이터 바우처'],
    absent: ['PARTICIPATES_IN 바루물산 -> 데이터 바우처'],
  },
  // a CSV of no programme's records (a price list): no one takes part in anything, nothing is made
  {
    cat: 'tables.csv-record', text: csv('번호,품목,규격,단가,수량,비고', '1,서버 랙,42U,"1,200,000",3,', '2,스위치,48포트,"800,000",2,', '3,케이블,5m,"12,000",40,'),
    noNodes: ['Policy:품목'],
    absent: [],
  },
  // a report's nominal ending ("함께하고 있음") ends a sentence: the members a consortium sentence lists partner its lead, not each other
  {
    cat: 'partners.consortium-report-ending', text: "'지역 AI 실증 사업' 답변\n\nㅇ 가온텔레콤 컨소시엄에는 누리소프트, 한별데이터, 다온랩이 참여기관으로 함께하고 있음",
    expect: ['PARTNERS_WITH 누리소프트 -> 가온텔레콤', 'PARTNERS_WITH 다온랩 -> 가온텔레콤'],
    absent: ['PARTNERS_WITH 누리소프트 -> 한별데이터', 'PARTNERS_WITH 다온랩 -> 누리소프트'],
  },
  {
    cat: 'partners.consortium-report-ending', text: "'지역 AI 실증 사업' 답변\n\nㅇ 가온텔레콤 컨소시엄에는 누리소프트, 다온랩이 참여하였음",
    absent: ['PARTNERS_WITH 다온랩 -> 누리소프트'],
  },
  // a roster line without a predicate lists one team: its members all partner
  {
    cat: 'partners.consortium-report-ending', text: "'지역 AI 실증 사업' 2단계 결과\n\n◇ 가온텔레콤 컨소시엄 — 누리소프트, 다온랩 ⇒ 통과",
    expect: ['PARTNERS_WITH 다온랩 -> 누리소프트'],
  },
  // a versioned model named again in quotes with an edition word after it ("Y 3를 … 줄인 'Y 3 엣지'가"): a model of its own
  {
    cat: 'discover.quoted-edition-of-named', text: "다온 메모는 다온랩이 자체 개발한 언어 모델 '다온-5'로 움직이는 앱입니다.\n\n온디바이스 모드: 다온-5를 가지치기해 20억 파라미터로 줄인 '다온-5 엣지'가 인터넷 없이도 돕니다.",
    nodes: ['Model:다온-5 엣지'], expect: ['BASED_ON 다온-5 엣지 -> 다온-5'], props: ['다온-5 엣지=parameters:2000000000'],
  },
  {
    cat: 'discover.quoted-edition-of-named', text: "다온 메모는 다온랩이 자체 개발한 언어 모델 '다온-5'로 움직이는 앱입니다.\n\n다온-5를 쓰는 '다온-5 서비스'가 인터넷 없이도 돕니다.",
    noNodes: ['Model:다온-5 서비스'],
  },
  // a contact box's business line ("상호 (주)X · 대표 NAME"): the head of a company of the article's facts
  {
    cat: 'works-for.business-line', text: "다온 메모는 다온랩이 자체 개발한 언어 모델 '다온-5'로 움직이는 앱입니다.\n\n상호 (주)다온랩 · 대표 채하윤",
    expect: ['WORKS_FOR 채하윤 -> 다온랩'], edgeProps: ['WORKS_FOR 채하윤 -> 다온랩 title=대표'],
  },
  {
    cat: 'works-for.business-line', text: "다온 메모는 다온랩이 자체 개발한 언어 모델 '다온-5'로 움직이는 앱입니다.\n\n상호명: (주)가람미디어 | 대표자: 채하윤 | 주소 서울",
    absent: ['WORKS_FOR 채하윤 -> 가람미디어', 'WORKS_FOR 채하윤 -> 다온랩'],
  },
  // an edition letter after a family's name with its own version ("X K 2.5"): one versioned model; a count after it is none
  {
    cat: 'names.edition-letter-version', text: 'KT는 믿:음 K 3.1(Mi:dm K 3.1)을 처음부터 자체 구축했다고 밝혔다.',
    nodes: ['Model:믿:음 K 3.1'], noNodes: ['Model:믿:음 K', 'Model:Mi:dm'], expect: ['DEVELOPED KT -> 믿:음 K 3.1'],
  },
  { cat: 'names.edition-letter-version', text: '카카오는 카나나 K 4종을 한꺼번에 공개했다.', noNodes: ['Model:카나나 K 4'] },
  // a line's sibling on the stem of its versioned models ("X-2" beside "X-코드(X-Code)"), written as a subject: a model of that line
  {
    cat: 'discover.hyphen-sibling', text: "당사는 언어모델 '누리온-3'를 자체 개발하였습니다.\n\n가. 누리온-코드(NURION-Code)\n\n누리온-코드는 메타의 Llama 3.1을 기반으로 당사의 코드 데이터를 추가 학습한 모델입니다.",
    nodes: ['Model:누리온-코드'], sameNode: ['누리온-코드=NURION-Code'], expect: ['BASED_ON 누리온-코드 -> Llama 3.1'], absent: ['BASED_ON 누리온-3 -> Llama 3.1'],
  },
  {
    cat: 'discover.hyphen-sibling', text: "당사는 언어모델 '누리온-3'를 자체 개발하였습니다. 누리온-사업부는 내년에 분사합니다.",
    noNodes: ['Model:누리온-사업부'],
  },
  // a record's serial number ("DV-27-1001") names no model; a Latin name with a version still does
  { cat: 'discover.serial-number', text: '과제 DV-27-1001과 DV-27-1002가 접수돼 모델 평가를 받았다.', noNodes: ['Model:DV-27', 'Model:DV-27-1001'] },
  { cat: 'discover.serial-number', text: "가온랩은 새 모델 'Aster 27'을 공개했다.", nodes: ['Model:Aster 27'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
