/**
 * Generalisation rows for the second round on set 189 (regional programmes and their officials), in this test's own
 * words: a company picked as a field's lead ("주관사로 뽑혔다") in a story about one programme; a sentence naming its own
 * consortium's lead among several leads; a TV script's bite caption whose title is a city office's head of any field
 * ("NAME / 별빛시 스마트물류국장"); an application labelled with its counterpart in parentheses ("A(공급기업 B) 신청 건은")
 * that fell below the cut-off ("기준점(60점)에 미달", "미선정"); a public zone's building programme ("X 클러스터 조성사업") named
 * alone later by its zone, its tenants ("2기 입주기업으로 함께합니다", "1기 입주기업인 B는", "입주 협약을 맺습니다", a tenant presented
 * alone on its line) and the official who led its building ("클러스터 조성을 이끌어 오신 … NAME 단장님"); a governor's or a
 * mayor's speech page whose speaker introduces themselves ("경상남도지사 NAME입니다") and whose title names the programme; a
 * second-person "여러분" that is no company. Sentences and names written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a field's lead picked, the programme named in the sentence before
  { cat: 'selection.lead-picked', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했다. 항만 분야에서는 한바다시스템이 주관사로 뽑혔다.", expect: ['PARTICIPATES_IN 한바다시스템 -> 울산형 AI 항만 실증 사업'] },
  { cat: 'selection.lead-picked', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했다. 물류 분야는 ㈜다온로지스가 주관사로 최종 선정됐다.", expect: ['PARTICIPATES_IN 다온로지스 -> 울산형 AI 항만 실증 사업'] },
  { cat: 'selection.lead-picked', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했다. 한바다시스템이 주관사로 뽑힐지는 아직 알 수 없다.", absent: ['PARTICIPATES_IN 한바다시스템 -> 울산형 AI 항만 실증 사업'] },
  // several leads: the members join the lead their own sentence names, not the one picked in another field
  {
    cat: 'consortium-paragraph.own-lead-among-several',
    text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했다.\n\n해온랩은 이번 실증 사업에서 물류 컨소시엄을 주관하고, 물결테크와 LG유플러스가 참여기관으로 함께한다.\n\n항만 분야에서는 한바다시스템이 주관사로 뽑혔다.",
    expect: ['PARTICIPATES_IN 해온랩 -> 울산형 AI 항만 실증 사업', 'PARTICIPATES_IN 물결테크 -> 울산형 AI 항만 실증 사업', 'PARTNERS_WITH 해온랩 -> 물결테크', 'PARTNERS_WITH 해온랩 -> LG유플러스', 'PARTICIPATES_IN 한바다시스템 -> 울산형 AI 항만 실증 사업'],
    absent: ['PARTNERS_WITH 한바다시스템 -> 물결테크', 'PARTNERS_WITH 한바다시스템 -> LG유플러스'],
  },
  // a bite caption: a city office's head of any field, then the quote naming the programme
  { cat: 'promotes.government-office-bite', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했습니다.\n\n◀SYN▶ 조하윤 / 울산시 스마트해양국장\n\n\"항만 실증 사업은 내년에 두 배로 늘리겠습니다.\"", expect: ['PROMOTES 조하윤 -> 울산형 AI 항만 실증 사업'] },
  { cat: 'promotes.government-office-bite', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했습니다.\n\n[인터뷰] 조하윤 / 해양수산부 디지털항만단장\n\"실증 사업을 끝까지 챙기겠습니다.\"", expect: ['PROMOTES 조하윤 -> 울산형 AI 항만 실증 사업'] },
  // (a company's head of division in the same caption form is no official)
  { cat: 'promotes.government-office-bite', text: "울산시가 '울산형 AI 항만 실증 사업'의 수행 기업을 확정했습니다.\n\n◀INT▶ 조하윤 / 한바다시스템 스마트해양실장\n\n\"항만 실증 사업은 저희에게 큰 기회입니다.\"", absent: ['PROMOTES 조하윤 -> 울산형 AI 항만 실증 사업'] },
  // an application labelled with its counterpart, below the cut-off: both applied
  {
    cat: 'selection.labelled-counterpart',
    text: "「2026년 동해 AI 도입 바우처 사업」 선정 결과를 알려드립니다.\n\n※ ㈜솔바람식품(공급기업 누리셈) 신청 건은 평가 결과 기준점(60점)에 미달하여 미선정되었습니다.",
    expect: ['PARTICIPATES_IN 솔바람식품 -> 2026년 동해 AI 도입 바우처 사업', 'PARTICIPATES_IN 누리셈 -> 2026년 동해 AI 도입 바우처 사업'],
    nodes: ['Company:누리셈'],
  },
  {
    cat: 'selection.labelled-counterpart',
    text: "「2026년 동해 AI 도입 바우처 사업」 선정 결과를 알려드립니다.\n\n㈜솔바람식품(수요기업: 다솜베이커리)이 최종 선정되었습니다.",
    expect: ['PARTICIPATES_IN 다솜베이커리 -> 2026년 동해 AI 도입 바우처 사업'],
  },
  // (a pair that only plans to apply: none)
  {
    cat: 'selection.labelled-counterpart',
    text: "「2026년 동해 AI 도입 바우처 사업」 공고가 나왔습니다.\n\n㈜솔바람식품(공급기업 누리셈)은 신청 여부를 검토 중입니다.",
    absent: ['PARTICIPATES_IN 누리셈 -> 2026년 동해 AI 도입 바우처 사업'],
  },
  // a zone's building programme, named later by its zone alone; its tenants, and a supplier or a postponed tenant that are none
  {
    cat: 'zone.tenants',
    text: "창원은 그동안 스마트 제조 클러스터 조성사업으로 시험 설비를 갖춰 왔다.\n\n스마트 제조 클러스터 3기 입주기업은 모두 아홉 곳이다. 그 가운데 두 곳을 소개한다.\n\n먼저 ㈜누리공정입니다.\n\n정밀가공 분야의 ㈜다래메카도 3기 입주기업으로 합류했다.\n\n2기 입주기업인 ㈜한솔비전은 지난해 수출을 시작했다.\n\n㈜바로테크도 이날 입주 협약을 체결했다.\n\n㈜온새로봇은 입주를 내년으로 미뤘다.\n\n입주기업 여러분이 쓸 서버는 ㈜가람서버가 공급한다.",
    expect: ['PARTICIPATES_IN 누리공정 -> 스마트 제조 클러스터 조성사업', 'PARTICIPATES_IN 다래메카 -> 스마트 제조 클러스터 조성사업', 'PARTICIPATES_IN 한솔비전 -> 스마트 제조 클러스터 조성사업', 'PARTICIPATES_IN 바로테크 -> 스마트 제조 클러스터 조성사업'],
    absent: ['PARTICIPATES_IN 온새로봇 -> 스마트 제조 클러스터 조성사업', 'PARTICIPATES_IN 가람서버 -> 스마트 제조 클러스터 조성사업'],
    sameNode: ['스마트 제조 클러스터 조성사업=스마트 제조 클러스터'],
    noNodes: ['Company:여러분'],
  },
  // (a zone named without its building programme is a place: no programme, no tenants taking part)
  { cat: 'zone.tenants', text: "㈜다래메카는 창원 국가산업단지에 입주했다. 같은 단지 3기 입주기업인 ㈜한솔비전도 공장을 늘렸다.", absent: ['PARTICIPATES_IN 한솔비전 -> 창원 국가산업단지'] },
  // the official who led the zone's building, thanked by name and title
  {
    cat: 'zone.leader',
    text: "창원은 그동안 스마트 제조 클러스터 조성사업으로 시험 설비를 갖춰 왔다.\n\n클러스터 조성을 현장에서 이끌어 온 경남제조혁신추진단 오세린 단장에게 감사드린다.",
    expect: ['PROMOTES 오세린 -> 스마트 제조 클러스터 조성사업'],
  },
  {
    cat: 'zone.leader',
    text: "창원은 그동안 스마트 제조 클러스터 조성사업으로 시험 설비를 갖춰 왔다.\n\n클러스터 조성을 비판해 온 시민단체 오세린 대표는 예산을 문제 삼았다.",
    absent: ['PROMOTES 오세린 -> 스마트 제조 클러스터 조성사업'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

describe("a head's speech page: the self-introduced speaker announces the programme the title names", () => {
  const page = (title: string, intro: string) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${title} | 경상남도</title></head><body>
<div class="content"><h3 class="subject">${title}</h3><div class="speech_body">
<p>${intro}</p>
<p>오늘 스마트 제조 클러스터 3기 입주기업 협약식에 와 주신 여러분께 감사드립니다.</p>
<p>경남은 지난 4년 동안 스마트 제조 클러스터 조성사업으로 시험 설비를 갖춰 왔습니다.</p>
<p>㈜다래메카도 오늘 3기 입주기업으로 함께합니다.</p></div></div><footer>2026-09-30</footer></body></html>`;
  const graph = (title: string, intro: string) => extractArticle(parseArticle(Buffer.from(page(title, intro)), { source: 'speech.html' }));
  it('a governor introducing themselves in a 축사', () => {
    const g = graph('스마트 제조 클러스터 3기 입주기업 협약식 축사', '반갑습니다. 경상남도지사 민서율입니다.');
    expect(hasFact(g, 'PROMOTES 민서율 -> 스마트 제조 클러스터 조성사업')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN 다래메카 -> 스마트 제조 클러스터 조성사업')).toBe(true);
  });
  it('no speech in the title (a news page quoting a self-introduction): none', () => {
    const g = graph('스마트 제조 클러스터 3기 입주기업 협약식 열려', '반갑습니다. 경상남도지사 민서율입니다.');
    expect(hasFact(g, 'PROMOTES 민서율 -> 스마트 제조 클러스터 조성사업')).toBe(false);
  });
});
