/**
 * Generalisation rows for the layouts and phrasings first met in held-out set 95: a results table whose base column is
 * titled as a fine-tune's base, English agency copy on consortia (teams picked "to advance to" a stage, a team "which
 * brings together" its members, one "led by" a company that was eliminated), the English names of the foundation model
 * project, a quoted name glossed in full, a Western name written in Hangul after a person's name, a programme's first
 * beneficiary as an object, role nouns made of a predicate stem, and a heading's score that the body gives a named model.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a base column titled as a fine-tune's starting point ("미세조정 베이스", "파인튜닝 베이스"), benchmark titles with a note
  {
    cat: 'table.fine-tune-base-column',
    text: [
      '사내 챗봇용 후보 모델을 직접 비교했다.',
      '모델 | 개발사 | 미세조정 베이스 | 파라미터 | KoBEST (자체 측정)',
      '한결-9B | 가온랩스 | Gemma 2 9B | 9B | 74.1',
      '별빛-7B | 누리소프트 | Qwen2.5-7B | 7B | 70.8',
    ].join('\n\n'),
    expect: ['BASED_ON 한결-9B -> Gemma 2 9B', 'BASED_ON 별빛-7B -> Qwen2.5-7B', 'DEVELOPED 누리소프트 -> 별빛-7B', 'SCORED 한결-9B -> KoBEST'],
    props: ['한결-9B=parameters:9000000000'],
  },
  // English: teams led by companies picked "to advance to" a programme's stage
  { cat: 'participates.en-selected-list', text: 'The city picked two teams led by KT and Upstage to move on to the final round of its AI Voucher Program.', expect: ['PARTICIPATES_IN KT -> AI Voucher Program', 'PARTICIPATES_IN Upstage -> AI Voucher Program'] },
  { cat: 'participates.en-selected-list', text: 'The city picked two teams led by KT and Upstage to judge the final round of its AI Voucher Program.', absent: ['PARTICIPATES_IN KT -> AI Voucher Program'] },
  // the English names of the foundation model project ("independent artificial intelligence (AI) foundation model project")
  { cat: 'policy.en-foundation-project-names', text: 'Seoul chose Kakao and KT for the next phase of the independent artificial intelligence (AI) foundation model project on Friday.', expect: ['PARTICIPATES_IN Kakao -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a consortium described in a relative clause: "which brings together the carrier and …", "whose main member is …", ", which …, includes …"
  { cat: 'partners.en-consortium-includes', text: 'The KT-led team, which brings together the carrier and game publisher Netmarble, entered its model on Monday.', expect: ['PARTNERS_WITH KT -> Netmarble'] },
  { cat: 'partners.en-consortium-includes', text: "Kakao's consortium, whose key member is the fintech AI startup Rebellions, entered its model on Monday.", expect: ['PARTNERS_WITH Kakao -> Rebellions'] },
  { cat: 'partners.en-consortium-includes', text: 'The ministry selected Kakao for the AI Voucher Program. The Kakao consortium, which scored highest in the review, includes chip designer FuriosaAI.', expect: ['PARTNERS_WITH FuriosaAI -> Kakao', 'PARTICIPATES_IN FuriosaAI -> AI Voucher Program'] },
  { cat: 'partners.en-consortium-includes', text: 'The Kakao consortium, which scored highest in the review, may include FuriosaAI next year.', absent: ['PARTNERS_WITH FuriosaAI -> Kakao'] },
  // a team "led by" a company that was eliminated had taken part; and a company "whose consortium was dropped in the first-phase review"
  { cat: 'participates.en-led-team-eliminated', text: 'The ministry named the finalists of the AI Voucher Program on Monday. A third team, led by the Busan-based game maker Krafton, was eliminated.', expect: ['PARTICIPATES_IN Krafton -> AI Voucher Program'] },
  { cat: 'participates.en-dropped-in-round', text: 'The ministry named the finalists of the AI Voucher Program on Monday. Kakao, whose consortium was dropped in the first-phase review, will not reapply.', expect: ['PARTICIPATES_IN Kakao -> AI Voucher Program'] },
  // "Its model, X, …, and an upgraded version, Y, was released": Y succeeds X
  { cat: 'succeeds.en-and-upgraded-version', text: "Upstage's model, Solar Pro, was trained on the firm's own servers, and an upgraded version, Solar Pro 2, was released on Monday.", expect: ['SUCCEEDS Solar Pro 2 -> Solar Pro'] },
  { cat: 'succeeds.en-and-upgraded-version', text: "Upstage's model, Solar Pro, was trained on the firm's own servers, and an upgraded version, Solar Pro 2, may be released next year.", absent: ['SUCCEEDS Solar Pro 2 -> Solar Pro'] },
  // "President NAME's P push, which she launched": the official behind the policy
  { cat: 'promotes.en-possessive-launched', text: "The program is the centrepiece of President Han Ji-su's Sovereign AI push, which she launched after taking office last year.", expect: ['PROMOTES Han Ji-su -> Sovereign AI'] },
  { cat: 'promotes.en-possessive-launched', text: "The program is the centrepiece of President Han Ji-su's Sovereign AI push, which she criticised after taking office last year.", absent: ['PROMOTES Han Ji-su -> Sovereign AI'] },
  // a quoted four-word name with its Latin spelling in full is one model, however long the two together
  { cat: 'discover.quoted-long-gloss', text: "누리소프트는 오픈 웨이트 모델 '가람누리 별빛 3 70B(Garamnuri Byeolbit 3 70B)'를 공개했다.", nodes: ['Model:가람누리 별빛 3 70B'], sameNode: ['가람누리 별빛 3 70B=Garamnuri Byeolbit 3 70B'], noNodes: ['Model:별빛 3 70B'] },
  // "NAME(마크 리)": the person's Western name in Hangul is the same person
  { cat: 'person.western-name-in-hangul', text: '박지훈 가온랩스 CTO는 "목표는 분명하다"고 말했다. 가온랩스는 네이버에서 검색 모델 학습을 맡았던 박지훈(데이비드 박) 책임연구원을 지난달 영입했다.', expect: ['WORKS_FOR 박지훈 -> 가온랩스'], noNodes: ['Person:데이비드 박'] },
  // the surname sounded out in Hangul ("대니얼 초이" for Choi) is the same person; a gloss with another surname is not taken for one
  { cat: 'person.western-name-in-hangul', text: '누리랩은 구글에서 번역 모델을 만든 최다인(대니얼 초이) 수석연구원을 영입했다. 최다인 수석연구원은 "빨리 내놓겠다"고 말했다.', expect: ['WORKS_FOR 최다인 -> 누리랩'], noNodes: ['Person:대니얼 초이'] },
  { cat: 'person.western-name-in-hangul', text: '누리랩은 구글에서 번역 모델을 만든 최다인(대니얼 박) 수석연구원을 영입했다. 최다인 수석연구원은 "빨리 내놓겠다"고 말했다.', expect: ['WORKS_FOR 최다인 -> 누리랩'], nodes: ['Person:대니얼 박'] },
  // "의료 특화 컨소시엄의 주관사로 지원서를 제출했다": a domain word before 컨소시엄 names no company; 주관사 is a noun, no predicate
  { cat: 'participates.applied-as-lead', text: "업스테이지는 지난해 '딥테크 팁스'에 선정됐고, 이번에는 '독자 AI 파운데이션 모델 프로젝트' 재공모에 의료 특화 컨소시엄의 주관사로 지원서를 제출했다.", expect: ['PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 업스테이지 -> 딥테크 팁스'], noNodes: ['Company:특화'] },
  { cat: 'participates.applied-as-lead', text: "업스테이지는 '독자 AI 파운데이션 모델 프로젝트' 재공모에 지원서를 낼지 검토하고 있다.", absent: ['PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a programme's first beneficiary as the object of 선정: "'P'의 첫 수혜 기업으로 X를 선정했다"
  { cat: 'participates.programme-target-object', text: "군은 올해 신설한 '스마트 농업 AI 실증 사업'의 첫 수혜 기업으로 업스테이지를 선정하고 장비 비용을 지원한다.", expect: ['PARTICIPATES_IN 업스테이지 -> 스마트 농업 AI 실증 사업'] },
  { cat: 'participates.programme-target-object', text: "군은 '스마트 농업 AI 실증 사업'의 수혜 기업으로 업스테이지를 선정할지 검토하고 있다.", absent: ['PARTICIPATES_IN 업스테이지 -> 스마트 농업 AI 실증 사업'] },
  // a company's own profile line: "X는 2021년 미국 …에서 설립된 … 기업으로" (the founding year before the country)
  { cat: 'company.country-predicate-founded', text: '가온랩스는 2019년 미국 시애틀에서 설립된 기업용 검색 AI 기업으로, 30여 개국에 제품을 판다.', props: ['가온랩스=country:US'] },
  // a numbered name with its size class in parentheses is a model's; a company announcing it will put it out made it
  { cat: 'developed.announced-release', text: '한결랩스는 다음 분기에 누리온 3 (30B급)를 내놓는다고 예고했다.', nodes: ['Model:누리온 3'], expect: ['DEVELOPED 한결랩스 -> 누리온 3'] },
  { cat: 'developed.announced-release', text: '한결랩스는 다음 분기에 누리온 3 (30B급)를 내놓는다고 예고할 가능성이 있다.', absent: ['DEVELOPED 한결랩스 -> 누리온 3'] },
  // a quoted speaker keeps the company the passage is about as the topic; "두 회사는 … 공동으로 진행했다" is a partnership
  { cat: 'clause.quoted-speaker-keeps-topic', text: "가온랩스는 8일 '가온 3'을 공개했다. 박민수 가온랩스 전무는 \"구조가 다르다\"고 말했다. 누리소프트와의 협력도 한층 깊어진다.", expect: ['PARTNERS_WITH 가온랩스 -> 누리소프트'] },
  { cat: 'clause.partners-pair-jointly', text: "가온랩스는 8일 '가온 3'을 공개했다. 누리소프트와의 협력도 깊어진다. 두 회사는 평가 데이터 구축을 공동으로 진행했다.", expect: ['PARTNERS_WITH 가온랩스 -> 누리소프트'] },
  // regional banks are companies the gazetteer knows; an export is no company after 통신사
  { cat: 'gazetteer.regional-banks', text: '해솔AI는 BNK경남은행과 대출 서류 심사에 자사 모델을 쓰는 업무협약을 맺었다. 해외 통신사 수출도 늘고 있다.', nodes: ['Company:BNK경남은행'], expect: ['PARTNERS_WITH BNK경남은행 -> 해솔AI'], noNodes: ['Company:수출'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

// a heading "KoBEST 81.5점…" over a section whose first sentence gives the same score to a named model: the heading's score
// is that model's, not the one the paragraph before was about (the light version)
describe('scored.heading-echoed-by-body', () => {
  const html = [
    "<html><body><article><h1>가람소프트, '가람 3' 공개</h1>",
    "<p>가람소프트는 8일 '가람 3'을 공개했다.</p>",
    "<p>회사는 지난 3일 허깅페이스에 가람 3의 경량 버전인 '가람 3 미니(Garam 3 mini)'를 먼저 올렸다. 30억 파라미터 규모의 미니 모델은 연구 목적에 한해 가중치를 공개했다.</p>",
    '<h3>KoBEST 81.5점…"동급 최고"</h3>',
    "<p>성능 지표도 공개했다. 가람 3는 KoBEST에서 81.5점을 받아 오픈AI 'GPT-4o 미니'(77.0점)를 앞섰다.</p>",
    '</article></body></html>',
  ].join('\n');
  it('gives the heading score to the model the body names', () => {
    const g = extractArticle(parseArticle(html, { source: 'test.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const scored = g.edges.filter((e) => e.type === 'SCORED').map((e) => `${name(e.source)} -> ${name(e.target)}`);
    expect(scored).toContain('가람 3 -> KoBEST');
    expect(scored).not.toContain('가람 3 미니 -> KoBEST');
  });
});

// a programme named in a summary line with a word left out ("'로봇 물류 실증 프로그램'") is the longer one the body names
describe('policy.summary-short-form', () => {
  const html = [
    '<html><body><article><h1>가온로보, 새 물류 모델 공개</h1>',
    "<div class=\"summary\">대구시 '로봇 물류 실증 프로그램' 1호 기업</div>",
    "<p>가온로보는 물류 로봇용 모델 '가온-L 2'를 공개했다. 대구시는 올해 신설한 '로봇 물류 대구 실증 프로그램'의 첫 수혜 기업으로 가온로보를 선정했다.</p>",
    '</article></body></html>',
  ].join('\n');
  it('folds the summary name into the body name', () => {
    const g = extractArticle(parseArticle(html, { source: 'test.html' }));
    const policies = g.nodes.filter((n) => n.type === 'Policy');
    expect(policies.map((n) => n.name)).toEqual(['로봇 물류 대구 실증 프로그램']);
    expect(policies[0]!.aliases).toContain('로봇 물류 실증 프로그램');
  });
});
