/**
 * Generalisation rows: a newspaper's personnel page ("■ COMPANY", then "◇GRADE" and "▲POST NAME" lines), its
 * [동정] and [부음] columns, and the companies such a page defines in passing. Each row is written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a section heading naming only the company, then roster lines of posts and names: the people work there
  {
    cat: 'works-for.section-roster',
    text: '■ 네이버클라우드\n\n◇상무 신규 선임\n\n▲음성AI랩장 구본하 ▲데이터플랫폼실장 염지유\n\n◇보임\n\n검색품질센터장 탁예린',
    expect: ['WORKS_FOR 구본하 -> 네이버클라우드', 'WORKS_FOR 염지유 -> 네이버클라우드', 'WORKS_FOR 탁예린 -> 네이버클라우드'],
    edgeProps: ['WORKS_FOR 구본하 -> 네이버클라우드 title=음성AI랩장'],
  },
  // (a company no gazetteer knows: its section speaks of AI, or the article ties it to a model)
  {
    cat: 'works-for.section-roster',
    text: '■ 라온웍스\n\n◇경영진 선임\n\n▲최고기술책임자(CTO) 구본하 ▲사업총괄 부사장 염지유\n\n라온웍스는 음성 모델 \'라온 보이스\'를 개발한 AI 스타트업이다.',
    nodes: ['Company:라온웍스'],
    expect: ['WORKS_FOR 구본하 -> 라온웍스', 'WORKS_FOR 염지유 -> 라온웍스', 'DEVELOPED 라온웍스 -> 라온 보이스'],
  },
  // (an insurer's or a shipbuilder's list on the same page is no AI company's: no edge; the next heading closes a section)
  {
    cat: 'works-for.section-roster',
    text: '■ 네이버클라우드\n\n▲음성AI랩장 구본하\n\n■ 동해해운\n\n◇전무 승진\n\n▲물류기획본부장 석다온 ▲재무담당 편하윤',
    expect: ['WORKS_FOR 구본하 -> 네이버클라우드'],
    absent: ['WORKS_FOR 석다온 -> 동해해운', 'WORKS_FOR 석다온 -> 네이버클라우드', 'WORKS_FOR 편하윤 -> 네이버클라우드'],
  },
  { cat: 'works-for.section-roster', text: '■ 네이버클라우드\n\n▲음성AI랩장 구본하\n\n[동정]\n\n▲국장 석다온', absent: ['WORKS_FOR 석다온 -> 네이버클라우드'] },
  // (a box's label over a quote is no post and name)
  { cat: 'works-for.section-roster', text: '■ 네이버클라우드\n\n▲음성AI랩장 구본하\n\nCTO 한마디\n\n"모델이 곧 제품이다."', noNodes: ['Person:한마디'] },
  // an obituary item: the mourner's organisation and post in parentheses after the name; the deceased works nowhere
  {
    cat: 'person.obituary-paren-post',
    text: '▲박순자씨 별세, 염태오(업스테이지 데이터팀장)씨 모친상 = 12일 서울대병원 장례식장, 발인 14일.',
    nodes: ['Person:염태오'],
    expect: ['WORKS_FOR 염태오 -> 업스테이지'],
    absent: ['WORKS_FOR 박순자 -> 업스테이지'],
  },
  { cat: 'person.obituary-paren-post', text: '구하람(네이버클라우드 검색 리더)은 행사에서 발표했다.', expect: ['WORKS_FOR 구하람 -> 네이버클라우드'] },
  // a profile's field of study before a degree ("전자공학 박사 학위를 받은") is no person, though it starts with a surname
  { cat: 'person.degree-field', text: '포스텍에서 정보학 박사 학위를 받은 그는 2012년 KT에 입사했다.', noNodes: ['Person:정보학'] },
  { cat: 'person.degree-field', text: '한빛AI 고은하 박사는 2012년 KT에 입사했다.', nodes: ['Person:고은하'] },
  // a company defined by the sentence's predicate, a quoted model between ("X는 … 'Y'를 개발한 AI 스타트업이다")
  { cat: 'company.defined-with-quoted-model', text: "라온웍스는 음성 모델 '라온 보이스'를 개발한 AI 스타트업이다.", nodes: ['Company:라온웍스'], expect: ['DEVELOPED 라온웍스 -> 라온 보이스'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
