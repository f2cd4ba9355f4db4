/**
 * Generalisation rows for the forms first met in held-out set 164 (each row says the form it covers).
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "젬마 기반 경량 모델": the family word is the base, so it is the article's one version of the family
  {
    cat: 'families.base-before-kind',
    text: "가온테크는 구글의 젬마 3 4B를 바탕으로 만든 상담 모델 '다온챗'을 공개했다. 한별 대표는 \"젬마 기반 경량 모델이라 휴대폰에서도 돈다\"고 말했다.",
    expect: ['BASED_ON 다온챗 -> 젬마 3 4B'],
    noNodes: ['Model:젬마'],
  },
  // two versions of the family named: the bare word is no one of them
  {
    cat: 'families.base-before-kind',
    text: "가온테크는 구글의 젬마 3 4B를 바탕으로 만든 상담 모델 '다온챗'을 공개했다. 전작 '다온챗 1'은 젬마 2 9B를 썼다. 한별 대표는 \"젬마 기반 경량 모델이라 휴대폰에서도 돈다\"고 말했다.",
    absent: ['BASED_ON 다온챗 -> 젬마 2 9B'],
  },
  // "회사는 …" opening a sentence: the company it stands for is the subject the next sentence omits, not the one named before
  {
    cat: 'references.company-word-subject',
    text: "가온테크는 지난달 상담 모델 '다온챗'을 공개했다. 누리소프트는 한별 대표가 떠난 자리에 박서진 상무를 앉혔다. 박 상무는 검색 모델 전문가다. 회사는 지난해 시드 투자를 받았다. 최근에는 KT와 업무협약(MOU)을 맺고 공동 실증에 나섰다.",
    expect: ['PARTNERS_WITH 가온테크 -> KT'],
    absent: ['PARTNERS_WITH 누리소프트 -> KT'],
  },
  // no "회사는" in between: the subject before is the one omitted
  {
    cat: 'references.company-word-subject',
    text: "가온테크는 지난달 상담 모델 '다온챗'을 공개했다. 누리소프트는 한별 대표가 떠난 자리에 박서진 상무를 앉혔다. 박 상무는 검색 모델 전문가다. 최근에는 KT와 업무협약(MOU)을 맺고 공동 실증에 나섰다.",
    absent: ['PARTNERS_WITH 가온테크 -> KT'],
  },
  // "투자는 X가 주도했다": the investor is no subject of the subjectless hire after it
  {
    cat: 'works-for.hired-after-investor',
    text: '다온랩은 올해 초 시리즈A에서 80억원을 유치했다. 투자는 한빛벤처스가 주도했다. 최근에는 누리소프트 출신 박서진 박사를 연구소장으로 영입했다.',
    expect: ['WORKS_FOR 박서진 -> 다온랩'],
    absent: ['WORKS_FOR 박서진 -> 한빛벤처스'],
  },
  // a hire with a subject of its own is that subject's
  {
    cat: 'works-for.hired-after-investor',
    text: '다온랩은 올해 초 시리즈A에서 80억원을 유치했다. 투자는 한빛벤처스가 주도했다. 누리소프트는 박서진 박사를 연구소장으로 영입했다.',
    expect: ['WORKS_FOR 박서진 -> 누리소프트'],
    absent: ['WORKS_FOR 박서진 -> 다온랩'],
  },
  // a model the speaker never used is no model the next sentence builds on
  {
    cat: 'focus.never-used',
    text: "가온테크가 지난달 공개한 '다온챗 8B'는 큐웬2.5 7B를 바탕으로 만든 모델이다. 업계에서는 솔라 프로2를 고친 모델이라는 말이 돌았다. 솔라 프로2는 좋은 모델이지만 우리는 솔라 프로2 가중치를 한 번도 쓴 적이 없다. 큐웬 위에 한국어를 다시 쌓았다고 보면 된다.",
    absent: ['BASED_ON 솔라 프로2 -> 큐웬2.5 7B'],
  },
  // "지사장" is a branch head's title, no person: the name before it works for the company
  {
    cat: 'titles.branch-head',
    text: '프랑스 AI 기업 루미에르AI가 한국에 지사를 열었다. 박서진 루미에르AI 한국 지사장은 국내 고객사를 늘리겠다고 말했다. 박 지사장은 10년간 클라우드 영업을 했다.',
    expect: ['WORKS_FOR 박서진 -> 루미에르AI'],
    noNodes: ['Person:지사장'],
  },
  // a board seat and an adviser's post in apposition before a name are titles at the company named before them
  {
    cat: 'titles.board-seat',
    text: '의료 AI 스타트업 다온메디는 3일 KT와 업무협약을 맺었다. 협약식에는 다온메디 사외이사 겸 자문위원인 한지훈 고려대 교수도 참석했다.',
    expect: ['WORKS_FOR 한지훈 -> 다온메디'],
    noNodes: ['Person:사외이사'],
  },
  // "A와 B는 …": A, the first of the coordinated subject, is the company a later subjectless board seat belongs to
  {
    cat: 'references.coordinated-subject',
    text: '의료 AI 기업 가온메디는 27일 임시주주총회를 열었다. 가온메디와 네이버클라우드는 지난 6월 공동 개발 협약을 맺었다. 사외이사에는 한지훈 고려대 의대 교수가 이름을 올렸다.',
    expect: ['WORKS_FOR 한지훈 -> 가온메디'],
    absent: ['WORKS_FOR 한지훈 -> 네이버클라우드'],
  },
];

describe('generalise: set 164 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
