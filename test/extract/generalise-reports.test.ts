/**
 * Generalisation rows for layouts and phrasings met in a held-out set of live blogs, photo pages,
 * text dumps, model cards and reports. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'scored.row-with-owner-paren',
    text: '엑사원 4.0(LG AI연구원): KMMLU 77.1 / KMMLU-Pro 66.3',
    expect: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU-Pro'],
    edgeProps: ['SCORED 엑사원 4.0 -> KMMLU score=77.1', 'SCORED 엑사원 4.0 -> KMMLU-Pro score=66.3'],
  },
  {
    cat: 'scored.row-slash',
    text: '솔라 프로 2: HAE-RAE 81.4 / KMMLU 70.9',
    expect: ['SCORED 솔라 프로 2 -> HAE-RAE', 'SCORED 솔라 프로 2 -> KMMLU'],
    edgeProps: ['SCORED 솔라 프로 2 -> KMMLU score=70.9'],
  },
  {
    cat: 'table.release-column',
    text: '주요 모델 비교는 다음과 같다.\n\n모델 | 개발사 | KMMLU | 공개 방식\n\n가람-12B | 가람랩스 | 68.1 | 오픈소스\n\n나래-30B | 나래AI | 72.4 | API\n\n엑사원 4.0 | LG AI연구원 | 74.0 | 오픈 웨이트',
    expect: ['SCORED 가람-12B -> KMMLU', 'SCORED 나래-30B -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU', 'DEVELOPED 가람랩스 -> 가람-12B', 'DEVELOPED 나래AI -> 나래-30B'],
    edgeProps: ['SCORED 나래-30B -> KMMLU score=72.4'],
    props: ['가람-12B=openSource:true', '엑사원 4.0=openSource:true'],
  },
  {
    cat: 'scored.compared-object',
    text: '가온-9B는 KMMLU 71.2점으로 엑사원 4.0을 앞섰다.',
    expect: ['SCORED 가온-9B -> KMMLU'],
    absent: ['SCORED 엑사원 4.0 -> KMMLU'],
  },
  {
    cat: 'scored.compared-object',
    text: 'KMMLU에서 다솜-7B는 66.0점으로 솔라 프로 2를 따돌렸다.',
    expect: ['SCORED 다솜-7B -> KMMLU'],
    absent: ['SCORED 솔라 프로 2 -> KMMLU'],
  },
  {
    cat: 'consortium.gapped-members',
    text: '과기정통부는 독자 AI 파운데이션 모델 프로젝트 2단계 진출팀을 발표했다. 카카오, KT 컨소시엄이 진출했다. 카카오 컨소시엄에는 리벨리온과 뤼튼테크놀로지스가, KT 컨소시엄에는 모레가 합류했다.',
    expect: [
      'PARTNERS_WITH 리벨리온 -> 카카오', 'PARTNERS_WITH 뤼튼테크놀로지스 -> 카카오', 'PARTNERS_WITH KT -> 모레',
      'PARTICIPATES_IN 리벨리온 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 모레 -> 독자 AI 파운데이션 모델 프로젝트',
    ],
    absent: ['PARTNERS_WITH KT -> 리벨리온', 'PARTNERS_WITH 모레 -> 카카오'],
  },
  {
    cat: 'correction.value',
    text: '[정정] 앞서 전해드린 점수를 바로잡습니다. 앞선 업데이트에서 가온-9B의 KMMLU 점수를 72.5점으로 전해드렸으나, 발표 자료를 다시 확인한 결과 70.5점이 맞습니다.\n\n발표된 점수는 다음과 같다.\n\n엑사원 4.0: KMMLU 78.0 / KMMLU-Pro 66.2\n\n가온-9B: KMMLU 72.5 / KMMLU-Pro 60.1',
    expect: ['SCORED 가온-9B -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU'],
    edgeProps: ['SCORED 가온-9B -> KMMLU score=70.5', 'SCORED 가온-9B -> KMMLU-Pro score=60.1', 'SCORED 엑사원 4.0 -> KMMLU score=78'],
  },
  {
    // a correction notice quoting the earlier article's headline: the headline is the retracted claim
    cat: 'correction.earlier-headline',
    text: "[바로잡습니다] 본지는 지난 3일 \"노을AI, 구글 젬마 기반 '노을-2 9B' 공개\" 기사에서 일부 내용을 사실과 다르게 보도했기에 바로잡습니다. 노을-2 9B는 노을AI가 처음부터 자체 학습한 모델입니다.",
    expect: ['DEVELOPED 노을AI -> 노을-2 9B'],
    absent: ['BASED_ON 노을-2 9B -> 젬마'],
  },
  {
    cat: 'summary-bullet.kept',
    text: "▶ 같은 날 솔라 프로 2를 경량화한 온디바이스용 '솔라 미니 2'도 허깅페이스에 공개됐다. 회사는 두 모델 모두 상업적 이용을 허용한다고 밝혔고, 기업 고객 대상 설명회도 이달 중 열 계획이다.",
    expect: ['BASED_ON 솔라 미니 2 -> 솔라 프로 2'],
  },
  {
    cat: 'based-on.giban-samah',
    text: '한결랩의 한결-Law 9B는 카카오의 카나나 1.5 8B 인스트럭트를 기반 삼아 법률 상담에 맞췄다.',
    expect: ['BASED_ON 한결-Law 9B -> 카나나 1.5 8B 인스트럭트'],
  },
  {
    cat: 'based-on.family-word',
    text: '별빛텔레콤의 상담 모델 별빛챗 3는 LG AI연구원의 엑사원 계열을 기반으로 고객 응대에 맞췄다.',
    expect: ['BASED_ON 별빛챗 3 -> 엑사원'],
  },
  {
    cat: 'based-on.derived-from',
    text: '다온랩의 다온-14B는 큐웬2.5 14B 가중치에 층을 더 얹은 모델로, 사실상 큐웬2.5 14B에서 파생된 셈이다.',
    expect: ['BASED_ON 다온-14B -> 큐웬2.5 14B'],
  },
  {
    cat: 'rather-than.denial',
    text: '업스테이지는 솔라 프로 2가 솔라 10.7B를 계승했다기보다 처음부터 다시 설계한 모델이라고 설명했다.',
    absent: ['SUCCEEDS 솔라 프로 2 -> 솔라 10.7B', 'BASED_ON 솔라 프로 2 -> 솔라 10.7B'],
    expect: ['DEVELOPED 업스테이지 -> 솔라 프로 2'],
  },
  {
    cat: 'name.release-tag',
    text: '가온랩스는 오늘 한국어 모델 가온-Ko-14B v3를 공개했다. 가온-Ko-14B v3는 가온-Ko-14B v2의 후속 버전이다.',
    expect: ['DEVELOPED 가온랩스 -> 가온-Ko-14B v3', 'SUCCEEDS 가온-Ko-14B v3 -> 가온-Ko-14B v2'],
    nodes: ['Model:가온-Ko-14B v3', 'Model:가온-Ko-14B v2'],
    noNodes: ['Model:가온-Ko-14B'],
    props: ['가온-Ko-14B v3=parameters:14000000000'],
  },
  {
    cat: 'policy.quoted-before-saup',
    text: "가람랩스는 조달청의 '공공 문서 AI 전환' 사업 입찰에 가람-12B를 앞세워 참여했다.",
    expect: ['PARTICIPATES_IN 가람랩스 -> 공공 문서 AI 전환'],
    nodes: ['Policy:공공 문서 AI 전환'],
  },
  {
    cat: 'works-for.joint-title',
    text: '리벨리온 공동창업자 겸 CTO 오민준은 새 추론 칩의 구조를 설명했다.',
    expect: ['WORKS_FOR 오민준 -> 리벨리온'],
  },
  {
    cat: 'succeeds.previous-generation',
    text: '업스테이지는 이날 솔라 프로 3를 처음 공개하고 "이전 세대인 솔라 프로 2보다 추론 속도를 크게 높였다"고 밝혔다.',
    expect: ['SUCCEEDS 솔라 프로 3 -> 솔라 프로 2'],
  },
  {
    cat: 'succeeds.previous-generation',
    text: '네이버클라우드는 하이퍼클로바X 씽크 2를 공개했다. 전 세대인 하이퍼클로바X 씽크보다 긴 문서를 잘 다룬다.',
    expect: ['SUCCEEDS 하이퍼클로바X 씽크 2 -> 하이퍼클로바X 씽크'],
  },
  {
    cat: 'consortium.bare-reference',
    text: '본선에서 떨어진 한결소프트 컨소시엄의 오지훈 한결소프트 대표는 "결과를 받아들인다"고 말했다. 컨소시엄에 참여한 데이터 기업 누리데이터는 "다음 공모를 준비하겠다"는 입장이다.',
    expect: ['PARTNERS_WITH 누리데이터 -> 한결소프트'],
  },
  {
    cat: 'based-on.generated-data-is-no-base',
    text: '대표는 "GPT-5가 생성한 합성 데이터를 조금 썼을 뿐, 모델 자체는 큐웬3-14B를 기반으로 만들었다"고 설명했다.',
    absent: ['BASED_ON GPT-5 -> 큐웬3-14B'],
  },
  {
    cat: 'based-on.generated-data-is-no-base',
    text: '가람-14B는 큐웬3-14B를 기반으로 만들었다.',
    expect: ['BASED_ON 가람-14B -> 큐웬3-14B'],
  },
  {
    cat: 'works-for.self-intro',
    text: '퓨리오사AI에서 연구원으로 근무하는 서다온입니다. 오늘은 새 칩의 구조를 소개합니다.',
    expect: ['WORKS_FOR 서다온 -> 퓨리오사AI'],
    nodes: ['Person:서다온'],
  },
  // a quoted name whose last word is a kind of document is a publication, not a model, whatever verb releases it
  { cat: 'document.quoted-publication', text: "보안기업 파랑랩스는 지난 5일 발표한 '국산 LLM 안전성 보고서'에서 모델 5종을 비교했다.", noNodes: ['Model:국산 LLM 안전성 보고서'] },
  { cat: 'document.quoted-publication', text: "솔빛AI가 공개한 '생성형 AI 신뢰성 백서'에는 여러 모델이 담겼다.", noNodes: ['Model:생성형 AI 신뢰성 백서'] },
  { cat: 'document.quoted-publication', text: "누리랩이 내놓은 '에이전트 보안 가이드라인'이 주목받았다. 누리랩이 최근 펴낸 'LLM 평가 리포트'도 화제다.", noNodes: ['Model:에이전트 보안 가이드라인', 'Model:LLM 평가 리포트'] },
  { cat: 'document.quoted-publication', text: "스타트업 누리랩이 공개한 '누리 리포터 7B' 모델은 기사 요약에 특화됐다.", expect: ['DEVELOPED 누리랩 -> 누리 리포터 7B'] },
  // an analyst note or market story prints a listed company's stock code after its name once: the name is a company wherever it recurs
  {
    cat: 'company.listed-stock-code',
    text: "미르웨이브 (413250.KQ)\n\n미르웨이브는 지난달 경량 언어모델 '미르-S 2'를 내놨다. 미르웨이브는 이 모델을 보험사 세 곳에 공급한다.",
    expect: ['DEVELOPED 미르웨이브 -> 미르-S 2'],
    nodes: ['Company:미르웨이브'],
    props: ['미르웨이브=country:KR'],
  },
  {
    cat: 'company.listed-stock-code',
    text: "코스닥 상장사 가운데 한솔비전(코스닥: 376540)이 눈에 띈다. 한솔비전은 올해 비전 모델 '솔비 V3'를 공개했다.",
    expect: ['DEVELOPED 한솔비전 -> 솔비 V3'],
  },
  // a correction that quotes the earlier report's claim ("'X가 Y를 기반으로 개발됐다'고 보도했으나, …"): the quoted claim is retracted
  {
    cat: 'correction.quoted-claim',
    text: "[정정] 바로잡습니다\n\n본지는 앞서 '한빛-7B가 큐원2.5를 기반으로 개발됐다'고 보도했으나, 한빛AI는 \"큐원2.5의 토크나이저만 참고했을 뿐 처음부터 자체 학습한 모델\"이라고 알려왔습니다.",
    absent: ['BASED_ON 한빛-7B -> 큐원2.5'],
  },
  // a correction that repeats the earlier report's value ("매개변수를 'N'로 보도했으나 M으로 확인돼"): the repeated value is retracted
  {
    cat: 'correction.reported-value',
    text: "[바로잡습니다] 본 기사는 한빛AI의 '한빛 3' 매개변수를 '150억 개'로 보도했으나 170억 개로 확인돼 바로잡습니다.\n\n한빛AI는 '한빛 3'를 공개했다. 한빛 3는 매개변수 170억 개 규모다.",
    props: ['한빛 3=parameters:17000000000'],
  },
];

describe('generalisation rows (set-13 layouts and phrasings)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
