/**
 * Generalisation rows for set 189's forms (public programmes beyond the foundation-model project and the officials who lead
 * them): a Q&A accordion's question headers; a voucher's pair table (수요기업 | 공급기업 | 적용 AI 모델(개발사)) with a base
 * in a ※ note; a city's programme later named without the city or its kind; a consortium bullet with a lone member
 * ("X 컨소시엄 (참여: Y)", a ㈜ before X) and a consortium that applied to the call and lost; a sentence naming its own
 * consortium lead; an official gazette's lettered items and hand-wrapped lines; a model glossed after a spaced dash; a
 * division head who runs the programme ("사업 전반은 X 과장이 총괄합니다", "본 공고에 관한 사항은 … NAME이 총괄하며"); a
 * mayor glued to the city; a titled speaker whose firm signed a co-development agreement; a TV script's ◀SYN▶ caption.
 * The traps: a company that did not apply, a GPU lessor, an official quoted on other news after "한편", a market's "시장".
 * Sentences and pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { checkFactRow, hasFact, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a voucher's pair table: both sides of each pair take part in the article's programme; the model column gives its maker and a ※ base
  { cat: 'selection-table.pair', text: "「2026년 남도 AI 바우처 지원사업」의 선정 결과를 알려드립니다.\n\n■ 선정 현황 : 2개 과제\n\n연번 | 수요기업 | 공급기업 | 적용 AI 모델(개발사) | 지원금 | 비고\n\n1 | (주)동백식품 | 가온누리AI(주) | 가온챗 2 (가온누리AI) | 1억 원 | 선정\n\n2 | 목포정밀(주) | (주)바다결데이터 | 바다결-VL 1.0 (바다결데이터) ※Qwen2.5-VL-7B 기반 파인튜닝 | 2억 원 | 선정", expect: ['PARTICIPATES_IN 동백식품 -> 2026년 남도 AI 바우처 지원사업', 'PARTICIPATES_IN 가온누리AI -> 2026년 남도 AI 바우처 지원사업', 'PARTICIPATES_IN 목포정밀 -> 2026년 남도 AI 바우처 지원사업', 'PARTICIPATES_IN 바다결데이터 -> 2026년 남도 AI 바우처 지원사업', 'DEVELOPED 가온누리AI -> 가온챗 2', 'DEVELOPED 바다결데이터 -> 바다결-VL 1.0', 'BASED_ON 바다결-VL 1.0 -> Qwen2.5-VL-7B'] },
  // (a ※ note that names no base: the model's maker still, no base)
  { cat: 'selection-table.pair', text: "「2026년 남도 AI 바우처 지원사업」의 선정 결과를 알려드립니다.\n\n■ 선정 현황 : 1개 과제\n\n연번 | 수요기업 | 공급기업 | 적용 AI 모델(개발사) | 지원금 | 비고\n\n1 | 목포정밀(주) | (주)바다결데이터 | 바다결-VL 1.0 (바다결데이터) ※Qwen2.5-VL-7B와 비교 검증 예정 | 2억 원 | 선정", expect: ['DEVELOPED 바다결데이터 -> 바다결-VL 1.0', 'PARTICIPATES_IN 목포정밀 -> 2026년 남도 AI 바우처 지원사업'], absent: ['BASED_ON 바다결-VL 1.0 -> Qwen2.5-VL-7B'] },
  // a city's programme named in full once, then without the city and the kind ("수원시 X 바우처 사업" … "X 바우처"): one programme
  { cat: 'programme-aliases.region-led', text: "별빛시가 올해 처음 시행한 '별빛시 AI 창업 클라우드 바우처 사업' 덕분이다. 한울랩스는 AI 창업 클라우드 바우처 1호 선정 기업이다.", expect: ['PARTICIPATES_IN 한울랩스 -> 별빛시 AI 창업 클라우드 바우처 사업'], sameNode: ['별빛시 AI 창업 클라우드 바우처 사업=AI 창업 클라우드 바우처'] },
  // consortium bullets: a lone labelled member, a ㈜ before the lead; a consortium that applied and was not selected still applied
  { cat: 'consortium.labelled-member', text: "'공공 문서 AI 전환 사업'은 어떤 사업인가요?\n\n1차 공모에서 두 개 컨소시엄이 선정되었습니다.\n\n㈜한가람 컨소시엄 (참여: 별솔데이터)\n\n누리온소프트 컨소시엄 (참여: 다온랩스)\n\n가온정보 컨소시엄도 공모에 신청했으나 평가 결과 선정되지 않았습니다.", expect: ['PARTICIPATES_IN 한가람 -> 공공 문서 AI 전환 사업', 'PARTICIPATES_IN 별솔데이터 -> 공공 문서 AI 전환 사업', 'PARTNERS_WITH 한가람 -> 별솔데이터', 'PARTICIPATES_IN 가온정보 -> 공공 문서 AI 전환 사업'], noNodes: ['Company:한가람 컨소시엄'] },
  // (a company that did not apply to the call, and a GPU lessor said to be no member: no participants)
  { cat: 'consortium.labelled-member', text: "'공공 문서 AI 전환 사업'은 어떤 사업인가요?\n\n1차 공모에서 두 개 컨소시엄이 선정되었습니다.\n\n누리온소프트 컨소시엄 (참여: 다온랩스)\n\n카카오는 이번 1차 공모에 신청하지 않았습니다. 학습용 GPU는 NHN클라우드가 임대하며, NHN클라우드는 컨소시엄 구성원은 아닙니다.", absent: ['PARTICIPATES_IN 카카오 -> 공공 문서 AI 전환 사업', 'PARTICIPATES_IN NHN클라우드 -> 공공 문서 AI 전환 사업'] },
  // a sentence naming its own consortium's lead: the members partner that lead, which takes part too, not the article's first participant
  { cat: 'consortium-paragraph.own-lead', text: "부산시가 '부산형 AI 데이터 허브 사업'의 사업자를 확정했다. 스타트업 바람솔도 사업에 신청했지만 최종 심사에서 고배를 마셨다.\n\n스타트업 하늘메디가 개발한 의료 모델 '하늘-M 2'가 화면에 나온다. 하늘메디는 이번 데이터 허브 사업에서 의료 컨소시엄을 주관하고, 헬스케어 기업 온누리헬스와 KT가 참여기관으로 함께한다.", expect: ['PARTNERS_WITH 하늘메디 -> 온누리헬스', 'PARTNERS_WITH 하늘메디 -> KT', 'PARTICIPATES_IN 하늘메디 -> 부산형 AI 데이터 허브 사업'], absent: ['PARTNERS_WITH 바람솔 -> 온누리헬스', 'PARTNERS_WITH 바람솔 -> KT'] },
  // a division head who runs the programme, the topic a bare programme word with its scope; a minister who announced it in the clause before
  { cat: 'promotes.scope-topic', text: "'지방 행정 AI 도입 사업'은 민원 업무에 생성형 AI를 도입하도록 지원하는 사업입니다. 한도윤 행정안전부 장관이 지난 5월 국무회의에서 발표했으며, 사업 전반은 서지안 지능행정정책과장이 총괄합니다.", expect: ['PROMOTES 서지안 -> 지방 행정 AI 도입 사업', 'PROMOTES 한도윤 -> 지방 행정 AI 도입 사업'] },
  { cat: 'promotes.scope-topic', text: "'지방 행정 AI 도입 사업'은 민원 업무에 생성형 AI를 도입하도록 지원하는 사업입니다. 사업 전반은 서지안 지능행정정책과장이 검토했지만 아직 정해지지 않았습니다.", absent: ['PROMOTES 서지안 -> 지방 행정 AI 도입 사업'] },
  // a notice's closing item: the official heading its matters leads the programme; the topic word before the agency is no person
  { cat: 'promotes.matters-headed-by', text: "「2026년 연산 자원 지원사업」 3차 공모 선정 결과를 공고합니다.\n\n다. 본 공고에 관한 사항은 정보통신산업진흥원 디지털인프라본부장 도하림이 총괄하며, 세부 문의는 인프라팀으로 하시기 바람", expect: ['PROMOTES 도하림 -> 2026년 연산 자원 지원사업'], noNodes: ['Person:사항은'] },
  // a mayor glued to the city ("별빛시장") speaking of the programme; an official quoted after "한편" on other news is none
  { cat: 'promotes.city-mayor', text: "별빛시가 올해 처음 시행한 '별빛시 AI 창업 클라우드 바우처 사업'(이하 클라우드 바우처) 덕분이다. 한울랩스는 클라우드 바우처 1호 선정 기업이다. 서하람 별빛시장은 \"클라우드 바우처를 내년에는 두 배로 늘리겠다\"고 밝혔다. 한편 마도윤 별빛시 도시개발국장은 \"역세권 부지 보상이 연말까지 마무리될 것\"이라고 전했다.", expect: ['PROMOTES 서하람 -> 별빛시 AI 창업 클라우드 바우처 사업'], absent: ['PROMOTES 마도윤 -> 별빛시 AI 창업 클라우드 바우처 사업'] },
  // (a market glued to "시장" names no mayor)
  { cat: 'promotes.city-mayor', text: "별빛시가 '별빛시 AI 창업 클라우드 바우처 사업'을 시작했다. 분석가 한지후 국내시장은 아직 작다고 말했다.", noNodes: ['Person:한지후'] },
  // a titled speaker named after the firm, whose firm signed a co-development agreement with another; an agreement only under review is none
  { cat: 'partners.titled-speaker', text: "한울랩스가 로봇 제어 모델 '한울-VLA 1'을 개발하고 있다.\n\n한울랩스 도서윤 CTO는 \"두 회사가 함께 만들면 훨씬 빨라진다\"며 지난달 별솔로보틱스와 공동 개발 협약을 맺은 배경을 설명했다.", expect: ['PARTNERS_WITH 한울랩스 -> 별솔로보틱스'] },
  { cat: 'partners.titled-speaker', text: "한울랩스가 로봇 제어 모델 '한울-VLA 1'을 개발하고 있다.\n\n한울랩스 도서윤 CTO는 별솔로보틱스와 공동 개발 협약을 맺는 방안을 검토하고 있다고 말했다.", absent: ['PARTNERS_WITH 한울랩스 -> 별솔로보틱스'] },
  // a TV script's caption tag before the speaker ("◀SYN▶ NAME / 기관 직함"): a person
  { cat: 'persons.tv-caption', text: "부산시가 '부산형 AI 데이터 허브 사업'의 사업자를 확정했습니다.\n\n◀SYN▶ 서도하 / 부산시 디지털경제혁신실장\n\n\"데이터 허브는 3단계로 키워 나가겠습니다.\"", nodes: ['Person:서도하'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

/** A page's graph, parsed as the file it would be. */
describe('a Q&A accordion: each question header is its heading text, not a dropped control', () => {
  const page = (toggle: string) => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>정책 Q&A - 지방 행정 AI 도입 사업 | 행정부</title></head><body>
<header><nav><a href="/">홈</a></nav><form><input name="q"><button>검색</button></form></header>
<main><h1>지방 행정 AI 도입 사업, 무엇이 궁금하신가요?</h1><div class="faq-accordion">
<div class="accordion-item"><h2 class="accordion-header">${toggle}</h2><div class="accordion-collapse"><div class="accordion-body"><p>A. 민원 업무에 생성형 AI를 도입하도록 지원하는 사업입니다.</p></div></div></div>
<div class="accordion-item"><h2 class="accordion-header"><button type="button" aria-expanded="false">Q2. 올해 선정된 곳은 어디인가요?</button></h2><div class="accordion-collapse"><div class="accordion-body"><p>A. 1차 공모에서 두 개 컨소시엄이 선정되었습니다.</p><ul><li>한가람소프트 컨소시엄 (참여: 별솔데이터)</li><li>누리온소프트 컨소시엄 (참여: 다온랩스)</li></ul></div></div></div>
</div></main><footer>행정부</footer></body></html>`;
  it('keeps the question that names the programme and reads the bullets under it', () => {
    const g = pageGraph(page(`<button type="button" aria-expanded="true">Q1. '지방 행정 AI 도입 사업'은 어떤 사업인가요?</button>`), 'qna.html');
    expect(hasFact(g, 'PARTICIPATES_IN 한가람소프트 -> 지방 행정 AI 도입 사업')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN 다온랩스 -> 지방 행정 AI 도입 사업')).toBe(true);
  });
  it('still drops a plain button (a search form, a control with no disclosure state)', () => {
    const parsed = parseArticle(Buffer.from(page(`<button type="button">Q1. '지방 행정 AI 도입 사업'은 어떤 사업인가요?</button>`)), { source: 'qna.html' });
    expect(parsed.text).not.toContain('Q1.');
    expect(parsed.text).not.toContain('검색');
  });
});

describe("an official gazette's lettered items and hand-wrapped lines (plain text)", () => {
  const gazette = `관      보                                   제30101호
                                             2026. 9. 3.(목요일)
─────────────────────────────────────────────
◉과학기술정보통신부공고 제2026-0901호

        2026년 연산 자원 지원사업 3차 수행기관 선정 결과 공고

  1. 과제별 대상 모델
    가. (주)한별테크 : '한별-R 14B' - 한별테크가 Qwen2.5-14B를 기반으로 계약서
        90만 건을 추가 학습하여 개발한 모델
    나. 가람에이아이(주) : '누리젠-V 3' - 가람에이아이가 자체 개발한 모델로, 지난해 공개한 누리젠-V 2의 후속 모델
    다. 본 공고에 관한 사항은 정보통신산업진흥원 디지털인프라본부장 도하림이
        총괄하며, 세부 문의는 인프라팀으로 하시기 바람
─────────────────────────────────────────────
  발행 : 행정안전부
                                - 1 -
`;
  it('keeps each lettered item its own line and a space at a wrap under an item', () => {
    const parsed = parseArticle(Buffer.from(gazette), { source: 'gazette.txt' });
    expect(parsed.text).toContain('도하림이 총괄하며');
    expect(parsed.text).toContain('후속 모델\n');
    expect(parsed.text).not.toContain('모델다.');
  });
  it('reads the items', () => {
    const g = pageGraph(gazette, 'gazette.txt');
    for (const f of ['BASED_ON 한별-R 14B -> Qwen2.5-14B', 'DEVELOPED 가람에이아이 -> 누리젠-V 3', 'SUCCEEDS 누리젠-V 3 -> 누리젠-V 2']) expect(hasFact(g, f), f).toBe(true);
  });
});
