/**
 * Generalisation rows for the forms of sets 154 and 57 in invented wording: a counted group of three or four companies
 * ("세 기업이 컨소시엄을 꾸려") as partners each with each; an event transcript's role labels ("발표자(NAME X TITLE):", "질문자 N(…):");
 * a predecessor in a chat's clipped note ("Y 업그레이드 버전이라고"); a spoken copula after a bare score ("KMMLU 58.3이네요");
 * a bare size with 모델 for the line's flagship named without its size ("'Y 1.2B'는 32B 모델을 증류해");
 * a count after a Latin word and digits ("QA 5만 쌍"); a copula's base no scorer ("베이스는 Y이고, X에서 N점");
 * a company a partner word introduces ("파트너였던 X 분들이"); a model introduced by there being one ("'Y'도 있습니다.").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "세 기업이 컨소시엄을 꾸려 …": the three companies the sentence before named are partners, each with each
  { cat: 'partners.pair-agreed', text: '가온대학교 연구소는 지난 2일 카카오, 업스테이지, 솔바람랩스와 함께 물류 AI 센터를 열었다. 센터는 세 기업이 컨소시엄을 꾸려 공동으로 운영한다.', expect: ['PARTNERS_WITH 업스테이지 -> 카카오', 'PARTNERS_WITH 솔바람랩스 -> 카카오', 'PARTNERS_WITH 솔바람랩스 -> 업스테이지'] },
  { cat: 'partners.pair-agreed', text: '카카오, 업스테이지, 솔바람랩스, 노을소프트가 물류 AI 센터를 열었다. 네 기업은 업무협약을 맺었다.', expect: ['PARTNERS_WITH 노을소프트 -> 카카오', 'PARTNERS_WITH 솔바람랩스 -> 업스테이지'] },
  // the trap: a group that did not form the consortium, or one only weighing it
  { cat: 'partners.pair-agreed', text: '가온대학교 연구소는 지난 2일 카카오, 업스테이지, 솔바람랩스와 함께 물류 AI 센터를 열었다. 센터는 세 기업이 컨소시엄을 꾸릴지 검토 중이다.', absent: ['PARTNERS_WITH 업스테이지 -> 카카오', 'PARTNERS_WITH 솔바람랩스 -> 카카오'] },
  { cat: 'partners.pair-agreed', text: '가온대학교 연구소는 지난 2일 카카오, 업스테이지와 함께 물류 AI 센터를 열었다. 센터는 세 기업이 컨소시엄을 꾸려 운영한다.', absent: ['PARTNERS_WITH 업스테이지 -> 카카오'] },
  // an event transcript's role labels: "발표자(NAME X TITLE): …" speaks for X in its later bare "발표자: …" turns; "질문자 N(…):" asks
  { cat: 'quoted.role-turns', text: "발표자(한도윤 업스테이지 AI전략리더): 안녕하세요.\n\n발표자: 다만 정부가 추진하는 'AI 데이터 나눔 지원사업'에는 이번에 공급 기업으로 참여하게 됐습니다.", expect: ['PARTICIPATES_IN 업스테이지 -> AI 데이터 나눔 지원사업', 'WORKS_FOR 한도윤 -> 업스테이지'] },
  { cat: 'quoted.role-turns', text: "발표자(한도윤 업스테이지 AI전략리더): 안녕하세요.\n\n질문자 2(누리랩스 강수아 CTO): 정부 'AI 데이터 나눔 지원사업'에 다시 참여하게 됐나요?\n\n발표자: 아직 결정된 게 없습니다.", absent: ['PARTICIPATES_IN 업스테이지 -> AI 데이터 나눔 지원사업', 'PARTICIPATES_IN 누리랩스 -> AI 데이터 나눔 지원사업'], expect: ['WORKS_FOR 강수아 -> 누리랩스'] },
  // "파트너였던 X 분들이": a name no list knows that a partner word introduces is a company; "X 분들이" is its people, the clause's subject
  { cat: 'discover.partner-introduced', text: "발표자(한도윤 업스테이지 AI전략리더): 안녕하세요.\n\n발표자: 사전 공개 파트너였던 바람노트 분들이 솔라 프로 3 기반 회계 모델 '바람회계'를 먼저 만들어 보셨어요.", nodes: ['Company:바람노트'], expect: ['DEVELOPED 바람노트 -> 바람회계'], absent: ['DEVELOPED 업스테이지 -> 바람회계'] },
  { cat: 'discover.partner-introduced', text: '협력사인 바람노트는 이번 행사에 참여했다. 파트너였던 시절 이야기도 나왔다.', nodes: ['Company:바람노트'], noNodes: ['Company:시절'] },
  // "그리고 모바일용 'Y'도 있습니다.": a model introduced by there being one is what the next subject-less sentence describes
  { cat: 'focus.introduced-by-existing', text: "LG AI연구원이 '엑사원 5.0'을 공개했다. 그리고 모바일용 '엑사원 5.0 미니'도 있다. 30억 파라미터이고, 엑사원 5.0에서 지식 증류로 뽑아낸 모델이다.", expect: ['BASED_ON 엑사원 5.0 미니 -> 엑사원 5.0'], props: ['엑사원 5.0 미니=parameters:3000000000'] },
  { cat: 'focus.introduced-by-existing', text: "노을랩스가 '노을-3'를 공개했다. 노을-3에 대한 우려도 있다. 30억 파라미터 모델에서 지식 증류로 뽑아낸 모델이다.", absent: ['BASED_ON 노을-3 -> 노을-3'] },
  // a chat's clipped note of what the model just released is: "Y 업그레이드 버전이라고" (no 의), dotted brands too ("A.X")
  { cat: 'succeeds.focus-predecessor', text: 'SK텔레콤도 오늘 A.X 6.0 공개함. A.X 5.1 업그레이드 버전이라고 근데 이번엔 API로만 푼대요', expect: ['SUCCEEDS A.X 6.0 -> A.X 5.1'] },
  { cat: 'succeeds.focus-predecessor', text: '카카오가 오늘 카나나 4를 공개했다. 카나나 3 업그레이드 버전이다.', expect: ['SUCCEEDS 카나나 4 -> 카나나 3'] },
  { cat: 'succeeds.focus-predecessor', text: 'SK텔레콤도 오늘 A.X 6.0 공개함. A.X 5.1 업그레이드 버전을 쓰는 고객이 많대요', absent: ['SUCCEEDS A.X 6.0 -> A.X 5.1'] },
  { cat: 'succeeds.focus-predecessor', text: 'SK텔레콤도 오늘 A.X 6.0 공개함. 카나나 3 업그레이드 버전이라고', absent: ['SUCCEEDS A.X 6.0 -> 카나나 3'] },
  // a chat's spoken copula after a bare benchmark and score ("HRM8K 64.0이네요"): the model in focus scored it
  { cat: 'scored.focus-bare-pairs', text: "바다랩스가 만든 '바다-M2' 허깅페이스에 올라왔어요. 모델카드 보니까 KMMLU 58.3이네요", edgeProps: ['SCORED 바다-M2 -> KMMLU score=58.3'] },
  { cat: 'scored.focus-bare-pairs', text: "바다랩스가 '바다-M2'를 공개했다. KMMLU 58.3이래요", edgeProps: ['SCORED 바다-M2 -> KMMLU score=58.3'] },
  { cat: 'scored.focus-bare-pairs', text: "바다랩스가 '바다-M2'를 공개했다. KMMLU 58.3점 이상이 목표래요", absent: ['SCORED 바다-M2 -> KMMLU'] },
  // "'Y 1.2B'는 32B 모델을 증류해 만들었다" where the article names the line's flagship only as "Y": the flagship, not a new "Y 32B"
  { cat: 'versions.flagship-of-other-size', text: "카카오는 '카나나 5'를 허깅페이스에 공개했다. 카나나 5는 300억 개(30B) 파라미터 모델과 20억 개(2B) 모델 두 가지다. 모바일용 '카나나 5 2B'는 30B 모델을 증류해 만들었다.", expect: ['BASED_ON 카나나 5 2B -> 카나나 5'], noNodes: ['Model:카나나 5 30B'] },
  { cat: 'versions.flagship-of-other-size', text: "카카오는 '카나나 5 2B'를 공개했다. 모바일용 '카나나 5 2B'는 30B 모델을 증류해 만들었다.", absent: ['BASED_ON 카나나 5 2B -> 카나나 5'] },
  // "변호사들이 만든 QA 5만 쌍으로": a Korean number unit and a counter after a Latin word and digits is a count, no model (nor its maker)
  { cat: 'discover.count-after-number', text: '판례 약 20억 토큰으로 추가 학습한 다음, 세무사들이 직접 만든 QA 3만 쌍으로 SFT를 했습니다.', noNodes: ['Model:QA 3', 'Company:세무사들'] },
  { cat: 'discover.count-after-number', text: "노을랩스가 직접 만든 Nuri 3만 쓴다고 밝혔다.", nodes: ['Model:Nuri 3'] },
  // "베이스는 Y이고, X에서 N점이 나왔다": the base after the copula is no subject of the score that follows
  { cat: 'scored.model-bench-phrased', text: "다온랩스가 법률 특화 모델 다온-Law 3B를 허깅페이스에 올렸습니다. 베이스는 카카오의 Kanana-1.5-2.1B이고, 자체 평가셋 LawBench-ko에서 60.1점이 나왔습니다.", absent: ['SCORED Kanana-1.5-2.1B -> LawBench-ko'] },
  { cat: 'scored.model-bench-phrased', text: "다온랩스가 법률 특화 모델 다온-Law 3B를 공개했다. Kanana-1.5-2.1B이 LawBench-ko에서 41.3점을 받았다.", edgeProps: ['SCORED Kanana-1.5-2.1B -> LawBench-ko score=41.3'] },
  // an adverb before a bare size ("다만 8B는", "특히 32B가") is no brand of a sized model
  { cat: 'discover.adverb-before-size', text: "노을랩스가 '노을-M 3 32B'와 '노을-M 3 8B'를 공개했다. 다만 8B는 KMMLU에서 50.1점을 받았다. 특히 32B가 빨랐다.", noNodes: ['Model:다만 8B', 'Model:특히 32B'] },
  { cat: 'discover.adverb-before-size', text: "노을랩스가 '가람 8B'를 공개했다.", nodes: ['Model:가람 8B'] },
  // a lower-case English "base" after a bare family word is the family used as a base, no "<family> base" variant
  { cat: 'model-tail.lowercase-base', text: 'Orbis Labs released Nova 4 on Monday. Analysts said the open disclosure of the Llama base would help Orbis Labs with banks.', noNodes: ['Model:Llama base'] },
  { cat: 'model-tail.lowercase-base', text: 'Orbis Labs released Nova 4 on Monday. It was trained from Llama 3.1 Base on Korean text.', nodes: ['Model:Llama 3.1 Base'] },
  // a colloquial comitative with a topic ("Y랑은 … 파트너십 맺은 건 맞는데"): the omitted subject of the sentence before partners Y
  { cat: 'partners.omitted-subject', text: '그 소문은 카카오가 공식적으로 부인함. 구글이랑은 클라우드 사업에서 전략적 파트너십 맺은 건 맞는데 젬마를 베이스로 쓴 적은 없다고', expect: ['PARTNERS_WITH 구글 -> 카카오'] },
  { cat: 'partners.omitted-subject', text: '카카오가 공식적으로 부인했다. 구글이랑은 파트너십 논의만 했고 아직 맺지 않았다.', absent: ['PARTNERS_WITH 구글 -> 카카오'] },
  // a quoted bound-noun phrase ('공개할 "수도" 있다') is emphasis, no name
  { cat: 'nonentities.bound-noun', text: '카카오가 카나나 3를 공개했다. 가중치는 내년에 공개할 "수도" 있다고 함. 확정된 "것도" 아님', noNodes: ['Model:수도', 'Model:것도'] },
  // English release days: "was released as open weights on Tuesday" / "on Nov. 17" (a short month), "Y, a … model released on Nov. 10,"
  { cat: 'property.en-released-on-date', text: 'Orbis Labs released Nova 4, a reasoning model. Nova 4 was released as open weights on Tuesday.', publishedAt: '2026-11-27', props: ['Nova 4=openSource:true', 'Nova 4=releasedOn:2026-11-24'] },
  { cat: 'property.en-released-on-date', text: 'Orbis Labs unveiled Nova 4 in October. Nova 4 was released as open weights on Oct. 3.', publishedAt: '2026-11-27', props: ['Nova 4=releasedOn:2026-10-03'] },
  { cat: 'property.en-apposed-date', text: "Analysts asked whether Orbis Labs' Nova 4, a 9-billion-parameter open-weight model released on Oct. 3, was built on Llama.", publishedAt: '2026-11-27', props: ['Nova 4=releasedOn:2026-10-03'] },
  { cat: 'property.en-apposed-date', text: 'Orbis Labs said Nova 4, a model that may be released on Dec. 10, is ready.', publishedAt: '2026-11-27', props: ['Nova 4=releasedOn:undefined'] },
  // models put on a public hub: "said on Tuesday that it had put A and B on Hugging Face", "Y, a … model that the company put on Hugging Face on Nov. 18"
  { cat: 'property.en-put-on-hub', text: 'Orbis Labs unveiled Nova 4 this week. The company said on Tuesday that it had put the 9-billion-parameter Nova 4 on Hugging Face under the MIT license.', publishedAt: '2026-11-27', props: ['Nova 4=openSource:true', 'Nova 4=releasedOn:2026-11-24'] },
  { cat: 'property.en-put-on-hub', text: "Analysts watched Orbis Labs' Nova 4, a 9-billion-parameter model that the company put on Hugging Face on Oct. 3 under a permissive license.", publishedAt: '2026-11-27', props: ['Nova 4=openSource:true', 'Nova 4=releasedOn:2026-10-03'] },
  { cat: 'property.en-put-on-hub', text: 'Orbis Labs unveiled Nova 4 this week. The company said it will not put Nova 4 on Hugging Face.', publishedAt: '2026-11-27', props: ['Nova 4=openSource:undefined'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
