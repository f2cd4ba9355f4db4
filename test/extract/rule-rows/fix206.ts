/** Rows for the readings added in fix206 (co-development told object first, a base in formal or translated Korean). */
import type { Row } from './row.js';

export const fix206Rows: Row[] = [
  // "X는 M을 Z와 공동 개발했다": the model named before its partner; both companies built it (fix206)
  { rule: 'developed.model-then-partner-together', sentence: '해솔데이터는 상담 요약 모델 해솔-S 2를 미국 구글과 함께 개발해 이달 내놨다.', expect: ['DEVELOPED 구글 -> 해솔-S 2'] },
  { rule: 'developed.model-then-partner-together', sentence: '해솔데이터는 상담 요약 모델 해솔-S 2를 구글과 공동 개발하지 않았다.', absent: ['DEVELOPED 구글 -> 해솔-S 2'] },
  { rule: 'developed.subject-model-then-partner-together', sentence: '해솔데이터는 상담 요약 모델 해솔-S 2를 미국 구글과 함께 개발해 이달 내놨다.', expect: ['DEVELOPED 해솔데이터 -> 해솔-S 2', 'PARTNERS_WITH 구글 -> 해솔데이터'] },
  { rule: 'developed.subject-model-then-partner-together', sentence: '해솔데이터가 해솔-S 2를 구글과 공동 개발할 수도 있다는 관측이 나온다.', absent: ['DEVELOPED 구글 -> 해솔-S 2'] },
  { rule: 'developed.omitted-subject-model-then-partner-together', sentence: '해솔데이터는 올해 처음 순위에 들었다. 음성 모델 해솔-V 3를 일본 소프트뱅크와 공동 개발해 지난달 선보였다.', expect: ['DEVELOPED 해솔데이터 -> 해솔-V 3', 'DEVELOPED 소프트뱅크 -> 해솔-V 3'] },
  { rule: 'developed.omitted-subject-model-then-partner-together', sentence: '해솔데이터는 올해 처음 순위에 들었다. 음성 모델 해솔-V 3를 소프트뱅크와 공동 개발하지는 않았다.', absent: ['DEVELOPED 소프트뱅크 -> 해솔-V 3'] },
  // "M에 기반하여 (한국어) 계속 사전훈련을 한 것": the model in focus was pre-trained further from M (fix206)
  { rule: 'based-on.focus-giban-pretrained-clause', sentence: '해솔데이터는 지난 2일 해솔-K 9B를 공개했다. 기술 문서에 적힌 바로는: 구글 Gemma 2 9B에 기반하여 법률 데이터로 계속 사전훈련을 한 것.', expect: ['BASED_ON 해솔-K 9B -> Gemma 2 9B'] },
  { rule: 'based-on.focus-giban-pretrained-clause', sentence: '해솔데이터는 지난 2일 해솔-K 9B를 공개했다. 구글 Gemma 2 9B를 기반으로 추가 사전학습을 진행했다.', expect: ['BASED_ON 해솔-K 9B -> Gemma 2 9B'] },
  { rule: 'based-on.focus-giban-pretrained-clause', sentence: '해솔데이터는 지난 2일 해솔-K 9B를 공개했다. Gemma 2 9B에 기반해 사전학습을 했다는 주장은 사실이 아니라고 밝혔다.', absent: ['BASED_ON 해솔-K 9B -> Gemma 2 9B'] },
];
