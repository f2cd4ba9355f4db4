/**
 * Generalisation rows of coreference: the 'leaderboard', 'policy', 'short-form', 'consortium', 'works-for', 'english', 'succeeds', 'attributes', 'unknown-company', 'unknown-benchmark', 'unknown-model' rows.
 * The others are in the other coreference-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const FP = '독자 AI 파운데이션 모델 프로젝트';

const rows: FactRow[] = [
  // 2. leaderboards named once, then a ranked list
  {
    cat: 'leaderboard',
    text: '호랑이 리더보드 결과가 공개됐다. 1위는 엑사원 4.0 32B(LG AI연구원)로 78.2점을 기록했다. 2위는 솔라 프로2로 77.5점이었다.',
    expect: ['SCORED 엑사원 4.0 32B -> 호랑이 리더보드', 'SCORED 솔라 프로2 -> 호랑이 리더보드', 'DEVELOPED LG AI연구원 -> 엑사원 4.0 32B'],
    edgeProps: ['SCORED 솔라 프로2 -> 호랑이 리더보드 score=77.5'],
  },
  {
    cat: 'leaderboard',
    text: 'Horangi 한국어 LLM 리더보드에서 솔라 프로2가 1위에 올랐다. 솔라 프로2는 80.1점, 엑사원 4.0은 79.4점, 카나나 2.0은 75.0점이었다.',
    expect: ['SCORED 솔라 프로2 -> Horangi 한국어 LLM 리더보드', 'SCORED 엑사원 4.0 -> Horangi 한국어 LLM 리더보드', 'SCORED 카나나 2.0 -> Horangi 한국어 LLM 리더보드'],
    noNodes: ['Benchmark:한국어 LLM 리더보드'],
  },
  {
    cat: 'leaderboard',
    text: 'KMMLU 결과는 다음과 같다.\n▲1위 엑사원 4.0(LG AI연구원) 71.2점\n▲2위 솔라 프로2(업스테이지) 69.8점\n▲3위 믿:음 2.0(KT) 65.1점',
    expect: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED 솔라 프로2 -> KMMLU', 'SCORED 믿:음 2.0 -> KMMLU', 'DEVELOPED KT -> 믿:음 2.0'],
    edgeProps: ['SCORED 믿:음 2.0 -> KMMLU score=65.1'],
  },
  {
    cat: 'leaderboard',
    text: '카나나 2.0은 HAERAE에서 80.2점을 받았고, KMMLU 점수도 71.2점으로 높았다. LG AI연구원의 엑사원 4.0은 CLIcK 점수도 68.3점이었다.',
    expect: ['SCORED 카나나 2.0 -> HAERAE', 'SCORED 카나나 2.0 -> KMMLU', 'SCORED 엑사원 4.0 -> CLIcK'],
  },
  {
    cat: 'leaderboard',
    // ranks without scores and a relative figure give no SCORED
    text: 'KMMLU에서 1위는 엑사원 4.0, 2위는 솔라 프로2였다. 엑사원 4.0이 솔라 프로2보다 3.1점 높았다.',
    absent: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED 솔라 프로2 -> KMMLU'],
  },
  {
    cat: 'policy',
    // "정예팀이" inside a minister's remark refers to the programme just named
    text: `과기정통부는 ${FP} 정예팀 5곳을 발표했다. 배경훈 과기정통부 장관은 "정예팀이 글로벌 최고 수준의 모델을 만들 수 있도록 GPU와 데이터를 집중 지원하겠다"고 말했다.`,
    expect: [`PROMOTES 배경훈 -> ${FP}`],
  },
  {
    cat: 'policy',
    // an official's statement in an article about one programme is about that programme
    text: `과기정통부는 ${FP} 1차 평가 결과를 발표했다. 배경훈 부총리 겸 과기정통부 장관은 "3개 팀 모두 글로벌 수준에 근접했다"라며 "지원을 집중하겠다"라고 말했다. 류제명 과학기술정보통신부 제2차관도 "공정하게 평가하겠다"고 밝혔다.`,
    expect: [`PROMOTES 배경훈 -> ${FP}`, `PROMOTES 류제명 -> ${FP}`],
  },
  {
    cat: 'policy',
    // not a company's chief, and not when the article names two programmes
    text: `업스테이지가 ${FP}에 선정됐다. 김성훈 업스테이지 대표는 "최선을 다하겠다"고 말했다. 정부는 AI 바우처 사업도 진행한다. 배경훈 과기정통부 장관은 "지원하겠다"고 말했다.`,
    absent: [`PROMOTES 김성훈 -> ${FP}`, `PROMOTES 배경훈 -> ${FP}`, 'PROMOTES 배경훈 -> AI 바우처'],
  },
  {
    cat: 'short-form',
    // a later name that is the tail of a longer one is that model
    text: "네이버클라우드는 'HyperCLOVA X SEED 14B Think'를 공개했다. SEED 14B Think는 KMMLU에서 55.3점을 받았다.",
    expect: ['SCORED HyperCLOVA X SEED 14B Think -> KMMLU'],
  },
  // 4. consortium member lists
  {
    cat: 'consortium',
    // a consortium formed with a partner: the partner takes part in the programme its lead joined
    text: `${FP} 추가 공모에 트릴리온랩스가 도전장을 냈다. 트릴리온랩스는 AI 반도체 기업 퓨리오사AI와 컨소시엄을 꾸렸다.`,
    expect: [`PARTICIPATES_IN 퓨리오사AI -> ${FP}`],
  },
  {
    cat: 'consortium',
    text: `네이버클라우드가 ${FP} 정예팀에 선정됐다. 정예팀 컨소시엄에는 마음AI와 포티투마루가 함께했다.`,
    expect: [`PARTICIPATES_IN 마음AI -> ${FP}`, `PARTICIPATES_IN 포티투마루 -> ${FP}`, 'PARTNERS_WITH 네이버클라우드 -> 포티투마루'],
  },
  {
    cat: 'consortium',
    text: `SK텔레콤이 주관하는 컨소시엄은 크래프톤·포티투닷·리벨리온으로 구성됐다. 이 컨소시엄은 ${FP}에 선정됐다.`,
    expect: [`PARTICIPATES_IN SK텔레콤 -> ${FP}`, `PARTICIPATES_IN 크래프톤 -> ${FP}`, `PARTICIPATES_IN 리벨리온 -> ${FP}`, 'PARTNERS_WITH SK텔레콤 -> 포티투닷'],
    absent: ['PARTNERS_WITH 크래프톤 -> 리벨리온'],
  },
  {
    cat: 'consortium',
    text: `과기정통부는 ${FP} 정예팀 5곳을 발표했다. LG AI연구원 컨소시엄(LG유플러스·퓨리오사AI), 업스테이지 컨소시엄(노타·플리토)이다.`,
    expect: [`PARTICIPATES_IN LG AI연구원 -> ${FP}`, `PARTICIPATES_IN 퓨리오사AI -> ${FP}`, `PARTICIPATES_IN 노타 -> ${FP}`, 'PARTNERS_WITH 업스테이지 -> 플리토'],
    absent: ['PARTNERS_WITH LG AI연구원 -> 업스테이지'],
  },
  {
    cat: 'consortium',
    text: `네이버클라우드는 ${FP}에 출사표를 냈다. 컨소시엄에는 트웰브랩스, 카카오브레인, 래블업이 이름을 올렸다.`,
    expect: [`PARTICIPATES_IN 트웰브랩스 -> ${FP}`, `PARTICIPATES_IN 래블업 -> ${FP}`, 'PARTNERS_WITH 네이버클라우드 -> 카카오브레인'],
  },
  {
    cat: 'consortium',
    text: `${FP}에 도전하는 KT 컨소시엄은 KT클라우드, 모레 등 5개사로 꾸려졌다.`,
    expect: [`PARTICIPATES_IN KT -> ${FP}`, `PARTICIPATES_IN 모레 -> ${FP}`, 'PARTNERS_WITH KT -> KT클라우드'],
  },
  {
    cat: 'consortium',
    text: '업스테이지 컨소시엄에 참여한 노타와 플리토는 데이터 구축을 맡는다.',
    expect: ['PARTNERS_WITH 노타 -> 업스테이지', 'PARTNERS_WITH 업스테이지 -> 플리토'],
    absent: ['PARTNERS_WITH 노타 -> 플리토'],
  },
  {
    cat: 'consortium',
    // a consortium talked about with no programme stated: no participation
    text: '카카오는 컨소시엄 구성을 검토 중이다. 컨소시엄에는 뤼튼이 참여할지 관심이 쏠린다.',
    absent: ['PARTNERS_WITH 뤼튼 -> 카카오'],
  },
  // 6. WORKS_FOR forms
  {
    cat: 'works-for',
    text: '구글 딥마인드 출신의 박서준 전무가 네이버클라우드로 자리를 옮겼다.',
    expect: ['WORKS_FOR 박서준 -> 네이버클라우드'],
    absent: ['WORKS_FOR 박서준 -> 구글'],
  },
  {
    cat: 'works-for',
    text: '리벨리온은 반도체 설계 전문가인 권지훈 씨를 CTO로 선임했다.',
    expect: ['WORKS_FOR 권지훈 -> 리벨리온'],
    edgeProps: ['WORKS_FOR 권지훈 -> 리벨리온 title=CTO'],
  },
  {
    cat: 'works-for',
    text: '업스테이지는 최근 이서연 전 삼성전자 상무를 AI 전략 담당 부사장으로 영입했다.',
    expect: ['WORKS_FOR 이서연 -> 업스테이지'],
    absent: ['WORKS_FOR 이서연 -> 삼성전자'],
  },
  {
    cat: 'works-for',
    text: '카카오는 김민재 부사장을 최고AI책임자(CAIO)로 영입했다.',
    expect: ['WORKS_FOR 김민재 -> 카카오'],
  },
  {
    cat: 'works-for',
    text: 'Daniel Reid, chief scientist at Vectorline, said the new model was trained from scratch.',
    expect: ['WORKS_FOR Daniel Reid -> Vectorline'],
    nodes: ['Person:Daniel Reid', 'Company:Vectorline'],
  },
  {
    cat: 'works-for',
    text: '“한국어 성능이 크게 좋아졌다”고 said Kim Jae-hyun, head of AI research at SKT.',
    expect: ['WORKS_FOR Kim Jae-hyun -> SK텔레콤'],
  },
  {
    cat: 'works-for',
    // leaving a company is no role at the company left
    text: '박서준 전무는 네이버클라우드를 떠나 독립했다. The company, a partner of Vectorline, grew fast.',
    absent: ['WORKS_FOR 박서준 -> 네이버클라우드'],
    noNodes: ['Person:The company'],
  },
  // 3. English-mixed sentences
  {
    cat: 'english',
    text: '업스테이지의 Solar Pro 2 scored 85.3 on AIME25, 77.0 on GPQA and 70.1 on LiveCodeBench.',
    expect: ['SCORED Solar Pro 2 -> AIME25', 'SCORED Solar Pro 2 -> GPQA', 'SCORED Solar Pro 2 -> LiveCodeBench'],
    edgeProps: ['SCORED Solar Pro 2 -> LiveCodeBench score=70.1'],
  },
  {
    cat: 'english',
    text: 'LG AI연구원 partnered with 퓨리오사AI, LG유플러스 and 네이버클라우드 on the project.',
    expect: ['PARTNERS_WITH LG AI연구원 -> 퓨리오사AI', 'PARTNERS_WITH LG AI연구원 -> LG유플러스', 'PARTNERS_WITH LG AI연구원 -> 네이버클라우드'],
    absent: ['PARTNERS_WITH LG유플러스 -> 퓨리오사AI'],
  },
  {
    cat: 'english',
    text: 'Nuri-8B, a fine-tuned version of Llama 3.1 8B, was released by 누리랩스.',
    expect: ['BASED_ON Nuri-8B -> Llama 3.1 8B'],
  },
  {
    cat: 'english',
    text: 'Solar Pro 2 is the successor to Solar Pro. It is compared with Qwen3-32B, not built on it.',
    expect: ['SUCCEEDS Solar Pro 2 -> Solar Pro'],
    absent: ['BASED_ON Solar Pro 2 -> Qwen3-32B'],
  },
  // 7. successors
  {
    cat: 'succeeds',
    text: '카카오는 카나나 1.5에 이은 카나나 2.0을 공개했다. 카나나 2.0은 전작 카나나 1.5 대비 추론 성능이 20% 향상됐다.',
    expect: ['SUCCEEDS 카나나 2.0 -> 카나나 1.5'],
    absent: ['BASED_ON 카나나 2.0 -> 카나나 1.5'],
  },
  {
    cat: 'succeeds',
    text: '카카오는 카나나 2.0과 카나나 나노를 함께 공개했다.',
    absent: ['SUCCEEDS 카나나 2.0 -> 카나나 나노', 'SUCCEEDS 카나나 나노 -> 카나나 2.0'],
  },
  // 8. attributes
  {
    cat: 'attributes',
    text: '네이버클라우드는 하이퍼클로바X 씽크를 공개했다고 12일 밝혔다. 회사는 전날 허깅페이스에 가중치를 올렸다.',
    publishedAt: '2025-07-12',
    props: ['하이퍼클로바X 씽크=releasedOn:2025-07-11', '하이퍼클로바X 씽크=openSource:true'],
  },
  {
    cat: 'attributes',
    text: '구글은 젬마 3를 공개했다고 12일 밝혔다.',
    publishedAt: '2025-07-12',
    props: ['젬마 3=releasedOn:2025-07-12'],
  },
  {
    cat: 'attributes',
    text: '오픈AI는 11일(현지시간) GPT-5를 공개했다. 트릴리온랩스는 open-weight 모델 Tri-21B를 내놨다. 카카오는 카나나 2.0을 오픈소스로 풀었다.',
    publishedAt: '2025-08-12',
    props: ['GPT-5=releasedOn:2025-08-11', 'Tri-21B=openSource:true', '카나나 2.0=openSource:true'],
  },
  {
    cat: 'attributes',
    text: 'KT는 매개변수 70억 개의 믿:음 2.0 베이스와 전작 믿:음 1.0(110억 개)을 비교했다.',
    props: ['믿:음 2.0 베이스=parameters:7000000000', '믿:음 1.0=parameters:11000000000'],
  },
  {
    cat: 'works-for',
    text: '권하준 비미파테크 부사장은 "추론 능력을 꾸준히 끌어올리겠다"고 말했다. 김도현 AI전략 부사장과 이서연 중소벤처기업부 과장도 참석했다.',
    expect: ['WORKS_FOR 권하준 -> 비미파테크'],
    nodes: ['Company:비미파테크'],
    noNodes: ['Company:AI전략', 'Company:중소벤처기업부'],
  },
  {
    cat: 'unknown-company',
    text: '테르센테크는 한국 AI 스타트업 사비자데이터의 Tisra 2.0 Flash(티스라 2.0 플래시)를 바탕으로 Taltistor 1.5를 개발했다. 미국 빅테크 베미루(Vemilu)의 『헥스타 2.0』(58.17점)도 비교 대상이었다.',
    expect: ['BASED_ON Taltistor 1.5 -> Tisra 2.0 Flash', 'DEVELOPED 사비자데이터 -> Tisra 2.0 Flash', 'DEVELOPED 테르센테크 -> Taltistor 1.5', 'DEVELOPED 베미루 -> 헥스타 2.0'],
    sameNode: ['Tisra 2.0 Flash=티스라 2.0 플래시', '베미루=Vemilu'],
    props: ['베미루=country:US', '테르센테크=country:KR'],
  },
  {
    cat: 'unknown-company',
    text: '빅데이터와 핀테크, 리걸테크 기업이 늘었다. 공공데이터를 활용한 서비스도 많다.',
    noNodes: ['Company:빅데이터', 'Company:핀테크', 'Company:리걸테크', 'Company:공공데이터'],
  },
  {
    cat: 'unknown-company',
    text: '하이브리드클라우드와 멀티클라우드가 대세다. LG AI연구원의 김민수 연구원은 엑사원을 소개했다.',
    noNodes: ['Company:하이브리드클라우드', 'Company:멀티클라우드'],
    expect: ['WORKS_FOR 김민수 -> LG AI연구원'],
  },
  // 5. unknown model names (and benchmarks)
  {
    cat: 'unknown-benchmark',
    text: '스타트업 한빛랩스는 Zebra 1.5 Max를 공개했다. Zebra 1.5 Max는 KoLogic-Hard에서 79.5점으로 1위에 올랐다. 마루 2.0 프로는 SEOQA 평가에서 55.4점을 얻었다.',
    expect: ['SCORED Zebra 1.5 Max -> KoLogic-Hard', 'SCORED 마루 2.0 프로 -> SEOQA', 'DEVELOPED 한빛랩스 -> Zebra 1.5 Max'],
    edgeProps: ['SCORED 마루 2.0 프로 -> SEOQA score=55.4'],
  },
  {
    cat: 'unknown-benchmark',
    text: '은하수 리더보드2에서 별빛 3.0이 72.8점으로 1위에 올랐다. 이번 리더보드에서 2위는 없었다.',
    expect: ['SCORED 별빛 3.0 -> 은하수 리더보드2'],
    noNodes: ['Benchmark:이번 리더보드'],
  },
  {
    cat: 'unknown-benchmark',
    // a company or a chip in the "X에서" slot with no score is no benchmark
    text: 'KT는 AWS에서 모델을 학습했다. NVIDIA에서 만든 칩은 H100이다. 매출은 KT에서 12% 늘었다.',
    noNodes: ['Benchmark:AWS', 'Benchmark:NVIDIA', 'Benchmark:KT'],
  },
  {
    cat: 'unknown-model',
    text: '스타트업 한빛랩스는 ‘누리온-8B’를 공개했다. 누리온은 Llama 3.1 8B를 파인튜닝한 모델이다.',
    expect: ['BASED_ON 누리온-8B -> Llama 3.1 8B', 'DEVELOPED 한빛랩스 -> 누리온-8B'],
    sameNode: ['누리온-8B=누리온'],
  },
  {
    cat: 'unknown-model',
    text: '스타트업 다온소프트는 자체 언어모델 다온소프트 LLM 2를 공개했다. 다온소프트 LLM 2는 Qwen3 8B를 파인튜닝한 모델이다.',
    expect: ['BASED_ON 다온소프트 LLM 2 -> Qwen3 8B', 'DEVELOPED 다온소프트 -> 다온소프트 LLM 2'],
  },
  {
    cat: 'unknown-model',
    text: '하늘랩스가 개발한 별하 3.0은 Qwen2.5 7B를 토대로 만들었다.',
    expect: ['BASED_ON 별하 3.0 -> Qwen2.5 7B', 'DEVELOPED 하늘랩스 -> 별하 3.0'],
  },
  {
    cat: 'unknown-model',
    text: '카카오는 2025년 LLM 2개를 공개했다. 카카오 LLM 담당 조직은 10명이다.',
    noNodes: ['Model:카카오 LLM 2'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
