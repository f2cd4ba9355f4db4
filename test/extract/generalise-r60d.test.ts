/**
 * Generalisation rows for round r60d: a model card's lower-case checkpoint id beside the prose name a parser reads as a
 * version ('x-3-27b-it'); a contact line with an e-mail in parentheses that ends on a formal request; work made the topic
 * and a titled person who led it ('모델 개발은 NAME 연구소장이 이끌었고'); a guidance document in corner brackets; a
 * system's act applied for after a document was named since; a policy's revision led by an official; a score of a model a
 * team tuned, no focus model's; a class note's 'NAME(학과 93) 동문(X연구원 POST)'; a founder moved up to the board; a chip
 * design firm's word before a name; a titled speaker's agreement signed 'for' a purpose; a company page's co-developing partner.
 * Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, graphOf, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "a model card's lower-case checkpoint id with a tuning word ('x-3-27b-it') in a score table is the model the prose names without it",
    text:
      '가온-LM 2는 가온비전AI가 개발한 한국어 특화 언어모델입니다. 구글(Google)의 Gemma 3 27B보다 세 벤치마크에서 모두 앞섰습니다.\n\n' +
      '| 모델 | 파라미터 | KMMLU |\n|---|---|---|\n| 가온-LM 2 | 14.2B | 61.20 |\n| gemma-3-27b-it | 27.4B | 55.10 |',
    expect: ['SCORED Gemma 3 27B -> KMMLU', 'DEVELOPED 구글 -> Gemma 3 27B'],
    sameNode: ['Gemma 3 27B=gemma-3-27b-it'],
    edgeProps: ['SCORED Gemma 3 27B -> KMMLU score=55.1'],
  },
  {
    cat: "a repository path ('org/x-3-12b-it') names its exact checkpoint: no merge with the prose name",
    text: '가온-LM 2는 구글의 Gemma 3 12B를 기반으로 한국어 공문서를 추가로 학습시킨 모델입니다.\n\n이번 주 인기 모델\n\n1. google/gemma-3-12b-it — 3.1k',
    nodes: ['Model:Gemma 3 12B', 'Model:gemma-3-12b-it'],
  },
  {
    cat: "two checkpoints of one name ('x-3-12b-pt' as the base, 'x-3-12b-it' in a score table) stay two models",
    text:
      '가온-LM 2는 구글의 Gemma 3 12B 사전학습 체크포인트(gemma-3-12b-pt)를 출발점으로 만든 모델입니다.\n\n' +
      '| 모델 | KMMLU |\n|---|---|\n| 가온-LM 2 | 52.30 |\n| gemma-3-12b-it | 47.90 |',
    expect: ['SCORED gemma-3-12b-it -> KMMLU'],
    absent: ['SCORED gemma-3-12b-pt -> KMMLU', 'SCORED Gemma 3 12B -> KMMLU'],
  },
  {
    cat: "a contact sentence whose address in parentheses is followed by a formal request ('… 대표 NAME(a@b.kr)에게 보내 주십시오.') is text",
    text: '가온비전AI는 한국어 특화 언어모델 가온-LM 2를 공개했다.\n\n도입 문의는 가온비전AI 대표 채도윤(contact@gaonvision.ai)에게 보내 주십시오.',
    expect: ['WORKS_FOR 채도윤 -> 가온비전AI'],
  },
  {
    cat: "work made the topic, then a titled person who led it ('모델 개발은 NAME 연구소장이 이끌었고'): the company the passage is about employs them",
    text: '가온-LM 2는 가온비전AI가 개발한 한국어 특화 언어모델입니다.\n\n가온-LM 2는 가온비전AI 연구소가 만들었습니다. 모델 개발은 서하람(Haram Seo) 연구소장이 이끌었고, 평가 설계는 남궁민 연구원이 맡았습니다.',
    expect: ['WORKS_FOR 서하람 -> 가온비전AI'],
  },
  {
    cat: "a guidance document a commission names in corner brackets ('「X 안내서」(이하 안내서)') is a policy, promoted by the official who led its revision",
    text: '산업데이터위원회는 「제조 AI 학습데이터 활용 안내서」(이하 안내서)를 개정했습니다.\n\n이번 안내서 개정 작업은 지난해 당시 정책국장이던 남도하 사무처장이 주도해 착수한 것으로, 간담회를 다섯 차례 거쳐 완성되었습니다.',
    nodes: ['Policy:안내서'],
    sameNode: ['안내서=제조 AI 학습데이터 활용 안내서'],
    expect: ['PROMOTES 남도하 -> 안내서'],
  },
  {
    cat: "a system's act applied for ('심사를 신청') stands for the 제-system though a guidance document was named since",
    text:
      "「산업 데이터 심사제」는 기업이 출시 전에 데이터 처리 방식을 미리 심사받는 제도입니다. 위원회는 '산업 데이터 활용 안내서'를 개정하며 그간의 심사 사례를 반영했습니다.\n\n" +
      "[사례 1] ㈜바람숲헬스 — 진료 요약 모델 'BSH-Care 8B' 개발 과정에서 가명 처리한 기록을 활용하는 방안에 대해 심사를 신청해 적정 의견을 받았습니다.",
    expect: ['PARTICIPATES_IN 바람숲헬스 -> 산업 데이터 심사제'],
    absent: ['PARTICIPATES_IN 바람숲헬스 -> 산업 데이터 활용 안내서'],
  },
  {
    cat: "a score of a model a team tuned ('NAME 팀이 파인튜닝한 모델은 BENCH에서 N점') is no score of the model in focus",
    text: '서하늘 동문은 가람-LM 3 추론 모델의 평가 설계에 참여하고 있다. 정 동문 팀이 파인튜닝한 모델은 KMMLU에서 66.8점을 기록했으나, 팀은 모델 이름을 따로 붙이지 않았다.',
    absent: ['SCORED 가람-LM 3 -> KMMLU'],
  },
  {
    cat: "a class note's 'NAME(학과 93) 동문(X연구원 POST)' reads X as the alumnus's company, no unit of one",
    text: '동문 소식\n\n◇ 조사: 오하람(경영 93) 동문(솔빛AI연구원 수석연구원) 부친상 — 11월 28일, 발인 11월 30일',
    expect: ['WORKS_FOR 오하람 -> 솔빛AI연구원'],
  },
  {
    cat: "a chip design firm's word before a name ('엣지 NPU 설계사 X와') names a company of a consortium",
    text: "가람AI는 정예팀에 합류한 스타트업이다. 가람AI 컨소시엄에는 엣지 NPU 설계사 파로미와 데이터 전문기업 말글랩이 참여해 수직 협력 구조를 갖췄다.",
    nodes: ['Company:파로미'],
    expect: ['PARTNERS_WITH 가람AI -> 파로미'],
  },
  {
    cat: "an insurance planner ('보험 설계사 NAME') is no company",
    text: '보험 설계사 구하람은 고객 상담에 챗봇을 쓴다고 말했다.',
    noNodes: ['Company:구하람'],
  },
  {
    cat: "a titled speaker's side signed an agreement for a purpose with Y ('Y와 … 공동 최적화를 위한 업무협약(MOU)을 맺었다'): the employer partners Y",
    text:
      "모델 경량화에 집중하는 스타트업 솔빛코어도 주목받는다. 솔빛코어는 지난 2일 경량 모델 '솔빛 미니 4B'를 공개했다.\n\n" +
      '하도윤 솔빛코어 최고기술책임자(CTO)는 "최근 가람칩스와 칩·모델 공동 최적화를 위한 업무협약(MOU)을 맺었다"며 "내년 상반기 첫 공동 제품을 내놓을 것"이라고 했다.',
    expect: ['PARTNERS_WITH 솔빛코어 -> 가람칩스'],
  },
  {
    cat: "a company page's partner line ('공동개발 파트너: X — … 'M'을 공동 개발 중'): X and the page's company both develop M and partner",
    text: "솔숲AI는 한국어 언어모델 솔숲-LM 2를 만드는 스타트업입니다.\n\n공동개발 파트너: 하늘메디랩 — 의료 상담 특화 모델 '솔숲-메드'를 공동 개발 중",
    expect: ['PARTNERS_WITH 솔숲AI -> 하늘메디랩', 'DEVELOPED 하늘메디랩 -> 솔숲-메드', 'DEVELOPED 솔숲AI -> 솔숲-메드'],
  },
  {
    cat: "a partner made the topic with its particle ('X과는 'M'을 공동 개발 중입니다') on a company's page",
    text: "솔숲AI는 한국어 언어모델 솔숲-LM 2를 만드는 스타트업입니다.\n\n하늘메디랩과는 의료 상담 특화 모델 '솔숲-케어'를 공동 개발 중입니다.",
    expect: ['PARTNERS_WITH 솔숲AI -> 하늘메디랩', 'DEVELOPED 하늘메디랩 -> 솔숲-케어'],
  },
  {
    cat: 'a US robotics start-up and its VLA model (Hangul, Latin and Greek spellings) are known with their country',
    text: "같은 조건에서 측정한 미국 피지컬 인텔리전스의 'π0(파이제로)'는 LIBERO에서 94.2%였다고 회사는 설명했다.",
    expect: ['DEVELOPED 피지컬 인텔리전스 -> π0'],
    props: ['피지컬 인텔리전스=country:US'],
  },
];

describe('generalise r60d: checkpoint ids, contact lines, guidance documents, class notes, speakers’ agreements', () => {
  for (const r of rows) it(r.cat, () => checkFactRow(r));

  it("a founder moved up to the board ('… 창업자 NAME 씨는 이사회 의장으로 자리를 옮겼다') still works for the company", () => {
    const g = graphOf("◇ 하도윤(컴퓨터 03) 동문이 11월 1일자로 솔빛데이터 대표이사에 선임됐다. 솔빛데이터는 문서 요약 모델 '솔빛-S 3B'를 서비스하고 있다. 전임 대표인 창업자 구민서 씨는 이사회 의장으로 자리를 옮겼다.");
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const edge = g.edges.find((e) => e.type === 'WORKS_FOR' && name.get(e.source) === '구민서');
    expect(edge && name.get(edge.target)).toBe('솔빛데이터');
    expect(edge?.properties.title).toBe('이사회 의장');
  });
});
