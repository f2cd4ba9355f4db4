/**
 * Held-out categories, round 2: within-article coreference of model short forms, leaderboards
 * named once, consortium member lists, WORKS_FOR forms, unknown model names, English-mixed
 * sentences, attributes and precision. Each row is a short article written for these tests (no
 * held-out text), the facts it must give and the facts it must not give.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';


const FP = '독자 AI 파운데이션 모델 프로젝트';

const rows: FactRow[] = [
  // 1. sized variant and its bare form; product line + code; a name and its English form
  {
    cat: 'coref.sized',
    text: 'LG AI연구원은 엑사원 4.0 32B를 오픈소스로 공개했다. 엑사원 4.0은 KMMLU에서 71.2점을 받았다.',
    expect: ['SCORED 엑사원 4.0 32B -> KMMLU', 'DEVELOPED LG AI연구원 -> 엑사원 4.0 32B'],
    sameNode: ['엑사원 4.0 32B=엑사원 4.0'],
    edgeProps: ['SCORED 엑사원 4.0 32B -> KMMLU score=71.2'],
  },
  {
    // the version glossed in parentheses right after the sized name, with other notes ("(Qwen3, 320억 파라미터)"), is that name
    cat: 'coref.sized-glossed',
    text: '• 알리바바의 큐웬3 32B (Qwen3, 320억 파라미터)\n\n• 업스테이지의 솔라 프로 2\n\n큐웬3는 KMMLU에서 65.2점을 받았다.',
    expect: ['SCORED 큐웬3 32B -> KMMLU', 'DEVELOPED 알리바바 -> 큐웬3 32B'],
    sameNode: ['큐웬3 32B=Qwen3'],
  },
  {
    // a model named only in the summary is the one longer name of it the body gives ("큐웬3" over "큐웬3 코더")
    cat: 'coref.headline-short-model',
    text: "■ 큐웬3 기반 '누리코더 2' 공개\n\n누리랩은 알리바바의 오픈소스 모델 '큐웬3 코더'를 기반으로 추가 학습한 '누리코더 2'를 공개했다.",
    expect: ['BASED_ON 누리코더 2 -> 큐웬3 코더'],
    noNodes: ['Model:큐웬3'],
  },
  {
    // not when the body names it itself
    cat: 'coref.headline-short-model',
    text: "■ 큐웬3 기반 '누리코더 2' 공개\n\n누리랩은 큐웬3와 '큐웬3 코더'를 비교한 뒤 '큐웬3 코더'를 기반으로 추가 학습한 '누리코더 2'를 공개했다.",
    nodes: ['Model:큐웬3', 'Model:큐웬3 코더'],
  },
  {
    // not a version named beside the sized one outside such a gloss
    cat: 'coref.sized-glossed',
    text: 'LG AI연구원의 엑사원 4.0 32B와 엑사원 4.0 본 모델을 비교했다. 엑사원 4.0은 KMMLU에서 65.2점을 받았다.',
    expect: ['SCORED 엑사원 4.0 -> KMMLU'],
    absent: ['SCORED 엑사원 4.0 32B -> KMMLU'],
  },
  {
    cat: 'coref.sized',
    text: '알리바바가 Qwen3-32B를 내놨다. 스타트업 누리비전은 Qwen3를 기반으로 만든 ‘누리-V 32B’를 공개했다.',
    expect: ['BASED_ON 누리-V 32B -> Qwen3-32B', 'DEVELOPED 알리바바 -> Qwen3-32B'],
    sameNode: ['Qwen3-32B=Qwen3'],
  },
  {
    // a subjectless release after other subjects (investors): the article's company, which made the model in focus
    cat: 'coref.dropped-subject-release',
    text: "AI 스타트업 한빛AI가 80억원 규모의 투자를 유치했다. 이번 투자는 가람벤처스가 주도했다. 한빛AI의 주력 모델은 '별빛 9B'다. 별빛 9B는 KMMLU에서 61.0점을 받았다. 지난달에는 경량 모델 '별빛 미니'를 오픈소스로 공개했다.",
    expect: ['DEVELOPED 한빛AI -> 별빛 미니'],
    absent: ['DEVELOPED 가람벤처스 -> 별빛 미니'],
  },
  {
    // … not when the article's first subject did not make the model in focus
    cat: 'coref.dropped-subject-release',
    text: "AI 스타트업 한빛AI가 80억원 규모의 투자를 유치했다. 메타의 '라마 4'가 화제다. 라마 4는 KMMLU에서 61.0점을 받았다. 지난달에는 경량 모델 '라마 4 미니'를 오픈소스로 공개했다.",
    absent: ['DEVELOPED 한빛AI -> 라마 4 미니'],
  },
  {
    // a model named after its maker ('미스트랄 가람'): named again bare, the model's name wins over the company inside it
    cat: 'coref.known-name-over-company',
    text: "한빛AI는 미스트랄AI가 공개한 '미스트랄 가람'을 기반으로 '한빛 12B'를 만들었다. 한빛 12B는 KMMLU에서 66.0점을 받았다. 원래 미스트랄 가람은 51.2점이었다.",
    expect: ['SCORED 미스트랄 가람 -> KMMLU'],
    edgeProps: ['SCORED 미스트랄 가람 -> KMMLU score=51.2'],
  },
  {
    // a discovered sized name whose head mixes Hangul and a Latin letter: the bare head later is the same model
    cat: 'coref.sized',
    text: "한빛AI는 한국어 모델 '누리Q 9B'를 공개했다. 누리Q는 한빛AI가 작년에 낸 '누리 5B'의 뒤를 잇는 모델이다.",
    expect: ['SUCCEEDS 누리Q 9B -> 누리 5B'],
    sameNode: ['누리Q 9B=누리Q'],
  },
  {
    cat: 'coref.sized',
    // two sizes of one version: the bare form is a third model
    text: 'LG AI연구원은 엑사원 4.0을 공개했다. 엑사원 4.0은 32B와 1.2B 두 가지로, 엑사원 4.0 32B는 KMMLU 71.2점, 엑사원 4.0 1.2B는 KMMLU 58.1점을 받았다.',
    nodes: ['Model:엑사원 4.0', 'Model:엑사원 4.0 32B', 'Model:엑사원 4.0 1.2B'],
  },
  {
    cat: 'coref.sized',
    // the bare version introduced first, the size a lighter sibling: two models
    text: '카카오는 카나나 2.0을 공개했다. 함께 공개한 경량 모델 카나나 2.0 2.1B는 온디바이스용이다. 카나나 2.0 2.1B는 KMMLU에서 48.3점을 받았다.',
    nodes: ['Model:카나나 2.0', 'Model:카나나 2.0 2.1B'],
  },
  {
    cat: 'coref.product-line',
    text: 'NC AI는 바르코 LLM 2.0을 공개했다. 바르코 2.0은 Qwen2.5를 기반으로 만들어졌다.',
    expect: ['BASED_ON 바르코 LLM 2.0 -> Qwen2.5', 'DEVELOPED NC AI -> 바르코 LLM 2.0'],
    sameNode: ['바르코 LLM 2.0=바르코 2.0'],
    noNodes: ['Model:바르코'],
  },
  {
    cat: 'coref.product-line',
    text: '코난테크놀로지는 코난 LLM ENT-11을 선보였다. ENT-11은 KMMLU에서 62.4점을 기록했다.',
    expect: ['SCORED 코난 LLM ENT-11 -> KMMLU'],
    sameNode: ['코난 LLM ENT-11=ENT-11'],
  },
  {
    cat: 'coref.english-form',
    text: '네이버클라우드는 추론 모델 하이퍼클로바X 씽크(HyperCLOVA X THINK)를 공개했다. HyperCLOVA X THINK는 KMMLU에서 69.7점을 기록했다.',
    expect: ['SCORED 하이퍼클로바X 씽크 -> KMMLU', 'DEVELOPED 네이버클라우드 -> 하이퍼클로바X 씽크'],
    sameNode: ['하이퍼클로바X 씽크=HyperCLOVA X THINK'],
  },
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
    cat: 'coref.family-word',
    text: 'NC AI는 바르코 LLM 2.0을 공개했다. 이 회사는 게임 업계에서 오래 일했다. 바르코는 Qwen2.5를 기반으로 만들어졌다.',
    expect: ['BASED_ON 바르코 LLM 2.0 -> Qwen2.5'],
    noNodes: ['Model:바르코'],
  },
  {
    cat: 'coref.family-word',
    // the family talked about as a series, or two versions named: the family word stays the family
    text: '업스테이지는 솔라 프로2를 공개했다. 솔라는 2023년 처음 나온 시리즈다. LG AI연구원은 엑사원 3.5와 엑사원 4.0을 비교했다. 엑사원은 KMMLU에서 강하다.',
    nodes: ['Model:솔라', 'Model:엑사원'],
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
  // a variant word alone ("나노는", "미니는") names the one model of the article ending in it; "본 모델" its stem
  {
    cat: 'coref.variant-word',
    text: '솔빛AI는 솔빛 LM 4.0과 경량판 ‘솔빛 LM 4.0 나노’를 함께 선보였다. 나노는 솔빛 LM 4.0을 교사 모델로 삼아 지식 증류로 만들었다. 나노는 KoBEST에서 70.4점을 받았다.',
    expect: ['BASED_ON 솔빛 LM 4.0 나노 -> 솔빛 LM 4.0', 'SCORED 솔빛 LM 4.0 나노 -> KoBEST'],
    noNodes: ['Model:나노'],
  },
  {
    cat: 'coref.variant-word',
    text: '한빛소프트랩은 ‘한빛 3.5’를 공개했다. 파라미터 700억 개의 본 모델과 80억 개의 ‘한빛 3.5 라이트’ 두 종이다. 라이트는 오픈소스로 풀었고, 본 모델은 KMMLU에서 68.1점을 받았다.',
    expect: ['SCORED 한빛 3.5 -> KMMLU'],
    absent: ['SCORED 한빛 3.5 라이트 -> KMMLU'],
    props: ['한빛 3.5=parameters:70000000000', '한빛 3.5 라이트=parameters:8000000000', '한빛 3.5 라이트=openSource:true'],
    noNodes: ['Model:라이트', 'Model:본 모델'],
  },
  {
    cat: 'coref.variant-word',
    // a version tag alone ("v1은", "v2를") names the model of the article whose name ends in it
    text: '누리랩스는 오늘 ‘한돌-Ko-7B v2’를 공개했다. 전작 ‘한돌-Ko-7B v1’도 있다. v1은 라마 3.1 8B를 튜닝한 버전이었다. 함께 올린 ‘한돌-Ko-1B’는 v2를 교사로 삼아 증류한 경량화 버전이다.',
    expect: ['BASED_ON 한돌-Ko-7B v1 -> 라마 3.1 8B', 'BASED_ON 한돌-Ko-1B -> 한돌-Ko-7B v2'],
    noNodes: ['Model:v1', 'Model:v2'],
  },
  {
    cat: 'coref.variant-word',
    // two models end in the same word: the word alone names neither
    text: '바다랩은 이날 ‘바다온 2 미니’를 공개했다. 바다온 2 미니는 ‘바다온 2’를 줄인 모델이다. 누리랩은 ‘누리온 5 미니’를 공개했다. 누리온 5 미니는 ‘누리온 5’를 줄였다. 미니는 본 모델을 교사 모델로 삼아 지식 증류로 만들었다.',
    absent: ['BASED_ON 바다온 2 미니 -> 바다온 2', 'BASED_ON 누리온 5 미니 -> 누리온 5'],
  },
  // a leaderboard's decimal score without 점, the leaderboard named in an earlier sentence
  {
    cat: 'coref.leaderboard-decimal',
    text: '웨이츠앤바이어시스가 운영하는 호랑이 리더보드의 12월 결과가 나왔다. 새로 이름을 올린 하람AI의 언어모델 ‘하람 LM 3’은 종합 점수 0.774를 받아 4위에 자리했다. 바로AI의 ‘바로-K 32B’는 0.731로 7위였다.',
    expect: ['SCORED 하람 LM 3 -> 호랑이 리더보드', 'SCORED 바로-K 32B -> 호랑이 리더보드'],
    edgeProps: ['SCORED 하람 LM 3 -> 호랑이 리더보드 score=0.774', 'SCORED 바로-K 32B -> 호랑이 리더보드 score=0.731'],
  },
  {
    cat: 'coref.leaderboard-decimal',
    // a decimal that is no score
    text: '웨이츠앤바이어시스가 운영하는 호랑이 리더보드의 12월 결과가 나왔다. 하람AI의 언어모델 ‘하람 LM 3’은 추론 비용을 0.35배로 줄였다. 바로AI의 ‘바로-K 32B’는 응답 시간이 0.42초로 짧았다.',
    absent: ['SCORED 하람 LM 3 -> 호랑이 리더보드', 'SCORED 바로-K 32B -> 호랑이 리더보드'],
    nodes: ['Model:하람 LM 3', 'Model:바로-K 32B'],
  },
  // a successor introduced on its own ("후속작 'B'") succeeds the model of its brand the sentence before named
  {
    cat: 'coref.successor-previous',
    text: '하람AI는 지난 3월 첫 모델 ‘하람 LM 1’을 내놨다. 이어 이달 초 후속작 ‘하람 LM 2’를 선보였다.',
    expect: ['SUCCEEDS 하람 LM 2 -> 하람 LM 1'],
  },
  {
    cat: 'coref.successor-previous',
    text: '하람AI의 주력 모델 ‘하람-코드 14B’는 알리바바의 Qwen3-14B를 파인튜닝한 모델이다. 회사는 지난달 후속 모델 ‘하람-코드 2’를 내놨다.',
    expect: ['SUCCEEDS 하람-코드 2 -> 하람-코드 14B'],
    absent: ['SUCCEEDS 하람-코드 2 -> Qwen3-14B'],
  },
  {
    cat: 'coref.successor-previous',
    // another brand before: no predecessor
    text: '바로AI는 지난 3월 ‘바로 LM 1’을 내놨다. 하람AI는 이달 후속작 ‘하람 LM 2’를 선보였다.',
    absent: ['SUCCEEDS 하람 LM 2 -> 바로 LM 1'],
    nodes: ['Model:바로 LM 1', 'Model:하람 LM 2'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

describe('headlines shorten a subsidiary to its parent', () => {
  const factsWithTitle = (title: string, body: string) => {
    const g = extractArticle(parseText(`${title}\n\n${body}`, { source: 'test.txt', publishedAt: '2026-01-15' }));
    return { g, names: g.nodes.filter((n) => n.type === 'Company').map((n) => n.name).sort() };
  };

  it('a parent named only in the title is the one subsidiary the body names', () => {
    const { g, names } = factsWithTitle('1차 평가…네이버·NC 탈락', '네이버클라우드와 엔씨AI(NC AI)는 이번 평가에서 고배를 마셨다. 네이버클라우드는 다시 도전한다.');
    expect(names).toEqual(['네이버클라우드', '엔씨AI']);
    expect(g.nodes.find((n) => n.name === '네이버클라우드')!.aliases).toContain('네이버');
  });

  it('not when the body names the parent too, or two of its subsidiaries', () => {
    expect(factsWithTitle('네이버, 새 모델', '네이버와 네이버클라우드가 모델을 함께 공개했다.').names).toEqual(['네이버', '네이버클라우드']);
    expect(factsWithTitle('SK, AI 확대', 'SK텔레콤과 SK하이닉스가 협력한다.').names).toEqual(['SK', 'SK텔레콤', 'SK하이닉스']);
  });
});

describe('a photo caption shortens a sized name as a headline does', () => {
  const page = (caption: string) => `<html><head><meta property="article:published_time" content="2026-04-02"></head><body><article>
    <h1>지역 스타트업 '바람-L' 주목</h1>
    <figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure>
    <p>바람랩스가 개발한 '바람-L 9B'는 알리바바의 Qwen3-8B를 토대로 추가 학습한 모델이다.</p>
    <p>바람랩스는 다음 달 공장 두 곳에 바람-L을 시범 적용한다.</p></article></body></html>`;
  it.each([
    "바람랩스 연구원이 본사에서 제조 특화 언어모델 '바람-L'으로 설비를 분석하는 시연을 하고 있다./바람랩스",
    "공장 특화 언어모델 '바람-L'로 불량 원인을 찾는 모습.",
  ])('caption %s: the bare name is the sized model the body introduces', (caption) => {
    const g = extractArticle(parseArticle(Buffer.from(page(caption)), { source: 'c.html' }));
    expect(g.nodes.filter((n) => n.type === 'Model').length).toBe(2);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'BASED_ON').map((e) => `${name(e.source)} ${name(e.target)}`)).toHaveLength(1);
  });
});
