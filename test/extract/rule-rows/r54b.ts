/** Rows for the readings added in round r54b (kept apart so the family files stay short). */
import type { Row } from './row.js';

/** A paper page's author block (numbered affiliations): its prose speaks as the first affiliation. */
const paper = (body: string) => `여울림1, 강바다1, Theo Marsh2\n\n1하늬결 AI 연구소 2Brightwell Labs\n\n${body}`;

export const r54bRows: Row[] = [
  // "(우리는) X, Y 가중치를 … 허깅페이스에 공개했습니다": the voice's own release, the weights word right after the models (r54b)
  { rule: 'developed.omitted-subject-weights-release', sentence: paper('우리는 동네 간판을 읽는 모델을 만들었습니다. 오늘 소리결-3B, 소리결-1B 가중치를 CC-BY 라이선스로 허깅페이스에 공개했습니다.'), expect: ['DEVELOPED 하늬결 AI 연구소 -> 소리결-3B', 'DEVELOPED 하늬결 AI 연구소 -> 소리결-1B'] },
  { rule: 'developed.omitted-subject-weights-release', sentence: paper('우리는 동네 간판을 읽는 모델을 만들었습니다. Qwen3-4B 가중치를 허깅페이스에서 내려받아 미세조정했습니다.'), absent: ['DEVELOPED 하늬결 AI 연구소 -> Qwen3-4B'] },
  { rule: 'developed.omitted-subject-weights-release', sentence: paper('우리는 동네 간판을 읽는 모델을 만들었습니다. 소리결-3B 가중치를 아직 공개하지 않았습니다.'), absent: ['DEVELOPED 하늬결 AI 연구소 -> 소리결-3B'] },
  // "X 디지털혁신부와 함께 만든 … 모델 Y": a co-developer named with its unit (r54b)
  { rule: 'developed.co-developed-with', sentence: '가온테크는 새벽카드 데이터전략팀과 함께 개발한 상담 모델 가온챗 2를 공개했다.', expect: ['DEVELOPED 새벽카드 -> 가온챗 2'] },
  { rule: 'developed.co-developed-with', sentence: '가온테크는 새벽카드 데이터전략팀과 함께 개발한 상담 앱을 가온챗 2로 바꿨다.', absent: ['DEVELOPED 새벽카드 -> 가온챗 2'] },
  // the co-developer partners the model's maker read elsewhere (here from the name) (r54b)
  { rule: 'partners.co-developed-with-maker', sentence: '가온테크는 가온 3을 냈다. 새벽카드 데이터전략팀과 같이 만든 상담 모델 가온-카드 2B도 있다.', expect: ['PARTNERS_WITH 가온테크 -> 새벽카드'] },
  // "Z를 바탕으로 … 학습시킨 모델인데, …": the spoken copula before a comma (r54b)
  { rule: 'based-on.focus-copula', sentence: '가온테크는 상담 모델 가온-카드 2B를 공개했다. 가온 3을 바탕으로 카드 상담 기록을 더해 두 회사가 함께 학습시킨 모델인데, 반응이 좋다.', expect: ['BASED_ON 가온-카드 2B -> 가온 3'] },
  // "그렇게 나온 M": the making told in the sentence before gave M (r54b)
  { rule: 'based-on.made-so-outcome', sentence: '가온테크는 미스트랄 7B 위에 카드 약관을 추가로 학습시켰다. 그렇게 나온 가온-카드 2B를 이달 공개했다.', expect: ['BASED_ON 가온-카드 2B -> 미스트랄 7B'] },
  { rule: 'succeeds.made-so-outcome', sentence: '가온테크는 가온 2의 후속을 놓고 고민하다가 미스트랄 7B 위에 카드 약관을 추가로 학습시켰다. 그렇게 나온 가온 3을 이달 공개했다.', expect: ['SUCCEEDS 가온 3 -> 가온 2'] },
];
