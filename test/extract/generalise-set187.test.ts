/**
 * Generalisation rows for the readings set 187 called for: a model name whose stem glues a Latin suffix to Hangul after a
 * hyphen, a company defining "당사" for itself ("X(이하 '당사')은"), a notice naming who holds an accountable post (the sentence
 * giving an e-mail address in passing), a statement addressing the company's officers, a union's board site whose "회사" is
 * the company it organises, a moved-to subject with the additive 도, a tie "와 맺은 … 협약은" of the omitted subject, a benchmark
 * label before a colon, and a correction calling a number a miswriting of another. Every sentence here is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X-금융LM 2.0": a Latin suffix glued to a Hangul stem after a hyphen is part of the model's name
  {
    cat: 'model-names.hyphen-latin-suffix',
    text: '바다캐피탈은 상담용 언어모델을 공개했다. 바다-여신LM 3.0은 바다캐피탈이 개발한 모델이다. 바다-여신LM 3.0은 이전 버전인 바다-여신LM 2.0의 후속 모델이다.',
    expect: ['DEVELOPED 바다캐피탈 -> 바다-여신LM 3.0', 'SUCCEEDS 바다-여신LM 3.0 -> 바다-여신LM 2.0'],
    nodes: ['Model:바다-여신LM 3.0', 'Model:바다-여신LM 2.0'],
  },
  // (a particle-ended word before the number is no stem: "보고서는 LM 2.0 …" names nothing)
  {
    cat: 'model-names.hyphen-latin-suffix',
    text: '바다캐피탈은 보고서를 냈다. 보고서는 LM 2.0 시대가 왔다고 적었다.',
    noNodes: ['Model:보고서는 LM 2.0', 'Model:보고서는LM 2.0'],
  },
  // "X손해보험(이하 '당사')은": the company defines "당사" for itself; "당사가 개발한", "당사는 … 참여" are its
  {
    cat: 'defined-self.short',
    text: "가람화재(이하 '당사')는 고객 서비스에 쓰는 인공지능을 아래와 같이 고지합니다.\n\n가람-보상LM 1.5는 당사가 개발한 보상 상담 모델입니다. 청구 요약에는 업스테이지가 개발한 솔라 프로 2를 API 방식으로 이용합니다.\n\n당사는 정부의 'AI 신뢰성 검증 시범사업'에 참여하고 있습니다.",
    expect: ['DEVELOPED 가람화재 -> 가람-보상LM 1.5', 'PARTICIPATES_IN 가람화재 -> AI 신뢰성 검증 시범사업', 'DEVELOPED 업스테이지 -> 솔라 프로 2'],
    absent: ['DEVELOPED 업스테이지 -> 가람-보상LM 1.5', 'PARTICIPATES_IN 업스테이지 -> AI 신뢰성 검증 시범사업'],
  },
  // ("(이하 '파트너사')": a short form for another company defines no self; "당사" stays the company that speaks)
  {
    cat: 'defined-self.short',
    text: "가람화재는 고객 서비스에 쓰는 인공지능을 고지합니다. 청구 요약은 업스테이지(이하 '파트너사')가 맡습니다.\n\n가람-보상LM 1.5는 당사가 개발한 보상 상담 모델입니다.",
    expect: ['DEVELOPED 가람화재 -> 가람-보상LM 1.5'],
    absent: ['DEVELOPED 업스테이지 -> 가람-보상LM 1.5'],
  },
  // "책임자는 NAME TITLE이며, 문의는 …(a@b)으로": the accountable post is at the company the notice speaks for, the address in passing
  {
    cat: 'post-holder.named',
    text: "가람화재(이하 '당사')는 인공지능 이용을 고지합니다.\n\n당사는 정부의 'AI 신뢰성 검증 시범사업'에 참여하고 있습니다.\n\n인공지능 윤리에 관한 책임자는 남궁별 최고데이터책임자(CDO·상무)이며, 문의는 데이터윤리팀(ethics@garam.example)으로 하실 수 있습니다.",
    expect: ['WORKS_FOR 남궁별 -> 가람화재'],
  },
  {
    cat: 'post-holder.named',
    text: "가람화재(이하 '당사')는 인공지능 이용을 고지합니다.\n\n당사는 정부의 'AI 신뢰성 검증 시범사업'에 참여하고 있습니다.\n\n개인정보 보호책임자는 도하윤 상무입니다.",
    expect: ['WORKS_FOR 도하윤 -> 가람화재'],
  },
  // (a post someone only advises on, at a university the sentence names, is not at the company)
  {
    cat: 'post-holder.named',
    text: "가람화재(이하 '당사')는 인공지능 이용을 고지합니다.\n\n당사는 정부의 'AI 신뢰성 검증 시범사업'에 참여하고 있습니다.\n\n외부 자문 책임자는 서울대학교 도하윤 교수입니다.",
    absent: ['WORKS_FOR 도하윤 -> 가람화재'],
  },
  // "NAME 대표이사와 NAME 부문장(전무)에게 요구한다": the officers a statement addresses are the company's
  {
    cat: 'officers.addressed',
    text: '한솔데이터는 새 모델 한솔 LM 2를 공개했다.\n\n이번 발표에 대해 노조는 해명을 요구했다.\n\n구자윤 대표이사와 탁민서 데이터사업부문장(상무)에게 요구한다.',
    expect: ['WORKS_FOR 구자윤 -> 한솔데이터', 'WORKS_FOR 탁민서 -> 한솔데이터'],
  },
  {
    cat: 'officers.addressed',
    text: '한솔데이터는 새 모델 한솔 LM 2를 공개했다.\n\n이번 발표에 대해 노조는 해명을 요구했다.\n\n경쟁사 구름소프트의 구자윤 대표이사에게도 요구한다.',
    absent: ['WORKS_FOR 구자윤 -> 한솔데이터'],
  },
  // "NAME 전 랩장도 … X로 자리를 옮겼다": an additive subject moved to X
  {
    cat: 'moved-to.additive',
    text: '한솔데이터는 새 모델 한솔 LM 2를 공개했다.\n\n모델 개발을 이끈 공하람 전 연구소장도 지난달 카카오로 자리를 옮겼다.',
    expect: ['WORKS_FOR 공하람 -> 카카오'],
    absent: ['WORKS_FOR 공하람 -> 한솔데이터'],
  },
  {
    cat: 'moved-to.additive',
    text: '한솔데이터는 새 모델 한솔 LM 2를 공개했다.\n\n공하람 전 연구소장도 카카오로 옮기지는 않았다.',
    absent: ['WORKS_FOR 공하람 -> 카카오'],
  },
  // "반면 X와 맺은 … 협약은 …": the tie the omitted subject made with X
  {
    cat: 'partners.relative-tie-topic',
    text: '한솔데이터는 새 모델 한솔 LM 2를 공개했다.\n\n반면 지난달 클라우드 기업 마루클라우드와 맺은 데이터센터 공동 구축 협약은 직원들도 반긴다.',
    expect: ['PARTNERS_WITH 한솔데이터 -> 마루클라우드'],
  },
  {
    cat: 'partners.relative-tie-topic',
    text: '한솔데이터는 새 모델 한솔 LM 2를 공개했다.\n\n마루클라우드와 맺은 데이터센터 협약은 사실이 아니다.',
    absent: ['PARTNERS_WITH 한솔데이터 -> 마루클라우드'],
  },
  // "수학 벤치마크 X-Bench: A 78.3점 / B 71.9점": a benchmark as a label before a colon
  {
    cat: 'bench.colon-label',
    text: "별무리AI가 수학 특화 언어모델 '별무리 수학 2'를 출시했다.\n\n수학 벤치마크 K-ProofBench: 별무리 수학 2 66.4점 / 오픈AI GPT-4o 61.2점",
    edgeProps: ['SCORED 별무리 수학 2 -> K-ProofBench score=66.4', 'SCORED GPT-4o -> K-ProofBench score=61.2'],
  },
  {
    cat: 'bench.colon-label',
    text: "별무리AI가 수학 특화 언어모델 '별무리 수학 2'를 출시했다.\n\n참고: 별무리 수학 2는 다음 달 공개된다.",
    noNodes: ['Benchmark:참고'],
  },
  // "점수 'A점'은 'B점'의 오기입니다": the right number stands, in the correction and in the sentence that gave the wrong one
  {
    cat: 'corrections.miswritten',
    text: "[정정] 앞서 보낸 '별무리 수학 2' 기사에서 KMMLU 점수 '58.1점'은 '51.8점'의 오기입니다. 바로잡습니다.\n\n별무리AI가 수학 특화 언어모델 '별무리 수학 2'를 출시했다. 별무리 수학 2는 KMMLU에서 58.1점을 받았다.",
    edgeProps: ['SCORED 별무리 수학 2 -> KMMLU score=51.8'],
  },
  // "11.4 X, 'Y' 공개.": a recap line's dotted month and day date the release (the year is the article's)
  {
    cat: 'dates.recap-line',
    text: "지난달 돌아보기\n\n11.6 별무리AI, 수학 특화 언어모델 '별무리 수학 2' 공개.",
    publishedAt: '2026-12-01',
    props: ['별무리 수학 2=releasedOn:2026-11-06'],
  },
  {
    cat: 'dates.recap-line',
    text: "별무리AI는 수학 특화 언어모델 '별무리 수학 2'를 개발했다.\n\n3.5 버전은, 별무리 수학 2보다 느리다고 발표.",
    publishedAt: '2026-12-01',
    props: ['별무리 수학 2=releasedOn:undefined'],
  },
];

describe('set 187 readings (generalised)', () => {
  it.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => checkFactRow(row));
});

/** A union's board post: the <title> ends on "X 노조", the header and footer name it again; "회사는" is X. */
function unionPost(body: string, union = '한솔데이터 노조'): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[성명] 모델 홍보를 바로잡아라 - ${union}</title></head><body><div class="header"><h1><a href="/">${union}</a></h1></div><div class="board"><div class="read_header"><h1>[성명] 모델 홍보를 바로잡아라</h1><p class="meta"><span class="date">2026.10.02 09:00</span></p></div><div class="read_body"><div class="xe_content">${body}</div></div></div><div class="footer"><p>${union} | 문의 union@example.org</p></div></body></html>`;
}

describe('set 187: a union site names its company as the page owner', () => {
  it('"회사는 … 발표하며", "회사는 … 사업 공급기업으로 선정돼": the company the union organises', () => {
    const g = pageGraph(unionPost("<p>회사는 지난달 '한솔 LM 2'를 발표하며 자체 기술이라고 홍보했다. 그러나 한솔 LM 2는 메타의 라마 3.1 8B를 기반으로 추가 학습한 모델이다.</p><p>회사는 올해 과학기술정보통신부의 'AI 바우처 지원사업' 공급기업으로 선정돼 예산을 받고 있다.</p><p>구자윤 대표이사와 탁민서 데이터사업부문장(상무)에게 요구한다.</p>"));
    expect(hasFact(g, 'DEVELOPED 한솔데이터 -> 한솔 LM 2')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN 한솔데이터 -> AI 바우처 지원사업')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 구자윤 -> 한솔데이터')).toBe(true);
  });
  it('a site whose title names no union reads no owner from "회사는"', () => {
    const html = unionPost("<p>회사는 지난달 '한솔 LM 2'를 발표하며 자체 기술이라고 홍보했다. 그러나 한솔 LM 2는 메타의 라마 3.1 8B를 기반으로 추가 학습한 모델이다.</p><p>회사는 올해 과학기술정보통신부의 'AI 바우처 지원사업' 공급기업으로 선정돼 예산을 받고 있다.</p>", '한솔데이터 소식');
    const g = pageGraph(html);
    expect(hasFact(g, 'PARTICIPATES_IN 한솔데이터 -> AI 바우처 지원사업')).toBe(false);
  });
});
