/**
 * Generalisation rows for set 186's forms: a team table whose company column is titled 주관사 and whose model column
 * names the round ("2차 제출 모델"), with a trailing test-set column named "…벤치" and base cells "없음 (프롬 스크래치)"; a
 * real-time flash page's time-stamped dispatches beside its short round-up, and a [정정] item correcting an earlier one's
 * score; English teams that advanced to, cleared or failed a round, or were added to the programme; fromScratch stated for
 * models joined by 랑 or a headline's '·', and glossed in parentheses after the verb; a company with a note in
 * parentheses joining a consortium; a bare family word named as its version's predecessor; an official who 'pins down' a
 * date; a table's base column spoken of ("기반 칸에"). Sentences and pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // English: teams that advanced to a round, failed to clear one, or were added to the programme in scope take part in it
  { cat: 'participates.en-round-outcome', text: 'The Ministry of Science said Wrtn, a Seoul-based startup, had failed to clear the first-round evaluation of the Independent AI Foundation Model project. Liner and Channel Corp advanced to a final round scheduled for May.', expect: ['PARTICIPATES_IN Wrtn -> Independent AI Foundation Model project', 'PARTICIPATES_IN Liner -> Independent AI Foundation Model project', 'PARTICIPATES_IN Channel Corp -> Independent AI Foundation Model project'] },
  { cat: 'participates.en-round-outcome', text: 'The Independent AI Foundation Model project entered its second year. Liner, which was added to the programme in a second call, fielded a small model.', expect: ['PARTICIPATES_IN Liner -> Independent AI Foundation Model project'] },
  { cat: 'participates.en-round-outcome', text: 'The Independent AI Foundation Model project entered its second year. Nvidia, which supplies the chips, is not a member of any of the teams.', absent: ['PARTICIPATES_IN Nvidia -> Independent AI Foundation Model project'] },
  { cat: 'participates.en-round-outcome', text: 'The Independent AI Foundation Model project entered its second year. Liner said its stock price advanced to a record.', absent: ['PARTICIPATES_IN Liner -> Independent AI Foundation Model project'] },
  // fromScratch for models joined by 랑 or in a headline's '·' list before the cue; a list before a comparison is none
  { cat: 'shared-properties.coordinated', text: "바다소프트는 '바람-K 3'와 '가온 2'를 공개했다. 바람-K 3랑 가온 2는 둘 다 프롬 스크래치라고 명시돼 있음.", props: ['바람-K 3=fromScratch:true', '가온 2=fromScratch:true'] },
  { cat: 'shared-properties.coordinated', text: "바다소프트는 '바람-K 3'와 '가온 2'를 공개했다. 바다부 \"바람-K 3·가온 2 프롬 스크래치 확인…누리-X 기반설은 사실 아냐\"", props: ['바람-K 3=fromScratch:true', '가온 2=fromScratch:true'] },
  { cat: 'shared-properties.coordinated', text: "바다소프트는 '바람-K 3'와 '가온 2'를 공개했다. 바람-K 3·가온 2 대비 프롬 스크래치 모델 '누리-X 5'가 앞섰다.", props: ['바람-K 3=fromScratch:undefined', '가온 2=fromScratch:undefined'] },
  // a from-scratch gloss in parentheses after the verb keeps the clause's model
  { cat: 'property.from-scratch (gloss)', text: "바다소프트가 처음부터 직접 학습한(프롬 스크래치) '바람-K 3'가 이 팀의 주력 모델이다.", props: ['바람-K 3=fromScratch:true'] },
  { cat: 'property.from-scratch (gloss)', text: "바다소프트는 처음부터 한국어에 맞춘(토크나이저 교체) '바람-K 3'를 선보였다.", props: ['바람-K 3=fromScratch:undefined'] },
  // a company with a note in parentheses (its head) joins a consortium named after a programme
  { cat: 'partners.joined-consortium (noted company)', text: "가온에이아이(대표 김하늘)가 정부의 '지역 AI 거점 사업' 한빛소프트 컨소시엄에 참여기업으로 새로 합류했다고 밝혔다.", expect: ['PARTNERS_WITH 한빛소프트 -> 가온에이아이', 'PARTICIPATES_IN 가온에이아이 -> 지역 AI 거점 사업'] },
  { cat: 'partners.joined-consortium (noted company)', text: "가온에이아이(대표 김하늘)가 정부의 '지역 AI 거점 사업' 한빛소프트 컨소시엄에 합류할지 검토 중이라는 설이 돈다.", absent: ['PARTNERS_WITH 한빛소프트 -> 가온에이아이'] },
  // a bare family word named as its version's predecessor stays that model where scores are listed
  { cat: 'families.predecessor', text: "LG AI연구원은 엑사원의 후속 모델인 '엑사원 9'를 제출할 예정이다. 1차 점수(KMMLU 기준)는 엑사원 67.3점, A.X K1 65.9점이었다.", expect: ['SCORED 엑사원 -> KMMLU'], absent: ['SCORED 엑사원 9 -> KMMLU'] },
  { cat: 'families.predecessor', text: "LG AI연구원은 '엑사원 9'를 제출할 예정이다. 1차 점수(KMMLU 기준)는 엑사원 67.3점, A.X K1 65.9점이었다.", expect: ['SCORED 엑사원 9 -> KMMLU'] },
  // an official pinning down a date speaks of the article's one programme; one not named as an official does not
  { cat: 'person-references.statement (못박음)', text: "어제 바다부가 '지역 AI 거점 사업' 1차 결과를 발표함. 홍길동 과기정통부 차관이 브리핑에서 직접 \"다음 평가는 6월\"이라고 못박음.", expect: ['PROMOTES 홍길동 -> 지역 AI 거점 사업'] },
  { cat: 'person-references.statement (못박음)', text: "어제 바다부가 '지역 AI 거점 사업' 1차 결과를 발표함. 홍길동 씨는 이 결과를 두고 별말이 없었음.", absent: ['PROMOTES 홍길동 -> 지역 AI 거점 사업'] },
  // a table's base column spoken of ("M 기반 칸에 N을 적은 건"): no base
  { cat: 'based-on.giban-head (column word)', text: "1) 바람-K 3 기반 칸에 바람-K 2를 적은 건 회사가 그렇게 설명해서예요.", absent: ['BASED_ON 바람-K 2 -> 바람-K 3', 'BASED_ON 바람-K 3 -> 바람-K 2'] },
  { cat: 'based-on.giban-head (column word)', text: "바다소프트는 바람-K 2 기반 모델 '바람-L 1'을 공개했다.", expect: ['BASED_ON 바람-L 1 -> 바람-K 2'] },
  // a [정정] item that quotes an earlier item's headline with its wrong score: the earlier item reads the right score
  { cat: 'corrections.quoted-value', text: "[정정] 14시25분 송고된 '바다소프트 바람-K 3 KMMLU 74.6점' 속보에서 점수를 75.6점으로 바로잡습니다.\n\n[속보] 바다소프트 '바람-K 3' KMMLU 74.6점", edgeProps: ['SCORED 바람-K 3 -> KMMLU score=75.6'] },
  { cat: 'corrections.quoted-value', text: "[속보] 바다소프트 '바람-K 3' KMMLU 74.6점\n\n[속보] 바다소프트 '바람-K 3' KMMLU 1위 확인", edgeProps: ['SCORED 바람-K 3 -> KMMLU score=74.6'] },
];

describe('set 186 forms (sentences)', () => {
  it.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => checkFactRow(row));
});

/** A team table of a programme: 주관사 | round-named model | size | base | two benchmarks (one named only by its "…벤치"). */
function teamTable(caption: string, leadTitle: string): string {
  const row = (c: string, m: string, p: string, b: string, x: string, y: string) => `<tr><td>${c}</td><td>${m}</td><td>${p}</td><td>${b}</td><td>${x}</td><td>${y}</td></tr>`;
  return `<html><head><title>비교</title></head><body><article><h1>${caption}</h1>
<p>지난주 '지역 AI 거점 사업' 1차 평가 결과가 나와서 표로 정리해 봤습니다. 평균 점수는 뺐습니다.</p>
<table><tr><td>${leadTitle}</td><td>1차 제출 모델</td><td>파라미터</td><td>기반 모델</td><td>KMMLU</td><td>누리벤치</td></tr>
${row('바다소프트', '바람-K 3', '32B', '없음 (프롬 스크래치)', '61.2', '70.4')}
${row('한빛소프트', '가온 2', '14B', '바람-K 2', '58.1', '66.0')}
</table><p>틀린 거 있으면 알려주세요.</p></article></body></html>`;
}

describe('set 186 forms (pages)', () => {
  it('a 주관사 table: round-named model column, a …벤치 column, a from-scratch base cell, its leads in the programme', () => {
    const g = extractArticle(parseArticle(teamTable('1차 통과 팀 비교', '주관사'), { source: 't.html' }));
    for (const f of ['SCORED 바람-K 3 -> KMMLU', 'SCORED 바람-K 3 -> 누리벤치', 'SCORED 가온 2 -> 누리벤치', 'BASED_ON 가온 2 -> 바람-K 2', 'PARTICIPATES_IN 바다소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업']) expect(hasFact(g, f), f).toBe(true);
    expect(g.nodes.find((n) => n.name === '바람-K 3')?.properties.fromScratch).toBe(true);
    expect(g.nodes.find((n) => n.name === '가온 2')?.properties.fromScratch).toBeUndefined();
  });
  it('a 개발사 column is no programme team: its companies take part in nothing', () => {
    const g = extractArticle(parseArticle(teamTable('모델 비교', '개발사'), { source: 't.html' }));
    expect(hasFact(g, 'SCORED 바람-K 3 -> 누리벤치')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN 바다소프트 -> 지역 AI 거점 사업')).toBe(false);
  });
  const flash = (items: string[]) => `<html><head><title>실시간 속보</title></head><body><div id="c"><h2>실시간 속보</h2>
<ul class="news-feed">${items.map((t) => `<li>${t}</li>`).join('')}</ul>
<div class="box"><h3>종합</h3><p>바다부는 3일 '지역 AI 거점 사업' 1차 평가 결과를 발표했다. 평가는 새로 만든 '누리벤치'를 중심으로 진행됐다. 상세 기사는 곧 이어집니다.</p></div></div></body></html>`;
  it('a flash page: its time-stamped dispatches are read beside the round-up, each without its stamp', () => {
    const html = flash(['<span>15:10</span> <b>[속보]</b> 한빛소프트 \'가온 2\' 누리벤치 66.0점', '<span>14:52</span> <b>[속보]</b> 바다소프트 \'바람-K 3\' 누리벤치 70.4점', '<span>14:40</span> <b>[속보]</b> 바다부 "다음 평가는 6월"']);
    const parsed = parseArticle(html, { source: 'f.html' });
    expect(parsed.blocks.some((b) => b.text.startsWith('[속보] 한빛소프트'))).toBe(true);
    const g = extractArticle(parsed);
    expect(hasFact(g, 'SCORED 가온 2 -> 누리벤치')).toBe(true);
    expect(hasFact(g, 'SCORED 바람-K 3 -> 누리벤치')).toBe(true);
  });
  it('a list whose items do not all open on a time stamp is no flash list', () => {
    const html = flash(['<span>15:10</span> 한빛소프트 \'가온 2\' 누리벤치 66.0점', '<span>오늘</span> 바다소프트 \'바람-K 3\' 누리벤치 70.4점', '<span>14:40</span> 바다부 "다음 평가는 6월"']);
    const parsed = parseArticle(html, { source: 'f.html' });
    expect(parsed.blocks.some((b) => b.text.includes('한빛소프트'))).toBe(false);
  });
});
