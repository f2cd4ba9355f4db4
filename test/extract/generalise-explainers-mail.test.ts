/**
 * Generalisation rows for genres met in a blind set: a government Q&A explainer (opening paragraphs
 * in the body container, then a box of 문./답. pairs), a social post with an author card, a forwarded
 * press-release e-mail. Pages and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle, parseText } from '../../src/parse/index.js';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';


const ANSWER = '답. 연안 관측 자료와 선박 운항 기록을 모아 해양 특화 모델을 만들도록 정부가 데이터 구축비와 연구개발비를 함께 지원하는 사업입니다. 올해부터 2년 동안 모두 300억 원이 들어갑니다.';

describe('a Q&A explainer: the opening paragraphs before the box of 문./답. pairs are the story too', () => {
  const page = (opening: string, box = 'qa_area') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[문답으로 보는] 해양 데이터 AI 실증 사업</title></head><body>
<div class="top_menu"><a href="/">홈</a></div>
<div id="contents" class="news_view"><h1>[문답으로 보는] 해양 데이터 AI 실증 사업</h1>
<div class="view_text">
${opening}
<div class="${box}">
<p><b>문.</b> 어떤 사업인가요?</p><p>${ANSWER}</p>
<p><b>문.</b> 지원 규모는 어떻게 되나요?</p><p>${ANSWER}</p>
<p><b>문.</b> 평가는 어떻게 하나요?</p><p>${ANSWER}</p>
</div></div></div></body></html>`;
  it.each([
    [`<p>해양수산부가 3일 '해양 데이터 AI 실증 사업' 수행 기업으로 물결랩스를 최종 선정했습니다.</p>
<p>김도현 해양수산부 차관은 "바다에서 쓰이는 모델을 키우겠다"며 '해양 데이터 AI 실증 사업'을 직접 챙기겠다고 밝혔습니다.</p>`, ['PARTICIPATES_IN 물결랩스 -> 해양 데이터 AI 실증 사업', 'PROMOTES 김도현 -> 해양 데이터 AI 실증 사업']],
    [`<p>물결랩스와 파도시스템즈가 '해양 데이터 AI 실증 사업'에 최종 선정됐다. 두 회사는 내년까지 연안 특화 모델을 함께 만든다.</p>`, ['PARTICIPATES_IN 물결랩스 -> 해양 데이터 AI 실증 사업', 'PARTICIPATES_IN 파도시스템즈 -> 해양 데이터 AI 실증 사업']],
  ])('%s', (opening, facts) => {
    const got = pageFacts(page(opening));
    for (const f of facts) expect(got, got.join('\n')).toContain(f);
  });
  it('a wrapper of page chrome with a line of its own is not the opening', () => {
    const chrome = `<div class="related_news"><p>관련 기사: 파도시스템즈, '해양 데이터 AI 실증 사업' 참여를 검토 중이라고 밝혔습니다.</p>${page('').match(/<div class="qa_area">[\s\S]*?<\/div>/)![0]}</div>`;
    const got = pageFacts(page('').replace(/<div class="qa_area">[\s\S]*?<\/div>/, chrome));
    expect(got.some((f) => f.includes('파도시스템즈'))).toBe(false);
  });
});

const rows: FactRow[] = [
  // "A가 …하는 사업이라면, 이번 사업은 …": the programme set against the article's in a 'whereas' clause is not what "이번 사업" means
  { cat: 'policy.whereas-contrast', text: "해양수산부가 '연안 AI 실증 사업' 수행 기업 3곳을 확정했다. '국가 AI 컴퓨팅 프로젝트'가 기반 시설을 짓는 사업이라면, 이번 사업은 현장 모델을 만드는 것이 목표다. 김도현 차관은 \"이번 사업을 끝까지 챙기겠다\"고 말했다.", expect: ['PROMOTES 김도현 -> 연안 AI 실증 사업'], absent: ['PROMOTES 김도현 -> 국가 AI 컴퓨팅 프로젝트'] },
  // an interrogative before a kind word ("어느 컨소시엄이", "어떤 컨소시엄이") names no company
  { cat: 'company.interrogative-stem', text: '문. 어느 컨소시엄이 선정됐나요? 답. 물결랩스 컨소시엄이 선정됐습니다. 문. 어떤 컨소시엄이 탈락했나요?', noNodes: ['Company:어느', 'Company:어떤'], nodes: ['Company:물결랩스'] },
  // "X가 P를 통해 (처음부터) 학습한/개발한 Y": what a company made through a programme says it took part
  { cat: 'participates.made-through', text: "제조 분야에서는 한빛텔레콤이 '해양 AI 실증 사업'을 통해 처음부터 직접 학습한 '누리 K2'를 바탕으로 새 모델을 만들 계획입니다.", expect: ['PARTICIPATES_IN 한빛텔레콤 -> 해양 AI 실증 사업'] },
  { cat: 'participates.made-through', text: "가온로보틱스는 '스마트 항만 AI 사업'을 통해 자체 모델 '항해 3'을 개발했다.", expect: ['PARTICIPATES_IN 가온로보틱스 -> 스마트 항만 AI 사업'] },
  { cat: 'participates.made-through', text: "가온로보틱스는 '스마트 항만 AI 사업'을 통해 모델을 개발하지 않았다.", absent: ['PARTICIPATES_IN 가온로보틱스 -> 스마트 항만 AI 사업'] },
];

describe('Q&A explainer rows', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 70)}`, () => checkFactRow(row));
});

describe("the headline's programme is what an official's bare 사업 means, not one named since in passing", () => {
  const facts = (title: string, body: string) => {
    const g = extractArticle(parseText(`${title}\n\n${body}`, { source: 'explainer.txt', publishedAt: '2026-05-01' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
    return g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
  };
  const body = "해양수산부가 '연안 AI 실증 사업' 수행 기업을 확정했다. 물결랩스는 '국가 AI 컴퓨팅 프로젝트'를 통해 학습한 자체 모델을 쓴다. 사업을 총괄하는 김도현 해양수산부 국장은 \"현장에서 쓰이는 모델을 키우겠다\"고 말했다.";
  it('with the programme in the headline', () => {
    const got = facts("[문답으로 보는] '연안 AI 실증 사업'", body);
    expect(got, got.join('\n')).toContain('PROMOTES 김도현 -> 연안 AI 실증 사업');
    expect(got).not.toContain('PROMOTES 김도현 -> 국가 AI 컴퓨팅 프로젝트');
  });
});

const postRows: FactRow[] = [
  // a list item that opens on a Latin name glossed as a test set, then its scores after a colon
  { cat: 'benchmark.glossed-list-item', text: "누리랩스가 새 언어모델 '도담 3'을 공개했다. 숫자로 보면 이렇다.\n▪ KMMLU: 도담 3 66.3점\n▪ KR-300(자체 구축한 다단계 추론 평가셋): 도담 3 47.9점", expect: ['SCORED 도담 3 -> KR-300'], edgeProps: ['SCORED 도담 3 -> KR-300 score=47.9'] },
  // "이미지 이해가 가능한 'Y'를 내놓을": the subject of a describing adnominal is no maker
  { cat: 'company.describing-adnominal-subject', text: "누리랩스는 새 모델을 공개했다. 내년에는 음성 인식이 가능한 '도담 3-S'를 내놓을 계획이다.", noNodes: ['Company:인식'] },
  // a field of work before a title is part of the title, no organisation ("NAME 사전학습 리드")
  { cat: 'person.field-before-title', text: '가온랩스는 새 모델을 공개했다. 모델은 한소라 사후학습 리드가 맡았다.', noNodes: ['Company:사후학습'], nodes: ['Person:한소라'] },
  // the honorific 님 after a title, before a particle ("대표님께", "대표님은"); a title in address ("장관님,") is not a post
  { cat: 'works-for.honorific-title', text: '예산 걱정을 대신 짊어져 준 가온랩스 라준호 대표님께 특히 고맙다는 말을 전합니다.', expect: ['WORKS_FOR 라준호 -> 가온랩스'] },
  { cat: 'works-for.honorific-title', text: '가온랩스 라준호 대표님은 웃으며 답했다.', expect: ['WORKS_FOR 라준호 -> 가온랩스'] },
  { cat: 'works-for.honorific-title', text: '○한지민 위원 장관님, 선정 과정을 다시 점검해 주십시오.', noNodes: ['Company:위원'] },
  // a company's own post: "저희 팀 NAME 리드" is a colleague at the writer's company
  { cat: 'works-for.our-team-colleague', text: '안녕하세요, 가온랩스 ML팀입니다. 오늘 새 모델을 공개했습니다. 저희 팀 변하늘 데이터 리드, 그리고 라준호 대표께 감사드립니다.', expect: ['WORKS_FOR 변하늘 -> 가온랩스'] },
];

describe('social post rows', () => {
  for (const row of postRows) it(`${row.cat}: ${row.text.slice(0, 70)}`, () => checkFactRow(row));
});

describe('the author of a first-person post who says they joined a company works there', () => {
  const page = (line: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="author" content="한지수">
<meta property="article:published_time" content="2026-03-02"><title>도담 5 공개 후기</title></head><body><article><h1>도담 5 공개 후기</h1>
<p>어제 저희 팀이 새 언어모델 '도담 5'를 공개했습니다. 도담 5는 파라미터 90억 개 규모의 모델입니다.</p><p>${line}</p><p>피드백은 언제든 환영합니다.</p></article></body></html>`;
  const works = (line: string) => {
    const g = extractArticle(parseArticle(Buffer.from(page(line)), { source: 'post.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    return g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} ${name(e.target)}`);
  };
  it('joined and still there', () => expect(works('저는 네이버에서 5년 동안 검색 모델을 만들다가 2년 전 도담AI에 합류했습니다.')).toContain("한지수 도담AI"));
  it('joined and left since', () => expect(works('저는 2년 전 도담AI에 합류했다가 지난달 회사를 떠났습니다.')).not.toContain("한지수 도담AI"));
});

const releaseRows: FactRow[] = [
  // "X가 선보인 전작 'Y'": a word for the predecessor between the release verb and the quoted name
  { cat: 'model.release-verb-predecessor-word', text: "누리랩스가 '도담 3'를 공개했다. KMMLU에서 도담 3의 점수는 66.8점으로, 누리랩스가 지난 3월 선보인 전작 '도담 2.5'(59.7점)보다 높았다.", expect: ['SCORED 도담 2.5 -> KMMLU', 'DEVELOPED 누리랩스 -> 도담 2.5', 'SUCCEEDS 도담 3 -> 도담 2.5'] },
  // "Y의 오류율(CER)은 … 전작 'Z'": the model of a measure's topic is the successor
  { cat: 'succeeds.measure-topic', text: "누리랩스가 '도담 3'를 공개했다. 도담 3의 오류율(CER)은 6.8%로 전작 '도담 2.5'(9.7%)보다 낮다.", expect: ['SUCCEEDS 도담 3 -> 도담 2.5'] },
  // "X가 공개한 240억 개 매개변수 규모의 오픈소스 음성 언어모델을 기반으로": a nameless base with its maker, size and openness
  { cat: 'model.released-anonymous-base', text: "누리랩스가 '누리 3'를 공개했다. 누리 3는 가온AI가 공개한 240억 개 매개변수 규모의 오픈소스 음성 언어모델을 기반으로, 상담 음성을 추가로 학습시킨 모델이다.", expect: ['BASED_ON 누리 3 -> 가온AI의 오픈소스 음성 언어모델', 'DEVELOPED 가온AI -> 가온AI의 오픈소스 음성 언어모델'], absent: ['DEVELOPED 가온AI -> 누리 3'], props: ['가온AI의 오픈소스 음성 언어모델=parameters:24000000000', '가온AI의 오픈소스 음성 언어모델=openSource:true', '누리 3=openSource:undefined', '누리 3=parameters:undefined'] },
  // (not the story's own model told by its maker: "X가 개발한 AI 모델은 …")
  { cat: 'model.released-anonymous-base', text: "누리랩스가 개발한 AI 모델은 상담 현장에서 쓰인다. 누리랩스는 이 모델을 올해 공개했다.", noNodes: ['Model:누리랩스의 AI 모델'] },
];

describe('press-release e-mail rows', () => {
  for (const row of releaseRows) it(`${row.cat}: ${row.text.slice(0, 70)}`, () => checkFactRow(row));
});
