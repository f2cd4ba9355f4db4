/**
 * Generalisation rows for set 185's forms (people and their roles): a company's own IR page of executive cards
 * ("<h5>NAME <span>POST</span></h5>" over a list of past posts, prose in one card only) read from the block holding the
 * cards, each card an officer of the company the <title> names in both scripts; a personnel-order table ("성명 | 현
 * 소속/직위 | 발령 소속/직위") on a groupware board whose <title> names the company, posting each person where the order
 * sends them; an English event page's role lines with the post before the company ("Head of X, COMPANY"); "NAME POST은 C
 * 재직 중이며"; a history line joining a consortium or signing a collaboration agreement (not a purchase contract); a made-by copula with a gloss after its verb; "X, …, succeeds Y and
 * is fine-tuned from Z"; "대표이사 겸 C 의장" naming no person; a province's or ministry's official after the subject
 * company's programme ("…을 총괄하는 NAME 전라남도 …국장") no staff of it. A second round: a history line's quoted versioned
 * name released ("'Y 2' 출시 — …의 후속 모델, N 파라미터") and its code alone ("Y2를 증류한"); English successors in
 * apposition; "A builds Y, a family of … models"; "A and B recently announced a partnership"; an official's speaker card whose
 * bio says the official oversees a programme; "NAME Head of X (COMPANY)"; "…, 사업을 총괄하는 NAME … 국장". Sentences and pages
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "NAME POST은 C 재직 중이며": current employment; a denial none
  { cat: 'works-for.employed-at-now', text: '※ 사외이사 한도윤 교수는 카카오 재직 중이며, 관련 안건 의결에는 참여하지 않습니다.', expect: ['WORKS_FOR 한도윤 -> 카카오'] },
  { cat: 'works-for.employed-at-now', text: '※ 사외이사 한도윤 교수는 카카오에 재직 중이 아닙니다.', absent: ['WORKS_FOR 한도윤 -> 카카오'] },
  // "C는 … 사업을 총괄하는 NAME 전라남도 …국장은": an official of a province or ministry is no staff of the subject company
  { cat: 'works-for.subject-company', text: '누리온AI는 지역 실증사업에 참여하고 있으며, 사업을 총괄하는 한도윤 전라남도 디지털정책국장은 기대가 크다고 말했다.', absent: ['WORKS_FOR 한도윤 -> 누리온AI'] },
  { cat: 'works-for.subject-company', text: '누리온AI는 지역 실증사업에 참여하고 있으며, 사업을 총괄하는 한도윤 데이터사업본부 본부장은 기대가 크다고 말했다.', expect: ['WORKS_FOR 한도윤 -> 누리온AI'] },
  // a post joined to a second by 겸 is no foreign name
  { cat: 'persons.post-and-post', text: '누리온AI 인사 소식. 대표이사 겸 네이버 이사회 의장', noNodes: ['Person:대표이사 겸'] },
  // "X는 … C가 처음부터 자체 사전학습한(프롬 스크래치) … 모델입니다": a gloss after the verb keeps the copula; a denial none
  { cat: 'developed.topic-made-by-copula', text: "'누리 3'는 누리온AI가 처음부터 자체 사전학습한(프롬 스크래치) 70억 파라미터 모델입니다.", expect: ['DEVELOPED 누리온AI -> 누리 3'] },
  { cat: 'developed.topic-made-by-copula', text: "'누리 3'는 누리온AI가 자체 사전학습한(프롬 스크래치) 모델이 아닙니다.", absent: ['DEVELOPED 누리온AI -> 누리 3'] },
  // "X, …, succeeds Y and is fine-tuned from Z": the base is the subject's
  { cat: 'based-on.en-succeeds-and-tuned', text: "Tessera Labs builds Mira, a family of small models. Mira-3, a 2B-parameter model released in May, succeeds Mira-2 and is fine-tuned from Meta's Llama 3.2 3B.", expect: ['BASED_ON Mira-3 -> Llama 3.2 3B'], absent: ['BASED_ON Mira-2 -> Llama 3.2 3B'] },
  // "A builds Y, a family of … models": each Y-named model with no developer is A's; a verb of use, or a denial, gives none (round 2)
  { cat: 'developed.en-builds-family', text: 'Tessera Labs builds Mira, a family of small Korean reasoning models. Mira-3, a 2B-parameter model released in May, succeeds Mira-2.', expect: ['DEVELOPED Tessera Labs -> Mira-3', 'DEVELOPED Tessera Labs -> Mira-2'] },
  { cat: 'developed.en-builds-family', text: 'Tessera Labs tests Mira, a family of small Korean reasoning models. Mira-3, a 2B-parameter model released in May, succeeds Mira-2.', absent: ['DEVELOPED Tessera Labs -> Mira-3'] },
  { cat: 'developed.en-builds-family', text: 'Tessera Labs does not build Mira, a family of small Korean reasoning models. Mira-3, a 2B-parameter model released in May, succeeds Mira-2.', absent: ['DEVELOPED Tessera Labs -> Mira-3'] },
  // "A and B recently announced a partnership": an adverb before the verb; a denial none
  { cat: 'partners.en-pair-signed', text: 'Upstage and Tessera Labs recently announced a partnership to serve Mira-3 through a shared console.', expect: ['PARTNERS_WITH Upstage -> Tessera Labs'] },
  { cat: 'partners.en-pair-signed', text: 'Upstage and Tessera Labs recently denied a partnership.', absent: ['PARTNERS_WITH Upstage -> Tessera Labs'] },
  // "NAME Head of X (COMPANY)": a Korean name, an English post, the company in parentheses; no post, no staff
  { cat: 'works-for.name-en-title-paren-company', text: '[세션 3] 특화 모델 만들기\n\n윤가람 Head of Research (업스테이지)\n\n업스테이지의 모델 개발 과정을 소개합니다.', expect: ['WORKS_FOR 윤가람 -> 업스테이지'] },
  { cat: 'works-for.name-en-title-paren-company', text: '[세션 3] 특화 모델 만들기\n\n윤가람 Keynote (업스테이지)\n\n업스테이지의 모델 개발 과정을 소개합니다.', absent: ['WORKS_FOR 윤가람 -> 업스테이지'] },
  // "…에 참여하고 있으며, 프로젝트를 총괄하는 NAME 부처 …국장은": the programme's official head promotes it; a company's officer none
  { cat: 'promotes.programme-then-its-head-official', text: "누리온AI는 정부의 '해양 AI 실증 프로젝트'에 참여하고 있으며, 프로젝트를 총괄하는 백서진 해양수산부 디지털정책국장은 성과를 기대한다고 말했다.", expect: ['PROMOTES 백서진 -> 해양 AI 실증 프로젝트'] },
  { cat: 'promotes.programme-then-its-head-official', text: "누리온AI는 정부의 '해양 AI 실증 프로젝트'에 참여하고 있으며, 프로젝트를 총괄하는 백서진 대표는 성과를 기대한다고 말했다.", absent: ['PROMOTES 백서진 -> 해양 AI 실증 프로젝트'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

const extract = (html: string) => extractArticle(parseArticle(html, { source: 'page.html' }));

/** A company's IR page: executive cards, one with an English bio, a board table, a history list. */
function irPage(cards: string, history: string): string {
  return `<html><head><meta charset="utf-8"><title>경영진 | IR | 누리온AI (NURION AI)</title></head><body><header><a href="/">NURION AI</a><nav><a href="/ir">IR</a><a href="/news">뉴스</a></nav></header><div class="wrap"><aside class="lnb"><ul><li><a href="/ir/stock">주가정보</a></li><li><a href="/ir/gov">경영진</a></li></ul></aside><section class="content"><h3>경영진 및 이사회</h3><p class="upd">최종 업데이트: 2026.10.01 · 코스닥 상장사</p><h4>경영진</h4>${cards}<h4>이사회</h4><p class="note">※ 사외이사 한도윤 교수는 당사와 거래 관련 안건 의결에는 참여하지 않습니다.</p><h4>주요 연혁</h4><ul class="hist">${history}</ul></section></div><footer><p>(주)누리온AI | 서울특별시 마포구 | 대표이사 서하람</p></footer></body></html>`;
}
const card = (name: string, post: string, body: string) => `<div class="exec"><h5>${name} <span>${post}</span></h5>${body}</div>`;
const bio = '<p lang="en">Lucas Hart joined the company as Chief Technology Officer in May 2026 from a cloud company, where he led the inference team for four years.</p>';

/** A groupware board's personnel order laid out as a table of cells. */
function orderPage(rows: string): string {
  return `<html><head><meta charset="utf-8"><title>누리온AI 그룹웨어 - 인사공지 - [인사발령] 10월 1일자 인사발령</title></head><body><div id="top"><span class="logo">누리온AI <b>Works</b></span></div><div id="content"><div class="board-view"><p>임직원 여러분, 인사팀입니다. 아래와 같이 인사발령을 시행하오니 참고하시기 바랍니다. 당사 모델 사업 강화를 위한 조치입니다.</p><table class="hr"><tr><th>구분</th><th>성명</th><th>현 소속/직위</th><th>발령 소속/직위</th><th>비고</th></tr>${rows}</table><p>새 자리에서 활약하실 모든 분들께 축하의 말씀을 드립니다.</p></div></div><div id="foot">누리온AI Works v2 | 보안등급: 사내한정</div></body></html>`;
}
const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** An English event page's speaker cards: a name heading, a role line, a bio. */
function speakerPage(cards: string): string {
  return `<html><head><meta charset="utf-8"><title>Busan Model Builders Meetup — Speakers</title></head><body><main><h1>Busan Model Builders Meetup</h1><p>One evening, five talks on training and serving Korean models.</p><h2>Speakers</h2>${cards}</main></body></html>`;
}
const speaker = (name: string, role: string, text: string) => `<div class="speaker"><h3>${name}</h3><p class="role">${role}</p><p class="bio">${text}</p></div>`;

describe('set 185 page forms', () => {
  it('an IR page of executive cards: each card an officer of the company the title names; an outside seat none', () => {
    const cards = card('서하람', '대표이사(CEO)', '<ul><li>카이스트 전산학 박사</li><li>前 카카오 연구원</li></ul>') + card('Lucas Hart', '최고기술책임자(CTO)', bio) + card('문채윤', '최고재무책임자(CFO) 겸 전무', '<ul><li>前 회계법인 파트너</li></ul>') + card('한도윤', '사외이사', '<ul><li>現 대학 교수</li></ul>');
    const g = extract(irPage(cards, "<li><b>2022.03</b> 누리온AI 설립</li><li><b>2026.05</b> '독자 AI 파운데이션 모델 프로젝트' KT 컨소시엄에 참여기업으로 합류</li><li><b>2025.11</b> 업스테이지와 전략적 협업 계약(SCA) 체결</li><li><b>2026.09</b> 엔비디아와 GPU 구매 계약 체결</li>"));
    expect(hasFact(g, 'WORKS_FOR 서하람 -> 누리온AI')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR Lucas Hart -> 누리온AI')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 문채윤 -> 누리온AI')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 한도윤 -> 누리온AI')).toBe(false);
    expect(hasFact(g, 'WORKS_FOR 서하람 -> 카카오')).toBe(false);
    // a history line joining a consortium: the page's company takes part, the pair partners
    expect(hasFact(g, 'PARTICIPATES_IN 누리온AI -> 독자 AI 파운데이션 모델 프로젝트')).toBe(true);
    expect(hasFact(g, 'PARTNERS_WITH 누리온AI -> KT')).toBe(true);
    // a collaboration agreement signed on a history line partners; a purchase contract does not
    expect(hasFact(g, 'PARTNERS_WITH 누리온AI -> 업스테이지')).toBe(true);
    expect(hasFact(g, 'PARTNERS_WITH 누리온AI -> 엔비디아')).toBe(false);
  });

  it('a card heading outside an officers section, or a name with no post, gives no officer', () => {
    const cards = card('서하람', '카이스트 전산학 박사', '<ul><li>前 카카오 연구원</li></ul>') + card('Lucas Hart', '최고기술책임자(CTO)', bio) + card('문채윤', '회계 전문가', '<ul><li>前 회계법인 파트너</li></ul>');
    const g = extract(irPage(cards, '<li><b>2022.03</b> 누리온AI 설립</li>'));
    expect(hasFact(g, 'WORKS_FOR 서하람 -> 누리온AI')).toBe(false);
    expect(hasFact(g, 'WORKS_FOR 문채윤 -> 누리온AI')).toBe(false);
  });

  it('a personnel order: each person where the order sends them; the current post, a retirement and an adviser none', () => {
    const rows = row('승진', '서하람', '검색팀 팀장', 'AI연구소장(상무)', '-') + row('전보', '문채윤', '플랫폼팀 수석', '카카오 추천팀장', '계열 전출') + row('영입', '강지후', '(전) 네이버 연구원', '모델팀 수석연구원', '10/1 입사') + row('겸직', '윤태오', '대표이사', '대표이사 겸 업스테이지 이사', '-') + row('퇴직', '오민서', '전략실장(상무)', '-', '12/31 퇴직') + row('위촉', '백서진', '대학 교수', '기술자문위원(비상근)', '외부 인사');
    const g = extract(orderPage(rows));
    for (const f of ['WORKS_FOR 서하람 -> 누리온AI', 'WORKS_FOR 문채윤 -> 카카오', 'WORKS_FOR 강지후 -> 누리온AI', 'WORKS_FOR 윤태오 -> 누리온AI', 'WORKS_FOR 윤태오 -> 업스테이지']) expect(hasFact(g, f), f).toBe(true);
    for (const f of ['WORKS_FOR 문채윤 -> 누리온AI', 'WORKS_FOR 강지후 -> 네이버', 'WORKS_FOR 오민서 -> 누리온AI', 'WORKS_FOR 백서진 -> 누리온AI']) expect(hasFact(g, f), f).toBe(false);
  });

  it('a table with only the current post column gives no order', () => {
    const html = orderPage(row('승진', '서하람', '검색팀 팀장', 'AI연구소장(상무)', '-')).replace('<th>발령 소속/직위</th>', '<th>연락처</th>');
    expect(hasFact(extract(html), 'WORKS_FOR 서하람 -> 누리온AI')).toBe(false);
  });

  it('English role lines with the post before the company; a former post and a ministry none', () => {
    const cards = speaker('Dr. Min-ji Kang', 'Head of Speech Models, Upstage', 'Min-ji leads the speech team.') + speaker('Oliver Grant', 'Co-founder &amp; CTO, Tessera Labs', 'Oliver co-founded Tessera Labs in 2023.') + speaker('Seo-yeon Baek', 'Former Research Lead, Naver', 'Seo-yeon now advises startups.') + speaker('Tae-oh Yun', 'Director, Digital Policy Bureau, Ministry of the Interior', 'Tae-oh oversees public-sector AI.');
    const g = extract(speakerPage(cards));
    expect(hasFact(g, 'WORKS_FOR Min-ji Kang -> Upstage')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR Oliver Grant -> Tessera Labs')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR Seo-yeon Baek -> Naver')).toBe(false);
  });

  it("a history line's quoted versioned name released is a model, its dash gloss about it; a code alone names it; an English successor in apposition", () => {
    const cards = card('서하람', '대표이사(CEO)', '<ul><li>前 카카오 연구원</li></ul>') + card('Lucas Hart', '최고기술책임자(CTO)', '<p lang="en">Lucas Hart leads the development of NURION K2 and its successor, NURION K3, which is due in 2027.</p>');
    const history = "<li><b>2022.03</b> 누리온AI 설립</li><li><b>2023.04</b> 첫 자체 언어모델 'NURION K1(누리온 K1)' 공개</li><li><b>2024.10.02</b> 'NURION K2(누리온 K2)' 출시 — K1의 후속 모델, 80억 파라미터, 프롬 스크래치 개발</li><li><b>2025.06</b> 경량 모델 'NURION K2 Lite' 공개 — K2를 증류한 30억 파라미터 모델, 오픈소스 공개</li><li><b>2025.09</b> '누리 패스 2' 출시 — 모바일 결제 앱</li>";
    const g = extract(irPage(cards, history));
    for (const f of ['SUCCEEDS NURION K2 -> NURION K1', 'BASED_ON NURION K2 Lite -> NURION K2', 'SUCCEEDS NURION K3 -> NURION K2']) expect(hasFact(g, f), f).toBe(true);
    const k2 = g.nodes.find((n) => n.name === 'NURION K2');
    expect(k2?.properties.parameters).toBe(8e9);
    expect(g.nodes.find((n) => n.name === 'NURION K2 Lite')?.properties.parameters).toBe(3e9);
    expect(g.nodes.find((n) => n.name === 'NURION K1')?.properties.parameters).toBeUndefined();
    // a quoted name released on a line about no model (an app) is none
    expect(g.nodes.some((n) => n.name === '누리 패스 2')).toBe(false);
  });

  it("an official's card whose bio says the official oversees a programme: PROMOTES; a denial, or a company's speaker, none", () => {
    const policy = 'Independent AI Foundation Model Project';
    const cards = speaker('Oliver Grant', 'Co-founder &amp; CTO, Tessera Labs', `Oliver leads the ${policy} team at Tessera Labs.`) + speaker('Daniel (Jae-min) Cho', 'Director, AI Policy Division, Ministry of Science and ICT', `Daniel oversees the ${policy}, the government programme that funds national models.`) + speaker('Tae-oh Yun', 'Director, Digital Policy Bureau, Ministry of the Interior', `Tae-oh does not oversee the ${policy}.`);
    const g = extract(speakerPage(cards));
    expect(g.edges.some((e) => e.type === 'PROMOTES' && g.nodes.find((n) => n.id === e.source)?.name.startsWith('Daniel'))).toBe(true);
    expect(g.edges.filter((e) => e.type === 'PROMOTES')).toHaveLength(1);
  });

  it('one role line alone is no card list', () => {
    const g = extract(speakerPage(speaker('Oliver Grant', 'Co-founder &amp; CTO, Tessera Labs', 'Oliver co-founded the company in 2023.')));
    expect(hasFact(g, 'WORKS_FOR Oliver Grant -> Tessera Labs')).toBe(false);
  });
});
