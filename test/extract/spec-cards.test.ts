/** Spec cards: "key: value" lines under a heading that names a model give facts about that model. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';

type Graph = ReturnType<typeof extractArticle>;
function edges(g: Graph): string[] {
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  return g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}${e.properties.score !== undefined ? ` ${e.properties.score}` : ''}`).sort();
}
function props(g: Graph, model: string): Record<string, unknown> {
  return g.nodes.find((n) => n.name === model)?.properties ?? {};
}
const page = (body: string): Buffer =>
  Buffer.from(`<html><head><meta property="og:title" content="모델 카드 정리"><meta property="article:published_time" content="2026-05-20"></head><body><article><h1>모델 카드 정리</h1>${body}</article></body></html>`);

const rows: { name: string; body: string; has: string[]; hasNot?: string[]; props?: Record<string, Record<string, unknown>> }[] = [
  {
    name: 'numbered headings with base, size, licence and benchmark lines (a compared score in brackets)',
    body: `<p>대전의 스타트업 누비랩이 새 모델 두 종을 내놨다.</p>
      <h3>1. 누비-2-20B-Chat</h3><ul><li>베이스 모델: 메타 라마 3.1 8B</li><li>파라미터: 약 203억 개</li><li>라이선스: MIT</li><li>KMMLU: 61.4 (베이스인 라마 3.1 8B는 44.9)</li></ul>
      <h3>2. 누비-2-3B</h3><ul><li>기반 모델: 누비-2-20B-Chat (증류)</li><li>매개변수: 31억 개</li><li>HAE-RAE Bench: 70.2</li></ul>
      <p>누비-2-3B는 휴대폰에서 돌아간다.</p>`,
    has: ['BASED_ON 누비-2-20B-Chat -> 라마 3.1 8B', 'BASED_ON 누비-2-3B -> 누비-2-20B-Chat', 'SCORED 누비-2-20B-Chat -> KMMLU 61.4', 'SCORED 라마 3.1 8B -> KMMLU 44.9', 'SCORED 누비-2-3B -> HAE-RAE Bench 70.2'],
    props: { '누비-2-20B-Chat': { parameters: 20300000000, openSource: true }, '누비-2-3B': { parameters: 3100000000 } },
  },
  {
    name: 'ranked headings with a developer line, a from-scratch size and a release line',
    body: `<p>평가단이 꼽은 모델 두 개를 소개한다.</p>
      <p>1위 단비-X 9B</p><p>개발사: 단비소프트</p><p>매개변수: 90억 개, 프롬 스크래치</p><p>KMMLU-Pro: 51.3점</p><p>공개: 지난 3일 허깅페이스에 오픈소스 공개</p>
      <p>2위 솔바람 12B</p><p>개발사: 솔바람데이터</p><p>기반 모델: 구글 젬마 3 12B를 증류</p><p>KMMLU-Pro: 47.0점</p>
      <p>두 모델 모두 내려받을 수 있다.</p>`,
    has: ['DEVELOPED 단비소프트 -> 단비-X 9B', 'DEVELOPED 솔바람데이터 -> 솔바람 12B', 'BASED_ON 솔바람 12B -> 젬마 3 12B', 'SCORED 단비-X 9B -> KMMLU-Pro 51.3', 'SCORED 솔바람 12B -> KMMLU-Pro 47'],
    hasNot: ['SCORED 단비-X 9B -> KMMLU-Pro 47'],
    props: { '단비-X 9B': { parameters: 9000000000, fromScratch: true, openSource: true, releasedOn: '2026-05-03' } },
  },
  {
    name: 'a card on one line: the name before a dash, slash-separated keys (licence written in Hangul, open weights)',
    body: `<p>가온랩스가 모델 두 종을 내놨다.</p>
      <p>가온 7 라이트 — 파라미터: 7B / 베이스 모델: 라마 3.1 8B(메타) / 라이선스: 아파치 2.0(오픈 웨이트)</p>
      <p>가온 7 맥스 — 파라미터: 700억(70B) / 학습: 자체 사전학습 / 제공: API 전용</p>`,
    has: ['BASED_ON 가온 7 라이트 -> 라마 3.1 8B'],
    props: { '가온 7 라이트': { parameters: 7000000000, openSource: true }, '가온 7 맥스': { parameters: 70000000000 } },
  },
  {
    name: "a listicle's numbered headings with a widget-like anchor id ('rank-2', 'best-3'), the maker after a spaced dash, a '대표 점수' line, 'no base (from scratch)'",
    body: `<p>편집부가 고른 모델을 순서대로 소개한다.</p>
      <h3 id="rank-2">2. 다온-M 14B — 다온소프트</h3><ul class="spec"><li><strong>개발:</strong> 다온소프트</li><li><strong>크기:</strong> 140억(14B)</li><li><strong>기반 모델:</strong> 없음(프롬 스크래치)</li><li><strong>대표 점수:</strong> HAE-RAE Bench 66.5</li></ul>
      <p>다온소프트가 봄에 내놓은 모델로 문서 요약에 강하다.</p>
      <h3 id="best-3">3. 별빛-챗 9B – 별빛랩(Byeolbit Lab)</h3><ul class="spec"><li><strong>개발:</strong> 별빛랩</li><li><strong>기반 모델:</strong> 구글 젬마 3 12B</li><li><strong>주요 점수:</strong> KMMLU 58.2</li></ul>
      <p>상담용으로 많이 쓰인다.</p>`,
    has: ['DEVELOPED 다온소프트 -> 다온-M 14B', 'SCORED 다온-M 14B -> HAE-RAE Bench 66.5', 'DEVELOPED 별빛랩 -> 별빛-챗 9B', 'BASED_ON 별빛-챗 9B -> 젬마 3 12B', 'SCORED 별빛-챗 9B -> KMMLU 58.2'],
    props: { '다온-M 14B': { parameters: 14000000000, fromScratch: true } },
  },
  {
    name: "an awards card: the entry line names the card's model (a plain name the review calls a model), the awarded companies made it, the review is about it",
    body: `<p>협회가 올해 수상작을 발표했다.</p>
      <section><h2>대상 (장관상)</h2><dl><dt>수상작</dt><dd>바람결-2</dd><dt>수상 기업</dt><dd>바람소프트</dd><dt>수상자</dt><dd>한지오 대표</dd></dl>
      <blockquote>자체 데이터로 처음부터 학습한 모델이다. KMMLU 68.4점을 기록했다.</blockquote></section>
      <section><h2>최우수상</h2><dl><dt>수상작</dt><dd>은하 상담원</dd><dt>수상 기업</dt><dd>KT · 은하데이터 (공동 수상)</dd></dl>
      <blockquote>두 회사가 함께 만든 상담 특화 모델이다.</blockquote></section>
      <section><h2>우수상</h2><dl><dt>수상작</dt><dd>솔마루 앱</dd><dt>수상 기업</dt><dd>솔마루랩</dd></dl>
      <blockquote>이용자 백만 명을 넘긴 생활 앱이다.</blockquote></section>`,
    has: ['DEVELOPED 바람소프트 -> 바람결-2', 'SCORED 바람결-2 -> KMMLU 68.4', 'DEVELOPED KT -> 은하 상담원', 'DEVELOPED 은하데이터 -> 은하 상담원'],
    hasNot: ['DEVELOPED 솔마루랩 -> 솔마루 앱'],
  },
  {
    name: 'a dash and slashes in a sentence without known keys make no card',
    body: `<p>가온랩스가 모델을 내놨다.</p><p>행사 일정 — 장소: 코엑스 / 문의: 사무국</p>`,
    has: [],
    hasNot: ['BASED_ON 행사 일정 -> 코엑스'],
  },
  {
    name: 'a heading that is a sentence, or lines with no key this reads, make no card',
    body: `<p>행사 안내입니다.</p><p>일시: 6월 2일</p><p>장소: 서울 코엑스</p><p>문의: 사무국</p>
      <p>누리팜이 신제품을 설명했다.</p><p>요약: 성능이 좋다</p><p>비고: 없음</p>`,
    has: [],
    hasNot: ['DEVELOPED 사무국 -> 행사 안내입니다'],
  },
];

describe('spec cards', () => {
  for (const r of rows)
    it(r.name, () => {
      const g = extractArticle(parseArticle(page(r.body), { source: 't.html' }));
      const got = edges(g);
      for (const e of r.has) expect(got).toContain(e);
      for (const e of r.hasNot ?? []) expect(got).not.toContain(e);
      for (const [m, want] of Object.entries(r.props ?? {})) expect(props(g, m)).toMatchObject(want);
      if (r.has.length === 0) expect(g.nodes.filter((n) => n.type === 'Model')).toEqual([]);
    });
});

/** A startup database's profile page: the title names only the company, its model cards are `<dl>` spec lists. */
const profile = (title: string, body: string): Buffer =>
  Buffer.from(`<html><head><title>${title}</title><meta property="og:updated_time" content="2026-06-01"></head><body><main><h1>${title}</h1>${body}</main></body></html>`);
const CARDS = `<p>해온데이터는 물류 데이터를 학습한 AI 모델을 만드는 스타트업입니다.</p><h2>제품·모델</h2>
  <article><h3>물결-LOG 4B Mulgyeol-LOG 4B</h3><p>물류 특화 언어모델(sLM)</p>
  <dl><dt>공개일</dt><dd>2026.03.02</dd><dt>파라미터</dt><dd>40억 개</dd><dt>베이스 모델</dt><dd>알리바바 Qwen2.5 3B 기반 파인튜닝</dd><dt>벤치마크</dt><dd>KMMLU 48.3 · CLIcK 52.0</dd></dl></article>
  <article><h3>물결-아이 3 Mulgyeol-Eye 3</h3><p>검수용 비전 모델</p>
  <dl><dt>학습 방식</dt><dd>프롬 스크래치 (자체 사전학습)</dd><dt>이전 버전</dt><dd>물결-아이 2 (2025.01)</dd><dt>벤치마크</dt><dd>MVTec AD 픽셀 AUROC 96.4</dd></dl></article>
  <article><h3>해온 어시스트 HaeonAssist</h3><p>창고 관리용 AI 비서 (SaaS)</p><dl><dt>출시</dt><dd>2025.10</dd><dt>탑재 모델</dt><dd>물결-LOG 4B</dd><dt>요금</dt><dd>월 구독</dd></dl></article>`;

describe('model cards of a company profile page (spec lists under a heading in two scripts, a kind line between)', () => {
  it("the page's company made the cards' models; base, scores listed on one line, predecessor, training and size", () => {
    const g = extractArticle(parseArticle(profile('해온데이터', CARDS), { source: 'p.html' }));
    const got = edges(g);
    for (const e of [
      'DEVELOPED 해온데이터 -> 물결-LOG 4B', 'DEVELOPED 해온데이터 -> 물결-아이 3', 'SCORED 물결-LOG 4B -> KMMLU 48.3', 'SCORED 물결-LOG 4B -> CLIcK 52',
      'SUCCEEDS 물결-아이 3 -> 물결-아이 2', 'SCORED 물결-아이 3 -> MVTec AD 96.4',
    ]) expect(got).toContain(e);
    expect(got.some((e) => /^BASED_ON 물결-LOG 4B -> Qwen2\.5 3B/.test(e))).toBe(true);
    expect(props(g, '물결-LOG 4B')).toMatchObject({ parameters: 4000000000, releasedOn: '2026-03-02' });
    expect(props(g, '물결-아이 3')).toMatchObject({ fromScratch: true });
    expect(g.nodes.find((n) => n.name === '물결-LOG 4B')?.aliases).toContain('Mulgyeol-LOG 4B');
    // a product card that names the model it carries is no model; a metric is no model
    expect(g.nodes.filter((n) => n.type === 'Model').map((n) => n.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/어시스트|AUROC/)]));
    expect(got.filter((e) => e.startsWith('SCORED Qwen'))).toEqual([]);
  });
  it('a page whose title is a headline, not a company, gives the cards no maker', () => {
    const g = extractArticle(parseArticle(profile('물류 AI 모델 세 가지 살펴보니', CARDS.replace(/<p>해온데이터는[^<]*<\/p>/, '<p>물류 현장에서 쓰이는 모델을 모았다.</p>')), { source: 'p.html' }));
    expect(edges(g).filter((e) => e.startsWith('DEVELOPED') && e.includes('물결'))).toEqual([]);
  });
});

const TEAM = `<p>노을비전은 물류 영상을 분석하는 AI 모델을 만드는 스타트업입니다.</p><h2>팀 <span>2</span></h2><ul>
  <li><strong>김도윤</strong> <span>대표이사(CEO)</span> <span>전 한빛소프트 연구원 · 카이스트 박사</span></li>
  <li><strong>서하린</strong> <span>데이터 리드</span> <span>물류 모델 학습 총괄 · 고려대 석사</span></li></ul>
  <h2>뉴스</h2><ul><li>2026.01.05 노을비전, 새 물류 모델 공개</li></ul>`;

describe("a profile page's team section", () => {
  it("'NAME POST 전 …' lines are posts at the company the title names; the former employer is no post", () => {
    const got = edges(extractArticle(parseArticle(profile('노을비전', TEAM), { source: 'p.html' })));
    expect(got).toEqual(expect.arrayContaining(['WORKS_FOR 김도윤 -> 노을비전', 'WORKS_FOR 서하린 -> 노을비전']));
    expect(got).not.toContain('WORKS_FOR 김도윤 -> 한빛소프트');
  });
  it('on a page whose title is no company name, the lines give no employer', () => {
    const got = edges(extractArticle(parseArticle(profile('물류 AI 스타트업 세 곳', TEAM), { source: 'p.html' })));
    expect(got.filter((e) => e.startsWith('WORKS_FOR'))).toEqual([]);
  });
});
