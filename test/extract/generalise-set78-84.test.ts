/**
 * Generalisation rows for the readings sets 78 and 84 called for: every answer of a question-and-answer page, hearsay a
 * writer passes on ("제가 알기로는", "…걸로 알고 있습니다", "…다고 들었어요") and a score bound without its particle ("75점 넘어서"),
 * the companies a model in focus was made with ("A 등 참여사와 함께 개발한 이 모델은"), a company's in-house model named after it
 * ("X 사내 모델 Y"), a developer forum's poster lines, the person a company puts in charge ("X 쪽 책임자는 NAME 상무님이에요"),
 * a link card's domain glued before a company, and a titled speaker's next quotation opening on a partner under way. Every name and sentence here is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // hearsay: what the writer "knows" or "heard" states no lineage and no score
  {
    cat: 'hedge.hearsay',
    text: "가온랩스가 '가온 5'를 공개했다. 가온 5는 제가 알기로는 라마 3.1 70B를 베이스로 해서 만든 거라 순수 국산은 아니라고 들었어요.",
    absent: ['BASED_ON 가온 5 -> 라마 3.1 70B'],
  },
  {
    cat: 'hedge.hearsay',
    text: "가온랩스가 '가온 5'를 공개했다. 가온 5는 라마 3.1 70B를 베이스로 해서 만든 모델이다.",
    expect: ['BASED_ON 가온 5 -> 라마 3.1 70B'],
  },
  {
    cat: 'hedge.hearsay',
    text: "누리소프트는 '누리 2'를 내놨다. 그리고 요즘은 누리 2가 KMMLU 75점 넘어서 국산 중엔 제일 높은 걸로 알고 있습니다.",
    absent: ['SCORED 누리 2 -> KMMLU'],
  },
  // a model named once, only in hearsay, gets no family developer; one the page states keeps it
  {
    cat: 'hedge.hearsay-family',
    text: "메타는 라마 3.1 8B를 공개했다. 그런데 가온 5는 제가 알기로는 라마 3.1 70B 기반이라고 들었어요.",
    expect: ['DEVELOPED 메타 -> 라마 3.1 8B'],
    absent: ['DEVELOPED 메타 -> 라마 3.1 70B'],
  },
  // a bound without its particle is no score; a score reached is
  {
    cat: 'scored.bound-without-particle',
    text: "누리소프트는 '누리 2'를 내놨다. 누리 2는 KMMLU 70점 웃도는 성적을 냈고, CLIcK에서는 60점 넘는 점수를 받았다.",
    absent: ['SCORED 누리 2 -> KMMLU', 'SCORED 누리 2 -> CLIcK'],
  },
  {
    cat: 'scored.bound-without-particle',
    text: "누리소프트는 '누리 2'를 내놨다. 누리 2는 KMMLU에서 75점을 받았다.",
    edgeProps: ['SCORED 누리 2 -> KMMLU score=75'],
  },
  // the companies a model in focus was made with partner its maker, a named developer or its known family's
  {
    cat: 'partners.co-made-focus',
    text: "한빛텔레콤이 새 모델 '누리 바람 5'를 선보였다. 가온소프트 등 컨소시엄 참여사와 함께 개발한 이 모델은 상담 성능을 끌어올렸다.",
    expect: ['PARTNERS_WITH 가온소프트 -> 한빛텔레콤'],
  },
  {
    cat: 'partners.co-made-focus',
    text: "SK텔레콤 정예팀이 'A.X K3'를 선보였다. 한빛게임즈와 함께 개발한 이 모델은 에이전트 작업에 강하다.",
    expect: ['PARTNERS_WITH SK텔레콤 -> 한빛게임즈'],
  },
  // (a service made with them, or a model not yet out, is no shared making of the model)
  {
    cat: 'partners.co-made-focus',
    text: "한빛텔레콤이 새 모델 '누리 바람 5'를 선보였다. 가온소프트 등 참여사와 함께 개발한 서비스에 이 모델이 들어간다.",
    absent: ['PARTNERS_WITH 가온소프트 -> 한빛텔레콤'],
  },
  {
    cat: 'partners.co-made-focus',
    text: "한빛텔레콤이 새 모델 '누리 바람 5'를 선보였다. 가온소프트 등 참여사와 함께 개발한 이 모델은 아직 공개되지 않을 예정이다.",
    absent: ['PARTNERS_WITH 가온소프트 -> 한빛텔레콤'],
  },
  // a company's in-house model named after it
  {
    cat: 'developed.in-house-model-named',
    text: "가온랩스는 비슷한 문제를 겪었다. 가온랩스 사내 모델 '바람-7B'도 도메인 학습 뒤 일반 능력이 떨어졌다.",
    expect: ['DEVELOPED 가온랩스 -> 바람-7B'],
  },
  {
    cat: 'developed.in-house-model-named',
    text: "가온랩스는 비슷한 문제를 겪었다. 가온랩스 사내 모델팀은 '바람-7B'를 평가했다.",
    absent: ['DEVELOPED 가온랩스 -> 바람-7B'],
  },
  // an officer's post and 님 after a full name is a person, and "X 쪽 책임자는 … NAME 직함님이에요" is their post at X
  {
    cat: 'works-for.company-side-lead',
    text: "오늘 가온생명과 상담 AI 공동 개발 MOU를 맺었습니다. 가온생명 쪽 책임자는 고객경험실 한다온 전무님이에요.",
    nodes: ['Person:한다온'],
    edgeProps: ['WORKS_FOR 한다온 -> 가온생명 title=전무'],
  },
  // (a team before 님 is no name)
  {
    cat: 'works-for.company-side-lead',
    text: "가온생명 개발팀 팀장님이 자료를 보내 주셨어요.",
    noNodes: ['Person:개발팀'],
  },
  // a link card's web address glued before its headline's company is no part of the name
  {
    cat: 'discovery.domain-glued',
    text: "NEWSDAY.CO.KR가온AI, 언어모델 '가온 5' 공개. 국내 AI 스타트업 가온AI가 자체 개발한 '가온 5'를 공개했다.",
    nodes: ['Company:가온AI'],
    noNodes: ['Company:KR가온AI'],
  },
  // a titled person's next quotation opening on a partner under way: the person's employer partners it
  {
    cat: 'partners.titled-speaker-next-quote',
    text: "한빛텔레콤이 '누리 바람 5'를 공개했다. 박가온 한빛텔레콤 AI랩장은 \"누리 바람 5는 처음부터 직접 학습한 모델로 데이터 수집부터 정렬까지 모두 자체적으로 진행했다\"며 \"가온소프트와 협력 중인 모델과는 별개\"라고 말했다.",
    expect: ['PARTNERS_WITH 가온소프트 -> 한빛텔레콤'],
  },
  {
    cat: 'partners.titled-speaker-next-quote',
    text: "한빛텔레콤이 '누리 바람 5'를 공개했다. 박가온 한빛텔레콤 AI랩장은 \"누리 바람 5는 처음부터 직접 학습한 모델로 데이터 수집부터 정렬까지 모두 자체적으로 진행했다\"며 \"가온소프트와 협력할지는 정해지지 않았다\"고 말했다.",
    absent: ['PARTNERS_WITH 가온소프트 -> 한빛텔레콤'],
  },
  // a developer forum's poster lines: each reply's "저희" is its poster's company
  {
    cat: 'poster.handle-line',
    text: "dev_kim01 김가온 가온랩스 CTO\n\n저희는 법률 모델을 시험하고 있습니다. 결과가 이상해서 여쭙니다.\n\nml_park 박누리 누리소프트 ML 엔지니어\n\n좋은 글이네요. 저희 사내 모델 누리-7B도 비슷했어요.",
    expect: ['DEVELOPED 누리소프트 -> 누리-7B'],
    absent: ['DEVELOPED 가온랩스 -> 누리-7B'],
  },
];

/** A question page with three answers, each in its own SmartEditor body; only the first is the chosen one. */
function qnaPage(answers: string[]): string {
  const items = answers.map((a, i) => `<div class="answer-content__item _contentWrap${i === 0 ? ' is-selected' : ''}"><div class="c-heading-answer">답변</div><div class="se-main-container"><div class="se-component se-text"><p class="se-text-paragraph">${a}</p></div></div></div>`).join('\n');
  return `<html><head><title>국산 모델 추천 부탁드립니다 : 지식iN</title><meta property="og:url" content="https://kin.naver.com/qna/detail.naver?docId=1"></head><body><div class="c-heading _questionContentsArea"><div class="c-heading__title">국산 모델 추천 부탁드립니다</div></div><div class="answer-content _answerList">${items}</div></body></html>`;
}

describe('generalise: sets 78 and 84 readings', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));

  it('qna.every-answer: a question page reads each answer, not only the chosen one', () => {
    const html = qnaPage([
      "가온랩스가 자체 개발한 '가온 5'를 추천합니다.",
      "누리소프트가 자체 개발한 '누리 2'도 괜찮아요.",
      "한결AI가 자체 개발한 '한결 3'도 있습니다.",
    ]);
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 'qna.html' }));
    expect(hasFact(g, 'DEVELOPED 가온랩스 -> 가온 5')).toBe(true);
    expect(hasFact(g, 'DEVELOPED 누리소프트 -> 누리 2')).toBe(true);
    expect(hasFact(g, 'DEVELOPED 한결AI -> 한결 3')).toBe(true);
  });

  it('qna.every-answer: a blog post with one body is read as before', () => {
    const html = `<html><head><title>블로그</title></head><body><div class="se-main-container"><p class="se-text-paragraph">가온랩스가 자체 개발한 '가온 5'를 써 봤습니다.</p></div><div class="comment"><div class="se-main-container"><p>한결AI가 자체 개발한 '한결 3'도 있어요.</p></div></div></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 'blog.html' }));
    expect(hasFact(g, 'DEVELOPED 가온랩스 -> 가온 5')).toBe(true);
    expect(g.nodes.some((n) => n.name === '한결 3')).toBe(false);
  });
});
