/**
 * Generalisation rows for set 174's forms: a Latin company name whose legal form follows a comma ("X (Foo Co., Ltd.)");
 * a note of the post held now ("NAME(現 X 수석연구원)", "NAME — 사외이사 (현 X 부사장)", "NAME 현 X 상무가"); a
 * personnel column's diamond headings naming the kind of move in angle brackets ("◇X <전보>"); a company page's people
 * cards (a name heading, then a post line alone) and an event page's speaker cards (a name, then "X · POST"); a company
 * page whose <main> holds a grid of cards beside other sections; "NAME은 X에서 POST로 일하며"; a university's short
 * name in a note, and "동문은", that are no person. Names and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "가온소프트 (Gaon Soft Co., Ltd.)": the comma before the legal form; the Latin name is the company's alias, no second company
  { cat: 'names.latin-legal-form', text: '배포처: 다온비전 (Daon Vision Co., Ltd.) | 분류: 인공지능\n\n비전 모델 기업 다온비전이 3일 새 모델을 공개했다. 다온비전 노을찬 대표는 리벨리온과 협력한다고 밝혔다.', sameNode: ['다온비전=Daon Vision Co., Ltd.'], noNodes: ['Company:Daon Vision'] },
  { cat: 'names.latin-legal-form', text: '비전 모델 기업 다온비전(Daon Vision Co., Ltd.)이 3일 새 모델을 공개했다.', sameNode: ['다온비전=Daon Vision Co., Ltd.'] },
  { cat: 'names.latin-legal-form', text: '비전 모델 기업 다온비전(서울 성수동)이 3일 새 모델을 공개했다.', noNodes: ['Company:서울 성수동'] },
  // a note of the post held now: the current employer; a former post's note gives none
  { cat: 'works-for.current-post-note', text: '이사회\n\n탁윤후 — 사외이사 (현 네이버 전무)\n\n공서하 — 고문 (전 카카오 대표이사)', expect: ['WORKS_FOR 탁윤후 -> 네이버'], absent: ['WORKS_FOR 공서하 -> 카카오'] },
  { cat: 'works-for.current-post-note', text: '▲최고기술책임자 변하민(現 업스테이지 수석연구원) ※내년 1월 합류 예정', expect: ['WORKS_FOR 변하민 -> 업스테이지'] },
  { cat: 'works-for.current-post-inline', text: '변하민 현 SK텔레콤 상무가 내년 3월 다른 회사 최고전략책임자(CSO)로 옮길 예정이다.', expect: ['WORKS_FOR 변하민 -> SK텔레콤'] },
  { cat: 'works-for.current-post-inline', text: '변하민 전 SK텔레콤 상무가 내년 3월 다른 회사로 옮길 예정이다.', absent: ['WORKS_FOR 변하민 -> SK텔레콤'] },
  // "◇X <전보>", "◇X <임원 승진>": the column's company for each "▲POST NAME" under it; a heading of no move opens nothing
  { cat: 'works-for.section-roster', text: '[인사] 리벨리온·업스테이지\n\n◇리벨리온 <임원 승진>\n\n▲칩설계 부문장 도가윤 ▲소프트웨어 총괄 변시후\n\n◇업스테이지 <전보>\n\n▲AI 에이전트 리더 탁예서', expect: ['WORKS_FOR 도가윤 -> 리벨리온', 'WORKS_FOR 변시후 -> 리벨리온', 'WORKS_FOR 탁예서 -> 업스테이지'] },
  { cat: 'works-for.section-roster', text: '[인사] 리벨리온·업스테이지\n\n◇리벨리온 <임원 승진>\n\n▲칩설계 부문장 도가윤\n\n◇업스테이지 <전보>\n\n▲최고기술책임자 여민결(現 연구소장)', expect: ['WORKS_FOR 여민결 -> 업스테이지'] },
  { cat: 'works-for.section-roster', text: '[소식] 리벨리온\n\n◇리벨리온 <창립 기념식>\n\n▲칩설계 부문장 도가윤 ▲소프트웨어 총괄 변시후', absent: ['WORKS_FOR 도가윤 -> 리벨리온', 'WORKS_FOR 변시후 -> 리벨리온'] },
  // "NAME은 X에서 POST로 일하며": the person's employer now
  { cat: 'works-for.works-at-as-post', text: '막내 공서하(화학 12) 동문은 네이버클라우드에서 데이터 파트장으로 일하며 학습 데이터를 모은다.', expect: ['WORKS_FOR 공서하 -> 네이버클라우드'], noNodes: ['Person:동문은'] },
  { cat: 'works-for.works-at-as-post', text: '공서하 씨는 네이버클라우드에서 데이터 파트장으로 일했지만 지난해 떠났다.', absent: ['WORKS_FOR 공서하 -> 네이버클라우드'] },
  { cat: 'works-for.works-at-as-post', text: '노을비전은 2021년 설립됐다. 공서하 교수의 동생인 공서진 씨는 노을비전 최고재무책임자(CFO)로 재직 중이다.', expect: ['WORKS_FOR 공서진 -> 노을비전'], absent: ['WORKS_FOR 공서하 -> 노을비전'] },
  // a district after a place's name is the address, no person before a title later in the sentence
  { cat: 'names.address-part', text: '노을비전이 5일 서울 역삼동 본사에서 공서하 대표 취임식을 열었다.', noNodes: ['Person:역삼동'], nodes: ['Person:공서하'] },
  // a speech printed in full: "우리가 직접 … 만든 'X'" is the speaker's company's model; a model "we" only used is not
  { cat: 'developed.speech-we-built', text: "의료 영상 AI 기업 노을비전이 5일 공서하 신임 대표 취임식을 열었다. 공서하 대표는 카카오에서 추천 사업 총괄을 지냈다. 다음은 공서하 대표의 취임사 전문이다.\n\n존경하는 임직원 여러분.\n\n우리가 직접 설계하고 학습한 '노을-V 2'는 병원 40곳에서 쓰이고 있습니다. 그동안 우리가 빌려 써 온 '라마 3.1 8B'와는 다릅니다.", expect: ['DEVELOPED 노을비전 -> 노을-V 2'], absent: ['DEVELOPED 노을비전 -> 라마 3.1 8B', 'DEVELOPED 카카오 -> 노을-V 2'] },
  { cat: 'developed.speech-we-built', text: "노을비전이 5일 공서하 대표 취임식을 열었다.\n\n행사에서 한 고객은 \"우리가 직접 설계하고 학습한 '다온-M 1'보다 낫다\"고 말했다.", absent: ['DEVELOPED 노을비전 -> 다온-M 1'] },
  // a filing's nominee table: "후보자성명 | … | 주된직업" (the company with its legal form, then the post); a Latin name in the name cell
  { cat: 'works-for.roster-row', text: "노을비전은 자체 개발한 의료 영상 모델 '노을-V 2'를 공개했다.\n\n후보자성명 | 주된직업\n\n공서하 | 주식회사 노을비전 최고기술책임자(CTO)\n\nAisha Verma | 코히어(Cohere) 부사장(VP, Applied AI)", expect: ['WORKS_FOR 공서하 -> 노을비전', 'WORKS_FOR Aisha Verma -> 코히어'] },
  { cat: 'works-for.roster-row', text: '후보자성명 | 주된직업\n\n공서하 | 한빛대학교 AI대학원 교수', absent: ['WORKS_FOR 공서하 -> 한빛대학교'] },
  // "독립 연구자 · 前 X 엔지니어": a word for a researcher is no name
  { cat: 'names.researcher-word', text: '정하민 (모더레이터)\n\n독립 연구자 · 前 카카오 리서치 엔지니어', noNodes: ['Person:연구자'] },
  // a university's short name in a note on someone already named is no person ("(X AI 사외이사·한빛대 교수)", "(현 한빛대 명예교수)")
  { cat: 'names.university-in-note', text: '[부고] 노을찬씨(리벨리온 사외이사·한빛대 교수) 부친상 = 3일 서울 장례식장', noNodes: ['Person:한빛대'] },
  { cat: 'names.university-in-note', text: '당시 지도교수였던 공서하 교수(현 한빛대 명예교수)는 지금 리벨리온의 기술자문을 맡고 있다.', noNodes: ['Person:한빛대'], nodes: ['Person:공서하'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

const card = (name: string, role: string, bio: string) => `<article class="member"><h3>${name}</h3><p class="role">${role}</p><p class="bio">${bio}</p></article>`;
const teamPage = (title: string, cards: string, more: string) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><a href="/">logo</a><nav><a href="/a">제품</a><a href="/b">채용</a></nav></header>
<main><section class="hero"><h1>${title}</h1><p>노을비전은 2021년 대전에서 설립된 의료 영상 모델 회사입니다. 아래는 2026년 5월 기준입니다.</p></section>
<section class="team">${cards}</section>${more}</main><footer>© 2026 Noeul Vision</footer></body></html>`;
const cards = card('노을찬', '대표이사 CEO · 공동창업자', '카카오에서 추천 모델을 만든 뒤 회사를 세웠습니다.') + card('탁윤후', 'CTO', '전 네이버클라우드 연구원. 학습 인프라를 설계했습니다.') + card('공서하', 'Chief Scientist', '대학에서 의료 영상을 연구합니다.') + card('신우', 'COO 직무대행', '정식 COO 선임 전까지 운영을 맡습니다.');
const board = '<section class="board"><h2>이사회</h2><ul><li><strong>맹서아</strong> — 사외이사 (현 KT 전무)</li></ul></section>';

describe('people cards on a company page (works-for.leader-card) and the <main> around them', () => {
  it('reads each card of a name heading and a post line at the company the title names, and the sections beside the grid', () => {
    const facts = pageFacts(teamPage('노을비전을 이끄는 사람들', cards, board));
    for (const f of ['WORKS_FOR 노을찬 -> 노을비전', 'WORKS_FOR 탁윤후 -> 노을비전', 'WORKS_FOR 공서하 -> 노을비전', 'WORKS_FOR 신우 -> 노을비전', 'WORKS_FOR 맹서아 -> KT']) expect(facts, facts.join('\n')).toContain(f);
    // a bio's former employer is no employer
    expect(facts).not.toContain('WORKS_FOR 탁윤후 -> 네이버클라우드');
  });
  it('gives nothing where the title names no company of the page', () => {
    const facts = pageFacts(teamPage('우리 팀을 소개합니다', cards, board));
    expect(facts.filter((f) => f.endsWith('-> 노을비전'))).toEqual([]);
  });
  it('gives nothing for a single card', () => {
    const facts = pageFacts(teamPage('노을비전을 이끄는 사람들', card('노을찬', 'CTO', '학습 인프라를 설계했습니다.'), board));
    expect(facts).not.toContain('WORKS_FOR 노을찬 -> 노을비전');
  });
});

const speakers = (items: [string, string, string][]) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>[웨비나] 의료 영상 모델 실전</title></head><body><main><article>
<h1>[웨비나] 의료 영상 모델 실전</h1><p>이번 웨비나에서는 모델을 만드는 회사와 쓰는 회사의 엔지니어가 경험을 나눕니다. 신청은 선착순입니다.</p><h2>연사 소개</h2>
${items.map(([n, p, b]) => `<div class="speaker"><p class="name">${n}</p><p class="org">${p}</p><p class="bio">${b}</p></div>`).join('\n')}
</article></main></body></html>`;

describe('speaker cards on an event page (works-for.speaker-card)', () => {
  it('reads a name line then "COMPANY · POST" as the person\'s employer and post', () => {
    const facts = pageFacts(speakers([['탁윤후', '리벨리온 · 컴파일러 리드', '칩 위의 추론 최적화를 맡는다.'], ['Aisha Verma', 'Cohere · Applied Scientist', '기업용 검색 모델을 담당한다.'], ['맹서아', '트웰브랩스 공동창업자 · CTO', '영상 모델 개발을 이끌었다.']]));
    for (const f of ['WORKS_FOR 탁윤후 -> 리벨리온', 'WORKS_FOR Aisha Verma -> Cohere', 'WORKS_FOR 맹서아 -> 트웰브랩스']) expect(facts, facts.join('\n')).toContain(f);
  });
  it('gives no employer for a former post on the card, nor for one card alone', () => {
    const former = pageFacts(speakers([['탁윤후', '리벨리온 · 컴파일러 리드', '칩 최적화를 맡는다.'], ['맹서아', '독립 연구자 · 前 카카오 리서치 엔지니어', '추천 모델을 연구했다.']]));
    expect(former).not.toContain('WORKS_FOR 맹서아 -> 카카오');
    const one = pageFacts(speakers([['탁윤후', '리벨리온 · 컴파일러 리드', '칩 최적화를 맡는다.']]));
    expect(one).not.toContain('WORKS_FOR 탁윤후 -> 리벨리온');
  });
});

// (hasFact is the scorer's reading; kept for rows that need aliases)
void hasFact;
