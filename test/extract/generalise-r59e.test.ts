/**
 * Generalisation rows for r59e's round on older held-out sets (a consortium's homepage, card news, a finance page, a founder
 * profile, an editorial, a 국정감사 report, a model card, an op-ed): a base claim someone only raised, a model coordinated by
 * '이나' before '위에', a company designated for a programme with a model or a date between, a list of companies that made a
 * programme's announced selection, a minister speaking at the announcement's briefing, a co-founder's current post, a successor
 * whose predecessor was named a few sentences back, a model card's acknowledgement and its contact sentence.
 * Every row is a short text written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a base someone only claimed and the maker denied stays disputed (a claim nobody answered is still read as stated: the hedge forms for raised claims were reverted, they vetoed denied claims too)
  { cat: 'based-on.giban-topic', text: '가람-LM 2는 큐웬3를 기반으로 만들어졌다는 의혹이 제기됐지만 회사는 사실이 아니라고 밝혔다.', edgeProps: ['BASED_ON 가람-LM 2 -> 큐웬3 status=disputed'] },
  // two models joined by '이나' before '위에' are the ground a service stands on, not one built on the other
  { cat: 'based-on.on-top-of', text: '큐웬3이나 라마 4 위에 서비스를 얹은 기업들은 업데이트가 끊기면 곤란해진다.', absent: ['BASED_ON 큐웬3 -> 라마 4'] },
  { cat: 'based-on.on-top-of', text: '가람-LM 2는 큐웬3 위에 법률 데이터를 추가 학습한 모델이다.', expect: ['BASED_ON 가람-LM 2 -> 큐웬3'] },
  // designated for a programme with a model named between, or as a noun ('… 지정을 받았다')
  { cat: 'participates.service-designated-as', text: "하늘은행은 가람-LM 2 운영을 위해 '혁신금융서비스'로 지정받아 규제 예외를 적용받았다.", expect: ['PARTICIPATES_IN 하늘은행 -> 혁신금융서비스'] },
  { cat: 'participates.service-designated-as', text: '바다은행도 지난 6월 혁신금융서비스 지정을 받았다.', expect: ['PARTICIPATES_IN 바다은행 -> 혁신금융서비스'] },
  { cat: 'participates.service-designated-as', text: '바다은행은 혁신금융서비스 지정을 받지 못했다.', absent: ['PARTICIPATES_IN 바다은행 -> 혁신금융서비스'] },
  // a selection announced by its object ('수혜 기업 N곳을 발표했다'), then the companies that made it, one of them unlisted
  {
    cat: 'participates.announced-selection',
    text: "과학기술정보통신부가 스타트업에 GPU를 지원하는 'AI 컴퓨팅 인프라 지원 사업' 3차 수혜 기업 12곳을 발표했어요. 한빛소프트와 다온틱스가 이름을 올렸어요.",
    expect: ['PARTICIPATES_IN 한빛소프트 -> AI 컴퓨팅 인프라 지원 사업'],
  },
  { cat: 'participates.announced-selection', text: "과학기술정보통신부가 'AI 컴퓨팅 인프라 지원 사업' 수혜 기업을 발표했다. 한빛소프트와 다온틱스가 포함됐다.", expect: ['PARTICIPATES_IN 한빛소프트 -> AI 컴퓨팅 인프라 지원 사업'] },
  { cat: 'participates.announced-selection', text: "과학기술정보통신부가 'AI 컴퓨팅 인프라 지원 사업' 수혜 기업을 발표했다. 한빛소프트와 누리랩스는 빠졌다.", absent: ['PARTICIPATES_IN 한빛소프트 -> AI 컴퓨팅 인프라 지원 사업'] },
  // a minister a few sentences after the ministry's announcement, speaking at its briefing, promotes the programme
  {
    cat: 'promotes.announcing-official',
    text: "정부의 '독자 AI 파운데이션 모델 프로젝트'가 마지막 관문에 들어섰다. 과학기술정보통신부는 어제 2차 단계평가 결과를 발표하고 한빛소프트와 누리랩스 컨소시엄을 3차 단계 진출팀으로 확정했다. 다섯 팀으로 출발한 사업이 두 팀으로 압축된 셈이다. 다온AI 컨소시엄은 이번 평가에서 고배를 마셨다. 김서준 과학기술정보통신부 장관은 발표 브리핑에서 \"세계 수준의 모델을 확보했다\"고 자평했다.",
    expect: ['PROMOTES 김서준 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // a co-founder named with a current post ('현 CTO') and 세웠다
  { cat: 'works-for.cofounded-with', text: '2023년 귀국한 그는 네이버 시절 동료였던 한지율 현 최고기술책임자(CTO)와 함께 업스테이지를 세웠다.', expect: ['WORKS_FOR 한지율 -> 업스테이지'] },
  { cat: 'works-for.cofounded-with', text: '그는 한지율 전 최고기술책임자(CTO)와 함께 업스테이지를 세웠다.', absent: ['WORKS_FOR 한지율 -> 업스테이지'] },
  // a successor word before the only model, its predecessor named two or three sentences back ('이 모델은' between)
  {
    cat: 'succeeds.successor-of-recent',
    text: "우리는 지난해 메타의 라마 3.1 8B를 바탕으로 물류 특화 모델 '가온-L 8B'를 만들어 고객사에 공급했다. 매개변수 80억 개짜리 이 모델은 성능 면에서 나쁘지 않았다. 그러나 고객사는 \"이 모델을 내년에도 쓸 수 있느냐\"고 물었다. 그래서 올해 6월 내놓은 후속작 '가온-L 2'는 전 과정을 우리 손으로 했다.",
    expect: ['SUCCEEDS 가온-L 2 -> 가온-L 8B'],
    absent: ['SUCCEEDS 가온-L 2 -> 라마 3.1 8B'],
  },
  // a model card's acknowledgement: the model selected for a programme, then what it was given
  {
    cat: 'participates.acknowledged-funding',
    text: 'Hanui-12B는 누리랩스가 개발한 한국어 모델입니다. 본 모델은 과학기술정보통신부와 정보통신산업진흥원(NIPA)이 주관하는 「AI 컴퓨팅 자원 지원사업」에 선정되어 GPU 사용료 일부를 지원받았습니다.',
    expect: ['PARTICIPATES_IN 누리랩스 -> AI 컴퓨팅 자원 지원사업'],
  },
];

/** A model card's contact section: a sentence opening on '문의는' with the address in parentheses. */
const CONTACT_SECTION = `<html><head><title>Nuri-Ko-8B | 모델허브</title></head><body><main><div class="prose">
<h2>소개</h2><p>업스테이지가 공개한 한국어 모델 Nuri-Ko-8B입니다.</p>
<h2>문의</h2>
<p>모델 관련 문의는 한지율 업스테이지 연구팀장(<a href="mailto:jiyul@example.com">jiyul@example.com</a>)에게 보내 주세요.</p>
</div></main></body></html>`;

describe('r59e generalisation rows', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});

describe('r59e generalisation pages', () => {
  it("a sentence opening on '문의는' that sends to a person at an address is text: the person's post is read", () => {
    expect(hasFact(pageGraph(CONTACT_SECTION), 'WORKS_FOR 한지율 -> 업스테이지')).toBe(true);
  });
});
