/**
 * Generalisation rows for r62c: a company's country given before a sized company noun ('일본 유통 대기업 X'); a verb's
 * '-으니' ending before a bare size is no model's name ('…라고 했으니 72B로는');
 * a company the quotative introduces ('X(이)라는 스타트업'); a page's last update ('최종 업데이트: DATE') before its items' dates. Every sentence and name is written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageGraph, type FactRow } from './helpers.js';

const DIRECTORY =
  '<html><head><meta charset="utf-8"><title>파트너 찾기 - 바람AI</title></head><body><section><h1>바람 파트너 네트워크</h1>' +
  '<p class="updated">디렉터리 최종 업데이트: 2027.03.20</p></section><main>' +
  '<article><h3>들꽃데이터</h3><p class="meta">국내 · 금융 · 등록일 2026.04.02</p>' +
  '<p>들꽃데이터는 바람AI와 함께 금융 특화 언어모델 <strong>바람 핀 9B</strong>를 공동 개발했습니다. 바람 핀 9B는 2026년 9월 8일 정식 출시되었습니다.</p></article>' +
  '</main></body></html>';

const rows: FactRow[] = [
  {
    cat: "a country and a sized company noun before a company ('일본 유통 대기업 X'): the company's country",
    text: '같은 매체는 누리랩이 일본 유통 대기업 사쿠라홀딩스에 상담 모델을 공급하기로 했다고 보도했다.',
    props: ['사쿠라홀딩스=country:JP'],
  },
  {
    cat: "a country and a mid-sized company noun before a company ('독일 중견기업 X와'): the company's country",
    text: '누리랩은 독일 중견기업 발트베르크와 번역 모델을 함께 개발했다고 밝혔다.',
    props: ['발트베르크=country:DE'],
  },
  {
    cat: "a verb's '-으니' ending before a bare size ('…라고 했으니 72B로는 불리할 듯'): no model named by the verb",
    text: "다온랩이 지난달 공개한 '바람-K 72B'는 한국어 모델이다.\n\n김 장관이 발표하면서 \"해외 모델 기반이면 감점\"이라고 했으니 72B로는 불리할 듯.",
    nodes: ['Model:바람-K 72B'],
    noNodes: ['Model:했으니 72B'],
  },
  {
    cat: "a name the quotative introduces as a startup's ('별하지능이라는 스타트업 별하-R1은'): a company",
    text: '별하지능이라는 스타트업 별하-R1은 외산 모델 증류라는 카더라 있던데 확인된 건 아님.',
    nodes: ['Company:별하지능'],
  },
  {
    cat: "a name the quotative introduces as a company's ('바다랩이라는 회사가 …'): the company without the quotative",
    text: "바다랩이라는 회사가 '바다 2'를 공개했다.",
    nodes: ['Company:바다랩'],
    noNodes: ['Company:바다랩이라'],
  },
  {
    cat: "a bound noun after the quotative ('… 라이선스라는 게 회사 입장에선'): the quoted thing is no company",
    text: '새솔랩이 공개한 새솔 3은 성능이 좋다. 다만 연구용 라이선스라는 게 회사 입장에선 아쉬운 부분이다.',
    noNodes: ['Company:라이선스', 'Company:연구용 라이선스'],
  },
];

describe('generalise r62c', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
  it("a directory's last update ('최종 업데이트: DATE') above its cards' registration dates ('등록일 …') dates the page", () => {
    const g = pageGraph(DIRECTORY);
    expect(g.articles[0]!.publishedAt).toBe('2027-03-20');
    expect(g.nodes.find((n) => n.name === '바람 핀 9B')?.properties.releasedOn).toBe('2026-09-08');
  });
});
