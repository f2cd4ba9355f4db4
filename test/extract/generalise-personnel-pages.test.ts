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
  // a people column's list per company: "◇COMPANY" alone on its line, then "▲POST NAME" items; a concurrent or acting post,
  // a name glossed in Latin letters; the next "◇COMPANY" opens the next list and "[동정]" closes them
  {
    cat: 'works-for.section-roster',
    text: '[인사]\n\n◇카카오\n\n▲검색AI본부장 겸 최고데이터책임자(CDO) 직무대행 구본하 ▲글로벌사업총괄 제이슨 박(Jared Park)\n\n◇네이버클라우드\n\n▲음성AI랩 연구위원 염지유 ▲데이터플랫폼팀장 탁예린\n\n[동정]\n\n▲국장 석다온',
    expect: ['WORKS_FOR 구본하 -> 카카오', 'WORKS_FOR 제이슨 박 -> 카카오', 'WORKS_FOR 염지유 -> 네이버클라우드', 'WORKS_FOR 탁예린 -> 네이버클라우드'],
    edgeProps: ['WORKS_FOR 구본하 -> 카카오 title=검색AI본부장'],
    absent: ['WORKS_FOR 염지유 -> 카카오', 'WORKS_FOR 석다온 -> 네이버클라우드'],
  },
  // (a diamond line of a company then prose is no list's heading)
  { cat: 'works-for.section-roster', text: '◇카카오\n\n카카오는 새 모델을 공개했다고 밝혔다.\n\n▲행사 총괄 구본하', absent: ['WORKS_FOR 구본하 -> 카카오'] },
  // (a box's label over a quote is no post and name)
  { cat: 'works-for.section-roster', text: '■ 네이버클라우드\n\n▲음성AI랩장 구본하\n\nCTO 한마디\n\n"모델이 곧 제품이다."', noNodes: ['Person:한마디'] },
  // a reorganisation into labs named for their field ("언어모델랩, 평가·안전랩의 2개 랩 체제"): the labs are units, no companies
  { cat: 'company.unit-lab', text: '해솔데이터는 연구소를 언어모델랩, 평가·안전랩의 2개 랩 체제로 재편했다.', nodes: ['Company:해솔데이터'], noNodes: ['Company:언어모델랩', 'Company:안전랩'] },
  { cat: 'company.unit-lab', text: '누리랩은 새 모델을 공개했다.', nodes: ['Company:누리랩'] },
  // a [동정] item's body of companies or an event's exhibition is no company ("AI 스타트업 협의회는", "기업 전시가")
  { cat: 'company.body-or-event-word', text: '◆판교 AI 스타트업 협의회는 4일 투자 설명회를 열었다. 행사 기간에는 세미나와 기업 전시가 이어진다.', noNodes: ['Company:협의회', 'Company:전시'] },
  // an obituary item: the mourner's organisation and post in parentheses after the name; the deceased works nowhere
  {
    cat: 'person.obituary-paren-post',
    text: '▲박순자씨 별세, 염태오(업스테이지 데이터팀장)씨 모친상 = 12일 서울대병원 장례식장, 발인 14일.',
    nodes: ['Person:염태오'],
    expect: ['WORKS_FOR 염태오 -> 업스테이지'],
    absent: ['WORKS_FOR 박순자 -> 업스테이지'],
  },
  { cat: 'person.obituary-paren-post', text: '구하람(네이버클라우드 검색 리더)은 행사에서 발표했다.', expect: ['WORKS_FOR 구하람 -> 네이버클라우드'] },
  // (the honorific before the brackets: "NAME씨(COMPANY POST) 부친상"; the deceased before it works nowhere)
  {
    cat: 'person.obituary-paren-post',
    text: '[부음]\n\n▲편상호씨(카카오 검색AI담당 상무) 부친상 = 3일 서울대병원 장례식장, 발인 5일.\n\n▲고 노정순씨 별세, 탁예준씨(SK텔레콤 AI모델랩 선임연구원) 모친상 = 4일, 발인 6일.',
    nodes: ['Person:편상호', 'Person:탁예준'],
    expect: ['WORKS_FOR 편상호 -> 카카오', 'WORKS_FOR 탁예준 -> SK텔레콤'],
    absent: ['WORKS_FOR 노정순 -> SK텔레콤'],
  },
  // a profile's field of study before a degree ("전자공학 박사 학위를 받은") is no person, though it starts with a surname
  { cat: 'person.degree-field', text: '포스텍에서 정보학 박사 학위를 받은 그는 2012년 KT에 입사했다.', noNodes: ['Person:정보학'] },
  { cat: 'person.degree-field', text: '한빛AI 고은하 박사는 2012년 KT에 입사했다.', nodes: ['Person:고은하'] },
  // an appointment list of "COMPANY — POST — NAME" lines (two or more): each person works for the line's company, the post as the title
  {
    cat: 'works-for.roster-row',
    text: '◆ AI 업계 임원 인사\n\n해솔데이터 — 최고기술책임자(CTO) — 구본하\n\n카카오 — 검색AI 리더(상무) — 염지유 (前 네이버 연구원)\n\n해솔데이터 — 이사회 의장 — 탁예린',
    nodes: ['Company:해솔데이터', 'Person:구본하', 'Person:염지유', 'Person:탁예린'],
    expect: ['WORKS_FOR 구본하 -> 해솔데이터', 'WORKS_FOR 염지유 -> 카카오', 'WORKS_FOR 탁예린 -> 해솔데이터'],
    edgeProps: ['WORKS_FOR 구본하 -> 해솔데이터 title=최고기술책임자(CTO)', 'WORKS_FOR 탁예린 -> 해솔데이터 title=이사회 의장'],
    absent: ['WORKS_FOR 염지유 -> 네이버'],
  },
  // (the parts in another order; a university or a ministry is no employer, though its person is a node)
  {
    cat: 'works-for.roster-row',
    text: '석다온 — 카카오 — 데이터플랫폼실장\n\n편하윤 — 한빛대학교 — 교수\n\n마도윤 — 산업통상자원부 — 정책관',
    nodes: ['Person:석다온', 'Person:편하윤', 'Person:마도윤'],
    expect: ['WORKS_FOR 석다온 -> 카카오'],
    noNodes: ['Company:한빛대학교', 'Company:산업통상자원부'],
  },
  // (a single dashed line, or dashes in prose, are no list)
  { cat: 'works-for.roster-row', text: '해솔데이터 — 최고기술책임자(CTO) — 구본하', absent: ['WORKS_FOR 구본하 -> 해솔데이터'] },
  { cat: 'works-for.roster-row', text: '해솔데이터는 새 모델을 냈다 — 업계는 주목했다 — 구본하 대표는 말했다.\n\n라온웍스 — 2분기 — 매출', noNodes: ['Company:2분기'] },
  // a text table headed "발표자 | 소속 | 직함" (or "성명 | 소속 및 직위"): each row's person works for the row's company
  {
    cat: 'works-for.roster-row',
    text: 'AI 모델 포럼 연사 명단\n\n발표자 | 소속 | 직함\n\n구본하 | 해솔데이터 | 최고기술책임자\n\n엘리자 마르탱 (Elisa Martin) | 미스트랄AI | 영업 총괄\n\n편하윤 (사회) | 한빛대학교 | 교수',
    nodes: ['Person:구본하', 'Person:엘리자 마르탱', 'Person:편하윤'],
    expect: ['WORKS_FOR 구본하 -> 해솔데이터', 'WORKS_FOR 엘리자 마르탱 -> 미스트랄AI'],
    noNodes: ['Company:한빛대학교'],
  },
  {
    cat: 'works-for.roster-row',
    text: '연구진\n\n성명 | 소속 및 직위\n\n구본하 (Bonha Koo) | (주)해솔데이터 AI연구소 선임연구원\n\n편하윤 (Hayun Pyeon) | 한빛대학교 인공지능학과 교수\n\n해솔데이터는 법률 특화 AI 모델을 개발한다.',
    expect: ['WORKS_FOR 구본하 -> 해솔데이터'],
    noNodes: ['Company:한빛대학교'],
  },
  // a company defined by the sentence's predicate, a quoted model between ("X는 … 'Y'를 개발한 AI 스타트업이다")
  { cat: 'company.defined-with-quoted-model', text: "라온웍스는 음성 모델 '라온 보이스'를 개발한 AI 스타트업이다.", nodes: ['Company:라온웍스'], expect: ['DEVELOPED 라온웍스 -> 라온 보이스'] },
  // when the post was taken ("신임", "최근") is no part of the title
  { cat: 'works-for.title-taken-when', text: '가람소프트는 윤다솜 연구소장을 신임 최고기술책임자(CTO)로 선임했다.', edgeProps: ['WORKS_FOR 윤다솜 -> 가람소프트 title=최고기술책임자'] },
  { cat: 'works-for.title-taken-when', text: '가람소프트는 최근 최고운영책임자(COO)로 오지환 전 카카오 리더를 영입했다.', edgeProps: ['WORKS_FOR 오지환 -> 가람소프트 title=최고운영책임자'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
