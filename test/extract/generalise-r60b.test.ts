/**
 * Generalisation rows for r60b: business and finance forms read again. A counted group of selected teams put in a
 * programme, then one heading per team; a research mailing's desk line and signature (its sender's staff); a telegraphic
 * base line's size; a deal's quoted name; common nouns with their topic particle that look like names; a memo's '…고 언급.'
 * Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, nodeLines, pageFacts, pageGraph, type FactRow } from './helpers.js';

const BATCH = (count: string, extra = '') =>
  '<html><head><meta charset="utf-8"><title>새싹랩 3기 선발 결과</title></head><body><article>' +
  '<h1>새싹랩 3기, 세 팀과 함께합니다</h1>' +
  "<p>액셀러레이터 새싹랩이 3기에 참여할 팀을 최종 선발했습니다. 이번 3기는 중소벤처기업부의 '청년 AI 도약 지원사업'과 연계해 운영됩니다. " +
  `3기 선발팀 ${count}은 모두 이 사업의 지원 대상 기업으로 함께 확정됐습니다.${extra}</p>` +
  '<h2>선발 팀 소개</h2>' +
  '<h3>1. 물빛랩스 — 수질 예측 모델</h3><p>물빛랩스는 하천 수질을 예측하는 모델을 만듭니다.</p>' +
  '<h3>2. 글벗AI — 교정 모델</h3><p>글벗AI는 문서 교정 모델을 만듭니다.</p>' +
  '<h3>3. 별숲테크 — 천문 데이터 분석</h3><p>별숲테크는 관측 데이터를 분석합니다.</p>' +
  '<h2>파트너</h2><p>크레딧은 클라우드 회사가 제공합니다.</p></article></body></html>';

const MAIL =
  'From: 가람증권 리서치센터 <research@garam.example>\nTo: 법인영업본부\nDate: Thu, 4 Mar 2027 07:30:00 +0900\nSubject: [가람 모닝미팅] 3/4(목) 소프트웨어\n\n' +
  '■ 소프트웨어 (담당: 모하준 수석연구원 / 편서율 연구원)\n\n' +
  "1) 누리메타(123450) — 누리-Q 3 출시\n - 어제 장 마감 후 '누리-Q 3' 공개. 메타 Llama 3.1 70B 기반, 700억 파라미터.\n - 회사 발표치: KMMLU 52.3.\n\n" +
  '━━━━━━━━━━━━━━━━\n탁지오 | 선임연구원 | 반도체\n';

const COLUMN =
  '<html><head><meta charset="utf-8"><title>\'토종 AI\' 누리별 4, 어디까지 믿을까요?</title></head><body><article>' +
  "<h1>'토종 AI' 누리별 4, 어디까지 믿을까요?</h1>" +
  '<p>Q1. 지난주 가온스카이가 누리별 4를 내놨습니다. 어디서 온 모델인가요?</p>' +
  '<p>A. 가온스카이가 공개한 누리별 4는 누리별 3.5의 후속 모델입니다. 누리별 3.5는 메타의 Llama 3.1 70B를 바탕으로 했습니다.</p>' +
  '<p>Q2. 성능은 어느 정도인가요?</p>' +
  '<p>A. 회사가 밝힌 수치를 보면 KMMLU에서 61.4점, CLIcK에서 72.8점을 받았습니다.</p></article></body></html>';

const EVENT =
  '<html><head><meta charset="utf-8"><title>하늬AI 신제품 기자간담회 안내</title></head><body><main><h1>하늬AI 기자간담회</h1>' +
  '<p>하늬AI는 한국어 언어모델을 처음부터 직접 만드는 회사입니다.</p><h2>세부 순서</h2>' +
  '<table><tr><th>시간</th><th>내용</th><th>발표자</th></tr>' +
  '<tr><td>10:00~10:20</td><td>인사말</td><td>변하준 대표</td></tr>' +
  '<tr><td>10:20~10:50</td><td>기술 발표</td><td>마이클 정(Michael Jung) 최고기술책임자(CTO)</td></tr></table></main></body></html>';

const ABSTRACTS =
  '학술대회 포스터 초록집\n\n[P-03]\n누리-의료 2B: 의료 상담용 소형 언어모델\n' +
  '탁서윤¹*, 모하린¹, 편도준²\n¹바람헬스케어 AI연구팀, ²한빛대학교 의공학과  (*교신저자)\n\n' +
  '요약: 저사양 기기에서 동작하는 의료 상담용 소형 언어모델 누리-의료 2B(Nuri-Med 2B)를 제안한다. 상담 대화 20만 건으로 학습하였다.\n';

const FUND =
  '==============================================================\n   바람결 AI초기투자조합 제1호\n   2027년 1분기 운용보고서\n   업무집행조합원(GP): 바람결파트너스 주식회사\n==============================================================\n\n' +
  '1. 조합 개요\n--------------------------------------------------------------\n' +
  '  조합명          바람결 AI초기투자조합 제1호\n  결성일          2025.03.02\n  대표펀드매니저  채도윤 (바람결파트너스 상무)\n  핵심운용인력    채도윤, 탁서진 (수석심사역), 피하람 (심사역)\n\n';

const CARDS =
  '<html><head><meta charset="utf-8"><title>누리봇 채용설명회</title></head><body><main><h1>누리봇 채용설명회</h1>' +
  '<p>누리봇은 상담 언어모델을 만드는 회사입니다.</p><h2>연사 소개</h2>' +
  '<h3>모서율 추론팀 리드 (12월 합류 예정)</h3><p>현재 네이버클라우드 수석연구원으로 검색 모델 최적화를 맡고 있으며, 12월 누리봇 추론팀 리드로 합류합니다.</p>' +
  '</main></body></html>';

const rows: FactRow[] = [
  {
    cat: "a deal's name quoted as a filing gives it ('공시상 명칭은 '… 계약'') is no model",
    text: "바람소프트는 한결데이터와 공동개발 계약을 맺었다고 공시했다. 공시상 명칭은 '공동개발 및 기술제휴 계약'이다.",
    noNodes: ['Model:공동개발 및 기술제휴 계약'],
  },
  {
    cat: "a common noun with its topic particle before a title-like word is no person ('… 표현은 과장이다', '연동은 X 측이 담당')",
    text: "누리소프트는 한빛텔레콤에 상담 솔루션을 공급한다. 하늘봇 연동은 한빛텔레콤 측이 담당한다. 일부 매체의 '전략적 제휴' 표현은 과장이다.",
    noNodes: ['Person:연동은', 'Person:표현은'],
    absent: ['WORKS_FOR 연동은 -> 한빛텔레콤'],
  },
  {
    cat: "a name that ends like a topic particle is still a name where it is one ('담당자는 NAME 과장이다')",
    text: '한빛텔레콤의 상담 모델 담당자는 이지은 과장이다.',
    nodes: ['Person:이지은'],
  },
  {
    cat: "an official's words in a memo's noun-ending style ('…\"고 언급.') speak for the programme named before",
    text: "과기정통부 '한빛 AI 모델 사업' 2차 평가에서 누리랩 컨소시엄 탈락이 확인됐다. 평가를 총괄한 과기정통부 하지율 인공지능정책관은 \"남은 팀은 내년까지 점검하겠다\"고 언급.",
    expect: ['PROMOTES 하지율 -> 한빛 AI 모델 사업'],
  },
  {
    cat: "a partner named as the topic of a co-development ('X과는 … 협약을 맺고 … 모델 'Y'를 공동 개발') co-develops the model",
    text: "한솔AI는 지난달 언어모델 '솔바람 3'을 공개했다. 가람텔레콤과는 지난 5월 업무협약을 맺고 솔바람 3을 기반으로 한 상담 특화 모델 '솔바람 3 콜'을 공동 개발하고 있다.",
    expect: ['DEVELOPED 가람텔레콤 -> 솔바람 3 콜'],
  },
  {
    cat: "a contrast is no co-development ('X와는 달리 … 'Y'를 공동 개발')",
    text: "한솔AI는 가람텔레콤과는 달리 자체 데이터로 만든 상담 모델 '솔바람 콜'을 누리대학과 공동 개발했다.",
    absent: ['DEVELOPED 가람텔레콤 -> 솔바람 콜'],
  },
  {
    cat: "a tagged version alone in a succession sentence ('X-챗 v3는 작년 공개한 v2의 후속') is the line's model with that tag",
    text: '가온브릭스의 금융 상담 모델 가온-챗 v3는 작년 공개한 v2의 후속 모델로, 메타의 Llama 3.1 8B를 바탕으로 만들어졌다.',
    expect: ['SUCCEEDS 가온-챗 v3 -> 가온-챗 v2'],
  },
  {
    cat: "a move to a company's unit in a memo's style ('NAME이 퇴사하여 X 검색AI 조직으로 이동함') is a post at that company",
    text: '최고기술책임자(CTO)였던 모하윤 공동창업자가 6월 퇴사하여 한빛클라우드 검색AI 조직으로 이동함.',
    expect: ['WORKS_FOR 모하윤 -> 한빛클라우드'],
  },
  {
    cat: "a base named with '를 베이스로' leaves a telegraphic release's openness to the model in focus",
    text: "딥소리는 7월 상담 특화 언어모델 '소리-8B'를 공개함. 메타의 Llama 3.1 8B를 베이스로 녹취를 추가 학습한 80억 파라미터 모델이며, 가중치는 허깅페이스에 아파치 2.0 라이선스로 공개됨.",
    props: ['소리-8B=openSource:true'],
  },
  {
    cat: "a tagged version in brackets after a name ('X 24B (v1.0 후속 패치)') is a note on that model, no sibling",
    text: '07. 하람시그마 | 하람-M 24B v1.1 | 24B | 하람-M 24B (v1.0 후속 패치, 토크나이저 버그 수정)',
    noNodes: ['Model:하람-M 24B v1.0'],
  },
];

describe('r60b: business and finance forms read again', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));

  it("a counted group of selected teams put in a programme, then one numbered heading per team: each team takes part", () => {
    const facts = pageFacts(BATCH('3곳'));
    for (const c of ['물빛랩스', '글벗AI', '별숲테크']) expect(facts).toContain(`PARTICIPATES_IN ${c} -> 청년 AI 도약 지원사업`);
  });

  it('a count that does not match the headings, or a group said to have declined, gives no participants', () => {
    expect(pageFacts(BATCH('4곳')).filter((f) => f.startsWith('PARTICIPATES_IN'))).toEqual([]);
    expect(pageFacts(BATCH('3곳', ' 다만 세 팀 모두 지원을 사양했습니다.').replace('함께 확정됐습니다', '함께 확정됐지만 지원을 사양했습니다')).filter((f) => f.startsWith('PARTICIPATES_IN'))).toEqual([]);
  });

  it("a reader-question column: a numbered question that names no model asks about the headline's model, not the predecessor the last answer named", () => {
    const facts = pageFacts(COLUMN);
    expect(facts).toContain('SCORED 누리별 4 -> KMMLU');
    expect(facts).toContain('SCORED 누리별 4 -> CLIcK');
    expect(facts).not.toContain('SCORED 누리별 3.5 -> KMMLU');
  });

  it("an event timetable: a speaker cell with the name's Latin spelling and the post's abbreviation in brackets is the host's", () => {
    expect(pageFacts(EVENT)).toContain('WORKS_FOR 마이클 정 -> 하늬AI');
  });

  it("a book of abstracts: a model an entry's abstract proposes is built by the one company its authors' marked affiliations name", () => {
    expect(pageFacts(ABSTRACTS, 'abstracts.txt')).toContain('DEVELOPED 바람헬스케어 -> 누리-의료 2B');
  });

  it("a fact sheet's labelled list of people: those listed with a post work where the list's known person works", () => {
    const facts = pageFacts(FUND, 'report.txt');
    expect(facts).toContain('WORKS_FOR 탁서진 -> 바람결파트너스');
    expect(facts).toContain('WORKS_FOR 피하람 -> 바람결파트너스');
  });

  it("a speaker card headed by the person: its first line's '현재 X POST으로' is a post held now", () => {
    expect(pageFacts(CARDS)).toContain('WORKS_FOR 모서율 -> 네이버클라우드');
  });

  it("a research mailing: the desk line's and the signature's people work for the sender; a telegraphic base line's size is the release's", () => {
    const g = pageGraph(MAIL, 'mail.txt');
    const facts = pageFacts(MAIL, 'mail.txt');
    expect(facts).toContain('WORKS_FOR 모하준 -> 가람증권');
    expect(facts).toContain('WORKS_FOR 편서율 -> 가람증권');
    expect(facts).toContain('WORKS_FOR 탁지오 -> 가람증권');
    expect(nodeLines(g)).toContain('Model:누리-Q 3');
    expect(g.nodes.find((n) => n.name === '누리-Q 3')?.properties.parameters).toBe(70000000000);
  });
});
