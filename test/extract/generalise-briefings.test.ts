/**
 * Generalisation rows for a briefing's short items: a family's product line written after the family word (with its
 * other spelling in parentheses), a score given to the model named after it ("N점을 받은 C의 'Y'"), a larger sibling
 * ("상위 모델") that is no successor. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a family word, its Latin spelling in parentheses, then a product word and a version: one model of the family's maker
  {
    cat: 'model.family-product',
    text: "카카오가 게임사 누리플레이와 손잡고 음성 비서용 '카나나(Kanana) Voice 2.0'을 개발했다. 카나나 Voice 2.0은 카카오의 '카나나 1.5'를 기반으로 음성 데이터를 추가 학습했다.",
    nodes: ['Model:카나나 Voice 2.0'],
    noNodes: ['Model:Voice 2.0'],
    expect: ['DEVELOPED 카카오 -> 카나나 Voice 2.0', 'BASED_ON 카나나 Voice 2.0 -> 카나나 1.5'],
  },
  { cat: 'model.family-product', text: '카카오는 카나나 Coder 3을 공개했다.', nodes: ['Model:카나나 Coder 3'], expect: ['DEVELOPED 카카오 -> 카나나 Coder 3'] },
  // (a version of the family itself stays as it was)
  { cat: 'model.family-product', text: '카카오는 카나나 1.5를 공개했다.', nodes: ['Model:카나나 1.5'] },
  // a one-letter prefix before a capitalised word and a size ("K-Law 8B"): a model's name like any Latin name with a size
  {
    cat: 'model.one-letter-prefix',
    text: '법무랩은 메타의 라마 3.1 8B를 기반으로 판례 데이터를 추가 학습한 80억 파라미터 모델 K-Law 8B를 소개했다. K-Law 8B는 자체 평가셋 LawQA에서 71.2점을 기록했다.',
    nodes: ['Model:K-Law 8B'],
    expect: ['BASED_ON K-Law 8B -> 라마 3.1 8B'],
  },
  // (not a programme's or a genre's prefixed word without a size or version)
  { cat: 'model.one-letter-prefix', text: "정부는 'K-Culture' 확산 사업과 K-Pop 공연을 지원한다.", noNodes: ['Model:K-Culture', 'Model:K-Pop'] },
  // "전체 1위는 N점을 받은 C의 'Y'가 지켰다": the score is Y's, not the model the item was about before
  {
    cat: 'scored.receiver-named-after',
    text: "한솔AI의 '한솔-14B'가 호랑이 리더보드에서 국내 모델 가운데 가장 높은 순위에 올랐다. 전체 1위는 0.781점을 받은 구글의 '제미나이 3 프로'가 지켰다.",
    expect: ['SCORED 제미나이 3 프로 -> 호랑이 리더보드'],
    absent: ['SCORED 한솔-14B -> 호랑이 리더보드'],
  },
  // a larger sibling ("Y의 상위 모델") is no successor; a higher version ("Y의 상위 버전") is
  {
    cat: 'succeeds.not-larger-sibling',
    text: "한솔-32B는 지난달 공개된 '한솔-14B'의 상위 모델로, 두 모델은 같은 데이터로 학습됐지만 크기가 다르다.",
    absent: ['SUCCEEDS 한솔-32B -> 한솔-14B'],
  },
  { cat: 'succeeds.not-larger-sibling', text: '한솔-3는 한솔-2의 상위 버전으로, 추론 속도를 높였다.', expect: ['SUCCEEDS 한솔-3 -> 한솔-2'] },
  // "X의 후속 모델을 Y 기반으로 만들지": Y is what the successor would be based on, not the successor
  {
    cat: 'succeeds.successor-base-not-successor',
    text: "가온텔레콤은 한빛AI의 누리 3을 바탕으로 만든 '가온젠'을 쓰고 있으나, 가온젠의 후속 모델을 누리 4 기반으로 만들지는 아직 결정하지 못했다. 한빛AI는 누리 4를 공개했다.",
    absent: ['SUCCEEDS 누리 4 -> 가온젠'],
    expect: ['BASED_ON 가온젠 -> 누리 3'],
  },
  { cat: 'succeeds.successor-base-not-successor', text: '한솔-3는 한솔-2의 후속 모델로 지난달 나왔다.', expect: ['SUCCEEDS 한솔-3 -> 한솔-2'] },
  // "이 모델은 회사가 앞서 Z를 기반으로 만들었던 'X'와 달리 …": Z is X's base (the head of the relative clause), not the topic's,
  // and the negation after the contrast ("와 달리 … 쓰지 않았다") is the topic's
  {
    cat: 'based-on.relative-head-in-contrast',
    text: "누리텔레콤은 처음부터 자체 학습한 '누리 5'를 지난달 내놓았는데, 이 모델은 회사가 앞서 한빛의 가온 2를 기반으로 만들었던 '누리 4'와 달리 외부 가중치를 쓰지 않았다.",
    expect: ['BASED_ON 누리 4 -> 가온 2'],
    absent: ['BASED_ON 누리 5 -> 가온 2'],
  },
  { cat: 'based-on.relative-head-in-contrast', text: "누리텔레콤은 '누리 5'를 지난달 내놓았다. 이 모델은 회사가 앞서 가온 2를 기반으로 만든 누리 4와 다르다.", expect: ['BASED_ON 누리 4 -> 가온 2'], absent: ['BASED_ON 누리 5 -> 가온 2'] },
  { cat: 'based-on.relative-head-in-contrast', text: "누리텔레콤은 '누리 4'를 지난달 내놓았다. 누리 4는 가온 2를 기반으로 만들지 않았다.", absent: ['BASED_ON 누리 4 -> 가온 2'] },
  // a joint investment agreed in a strategic partnership is a partnership; two companies that both lean toward partnering
  // ("A와 B는 … 협력을 통한 실리 쪽에 무게를 싣는다") are not partners of each other
  { cat: 'partners.joint-investment', text: '가온텔레콤은 누리소프트와 5년 동안 2조4천억 원을 공동 투자하기로 한 전략적 파트너십에 따라, 모델을 공급한다.', expect: ['PARTNERS_WITH 가온텔레콤 -> 누리소프트'] },
  { cat: 'partners.leaning-not-pair', text: "반면 가온텔레콤과 누리모바일은 '자체 개발'보다는 협력을 통한 실리 쪽에 무게를 싣는 모습이다.", absent: ['PARTNERS_WITH 가온텔레콤 -> 누리모바일'] },
  { cat: 'partners.leaning-not-pair', text: '가온텔레콤과 누리모바일은 협력을 통해 새 모델을 공동 개발한다.', expect: ['PARTNERS_WITH 가온텔레콤 -> 누리모바일'] },
  // "'X'은 C의 'Y' 위에 만든 … 모델이었다": built on top of Y is based on Y
  { cat: 'based-on.built-on-top', text: "A. 지난해 낸 '가온 1'은 한빛AI의 '누리 3.5' 위에 만든 78억 파라미터짜리 모델이었다.", expect: ['BASED_ON 가온 1 -> 누리 3.5'] },
  { cat: 'based-on.built-on-top', text: "가온 1은 누리 3.5 위에서 돌아가는 앱과 함께 나왔다.", absent: ['BASED_ON 가온 1 -> 누리 3.5'] },
  // a caption that shows one model ("…'Y'의 시연 화면.") is what the caption's next sentence ("이 모델은 …") is about
  {
    cat: 'focus.caption-model',
    text: "누리랩, 새 모델 공개\n\n누리랩이 새 모델 '누리 5'를 공개했다고 2일 밝혔다.\n\n[사진] 누리랩 대표가 '누리 5'를 소개하고 있다.\n\n[사진] 누리랩이 지난달 공개한 경량 모델 '누리 5 미니'의 시연 화면. 이 모델은 한빛의 '가온 3 8B'를 바탕으로 만들었다.\n\n누리 5는 KMMLU에서 60.1점을 받았다.",
    expect: ['BASED_ON 누리 5 미니 -> 가온 3 8B'],
    absent: ['BASED_ON 누리 5 -> 가온 3 8B'],
  },
  // "'X'은 … 모델이었다. Y는 그 후속인데": "그" is the previous sentence's topic model
  { cat: 'succeeds.its-successor-ref', text: "A. 지난해 낸 '가온 1'은 한빛AI의 '누리 3.5'를 기반으로 만든 모델이었다. 가온 2는 그 후속인데, 기반 모델을 바꾸면서 성능이 좋아졌다.", expect: ['SUCCEEDS 가온 2 -> 가온 1'], absent: ['SUCCEEDS 가온 2 -> 누리 3.5'] },
  { cat: 'succeeds.its-successor-ref', text: "한빛AI는 지난해 '누리 3.5'를 공개했다. 가온 2는 그 후속인데, 성능이 좋아졌다.", absent: ['SUCCEEDS 가온 2 -> 누리 3.5'] },
  // "X가 0.731, Y가 0.705로 뒤를 이었고": the runners-up after a leaderboard's leader have their scores on the leaderboard just named
  {
    cat: 'scored.runners-up-bare',
    text: "누리앤비가 운영하는 '호랑이 리더보드3' 12월 집계에서 한빛AI의 '누리 4.5'가 종합 점수 0.742로 1위에 올랐다. 가온텔레콤의 '가온 5.0'이 0.731, 다온랩 '다온 프로 3'가 0.705로 뒤를 이었고, 누리 씽크 2는 4위를 기록했다.",
    expect: ['SCORED 가온 5.0 -> 호랑이 리더보드3', 'SCORED 다온 프로 3 -> 호랑이 리더보드3'],
    edgeProps: ['SCORED 가온 5.0 -> 호랑이 리더보드3 score=0.731'],
    absent: ['SCORED 누리 씽크 2 -> 호랑이 리더보드3'],
  },
  // a digest's items ("◆X, …"): "회사 측" inside an item is the item's company, not the company the digest opened on
  {
    cat: 'digest.item-company',
    text: "[AI 브리핑] 이번 주 소식\n\n◆누리클라우드, '누리 씽크 3' API 출시\n\n누리클라우드는 지난달 공개한 '누리 씽크 3'를 API로 제공한다고 2일 밝혔다.\n\n◆가온랩스, '가온-70B' 공개\n\n가온랩스는 지난달 30일 '가온-70B'를 오픈소스로 공개했다.\n\n회사 측은 가온-70B를 처음부터 자체 사전학습한 모델이라고 설명했다.\n\n지난 7월 공개한 '가온-21B'의 후속작이다.",
    expect: ['DEVELOPED 가온랩스 -> 가온-70B', 'DEVELOPED 가온랩스 -> 가온-21B'],
    absent: ['DEVELOPED 누리클라우드 -> 가온-70B', 'DEVELOPED 누리클라우드 -> 가온-21B'],
  },
  // (a subheading about a deal with another company, "◆X와 MOU…", is no item of X's)
  {
    cat: 'digest.item-company',
    text: "가온랩스, 새 모델 출시\n\n가온랩스가 새 모델 '가온 G2'를 21일 출시했다.\n\n◆누리클라우드와 MOU…공공 공략\n\n가온랩스는 이날 누리클라우드와 업무협약(MOU)도 체결했다.\n\n회사는 내년 상반기 멀티모달 버전 '가온 G2-V'를 내놓을 계획이다.",
    absent: ['DEVELOPED 누리클라우드 -> 가온 G2-V'],
  },
  // "N점을 기록한 중국 C의 'Y'": a country word before the maker of the model that scored
  {
    cat: 'scored.score-then-model-country',
    text: "한빛AI는 누리 4.5가 수학 추론 벤치마크 'AIME 2025'에서 85.3점을 받아, 같은 평가에서 81.4점을 기록한 중국 가온의 '가온-R1'과 79.0점에 그친 다온의 '다온3-235B'를 모두 앞섰다고 설명했다.",
    expect: ['SCORED 가온-R1 -> AIME 2025', 'SCORED 다온3-235B -> AIME 2025'],
    edgeProps: ['SCORED 가온-R1 -> AIME 2025 score=81.4'],
  },
  // "X의 매개변수는 N개로, B에서 M점을 기록했다": the model whose size the clause gives is the one that scored
  { cat: 'scored.size-topic-then-bench', text: '가온 5.0의 매개변수는 700억 개로, 한국어 지식 평가인 KMMLU에서 72.6점을 기록했다고 가온텔레콤은 밝혔다.', expect: ['SCORED 가온 5.0 -> KMMLU'], edgeProps: ['SCORED 가온 5.0 -> KMMLU score=72.6'] },
];

describe('briefing items', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
