/**
 * Structures beyond single sentences (written for these tests, in their own words): consortium
 * tables, names read as a company elsewhere in the article, selection statements that omit the
 * programme, the object of a from-scratch cue, speculative partnerships.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const cells = (...c: string[]) => c.join('\n\n');

const rows: FactRow[] = [
  {
    cat: 'consortium table: leads, members (no universities), models; every team takes part',
    text: cells(
      "정부는 3일 '지역 특화 AI 모델 개발 사업' 수행 컨소시엄 세 곳을 발표했다.",
      '카카오 컨소시엄이 지역 특화 AI 모델 개발 사업에 최종 선정됐다.',
      '선정 결과는 다음과 같다.',
      '번호', '주관기관', '참여기관', '개발 모델',
      '1', '카카오', '누리보드, 한양대학교', '카나나 3',
      '2', 'KT', '별솔소프트·모아랩스', '믿:음 3.0',
      '3', '네이버클라우드', '지평에너지, 부산대학교병원', '하이퍼클로바X 시드 2',
      '세 컨소시엄은 내년 말까지 모델을 공개해야 한다.',
    ),
    expect: [
      'PARTNERS_WITH 카카오 -> 누리보드', 'PARTNERS_WITH KT -> 별솔소프트', 'PARTNERS_WITH KT -> 모아랩스', 'PARTNERS_WITH 네이버클라우드 -> 지평에너지',
      'PARTICIPATES_IN 카카오 -> 지역 특화 AI 모델 개발 사업', 'PARTICIPATES_IN KT -> 지역 특화 AI 모델 개발 사업', 'PARTICIPATES_IN 네이버클라우드 -> 지역 특화 AI 모델 개발 사업',
      'PARTICIPATES_IN 누리보드 -> 지역 특화 AI 모델 개발 사업', 'PARTICIPATES_IN 모아랩스 -> 지역 특화 AI 모델 개발 사업', 'PARTICIPATES_IN 지평에너지 -> 지역 특화 AI 모델 개발 사업',
      'DEVELOPED KT -> 믿:음 3.0',
    ],
    absent: ['PARTNERS_WITH 카카오 -> KT', 'PARTNERS_WITH 누리보드 -> KT'],
    noNodes: ['Company:한양대학교', 'Company:부산대학교병원'],
  },
  {
    cat: 'consortium table with no programme named: partnerships only',
    text: cells('두 컨소시엄의 구성은 아래와 같다.', '주관사', '참여사', 'LG유플러스', '코어닷, 한빛웍스', 'SK텔레콤', '라임소프트', '구성은 바뀔 수 있다.'),
    expect: ['PARTNERS_WITH LG유플러스 -> 코어닷', 'PARTNERS_WITH LG유플러스 -> 한빛웍스', 'PARTNERS_WITH SK텔레콤 -> 라임소프트'],
    absent: ['PARTNERS_WITH LG유플러스 -> SK텔레콤'],
  },
  {
    cat: 'a name read as a company ("스타트업 X의") is no person where it stands before a title',
    text: 'AI 스타트업 미리내랩의 새 수장이 정해졌다. 미리내랩은 3일 오세훈 전 카카오 이사를 CTO로 영입했다. 정다솔 미리내랩 대표는 "기술 조직을 키우겠다"고 말했다.',
    nodes: ['Company:미리내랩'],
    noNodes: ['Person:미리내랩'],
    expect: ['WORKS_FOR 정다솔 -> 미리내랩'],
  },
  {
    cat: 'selection statement without the programme ("2차 단계에 진출") refers to the one just named',
    text: "정부가 '국가 AI 반도체 실증 사업' 평가 결과를 내놨다. 1차 평가에서 다섯 팀이 경쟁했다. 심사 결과 리벨리온, 퓨리오사AI 컨소시엄이 2차 단계에 진출했다.",
    expect: ['PARTICIPATES_IN 리벨리온 -> 국가 AI 반도체 실증 사업', 'PARTICIPATES_IN 퓨리오사AI -> 국가 AI 반도체 실증 사업'],
  },
  {
    cat: 'a company before "컨소시엄도" leads its own consortium, no member of the one before',
    text: '업스테이지 컨소시엄이 본선에 올랐고, 새로 합류한 카카오 컨소시엄도 이름을 올렸다.',
    absent: ['PARTNERS_WITH 업스테이지 -> 카카오'],
  },
  {
    cat: "from scratch: the model right before '를 프롬 스크래치로' (not the article's earlier model)",
    text: "KT는 믿:음 2.0을 공개했다. 스타트업 온새미로는 번역 특화 모델 '온새미-T'를 프롬 스크래치로 개발하고 있다.",
    props: ['온새미-T=fromScratch:true'],
  },
  {
    cat: 'speculated partnership ("…제휴를 맺을 수 있다는 관측") gives no edge',
    text: '업계에서는 카카오가 네이버와 기술 제휴를 맺을 수 있다는 관측이 나왔지만, 두 회사는 이를 부인했다.',
    absent: ['PARTNERS_WITH 네이버 -> 카카오'],
  },
  {
    cat: 'multi-party agreement: every pair of signatories partners',
    text: '해솔소프트는 2일 카카오, 별솔랩스, 여울데이터와 금융 AI 공동 개발을 위한 업무협약(MOU)을 체결했다고 밝혔다.',
    expect: ['PARTNERS_WITH 해솔소프트 -> 카카오', 'PARTNERS_WITH 카카오 -> 여울데이터', 'PARTNERS_WITH 별솔랩스 -> 여울데이터', 'PARTNERS_WITH 카카오 -> 별솔랩스'],
  },
  {
    cat: 'a consortium around one lead is no agreement among its members',
    text: 'KT가 주관하는 컨소시엄은 해솔소프트·별솔랩스·여울데이터로 구성됐다.',
    absent: ['PARTNERS_WITH 해솔소프트 -> 별솔랩스', 'PARTNERS_WITH 별솔랩스 -> 여울데이터'],
  },
  {
    cat: '"X 기업 Y," in a list: Y is a company',
    text: '행사에는 보안 기업 시큐온, 물류 기업 로지웨어 등 5개 사가 참석했다.',
    nodes: ['Company:시큐온', 'Company:로지웨어'],
  },
  {
    cat: "'X를 Y를 기반으로 만들었다': the object is built on Y",
    text: "스타트업 단비AI는 단비 1을 메타의 '라마 3.1 8B'를 기반으로 만들었다고 설명했다.",
    expect: ['BASED_ON 단비 1 -> 라마 3.1 8B'],
  },
  {
    cat: "'X를 기반으로 했고, Y는 Z를 바탕으로': no BASED_ON between X and Z",
    text: "KT에 따르면 믿:음 비전의 언어 부분은 알리바바의 '큐웬3'를 기반으로 했고, 이미지 부분은 구글의 '젬마 3'를 바탕으로 만들었다.",
    absent: ['BASED_ON 큐웬3 -> 젬마 3'],
  },
  {
    cat: 'real model families and variants: Llama 4 Maverick, MedGemma',
    text: "메타의 Llama 4 Maverick과 구글의 '메드젬마 4B'를 비교한 결과가 나왔다.",
    nodes: ['Model:Llama 4 Maverick', 'Model:메드젬마 4B'],
    noNodes: ['Model:Llama 4'],
    expect: ['DEVELOPED 구글 -> 메드젬마 4B'],
  },
  {
    cat: "'오픈소스 모델 'Y'에 … 추가 학습': Y is open source",
    text: "다온AI는 카카오의 오픈소스 모델 '카나나 1.5 8B'에 법률 데이터를 추가 학습해 '다온 로'를 만들었다.",
    props: ['카나나 1.5 8B=openSource:true'],
  },
  {
    cat: 'a Hangul name with a size after a space ("단비 14B") in a sentence about a model',
    text: "단비AI의 '단비 14B'는 젬마 3 12B를 기반으로 한 모델이다. 파라미터 14B 규모다.",
    nodes: ['Model:단비 14B'],
    noNodes: ['Model:파라미터 14B'],
    expect: ['BASED_ON 단비 14B -> 젬마 3 12B'],
  },
  {
    cat: 'a model series and its sizes are distinct nodes; the series is released ("\'X\' 시리즈를 공개")',
    text: "스타트업 바람AI는 3일 언어모델 '바람 3.0' 시리즈를 공개했다. 텍스트 모델은 '바람 3.0 14B'(140억 개), '바람 3.0 4B'(40억 개) 두 가지다. 이미지용 '바람 3.0 비전'은 메타의 '라마 3.2 11B 비전'을 기반으로 만들었다.",
    nodes: ['Model:바람 3.0', 'Model:바람 3.0 14B', 'Model:바람 3.0 4B', 'Model:바람 3.0 비전'],
    expect: ['DEVELOPED 바람AI -> 바람 3.0', 'DEVELOPED 바람AI -> 바람 3.0 14B', 'BASED_ON 바람 3.0 비전 -> 라마 3.2 11B 비전'],
    absent: ['BASED_ON 바람 3.0 -> 라마 3.2 11B 비전'],
    props: ['바람 3.0 14B=parameters:14000000000', '바람 3.0 4B=parameters:4000000000'],
  },
  {
    cat: 'properties shared: "N종은 모두" (the models listed before), "A와 B는 같은 날 … 공개"',
    publishedAt: '2026-04-10',
    text: "해솔소프트는 지난 7일 '해솔 2 12B', '해솔 2 3B', '해솔 2 1B'를 공개했다. 세 모델은 모두 외부 모델 없이 프롬 스크래치로 개발됐다. 이 가운데 해솔 2 3B와 해솔 2 1B는 같은 날 허깅페이스에 오픈소스로 풀렸다.",
    props: ['해솔 2 12B=fromScratch:true', '해솔 2 3B=fromScratch:true', '해솔 2 1B=fromScratch:true', '해솔 2 3B=openSource:true', '해솔 2 1B=openSource:true', '해솔 2 1B=releasedOn:2026-04-07'],
  },
  {
    cat: 'a name whose first word ends like a particle ("소라을 2 맥스") with a variant word; "1,020억 개"; the opening topic is the next sentence\'s model',
    text: '소라을 2 맥스는 매개변수 1,020억 개 규모의 모델이다. 소라을 2 미니는 소라을 2 맥스를 증류해 만든 30억 개 규모의 경량 모델이다. 지난달 5일 허깅페이스에 오픈소스로 공개됐다.',
    publishedAt: '2026-06-20',
    nodes: ['Model:소라을 2 맥스', 'Model:소라을 2 미니'],
    expect: ['BASED_ON 소라을 2 미니 -> 소라을 2 맥스'],
    props: ['소라을 2 맥스=parameters:102000000000', '소라을 2 미니=parameters:3000000000', '소라을 2 미니=openSource:true', '소라을 2 미니=releasedOn:2026-05-05'],
  },
  {
    cat: 'adverbs that look like names ("지금도", "오늘은") before a title are no person; "초 70B급" is no model',
    text: '우리는 지금도 AI 엔지니어를 찾고 있다. 오늘은 연구원 채용 설명회가 열린다. 회사는 내년 초 70B급 모델도 공개할 계획이다.',
    noNodes: ['Person:지금도', 'Person:오늘은', 'Model:초 70B'],
  },
  {
    cat: 'consortium table written as pipe-separated rows in plain text',
    text: cells(
      "과기정통부는 '공공 AI 에이전트 실증 사업' 수행 기관을 발표했다.",
      'LG유플러스 컨소시엄이 공공 AI 에이전트 실증 사업에 선정됐다.',
      '주관기관 | 참여기관',
      'LG유플러스 | 여울데이터, 고려대학교',
      '카카오 | 별솔랩스',
    ),
    expect: ['PARTNERS_WITH LG유플러스 -> 여울데이터', 'PARTNERS_WITH 카카오 -> 별솔랩스', 'PARTICIPATES_IN 카카오 -> 공공 AI 에이전트 실증 사업', 'PARTICIPATES_IN 별솔랩스 -> 공공 AI 에이전트 실증 사업'],
    noNodes: ['Company:고려대학교'],
  },
  {
    cat: '"같은 날" after "지난 3일 공개했다고 5일 밝혔다" is the release day (3일), not the announcement day',
    publishedAt: '2026-09-05',
    text: "스타트업 바람AI는 지난 3일 언어모델 '바람 2' 시리즈를 공개했다고 5일 밝혔다. 이 가운데 소형 모델 바람 2 4B와 바람 2 1B는 같은 날 허깅페이스에 오픈소스로 풀렸다.",
    props: ['바람 2 4B=releasedOn:2026-09-03', '바람 2 1B=releasedOn:2026-09-03', '바람 2 1B=openSource:true'],
  },
  {
    cat: "a consortium roster ('X 컨소시엄에는 A와 B가 참여하고 있다') names companies no gazetteer knows",
    text: "정부의 '국가 AI 반도체 실증 사업' 평가에서 해솔랩 컨소시엄이 살아남았다. 해솔랩 컨소시엄에는 나래데이터와 온빛칩스가 참여하고 있다.",
    nodes: ['Company:나래데이터', 'Company:온빛칩스'],
    expect: ['PARTNERS_WITH 해솔랩 -> 나래데이터', 'PARTNERS_WITH 해솔랩 -> 온빛칩스', 'PARTICIPATES_IN 온빛칩스 -> 국가 AI 반도체 실증 사업'],
  },
  {
    cat: "gazetteer: 'K-엑사원' is its own model (LG's), not 엑사원 with a stray prefix",
    text: 'LG AI연구원의 K-엑사원 2는 K-엑사원의 후속 모델이다.',
    nodes: ['Model:K-엑사원 2', 'Model:K-엑사원'],
    noNodes: ['Model:엑사원 2', 'Model:엑사원'],
    expect: ['SUCCEEDS K-엑사원 2 -> K-엑사원', 'DEVELOPED LG AI연구원 -> K-엑사원 2'],
  },
];

describe('structures: consortium tables, company-vs-person, selection references', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
