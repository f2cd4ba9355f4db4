/**
 * Generalisation rows for the phrasings first met in held-out set 104: a first-person column whose writer names "우리
 * 회사 X" and then leaves the subject out of its partnering sentences (a field "분야에서는" before the partner is no
 * company), English teams "alongside" the one a programme sentence names, a model topic described as a size-led
 * fine-tune ("… 학습시킨 140억 파라미터 모델입니다"), a round's outcome before 컨소시엄 ("2단계 진출 컨소시엄"), and
 * headline short forms (a model the body names first with its maker's short name before it; a programme a quotation
 * names unquoted in full). Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a column's writer names the company as "우리 회사 X도": the subject its next subject-less sentences leave out
  {
    cat: 'subject.own-company-apposed',
    text: "솔직히 말하면 우리 회사 하늘AI도 고민이 많다. 올해 선보인 '하늘 3'는 메타의 '라마 3.1 8B'를 바탕으로 만들었다. 하늘 3는 '하늘 2'의 후속 모델이다. 음성 인식 분야에서는 바다로보틱스와 손을 잡았다.",
    expect: ['PARTNERS_WITH 바다로보틱스 -> 하늘AI', 'BASED_ON 하늘 3 -> 라마 3.1 8B'],
    noNodes: ['Company:분야에서'],
  },
  {
    cat: 'subject.own-company-apposed',
    text: "저희 회사 구름랩스도 예외는 아니다. 신작 '구름-7B'는 젬마 3를 바탕으로 만들었다. 그 과정에서 별빛데이터와 의료 문서 모델을 공동 개발하는 협력 관계를 맺었다.",
    expect: ['PARTNERS_WITH 구름랩스 -> 별빛데이터'],
  },
  // (a rival the writer names with 도 is no subject of the writer's own sentences)
  {
    cat: 'subject.own-company-apposed',
    text: "올해는 경쟁사 누리테크도 신모델 '누리-5'를 냈다. '누리-5'는 젬마 3를 바탕으로 만들었다. 음성 인식 분야에서는 바다로보틱스와 손을 잡았다.",
    absent: ['PARTNERS_WITH 누리테크 -> 바다로보틱스'],
    noNodes: ['Company:분야에서'],
  },
  // a field or place word ending on a particle before the topic marker is no partner's subject
  { cat: 'partners.subject-particle-tail', text: '한빛소프트는 올해 신모델을 냈다. 물류 로봇 분야에서는 다온모빌리티와 손을 잡았다.', expect: ['PARTNERS_WITH 다온모빌리티 -> 한빛소프트'], noNodes: ['Company:분야에서'] },
  { cat: 'partners.subject-particle-tail', text: '한빛소프트는 올해 신모델을 냈다. 일본 시장에서는 다온모빌리티와 손잡고 판매에 나선다.', noNodes: ['Company:시장에서'] },
  // English: the teams "alongside" whom a company is one of a programme's teams take part too
  { cat: 'participates.en-alongside', text: 'Orbis Labs is one of the five consortia in the AI Voucher Program, along with Upstage and KT.', expect: ['PARTICIPATES_IN Upstage -> AI Voucher Program', 'PARTICIPATES_IN KT -> AI Voucher Program', 'PARTICIPATES_IN Orbis Labs -> AI Voucher Program'] },
  { cat: 'participates.en-alongside', text: "Krafton is among the finalists in the city's AI Voucher Program, alongside Upstage.", expect: ['PARTICIPATES_IN Upstage -> AI Voucher Program'] },
  { cat: 'participates.en-alongside', text: 'Orbis Labs showed its model at a briefing on the AI Voucher Program, alongside Upstage.', absent: ['PARTICIPATES_IN Upstage -> AI Voucher Program'] },
  // a model topic described as a size-led fine-tune on a base its maker's sentence names
  {
    cat: 'based-on.topic-made-on-base-copula',
    text: '누리-9B는 스타트업 누리에이아이가 메타의 Llama-3.1-8B를 기반으로 한국어 상담 데이터를 더 학습시킨 90억 파라미터 모델입니다.',
    expect: ['BASED_ON 누리-9B -> Llama-3.1-8B', 'DEVELOPED 누리에이아이 -> 누리-9B', 'DEVELOPED 메타 -> Llama-3.1-8B'],
  },
  {
    cat: 'based-on.topic-made-on-base-copula',
    text: '솔바람-M은 바람소프트가 젬마 3 12B를 바탕으로 미세조정한 120억 개 매개변수 모델이다.',
    expect: ['BASED_ON 솔바람-M -> 젬마 3 12B', 'DEVELOPED 바람소프트 -> 솔바람-M'],
  },
  // a round's outcome before 컨소시엄 is no consortium's lead
  { cat: 'consortium.outcome-word', text: '가람 컨소시엄이 1단계에 선정됐다. 부처는 내년 평가를 거쳐 2단계 진출 컨소시엄을 가린다.', noNodes: ['Company:진출'] },
  { cat: 'consortium.outcome-word', text: '가람 컨소시엄이 1단계에 선정됐다. 본선 통과 컨소시엄은 다음 달 발표된다.', noNodes: ['Company:통과'] },
  // a variant named by its tag and a kind word ("미니 버전의 점수는"): every benchmark of the list that follows is its score
  {
    cat: 'scored.model-bench-list',
    text: "누리소프트가 '누리-R 3'를 공개했다. 경량 모델 '누리-R 3 미니'는 40억 파라미터 모델이다. 미니 버전의 점수는 KMMLU 48.2점, HAERAE 55.75점이다.",
    expect: ['SCORED 누리-R 3 미니 -> KMMLU', 'SCORED 누리-R 3 미니 -> HAERAE'],
    absent: ['SCORED 누리-R 3 -> HAERAE'],
    edgeProps: ['SCORED 누리-R 3 미니 -> HAERAE score=55.75'],
  },
  // English: a person "who also spells his name" another way is one person under both spellings
  {
    cat: 'persons.en-other-spelling',
    text: '"The weights are ours," said CEO Park Min-jae of Orbis Labs, who also spells his name Pak Min-jae in company filings.',
    sameNode: ['Park Min-jae=Pak Min-jae'],
    noNodes: ['Person:Pak Min-jae'],
  },
  { cat: 'persons.en-other-spelling', text: 'CEO Park Min-jae of Orbis Labs met Kim Ha-eun, who chairs the panel, on Friday.', nodes: ['Person:Park Min-jae', 'Person:Kim Ha-eun'] },
  // English: a Korean city's base before a company with "AI" among its kind words ("Seoul-based AI startup X")
  { cat: 'country.en-city-based', text: 'Busan-based AI startup Haneul Robotics on Monday released its model, Haneul-7B.', props: ['Haneul Robotics=country:KR'] },
  // English: a model released "as an open-weight model on May 12" is open, out that day (the article's year, or the year before for a day still to come)
  { cat: 'property.en-released-open', text: 'Haneul Robotics released Haneul-7B as an open-weight model on March 3.', publishedAt: '2026-04-20', props: ['Haneul-7B=openSource:true', 'Haneul-7B=releasedOn:2026-03-03'] },
  { cat: 'property.en-released-open', text: 'Haneul Robotics released Haneul-7B as an open-source model on November 28.', publishedAt: '2026-04-20', props: ['Haneul-7B=releasedOn:2025-11-28'] },
  { cat: 'property.en-released-open', text: 'Haneul Robotics released Haneul-7B on March 3 and may publish its weights later.', publishedAt: '2026-04-20', props: ['Haneul-7B=openSource:undefined'] },
  // a university's graduate school between a professor's name and title is no company
  { cat: 'persons.academic-school', text: '가람대에서는 문하경 정석AI대학원 교수 연구팀이 평가를 맡았다.', noNodes: ['Company:정석AI대학원'], nodes: ['Person:문하경'] },
  { cat: 'persons.academic-school', text: '박민수 한빛경영대학원 교수는 "데이터가 관건"이라고 말했다.', noNodes: ['Company:한빛경영대학원'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

function graphWithTitle(title: string, body: string) {
  return extractArticle(parseText(`${title}\n\n${body}`, { source: 'test.txt', publishedAt: '2026-02-10' }));
}

describe('short-forms.headline-tail', () => {
  // the headline shortens "한결 리버-X 2.0" (its maker's short name first) to "리버-X 2.0": one model, and its sibling is the maker's too
  const g = graphWithTitle(
    "한결소프트, '리버-X 2.0' 공개",
    "한결소프트가 번역 특화 모델 '한결 리버-X 2.0'을 공개했다고 10일 밝혔다. 리버-X 2.0은 KMMLU에서 60.1점을 받았다. 경량 모델 '한결 리버-X 2.0 미니'도 함께 내놨다.",
  );
  it('folds the headline name into the body name', () => {
    const models = g.nodes.filter((n) => n.type === 'Model').map((n) => [n.name, ...n.aliases]);
    expect(models.filter((names) => names.includes('리버-X 2.0') || names.includes('한결 리버-X 2.0'))).toHaveLength(1);
    expect(hasFact(g, 'SCORED 한결 리버-X 2.0 -> KMMLU')).toBe(true);
  });
  it("gives the sibling the model's developer", () => {
    expect(hasFact(g, 'DEVELOPED 한결소프트 -> 한결 리버-X 2.0 미니')).toBe(true);
  });
});

describe('short-forms.headline-policy-in-quote', () => {
  // a quotation names the programme in full but unquoted: the headline's short name is still that programme
  const g = graphWithTitle(
    "'국가대표 AI 에이전트' 가람·누리 컨소시엄 뽑혔다",
    "과학기술정보통신부가 '국가대표 AI 에이전트 개발사업' 1단계 수행 컨소시엄으로 가람 컨소시엄과 누리 컨소시엄 두 곳을 선정했다. 김하늘 실장은 \"국가대표 AI 에이전트 개발사업을 통해 현장형 에이전트를 확보하겠다\"고 말했다.",
  );
  it('gives no edge to the foundation-model project', () => {
    const policies = g.nodes.filter((n) => n.type === 'Policy').map((n) => n.name);
    expect(policies).toEqual(['국가대표 AI 에이전트 개발사업']);
    expect(hasFact(g, 'PARTICIPATES_IN 가람 -> 국가대표 AI 에이전트 개발사업')).toBe(true);
  });
});

describe('short-forms.family-kept', () => {
  // a model whose short form ("씽크 2") is folded into its gazetteer name keeps the family: its predecessor's developer is the releasing company
  const g = graphWithTitle(
    "네이버클라우드, '하이퍼클로바X 씽크 2' 공개",
    "네이버클라우드가 추론 모델 '하이퍼클로바X 씽크 2'를 공개했다. 지난해 나온 하이퍼클로바X 씽크의 후속 모델이다. 네이버 검색 조직도 이를 쓴다. 편집자 주: 씽크 2는 처음부터 자체 학습한 모델이다.",
  );
  it("keeps the predecessor with the releasing company", () => {
    expect(hasFact(g, 'DEVELOPED 네이버 -> 하이퍼클로바X 씽크')).toBe(false);
  });
});
