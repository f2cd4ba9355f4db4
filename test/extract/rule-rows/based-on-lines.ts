/** Rows for based-on.* rules read from spec lines, change-log notes and distillation or initialisation wording (round r53a): the facts each must and must not give. */
import type { Row } from './row.js';

export const basedOnLineRows: Row[] = [
  // "MODEL — MAKER의 BASE를 기반으로 …" / "MODEL — MAKER의 BASE에서 출발해 … SFT": a spec line's dash (or colon) gloss gives the head model's base
  // a history item's dash gloss: "'X' 공개 — 메타의 Y 기반" (the base as a noun), "'X' 시범 적용 — Y를 기반으로 … 만든 모델" (words before the dash)
  { rule: 'based-on.dash-gloss', sentence: "하람랩은 '하람 1.0'을 공개했다. '하람 1.0' 공개 — 메타의 Llama 2 13B 기반", expect: ['BASED_ON 하람 1.0 -> Llama 2 13B'] },
  { rule: 'based-on.dash-gloss', sentence: "하람랩은 '하람 3'를 공개했다. '하람 3 뱅크' 시중은행 상담 시범 적용 — 하람 3를 기반으로 두 회사가 함께 만든 금융 특화 모델", expect: ['BASED_ON 하람 3 뱅크 -> 하람 3'] },
  { rule: 'based-on.dash-gloss', sentence: "하람랩은 '하람 1.0'을 공개했다. 하람 1.0은 Llama 2 13B 기반 서비스와 경쟁한다.", absent: ['BASED_ON 하람 1.0 -> Llama 2 13B'] },
  { rule: 'based-on.dash-gloss-maker', sentence: '미르온-M 9B — 구글(Google)의 Gemma 2 9B를 바탕으로 의료 문서 300억 토큰을 더 학습시킨 모델.', expect: ['BASED_ON 미르온-M 9B -> Gemma 2 9B'] },
  { rule: 'based-on.dash-gloss-maker', sentence: '미르온-M 27B — 구글의 Gemma 3 27B에서 출발해 지시 튜닝과 RLHF를 거친 모델.', expect: ['BASED_ON 미르온-M 27B -> Gemma 3 27B'] },
  { rule: 'based-on.dash-gloss-maker', sentence: '미르온-M 4B: Qwen3-4B를 토대로 만든 경량 모델', expect: ['BASED_ON 미르온-M 4B -> Qwen3-4B'] },
  { rule: 'based-on.dash-gloss-maker', sentence: '미르온-M 9B — 구글의 Gemma 2 9B를 기반으로 하지 않은 독자 모델.', absent: ['BASED_ON 미르온-M 9B -> Gemma 2 9B'] },
  { rule: 'based-on.dash-gloss-maker', sentence: '미르온-M 9B — 구글의 Gemma 2 9B를 바탕으로 한 상담 서비스도 함께 나온다.', absent: ['BASED_ON 미르온-M 9B -> Gemma 2 9B'] },
  // "A에서 B로의 지식 증류", "A에서 B로 증류한": B is built on A
  { rule: 'based-on.distilled-from-to', sentence: "학습 데이터는 사내 모델 '하늬-Pro 2'의 답변으로 채웠고, 이 과정은 하늬-Pro 2에서 하늬-Lite 2로의 지식 증류다.", expect: ['BASED_ON 하늬-Lite 2 -> 하늬-Pro 2'] },
  { rule: 'based-on.distilled-from-to', sentence: '연구진은 하늬-Pro 2에서 하늬-Lite 2로 지식을 증류했다.', expect: ['BASED_ON 하늬-Lite 2 -> 하늬-Pro 2'] },
  { rule: 'based-on.distilled-from-to', sentence: '연구진은 하늬-Pro 2에서 하늬-Lite 2로 증류하지 않았다.', absent: ['BASED_ON 하늬-Lite 2 -> 하늬-Pro 2'] },
  { rule: 'based-on.distilled-from-to', sentence: '고객사는 하늬-Pro 2에서 하늬-Lite 2로 옮겨 갔다.', absent: ['BASED_ON 하늬-Lite 2 -> 하늬-Pro 2'] },
  // "X 최초 탑재 (Y 기반)": a change log's note in parentheses gives X's base
  { rule: 'based-on.paren-giban-note', sentence: '- 3.1.0 (2026.03.02): 솔잎-S 1.0 첫 적용 (Qwen2.5-1.5B 기반), 설정 화면 개편', expect: ['BASED_ON 솔잎-S 1.0 -> Qwen2.5-1.5B'] },
  { rule: 'based-on.paren-giban-note', sentence: '고객센터 봇에는 솔잎-S 1.0 (Qwen2.5-1.5B 기반)이 들어간다.', expect: ['BASED_ON 솔잎-S 1.0 -> Qwen2.5-1.5B'] },
  { rule: 'based-on.paren-giban-note', sentence: '고객센터 봇에는 솔잎-S 1.0 (Qwen2.5-1.5B 대비 2배 빠름)이 들어간다.', absent: ['BASED_ON 솔잎-S 1.0 -> Qwen2.5-1.5B'] },
  // "초기 가중치는 (MAKER의) Y에서 가져왔습니다": the model in focus was initialised from Y
  { rule: 'based-on.focus-initial-weights', sentence: '누리봇AI는 새 모델 누리봇-Mini 3B를 공개했다. 초기 가중치는 메타의 Llama 3.2 3B에서 가져왔다.', expect: ['BASED_ON 누리봇-Mini 3B -> Llama 3.2 3B'] },
  { rule: 'based-on.focus-initial-weights', sentence: '누리봇AI는 새 모델 누리봇-Mini 3B를 공개했다. 학생 모델의 초기 가중치는 Llama 3.2 3B로부터 그대로 가져왔습니다.', expect: ['BASED_ON 누리봇-Mini 3B -> Llama 3.2 3B'] },
  { rule: 'based-on.focus-initial-weights', sentence: '누리봇AI는 새 모델 누리봇-Mini 3B를 공개했다. 초기 가중치는 처음부터 새로 만들었고, Llama 3.2 3B에서 가져온 것은 토크나이저뿐이다.', absent: ['BASED_ON 누리봇-Mini 3B -> Llama 3.2 3B'] },
  // "MODEL (MAKER): BASE에 … 미세조정": a showcase item's colon gloss tunes the head model on the base it names (fix200)
  { rule: 'based-on.dash-gloss-tuned', sentence: '보람-Law 4B (보람테크): Gemma 3 4B에 판례 요약 데이터 6만 건을 LoRA로 미세조정.', expect: ['BASED_ON 보람-Law 4B -> Gemma 3 4B'] },
  { rule: 'based-on.dash-gloss-tuned', sentence: '보람-Chat 3B — 보람-Base 3B에 지시 학습을 더한 대화형 모델.', expect: ['BASED_ON 보람-Chat 3B -> 보람-Base 3B'] },
  { rule: 'based-on.dash-gloss-tuned', sentence: '보람-Law 4B (보람테크): Gemma 3 4B에 미세조정하지 않았고 처음부터 학습.', absent: ['BASED_ON 보람-Law 4B -> Gemma 3 4B'] },
  // "Y를 교사로 증류한 … 모델.": a gloss line under an item about a model names the teacher it was distilled from (fix200)
  { rule: 'based-on.focus-teacher-distilled-gloss', sentence: '- Sora-2 Mini 지원 (`sora-2-mini`). Sora-2 Max를 교사로 증류한 30억(3B) 경량 모델.', expect: ['BASED_ON Sora-2 Mini -> Sora-2 Max'] },
  { rule: 'based-on.focus-teacher-distilled-gloss', sentence: '- Sora-2 Mini 지원 (`sora-2-mini`). Sora-2 Max를 교사로 증류한 모델은 아니다.', absent: ['BASED_ON Sora-2 Mini -> Sora-2 Max'] },
  // "LABEL: X (…) — Y을 증류해 만든 경량 모델": a spec line's distilled model (fix219)
  { rule: 'based-on.dash-gloss-distilled', sentence: '온디바이스 모델: 누리 2.0 미니 (30억 파라미터) — 누리 2.0을 증류해 만든 경량 모델', expect: ['BASED_ON 누리 2.0 미니 -> 누리 2.0'] },
  { rule: 'based-on.dash-gloss-distilled', sentence: '온디바이스 모델: 누리 2.0 미니 (30억 파라미터) — 누리 2.0을 증류해 만든 모델은 아니다', absent: ['BASED_ON 누리 2.0 미니 -> 누리 2.0'] },
];
