/**
 * Generalisation rows for fix224: AI chips and on-device models outside news articles. A disclosure viewer's
 * filing laid out as old tables under <body> (a numbered form whose rows are "1. | label | value", the signature
 * in a table of its own, the filing date in the viewer's bar as "공시일시"), and a rumour's noun after a company word.
 * Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, pageGraph, type FactRow } from './helpers.js';
import { parseArticle } from '../../src/parse/index.js';

const FILING =
  '<html><head><meta charset="utf-8"><title>누리칩스 | 조회공시답변 | 공시마당</title></head><body>' +
  '<table class="top"><tr><td><a href="/">홈</a> | <a href="/today">오늘의공시</a></td></tr></table>' +
  '<table><tr><td><b>누리칩스</b> 접수번호 20270305000123</td><td>공시일시 2027.03.05 16:10</td></tr></table>' +
  '<table><tr><td>조회공시 요구 내용</td><td>2027년 3월 4일 보도된 관련 사실 여부 (요구일: 2027.03.05)</td></tr></table><br>' +
  '<table border="1"><tr><td colspan="3"><b>조회공시 요구(풍문또는보도)에 대한 답변</b></td></tr>' +
  '<tr><td>1.</td><td>보도의 내용</td><td>일부 언론은 당사가 대형 통신사와 합작법인을 세운다고 보도하였음.</td></tr>' +
  '<tr><td>2.</td><td>사실 여부 및 답변 내용</td><td>가. 모델 관련<br>&nbsp;당사는 자체 개발한 소형 언어모델 \'별하온 3B\'를 2026년 12월 2일 공개하였음.<br><br>' +
  '나. 합작 관련<br>&nbsp;합작법인 설립에 관한 계약은 체결된 바 없음.</td></tr>' +
  '<tr><td>3.</td><td>기타 투자판단에 참고할 사항</td><td>- 공시책임자: 강하온 전무 (재무본부장)<br>- 관련공시: 없음</td></tr></table>' +
  '<br><table><tr><td align="right">2027년 3월 5일<br>주식회사 누리칩스<br>대표이사 모서율</td></tr></table>' +
  '<table class="bottom"><tr><td>※ 본 정보는 공시 제출인이 작성한 내용입니다. Copyright (C) 2027 공시마당.</td></tr></table></body></html>';

const FAQ =
  '<html><head><meta charset="utf-8"><title>별빛 AI 비서는 어떤 모델을 쓰나요? | 고객지원</title></head><body>' +
  '<main class="faq-detail"><h1>별빛 AI 비서는 어떤 모델을 쓰나요?</h1><div class="answer"><p>별빛폰 X3의 AI 비서는 소담랩이 개발한 언어모델 \'소담 온 2\'로 동작합니다. 인터넷 연결 없이도 통화를 요약합니다.</p></div>' +
  '<section class="related-faq"><h2>관련 질문</h2><div class="accordion">' +
  '<button class="acc-q" aria-expanded="false">Q. 긴 글 요약은 어떻게 하나요?</button>' +
  '<div class="acc-a" hidden><p>긴 글 요약은 구름소프트의 구름-LM 3을 API로 호출해 처리합니다. 별빛전자는 구름소프트의 API를 이용하는 고객입니다.</p></div>' +
  '<button class="acc-q" aria-expanded="false">Q. 다음 모델은 언제 나오나요?</button>' +
  '<div class="acc-a" hidden><p>차기 모델은 별빛전자와 소담랩이 공동 개발하고 있습니다. 출시 일정은 정해지지 않았습니다.</p></div>' +
  '</div></section>' +
  '<section class="banner-notice"><h3>AI 비서 사용자 50만 명 돌파</h3><p>누적 사용자가 50만 명을 넘었습니다. 하도겸 별빛전자 모바일사업부장은 "더 빠른 비서를 만들겠다"고 말했습니다.</p></section>' +
  '<section class="related-news"><h2>관련 기사</h2><ul><li><a href="/n/1">윤슬테크, 새 모델 윤슬-9B 공개했다</a></li><li><a href="/n/2">다른 소식이 나왔습니다</a></li></ul></section>' +
  '</main></body></html>';

const SHARED =
  '<html><head><meta charset="utf-8"><title>태블릿 온디바이스 모델 비교</title></head><body><main><h1>태블릿 온디바이스 모델 비교</h1>' +
  '<section class="note"><h2>측정자 메모</h2><p>기본 탑재된 모래 온 2가 생각보다 빨라서 다른 모델과 같은 조건으로 비교해 봤습니다. 모래 온 2는 모래랩스가 만든 30억 파라미터 모델입니다.</p></section>' +
  '<section class="comments"><h2>댓글 3</h2><ol>' +
  '<li><b>qwerty</b> <time>2027.01.03</time><p>이거 다른 회사 모델 파인튜닝한 거라던데 진짜임?</p></li>' +
  '<li><b>나도윤</b> <span class="badge">인증</span> <time>2027.01.03</time><p>안녕하세요, 모래랩스에서 온디바이스 모델 개발을 맡고 있는 나도윤 팀장입니다. 저희 서버용 모델 모래 2를 교사로 증류해 만든 모델입니다.</p></li>' +
  '<li><b>폰덕후</b> <time>2027.01.04</time><p>업데이트로 들어오면 좋겠네요.</p></li>' +
  '</ol></section></main></body></html>';

const HUB =
  '<html><head><meta charset="utf-8"><title>sori / nuri-2-mini-GGUF · 모델장터</title></head><body>' +
  '<div class="repo-header"><h1>sori / nuri-2-mini-GGUF</h1></div><div class="layout"><article class="model-card">' +
  '<h2>누리 2 미니 GGUF (비공식 양자화)</h2><p>누리랩이 공개한 누리 2 미니를 GGUF로 변환한 파일입니다. 누리 2 미니는 누리랩의 모델입니다.</p>' +
  '<p>안녕하세요, 변환을 맡은 도하윤(sori)입니다. 저는 낮에는 별빛소프트에서 ML 엔지니어로 일하고 있지만, 이 저장소는 회사와 관계가 없습니다.</p>' +
  '<table><thead><tr><th>모델</th><th>KoBEST 평균</th></tr></thead><tbody><tr><td>누리 2 미니 (원본)</td><td>70.4</td></tr>' +
  '<tr><td>Q8_0</td><td>70.1</td></tr><tr><td>Gemma 2 2B (참고)</td><td>61.2</td></tr></tbody></table>' +
  '<pre><code>./kochat-cli -m nuri-2-mini-Q4_K_M.gguf -p "요약해 줘" -n 128</code></pre>' +
  '</article><aside><div class="box"><h4>모델 트리</h4><ul><li>기반 모델: nurilab/nuri-2-mini</li></ul></div></aside></div>' +
  '<section class="discussions-preview"><h3>최근 토론</h3><div class="thread">' +
  '<p class="q"><b>hanul</b> · 2026-10-02: 누리랩 개발자 표서진입니다. 변환 감사합니다!</p>' +
  '<p class="a"><b>sori</b> (작성자) · 2026-10-02: 누리 2는 누리랩이 처음부터(프롬 스크래치) 사전학습한 모델입니다.</p></div></section>' +
  '</body></html>';

const rows: FactRow[] = [
  {
    cat: "a rumour's noun after a company word ('AI 기업 인수설은', '반도체 기업 매각설이') is no company",
    text: '일부 정보지에서 제기된 국내 AI 반도체 기업 인수설은 사실무근이다. 업계에서는 대형 AI 기업 매각설이 돌기도 했다.',
    noNodes: ['Company:인수설', 'Company:매각설'],
  },
  {
    cat: "a company word still opens a name before its particle ('AI 기업 누리칩스는')",
    text: 'AI 기업 누리칩스는 온디바이스 모델 \'별하온 3B\'를 자체 개발해 공개했다.',
    expect: ['DEVELOPED 누리칩스 -> 별하온 3B'],
  },
  {
    cat: "a known model's name with a quantisation mark after it ('X GGUF는') names a copy built on X",
    text: '새벽AI가 지난달 공개한 새벽 2 미니를 내려받았다. 새벽 2 미니 GGUF는 한 개인 개발자가 변환한 양자화 파일 모음이다.',
    expect: ['BASED_ON 새벽 2 미니 GGUF -> 새벽 2 미니', 'DEVELOPED 새벽AI -> 새벽 2 미니'],
  },
  {
    cat: "an unchecked task-list item ('- [ ] X GGUF 배포') plans a copy: no copy node yet",
    text: '# 할 일\n\n새벽AI가 새벽 2 미니를 공개했다.\n\n- [ ] 새벽 2 미니 GGUF 배포 (담당: 미정)\n- [x] 모델 카드 정리',
    noNodes: ['Model:새벽 2 미니 GGUF'],
    expect: ['DEVELOPED 새벽AI -> 새벽 2 미니'],
  },
  {
    cat: "a sized name with a spaced or hyphenated quantisation mark ('X-7B GGUF', 'X-7B-AWQ') is the copy's whole name",
    text: '별하온랩이 별하온-7B를 공개했다. 커뮤니티에는 별하온-7B GGUF와 별하온-7B-AWQ도 올라왔다.',
    expect: ['BASED_ON 별하온-7B GGUF -> 별하온-7B', 'BASED_ON 별하온-7B-AWQ -> 별하온-7B'],
  },
  {
    cat: "an on-device line's one-syllable word after the brand ('X 온 2', 'X 온 1의 후속') names a model, also quoted whole ('X의 'Y 온 2'로')",
    text: '가람 온 2는 가람소프트가 만든 30억 파라미터 모델입니다. 전작인 가람 온 1의 후속 모델입니다. 탑재 모델은 새솔랩의 \'새솔 온 3\'로, 라이선스를 사 와 넣었다.',
    nodes: ['Model:가람 온 2', 'Model:가람 온 1', 'Model:새솔 온 3'],
    expect: ['SUCCEEDS 가람 온 2 -> 가람 온 1', 'DEVELOPED 가람소프트 -> 가람 온 2', 'DEVELOPED 새솔랩 -> 새솔 온 3'],
  },
  {
    cat: "a lone '온' before a number is no model ('들어 온 2명')",
    text: '행사장에 들어 온 2명은 새 모델을 써 봤다.',
    noNodes: ['Model:온 2'],
  },
];

describe('fix224: AI chips and on-device models outside news articles', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));

  it("a disclosure viewer's old-table filing: the numbered form ('1. | label | value') is the body, with the signature table after it; its date from '공시일시'", () => {
    const parsed = parseArticle(Buffer.from(FILING), { source: 'filing.html' });
    expect(parsed.meta.publishedAt).toBe('2027-03-05');
    const text = parsed.sentences.map((s) => s.text).join('\n');
    expect(text).toContain('공시책임자: 강하온 전무');
    expect(text).toContain('대표이사 모서율');
    expect(text).not.toContain('오늘의공시');
  });

  it("a FAQ's related questions with their hidden answers, and a notice banner of prose, are read; a related-links box is not", () => {
    const facts = pageFacts(FAQ);
    expect(facts).toContain('DEVELOPED 구름소프트 -> 구름-LM 3');
    expect(facts).toContain('WORKS_FOR 하도겸 -> 별빛전자');
    expect(facts.some((f) => f.includes('노을'))).toBe(false);
  });

  it("a comment the site badges as a verified writer's is read out of the comments widget; the others are not", () => {
    const facts = pageFacts(SHARED);
    expect(facts).toContain('WORKS_FOR 나도윤 -> 모래랩스');
    expect(facts).toContain('DEVELOPED 모래랩스 -> 모래 2');
    expect(pageGraph(SHARED).nodes.map((n) => n.name)).not.toContain('qwerty');
  });

  it("the filing's signature ('date / 주식회사 X / 대표이사 NAME') names the filer: its '당사' and its officers are the filer's", () => {
    const facts = pageFacts(FILING);
    expect(facts).toContain('DEVELOPED 누리칩스 -> 별하온 3B');
    expect(facts).toContain('WORKS_FOR 모서율 -> 누리칩스');
    expect(facts).toContain('WORKS_FOR 강하온 -> 누리칩스');
    expect(pageGraph(FILING).nodes.map((n) => n.name)).toContain('누리칩스');
  });

  it("a model hub page's discussion preview beside its card is read: a maker's developer introduces themselves there", () => {
    expect(pageFacts(HUB)).toContain('WORKS_FOR 표서진 -> 누리랩');
  });

  it("a hub page's writer with a handle after the name ('NAME(handle)입니다'), then '저는 낮에는 X에서 TITLE로 일하고 있지만'", () => {
    expect(pageFacts(HUB)).toContain('WORKS_FOR 도하윤 -> 별빛소프트');
  });

  it("a score table's quantisation-level rows ('Q8_0 | 70.1') do not end it; a copy marked unofficial takes no maker from its family, and the mark is no alias", () => {
    const g = pageGraph(HUB);
    const facts = pageFacts(HUB);
    expect(facts).toContain('SCORED Gemma 2 2B -> KoBEST');
    expect(facts).not.toContain('DEVELOPED 누리랩 -> 누리 2 미니 GGUF');
    expect(g.nodes.flatMap((n) => n.aliases)).not.toContain('비공식 양자화');
  });

  it("an unmarked code block of shell commands ('./tool -m file.gguf -p …') is no text the rules read", () => {
    const text = parseArticle(Buffer.from(HUB, 'utf8'), { source: 'hub.html' }).sentences.map((x) => x.text).join('\n');
    expect(text).not.toContain('kochat-cli');
  });
});
