/**
 * Generalisation rows for the second round on held-out set 144: a person promoted with the age in brackets and a unit's
 * Latin name before the old post ("NAME(46) Gen AI 랩장을 상무로 승진시켰다"), an official in charge of a programme's design
 * ("김 실장은 X 3단계 설계를 직접 맡아"), a lawmaker's bill ("대표 발의한 'X법'", and "필자가 … 발의한" in a signed column),
 * adverbs and generic words that are no names ("정작 정부 프로젝트", "재생에너지"), and companies taking part through a
 * programme ("두 회사는 이번 사업을 통해 … 공동 개발할 계획이다") or entering it as suppliers ("A와 B가 공급기업으로 들어와 있고"), and a report's
 * entrants presenting in turn ("2단계 진출 기업들의 발표가 이어졌다. NAME X 대표는 …"). Every row is a short article written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "COMPANY는 … NAME(age) UNIT 랩장을 TITLE로 승진시켰다": the age in brackets is no part of the old post; the new post is at the company
  {
    cat: 'works-for.appointed-aged',
    text: '카카오는 3일 발표한 정기 임원인사에서 음성 모델 개발을 이끈 한서준(44) Gen AI 랩장을 상무로 승진시켰다.',
    expect: ['WORKS_FOR 한서준 -> 카카오'],
    edgeProps: ['WORKS_FOR 한서준 -> 카카오 title=상무'],
    noNodes: ['Company:Gen AI'],
  },
  {
    cat: 'works-for.appointed-aged',
    text: '카카오는 인사를 미뤘고, 네이버는 한서준(44) 데이터 랩장을 상무로 승진시켰다.',
    expect: ['WORKS_FOR 한서준 -> 네이버'],
    absent: ['WORKS_FOR 한서준 -> 카카오'],
  },
  // "Gen AI" is the generic short form of generative AI, no company's name
  {
    cat: 'discovery.generic-gen-ai',
    text: '네이버는 Gen AI 조직을 새로 꾸렸다고 밝혔다.',
    noNodes: ['Company:Gen AI'],
  },
  // "NAME 실장은 X 2단계 설계를 직접 맡아": an official in charge of designing the programme (or a phase of it) promotes it
  {
    cat: 'promotes.person-design-charge',
    text: "행정안전부는 민원정책실장에 윤하람 전 국장을 임명했다. 윤 실장은 'AI 민원 혁신 사업' 2단계 설계를 직접 맡아 내년 초 세부 계획을 내놓는다.",
    expect: ['PROMOTES 윤하람 -> AI 민원 혁신 사업'],
  },
  {
    // designing a participant's model is no charge of the programme
    cat: 'promotes.person-design-charge',
    text: "오세진 누리랩 대표는 'AI 민원 혁신 사업' 참여 기업의 모델 설계를 맡았다.",
    absent: ['PROMOTES 오세진 -> AI 민원 혁신 사업'],
  },
  // a lawmaker's bill, quoted after "대표 발의한" or before "을 대표 발의했다", is a policy the lawmaker promotes
  {
    cat: 'promotes.person-proposed-bill',
    text: "서민재 의원이 지난달 대표 발의한 '공공 AI 학습데이터 개방 촉진법'(학습데이터 개방법)은 상임위에 계류 중이다.",
    nodes: ['Policy:공공 AI 학습데이터 개방 촉진법'],
    expect: ['PROMOTES 서민재 -> 공공 AI 학습데이터 개방 촉진법'],
  },
  {
    cat: 'promotes.person-proposes-bill',
    text: "서민재 의원은 3일 '지역 데이터센터 입지 지원 특별법'을 대표 발의했다.",
    expect: ['PROMOTES 서민재 -> 지역 데이터센터 입지 지원 특별법'],
  },
  {
    // opposing a bill's proposal promotes nothing
    cat: 'promotes.person-proposes-bill',
    text: "서민재 의원은 '지역 데이터센터 입지 지원 특별법' 발의에 반대했다.",
    absent: ['PROMOTES 서민재 -> 지역 데이터센터 입지 지원 특별법'],
  },
  {
    // a quoted word ending in 법 with no proposal near is no bill
    cat: 'discovery.quoted-bill',
    text: "그는 '데이터 정제 비법'을 소개했다.",
    noNodes: ['Policy:데이터 정제 비법'],
  },
  // "정작 X 프로젝트에 참여한 기업들이": a clause adverb is no word of the programme's name ("정부 프로젝트" alone is none)
  {
    cat: 'discovery.programme-clause-adverb',
    text: '정작 정부 프로젝트에 참여한 기업들이 GPU를 받아놓고 돌리지 못하고 있다.',
    noNodes: ['Policy:정작 정부 프로젝트', 'Policy:정부 프로젝트'],
  },
  // "재생에너지", "친환경에너지": a kind of energy before a company suffix names no company; a name before it still does
  {
    cat: 'discovery.generic-suffixed',
    text: '정부는 재생에너지 직접 구매 요건을 완화한다. 한빛에너지는 데이터센터 전력 사업을 확대한다.',
    noNodes: ['Company:재생에너지'],
    nodes: ['Company:한빛에너지'],
  },
  // "A와 B는 X 사업을 통해 … 공동 개발할 계획이다" (or "두 회사는 이번 사업을 통해"): both take part in the programme
  {
    cat: 'participates.through-programme',
    text: "경남도는 'AI 조선 선도사업' 수행 기업을 발표했다. 솔트룩스는 현대중공업과 손잡고 용접 검사 모델을 고도화한다. 두 회사는 이번 사업을 통해 검사 일지 자동 작성 기능을 공동 개발할 계획이다.",
    expect: ['PARTICIPATES_IN 솔트룩스 -> AI 조선 선도사업', 'PARTICIPATES_IN 현대중공업 -> AI 조선 선도사업'],
  },
  {
    cat: 'participates.through-programme',
    text: "솔트룩스와 현대중공업은 'AI 조선 선도사업'을 통해 용접 검사 모델을 실증하지 않기로 했다.",
    absent: ['PARTICIPATES_IN 솔트룩스 -> AI 조선 선도사업', 'PARTICIPATES_IN 현대중공업 -> AI 조선 선도사업'],
  },
  // a report turning to the entrants' presentations ("2단계 진출 기업들의 발표가 이어졌다"): the companies opening the sentences
  // after it are entrants of the programme named with that stage; the run ends at a sentence with no company subject
  {
    cat: 'participates.presenting-entrant',
    text: "회의에는 'AI 물류 실증사업' 2단계에 진출한 기업 대표들이 참석했다. 2단계 진출 기업들의 발표가 이어졌다. 오세진 솔트룩스 대표는 물류 문서 요약 모델을 소개했다. 뤼튼에서는 한지민 CTO가 발표자로 나서 상담 에이전트를 시연했고, 마음AI는 음성 인식 결과를 보고했다. 회의 말미에 장관은 카카오의 참여를 요청했다.",
    expect: ['PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업', 'PARTICIPATES_IN 뤼튼 -> AI 물류 실증사업', 'PARTICIPATES_IN 마음AI -> AI 물류 실증사업'],
    absent: ['PARTICIPATES_IN 카카오 -> AI 물류 실증사업'],
  },
  {
    // a stage the programme's entrants never reached is another round's: no programme to put the presenters in
    cat: 'participates.presenting-entrant',
    text: "회의에는 'AI 물류 실증사업' 2단계에 진출한 기업 대표들이 참석했다. 3단계 진출 기업들의 발표가 이어졌다. 오세진 솔트룩스 대표는 물류 문서 요약 모델을 소개했다.",
    absent: ['PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업'],
  },
  // "A와 B가 공급기업으로 들어와 있고": suppliers entering the programme the article is about, none named in the sentence
  {
    cat: 'references.supplier-role',
    text: "중기부는 'AI 스타트업 도약 프로그램' 선정 기업을 발표했다. 솔트룩스와 KT클라우드가 공급기업으로 들어와 있고, 선정 기업은 바우처로 그 자원을 쓴다.",
    expect: ['PARTICIPATES_IN 솔트룩스 -> AI 스타트업 도약 프로그램', 'PARTICIPATES_IN KT클라우드 -> AI 스타트업 도약 프로그램'],
  },
  {
    // a supplier of another scheme the sentence names is that scheme's, not the article's programme's
    cat: 'references.supplier-role',
    text: "중기부는 'AI 스타트업 도약 프로그램' 선정 기업을 발표했다. 솔트룩스는 'K-클라우드 바우처 사업'에 공급기업으로 참여해 왔다.",
    absent: ['PARTICIPATES_IN 솔트룩스 -> AI 스타트업 도약 프로그램'],
  },
  {
    // a buyer entering a lead's consortium is the consortium's member, read by the consortium rules as before
    cat: 'references.supplier-role',
    text: "경남도는 'AI 조선 선도사업'에 솔트룩스 컨소시엄을 선정했다. 솔트룩스 컨소시엄에는 현대중공업이 수요기업으로 참여한다.",
    expect: ['PARTICIPATES_IN 현대중공업 -> AI 조선 선도사업', 'PARTNERS_WITH 솔트룩스 -> 현대중공업'],
  },
];

describe('generalisation: set 144 second-round forms in other wordings', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});

/** A signed column: the byline's author is who "필자" means where the writer speaks of a bill they proposed. */
function columnGraph(body: string, author: string | undefined) {
  const parsed = parseText(`[기고] 데이터센터와 전력망\n\n${body}`, { source: 'column.txt', publishedAt: '2026-03-02' });
  return extractArticle({ ...parsed, meta: { ...parsed.meta, author } });
}

describe('generalisation: a column writer proposing a bill', () => {
  const body = "필자가 지난 5월 대표 발의한 '지역 데이터센터 입지 지원 특별법'은 송전망 문제를 풀기 위한 법안이다.";
  it('"필자가 … 대표 발의한 X법" gives the byline author promoting the bill', () => {
    expect(hasFact(columnGraph(body, '서민재'), 'PROMOTES 서민재 -> 지역 데이터센터 입지 지원 특별법')).toBe(true);
  });
  it('no byline author, no person', () => {
    expect(columnGraph(body, undefined).nodes.some((n) => n.type === 'Person')).toBe(false);
  });
  it('"필자는 …" with no bill proposed names no person', () => {
    expect(columnGraph('필자는 국회에 들어오기 전 데이터센터 업계에서 일했다.', '서민재').nodes.some((n) => n.type === 'Person')).toBe(false);
  });
});
