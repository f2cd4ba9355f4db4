/**
 * Generalisation rows for an evaluation stage's results and an engineering post: a table whose team
 * column names the lead company ("팀(주관사)"), a listed company described by its age ("창업 3년 차
 * 스타트업 X"), a successor named as the object after "A의 후속으로 … 개발한", a Hangul name with a
 * long Latin word and a size ("하람-Writer 9B"), and an option only considered ("…를 교사로 쓰는
 * 방안도 검토했다"), a quoted model a smaller one was distilled from ("'X'에서 증류… KMMLU 68.2점").
 * A company named once, then subject-less clauses of joint work ("Y와 공동 개발한 …"), and after one a role it
 * was selected for ("…하고 있으며, … 공급기업으로 선정됐다"). Sentences and tables written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a listed company described by its age before its kind ("창업 3년 차 스타트업 X", "설립 5년 차 기업 Y")
  { cat: 'participates.aged-description', text: "정부의 '독자 AI 파운데이션 모델 프로젝트' 3차 관문을 네이버클라우드, KT, 그리고 창업 3년 차 스타트업 하람랩스가 통과했다.", expect: ['PARTICIPATES_IN 하람랩스 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'participates.aged-description', text: "'독자 AI 파운데이션 모델 프로젝트'의 세 번째 관문을 카카오와 설립 5년 차 기업 누리봇이 통과했다.", expect: ['PARTICIPATES_IN 누리봇 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 카카오 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "A의 후속으로 (자체) 개발한 'B'를 내세웠다": B is the successor, not the model the article is about
  {
    cat: 'succeeds.relative-object',
    text: "네이버클라우드는 자체 개발한 '하이퍼클로바X 씽크'로 1위에 올랐다. KT는 지난해 선보였던 '믿:음 2.0'의 후속으로 자체 개발한 '믿:음 3.0'을 내세워 2위를 차지했다.",
    expect: ['SUCCEEDS 믿:음 3.0 -> 믿:음 2.0'],
    absent: ['SUCCEEDS 하이퍼클로바X 씽크 -> 믿:음 2.0'],
  },
  // a Hangul name, a hyphen, a Latin word of five letters or more, then a size: one model with that size
  {
    cat: 'model-name.hangul-latin-word-size',
    text: '하람소프트는 한국어 글쓰기 모델 하람-Writer 9B를 공개했다. 하람-Writer 9B는 지난 3월 공개한 하람-Writer 4B의 후속 모델이다.',
    nodes: ['Model:하람-Writer 9B', 'Model:하람-Writer 4B'],
    noNodes: ['Model:하람-Writer'],
    expect: ['SUCCEEDS 하람-Writer 9B -> 하람-Writer 4B', 'DEVELOPED 하람소프트 -> 하람-Writer 9B'],
    props: ['하람-Writer 9B=parameters:9000000000'],
  },
  {
    cat: 'model-name.hangul-latin-word-size',
    text: '누리랩은 코드 생성 모델 누리-Coder 14B를 오픈소스로 공개했다.',
    nodes: ['Model:누리-Coder 14B'],
    noNodes: ['Model:누리-Coder'],
  },
  // a quoted model something was distilled from ("모델 'X'에서 증류… KMMLU 68.2점") is that model, no benchmark, and the score is not its own
  { cat: 'model.distilled-from-quoted', text: '- 자체 대형 모델 ‘하람 X 맥스’에서 증류… KMMLU 68.2점', nodes: ['Model:하람 X 맥스'], noNodes: ['Benchmark:하람 X 맥스'], absent: ['SCORED 하람 X 맥스 -> KMMLU'] },
  { cat: 'model.distilled-from-quoted', text: "하람소프트의 새 모델은 내부 모델 '하람 X 울트라'에서 증류해 HRM8K 55.1점을 받았다.", nodes: ['Model:하람 X 울트라'], expect: ['SCORED 하람소프트의 새 모델 -> HRM8K', 'BASED_ON 하람소프트의 새 모델 -> 하람 X 울트라'], absent: ['SCORED 하람 X 울트라 -> HRM8K'] },
  // a booth card's company, named once, then a subject-less clause of joint work with a partner ("X와 공동 개발한 플랫폼", "Y와 … 공동 실증하고")
  { cat: 'partners.omitted-subject-joint', text: "누리소프트는 자체 모델 '누리-5'를 선보인다. KT와 공동 개발한 기업용 플랫폼 '누리 웍스'에서 누리-5가 업무를 처리하는 과정을 시연한다.", expect: ['PARTNERS_WITH KT -> 누리소프트'] },
  { cat: 'partners.omitted-subject-joint', text: "누리소프트는 자체 모델 '누리-5'를 선보인다. 일본 통신사 사쿠라텔과 공동 개발 중인 일본어 상담 서비스도 함께 소개한다.", expect: ['PARTNERS_WITH 누리소프트 -> 사쿠라텔'] },
  { cat: 'partners.omitted-subject-joint', text: "누리소프트는 자체 모델 '누리-5'를 선보인다. 물류 기업 한빛로지스와 인천항에서 화물 판독을 공동 실증하고 있다.", expect: ['PARTNERS_WITH 누리소프트 -> 한빛로지스'] },
  { cat: 'partners.omitted-subject-joint', text: '딥노아는 새 모델을 공개했다. 네이버클라우드와 모델을 공동 개발했다는 내용도 사실이 아니다.', absent: ['PARTNERS_WITH 네이버클라우드 -> 딥노아'] },
  { cat: 'partners.omitted-subject-joint', text: "누리소프트는 자체 모델 '누리-5'를 선보인다. 삼성전자가 KT와 공동 개발한 플랫폼도 전시된다.", absent: ['PARTNERS_WITH KT -> 누리소프트'] },
  // a subject-less selection in a role ("… 지원사업' 공급기업으로 선정됐다") in a clause after such joint work
  { cat: 'participates.omitted-subject-role', text: "KT는 항만 모델을 선보인다. 물류 기업 한빛로지스와 인천항에서 화물 판독을 공동 실증하고 있으며, 올해 정보통신산업진흥원 'AI 바우처 지원사업' 공급기업으로 선정됐다.", expect: ['PARTICIPATES_IN KT -> AI 바우처 지원사업', 'PARTNERS_WITH KT -> 한빛로지스'], absent: ['PARTICIPATES_IN 한빛로지스 -> AI 바우처 지원사업'] },
  // "전 모델" (the previous model) is no part of a longer word ("비전 모델", "발전 모델"): a digest's next item is no predecessor
  { cat: 'succeeds.previous-word', text: "누리랩은 새 모델 '누리-9'를 공개했다. 한빛AI는 의료 영상 비전 모델 '한빛-V'를 개발한 회사다.", absent: ['SUCCEEDS 누리-9 -> 한빛-V'] },
  { cat: 'succeeds.previous-word', text: "누리랩은 새 모델 '누리-9'를 공개했다. 이전 모델인 누리-8보다 빠르다.", expect: ['SUCCEEDS 누리-9 -> 누리-8'] },
  // a score given as the metric it is ("문자오류율(CER) 5.8%", "단어오류율 7.2%"), on a section of a benchmark ("MTEB 다국어 부문에서 평균"), on a named evaluation set ("평가셋 K-Dialect")
  { cat: 'scored.metric-section-set', text: '하늬-S 2는 음성 벤치마크 KsponSpeech에서 문자오류율(CER) 6.4%, 사투리 평가셋 K-Saturi에서 10.2%를 기록했다.', expect: ['SCORED 하늬-S 2 -> KsponSpeech', 'SCORED 하늬-S 2 -> K-Saturi'], edgeProps: ['SCORED 하늬-S 2 -> KsponSpeech score=6.4', 'SCORED 하늬-S 2 -> K-Saturi score=10.2'] },
  { cat: 'scored.metric-section-set', text: '하늬-E 1은 임베딩 벤치마크 MTEB 한국어 부문에서 평균 68.9점을 받았다.', expect: ['SCORED 하늬-E 1 -> MTEB'], edgeProps: ['SCORED 하늬-E 1 -> MTEB score=68.9'] },
  { cat: 'scored.metric-section-set', text: '하늬-S 2는 KsponSpeech에서 단어오류율 7.2%를 기록했다.', edgeProps: ['SCORED 하늬-S 2 -> KsponSpeech score=7.2'] },
  // a company putting its model forward ("X는 … 모델 'Y'를 앞세워 … 진출한다") made it; another's model it puts forward is that one's
  { cat: 'developed.put-forward', text: "노르딕AI는 다국어 모델 'Nordic-LM 3'를 앞세워 한국 시장에 진출한다.", expect: ['DEVELOPED 노르딕AI -> Nordic-LM 3'] },
  { cat: 'developed.put-forward', text: 'KT는 마이크로소프트의 GPT-4o를 앞세워 기업 시장을 공략한다.', absent: ['DEVELOPED KT -> GPT-4o'] },
  // a public scheme named by its last word ("… 검토제", "… 심사제", "… 제도"), and a company that went through it ("…를 거친", "…를 거쳤다")
  { cat: 'policy.scheme', text: "가온랩스가 지난해 공정위의 '사전 심사제'를 거친 점은 감경 사유로 반영됐다.", nodes: ['Policy:사전 심사제'], expect: ['PARTICIPATES_IN 가온랩스 -> 사전 심사제'] },
  { cat: 'policy.scheme', text: "KT는 지난해 과기정통부의 '데이터 안심 인증 제도'를 거쳤다.", nodes: ['Policy:데이터 안심 인증 제도'], expect: ['PARTICIPATES_IN KT -> 데이터 안심 인증 제도'] },
  { cat: 'policy.scheme', text: '가온-3는 세 단계의 학습 과정을 거쳐 완성됐다.', noNodes: ['Policy:세 단계의 학습 과정'] },
  // a commission's short name ("개인정보위", "금융위") is a public body, not a company: its official is a person with no employer
  { cat: 'official.commission-short-name', text: '선우진 개인정보위 조사국장은 "이용자에게 먼저 알려야 한다"고 말했다.', nodes: ['Person:선우진'], noNodes: ['Company:개인정보위'] },
  { cat: 'official.commission-short-name', text: '김하준 금융위 국장은 "AI 활용 지침을 곧 내놓겠다"고 말했다.', nodes: ['Person:김하준'], noNodes: ['Company:금융위'] },
  // "이 회사" after a company named only as where someone was ("네이버 출신 NAME 대표가 설립한 이 회사는") still points back
  { cat: 'reference.after-former-place', text: '이번 평가의 최대 이변은 하람랩스다. 네이버 출신 김도윤 대표가 2023년 설립한 이 회사는 새 모델로 4위를 차지했다.', expect: ['WORKS_FOR 김도윤 -> 하람랩스'], absent: ['WORKS_FOR 김도윤 -> 네이버'] },
  // a size aimed at ("1조 파라미터급 모델 개발에 도전", "… 모델을 목표로") is no model's size; the model's own count is
  { cat: 'parameters.aimed-size', text: "가온랩스가 개발한 '가온-3'이 1위를 했다. 결선에 오른 팀은 내년까지 5000억 파라미터급 모델 개발에 도전하게 된다. 가온-3은 매개변수 700억 개 규모다.", props: ['가온-3=parameters:70000000000'] },
  // a teacher or base only weighed as an option ("…를 교사로 쓰는 방안도 검토했다") is none
  {
    cat: 'based-on.option-considered',
    text: '## 교사 모델에서 증류하기\n\n3단계에서는 사내 교사 모델인 가람-Coder 30B가 만든 풀이 50만 건으로 증류 학습을 했습니다. 가람-Coder 30B는 외부에 공개하지 않은 내부 모델입니다.\n\n처음에는 구글의 젬마 3를 교사로 쓰는 방안도 검토했습니다.',
    absent: ['BASED_ON 가람-Coder 30B -> 젬마 3'],
  },
  { cat: 'based-on.option-considered', text: '가온-2는 메타의 라마 3.1을 기반으로 학습하는 방안도 검토했다.', absent: ['BASED_ON 가온-2 -> 라마 3.1'] },
  { cat: 'based-on.option-considered', text: '가온-2는 메타의 라마 3.1을 기반으로 학습했다.', expect: ['BASED_ON 가온-2 -> 라마 3.1'] },
];

describe('evaluation stages and engineering posts', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});

describe('a results table whose team column names the lead company', () => {
  const page = (teamHead: string): string => `<html><head><meta property="article:published_time" content="2026-08-03"></head><body><article>
      <h1>특화 모델 경진대회 결선 결과</h1><p>결선에 오른 세 팀의 점수가 공개됐다. 심사는 두 달간 진행됐다.</p>
      <table><thead><tr><th>순위</th><th>${teamHead}</th><th>모델</th><th>매개변수</th><th>KMMLU</th></tr></thead>
      <tbody><tr><td>1</td><td>가온랩스</td><td>가온-3</td><td>700억</td><td>66.4</td></tr>
      <tr><td>2</td><td>다솜AI</td><td>다솜-Med 7B</td><td>70억</td><td>61.05</td></tr>
      <tr><td>3</td><td>하늬소프트</td><td>하늬-2</td><td>140억</td><td>58.70</td></tr></tbody></table>
      <p>주최 측은 상위 팀에 GPU를 지원한다.</p></article></body></html>`;
  it.each(['팀(주관사)', '컨소시엄(주관 기업)', '참가팀(대표 기업)'])('%s', (head) => {
    const g = extractArticle(parseArticle(Buffer.from(page(head)), { source: 't.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const scores = g.edges.filter((e) => e.type === 'SCORED').map((e) => `${name(e.source)} ${name(e.target)} ${e.properties.score}`).sort();
    expect(scores).toEqual(['가온-3 KMMLU 66.4', '다솜-Med 7B KMMLU 61.05', '하늬-2 KMMLU 58.7']);
  });
});
