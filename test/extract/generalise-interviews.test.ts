/**
 * Generalisation rows for executive interviews (a lead paragraph, then "-질문" lines and quoted
 * answers in the first person) and for the model names such stories quote. Every sentence here is
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'quoted name ending in a size',
    text: "직원 30명 스타트업이 만든 언어모델이 화제다. 지난달 가중치를 공개한 누리랩AI의 ‘누리 바람 9B’ 얘기다.",
    nodes: ['Model:누리 바람 9B'],
    expect: ['DEVELOPED 누리랩AI -> 누리 바람 9B'],
    props: ['누리 바람 9B=parameters:9000000000'],
  },
  {
    cat: 'quoted name ending in a size',
    text: "별빛소프트의 ‘별빛 노을-2.5B’ 이야기를 들었다.",
    nodes: ['Model:별빛 노을-2.5B'],
  },
  {
    cat: 'quoted name ending in a size',
    text: "설치 명령은 ‘org/Some-Name-7B’ 형식이다. 가온랩스가 이를 안내했다.",
    noNodes: ['Model:org/Some-Name-7B'],
  },
  {
    cat: 'parenthesised alias before the version',
    text: "가온소프트는 의료 언어모델 '다올 메디(Daol Medi) 2.0'을 공개했다. 다올 메디 2.0은 진료 요약에 쓰인다.",
    nodes: ['Model:다올 메디 2.0'],
    sameNode: ['다올 메디 2.0=Daol Medi 2.0'],
    noNodes: ['Model:다올 메디(Daol Medi) 2.0'],
  },
  {
    cat: 'release stage after the name',
    text: "업스테이지는 새 모델 '다올 메디 2.0'을 공개했다. 다올 메디 2.0 시범 버전은 한국어 의료 평가 벤치마크인 KorMedMCQA에서 66.2점을 기록했다.",
    expect: ['SCORED 다올 메디 2.0 -> KorMedMCQA'],
    edgeProps: ['SCORED 다올 메디 2.0 -> KorMedMCQA score=66.2'],
  },
  {
    cat: "a parent's accelerator named as an investor is its own company",
    text: '가온소프트는 새 모델 ‘가온 2’를 공개했다. 네이버 D2SF와 카카오벤처스는 지난해 투자에 참여한 투자사다.',
    nodes: ['Company:네이버 D2SF'],
    noNodes: ['Company:네이버'],
  },
  {
    // a generation word between the release verb and the quoted name ("작년에 선보인 1세대 'X'"): still a model
    cat: 'model.generation-word-before-quoted-name',
    text: "하늘소리는 지난달 '소리결 3'을 내놨다. 재작년에 선보인 1세대 '소리결'의 후속 모델이다.",
    nodes: ['Model:소리결'],
    expect: ['SUCCEEDS 소리결 3 -> 소리결'],
  },
  {
    // "'Y'라는 … 모델을 운영하고 있습니다": the model introduced by name is what the next sentences (a polite "…모델이에요") are about
    cat: 'focus.named-as-model',
    text: "하늘소리는 지난달 음성 모델 '소리결 3'을 내놨다.\n\n\"'하늘챗 8B'라는 상담용 모델도 운영하고 있습니다. 메타의 '라마 3.1 8B'에 상담 기록을 추가 학습한 모델이에요.\"",
    expect: ['BASED_ON 하늘챗 8B -> 라마 3.1 8B'],
    absent: ['BASED_ON 소리결 3 -> 라마 3.1 8B'],
  },
];

describe('interviews and quoted model names', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});

/** A headline that names a model only by its bare family word, a lead that names the company's own model, and answers without a subject. */
describe("a headline's bare family word is not what the answers are about", () => {
  const body = [
    "지난달 가중치를 공개한 가람AI의 ‘가람 코어 9B’ 얘기다.",
    '-어떤 모델인가.',
    '“파라미터 90억개짜리 한국어 모델입니다. 데이터 수집부터 사전학습까지 전부 처음부터 우리 손으로 했습니다.”',
    '-메타의 라마 3를 바탕으로 만든 것 아니냐는 말도 있었다.',
    '“아닙니다. 가중치를 하나도 가져다 쓰지 않았습니다.”',
    '-성능은.',
    '“KMMLU에서 57.1점을 받았습니다.”',
  ].join('\n\n');
  it('keeps the lead model in focus', () => {
    const g = extractArticle(parseText(`[인터뷰] 가람AI 대표 “라마 베낀 모델? 처음부터 만들었다”\n\n${body}`, { source: 'test.txt', publishedAt: '2025-07-14' }));
    const node = (name: string) => g.nodes.find((n) => n.name === name);
    const core = node('가람 코어 9B');
    expect(core?.properties).toMatchObject({ fromScratch: true, parameters: 9000000000 });
    expect(node('라마 3')?.properties.fromScratch).toBeUndefined();
    const kmmlu = node('KMMLU');
    expect(g.edges.some((e) => e.type === 'SCORED' && e.source === core?.id && e.target === kmmlu?.id && e.properties.score === 57.1)).toBe(true);
  });
});

/** An interview whose answers speak for the interviewee's company and name a partner and investors as subjects. */
describe("an interview's answers speak for the interviewee's company", () => {
  const text = [
    '직원 20명의 스타트업이 화제다. 박은솔 업스테이지 대표를 만났다.',
    '-협력 중인 곳은.',
    '“저희는 작은 회사입니다. 하나은행과 상담용 모델 ‘솔빛 뱅크’를 함께 개발하고 있습니다. 솔라 프로2에 은행 상담 데이터를 추가 학습시키는 방식이에요. 카카오벤처스는 지난해 투자에 참여한 투자사고요.”',
    '-정부 사업은.',
    '“독자 AI 파운데이션 모델 프로젝트 추가 공모에 지원했는데 떨어졌습니다.”',
  ].join('\n\n');
  it.each([
    'DEVELOPED 업스테이지 -> 솔빛 뱅크',
    'DEVELOPED 하나은행 -> 솔빛 뱅크',
    'BASED_ON 솔빛 뱅크 -> 솔라 프로2',
    'PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트',
  ])('%s', (fact) => checkFactRow({ cat: 'interview', text, expect: [fact], absent: ['PARTICIPATES_IN 카카오벤처스 -> 독자 AI 파운데이션 모델 프로젝트'] }));
});

describe("a Q&A answer with no subject of its own is the interviewee's company speaking (clause frames too)", () => {
  const text = [
    '처음부터 자체 모델을 학습하는 회사가 있다. 박은솔 업스테이지 대표를 만났다.',
    'Q. 어떤 회사인가.',
    'A. 저희가 처음부터 직접 구축한 모델을 만듭니다.',
    'Q. 협력은.',
    'A. 퓨리오사AI와는 추론 칩 최적화를 공동 개발하고 있습니다.',
    'Q. 다른 곳은.',
    'A. 금융 상담 분야에서는 KT와도 협력하고 있고요. 리벨리온과는 달리 저희는 칩을 만들지 않습니다.',
  ].join('\n\n');
  it.each(['PARTNERS_WITH 업스테이지 -> 퓨리오사AI', 'PARTNERS_WITH KT -> 업스테이지'])('%s', (fact) =>
    checkFactRow({ cat: 'interview speaker', text, expect: [fact], absent: ['PARTNERS_WITH 리벨리온 -> 업스테이지'] }));
});

describe("a colleague's chief post named in an answer is at the interviewee's company, not at the last company the answers named (an investor)", () => {
  const text = [
    '[인터뷰] 상담 음성 모델 만드는 스타트업',
    '콜센터용 음성 모델을 만드는 스타트업이 있다. 한가람 소리결AI 대표를 만났다.',
    'Q. 어떤 회사인가.',
    'A. 저희는 상담 통화에 강한 음성 모델을 만듭니다.',
    'Q. 투자는.',
    'A. 지난봄 한빛벤처스가 이끈 시리즈A에서 80억원을 받았습니다.',
    'Q. 팀은 어떻게 꾸렸나.',
    'A. 공동창업자인 서도윤 최고기술책임자(CTO)가 연구를 이끌고 있습니다. 저는 영업을 맡고 있고요.',
  ].join('\n\n');
  it('WORKS_FOR 서도윤 -> 소리결AI', () =>
    checkFactRow({ cat: 'interview colleague', text, expect: ['WORKS_FOR 서도윤 -> 소리결AI'], absent: ['WORKS_FOR 서도윤 -> 한빛벤처스'] }));
});

describe('an answer about a model the question or the answer\'s first sentence names (Q. X는 …?, "2B 크기의 ‘X’입니다")', () => {
  const text = [
    '처음부터 자체 모델을 학습하는 회사가 있다. 박은솔 업스테이지 대표를 만났다.',
    'Q. 주력 모델은.',
    'A. 매개변수 200억개 규모의 ‘솔빛 3’입니다.',
    'Q. 경량 모델도 냈는데.',
    'A. 2B 크기의 ‘솔빛 3 미니’입니다. 솔빛 3를 교사 모델로 삼아 지식 증류로 만들었습니다.',
    'Q. 솔빛 3 나노는 어떻게 만들었나요?',
    'A. 솔빛 3 미니를 교사 모델로 삼아 증류 방식으로 학습했습니다.',
  ].join('\n\n');
  it.each(['BASED_ON 솔빛 3 미니 -> 솔빛 3', 'BASED_ON 솔빛 3 나노 -> 솔빛 3 미니'])('%s', (fact) =>
    checkFactRow({ cat: 'interview focus', text, expect: [fact], absent: ['BASED_ON 솔빛 3 -> 솔빛 3 미니'] }));
});

describe('a company blog whose writer opens by saying whose team they are speaks for that company (subject-less lines are its own)', () => {
  const text = [
    '안녕하세요, 누리젠AI 데이터 팀입니다 🙌 오늘은 올해 작업을 돌아봅니다.',
    'Baram-Ko 2 8B: 메타의 라마 3.1 8B 위에서 추가 학습한 모델입니다.',
    '학습 데이터 정제는 한빛데이터와 공동으로 진행했습니다.',
    "또 정부의 'AI 바우처 지원사업'에도 지원해 공급기업으로 선정되었습니다.",
  ].join('\n\n');
  it.each(['PARTNERS_WITH 누리젠AI -> 한빛데이터', 'PARTICIPATES_IN 누리젠AI -> AI 바우처 지원사업', 'BASED_ON Baram-Ko 2 8B -> 라마 3.1 8B'])('%s', (fact) =>
    checkFactRow({ cat: 'company-blog voice', text, expect: [fact], absent: ['PARTNERS_WITH 누리젠AI -> 메타'] }));
});

describe('a task done together with a company in a subject-less sentence is the story\'s company partnering ("…작업은 X와 공동으로 진행했다")', () => {
  it.each([
    ["한빛텔레콤이 상담 특화 모델 '한빛콜 2'를 공개했다. 미세조정 작업은 누리AI와 공동으로 진행했다.", 'PARTNERS_WITH 한빛텔레콤 -> 누리AI'],
    ["누리젠AI는 새 번역 모델 '바람결 T'를 내놨다. 평가 데이터 구축은 한빛데이터와 함께 수행했다.", 'PARTNERS_WITH 누리젠AI -> 한빛데이터'],
    // "X와의 협업으로 확보했다", "X와의 협력을 통해 마련했다": done through a collaboration with X
    ["누리젠AI는 새 번역 모델 '바람결 T'를 내놨다. 학습용 GPU는 KT클라우드와의 협업으로 확보했다.", 'PARTNERS_WITH 누리젠AI -> KT클라우드'],
    ["누리젠AI는 새 번역 모델 '바람결 T'를 내놨다. 평가 체계는 네이버클라우드와의 협력을 통해 마련했다.", 'PARTNERS_WITH 누리젠AI -> 네이버클라우드'],
  ])('%s', (text, fact) => checkFactRow({ cat: 'partners.task-together', text, expect: [fact] }));
});

describe("a question that names no model asks about the model the interview is about, not the one the last answer named", () => {
  const text = [
    '[인터뷰] 상담 음성 모델 만드는 스타트업',
    "음성 AI 스타트업 소리결AI가 내놓은 음성 모델 '소리결-V 2'가 콜센터에서 자리를 잡고 있다. 한가람 소리결AI 대표를 만났다.",
    'Q. 소리결-V 2는 어떤 모델인가.',
    "A. 음성을 듣고 곧바로 답하는 모델입니다. 대신 저희는 소형 모델 '소리결-미니'도 따로 만들었어요.",
    'Q. 성능은 어느 정도인가.',
    'A. 한국어 음성인식 평가셋인 KsponSpeech에서 문자오류율(CER) 6.1%를 기록했습니다. 같은 조건에서 오픈AI의 위스퍼 라지 v3는 8.2%였습니다.',
    'Q. 협력사는.',
    'A. 또 KT와는 지난달 AI 콜센터 공동 개발 업무협약(MOU)을 맺었어요. 소리결-V 2를 KT 상품에 얹습니다.',
  ].join('\n\n');
  it.each([
    ['SCORED 소리결-V 2 -> KsponSpeech', 'SCORED 소리결-미니 -> KsponSpeech'],
    ['SCORED 위스퍼 라지 v3 -> KsponSpeech', 'SCORED 소리결-V 2 -> 위스퍼 라지 v3'],
    ['PARTNERS_WITH KT -> 소리결AI', 'PARTNERS_WITH KT -> 오픈AI'],
  ])('%s', (fact, absent) => checkFactRow({ cat: 'interview model', text, expect: [fact], absent: [absent] }));
});

/**
 * "-질문." lines over quoted answers: the questions are the interviewer's; one naming a rumoured base ("-딥시크의 R1을 증류했다는
 *말도 있다.") does not make that model what a later question with no model asks about, the lead's model stays so; a base
 * another company owns, trained further ("B의 M을 가져와 추가 사전학습을 했다"), is no model the interviewee's company made.
 */
describe('dash questions over quoted answers', () => {
  const text = [
    "2022년 설립된 다온비전은 직원 25명의 AI 스타트업으로, 지난달 추론 모델 '다온-T 7B'를 공개했다. 다음은 한서진 다온비전 대표와의 일문일답.",
    '-베이스 모델은.',
    '“구글의 젬마 3 12B를 가져와서 한국어 데이터 800억 토큰으로 추가 사전학습을 했고, 그 위에 강화학습을 얹었습니다.”',
    '-일각에서는 큐원3 32B를 증류해 만들었다는 말도 나온다.',
    '“사실이 아닙니다. 큐원3 32B가 낸 답은 학습 데이터로 쓰지 않았습니다.”',
    '-성능은 어떤가.',
    '“저희 모델은 KMMLU에서 55.2점이 나왔습니다.”',
  ].join('\n\n');
  it.each(['BASED_ON 다온-T 7B -> 젬마 3 12B', 'SCORED 다온-T 7B -> KMMLU'])('%s', (fact) =>
    checkFactRow({ cat: 'dash questions', text, expect: [fact], absent: ['DEVELOPED 다온비전 -> 젬마 3 12B', 'SCORED 큐원3 32B -> KMMLU', 'BASED_ON 다온-T 7B -> 큐원3 32B'] }));
});
