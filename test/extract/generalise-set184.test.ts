/**
 * Generalisation rows for set 184's forms: a change request's title opening on an imperative verb ("Update X-9B-Chat
 * scores"); a code review's diff that only adds a Markdown table's row under its header, an "Org" column the row's
 * developer; a release-tagged quoted name a product's engine is upgraded to (not a name changed to it); scores listed
 * after a model's label and a colon; a long polite ※ note of an app listing; a seller's paired term ("상호 / 대표자");
 * a catalogue whose price columns are no model's and whose remark cell holds its row's scores (an arena's Elo rating
 * too); a predecessor apposed as "이전 버전인 Y".
 * Sentences and pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "Update X-9B-Chat scores": a change request's imperative verb is no word of the model's name
  { cat: 'discover.change-request-verb', text: "Update Orka-9B-Chat scores #77\n\n오르카랩이 공개한 Orka-9B-Chat 결과를 고쳤습니다. Orka-9B-Chat는 KMMLU에서 55.2점을 받았다.", nodes: ['Model:Orka-9B-Chat'], noNodes: ['Model:Update Orka-9B-Chat'] },
  { cat: 'discover.change-request-verb', text: "Add Teral-4B-Instruct results\n\n테랄AI가 만든 Teral-4B-Instruct의 결과입니다. Teral-4B-Instruct는 KoBEST에서 70.4점을 받았다.", nodes: ['Model:Teral-4B-Instruct'], noNodes: ['Model:Add Teral-4B-Instruct'] },
  { cat: 'discover.change-request-verb', text: "The 9B model is small\n\n오르카랩이 공개한 Orka-9B-Chat는 KMMLU에서 55.2점을 받았다.", noNodes: ['Model:The 9B'] },
  // "대화 엔진을 'Y 라이트 v3'로 업그레이드했다": a release-tagged name an engine is upgraded to is a model; a name changed to one is not
  { cat: 'discover.quoted-upgraded-to', text: "바람소프트는 자체 모델 '바람-2 라이트'를 쓴다. 상담 엔진을 '바람-2 라이트 v3'로 업그레이드했습니다.", nodes: ['Model:바람-2 라이트 v3'] },
  { cat: 'discover.quoted-upgraded-to', text: "누리스튜디오는 번역 앱을 운영한다. 번역 엔진을 '누리번역 V2.1'로 교체했다.", nodes: ['Model:누리번역 V2.1'] },
  { cat: 'discover.quoted-upgraded-to', text: "이 평가판은 올해 개편과 함께 '누리평가 v2'로 이름을 바꿨습니다.", noNodes: ['Model:누리평가 v2'] },
  // "Y 성능(자체 측정): B1 N점, 설명 'B2' M점": every benchmark after the model's label and colon scores it
  { cat: 'scored.model-label-bench-list', text: "바람소프트는 '바람-2 라이트'를 공개했다. 바람-2 라이트 성능(자체 측정): KMMLU 48.1점, 한국어 상식 평가 'HAE-RAE Bench' 57.5점", expect: ['SCORED 바람-2 라이트 -> HAE-RAE Bench', 'SCORED 바람-2 라이트 -> KMMLU'], edgeProps: ['SCORED 바람-2 라이트 -> HAE-RAE Bench score=57.5'] },
  { cat: 'scored.model-label-bench-list', text: "바람소프트는 '바람-2 라이트'를 공개했다. 바람-2 라이트 벤치마크 결과: KoBEST 71.0점, 수학 HRM8K 33.3점", expect: ['SCORED 바람-2 라이트 -> HRM8K'] },
  { cat: 'scored.model-label-bench-list', text: "바람소프트는 '바람-2 라이트'를 공개했다. 바람-2 라이트 성능: KMMLU 48.1점, HRM8K 40점 이상 목표", absent: ['SCORED 바람-2 라이트 -> HRM8K'] },
  // "※ … 기능은 Y의 Z API를 사용합니다.": a long polite note of a listing is a sentence, not a legend
  { cat: 'chrome.polite-note', text: "바람소프트가 번역 앱을 냈다.\n\n※ 음성 받아쓰기와 사진 설명 기능은 알리바바의 큐웬(Qwen) API를 사용합니다.", expect: ['DEVELOPED 알리바바 -> 큐웬'] },
  { cat: 'chrome.polite-note', text: "바람소프트가 번역 앱을 냈다.\n\n※ 자료: 알리바바 큐웬", absent: ['DEVELOPED 알리바바 -> 큐웬'] },
  // "Y는 이전 버전인 Z로 …": Y succeeds Z
  { cat: 'succeeds.previous-version-apposed', text: "바람소프트는 모델을 운영한다. 점검 중 바람-3 요청은 이전 버전인 바람-2.5로 넘겼습니다.", expect: ['SUCCEEDS 바람-3 -> 바람-2.5'] },
  { cat: 'succeeds.previous-version-apposed', text: "바람소프트는 모델을 운영한다. 바람-3는 전작인 바람-2.5보다 두 배 빠르다.", expect: ['SUCCEEDS 바람-3 -> 바람-2.5'] },
  { cat: 'succeeds.previous-version-apposed', text: "바람소프트는 바람-3를 운영한다. 누리랩의 누리-7은 이전 버전인 누리-6보다 빠르다.", absent: ['SUCCEEDS 바람-3 -> 누리-6'] },
];

const page = (body: string) =>
  `<html><head><meta property="og:title" content="모델 페이지"><meta property="article:published_time" content="2026-09-04"></head><body><div id="main"><h1>모델 페이지</h1>${body}</div></body></html>`;
const graph = (body: string) => extractArticle(parseArticle(Buffer.from(page(body)), { source: 't.html' }));
const facts = (g: ReturnType<typeof graph>) => {
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  return g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}${e.properties.score !== undefined ? ` ${e.properties.score}` : ''}`).sort();
};

describe('set 184 forms', () => {
  describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
    it(row.text.slice(0, 80), () => checkFactRow(row));
  });

  const diff = (rowsHtml: string) =>
    `<p>오르카랩 엔지니어입니다. 저희가 공개한 Orka-9B-Chat 결과를 리더보드에 추가합니다. 평가는 기본 설정으로 돌렸습니다.</p><p>수정했습니다. 리뷰 감사합니다. 기본 설정 그대로 다시 돌렸습니다.</p><div class="file"><div class="file-header">board/scores.md +1 −0</div><table class="diff-table">${rowsHtml}</table></div>`;

  it("a code review's add-only diff of a Markdown table gives its row's scores, an 'Org' column the developer", () => {
    const g = graph(diff(`<tr><td class="blob-num">7</td><td class="blob-code"> | Model | Org | KMMLU | KoBEST |</td></tr><tr><td class="blob-num">8</td><td class="blob-code"> |---|---|---|---|</td></tr><tr class="addition"><td class="blob-num">9</td><td class="blob-code blob-code-addition">+| Orka-9B-Chat | 오르카랩 | 55.21 | 77.4 |</td></tr>`));
    expect(facts(g)).toEqual(expect.arrayContaining(['SCORED Orka-9B-Chat -> KMMLU 55.21', 'SCORED Orka-9B-Chat -> KoBEST 77.4', 'DEVELOPED 오르카랩 -> Orka-9B-Chat']));
  });

  it('a diff table without a numbered gutter is left as it was (no row read from it)', () => {
    const g = graph(diff(`<tr><td class="blob-code"> | Model | Org | KMMLU | KoBEST |</td></tr><tr class="addition"><td class="blob-code blob-code-addition">+| Orka-9B-Chat | 오르카랩 | 55.21 | 77.4 |</td></tr>`));
    expect(facts(g)).not.toContain('SCORED Orka-9B-Chat -> KoBEST 77.4');
  });

  it("a seller's paired term ('상호 / 대표자' over 'X / NAME') names the company's head; unpaired values do not split", () => {
    const body = (dd: string) => `<p>바람소프트가 만든 번역 앱입니다. 자체 개발한 언어모델 '바람-2 라이트'를 탑재했습니다. 말로 번역을 요청할 수 있습니다.</p><h2>개발자 연락처</h2><dl><dt>웹사이트</dt><dd>https://baram.example.kr</dd><dt>상호 / 대표자</dt><dd>${dd}</dd></dl>`;
    expect(facts(graph(body('(주)바람소프트 / 남궁민재')))).toContain('WORKS_FOR 남궁민재 -> 바람소프트');
    expect(facts(graph(body('(주)바람소프트 남궁민재')))).not.toContain('WORKS_FOR 남궁민재 -> 바람소프트');
  });

  const catalogue = (note: string) =>
    `<p>바람클라우드 모델 카탈로그입니다. 요금은 100만 토큰 기준입니다.</p><table><tr><th>모델</th><th>개발사</th><th>파라미터</th><th>입력 요금</th><th>출력 요금</th><th>비고</th></tr><tr><td>바람-L 3</td><td>바람클라우드</td><td>320억</td><td>₩1,000</td><td>₩3,000</td><td>${note}</td></tr><tr><td>Llama 3.1 8B</td><td>메타</td><td>80억</td><td>₩200</td><td>₩600</td><td>오픈소스</td></tr></table><h3>자주 묻는 질문</h3><p>바람-L 3는 바람클라우드가 직접 학습한 모델인가요? 네, 바람클라우드 연구팀이 추가 학습을 맡았습니다. 요금은 사용량에 따라 달라집니다.</p><p>Llama 3.1 8B는 공개된 가중치를 라이선스 조건에 따라 호스팅합니다. 요금 계산기로 월 비용을 미리 볼 수 있습니다.</p>`;

  it("a catalogue's price columns are no model's; its remark cell's scores (an arena's Elo too) are its row's", () => {
    const g = graph(catalogue('라마 기반 추가 학습 · 성능 참고: KMMLU 60.1 (자체 측정), K-누리아레나 Elo 1,105점'));
    expect(facts(g)).toEqual(expect.arrayContaining(['SCORED 바람-L 3 -> KMMLU 60.1', 'SCORED 바람-L 3 -> K-누리아레나 1105', 'DEVELOPED 바람클라우드 -> 바람-L 3', 'DEVELOPED 메타 -> Llama 3.1 8B']));
    expect(g.nodes.find((n) => n.name === '바람-L 3')?.properties.parameters).toBe(32000000000);
  });

  it("a remark cell's count of benchmarks is no score", () => {
    const g = graph(catalogue('KMMLU 3종 지원'));
    expect(facts(g).some((f) => f.startsWith('SCORED 바람-L 3 -> KMMLU'))).toBe(false);
  });
});

/**
 * The second round's forms: a listing's developer line under its title as the subject its notes omit (a partner, a
 * badge "P 선정 서비스"); what it cost to make a model ("Y를 만드는 데 든 돈의 일부는 …") standing for its developer, and
 * carrying no company from the sentence before; a notice's signature line; a service run jointly ("X와 공동 운영하는");
 * a score told as a change ("N에서 M으로 올랐다"); a model given as the page's author's own ("저자의 선행 모델인 Y"); a
 * Latin name with an ampersand beside its Hangul spelling; a notice's opening speaker with an internal post.
 */
const rows2: FactRow[] = [
  // the body's first line, one company's name alone under the title: the subject of the listing's notes (a partner, a badge)
  { cat: 'subject.listing-developer-line', text: "솔바람테크\n\n별빛노트는 솔바람테크가 만든 메모 앱입니다.\n\n• 네이버클라우드와 협력해 동기화 서버를 늘렸습니다.", expect: ['PARTNERS_WITH 솔바람테크 -> 네이버클라우드'] },
  { cat: 'subject.listing-developer-line', text: "솔바람테크\n\n별빛노트는 회의록을 요약해 주는 메모 앱입니다.\n\n🏅 과학기술정보통신부 '2027 생활 AI 확산 지원 사업' 선정 서비스", expect: ['PARTICIPATES_IN 솔바람테크 -> 2027 생활 AI 확산 지원 사업'] },
  // (a badge's programme only applied for is no selection)
  { cat: 'subject.listing-developer-line', text: "솔바람테크\n\n별빛노트는 회의록을 요약해 주는 메모 앱입니다.\n\n🏅 과학기술정보통신부 '2027 생활 AI 확산 지원 사업' 선정 서비스 신청 예정", absent: ['PARTICIPATES_IN 솔바람테크 -> 2027 생활 AI 확산 지원 사업'] },
  // "Y를 만드는 데 든 돈의 일부는 P에 뽑혀 지원받았다": Y's developer took part in P; a company named before is no maker of Y
  { cat: 'subject.making-cost', text: "푸른숲랩스가 학습용 모델 '푸른숲-3B'를 공개했다. 교재는 출판사 한결북스가 제공했다. 한결북스와 푸른숲랩스는 지난달 협약을 맺었다. 푸른숲-3B를 만드는 데 든 돈의 일부는 정부의 'AI 바우처 지원사업'에 뽑혀서 지원받았다.", expect: ['PARTICIPATES_IN 푸른숲랩스 -> AI 바우처 지원사업'], absent: ['DEVELOPED 한결북스 -> 푸른숲-3B', 'PARTICIPATES_IN 한결북스 -> AI 바우처 지원사업'] },
  { cat: 'subject.making-cost', text: "푸른숲랩스가 학습용 모델 '푸른숲-3B'를 공개했다. 푸른숲-3B 개발비는 'AI 바우처 지원사업'에 선정돼 지원받았다.", expect: ['PARTICIPATES_IN 푸른숲랩스 -> AI 바우처 지원사업'] },
  { cat: 'subject.making-cost', text: "푸른숲랩스가 학습용 모델 '푸른숲-3B'를 공개했다. 교재는 출판사 한결북스가 제공했다. 한결북스와 푸른숲랩스는 지난달 협약을 맺었다. 푸른숲-3B를 만드는 데 든 비용은 공개되지 않았다.", absent: ['DEVELOPED 한결북스 -> 푸른숲-3B'] },
  // a service run jointly: its partner and the company the sentence omits
  { cat: 'partners.omitted-subject-joint', text: "가온AI가 2025년 출시한 가온-2의 API 지원을 내년 1월 종료합니다. KT와 공동 운영하는 '가온 비서'는 12월 중 가온-3로 전환됩니다.", expect: ['PARTNERS_WITH 가온AI -> KT'] },
  { cat: 'partners.omitted-subject-joint', text: "가온AI가 2025년 출시한 가온-2의 API 지원을 내년 1월 종료합니다. KT와 공동 운영하지는 않습니다.", absent: ['PARTNERS_WITH 가온AI -> KT'] },
  // a notice's signature on a company's page: the writer works there; a reporter's byline is no post
  { cat: 'works-for.signature-line', text: "누리온AI는 오늘 누리온-2 API를 점검했습니다. 점검 중 응답이 느렸습니다.\n\n작성: 한지우 플랫폼팀장", edgeProps: ['WORKS_FOR 한지우 -> 누리온AI title=플랫폼팀장'] },
  { cat: 'works-for.signature-line', text: "누리온AI는 오늘 누리온-2 API를 점검했습니다.\n\n작성자: 운영팀장 한지우", expect: ['WORKS_FOR 한지우 -> 누리온AI'] },
  { cat: 'works-for.signature-line', text: "누리온AI는 오늘 누리온-2 API를 점검했습니다.\n\n작성: 한지우 기자", absent: ['WORKS_FOR 한지우 -> 누리온AI'] },
  // a score told as a change: the new value, for the model in focus
  { cat: 'scored.focus-score-changed-to', text: "다온랩이 '다온-7B'를 공개했다. 다온-7B는 KoBEST에서 71.2점을 받았다. KMMLU의 수학 분야 점수는 40.5에서 44.0으로 크게 올랐다.", edgeProps: ['SCORED 다온-7B -> KMMLU score=44'] },
  { cat: 'scored.focus-score-changed-to', text: "다온랩이 '다온-7B'를 공개했다. 다온-7B는 KoBEST에서 71.2점을 받았다. KMMLU 점수는 3.5점 올랐다.", absent: ['SCORED 다온-7B -> KMMLU'] },
  { cat: 'scored.focus-score-changed-to', text: "다온랩이 '다온-7B'를 공개했다. 다온-7B는 KoBEST에서 71.2점을 받았다. KMMLU 점수는 40.5에서 44.0으로 오르지 않았다.", absent: ['SCORED 다온-7B -> KMMLU'] },
  // "저자의 선행 모델인 Y": the author's own earlier model, no maker from its successor's co-developer
  { cat: 'developed.authors-own', text: "본 연구는 스타트업 한빛로직과 공동 개발한 모델 '한율-3B'를 제안한다. 한율-3B는 저자의 선행 모델인 한율-1B의 후속 모델이다.", expect: ['DEVELOPED 한빛로직 -> 한율-3B', 'SUCCEEDS 한율-3B -> 한율-1B'], absent: ['DEVELOPED 한빛로직 -> 한율-1B'] },
  { cat: 'developed.authors-own', text: "스타트업 한빛로직이 '한율-3B'를 공개했다. 한율-3B는 회사의 이전 모델인 한율-1B의 후속 모델이다.", expect: ['DEVELOPED 한빛로직 -> 한율-1B'] },
  // a notice opening a company's own page on a speaker with an internal post and no company named yet: the page's company
  { cat: 'works-for.opening-speaker', text: "[공지] 자체 모델 '누리-5' 정식 출시. 한지우 AI플랫폼본부장은 \"누리-5는 누리-4의 후속 모델로, 고객 요청을 반영했다\"고 밝혔습니다.\n\n모델 목록\n\n누리온클라우드는 누리-5와 누리-4를 직접 개발했습니다.", edgeProps: ['WORKS_FOR 한지우 -> 누리온클라우드 title=AI플랫폼본부장'] },
  { cat: 'works-for.opening-speaker', text: "[공지] 자체 모델 '누리-5' 정식 출시. 한지우 교수는 \"누리-5는 누리-4의 후속 모델\"이라고 평가했습니다.\n\n누리온클라우드는 누리-5와 누리-4를 직접 개발했습니다.", absent: ['WORKS_FOR 한지우 -> 누리온클라우드'] },
  // "Mir&Stone" and "미르앤스톤": one company in two scripts; without the "앤" no match
  { cat: 'names.ampersand-transliteration', text: "본 연구는 법률 AI 스타트업 미르앤스톤과 공동 개발한 모델 '한율-3B'를 제안한다. This thesis presents a model co-developed with the legal-tech startup Mir&Stone.", sameNode: ['미르앤스톤=Mir&Stone'] },
  { cat: 'names.ampersand-transliteration', text: "본 연구는 법률 AI 스타트업 미르스톤과 공동 개발한 모델 '한율-3B'를 제안한다. This thesis presents a model co-developed with the legal-tech startup Mir&Stone.", nodes: ['Company:미르스톤'], noNodes: [] },
];

describe('set 184 forms, second round', () => {
  describe.each(rows2.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
    it(row.text.slice(0, 80), () => checkFactRow(row));
  });

  // a thesis record: its th/td table sits right before the abstracts, the densest prose; its rows are read with them
  const record = (table: string) =>
    page(`${table}<div class="abstract"><h3>국문 초록</h3><p>본 연구는 법률 AI 스타트업 한빛로직과 공동 개발한 한국어 법률 특화 소형 언어모델 '한율-3B'를 제안한다. 한율-3B는 업스테이지가 공개한 솔라 프로 2를 기반으로 판례 데이터를 추가로 학습하였다.</p><p>한율-3B는 법률 벤치마크에서 좋은 결과를 보였으며, 가중치는 연구용 라이선스로 공개하였다.</p></div><div class="abstract en"><h3>Abstract</h3><p>This thesis presents a small Korean legal language model co-developed with a legal-tech startup and trained on court decisions.</p></div>`);
  const recordGraph = (table: string) => extractArticle(parseArticle(Buffer.from(record(table)), { source: 't.html' }));
  it("a thesis record's table before its abstracts gives the co-researcher's post", () => {
    const g = recordGraph('<table><tr><th>저자</th><td>서하늘</td></tr><tr><th>지도교수</th><td>문가람</td></tr><tr><th>공동연구자</th><td>윤도윤 (한빛로직 최고기술책임자)</td></tr><tr><th>발행연도</th><td>2027</td></tr></table>');
    expect(facts(g)).toContain('WORKS_FOR 윤도윤 -> 한빛로직');
  });
  it('a table of links beside the abstracts is no record', () => {
    const g = recordGraph('<table><tr><td><a href="#">윤도윤 (한빛로직 최고기술책임자)</a></td><td><a href="#">목록 2</a></td></tr><tr><td><a href="#">목록 3</a></td><td><a href="#">목록 4</a></td></tr><tr><td><a href="#">2027</a></td><td><a href="#">목록 6</a></td></tr></table>');
    expect(facts(g)).not.toContain('WORKS_FOR 윤도윤 -> 한빛로직');
  });
});
