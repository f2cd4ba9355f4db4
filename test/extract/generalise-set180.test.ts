/**
 * Generalisation rows for set 180's forms: a comparison page whose spec sheet (models across the header, a maker row,
 * size, licence and benchmark rows among price rows) stands beside the story block; a Q&A notice's items labelled with
 * the company that asks ("질의업체 : X"), whose "당사" is that company; a Latin model name glossed by its hyphened Hangul
 * spelling and size; depth up-scaling told without a subject ("Y에서 일부 레이어만 복제해 … 학습했다"); a co-developer
 * named without a subject ("X와 공동 개발했으며"); an exhibitor's card headed by the company's name alone; "Phi-5 mini"
 * as no hub id; a copyright notice cut at "Co." on a company's own site.
 * Names and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, edgeLines, nodeLines, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "【질의 N】 질의업체 : X": 당사 inside the item is X, not the company of the item before
  { cat: 'references.asker-item', text: "입찰 질의 회신서\n\n【질의 1】 질의업체 : 누리온데이터(주)\n\n질의 내용\n당사의 누리온-LM 3는 메타의 라마 3.1 8B를 기반으로 재학습한 모델입니다.\n\n【질의 2】 질의업체 : 바람코어(주)\n\n질의 내용\n당사의 바람-S 2는 처음부터 자체 개발했습니다. 당사는 KT와 공동 개발 협약을 맺고 컨소시엄을 구성할 예정입니다.", expect: ['DEVELOPED 바람코어 -> 바람-S 2', 'PARTNERS_WITH KT -> 바람코어'], absent: ['DEVELOPED 누리온데이터 -> 바람-S 2', 'PARTNERS_WITH KT -> 누리온데이터'] },
  // (and a line that only mentions an enquiry, no label of who asks, changes nothing)
  { cat: 'references.asker-item', text: "가람데이터(주)는 공공 사업 문의 내용을 공개했다. 질의 건수는 7건이다.\n\n당사의 가람-LM 2는 처음부터 자체 개발했습니다.", expect: ['DEVELOPED 가람데이터 -> 가람-LM 2'] },
  // "서식 3", "양식 7": a form's number names no model
  { cat: 'names.form-number', text: '전문가 혼합 구조의 모델은 제안서 서식 3(모델 명세서)에 총 파라미터를 적고, 붙임 양식 7(보안 서약서)을 내야 한다.', noNodes: ['Model:서식 3', 'Model:양식 7'] },
  // "Latin 1.3B (한글-한글 1.3B)": one model; a gloss that sounds like none of the Latin name is no alias
  { cat: 'aliases.hangul-sized-gloss', text: "MODEL open\n\nGaRam-Ko 1.3B (가람-코 1.3B): 한국어 상담 특화 소형 언어모델\n\n가람-코 1.3B는 구글의 Gemma 3 1B에 상담 말뭉치를 추가 학습한 13억 파라미터 모델이다.", sameNode: ['GaRam-Ko 1.3B=가람-코 1.3B'], expect: ['BASED_ON GaRam-Ko 1.3B -> Gemma 3 1B'] },
  { cat: 'aliases.hangul-sized-gloss', text: "MODEL open\n\nNimbus-Ko 1.3B (하늘-코 1.3B): 한국어 상담 특화 소형 언어모델", nodes: ['Model:Nimbus-Ko 1.3B', 'Model:하늘-코 1.3B'] },
  // "Y에서 일부 레이어만 복제해 … 학습했다": depth up-scaling from Y, the model in focus the subject left out
  { cat: 'based-on.focus-layers-copied', text: "누리랩은 수학 특화 모델 '누리-Math 10B'를 공개했다. 메타의 라마 3.1 8B에서 상위 레이어를 복제해 깊이를 늘린 뒤 풀이 데이터로 학습했다.", expect: ['BASED_ON 누리-Math 10B -> 라마 3.1 8B'] },
  { cat: 'based-on.focus-layers-copied', text: "누리랩은 수학 특화 모델 '누리-Math 10B'를 공개했다. 메타의 라마 3.1 8B에서 일부 레이어만 복제해 깊이를 늘린 뒤 학습했다는 소문은 사실이 아니다.", absent: ['BASED_ON 누리-Math 10B -> 라마 3.1 8B'] },
  { cat: 'based-on.focus-layers-copied', text: "누리랩은 수학 특화 모델 '누리-Math 10B'를 공개했다. 메타의 라마 3.1 8B에서 쓰인 학습 레시피를 참고했다.", absent: ['BASED_ON 누리-Math 10B -> 라마 3.1 8B'] },
  // "X와 공동 개발했으며": a co-developer of the model in focus, named without a subject
  { cat: 'developed.focus-co-developed-with', text: "가온-코 2B는 한국어 전사문으로 학습한 20억 파라미터 모델이다. 음성 스타트업 (주)소리결과 공동 개발했으며, 가중치는 허깅페이스에 공개했다.", expect: ['DEVELOPED 소리결 -> 가온-코 2B'] },
  { cat: 'developed.focus-co-developed-with', text: "가온-코 2B는 한국어 전사문으로 학습한 20억 파라미터 모델이다. 음성 스타트업 소리결과 공동 개발하지는 않았다.", absent: ['DEVELOPED 소리결 -> 가온-코 2B'] },
  { cat: 'developed.focus-co-developed-with', text: "가온-코 2B는 한국어 전사문으로 학습한 20억 파라미터 모델이다. 소리결은 카카오와 공동 개발했으며, 새 음성 모델을 준비 중이다.", absent: ['DEVELOPED 카카오 -> 가온-코 2B'] },
  // (a partner named so co-develops that one model, not the family's other sizes)
  { cat: 'developed.focus-co-developed-with', text: "가온-코 2B는 한국어 전사문으로 학습한 20억 파라미터 모델이다. 음성 스타트업 (주)소리결과 공동 개발했으며, 지난해 공개한 가온-코 1B의 후속 모델이다.", expect: ['DEVELOPED 소리결 -> 가온-코 2B'], absent: ['DEVELOPED 소리결 -> 가온-코 1B'] },
  // "Phi-5 mini": a capitalised family before a hyphened version keeps its variant word; a lower-case hub id does not
  { cat: 'names.hub-id-case', text: '마이크로소프트가 공개한 Phi-7 mini는 38억 파라미터 모델이다.', nodes: ['Model:Phi-7 mini'], noNodes: ['Model:Phi-7'] },
  { cat: 'names.hub-id-case', text: '누리랩은 qwen2.5-7b base를 내려받아 썼다.', nodes: ['Model:qwen2.5-7b'] },
  // "X-M 16B-A3B" … "X-M": a new model named with its total and active sizes is the bare name's model, its size the total
  { cat: 'names.moe-active-tail', text: "한솔AI의 한솔-E 24B-A4B는 전문가 혼합 구조의 새 모델이다. 한솔-E는 KMMLU에서 58.4점을 받았다.", sameNode: ['한솔-E 24B-A4B=한솔-E'], edgeProps: ['SCORED 한솔-E 24B-A4B -> KMMLU score=58.4'], props: ['한솔-E 24B-A4B=parameters:24000000000'] },
  // (an active-size notation after a pronoun is no model's name: "이를 7B-A1B로 표기한다")
  { cat: 'names.moe-active-tail', text: "가람-R 2는 총 파라미터 90억 개의 전문가 혼합 모델이다. 업계에서는 이를 9B-A2B로 표기한다.", noNodes: ['Model:이를 9B-A2B', 'Model:이를 9B'] },
  // (two sized members of a line keep the bare name apart: "X-M 16B-A3B" and "X-M 70B")
  { cat: 'names.moe-active-tail', text: "한솔AI는 한솔-E 24B-A4B와 한솔-E 70B를 함께 공개했다. 한솔-E는 KMMLU에서 58.4점을 받았다.", nodes: ['Model:한솔-E 24B-A4B', 'Model:한솔-E 70B'], absent: ['SCORED 한솔-E 24B-A4B -> KMMLU'] },
  // "X솔의 X K2": an owner whose first two syllables open the model it owns is a company named after its product, not a person
  { cat: 'developed.owner-named-after-product', text: "소형 모델을 비교했다. 가람솔의 가람 K2는 전문가 혼합 모델이다.\n\n모델 | KoBEST | 초당 토큰\n가람 K2 | 70.2 | 33\nPhi-5 mini | 61.35 | 27", expect: ['DEVELOPED 가람솔 -> 가람 K2'], nodes: ['Company:가람솔'] },
  { cat: 'developed.owner-named-after-product', text: "소형 모델을 비교했다. 김하람의 하람 K2 평가 결과가 나왔다.\n\n모델 | KoBEST | 초당 토큰\n하람 K2 | 70.2 | 33\nPhi-5 mini | 61.35 | 27", noNodes: ['Company:김하람'], absent: ['DEVELOPED 김하람 -> 하람 K2'] },
  // a score table's model ("가람 K2 | 70.2") is known to the prose, where its hyphened tail ("가람 K2-Lite") names a sibling whole
  { cat: 'names.score-table-model-tail', text: "노트북에서 소형 모델을 돌려봤다. 가람솔의 가람 K2는 전문가 혼합 모델이다. 가람솔이 함께 공개한 경량판 가람 K2-Lite다. 가람 K2-Lite는 가람 K2를 증류한 모델로 가중치가 공개돼 있다.\n\n모델 | KoBEST | 초당 토큰\n가람 K2 | 70.2 | 33\nPhi-5 mini | 61.35 | 27", expect: ['BASED_ON 가람 K2-Lite -> 가람 K2', 'DEVELOPED 가람솔 -> 가람 K2-Lite'], noNodes: ['Model:K2-Lite'] },
  { cat: 'names.score-table-model-tail', text: "노트북에서 소형 모델을 돌려봤다. 가람솔은 가람 K2와 함께 별도 모델 K2-Lite도 공개했다.\n\n모델 | KoBEST | 초당 토큰\n가람 K2 | 70.2 | 33\nPhi-5 mini | 61.35 | 27", noNodes: ['Model:가람 K2-Lite'] },
  // a speaker table's line "Jane Doe, Acme Robotics CEO": the romanised name, a comma, a company already found and its top role
  { cat: 'works-for.en-speaker-line', text: "발표 세션\n\nAnna Keller, Falkor Robotics CEO\n\n로봇을 위한 모델", edgeProps: ['WORKS_FOR Anna Keller -> Falkor Robotics title=CEO'] },
  { cat: 'works-for.en-speaker-line', text: "발표 세션\n\nAnna Keller, Former CEO\n\n로봇을 위한 모델", noNodes: ['Person:Anna Keller'] },
  // "요시다 유이 X 대표": a Japanese surname (the lexicon's) opens a two-word name before the company, not a Korean name of its second word
  { cat: 'persons.japanese-surname-first', text: "발표 세션\n\n요시다 유이 하나로봇 대표\n\n김하루 하나로봇 이사", edgeProps: ['WORKS_FOR 요시다 유이 -> 하나로봇 title=대표', 'WORKS_FOR 김하루 -> 하나로봇 title=이사'], noNodes: ['Person:유이'] },
  // "딥가온랩스" … "가온-R 2": the brand behind "딥" (Deep) opening a company's name makes its namesake models; another brand's none
  { cat: 'developed.namesake-deep-prefix', text: "딥가온랩스는 주주 질문에 답했다. 가온-R 2는 처음부터 자체 개발했습니다. 나래-R 2는 KMMLU에서 60.1점을 받았습니다.", expect: ['DEVELOPED 딥가온랩스 -> 가온-R 2'], absent: ['DEVELOPED 딥가온랩스 -> 나래-R 2'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

/** Facts of an HTML page, as "TYPE source -> target" lines, and its nodes as "Type:name". */
function pageFacts(html: string): { facts: string[]; nodes: string[] } {
  const g = pageGraph(html);
  return { facts: edgeLines(g, { scores: true }), nodes: nodeLines(g) };
}

/** A shop's comparison page: an intro, a spec sheet set beside the reviews block (both straight in <body>), then the reviews. */
function comparisonPage(sheet: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>LLM API 비교 - 가격비교몰</title>
<meta property="article:published_time" content="2026-10-02T09:00:00+09:00"></head><body>
<div class="head"><h1>기업용 LLM API 3종 비교</h1></div>
<div class="intro"><p>도입 문의가 늘어 주요 상품 3종의 사양을 한 표에 정리했다. 파라미터 수는 각 회사가 밝힌 값이다.</p></div>
${sheet}
<div class="reviews"><h2>상품별 한줄 평</h2>
<h3>하랑 LM 4</h3><p>하랑소프트가 지난달 내놓은 하랑 LM 4는 하랑 LM 3의 후속 모델이다. 가중치는 공개하지 않고 API로만 판매한다.</p>
<h3>다솔-R 2</h3><p>다솔AI의 다솔-R 2는 데이터 수집부터 사전학습까지 처음부터 자체 개발한 모델이라는 점을 내세운다.</p>
<h3>Wren 2X</h3><p>미국 스타트업 렌랩스(Wren Labs)가 개발한 Wren 2X는 한국어 성능이 가장 높지만 가격도 가장 비싸다.</p></div>
<footer><p>가격비교몰(주) | 사업자등록번호 000-00-00000</p></footer></body></html>`;
}

const SHEET = `<table class="spec"><caption>주요 사양</caption>
<thead><tr><th>항목</th><th>하랑 LM 4</th><th>다솔-R 2</th><th>Wren 2X</th></tr></thead><tbody>
<tr><th>제조사</th><td>하랑소프트</td><td>다솔AI</td><td>렌랩스 (미국)</td></tr>
<tr><th>파라미터</th><td>약 140억</td><td>320억 개</td><td>총 1,200억 / 활성 120억</td></tr>
<tr><th>라이선스</th><td>API 전용</td><td>Apache 2.0 (가중치 공개)</td><td>API 전용</td></tr>
<tr><th>KMMLU</th><td>58.4</td><td>61.9</td><td>66.25</td></tr>
<tr><th>KoBEST</th><td>-</td><td>70.5</td><td>74.0</td></tr>
<tr><th>입력 가격</th><td>1,000원</td><td>800원</td><td>2,900원</td></tr></tbody></table>`;

describe('a spec sheet beside the story block, models across its header', () => {
  it('reads each column: the maker below the model, its scores, none for "-"', () => {
    const { facts } = pageFacts(comparisonPage(SHEET));
    for (const f of ['DEVELOPED 하랑소프트 -> 하랑 LM 4', 'DEVELOPED 다솔AI -> 다솔-R 2', 'DEVELOPED 렌랩스 -> Wren 2X', 'SCORED 하랑 LM 4 -> KMMLU 58.4', 'SCORED 다솔-R 2 -> KoBEST 70.5', 'SCORED Wren 2X -> KMMLU 66.25']) expect(facts).toContain(f);
    expect(facts.filter((f) => f.startsWith('SCORED 하랑 LM 4 -> KoBEST'))).toEqual([]);
  });
  it('reads no makers and no scores from a sheet without a maker row whose header names no known models', () => {
    const sheet = SHEET.replace('<tr><th>제조사</th><td>하랑소프트</td><td>다솔AI</td><td>렌랩스 (미국)</td></tr>', '').replace(/하랑 LM 4<\/th><th>다솔-R 2<\/th><th>Wren 2X/, '베이직</th><th>스탠다드</th><th>프리미엄');
    const { facts } = pageFacts(comparisonPage(sheet));
    expect(facts.filter((f) => /^SCORED (?:베이직|스탠다드|프리미엄)/.test(f))).toEqual([]);
    expect(facts.filter((f) => /^DEVELOPED \S+ -> (?:베이직|스탠다드|프리미엄)/.test(f))).toEqual([]);
  });
});

/** A trade fair's exhibitor cards: each headed by the company's name alone, its lines with no subject. */
function exhibitorPage(cards: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>참가기업 - 2026 AI 엑스포</title>
<meta property="article:published_time" content="2026-11-02T09:00:00+09:00"></head><body>
<div class="directory"><h2>참가기업 디렉토리</h2>${cards}</div></body></html>`;
}

describe("an exhibitor's card headed by its company alone", () => {
  it('makes the company the subject its lines leave out, and a new card clears the last card\'s model', () => {
    const { facts } = pageFacts(exhibitorPage(`
<div class="card"><h3>한울AI</h3><p>대한민국 · A-101</p><p>이번 전시에서는 독일 Falke Robotics와 공동 개발한 로봇용 모델 '한울-팔케 VLA'를 선보인다.</p><p>한울-팔케 VLA는 Falke-V 4B를 기반으로 한다.</p></div>
<div class="card"><h3>Falke Robotics (팔케로보틱스)</h3><p>독일 · A-207</p><p>오픈소스 비전언어모델 Falke-V 4B를 Apache 2.0 라이선스로 배포하는 로봇 기업.</p><p>올해 공개한 Falke-V 4B의 평가 결과를 소개한다.</p></div>
<div class="card"><h3>Pandan AI (판단AI)</h3><p>싱가포르 · A-031</p><p>알리바바의 Qwen2.5를 바탕으로 동남아 언어를 추가 학습한 'Pandan-7B'를 전시한다.</p><p>한국어 성능은 KoBEST 기준 63.5점.</p></div>`));
    for (const f of ['DEVELOPED 한울AI -> 한울-팔케 VLA', 'PARTNERS_WITH 한울AI -> Falke Robotics', 'SCORED Pandan-7B -> KoBEST 63.5']) expect(facts.some((x) => x === f || x === f.replace(/^PARTNERS_WITH (\S+) -> (.+)$/, 'PARTNERS_WITH $2 -> $1'))).toBe(true);
    expect(facts.filter((f) => f.startsWith('SCORED Falke-V 4B -> KoBEST'))).toEqual([]);
  });
});

describe('a company\'s own site whose copyright notice reads "ACME Co., Ltd."', () => {
  const page = (logo: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>IR Q&amp;A | 주주 문의 답변 | 누리브릿지</title></head><body>
<header><a class="logo" href="/">${logo}</a></header>
<section class="board"><h2>IR Q&amp;A</h2><p class="desc">주주분들의 질문에 답변드립니다.</p>
<div class="qa"><p class="q">Q1. 신모델을 소개해 주세요.</p><p class="a">A. 누리-R 3는 당사가 처음부터 자체 개발한 70억 파라미터 모델입니다. 누리-R 3는 누리-R 2의 후속 모델입니다.</p></div>
<div class="qa"><p class="q">Q2. 성능은 어떤가요?</p><p class="a">A. 누리-R 3는 KMMLU에서 64.1점을 받았습니다.</p></div></section>
<footer><p>(주)누리브릿지 | 대표이사 홍길순</p><p>© 2026 NURIBRIDGE Co., Ltd. All Rights Reserved.</p></footer></body></html>`;
  it('takes the corporation the logo glosses in Hangul as the page\'s "당사"', () => {
    expect(pageFacts(page('NURIBRIDGE 누리브릿지')).facts).toContain('DEVELOPED 누리브릿지 -> 누리-R 3');
  });
  it('takes none where the logo names another company', () => {
    expect(pageFacts(page('HANBIT 한빛')).facts.filter((f) => f.startsWith('DEVELOPED 한빛 ->'))).toEqual([]);
  });
});
