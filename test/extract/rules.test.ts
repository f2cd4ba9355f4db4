/**
 * Table-driven tests, one or more rows per rule id: a sentence, the facts it must give and the
 * facts it must not give. Sentences are written for these tests in varied phrasings.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/extract/index.js';
import { factsOf } from './helpers.js';

interface Row {
  rule: string;
  sentence: string;
  expect?: string[];
  absent?: string[];
  /** "FACT=value": the score (SCORED) or title (WORKS_FOR) the fact must carry. */
  props?: string[];
}

const rows: Row[] = [
  // DEVELOPED
  { rule: 'developed.self-built', sentence: 'KT가 자체 개발한 언어모델 ‘믿:음 2.0’을 공개했다.', expect: ['DEVELOPED KT -> 믿:음 2.0'] },
  { rule: 'developed.self-built', sentence: '카카오는 독자 개발한 카나나 2.0을 선보였다.', expect: ['DEVELOPED 카카오 -> 카나나 2.0'] },
  { rule: 'developed.self-built', sentence: '스타트업 노바랩스는 직접 설계한 경량 모델 ‘노바-3B’를 내놨다.', expect: ['DEVELOPED 노바랩스 -> 노바-3B'] },
  { rule: 'developed.made-by', sentence: '코난테크놀로지가 개발한 코난 LLM은 공공기관에 도입됐다.', expect: ['DEVELOPED 코난테크놀로지 -> 코난 LLM'] },
  { rule: 'developed.made-by', sentence: 'NC AI가 만든 바르코 2.0은 게임 분야에 쓰인다.', expect: ['DEVELOPED NC AI -> 바르코 2.0'] },
  { rule: 'developed.possessive', sentence: '솔트룩스의 최신 언어모델 루시아 3는 한국어 이해도가 높다.', expect: ['DEVELOPED 솔트룩스 -> 루시아 3'] },
  { rule: 'developed.possessive', sentence: 'KT의 GPT-4o 기반 상담 모델이 나왔다. 카카오의 Qwen3 활용 사례도 있다.', absent: ['DEVELOPED KT -> GPT-4o'] },
  { rule: 'developed.possessive', sentence: '업계에서는 오픈AI의 GPT-5가 주목받고 있다.', expect: ['DEVELOPED 오픈AI -> GPT-5'] },
  { rule: 'developed.subject-release', sentence: '트릴리온랩스는 지난 9일 Tri-21B를 허깅페이스에 공개했다.', expect: ['DEVELOPED 트릴리온랩스 -> Tri-21B'] },
  { rule: 'developed.subject-release', sentence: '업스테이지는 메타의 라마 3를 기반으로 개발한 솔라 프로2를 공개했다.', expect: ['DEVELOPED 업스테이지 -> 솔라 프로2', 'BASED_ON 솔라 프로2 -> 라마 3', 'DEVELOPED 메타 -> 라마 3'], absent: ['DEVELOPED 업스테이지 -> 라마 3'] },
  { rule: 'developed.together', sentence: 'KT는 MS와 함께 오픈AI의 GPT-4o를 기반으로 한국 문화를 학습시킨 ‘SOTA K’도 개발 중이다.', expect: ['DEVELOPED KT -> SOTA K', 'DEVELOPED MS -> SOTA K', 'BASED_ON SOTA K -> GPT-4o', 'PARTNERS_WITH KT -> MS'] },
  { rule: 'developed.made-it', sentence: '카나나 2.0을 만든 카카오는 후속 모델도 준비 중이다. 솔라 프로2 개발사인 업스테이지도 참석했다.', expect: ['DEVELOPED 카카오 -> 카나나 2.0', 'DEVELOPED 업스테이지 -> 솔라 프로2'] },
  { rule: 'developed.juxtaposed', sentence: '마루AI 마루-24B, 호랑이 리더보드 1위', expect: ['DEVELOPED 마루AI -> 마루-24B'] },
  { rule: 'developed.juxtaposed', sentence: 'KT와 MS GPT-4o 기반 모델 공동 개발', absent: ['DEVELOPED MS -> GPT-4o'] },
  { rule: 'developed.passive', sentence: '익시젠은 LG유플러스가 개발한 통신 특화 모델이다.', expect: ['DEVELOPED LG유플러스 -> 익시젠'] },
  { rule: 'developed.anonymous', sentence: '이 모델은 알리바바의 오픈소스 LLM을 바탕으로 만든 A.X 4.0이다.', expect: ['DEVELOPED 알리바바 -> 알리바바의 오픈소스 LLM', 'BASED_ON A.X 4.0 -> 알리바바의 오픈소스 LLM'] },
  { rule: 'developed.anonymous', sentence: 'KT에 맞서 자체 개발 LLM을 공개한 SK텔레콤은 반격에 나섰다.', absent: ['DEVELOPED SK텔레콤 -> SK텔레콤의 LLM'] },
  // BASED_ON
  { rule: 'based-on.giban-head', sentence: '딥시크-R1을 바탕으로 증류한 모델이 아니라 Qwen2.5를 기반으로 한 Foo-7B가 나왔다.', expect: ['BASED_ON Foo-7B -> Qwen2.5'] },
  { rule: 'based-on.giban-head', sentence: 'Qwen2.5 기반 A.X 4.0은 GPT-4o 대비 한국어 성능이 높다.', expect: ['BASED_ON A.X 4.0 -> Qwen2.5'], absent: ['BASED_ON GPT-4o -> Qwen2.5', 'BASED_ON A.X 4.0 -> GPT-4o'] },
  { rule: 'based-on.giban-topic', sentence: '익시젠은 LG AI연구원의 엑사원을 기반으로 만들어졌다.', expect: ['BASED_ON 익시젠 -> 엑사원'] },
  // a model noun after the name belongs to its slot ("Z 모델을 기반으로", "X 모델은")
  { rule: 'based-on.giban-topic', sentence: 'SK텔레콤이 개발한 A.X 4.0 라이트는 중국 알리바바의 큐웬 2.5 7B 모델을 토대로 만들어졌다.', expect: ['BASED_ON A.X 4.0 라이트 -> 큐웬 2.5 7B'] },
  { rule: 'based-on.giban-topic', sentence: '코난 LLM 모델은 라마 3 LLM을 바탕으로 개발됐다.', expect: ['BASED_ON 코난 LLM -> 라마 3'] },
  { rule: 'based-on.giban-topic', sentence: 'A.X 4.0은 외산 모델을 기반으로 한 튜닝이 아닌 독자 모델이라고 회사는 설명했다.', absent: ['BASED_ON A.X 4.0 -> 외산 모델'] },
  { rule: 'based-on.giban-topic', sentence: '회사 측은 믿:음 2.0이 Llama 3.1을 기반으로 만들어졌다는 의혹을 부인했다.', expect: ['BASED_ON 믿:음 2.0 -> Llama 3.1'] },
  { rule: 'based-on.second-clause', sentence: '회사에 따르면 바르코 비전 2.0의 언어 부분은 알리바바의 ‘큐웬3(Qwen3)’를 기반으로 했고, 이미지 인코더는 구글의 ‘시글립2(SigLIP2)’를 바탕으로 만들었다.', expect: ['BASED_ON 바르코 비전 2.0 -> 큐웬3', 'BASED_ON 바르코 비전 2.0 -> 시글립2', 'DEVELOPED 구글 -> 시글립2'] },
  { rule: 'based-on.distilled-head', sentence: '리걸테크 스타트업 가람데이터는 법률 특화 언어모델 ‘가람 LM 2’를 출시했다. 가람데이터는 가람 LM 2에서 지식 증류 방식으로 크기를 줄인 ‘가람 LM 2 미니’도 함께 선보였다.', expect: ['BASED_ON 가람 LM 2 미니 -> 가람 LM 2', 'DEVELOPED 가람데이터 -> 가람 LM 2 미니'] },
  { rule: 'based-on.starting-point', sentence: '별빛AI는 ‘별빛 2’를 공개했다. 매개변수는 78억개(7.8B)로, 엑사원 3.5 7.8B 모델을 출발점으로 삼았다.', expect: ['BASED_ON 별빛 2 -> 엑사원 3.5 7.8B'] },
  { rule: 'based-on.topic-forms', sentence: '별빛-8B는 Llama 3.1 8B 파인튜닝 모델이다. 누리-R 14B는 DeepSeek-R1에서 증류한 모델이다. 가온-32B는 Qwen3-32B를 백본으로 삼았다.', expect: ['BASED_ON 별빛-8B -> Llama 3.1 8B', 'BASED_ON 누리-R 14B -> DeepSeek-R1', 'BASED_ON 가온-32B -> Qwen3-32B'] },
  { rule: 'based-on.topic-forms', sentence: '한결-8B는 Llama 3.1 파인튜닝 계열이 아니라 처음부터 새로 학습한 모델이다.', absent: ['BASED_ON 한결-8B -> Llama 3.1'] },
  { rule: 'based-on.on-top-of', sentence: '가람 LM 2는 엑사원 3.5 위에 판례 300만건을 추가 학습했다.', expect: ['BASED_ON 가람 LM 2 -> 엑사원 3.5'] },
  { rule: 'based-on.on-top-of-focus', sentence: '가람데이터는 새 모델 ‘가람 LM 3’를 공개했다. LG 엑사원 3.5 위에 판례를 추가 학습했다.', expect: ['BASED_ON 가람 LM 3 -> 엑사원 3.5'] },
  { rule: 'based-on.derived', sentence: '아리-8B는 Llama 3.1 8B의 한국어 특화 버전이다.', expect: ['BASED_ON 아리-8B -> Llama 3.1 8B'] },
  { rule: 'based-on.finetune-head', sentence: '라마 3.1에 한국어 데이터를 추가 학습한 Bllossom-8B가 인기를 끌었다.', expect: ['BASED_ON Bllossom-8B -> 라마 3.1'] },
  { rule: 'based-on.finetune-topic', sentence: '엑사원 딥은 엑사원 3.5를 추론 데이터로 미세조정한 모델이다.', expect: ['BASED_ON 엑사원 딥 -> 엑사원 3.5'] },
  { rule: 'based-on.derived', sentence: 'A.X 4.0 라이트는 A.X 4.0의 경량화 모델이다.', expect: ['BASED_ON A.X 4.0 라이트 -> A.X 4.0'] },
  { rule: 'based-on.comparison', sentence: 'A.X 4.0은 GPT-4o를 제치고 KMMLU 1위에 올랐다.', absent: ['BASED_ON A.X 4.0 -> GPT-4o'] },
  { rule: 'based-on.comparison', sentence: '솔라 프로2는 딥시크-V3와 비교해 더 적은 매개변수로 비슷한 성능을 냈다.', absent: ['BASED_ON 솔라 프로2 -> DeepSeek-V3'] },
  // SUCCEEDS
  { rule: 'succeeds.upgrade-of', sentence: '카나나 2.0은 기존 카나나 1.5 모델의 업그레이드 버전이다.', expect: ['SUCCEEDS 카나나 2.0 -> 카나나 1.5'] },
  { rule: 'succeeds.upgrade-of', sentence: '엑사원 4.0은 엑사원 3.5의 후속 모델로 추론 능력을 강화했다.', expect: ['SUCCEEDS 엑사원 4.0 -> 엑사원 3.5'] },
  { rule: 'succeeds.successor-modifier', sentence: '하이퍼클로바X 후속인 HyperCLOVA X THINK도 연내 공개된다.', expect: ['SUCCEEDS HyperCLOVA X THINK -> 하이퍼클로바X'] },
  { rule: 'succeeds.focus-previous', sentence: '솔트룩스가 루시아 3를 출시했다. 이전 모델인 루시아 2와 비교하면 추론 정확도가 18% 높다.', expect: ['SUCCEEDS 루시아 3 -> 루시아 2'], absent: ['BASED_ON 루시아 3 -> 루시아 2'] },
  { rule: 'succeeds.focus-previous', sentence: '코난테크놀로지가 ‘코난 LLM ENT-11’을 출시했다. 지난해 선보인 ‘코난 LLM ENT-10’의 업그레이드 버전이다.', expect: ['SUCCEEDS 코난 LLM ENT-11 -> 코난 LLM ENT-10'] },
  { rule: 'succeeds.predecessor', sentence: '솔라 프로2는 전작인 솔라 프로보다 성능이 20% 향상됐다.', expect: ['SUCCEEDS 솔라 프로2 -> 솔라 프로'] },
  { rule: 'succeeds.inherits', sentence: 'Gemma 3는 Gemma 2를 잇는 구글의 오픈 모델이다.', expect: ['SUCCEEDS Gemma 3 -> Gemma 2'] },
  { rule: 'succeeds.inherits', sentence: '카나나 2는 카나나 1.5의 뒤를 잇는다.', expect: ['SUCCEEDS 카나나 2 -> 카나나 1.5'] },
  { rule: 'succeeds.inherits', sentence: '엑사원 4.0은 엑사원 3.5의 계보를 이었다.', expect: ['SUCCEEDS 엑사원 4.0 -> 엑사원 3.5'] },
  { rule: 'succeeds.inherits', sentence: '믿:음 2.0은 라마의 뒤를 잇는 모델이 아니다.', absent: ['SUCCEEDS 믿:음 2.0 -> 라마'] },
  // SCORED
  { rule: 'scored.paren', sentence: 'KMMLU에서 엑사원 4.0(78.3)은 Qwen3(72.1)을 앞섰다.', expect: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED Qwen3 -> KMMLU'] },
  { rule: 'scored.colon', sentence: 'HAERAE 벤치마크 결과는 솔라 프로2: 81.2점, GPT-4o: 72.5점이었다.', expect: ['SCORED 솔라 프로2 -> HAERAE', 'SCORED GPT-4o -> HAERAE'] },
  { rule: 'scored.bench-then-model', sentence: '한국어 벤치마크 KoBEST에서 카나나 2.0은 0.7197점을 받았다.', expect: ['SCORED 카나나 2.0 -> KoBEST'] },
  { rule: 'scored.bench-then-model', sentence: '수학 추론 벤치마크 AIME 2025에서 엑사원 4.5의 정답률은 85.3%였다.', expect: ['SCORED 엑사원 4.5 -> AIME 2025'] },
  { rule: 'scored.model-bench-score', sentence: '믿:음 2.0은 KMMLU에서 평균 61.5점을 기록했다.', expect: ['SCORED 믿:음 2.0 -> KMMLU'] },
  { rule: 'scored.model-bench-score', sentence: '솔라 프로 2는 KMMLU 벤치마크 결과 68.1점을 기록했다.', expect: ['SCORED 솔라 프로 2 -> KMMLU'] },
  { rule: 'scored.model-bench-score', sentence: '카나나 1.5 8B는 HAE-RAE 정확도 76.3%로 동급 최고다.', expect: ['SCORED 카나나 1.5 8B -> HAE-RAE'] },
  { rule: 'scored.focus', sentence: '카카오가 카나나 1.5 8B를 공개했다. 이 모델은 KMMLU 벤치마크 평균 점수 55.2점을 받았다.', expect: ['SCORED 카나나 1.5 8B -> KMMLU'] },
  { rule: 'scored.model-then-bench', sentence: 'A.X 4.0은 KMMLU 78.3점, CLIcK 83.5점을 기록했다.', expect: ['SCORED A.X 4.0 -> KMMLU', 'SCORED A.X 4.0 -> CLIcK'] },
  { rule: 'scored.model-then-bench', sentence: '카나나 2는 KMMLU 65.7점, HAE-RAE 벤치마크 88.2점을 기록했다.', expect: ['SCORED 카나나 2 -> KMMLU', 'SCORED 카나나 2 -> HAE-RAE'] },
  { rule: 'scored.relative', sentence: 'KMMLU에서 A.X 3.1 라이트는 A.X 4.0 라이트 대비 96% 수준의 성능을 보였다.', absent: ['SCORED A.X 3.1 라이트 -> KMMLU', 'SCORED A.X 4.0 라이트 -> KMMLU'] },
  { rule: 'scored.focus', sentence: '하늘랩스는 지난달 ‘하늘-13B’를 공개했다. 한국어 지식 벤치마크 KMMLU에서는 58.2점을 받았다.', expect: ['SCORED 하늘-13B -> KMMLU'] },
  { rule: 'scored.focus', sentence: '코난 LLM은 지난해 출시됐다. 한편 KMMLU에서 70.1점을 받은 엑사원 4.0이 1위를 차지했다.', absent: ['SCORED 코난 LLM -> KMMLU'] },
  { rule: 'succeeds.focus', sentence: '스타트업 별빛AI는 새 모델 ‘별빛-2’를 내놨다. 지난해 공개한 ‘별빛-1’의 후속 모델이다.', expect: ['SUCCEEDS 별빛-2 -> 별빛-1'] },
  { rule: 'based-on.focus', sentence: '트릴리온랩스가 Tri-7B를 공개했다. 구글의 젬마 3를 기반으로 한국어 데이터를 더해 만들었다고 회사는 설명했다.', expect: ['BASED_ON Tri-7B -> 젬마 3'] },
  { rule: 'based-on.base-model', sentence: '누리랩스는 ‘누리-7B’를 공개했다. KMMLU에서 55점을 받아 기반 모델인 Qwen2.5(41점)를 크게 앞섰다.', expect: ['BASED_ON 누리-7B -> Qwen2.5', 'SCORED Qwen2.5 -> KMMLU'] },
  { rule: 'scored.score-then-model', sentence: 'KMMLU에서는 71.3점을 기록한 카나나 2.0이 1위에 올랐다.', expect: ['SCORED 카나나 2.0 -> KMMLU'] },
  { rule: 'scored.respectively-first', sentence: '믿:음 2.0은 KMMLU와 CLIcK에서 각각 61.5점, 70.2점을 받았다.', expect: ['SCORED 믿:음 2.0 -> KMMLU', 'SCORED 믿:음 2.0 -> CLIcK'] },
  { rule: 'scored.respectively-first', sentence: '카나나 2.0은 한국어 벤치마크 KMMLU와 CLIcK에서 61.2점과 74.9점을 얻었다.', expect: ['SCORED 카나나 2.0 -> KMMLU', 'SCORED 카나나 2.0 -> CLIcK'], props: ['SCORED 카나나 2.0 -> KMMLU=61.2', 'SCORED 카나나 2.0 -> CLIcK=74.9'] },
  { rule: 'scored.respectively-first', sentence: '솔라 프로2는 KMMLU와 CLIcK에서 각각 64.7점, 70.1점을 받았다.', expect: ['SCORED 솔라 프로2 -> KMMLU', 'SCORED 솔라 프로2 -> CLIcK'], props: ['SCORED 솔라 프로2 -> KMMLU=64.7', 'SCORED 솔라 프로2 -> CLIcK=70.1'] },
  { rule: 'scored.model-bench-score', sentence: '믿:음 2.0은 KMMLU에서 Qwen3보다 3점가량 높았고, CLIcK에서는 2.1점 낮았다.', absent: ['SCORED 믿:음 2.0 -> KMMLU', 'SCORED 믿:음 2.0 -> CLIcK'] },
  { rule: 'scored.respectively-second', sentence: '엑사원 4.0은 HAERAE와 KoBEST에서 각각 80.1점과 77.4점을 기록했다.', expect: ['SCORED 엑사원 4.0 -> HAERAE', 'SCORED 엑사원 4.0 -> KoBEST'] },
  // PARTNERS_WITH
  { rule: 'partners.with-verb', sentence: 'LG유플러스는 코히어와 손잡고 기업용 LLM을 개발한다.', expect: ['PARTNERS_WITH LG유플러스 -> 코히어'] },
  { rule: 'partners.with-verb', sentence: 'KT는 마이크로소프트(MS)와 5년간 2조4000억원 규모의 전략적 파트너십을 맺었다.', expect: ['PARTNERS_WITH KT -> 마이크로소프트'] },
  { rule: 'partners.with-verb', sentence: 'SK텔레콤은 크래프톤, 포티투닷 등과 컨소시엄을 꾸렸다.', expect: ['PARTNERS_WITH SK텔레콤 -> 크래프톤', 'PARTNERS_WITH SK텔레콤 -> 포티투닷'], absent: ['PARTNERS_WITH 크래프톤 -> 포티투닷'] },
  { rule: 'partners.coordinated', sentence: '네이버와 삼성전자는 생성형 AI 공동 개발에 나섰다.', expect: ['PARTNERS_WITH 네이버 -> 삼성전자'] },
  { rule: 'partners.coordinated', sentence: 'SK텔레콤과 KT가 각각 독자 모델을 공개하며 경쟁에 나섰다.', absent: ['PARTNERS_WITH KT -> SK텔레콤'] },
  { rule: 'partners.noun-first', sentence: '엔비디아와의 협력은 네이버가 GPU를 확보하는 데 도움이 됐다.', expect: ['PARTNERS_WITH 네이버 -> 엔비디아'] },
  { rule: 'partners.consortium', sentence: 'SK텔레콤 컨소시엄에는 크래프톤, 포티투닷, 리벨리온 등이 참여했다.', expect: ['PARTNERS_WITH SK텔레콤 -> 크래프톤', 'PARTNERS_WITH SK텔레콤 -> 포티투닷', 'PARTNERS_WITH SK텔레콤 -> 리벨리온'] },
  { rule: 'partners.together', sentence: '네이버클라우드는 엔비디아와 함께 자사 초대규모 AI 하이퍼클로바X를 기반으로 한 로봇 모델을 개발할 계획이다.', expect: ['PARTNERS_WITH 네이버클라우드 -> 엔비디아', 'DEVELOPED 네이버클라우드 -> 하이퍼클로바X'] },
  { rule: 'partners.headline', sentence: '엔비디아, 삼성·SK·현대차와 AI 동맹 결성', expect: ['PARTNERS_WITH 삼성 -> 엔비디아', 'PARTNERS_WITH SK -> 엔비디아', 'PARTNERS_WITH 엔비디아 -> 현대차'] },
  { rule: 'developed.own', sentence: '카카오는 자사 언어모델 카나나 1.5를 오픈소스로 풀었다.', expect: ['DEVELOPED 카카오 -> 카나나 1.5'] },
  { rule: 'promotes.official', sentence: '배경훈 과학기술정보통신부 장관도 “독자 AI 파운데이션 모델 프로젝트와 AI 바우처를 두 축으로 삼겠다”고 밝혔다.', expect: ['PROMOTES 배경훈 -> 독자 AI 파운데이션 모델 프로젝트', 'PROMOTES 배경훈 -> AI 바우처'] },
  { rule: 'promotes.official', sentence: '이재명 대통령은 “대한민국이 소버린 AI를 갖춘 3대 강국으로 도약하는 출발점”이라고 말했다.', expect: ['PROMOTES 이재명 -> 소버린 AI'] },
  { rule: 'promotes.official', sentence: '배경훈 부총리 겸 과학기술정보통신부 장관은 독자 AI 파운데이션 모델 프로젝트를 통해 글로벌 수준의 모델을 확보하겠다고 밝혔다.', expect: ['PROMOTES 배경훈 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'promotes.person', sentence: '이재명 대통령은 취임 직후부터 AI 기본법 시행을 강조해 왔다. 이 대통령은 소버린 AI를 핵심 국정과제로 내걸었다.', expect: ['PROMOTES 이재명 -> 소버린 AI', 'PROMOTES 이재명 -> AI 기본법'] },
  { rule: 'partners.consortium-members', sentence: '정예팀으로 업스테이지 컨소시엄(노타, 플리토 참여)이 선정됐다.', expect: ['PARTNERS_WITH 노타 -> 업스테이지', 'PARTNERS_WITH 업스테이지 -> 플리토'] },
  { rule: 'partners.possessive-collab', sentence: 'KT-MS 협력의 첫 결과물이 나왔다. 네이버와 삼성전자의 협업은 반도체로 이어졌다.', absent: [] },
  { rule: 'partners.possessive-collab', sentence: '네이버와 삼성전자의 협업은 반도체로 이어졌다.', expect: ['PARTNERS_WITH 네이버 -> 삼성전자'] },
  { rule: 'partners.possessive-collab', sentence: '네이버와 삼성전자의 협력 여부는 확인되지 않았다.', absent: ['PARTNERS_WITH 네이버 -> 삼성전자'] },
  { rule: 'partners.with-verb', sentence: '카카오는 오픈AI와 손을 잡고 국내 서비스를 출시한다.', expect: ['PARTNERS_WITH 오픈AI -> 카카오'] },
  { rule: 'partners.adnominal', sentence: '엔비디아와 손잡은 네이버클라우드는 GPU 6만 장을 확보했다.', expect: ['PARTNERS_WITH 네이버클라우드 -> 엔비디아'] },
  { rule: 'partners.joint-consortium', sentence: 'KT-KT클라우드 컨소시엄은 2차 평가를 준비하고 있다.', expect: ['PARTNERS_WITH KT -> KT클라우드'] },
  { rule: 'partners.joint-consortium', sentence: '업스테이지 컨소시엄은 2차 평가를 준비하고 있다.', absent: ['PARTNERS_WITH 업스테이지 -> 업스테이지'] },
  { rule: 'partners.joint-consortium', sentence: 'KT, 카카오, 업스테이지 컨소시엄이 1차 평가를 통과했다.', absent: ['PARTNERS_WITH KT -> 카카오', 'PARTNERS_WITH 카카오 -> KT', 'PARTNERS_WITH 카카오 -> 업스테이지', 'PARTNERS_WITH 업스테이지 -> 카카오', 'PARTNERS_WITH KT -> 업스테이지', 'PARTNERS_WITH 업스테이지 -> KT'] },
  { rule: 'partners.joint-consortium', sentence: '카카오·업스테이지 컨소시엄은 2차 평가를 준비하고 있다.', expect: ['PARTNERS_WITH 업스테이지 -> 카카오'] },
  // WORKS_FOR
  { rule: 'works-for.name-company-title', sentence: '신동훈 KT Gen AI 랩장(CAIO·상무)은 브리핑에서 이같이 말했다.', expect: ['WORKS_FOR 신동훈 -> KT'], props: ['WORKS_FOR 신동훈 -> KT=Gen AI 랩장'] },
  { rule: 'works-for.name-company-title', sentence: '이어 박영희 트웰브랩스 공동창업자가 발표에 나섰다.', expect: ['WORKS_FOR 박영희 -> 트웰브랩스'] },
  { rule: 'works-for.name-company-title', sentence: '신동훈 KT Gen AI Lab장(상무)은 이같이 말했다.', expect: ['WORKS_FOR 신동훈 -> KT'] },
  { rule: 'works-for.subject-company', sentence: 'KT는 이번 조직 개편에서 AI 연구를 박서연 전무에게 맡겼다.', expect: ['WORKS_FOR 박서연 -> KT'] },
  { rule: 'works-for.company-title-name', sentence: 'KT의 AI 책임자인 홍길동 전무는 이렇게 말했다.', expect: ['WORKS_FOR 홍길동 -> KT'] },
  { rule: 'works-for.company-name-title', sentence: '카카오 정신아 대표는 AI 에이전트 전략을 소개했다.', expect: ['WORKS_FOR 정신아 -> 카카오'] },
  { rule: 'works-for.company-name-title-list', sentence: '이날 행사에는 LG AI연구원의 임우형 공동연구원장과 김유철 부문장이 참석했다.', expect: ['WORKS_FOR 김유철 -> LG AI연구원'] },
  { rule: 'works-for.company-name-title-list', sentence: 'KT 신동훈 랩장, 오승필 부사장, 배순민 상무가 발표했다.', expect: ['WORKS_FOR 오승필 -> KT', 'WORKS_FOR 배순민 -> KT'] },
  { rule: 'works-for.company-name-title-list', sentence: '네이버 최수연 대표와 김범수 카카오 창업자가 만났다.', absent: ['WORKS_FOR 김범수 -> 네이버'] },
  { rule: 'works-for.company-title-name', sentence: '이날 행사에는 LG AI연구원 원장인 이홍락 박사가 참석했다.', absent: [] },
  // PARTICIPATES_IN
  { rule: 'participates.subject', sentence: 'SK텔레콤과 KT 모두 정부의 독자 AI 파운데이션 모델 프로젝트에 참여하겠다는 의사를 밝혔다.', expect: ['PARTICIPATES_IN SK텔레콤 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.subject', sentence: '다만 LG유플러스는 독자 AI 파운데이션 모델 프로젝트 참여 여부와 관련해 가닥을 잡지 못한 상태다.', absent: ['PARTICIPATES_IN LG유플러스 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.subject', sentence: 'KT는 정부가 추진하는 ‘독자 AI 파운데이션 모델 프로젝트’에도 믿:음 2.0을 앞세워 참여할 방침이다.', expect: ['PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.subject', sentence: '카카오는 AI 바우처 지원사업에 선정됐다.', expect: ['PARTICIPATES_IN 카카오 -> AI 바우처 지원사업'] },
  { rule: 'participates.consortium-members', sentence: 'SK텔레콤은 크래프톤, 포티투닷 등과 컨소시엄을 꾸려 ‘독자 AI 파운데이션 모델 프로젝트’에 도전장을 냈다.', expect: ['PARTICIPATES_IN SK텔레콤 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 크래프톤 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 포티투닷 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.led-consortium', sentence: 'SK텔레콤이 이끄는 컨소시엄이 독자 AI 파운데이션 모델 프로젝트 2차 평가를 통과했다.', expect: ['PARTICIPATES_IN SK텔레콤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.adnominal', sentence: '독자 AI 파운데이션 모델 프로젝트 1차 평가를 통과한 LG AI연구원과 업스테이지는 다음 달 결과물을 공개한다.', expect: ['PARTICIPATES_IN LG AI연구원 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.selected-list', sentence: '독자 AI 파운데이션 모델 프로젝트 정예팀으로 네이버클라우드, SK텔레콤, LG AI연구원, NC AI, 업스테이지가 선정됐다.', expect: ['PARTICIPATES_IN 네이버클라우드 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN LG AI연구원 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.included', sentence: '‘AI 바우처’ 2차 선정 결과…스타트업 하늘AI·별빛랩스 포함', expect: ['PARTICIPATES_IN 하늘AI -> AI 바우처', 'PARTICIPATES_IN 별빛랩스 -> AI 바우처'] },
  { rule: 'participates.included', sentence: '정부는 AI 바우처 수혜 기업을 발표했다. 선정 기업에는 트웰브랩스와 라이너 등이 포함됐다.', expect: ['PARTICIPATES_IN 트웰브랩스 -> AI 바우처', 'PARTICIPATES_IN 라이너 -> AI 바우처'] },
  { rule: 'participates.subject', sentence: '과기정통부의 AI 컴퓨팅 자원 지원사업에 트릴리온랩스와 모티프테크놀로지스가 뽑혔다. 라이너는 고성능 GPU 임차 사업에 지원했다가 탈락했다.', expect: [] },
  { rule: 'participates.subject', sentence: '트릴리온랩스는 과기정통부가 추진하는 AI 특화 모델 지원사업에 뽑혔다.', expect: ['PARTICIPATES_IN 트릴리온랩스 -> AI 특화 모델 지원사업'] },
  // English and mixed-language text
  { rule: 'developed.en-by', sentence: 'Kanana 2.0, developed by Kakao, is available on Hugging Face.', expect: ['DEVELOPED Kakao -> Kanana 2.0'] },
  { rule: 'developed.en-released', sentence: 'Upstage released Solar Pro 2 on Thursday.', expect: ['DEVELOPED Upstage -> Solar Pro 2'] },
  { rule: 'developed.en-possessive', sentence: "SK Telecom's new A.X 4.0 model tops the chart.", expect: ['DEVELOPED SK Telecom -> A.X 4.0'] },
  { rule: 'based-on.en', sentence: 'A.X 4.0 is based on Alibaba’s Qwen2.5, the company said.', expect: ['BASED_ON A.X 4.0 -> Qwen2.5'] },
  { rule: 'based-on.en', sentence: 'The company said Mi:dm 2.0 is not based on Llama 3.1.', absent: ['BASED_ON Mi:dm 2.0 -> Llama 3.1'] },
  { rule: 'succeeds.en', sentence: 'EXAONE 4.0 is the successor to EXAONE 3.5.', expect: ['SUCCEEDS EXAONE 4.0 -> EXAONE 3.5'] },
  { rule: 'scored.en', sentence: 'A.X 4.0 scored 78.3 on KMMLU, ahead of GPT-4o.', expect: ['SCORED A.X 4.0 -> KMMLU'], props: ['SCORED A.X 4.0 -> KMMLU=78.3'] },
  { rule: 'scored.en-bench-first', sentence: 'On CLIcK, Solar Pro 2 achieved 70.1 while GPT-4o scored 68.0.', expect: ['SCORED Solar Pro 2 -> CLIcK', 'SCORED GPT-4o -> CLIcK'] },
  { rule: 'partners.en', sentence: 'KT signed an MOU with Microsoft to co-develop Korean AI models.', expect: ['PARTNERS_WITH KT -> Microsoft'] },
  { rule: 'participates.en', sentence: 'Naver Cloud and Upstage were selected for the 독자 AI 파운데이션 모델 프로젝트.', expect: ['PARTICIPATES_IN Naver Cloud -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN Upstage -> 독자 AI 파운데이션 모델 프로젝트'] },
  // PROMOTES
  { rule: 'promotes.person', sentence: '배경훈 과학기술정보통신부 장관은 소버린 AI 정책을 적극 추진하겠다고 밝혔다.', expect: ['PROMOTES 배경훈 -> 소버린 AI 정책'] },
  // lists (patterns-lists.jsonl); more rows in generalise.test.ts
  { rule: 'participates.selected-groups', sentence: 'AI 바우처 선정 기업으로 KT 컨소시엄(모레, 래블업 참여)과 카카오가 뽑혔다.', expect: ['PARTICIPATES_IN KT -> AI 바우처', 'PARTICIPATES_IN 모레 -> AI 바우처', 'PARTICIPATES_IN 래블업 -> AI 바우처', 'PARTICIPATES_IN 카카오 -> AI 바우처'] },
  { rule: 'participates.included-groups', sentence: 'AI 바우처에는 업스테이지 컨소시엄(노타·플리토)과 뤼튼 등 2곳이 최종 선정됐다.', expect: ['PARTICIPATES_IN 업스테이지 -> AI 바우처', 'PARTICIPATES_IN 노타 -> AI 바우처', 'PARTICIPATES_IN 플리토 -> AI 바우처', 'PARTICIPATES_IN 뤼튼 -> AI 바우처'] },
  { rule: 'participates.applied-list', sentence: '카카오, 크래프톤, 엔씨소프트 등 7개 기업이 AI 바우처 사업에 신청서를 냈다.', expect: ['PARTICIPATES_IN 카카오 -> AI 바우처', 'PARTICIPATES_IN 엔씨소프트 -> AI 바우처'] },
  { rule: 'participates.applied-list', sentence: '카카오와 크래프톤은 AI 바우처 사업에 지원하지 않았다.', absent: ['PARTICIPATES_IN 카카오 -> AI 바우처', 'PARTICIPATES_IN 크래프톤 -> AI 바우처'] },
  { rule: 'partners.consortium-group', sentence: '이번에 뽑힌 KT 컨소시엄(KT클라우드, 모레 참여)은 내년까지 모델을 개발한다.', expect: ['PARTNERS_WITH KT -> KT클라우드', 'PARTNERS_WITH KT -> 모레'], absent: ['PARTNERS_WITH KT클라우드 -> 모레'] },
  { rule: 'scored.list-item', sentence: '한국어 리더보드 LogicKor 상위권은 ▲엑사원 4.0(LG AI연구원) 9.1점 ▲솔라 프로2(업스테이지) 8.7점이다.', expect: ['SCORED 엑사원 4.0 -> LogicKor', 'SCORED 솔라 프로2 -> LogicKor'] },
  { rule: 'scored.list-item', sentence: 'KMMLU에서 카나나 2.0은 믿:음 2.0보다 3점가량 높았다.', absent: ['SCORED 카나나 2.0 -> KMMLU', 'SCORED 믿:음 2.0 -> KMMLU'] },
  { rule: 'scored.list-bare', sentence: 'CLIcK 점수는 A.X 4.0이 83.5, 엑사원 4.0이 80.2였다.', expect: ['SCORED A.X 4.0 -> CLIcK', 'SCORED 엑사원 4.0 -> CLIcK'] },
  { rule: 'developed.paren-developer', sentence: '비교 모델은 GPT-4o(오픈AI)와 Qwen3(알리바바)였다.', expect: ['DEVELOPED 오픈AI -> GPT-4o', 'DEVELOPED 알리바바 -> Qwen3'] },
  { rule: 'works-for.paren-affiliation', sentence: '발표는 한지호 상무(네이버클라우드 하이퍼스케일 AI 센터장)가 맡았다.', expect: ['WORKS_FOR 한지호 -> 네이버클라우드'] },
  { rule: 'works-for.appointed', sentence: 'LG유플러스는 윤서아 전무를 AI 사업 그룹장으로 선임했다.', expect: ['WORKS_FOR 윤서아 -> LG유플러스'] },
  { rule: 'participates.selection-outcome', sentence: 'AI 바우처 2차 심사 결과가 나왔다. 스캐터랩과 뤼튼 등은 2차 평가까지 올랐지만 최종 선정되지 못했다.', expect: ['PARTICIPATES_IN 스캐터랩 -> AI 바우처', 'PARTICIPATES_IN 뤼튼 -> AI 바우처'] },
  { rule: 'participates.outcome-in', sentence: '과기정통부가 추진하는 독자 AI 파운데이션 모델 프로젝트에서 네이버클라우드와 NC AI가 고배를 마셨다.', expect: ['PARTICIPATES_IN 네이버클라우드 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN NC AI -> 독자 AI 파운데이션 모델 프로젝트'] },
  // lists joined by "를 비롯해", counted "N개 정예팀", outcomes "…에 진출했다", "도전장을 냈다"
  { rule: 'participates.included-groups', sentence: '이번 독자 AI 파운데이션 모델 프로젝트에는 네이버클라우드를 비롯해 SK텔레콤, LG AI연구원, NC AI, 업스테이지 등 5개 팀이 선정됐다.', expect: ['PARTICIPATES_IN 네이버클라우드 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN SK텔레콤 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.included-groups', sentence: "과기정통부는 15일 '독자 AI 파운데이션 모델 프로젝트' 1차 단계 평가 결과, LG AI연구원과 SK텔레콤, 업스테이지 등 3개 정예팀이 2차 단계에 진출했다고 발표했다.", expect: ['PARTICIPATES_IN LG AI연구원 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.included-groups', sentence: "정부의 '독자 인공지능(AI) 파운데이션 모델' 프로젝트 추가 공모에 모티프테크놀로지스와 트릴리온랩스, 코난테크놀로지 등 3개 팀이 도전장을 냈다.", expect: ['PARTICIPATES_IN 모티프테크놀로지스 -> 독자 인공지능(AI) 파운데이션 모델', 'PARTICIPATES_IN 코난테크놀로지 -> 독자 인공지능(AI) 파운데이션 모델'] },
  { rule: 'participates.included-groups', sentence: '독자 AI 파운데이션 모델 프로젝트에 카카오와 KT가 도전할지는 미정이다.', absent: ['PARTICIPATES_IN 카카오 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.outcome-in', sentence: '독자 AI 파운데이션 모델 프로젝트에서 카카오가 탈락할지 관심이 쏠린다.', absent: ['PARTICIPATES_IN 카카오 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'scored.model-bench-phrased', sentence: '누리-7B는 KoBEST 기준 평균 61.3점을 기록했다.', expect: ['SCORED 누리-7B -> KoBEST'] },
  { rule: 'scored.model-bench-phrased', sentence: '누리-7B는 KoBEST에서 경쟁 모델보다 4.1점 높았다.', absent: ['SCORED 누리-7B -> KoBEST'] },
  { rule: 'partners.co-developed', sentence: '네이버클라우드와 트웰브랩스는 영상 이해 모델을 공동 개발했다.', expect: ['PARTNERS_WITH 네이버클라우드 -> 트웰브랩스'] },
  { rule: 'partners.co-developed', sentence: '네이버클라우드와 트웰브랩스가 모델을 공동 개발할지는 정해진 바 없다.', absent: ['PARTNERS_WITH 네이버클라우드 -> 트웰브랩스'] },
  { rule: 'works-for.new-role', sentence: '트웰브랩스는 신임 최고기술책임자에 남궁민재 부사장을 선임했다.', expect: ['WORKS_FOR 남궁민재 -> 트웰브랩스'] },
  { rule: 'partners.paren-consortium', sentence: 'AI 바우처에는 카카오(래블업·플리토), KT(모레) 컨소시엄이 참여한다.', expect: ['PARTNERS_WITH 래블업 -> 카카오', 'PARTNERS_WITH 카카오 -> 플리토', 'PARTNERS_WITH KT -> 모레', 'PARTICIPATES_IN 모레 -> AI 바우처'], absent: ['PARTNERS_WITH 래블업 -> 플리토', 'PARTNERS_WITH KT -> 카카오'] },
  { rule: 'partners.paren-consortium', sentence: '카카오(래블업)는 새 서비스를 내놨다.', absent: ['PARTNERS_WITH 래블업 -> 카카오'] },
  { rule: 'participates.programme-consortium', sentence: 'AI 바우처의 KT 컨소시엄은 내년까지 모델을 개발한다.', expect: ['PARTICIPATES_IN KT -> AI 바우처'] },
  { rule: 'scored.respectively-models', sentence: 'HAERAE에서 솔라 프로2, A.X 4.0, Qwen3는 각각 80.1점, 78.4점, 70.0점을 얻었다.', expect: ['SCORED 솔라 프로2 -> HAERAE', 'SCORED A.X 4.0 -> HAERAE', 'SCORED Qwen3 -> HAERAE'] },
  { rule: 'scored.respectively-models-bench', sentence: '솔라 프로2와 Qwen3의 HAERAE 점수는 각각 80.1점과 70.0점이다.', expect: ['SCORED 솔라 프로2 -> HAERAE', 'SCORED Qwen3 -> HAERAE'] },
  { rule: 'scored.respectively-benches', sentence: '솔라 프로2는 HAERAE, KMMLU, CLIcK에서 각각 80.1점, 72.0점, 75.5점을 기록했다.', expect: ['SCORED 솔라 프로2 -> HAERAE', 'SCORED 솔라 프로2 -> KMMLU', 'SCORED 솔라 프로2 -> CLIcK'] },
  { rule: 'scored.bench-list-bare', sentence: 'KoBEST: 카나나 2.0 0.72 / 엑사원 4.0 0.70', expect: ['SCORED 카나나 2.0 -> KoBEST', 'SCORED 엑사원 4.0 -> KoBEST'] },
  { rule: 'scored.model-bench-list', sentence: '카나나 2.0의 점수는 KoBEST 71.0점, HAERAE 66.2점이었다.', expect: ['SCORED 카나나 2.0 -> KoBEST', 'SCORED 카나나 2.0 -> HAERAE'] },
  { rule: 'scored.paren-bench-after', sentence: 'Qwen3(66.0점)를 제친 카나나 2.0(71.3점)이 KMMLU 1위에 올랐다.', expect: ['SCORED Qwen3 -> KMMLU', 'SCORED 카나나 2.0 -> KMMLU'] },
  { rule: 'based-on.base-model-of', sentence: '가온-13B의 베이스 모델은 엑사원 3.5 7.8B다.', expect: ['BASED_ON 가온-13B -> 엑사원 3.5 7.8B'] },
  { rule: 'based-on.base-model-of', sentence: '가온-13B의 베이스 모델은 엑사원 3.5 7.8B가 아니다.', absent: ['BASED_ON 가온-13B -> 엑사원 3.5 7.8B'] },
  { rule: 'succeeds.next-of', sentence: '카나나 2.0은 카나나 1.5에 이은 차기 모델이다.', expect: ['SUCCEEDS 카나나 2.0 -> 카나나 1.5'] },
  { rule: 'succeeds.next-of', sentence: '솔라 프로2는 솔라 프로의 다음 버전이다.', expect: ['SUCCEEDS 솔라 프로2 -> 솔라 프로'] },
  { rule: 'based-on.trained-further', sentence: '가온-13B는 Qwen3-14B에 법률 데이터를 추가로 학습시켰다.', expect: ['BASED_ON 가온-13B -> Qwen3-14B'] },
  { rule: 'scored.final-score', sentence: '솔라 프로2는 HAERAE에서 GPT-4o mini(70.2점)보다 6.1점 높은 76.3점을 받았다.', expect: ['SCORED 솔라 프로2 -> HAERAE', 'SCORED GPT-4o mini -> HAERAE'] },
  { rule: 'partners.counted-list', sentence: '네이버클라우드는 이번 사업에서 트웰브랩스, 래블업 등 2개사와 협력한다.', expect: ['PARTNERS_WITH 네이버클라우드 -> 트웰브랩스', 'PARTNERS_WITH 네이버클라우드 -> 래블업'], absent: ['PARTNERS_WITH 래블업 -> 트웰브랩스'] },
  { rule: 'partners.consortium-made-of', sentence: 'KT 컨소시엄은 KT클라우드와 모레로 구성됐다.', expect: ['PARTNERS_WITH KT -> KT클라우드', 'PARTNERS_WITH KT -> 모레'] },
  { rule: 'partners.possessive-alliance', sentence: '카카오와 오픈AI의 전략적 제휴가 주목받고 있다.', expect: ['PARTNERS_WITH 오픈AI -> 카카오'] },
  { rule: 'partners.possessive-alliance', sentence: '카카오와 오픈AI의 전략적 제휴는 아직 결정된 것이 없다.', absent: ['PARTNERS_WITH 오픈AI -> 카카오'] },
  { rule: 'works-for.leads-company', sentence: '모티프테크놀로지스를 이끄는 임정환 대표는 기술 설명회를 열었다.', expect: ['WORKS_FOR 임정환 -> 모티프테크놀로지스'] },
  { rule: 'works-for.leads-company', sentence: '네이버클라우드 하이퍼스케일 AI 센터장을 맡고 있는 성낙호 전무가 발표했다.', expect: ['WORKS_FOR 성낙호 -> 네이버클라우드'] },
  { rule: 'works-for.company-title-paren-name', sentence: '엔비디아 최고경영자(CEO) 젠슨 황은 방한 일정을 공개했다.', expect: ['WORKS_FOR 젠슨 황 -> 엔비디아'] },
  { rule: 'based-on.base-of', sentence: '별빛-8B의 기반이 된 Llama 3.1 8B는 메타가 만들었다.', expect: ['BASED_ON 별빛-8B -> Llama 3.1 8B'], absent: ['BASED_ON Llama 3.1 8B -> 별빛-8B'] },
  { rule: 'based-on.used-as-base', sentence: '별빛-8B는 Llama 3.1 8B를 베이스 모델로 삼았다.', expect: ['BASED_ON 별빛-8B -> Llama 3.1 8B'] },
  { rule: 'based-on.tuned-to-build', sentence: '별빛-8B의 경우 Llama 3.1 8B를 한국어 데이터로 파인튜닝해 만들었다.', expect: ['BASED_ON 별빛-8B -> Llama 3.1 8B'] },
  { rule: 'based-on.tuned-to-build', sentence: '별빛-8B는 Llama 3.1 8B를 파인튜닝해 만든 것이 아니다.', absent: ['BASED_ON 별빛-8B -> Llama 3.1 8B'] },
  { rule: 'developed.released-on-platform', sentence: '스타트업 누리비전이 추론 모델 ‘누리-R 32B’를 허깅페이스에 공개했다.', expect: ['DEVELOPED 누리비전 -> 누리-R 32B'], absent: ['DEVELOPED 허깅페이스 -> 누리-R 32B'] },
  { rule: 'developed.joint-model', sentence: '네이버는 엔비디아와의 공동 개발 모델 ‘클로바 로보’를 공개한다.', expect: ['DEVELOPED 엔비디아 -> 클로바 로보', 'DEVELOPED 네이버 -> 클로바 로보'] },
  { rule: 'developed.possessive', sentence: '오승필 부사장은 팔란티어의 데이터 플랫폼과 믿:음 2.0을 결합하겠다고 말했다.', absent: ['DEVELOPED 팔란티어 -> 믿:음 2.0'] },
  { rule: 'works-for.name-age-company-title', sentence: '김도현(47) 업스테이지 부사장은 솔라 개발을 이끈다.', expect: ['WORKS_FOR 김도현 -> 업스테이지'] },
  { rule: 'participates.not-advanced', sentence: '카카오가 AI 바우처 2차 단계에 진출하지 못했다.', expect: ['PARTICIPATES_IN 카카오 -> AI 바우처'] },
  { rule: 'participates.not-advanced', sentence: '카카오가 AI 바우처에서 탈락할 가능성이 제기됐다.', absent: ['PARTICIPATES_IN 카카오 -> AI 바우처'] },
  { rule: 'participates.led-consortium-in', sentence: 'LG AI연구원이 이끄는 컨소시엄은 AI 바우처에서 1위를 차지했다.', expect: ['PARTICIPATES_IN LG AI연구원 -> AI 바우처'] },
  { rule: 'scored.topic-continues', sentence: '솔라 프로2는 HAERAE 80.1점으로 Qwen3보다 4.0점 높았고, KoBEST는 71.2점이었다.', expect: ['SCORED 솔라 프로2 -> KoBEST', 'SCORED 솔라 프로2 -> HAERAE'], absent: ['SCORED Qwen3 -> KoBEST'] },
  { rule: 'scored.topic-continues', sentence: '솔라 프로2는 HAERAE 80.1점을 받았고, 카나나 2.0은 KoBEST 60점대였으며 CLIcK은 70.2점이었다.', absent: ['SCORED 솔라 프로2 -> CLIcK', 'SCORED 카나나 2.0 -> KoBEST'] },
  { rule: 'works-for.roster', sentence: '[인사] 네이버 ◇승진 ▲전무 한서윤 ▲상무 오지민', expect: ['WORKS_FOR 한서윤 -> 네이버', 'WORKS_FOR 오지민 -> 네이버'] },
  { rule: 'works-for.roster', sentence: '◇SK텔레콤 ▲AI 모델 랩장 강태윤 ▲AI 인프라 담당(부사장) 문지후', expect: ['WORKS_FOR 강태윤 -> SK텔레콤', 'WORKS_FOR 문지후 -> SK텔레콤'] },
  { rule: 'scored.rank-with-score', sentence: 'LogicKor 결과가 나왔다. 1위는 솔라 프로2(업스테이지)로 8.7점을 받았고, 2위는 엑사원 4.0으로 8.5점이었다.', expect: ['SCORED 솔라 프로2 -> LogicKor', 'SCORED 엑사원 4.0 -> LogicKor'], props: ['SCORED 엑사원 4.0 -> LogicKor=8.5'] },
  { rule: 'scored.rank-with-score', sentence: 'KMMLU 순위에서 1위는 카나나 2.0이 차지했고 솔라 프로2보다 2.1점 앞섰다.', absent: ['SCORED 카나나 2.0 -> KMMLU', 'SCORED 솔라 프로2 -> KMMLU'] },
  { rule: 'partners.consortium-joined', sentence: 'KT 컨소시엄에 합류한 스타트업 모레는 GPU 최적화를 맡는다.', expect: ['PARTNERS_WITH KT -> 모레'] },
  { rule: 'partners.led-consortium-made-of', sentence: '네이버클라우드가 이끄는 컨소시엄에는 트웰브랩스와 래블업이 참여했다.', expect: ['PARTNERS_WITH 네이버클라우드 -> 트웰브랩스', 'PARTNERS_WITH 네이버클라우드 -> 래블업'], absent: ['PARTNERS_WITH 래블업 -> 트웰브랩스'] },
  { rule: 'participates.consortium-list', sentence: 'AI 바우처 최종 결과가 나왔다. 카카오 컨소시엄(뤼튼·스캐터랩), 마음AI 컨소시엄(셀바스AI)이다.', expect: ['PARTICIPATES_IN 카카오 -> AI 바우처', 'PARTICIPATES_IN 셀바스AI -> AI 바우처'] },
  { rule: 'works-for.en-role-at', sentence: 'Maria Lopez, the CTO of Upstage, presented Solar Pro 2.', expect: ['WORKS_FOR Maria Lopez -> Upstage'], props: ['WORKS_FOR Maria Lopez -> Upstage=CTO'] },
  { rule: 'works-for.moved-to', sentence: '오픈AI 출신의 한지우 상무가 업스테이지에 합류했다.', expect: ['WORKS_FOR 한지우 -> 업스테이지'], absent: ['WORKS_FOR 한지우 -> 오픈AI'] },
  { rule: 'works-for.moved-to', sentence: '한지우 상무는 업스테이지로 옮기지 않았다.', absent: ['WORKS_FOR 한지우 -> 업스테이지'] },
  { rule: 'works-for.appointed-former', sentence: 'KT는 오지환 전 LG CNS 상무를 AI 전략 담당 전무로 선임했다.', expect: ['WORKS_FOR 오지환 -> KT'], absent: ['WORKS_FOR 오지환 -> LG CNS'] },
  { rule: 'scored.en-and-more', sentence: 'EXAONE 4.0 32B achieved 71.2 on KMMLU and 92.3 on MATH-500.', expect: ['SCORED EXAONE 4.0 32B -> KMMLU', 'SCORED EXAONE 4.0 32B -> MATH-500'], props: ['SCORED EXAONE 4.0 32B -> MATH-500=92.3'] },
  { rule: 'scored.en-and-more', sentence: 'Kanana 2.0 scored 80.2 on HAERAE, while Qwen3-8B got 75.1 on HAERAE and KMMLU.', absent: ['SCORED Kanana 2.0 -> KMMLU'] },
  { rule: 'succeeds.following-head', sentence: '솔트룩스는 루시아 2를 잇는 루시아 3를 선보였다.', expect: ['SUCCEEDS 루시아 3 -> 루시아 2'] },
  { rule: 'succeeds.following-head', sentence: '솔트룩스는 루시아 2를 잇는 서비스를 내놨고, 루시아 3는 내년에 나온다.', absent: ['SUCCEEDS 루시아 3 -> 루시아 2'] },
  { rule: 'works-for.staff', sentence: '오지훈 가온마인드 연구원은 "추론 성능을 높였다"고 말했다.', expect: ['WORKS_FOR 오지훈 -> 가온마인드'], props: ['WORKS_FOR 오지훈 -> 가온마인드=연구원'] },
  { rule: 'works-for.staff', sentence: '업스테이지 연구원은 열 명이 넘는다.', absent: ['WORKS_FOR 업스테이지 -> 업스테이지'] },
  { rule: 'works-for.staff-of', sentence: '네이버클라우드의 정하늘 엔지니어는 학습 과정을 설명했다.', expect: ['WORKS_FOR 정하늘 -> 네이버클라우드'] },
  { rule: 'works-for.leads-at', sentence: '한도윤 대표는 누리클라우드에서 모델 개발을 총괄하고 있다.', expect: ['WORKS_FOR 한도윤 -> 누리클라우드'] },
  { rule: 'works-for.leads-at', sentence: '한도윤 대표는 누리클라우드에서 일하지 않는다.', absent: ['WORKS_FOR 한도윤 -> 누리클라우드'] },
];

describe('rule data', () => {
  it('every pattern rule id has at least one row here', () => {
    const ids = loadRules().patterns.map((p) => p.id);
    const tested = new Set(rows.map((r) => r.rule));
    expect(ids.filter((id) => !tested.has(id))).toEqual([]);
  });
});

describe.each(rows.map((r, i) => ({ ...r, name: `${r.rule} #${i}` })))('$name', (row) => {
  it(row.sentence, () => {
    const { facts, graph } = factsOf(row.sentence);
    for (const f of row.expect ?? []) expect(facts).toContain(f);
    for (const f of row.absent ?? []) expect(facts).not.toContain(f);
    for (const p of row.props ?? []) {
      const [fact, value] = p.split('=') as [string, string];
      const edge = graph.edges[facts.indexOf(fact)]!;
      expect(String(edge.properties.score ?? edge.properties.title)).toBe(value);
    }
  });
});
