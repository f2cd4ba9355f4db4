/**
 * Generalisation rows for fix206: Korean AI seen from abroad and across languages. A magazine's ranked list of entries
 * (each a heading "NAME (LATIN) COUNTRY", fields and a paragraph), a company spelt in Japanese kana-derived Hangul and in
 * Latin letters, a translated blog's base and release wording, a language pair that is no model, a foreign legal form.
 * Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { pageGraph, checkFactRow, nodeNamed, type FactRow } from './helpers.js';

const RANKING =
  '<html><head><meta charset="utf-8"><title>2026 아시아 AI 스타트업 30 - 월드테크 한국어판</title>' +
  '<meta property="article:published_time" content="2026-10-15T09:00:00+09:00"></head><body><main>' +
  '<h1>2026 아시아 AI 스타트업 30</h1><section class="intro"><p>올해 명단에는 한국 기업 두 곳이 들었다. 아래는 그중 일부 항목이다.</p></section>' +
  '<ol class="ranking">' +
  '<li class="entry"><h2><span class="rank">4</span> 하늬소프트 (Hanui Soft) <span class="country">한국</span></h2>' +
  '<dl><dt>본사</dt><dd>서울 마포구</dd><dt>대표 모델</dt><dd>Hanui-Talk 2</dd></dl>' +
  "<p>두 계단 올랐다. 올해 과학기술정보통신부의 'AI 바우처 지원사업'에 뽑혔다. 상담용 모델 하늬-Talk 2의 고객사는 40곳이다.</p></li>" +
  '<li class="entry"><h2><span class="rank">12</span> 누리지능 (Nuri Intelligence, 누리) <span class="country">한국</span></h2>' +
  '<dl><dt>본사</dt><dd>광주 북구</dd><dt>대표 모델</dt><dd>NURI-S 4</dd></dl>' +
  '<p>처음 이름을 올렸다. 음성 모델 NURI-S 4를 미국 엔비디아와 공동 개발해 올봄 내놨다. 한가온 누리지능 최고기술책임자(CTO)는 전 네이버 연구원이다.</p></li>' +
  '</ol><section class="methodology"><h3>선정 기준</h3><p>순위는 매출과 투자 실적으로 정했다.</p></section></main></body></html>';

const WIDGET =
  '<html><head><meta charset="utf-8"><title>하늬소프트, 상담 모델 공개</title></head><body><main>' +
  '<h1>하늬소프트, 상담 모델 공개</h1><p>하늬소프트는 15일 상담용 모델 하늬-Talk 2를 공개했다. 매개변수는 80억 개다.</p>' +
  '<ol class="ranking"><li><a href="/a/1">누리지능 새 대표 선임</a></li><li><a href="/a/2">가온랩스 시리즈B 유치</a></li></ol>' +
  '</main></body></html>';

const rows: FactRow[] = [
  {
    cat: "a Japanese partner named in Latin letters with its legal form and in Hangul (ツ as 츠): one company, seated in Tokyo",
    text:
      '株式会社ツバキラボ (TSUBAKI LABS Inc.)\n\n' +
      "주식회사 츠바키랩스(본사: 도쿄도 미나토구, 대표이사 사장: 다나카 료)와 가람데이터는 오늘 일본어 상담 모델 '가람-J 3B'를 함께 개발한다고 밝혔다.\n\n" +
      '다나카 료 츠바키랩스 대표이사 사장은 "양국 고객을 함께 돕겠다"고 말했다.',
    publishedAt: '2026-10-01',
    sameNode: ['츠바키랩스=TSUBAKI LABS Inc'],
    props: ['츠바키랩스=country:JP'],
    expect: ['WORKS_FOR 다나카 료 -> 츠바키랩스'],
  },
  {
    cat: "a review heading 'X(Latin)의 Latin-… model' names the model's company; '오픈소스했다' releases it open",
    text: '2. 바로코드(Barocode)의 Barocode-Mini 3B\n\n바로코드는 이번 달 3일 Barocode-Mini 3B를 오픈소스했다. 가중치는 허깅페이스에 있다.',
    publishedAt: '2026-10-20',
    expect: ['DEVELOPED 바로코드 -> Barocode-Mini 3B'],
    props: ['Barocode-Mini 3B=openSource:true', 'Barocode-Mini 3B=releasedOn:2026-10-03'],
  },
  {
    cat: "a translated base word (기좌, 基座) is no company",
    text: '한국 창업 회사들은 대부분 중국 오픈소스 기좌 위에 모델을 짓는다. 기좌 Qwen3-8B를 쓰는 곳이 많다.',
    noNodes: ['Company:기좌'],
  },
  {
    cat: 'a language pair before a model word names no model; a partner glossed with a Vietnamese legal form is Vietnamese',
    text: "가람데이터가 현지 기업 사오마이(SaoMai JSC, Công ty Cổ phần SaoMai)와 공동 개발한 태국어-한국어 번역 모델 '가람-T 2B'를 공개했다.",
    publishedAt: '2026-09-01',
    expect: ['DEVELOPED 가람데이터 -> 가람-T 2B', 'DEVELOPED 사오마이 -> 가람-T 2B'],
    noNodes: ['Model:태국어-한국어'],
    props: ['사오마이=country:VN'],
  },
  {
    cat: "a foreign name in Hangul after its company, glossed with its Latin spellings (diacritics and plain), before the post",
    text: "가람데이터는 태국 기업 시암넷과 상담 모델을 함께 만들었다. 시암넷 팜 반 득(Phạm Văn Đức, Pham Van Duc) 대표는 \"두 회사의 첫 결과\"라고 말했다.",
    publishedAt: '2026-09-01',
    expect: ['WORKS_FOR 팜 반 득 -> 시암넷'],
    sameNode: ['팜 반 득=Pham Van Duc'],
  },
  {
    cat: "a benchmark glossed in Hangul, then its score ('X-Bench(…벤치마크) 점수는')",
    text: "가람데이터의 의료 모델 가람-M 2가 나왔다. 가람-M 2는 내과 문답 데이터로 학습했다. KMD-Bench(한국 의료 벤치마크) 점수는 66.4점이다.",
    publishedAt: '2026-09-01',
    expect: ['SCORED 가람-M 2 -> KMD-Bench'],
  },
  {
    cat: "an acronym before '점수가' with no gloss (a procurement test, 'BMT') is no benchmark",
    text: '해양정보원은 제안 모델 세 개를 직접 시험했다. 가람-M 2의 BMT 점수가 가장 높았다.',
    publishedAt: '2026-09-01',
    noNodes: ['Benchmark:BMT'],
  },
  {
    cat: "an English paragraph of a bilingual page: 'said it will jointly develop … with' a partner (a refusal gives none)",
    text: 'NoriBit Labs said it will jointly develop a Thai edition of its assistant with Bangkok-based Siam Lingo.\n\nGaon Data said it would not jointly develop anything with Seoul-based Hanul Works.',
    publishedAt: '2026-09-01',
    expect: ['PARTNERS_WITH NoriBit Labs -> Siam Lingo'],
    absent: ['PARTNERS_WITH Gaon Data -> Hanul Works'],
  },
];

describe('fix206: Korean AI seen from abroad and across languages', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
  it('a ranked list of written-up entries is the story; each entry heading opens its company, glossed names joined', () => {
    const g = pageGraph(RANKING);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const facts = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
    expect(facts).toContain('PARTICIPATES_IN 하늬소프트 -> AI 바우처 지원사업');
    expect(facts).toContain('DEVELOPED 엔비디아 -> NURI-S 4');
    expect(facts).toContain('WORKS_FOR 한가온 -> 누리지능');
    expect(nodeNamed(g, 'Nuri Intelligence')?.name).toBe('누리지능');
  });
  it('a most-read ranking of bare links stays chrome', () => {
    const g = pageGraph(WIDGET);
    expect(g.nodes.some((n) => n.name === '누리지능' || n.name === '가온랩스')).toBe(false);
  });
});
