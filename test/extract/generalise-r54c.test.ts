/**
 * Generalisation rows (round r54c): a bare version in a succession sentence of a line whose models are named with their
 * sizes ("X-2.4-9B", "X-2.3-7B": "2.4는 2.3의 후속"); a model a speaker names ('M'이라고 부르는데) and co-develops with a partner;
 * a deals table's tied row saying the two made a model together ('양사가 공동 개발해 공개한 M'): both develop it;
 * a two-word Latin name with a language edition before its size ('X-Y-Ko 7B'); a glossary item's maker note ('M: 설명. C 개발.').
 * Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // bare versions of a line named with sizes: each the model of that version the article names (its first, the flagship)
  { cat: 'versions.sized-line-bare-version', text: '솔담랩은 이번 주 솔담봇 2.4(SoldamBot-2.4-9B)와 경량형 SoldamBot-2.4-1B를 내놓았다. 앞선 솔담봇 2.3(SoldamBot-2.3-7B)은 Qwen2.5 7B를 바탕으로 만들었다. 2.4는 2.3의 후속 모델로 데이터를 새로 모았다.', expect: ['SUCCEEDS SoldamBot-2.4-9B -> SoldamBot-2.3-7B'], absent: ['SUCCEEDS SoldamBot-2.4-1B -> SoldamBot-2.3-7B'] },
  { cat: 'versions.sized-line-bare-version', text: 'Teol Labs released Teol-5.1 14B this week. 테올랩스의 Teol-5.0 14B는 지난해 나왔다. 5.1은 5.0의 업그레이드 버전이다.', expect: ['SUCCEEDS Teol-5.1 14B -> Teol-5.0 14B'] },
  // a sized model of another line in the sentence ("Qwen2.5 14B") anchors no bare version: the line in focus does
  { cat: 'versions.sized-line-bare-version', text: '솔담랩은 솔담봇 2.0 후속으로 솔담봇 2.5를 냈다. ※ 2.0은 Qwen2.5 14B 기반이었다.', expect: ['BASED_ON 솔담봇 2.0 -> Qwen2.5 14B'] },
  // a version the article names at no size is no model of the line
  { cat: 'versions.sized-line-bare-version', text: '솔담랩은 이번 주 솔담봇 2.4(SoldamBot-2.4-9B)를 내놓았다. 2.4는 1.8의 후속 모델이다.', absent: ['SUCCEEDS SoldamBot-2.4-9B -> SoldamBot-1.8', 'SUCCEEDS SoldamBot-2.4-9B -> SoldamBot-1.8-9B'] },
  // a model a speaker names and says is co-developed with a partner: the partner and the speaker's company both develop it
  { cat: 'developed.called-co-developed', text: '미소소프트 탁서윤 CTO는 간담회에서 답했다. "미소 Pibo 3는 이미 공개했습니다. 차기 상담용은 \'Pibo-Care 8B\'라고 부르고 있는데, 다온텔레콤과 같이 만들고 있고 내년 봄에 내놓을 계획입니다."', expect: ['DEVELOPED 다온텔레콤 -> Pibo-Care 8B'] },
  { cat: 'developed.called-co-developed', text: '차기 모델은 \'Pibo-Care 8B\'라고 부르기로 했는데, 다온텔레콤과 공동 개발할지는 정하지 않았다.', absent: ['DEVELOPED 다온텔레콤 -> Pibo-Care 8B'] },
  // a two-word Latin name with a language edition before its size ("Arasol-Scan-Ko 7B") is one model; a glossary note names its maker
  { cat: 'names.language-edition-sized', text: '이번 목록의 모델은 다음과 같다. Arasol-Scan-Ko 7B: 영수증 인식용 멀티모달 모델. (주)초롱비전 개발.', expect: ['DEVELOPED 초롱비전 -> Arasol-Scan-Ko 7B'] },
  { cat: 'developed.item-maker-note', text: '심사 대상 모델 설명. Kelo-Law 8B: 판례 검색 모델, (주)다래랩스 제작.', expect: ['DEVELOPED 다래랩스 -> Kelo-Law 8B'] },
];

describe('generalisation rows (r54c)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});

/** The graph of an HTML page written for these tests. */
function pageGraph(html: string) {
  return extractArticle(parseArticle(html, { source: 'test.html', fileName: 'test.html' }));
}

// a deals table pairing two companies a row: a tied row whose text says the two made a model together gives both as its developers
const DEALS_PAGE = `<html><head><title>수출 상담회 결과</title><meta property="article:published_time" content="2026-10-14"></head><body><article>
<h1>2026 K-디지털 동남아 상담회 협약 결과</h1>
<p>상담회 기간 체결된 협약은 아래와 같다.</p>
<table><tr><th>번호</th><th>한국측</th><th>상대측</th><th>구분</th><th>주요 내용</th></tr>
<tr><td>1</td><td>다래비전</td><td>반다테크 (Banda Tech)</td><td>공동개발 협약</td><td>두 회사가 함께 개발해 현장에서 시연한 베트남어 문서 모델 'DaraeViet 4B'의 현지 판매</td></tr>
<tr><td>2</td><td>초롱데이터</td><td>메콩넷 (Mekong Net)</td><td>공급계약</td><td>초롱데이터의 라벨링 도구를 메콩넷이 구매한 모델 'ChorongTag 2B' 운영에 공급</td></tr>
</table></article></body></html>`;

describe('pair tables: a model the two made together (r54c)', () => {
  const graph = pageGraph(DEALS_PAGE);
  it('both sides of a tied row develop the model its text says they made together', () => {
    expect(hasFact(graph, 'DEVELOPED 다래비전 -> DaraeViet 4B')).toBe(true);
    expect(hasFact(graph, 'DEVELOPED 반다테크 -> DaraeViet 4B')).toBe(true);
  });
  it('a supply row gives no joint developer', () => {
    expect(hasFact(graph, 'DEVELOPED 메콩넷 -> ChorongTag 2B')).toBe(false);
    expect(hasFact(graph, 'DEVELOPED 초롱데이터 -> ChorongTag 2B')).toBe(false);
  });
});
