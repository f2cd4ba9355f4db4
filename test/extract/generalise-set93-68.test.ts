/**
 * Generalisation rows for the readings a further round on sets 93 and 68 called for: an internal memo's omitted subject
 * (the owner its audience note names), an official referred to by surname and the short form of a public title, an
 * agency's head named between the agency and the title, a titled person standing for their employer in a partnership,
 * 'A와 B의 … 공동 개발' as a noun phrase, a model compared with '전작' succeeding its line's earlier version, a Hangul
 * '베이스' told as '-based', a benchmark's Hangul name and a spoken bare score, and the active '뽑았다' of selection.
 * Every sentence here is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an internal memo: the owner named in its audience note is the subject its lines omit, again under each heading
  {
    cat: 'internal.omitted-subject',
    text: "이 문서는 한빛소프트 임직원 전용입니다.\n\n## 1. 요약\n\n가람의료와 진료 요약 모델 공동 개발 협약을 12일 체결했습니다.\n\n## 2. 정부 과제\n\n정보통신산업진흥원의 '2027 AI 도입 바우처 사업' 공급기업으로 최종 선정됨 (3/2 통보).",
    expect: ['PARTNERS_WITH 가람의료 -> 한빛소프트', 'PARTICIPATES_IN 한빛소프트 -> 2027 AI 도입 바우처 사업'],
  },
  // a heading puts the owner back as the subject, not the partner a line under the heading before named
  {
    cat: 'internal.omitted-subject',
    text: "이 문서는 한빛소프트 임직원 전용입니다.\n\n## 1. 제휴\n\n가람의료가 보유한 데이터로 모델을 함께 만든다.\n\n## 2. 정부 과제\n\n정보통신산업진흥원의 '2027 AI 도입 바우처 사업' 공급기업으로 최종 선정됨 (3/2 통보).",
    expect: ['PARTICIPATES_IN 한빛소프트 -> 2027 AI 도입 바우처 사업'],
    absent: ['PARTICIPATES_IN 가람의료 -> 2027 AI 도입 바우처 사업'],
  },
  // no audience note: a memo line's omitted subject is no one's
  {
    cat: 'internal.omitted-subject',
    text: "## 1. 요약\n\n가람의료와 진료 요약 모델 공동 개발 협약을 12일 체결했습니다.",
    absent: ['PARTNERS_WITH 가람의료 -> 한빛소프트'],
  },
  // an official named in full with a public title, then by surname and its short form
  {
    cat: 'promotes.official-surname',
    text: "행사에는 행정안전부 서민하 디지털정부정책실장이 참석했다. 서 실장은 \"'공공 AI 비서 확산 사업'은 올해 50개 기관으로 넓힌다\"고 말했다.",
    expect: ['PROMOTES 서민하 -> 공공 AI 비서 확산 사업'],
  },
  // the surname of a company's head, whatever title follows, is no official's
  {
    cat: 'promotes.official-surname',
    text: "행사에는 가온소프트 서민하 대표가 참석했다. 서 대표는 \"'공공 AI 비서 확산 사업'에 지원하겠다\"고 말했다.",
    absent: ['PROMOTES 서민하 -> 공공 AI 비서 확산 사업'],
  },
  // criticism of the programme is no promotion of it
  {
    cat: 'promotes.official-surname',
    text: "행사에는 행정안전부 서민하 디지털정부정책실장이 참석했다. 서 실장은 '공공 AI 비서 확산 사업'의 더딘 집행을 비판했다.",
    absent: ['PROMOTES 서민하 -> 공공 AI 비서 확산 사업'],
  },
  // an agency's head named between the agency and the bare title
  {
    cat: 'promotes.agency-head-name-between',
    text: "NIPA 오재윤 원장이 지난주 설명회에서 \"'AI 도입 바우처 사업' 예산의 절반을 중소기업에 쓰겠다\"고 했다.",
    expect: ['PROMOTES 오재윤 -> AI 도입 바우처 사업'],
  },
  // a titled person standing for their employer: a quoted partnership, and one entered before ('와 맺은 … 협력 관계')
  {
    cat: 'partners.titled-speaker',
    text: "남궁윤 누리텔레콤 AI전략실장은 \"구글 클라우드와 협력해 기업 고객에게 먼저 제공할 것\"이라고 말했다.",
    expect: ['PARTNERS_WITH 구글 클라우드 -> 누리텔레콤'],
  },
  {
    cat: 'partners.titled-speaker',
    text: "기조연설은 남궁윤 (누리텔레콤 대표)이 맡는다.\n\n남궁윤 대표는 오라클과 맺은 전략적 협력 관계를 바탕으로 중동 시장에 진출한 경험을 공유한다.",
    expect: ['PARTNERS_WITH 누리텔레콤 -> 오라클'],
  },
  // a partnership still weighed, or denied, is none
  {
    cat: 'partners.titled-speaker',
    text: "남궁윤 누리텔레콤 AI전략실장은 \"구글 클라우드와 협력할지는 아직 정하지 않았다\"고 말했다.",
    absent: ['PARTNERS_WITH 구글 클라우드 -> 누리텔레콤'],
  },
  {
    cat: 'partners.titled-speaker',
    text: "남궁윤 누리텔레콤 AI전략실장은 \"구글 클라우드와 협력한 적은 없다\"고 말했다.",
    absent: ['PARTNERS_WITH 구글 클라우드 -> 누리텔레콤'],
  },
  // 'A와 B의 … 공동 개발' as a noun phrase (a chapter title), not a joint work only talked of
  {
    cat: 'partners.pair-possessive-joint-work',
    text: '⏱ 21:10 가온소프트와 다올캐피탈의 심사 보조 모델 공동 개발 이야기.',
    expect: ['PARTNERS_WITH 가온소프트 -> 다올캐피탈'],
  },
  {
    cat: 'partners.pair-possessive-joint-work',
    text: '가온소프트와 다올캐피탈의 공동 개발 가능성은 아직 낮다.',
    absent: ['PARTNERS_WITH 가온소프트 -> 다올캐피탈'],
  },
  // a model compared with '전작' alone succeeds its line's nearest earlier version the article names
  {
    cat: 'succeeds.predecessor-word',
    text: "누리텔레콤은 지난해 '누리온 1.5'를 공개했다. 올해는 '누리온 2'를 공개한다. 누리온 2는 KMMLU에서 70.2점을 기록해 전작보다 6점 올랐다.",
    expect: ['SUCCEEDS 누리온 2 -> 누리온 1.5'],
  },
  {
    cat: 'succeeds.predecessor-word',
    text: "누리텔레콤은 지난해 '누리온 에어'를 공개했다. 올해는 '누리온 에어 2'를 공개한다. 누리온 에어 2는 전작 대비 추론 속도가 두 배 빨라졌다.",
    expect: ['SUCCEEDS 누리온 에어 2 -> 누리온 에어'],
  },
  // no earlier version named (only a later one): nothing to succeed
  {
    cat: 'succeeds.predecessor-word',
    text: "누리텔레콤은 '누리온 3'를 예고했다. 올해는 '누리온 2'를 공개한다. 누리온 2는 KMMLU에서 70.2점을 기록해 전작보다 6점 올랐다.",
    absent: ['SUCCEEDS 누리온 2 -> 누리온 3'],
  },
  // a Hangul 베이스 after a version told as what the model is built on: '-based', no base variant
  {
    cat: 'names.based-hangul-base',
    text: "한빛소프트의 '한빛-LM 3'은 큐웬3 기반이에요. 모델 카드에도 Qwen3 베이스라고 적혀 있어요.",
    noNodes: ['Model:Qwen3 베이스'],
  },
  // a benchmark's Hangul name before its spelt letters, and the compared model's bare spoken score
  {
    cat: 'scored.spoken-possessive',
    text: "가온소프트가 지난 3일 '가온-R 2'를 공개했다.\n\n클릭 벤치마크에서는 70.2로 큐웬3 32B의 68.5를 넘었습니다.",
    edgeProps: ['SCORED 큐웬3 32B -> CLIcK score=68.5'],
  },
  // the active 뽑았다 of the one who selects
  {
    cat: 'participates.selected-active',
    text: "과학기술정보통신부는 '엣지 AI 실증 지원사업'을 벌이고, 다올로보틱스 등 9곳을 1차 지원 대상으로 뽑았다.",
    expect: ['PARTICIPATES_IN 다올로보틱스 -> 엣지 AI 실증 지원사업'],
  },
];

describe('generalise: sets 93 and 68, a further round', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});

describe("a Korean infobox's 대표자 row beside its 핵심 인물 row: each NAME (POST) works for the company the box is headed by", () => {
  const page = (head: string) => `<html><head><meta property="article:published_time" content="2026-09-02"></head><body><article>
    <h1>다온시스템즈</h1>
    <table class="infobox"><tr><th colspan="2">다온시스템즈</th></tr>
    <tr><th>형태</th><td>비상장 주식회사</td></tr>
    <tr><th>대표자</th><td>${head}</td></tr>
    <tr><th>핵심 인물</th><td>서준호 (CTO)</td></tr></table>
    <p>다온시스템즈는 대구의 음성 소프트웨어 기업이다.</p></article></body></html>`;
  const employers = (html: string) => {
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 'box.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    return g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} -> ${name(e.target)}`);
  };
  it('reads both rows', () => {
    const f = employers(page('윤하린 (대표이사)'));
    expect(f, f.join('\n')).toEqual(expect.arrayContaining(['윤하린 -> 다온시스템즈', '서준호 -> 다온시스템즈']));
  });
  it('not a head without a post', () => {
    expect(employers(page('윤하린'))).not.toContain('윤하린 -> 다온시스템즈');
  });
});
