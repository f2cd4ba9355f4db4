/**
 * Generalisation rows for the page forms of products and services outside news first met in held-out set 204: a pricing
 * page's score cards and testimonial, a store listing's performance lines, a trust page's contact and a later clause's
 * partner, a notice's officer with a former post, a partner introduced with its foreign seat, a benchmark named with the
 * language pair it tests. Every row is a short page written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a chief officer with the former post noted after the title; a company's building as the place, no employer named
  {
    cat: 'works-for.chief-with-former-post',
    text: '(주)바람글방은 새 교정 모델 바람-E 2를 내놓았다. 교정 엔진을 만든 문하결 CTO(전 검색팀장)는 설명회(3월 4일, 성수 바람글방 사옥)에서 기능을 소개한다.',
    expect: ['WORKS_FOR 문하결 -> 바람글방'],
    edgeProps: ['WORKS_FOR 문하결 -> 바람글방 title=CTO'],
  },
  {
    cat: 'works-for.chief-with-former-post',
    text: '(주)바람글방은 새 교정 모델 바람-E 2를 내놓았다. 차기 CTO를 누가 맡을지는 정해지지 않았다.',
    absent: ['WORKS_FOR 문하결 -> 바람글방'],
  },
  // a later clause of a sentence about a model: its own topic, then the partner it was made with
  {
    cat: 'partners.model-clause-partner',
    text: '(주)한소리랩은 상담 요약 모델 바다-C 2를 자체 개발했다. 바다-C 2는 메타의 Llama 3.1 8B를 바탕으로 상담 기록을 학습한 모델이고, 말뭉치는 데이터 기업 한빛코퍼스와 함께 만들었다.',
    expect: ['PARTNERS_WITH 한소리랩 -> 한빛코퍼스'],
    absent: ['PARTNERS_WITH 메타 -> 한빛코퍼스'],
  },
  // a company introduced with its Latin spelling and its foreign seat, whatever word describes it (the two spellings must
  // sound alike, as everywhere two scripts are matched)
  {
    cat: 'companies.latin-spelling-and-seat',
    text: '(주)가온툰은 독일 만화 플랫폼 코미하우스(Komihaus, 독일 베를린)와 번역 검수를 함께 진행한다고 밝혔다.',
    nodes: ['Company:코미하우스'],
    props: ['코미하우스=country:DE'],
    expect: ['PARTNERS_WITH 가온툰 -> 코미하우스'],
  },
  {
    cat: 'companies.latin-spelling-and-seat',
    text: '연구팀은 베를린공대(Berlin Tech, 독일 베를린)와 함께 실험했다.',
    noNodes: ['Company:베를린공대'],
  },
  // a benchmark named with the language pair it tests, in a score sentence
  {
    cat: 'benchmarks.language-pair-gloss',
    text: '(주)다리놓기는 번역 모델 다리-T 2를 공개했다. 다리-T 2는 번역 평가 DocTrans-KE(한→영)에서 79.5점을 기록했다.',
    nodes: ['Benchmark:DocTrans-KE'],
    expect: ['SCORED 다리-T 2 -> DocTrans-KE'],
    edgeProps: ['SCORED 다리-T 2 -> DocTrans-KE score=79.5'],
  },
  // a Hangul benchmark name ending in 벤치 with its language mark
  {
    cat: 'benchmarks.hangul-with-language-mark',
    text: '(주)솔바람은 자체 모델 솔바람-7을 공개했다. 솔바람-7은 문서 작성 평가 글쓰기벤치-KR에서 70.3점을 받았다.',
    nodes: ['Benchmark:글쓰기벤치-KR'],
    expect: ['SCORED 솔바람-7 -> 글쓰기벤치-KR'],
  },
  // a testimonial's sign-off line: the word between the comma and the post is the person's company
  {
    cat: 'companies.sign-off-organisation',
    text: '(주)한결노트는 회의록 모델 한결-N 1을 공개했다.\n\n"주간 회의 정리가 빨라졌습니다."\n\n— 민채율, 로지웨이 물류기획팀장',
    nodes: ['Company:로지웨이'],
    expect: ['WORKS_FOR 민채율 -> 로지웨이'],
    edgeProps: ['WORKS_FOR 민채율 -> 로지웨이 title=물류기획팀장'],
  },
  {
    cat: 'companies.sign-off-organisation',
    text: '(주)한결노트는 회의록 모델 한결-N 1을 공개했다.\n\n— 민채율, 마케팅 팀장',
    noNodes: ['Company:마케팅'],
  },
  // a bare version as what a model was distilled from, when the article names that version in full
  {
    cat: 'based-on.bare-version-distilled',
    text: '(주)글누리는 문서 요약 모델 글누리 3.4를 공개했다. 글누리 3.4 미니는 3.4를 증류해 만든 20억 파라미터 모델이다.',
    expect: ['BASED_ON 글누리 3.4 미니 -> 글누리 3.4'],
  },
  // the focus's score, then an aside in brackets opening on a word before another model's score
  {
    cat: 'scored.focus-score-with-aside',
    text: '(주)새벽랩은 경량 모델 새벽-S 2를 공개했다.\n\n■ 성능\n\nKoBEST 68.2점 (기존 Qwen2.5 3B는 61.0점)',
    expect: ['SCORED 새벽-S 2 -> KoBEST', 'SCORED Qwen2.5 3B -> KoBEST'],
    edgeProps: ['SCORED 새벽-S 2 -> KoBEST score=68.2', 'SCORED Qwen2.5 3B -> KoBEST score=61'],
  },
  // a payment card's kind ("제휴카드", "체크카드") is no company; the card company that issues it is one
  {
    cat: 'nonentities.payment-cards',
    text: '(주)누리폰은 자체 상담 모델 누리-T 1을 공개했다. 두리카드 제휴카드로 요금을 내면 할인되고, 체크카드도 쓸 수 있다.',
    nodes: ['Company:두리카드'],
    noNodes: ['Company:제휴카드', 'Company:체크카드'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});


describe("a pricing page's score cards", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>요금 안내 | 모아쓰기</title></head><body><main>
<h1>플랜 안내</h1><p>모아쓰기 Pro는 (주)모아쓰기가 자체 개발한 모아라이터 5를 씁니다. 모아라이터 5는 지난 9월 공개됐습니다.</p>
<div class="stats"><div class="stat"><b>74.6</b><span>KMMLU 평균 (모아라이터 5)</span></div>
<div class="stat"><b>69.9</b><span>편지쓰기벤치-KR 종합 (모아라이터 5)</span></div></div>
</main></body></html>`;
  const facts = pageFacts(page, 'pricing.html');
  it('reads each card: the bold figure, the benchmark and the model in brackets', () => {
    expect(facts).toContain('SCORED 모아라이터 5 -> KMMLU');
    expect(facts).toContain('SCORED 모아라이터 5 -> 편지쓰기벤치-KR');
  });
});

describe("a trust page's contact with the duty before the name", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>보안 센터 | 누리헬스</title></head><body><main>
<h1>보안 및 개인정보</h1><p>(주)누리헬스는 자체 개발한 진료 요약 모델 누리-MD 2를 병원에 제공합니다.</p>
<p>문의: 정보보호 책임자 탁서진 CISO (security@nurihealth.example)</p>
</main></body></html>`;
  const facts = pageFacts(page, 'trust.html');
  it('keeps the line and reads the person with the C-level post, for the company the page speaks for', () => {
    expect(facts).toContain('WORKS_FOR 탁서진 -> 누리헬스');
  });
});

describe("a product page's staff section", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>상품 상세 - 바로문서 AI</title></head><body><main>
<h1>바로문서 AI</h1><p>문서 요약 엔진은 (주)새움소프트가 자체 개발한 새움-D 3입니다. 새움-D 3는 지난 5월 출시됐습니다.</p>
<p><b>■ 담당자</b><br>사업팀장 편하윤 (031-555-0192)<br>고객지원 파트 도은재 선임연구원</p>
</main></body></html>`;
  const facts = pageFacts(page, 'product.html');
  it('reads each line under the heading, the post before or after the name, for the company the page speaks for', () => {
    expect(facts).toContain('WORKS_FOR 편하윤 -> 새움소프트');
    expect(facts).toContain('WORKS_FOR 도은재 -> 새움소프트');
  });
  it("leaves a ministry's contact table alone (a cell, not a heading; a bare post)", () => {
    const release = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>보도자료</title></head><body><main>
<h1>AI 바우처 2차 선정</h1><p>(주)새움소프트는 자체 개발한 새움-D 3로 바우처 공급기업에 선정됐다.</p>
<table><tr><td>담당 부서</td><td>인공지능정책과</td><td>담당자</td><td>과장 염도훈 (044-202-0000)</td></tr></table>
</main></body></html>`;
    expect(pageFacts(release, 'release.html')).not.toContain('WORKS_FOR 염도훈 -> 새움소프트');
  });
});
