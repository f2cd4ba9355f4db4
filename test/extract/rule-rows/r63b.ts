/** Rows for the readings added in round r63b (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r63bRows: Row[] = [
  // "A는 B와 … 모델 M 공동개발 협약을 체결": both signatories make M (r63b)
  { rule: 'developed.joint-model-agreement', sentence: '한빛데이터는 KT와 공공 행정 특화 모델 누리-G 공동개발 협약을 체결했다.', expect: ['DEVELOPED KT -> 누리-G'] },
  { rule: 'developed.joint-model-agreement-subject', sentence: '한빛데이터는 KT와 공공 행정 특화 모델 누리-G 공동개발 협약을 체결했다.', expect: ['DEVELOPED 한빛데이터 -> 누리-G'] },
  // "…가 주관하는 컨소시엄에 참여기관으로 합류하여 P를 수행": the omitted subject takes part (r63b)
  { rule: 'participates.omitted-subject-joined-led-consortium-then-programme', sentence: "한결데이터는 올해 성과를 정리했다. 네이버클라우드가 주관하는 컨소시엄에 참여기관으로 합류하여 '독자 AI 파운데이션 모델 프로젝트' 2차 단계를 수행.", expect: ['PARTICIPATES_IN 한결데이터 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "we fine-tune X on … to obtain Y" (r63b)
  { rule: 'based-on.en-we-tuned-to-obtain', sentence: "We fine-tune Meta's Llama 3.1 8B on 200K Korean patent claims to obtain Patent-Ko-8B.", expect: ['BASED_ON Patent-Ko-8B -> Llama 3.1 8B'] },
];
