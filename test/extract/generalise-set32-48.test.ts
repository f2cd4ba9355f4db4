/**
 * Generalisation rows for the forms still missed in held-out sets 32 and 48: a card's benchmark named in Hangul by a test-set
 * noun and glossed in Latin letters, its scores a one-line list parted by slashes under it; a zone designated by the state,
 * its bare "특구" standing for it before the word for its member companies, and companies designated as those members; a
 * company blog's writers section ("글쓴이") with English job titles, whose first words ("ML Research Engineer") name no company;
 * a tie only rumoured ("손을 잡을 거란 이야기"); a company an operator noun introduces ("터미널 운영사인 X가");
 * a bare version after a word for this release ("이번 2.0은") and the earlier one it points back to ("그 1.0의 후속").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "평가 NAME(Latin) 점수 비교. M1 77.0 / M2 68.1 / M3 64.7": the test set the heading names scores every model of the list
  {
    cat: 'score-lines.slash-list',
    text: "수학 추론 평가 다솜수리(DasomMath) 점수 비교. 오픈AI의 GPT-5 81.2 / 카나나 2 70.4 / 엑사원 4.0 66.9 (자료: 각 사 발표)",
    nodes: ['Benchmark:다솜수리'],
    sameNode: ['다솜수리=DasomMath'],
    edgeProps: ['SCORED GPT-5 -> 다솜수리 score=81.2', 'SCORED 카나나 2 -> 다솜수리 score=70.4', 'SCORED 엑사원 4.0 -> 다솜수리 score=66.9'],
  },
  { cat: 'score-lines.slash-list', text: 'KMMLU 결과를 정리했다. GPT-5 77.0 / 카나나 2 64.7 / 엑사원 4.0 68.1.', edgeProps: ['SCORED 카나나 2 -> KMMLU score=64.7'] },
  // traps: two benchmarks in the heading, too short a list, a list of prices
  { cat: 'score-lines.slash-list', text: 'KMMLU와 HAE-RAE 결과를 정리했다. GPT-5 77.0 / 카나나 2 64.7 / 엑사원 4.0 68.1.', absent: ['SCORED 카나나 2 -> KMMLU', 'SCORED 카나나 2 -> HAE-RAE'] },
  { cat: 'score-lines.slash-list', text: 'KMMLU 결과를 정리했다. GPT-5 77.0 / 카나나 2 64.7.', absent: ['SCORED 카나나 2 -> KMMLU'] },
  { cat: 'score-lines.slash-list', text: 'KMMLU 결과와 함께 요금도 비교했다. GPT-5 10달러 / 카나나 2 3달러 / 엑사원 4.0 5달러.', absent: ['SCORED 카나나 2 -> KMMLU'] },
  // a Hangul name a test-set noun introduces, glossed in Latin, in a score sentence, is a benchmark; a word for its parts is none
  { cat: 'discover.noun-glossed-benchmark', text: "법률 추론 평가 나래법(NaraeLaw)에서 GPT-5는 71.5점을 기록했다.", edgeProps: ['SCORED GPT-5 -> 나래법 score=71.5'] },
  { cat: 'discover.noun-glossed-benchmark', text: '평가 기준(Criteria)에서 GPT-5는 71.5점을 기록했다.', noNodes: ['Benchmark:기준'] },
  { cat: 'discover.noun-glossed-benchmark', text: '법률 추론 평가 나래법(NaraeLaw)을 새로 만들었다고 밝혔다.', noNodes: ['Benchmark:나래법'] },
  // a zone designated by the state; "특구 실증기업으로 지정됐다" takes part in the zone named before
  {
    cat: 'references.zone-word',
    text: "바이오 스타트업 한결바이오가 진단 보조 서비스를 내놨다. 이 서비스는 충청북도의 '바이오 AI 실증특구' 사업 지원을 받아 개발됐다. 한결바이오와 네이버는 올해 특구 실증기업으로 지정됐다.",
    expect: ['PARTICIPATES_IN 한결바이오 -> 바이오 AI 실증특구', 'PARTICIPATES_IN 네이버 -> 바이오 AI 실증특구'],
  },
  { cat: 'references.zone-word', text: "바이오 스타트업 한결바이오가 진단 보조 서비스를 내놨다. 이 서비스는 충청북도의 '바이오 AI 실증특구' 사업 지원을 받아 개발됐다. 한결바이오는 내년 특구 실증기업으로 지정될 전망이다.", absent: ['PARTICIPATES_IN 한결바이오 -> 바이오 AI 실증특구'] },
  { cat: 'references.zone-word', text: "바이오 스타트업 한결바이오가 진단 보조 서비스를 내놨다. 이 서비스는 충청북도의 '바이오 AI 실증특구' 사업 지원을 받아 개발됐다. 한결바이오는 특구 밖에서 실험을 이어갔다.", absent: ['PARTICIPATES_IN 한결바이오 -> 바이오 AI 실증특구'] },
  { cat: 'participates.designated-member', text: "다온모빌리티는 지난달 '울산 수소 규제자유특구' 참여기업으로 최종 지정됐다.", expect: ['PARTICIPATES_IN 다온모빌리티 -> 울산 수소 규제자유특구'] },
  { cat: 'participates.designated-member', text: "다온모빌리티는 '울산 수소 규제자유특구' 참여기업으로 지정되지 않았다.", absent: ['PARTICIPATES_IN 다온모빌리티 -> 울산 수소 규제자유특구'] },
  // "이번 2.0은 … 그 1.0의 후속": the article's models ending in those versions; the word before the version names no model
  {
    cat: 'opening-version.this-release',
    text: "누리소프트가 번역 모델 '누리번역 2.0'을 공개했다. 지난해 나온 '누리번역 1.0'은 업스테이지의 '솔라 프로 2'를 바탕으로 만들어졌다. 이번 2.0은 그 1.0의 후속 모델로, 속도가 두 배 빨라졌다.",
    expect: ['SUCCEEDS 누리번역 2.0 -> 누리번역 1.0'],
    noNodes: ['Model:이번 2.0', 'Model:이번 1.0'],
  },
  { cat: 'opening-version.this-release', text: "누리소프트가 번역 모델 '누리번역 2.0'과 '누리번역 1.0'을 함께 공개했다. 이번 2.0은 그 1.0보다 느리다.", absent: ['SUCCEEDS 누리번역 2.0 -> 누리번역 1.0'], noNodes: ['Model:이번 2.0'] },
  // "A가 B와 손을 잡을 거란 이야기도 돌았지만": a tie only rumoured is none; a tie made is one
  { cat: 'hedge.rumoured-tie', text: '업계 일각에선 KT가 다온에이아이와 손을 잡을 거란 이야기도 돌았지만, 회사는 부인했다.', absent: ['PARTNERS_WITH KT -> 다온에이아이'] },
  { cat: 'hedge.rumoured-tie', text: 'KT가 다온에이아이와 협력할 거라는 관측이 나온다.', absent: ['PARTNERS_WITH KT -> 다온에이아이'] },
  { cat: 'hedge.rumoured-tie', text: 'KT가 다온에이아이와 손을 잡았다.', expect: ['PARTNERS_WITH KT -> 다온에이아이'] },
  // "컨테이너 터미널 운영사인 X가": an operator noun in apposition introduces a company
  { cat: 'discover.operator-apposition', text: '실증에는 인천항의 컨테이너 터미널 운영사인 새온물류가 함께한다.', nodes: ['Company:새온물류'] },
  { cat: 'discover.operator-apposition', text: '실증에는 국내 통신사인 케이랩통신이 함께한다.', nodes: ['Company:케이랩통신'] },
];

/** A company's own tech blog: a post closing with its writers, each "NAME — English title, …". */
function blog(section: string, writers: string): string {
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>검색 모델 개발기 | Haneul Data Tech Blog</title><meta property="og:site_name" content="Haneul Data Tech Blog"><meta property="article:published_time" content="2027-02-03T10:00:00+09:00"></head><body><header><a href="/"><img alt="Haneul Data" src="/logo.svg"></a></header><main><article><h1>검색 모델 개발기</h1>
<p>안녕하세요, 하늘데이터 검색팀입니다. 지난달 저희는 검색 특화 모델 <strong>Haneul-Search 7B</strong>를 공개했습니다. 이 글에서는 학습 과정을 정리합니다.</p>
<p>Haneul-Search 7B는 하늘데이터가 처음부터 학습한 모델입니다.</p>
<section><h3>${section}</h3><ul>${writers}</ul></section></article></main><footer><p>© 2027 Haneul Data Inc. All rights reserved.</p></footer></body></html>`;
}
const WRITERS = '<li><strong>오지율</strong> — Senior ML Engineer, 검색 파트 리드. 학습을 맡았습니다.</li><li><strong>문채원</strong> — ML Research Engineer. 평가를 설계했습니다.</li><li><strong>남궁현</strong> — 전 CTO. 지금은 자문을 맡고 있습니다.</li>';

describe('generalise: sets 32 and 48 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));

  it("people section: a company blog's writers with English job titles work for the company; a former post does not", () => {
    const g = extractArticle(parseArticle(Buffer.from(blog('글쓴이', WRITERS)), { source: 'blog.html' }));
    const company = g.nodes.find((n) => n.type === 'Company' && /하늘데이터|Haneul Data/.test(n.name));
    expect(company, g.nodes.map((n) => `${n.type}:${n.name}`).join(', ')).toBeDefined();
    expect(hasFact(g, `WORKS_FOR 오지율 -> ${company!.name}`)).toBe(true);
    expect(hasFact(g, `WORKS_FOR 문채원 -> ${company!.name}`)).toBe(true);
    expect(hasFact(g, `WORKS_FOR 남궁현 -> ${company!.name}`)).toBe(false);
    expect(g.nodes.some((n) => n.type === 'Company' && /^(?:Senior ML|ML Research)$/.test(n.name))).toBe(false);
  });

  it('people section: the same lines under a heading that is no people section name no staff', () => {
    const g = extractArticle(parseArticle(Buffer.from(blog('참고 문헌', WRITERS)), { source: 'blog.html' }));
    expect(g.edges.some((e) => e.type === 'WORKS_FOR')).toBe(false);
  });
});
