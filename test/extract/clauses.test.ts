/**
 * The clause pass on its own (roles, predicates, frames, group fan-out): each row is a short text in
 * one style (written 했다, polite 했습니다, relative clauses, a topic carried over a comma or a
 * connective), with the facts the pass must read and those it must not (comparisons, negations,
 * investments, supply deals, plans not yet decided).
 */
import { describe, expect, it } from 'vitest';
import { clauseFacts, newClauseMemory } from '../../src/extract/clauses/index.js';
import { findMentions } from '../../src/extract/engine/mentions.js';
import { loadRules } from '../../src/extract/index.js';

const rules = loadRules();

/** "REL source -> target [score]" for every clause fact of the text's sentences, in order. */
function read(text: string): string[] {
  const memory = newClauseMemory();
  const out: string[] = [];
  for (const s of text.split(/(?<=[다요]\.)\s+/)) {
    const ms = findMentions(s, rules, [], new Map());
    for (const f of clauseFacts(s, ms, rules, memory)) {
      let [a, b] = [f.source.surface, f.target.surface];
      if (f.relation === 'PARTNERS_WITH' && a > b) [a, b] = [b, a];
      out.push(`${f.relation} ${a} -> ${b}${f.properties.score !== undefined ? ` ${f.properties.score}` : ''}${f.properties.status === 'disputed' ? ' disputed' : ''}`);
    }
  }
  return out;
}

interface Row {
  cat: string;
  text: string;
  expect?: string[];
  absent?: string[];
}

const rows: Row[] = [
  // idioms of partnering and hiring ("의기투합했다", "힘을 합쳤다", "CTO로 불러들였다", "모셔왔다"), a base as a starting point ("…를 출발점으로 삼아")
  { cat: 'partners / idiom', text: '카카오와 업스테이지가 의료 AI 분야에서 의기투합했다.', expect: ['PARTNERS_WITH 업스테이지 -> 카카오'] },
  { cat: 'partners / idiom', text: 'KT는 업스테이지와 힘을 합쳐 금융 특화 모델을 만든다.', expect: ['PARTNERS_WITH KT -> 업스테이지'] },
  { cat: 'partners / idiom', text: 'KT가 업스테이지와 손을 맞잡았다.', expect: ['PARTNERS_WITH KT -> 업스테이지'] },
  { cat: 'works-for / hire idiom', text: '업스테이지는 한서율 전 네이버 리더를 최고기술책임자(CTO)로 불러들였다.', expect: ['WORKS_FOR 한서율 -> 업스테이지'] },
  { cat: 'works-for / hire idiom', text: 'KT는 한서율 박사를 AI연구소장으로 데려왔다.', expect: ['WORKS_FOR 한서율 -> KT'] },
  { cat: 'based-on / starting point', text: "업스테이지는 '라마 3.1 8B'를 출발점 삼아 의료 모델 '솔라 메디'를 만들었다.", expect: ['BASED_ON 솔라 메디 -> 라마 3.1 8B'] },
  { cat: 'developed / the company\'s developers', text: '업스테이지 개발진은 솔라 프로2를 1년 만에 완성했다.', expect: ['DEVELOPED 업스테이지 -> 솔라 프로2'] },
  // a relative clause's head programme with the government that runs it as its possessor ("참여하고 있는 정부의 P"); no other possessor
  { cat: 'participates / relative head with its owner', text: "가온랩스가 정예팀으로 참여하고 있는 과기정통부의 'AI 반도체 실증 사업'은 내년에 끝난다.", expect: ['PARTICIPATES_IN 가온랩스 -> AI 반도체 실증 사업'] },
  { cat: 'participates / relative head with its owner', text: "가온랩스가 정예팀으로 참여하고 있는 협회의 'AI 반도체 실증 사업'은 내년에 끝난다.", absent: ['PARTICIPATES_IN 가온랩스 -> AI 반도체 실증 사업'] },
  // BASED_ON
  { cat: 'based-on / written, basis then object', text: "업스테이지는 '솔라 프로2'를 바탕으로 병원 상담에 쓰일 의료 모델 '솔라 메디'를 만들었다.", expect: ['BASED_ON 솔라 메디 -> 솔라 프로2', 'DEVELOPED 업스테이지 -> 솔라 메디'] },
  { cat: 'based-on / topic model, basis before a comma clause', text: "'별빛-T'는 네이버클라우드가 공개한 '하이퍼클로바X 시드 8B'를 기반으로, 솔빛랩스가 모은 말뭉치를 추가 학습해 만들었다.", expect: ['BASED_ON 별빛-T -> 하이퍼클로바X 시드 8B', 'DEVELOPED 네이버클라우드 -> 하이퍼클로바X 시드 8B'], absent: ['DEVELOPED 네이버클라우드 -> 별빛-T'] },
  { cat: 'based-on / polite, relative head', text: "카카오는 카나나 2를 교사 모델로 삼아 증류 기법으로 만든 경량 모델 '카나나 2 나노'를 선보였습니다.", expect: ['BASED_ON 카나나 2 나노 -> 카나나 2', 'DEVELOPED 카카오 -> 카나나 2 나노'] },
  { cat: 'based-on / passive relative', text: "큐웬3를 기반으로 개발된 '카나나 2 나노'는 KMMLU에서 61.2점을 받았다.", expect: ['BASED_ON 카나나 2 나노 -> 큐웬3', 'SCORED 카나나 2 나노 -> KMMLU 61.2'] },
  { cat: 'based-on / denial reported: disputed', text: "'별빛-L'이 라마 3를 기반으로 만들어졌다는 의혹이 제기됐지만 회사는 이를 부인했다.", expect: ['BASED_ON 별빛-L -> 라마 3 disputed'] },
  { cat: 'based-on / negated', text: "'별빛-L'은 라마 3를 기반으로 만들지 않았다.", absent: ['BASED_ON 별빛-L -> 라마 3'] },
  { cat: 'based-on / comparison', text: "'별빛-L'은 라마 3를 기반으로 만든 모델보다 GPT-4o 대비 높은 점수를 냈다.", absent: ['BASED_ON 별빛-L -> 라마 3', 'BASED_ON 별빛-L -> GPT-4o'] },
  // SUCCEEDS
  { cat: 'succeeds / relative clause whose head noun is denied', text: "누리랩스의 '누리-K'는 회사의 기존 '누리 3.0'을 개량한 후속 모델이 아니라 새로 설계한 별도 계열이다.", absent: ['SUCCEEDS 누리-K -> 누리 3.0'] },
  { cat: 'succeeds / relative clause whose head noun is denied', text: "누리랩스의 '누리-K'는 기존 '누리 3.0'을 개선한 버전이 아니다.", absent: ['SUCCEEDS 누리-K -> 누리 3.0'] },
  { cat: 'succeeds / relative clause, head noun asserted', text: "누리랩스의 '누리-K'는 회사의 기존 '누리 3.0'을 개량한 후속 모델이다.", expect: ['SUCCEEDS 누리-K -> 누리 3.0'] },
  { cat: 'succeeds / relative upgrade', text: "코난테크놀로지는 기존 '코난 LLM ENT-11'을 개량한 'ENT-12'를 이달 내놨다.", expect: ['SUCCEEDS ENT-12 -> 코난 LLM ENT-11', 'DEVELOPED 코난테크놀로지 -> ENT-12'] },
  { cat: 'succeeds / possessive successor noun', text: "삼성전자는 '삼성 가우스2'의 후속인 '가우스3'를 공개했다.", expect: ['SUCCEEDS 가우스3 -> 삼성 가우스2'] },
  // DEVELOPED
  { cat: 'developed / topic through a method clause', text: "업스테이지는 '솔라 프로2'를 처음부터 자체 데이터로 학습하는 방식으로 개발해 공개했다.", expect: ['DEVELOPED 업스테이지 -> 솔라 프로2'] },
  { cat: 'developed / usage is not development', text: "SK텔레콤은 오픈AI의 GPT-4o를 활용해 상담 서비스를 출시했다.", absent: ['DEVELOPED SK텔레콤 -> GPT-4o'] },
  { cat: 'developed / training another company\'s model further is not making it', text: '가람소프트는 메타의 라마 3.1 8B를 가져와서 법률 데이터로 추가 사전학습을 했고, 그 위에 강화학습을 얹었다.', absent: ['DEVELOPED 가람소프트 -> 라마 3.1 8B'] },
  { cat: 'developed / its own model trained further is still its own', text: '가람소프트는 가람소프트의 가람 2를 법률 문서로 다시 학습시켜 공개했다.', absent: ['DEVELOPED 메타 -> 가람 2'] },
  { cat: 'developed / another company released it', text: "카카오는 오픈AI가 공개한 GPT-5를 카카오톡에 도입했다.", expect: ['DEVELOPED 오픈AI -> GPT-5'], absent: ['DEVELOPED 카카오 -> GPT-5'] },
  // PARTNERS_WITH
  { cat: 'partners / a consortium lead and its listed members (members among themselves: not read)', text: "업스테이지는 삼성SDS, 한국투자증권과 컨소시엄을 꾸려 실증사업에 지원했다.", expect: ['PARTNERS_WITH 업스테이지 -> 한국투자증권', 'PARTNERS_WITH 삼성SDS -> 업스테이지'], absent: ['PARTNERS_WITH 삼성SDS -> 한국투자증권'] },
  { cat: 'partners / co-building with a company', text: "업스테이지는 상담 데이터를 한국투자증권과 반년 동안 공동으로 구축했다.", expect: ['PARTNERS_WITH 업스테이지 -> 한국투자증권'] },
  { cat: 'partners / co-building with a company', text: "트릴리온랩스는 한결로보틱스와 제조 특화 평가셋을 공동 구축했습니다.", expect: ['PARTNERS_WITH 트릴리온랩스 -> 한결로보틱스'] },
  { cat: 'partners / co-building with a company', text: "한울AI는 삼성SDS와 추론 엔진을 공동으로 설계했다.", expect: ['PARTNERS_WITH 삼성SDS -> 한울AI'] },
  { cat: 'partners / co-building with a company, denied', text: "업스테이지는 한국투자증권과 데이터를 공동으로 구축하지 않았다.", absent: ['PARTNERS_WITH 업스테이지 -> 한국투자증권'] },
  { cat: 'partners / a bare 와 inside a relative clause', text: "법률 분야는 한울AI와 업스테이지가 꾸린 컨소시엄이 선정됐다.", expect: ['PARTNERS_WITH 업스테이지 -> 한울AI'] },
  { cat: 'partners / a clause after a comma and a new topic', text: "제조 분야는 트릴리온랩스가 한결로보틱스와 손잡은 컨소시엄이, 법률 분야는 한울AI와 업스테이지가 꾸린 컨소시엄이 각각 선정됐다.", expect: ['PARTNERS_WITH 트릴리온랩스 -> 한결로보틱스', 'PARTNERS_WITH 업스테이지 -> 한울AI'], absent: ['PARTNERS_WITH 한결로보틱스 -> 한울AI', 'PARTNERS_WITH 업스테이지 -> 한결로보틱스', 'PARTNERS_WITH 트릴리온랩스 -> 한울AI'] },
  { cat: 'developed / joint work is the main clause\'s, not a relative clause with its own subject', text: "코난테크놀로지 컨소시엄은 누리온시스템, 세종데이터랩과 함께 코난테크놀로지가 자체 개발한 '코난 LLM 4'를 민원 상담에 적용한다.", absent: ['DEVELOPED 누리온시스템 -> 코난 LLM 4', 'DEVELOPED 세종데이터랩 -> 코난 LLM 4'] },
  { cat: 'developed / the object of a distillation is the base', text: "코난테크놀로지는 딥시크의 추론 모델 'DeepSeek-R1'을 증류해 만든 기업용 모델 '코난 LLM ENT-12'를 선보였다.", expect: ['DEVELOPED 코난테크놀로지 -> 코난 LLM ENT-12'], absent: ['DEVELOPED 코난테크놀로지 -> DeepSeek-R1'] },
  // a base before a comma, then a distilled model as the object of a deriving verb that a making verb follows: both are bases, neither is built on the other
  { cat: 'based-on / a distilled object before a making verb is a base too', text: "'별빛-R 14B'는 '미스트랄 스몰 3'를 기반으로, 오픈AI의 'gpt-oss-120b'를 증류해서 만든 모델입니다.", expect: ['BASED_ON 별빛-R 14B -> 미스트랄 스몰 3'], absent: ['BASED_ON gpt-oss-120b -> 미스트랄 스몰 3'] },
  // (the object of a distillation that produces it stays the model made: "Y를 교사로 삼아 Z를 증류해 냈다")
  { cat: 'based-on / a distilled object before a making verb is a base too', text: "한빛랩은 자사 '한빛 70B'를 교사로 삼아 '한빛 3B'를 증류해 냈다.", expect: ['BASED_ON 한빛 3B -> 한빛 70B'] },
  { cat: 'developed / a plan', text: "KT는 이 모델을 연내 허깅페이스에 공개할 계획이다. 카카오는 '카나나 2'를 4분기에 출시할 예정입니다.", absent: ['DEVELOPED 카카오 -> 카나나 2'] },
  { cat: 'scored / a decimal score below one is read whole', text: "'솔라 프로2'는 '호랑이 리더보드'에서 종합 0.7197점을 받았다.", absent: ['SCORED 솔라 프로2 -> 호랑이 리더보드 197'] },
  { cat: 'partners / polite broadcast', text: "코난테크놀로지 컨소시엄은 제조 기업 에이치엠랩스와 손잡고 모델을 고도화합니다.", expect: ['PARTNERS_WITH 에이치엠랩스 -> 코난테크놀로지'] },
  { cat: 'partners / investment is not a partnership', text: "네이버는 업스테이지와 투자 계약을 맺었다.", absent: ['PARTNERS_WITH 네이버 -> 업스테이지'] },
  { cat: 'partners / supply is not a partnership', text: "업스테이지는 리벨리온과 NPU 공급 계약을 체결했다.", absent: ['PARTNERS_WITH 리벨리온 -> 업스테이지'] },
  { cat: 'partners / competitors', text: "네이버는 카카오와 경쟁하며 협력 가능성은 낮다고 밝혔다.", absent: ['PARTNERS_WITH 네이버 -> 카카오'] },
  // WORKS_FOR
  { cat: 'works-for / apposition with a former employer', text: "솔바람랩스는 이달 초 정하윤 전 네이버클라우드 AI 기술리더를 최고기술책임자(CTO)로 선임했습니다.", expect: ['WORKS_FOR 정하윤 -> 솔바람랩스'], absent: ['WORKS_FOR 정하윤 -> 네이버클라우드'] },
  { cat: 'works-for / promotion at a locative topic', text: "LG AI연구원에서는 한도윤 상무가 전무로 승진했다.", expect: ['WORKS_FOR 한도윤 -> LG AI연구원'] },
  { cat: 'works-for / a report denied in a later clause', text: "윤다은 대표는 파도AI를 세웠다고 알려졌지만 사실이 아니다.", absent: ['WORKS_FOR 윤다은 -> 파도AI'] },
  { cat: 'works-for / founder, written', text: "윤다은 대표는 2024년 파도AI를 세웠다.", expect: ['WORKS_FOR 윤다은 -> 파도AI'] },
  { cat: 'works-for / co-founder', text: "윤다은 대표는 한지석 최고기술책임자(CTO)와 함께 파도AI를 창업했다.", expect: ['WORKS_FOR 한지석 -> 파도AI'] },
  // SCORED
  { cat: 'scored / head noun between model and particle', text: "'솔라 프로2' 시범 버전은 KorMedMCQA에서 68.4점을 기록했다.", expect: ['SCORED 솔라 프로2 -> KorMedMCQA 68.4'] },
  // a bare number after the word for score ("점수 66.4를"), a benchmark's own head noun ("X 벤치마크에서"), and a benchmark with 에서는 as the place, not the topic
  { cat: 'scored / 점수 N을 with no 점', text: "'바람-S'는 코베스트에서 점수 64.7을 얻었다.", expect: ['SCORED 바람-S -> 코베스트 64.7'] },
  { cat: 'scored / 점수 N, a difference', text: "'바람-S'는 코베스트에서 전작보다 점수 3.5를 더 얻었다.", absent: ['SCORED 바람-S -> 코베스트'] },
  { cat: 'scored / benchmark head noun', text: "'바람-S'는 KMMLU 벤치마크에서 59.1점을 얻었다.", expect: ['SCORED 바람-S -> KMMLU 59.1'] },
  { cat: 'scored / 에서는 after a connective keeps the model', text: "'바람-S'는 KMMLU에서 59.1점을 냈고, 코베스트 벤치마크에서는 점수 64.7을 얻었다.", expect: ['SCORED 바람-S -> KMMLU 59.1', 'SCORED 바람-S -> 코베스트 64.7'] },
  { cat: 'scored / 에선 opening the sentence does not take the model before', text: "'바람-S'는 KMMLU에서 59.1점을 냈다. 코베스트에선 69.3점을 받았다.", absent: ['SCORED 바람-S -> 코베스트'] },
  // a passive's agent ("B에 의해 개발된 Z") opens its relative clause: the object before it is the main clause's
  { cat: 'developed / object before a passive relative clause', text: "가람소프트는 지난해 '별무리 1'을 다래테크에 의해 개발된 '다래-7B'를 토대로 만든 바 있다.", expect: ['DEVELOPED 가람소프트 -> 별무리 1', 'BASED_ON 별무리 1 -> 다래-7B'] },
  { cat: 'developed / object before a passive relative clause, negated', text: "가람소프트는 '별무리 1'을 다래테크에 의해 개발된 '다래-7B'를 토대로 만들지 않았다.", absent: ['DEVELOPED 가람소프트 -> 별무리 1', 'BASED_ON 별무리 1 -> 다래-7B'] },
  { cat: 'scored / out of, not a score', text: "'솔라 프로2'는 KMMLU에서 100점 만점에 81점을 받았다.", expect: ['SCORED 솔라 프로2 -> KMMLU 81'], absent: ['SCORED 솔라 프로2 -> KMMLU 100'] },
  // PARTICIPATES_IN
  { cat: 'participates / applied', text: "업스테이지는 '독자 AI 파운데이션 모델 프로젝트'에 지원했다.", expect: ['PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'participates / undecided', text: "업스테이지는 '독자 AI 파운데이션 모델 프로젝트' 참여 여부를 검토 중이다.", absent: ['PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a sentence with no subject of its own: the topic of the sentence before
  { cat: 'carried topic / topic-dropped derivation', text: "'카나나 2 비전'은 이날 함께 나왔다. 카나나 2를 바탕으로 시각 인코더를 붙여 추가 학습한 멀티모달 모델이다.", expect: ['BASED_ON 카나나 2 비전 -> 카나나 2'] },
  { cat: 'carried topic / topic-dropped hire, polite', text: "네이버는 AI 에이전트 센터를 새로 만들었습니다. 센터장에는 카카오에서 서비스 개발을 이끌었던 정민혁 전무를 영입했습니다.", expect: ['WORKS_FOR 정민혁 -> 네이버'], absent: ['WORKS_FOR 정민혁 -> 카카오'] },
  { cat: 'carried topic / a sentence with its own subject keeps it', text: "카카오는 '카나나 2'를 공개했다. 업스테이지가 '솔라 프로2'를 바탕으로 '솔라 메디'를 만들었다.", absent: ['DEVELOPED 카카오 -> 솔라 메디', 'BASED_ON 카나나 2 -> 솔라 프로2'] },
  { cat: 'carried topic / not past a sentence with a subject', text: "카카오는 '카나나 2'를 공개했다. 업스테이지가 실증에 나섰다. '솔라 프로2'를 바탕으로 '솔라 메디'를 만들었다.", absent: ['DEVELOPED 카카오 -> 솔라 메디'] },
  { cat: 'carried topic / past founders as the subject', text: "파도AI는 2021년 세워진 AI 기업이다. 윤다은 대표와 한지석 CTO가 공동으로 창업했다. 2023년에 첫 모델 '파도-1'을 공개했다.", expect: ['DEVELOPED 파도AI -> 파도-1'] },
  { cat: 'carried topic / past a relative clause\'s subject', text: "파도AI는 AI 기업이다. 지난해 다래테크가 주관하는 컨소시엄에 합류했다. 이어 '파도-2'를 공개했다.", expect: ['DEVELOPED 파도AI -> 파도-2'], absent: ['DEVELOPED 다래테크 -> 파도-2'] },
  { cat: 'carried topic / a pair with a model noun before the second', text: "파도AI는 AI 기업이다. 올해 '파도-3'과 경량 모델 '파도-3 미니'를 함께 발표했다.", expect: ['DEVELOPED 파도AI -> 파도-3', 'DEVELOPED 파도AI -> 파도-3 미니'] },
  { cat: 'carried topic / a base with the light verb ("Y를 바탕으로 했지만")', text: "다래테크는 '다래-2'를 공개했다. 후속인 '다래-2 플러스'는 올봄에 나왔다. 전작처럼 Qwen3-8B를 바탕으로 했지만 데이터를 늘렸다.", expect: ['BASED_ON 다래-2 플러스 -> Qwen3-8B'] },
  { cat: 'carried topic / a base with the light verb, negated', text: "후속인 '다래-2 플러스'는 올봄에 나왔다. Qwen3-8B를 바탕으로 하지 않았다.", absent: ['BASED_ON 다래-2 플러스 -> Qwen3-8B'] },
  { cat: 'carried topic / a teacher with 삼아 still reaches the making verb after it', text: "가온소프트는 '솔라 프로2'를 교사 모델로 삼아 지식 증류 방식으로 매개변수 80억 개 규모의 '가온-법률 8B'를 만들었다.", expect: ['BASED_ON 가온-법률 8B -> 솔라 프로2'] },
  { cat: 'participates / asked about, not stated', text: "업스테이지는 '독자 AI 파운데이션 모델 프로젝트'에 선정될지 관심이 쏠린다.", absent: ['PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'partners / a rumour denied', text: "업스테이지는 작은 회사다. 카카오와 손잡는다는 소문이 있었는데 사실이 아닙니다.", absent: ['PARTNERS_WITH 업스테이지 -> 카카오'] },
  // group fan-out
  { cat: 'participates / relative clause, list closed by 등, the programme as its noun', text: "업스테이지, 코난테크놀로지 등이 참여한 '공공 AI 실증 사업'이 마무리 단계에 들어섰다.", expect: ['PARTICIPATES_IN 업스테이지 -> 공공 AI 실증 사업', 'PARTICIPATES_IN 코난테크놀로지 -> 공공 AI 실증 사업'] },
  { cat: 'participates / relative clause negated', text: "업스테이지 등이 참여하지 않은 '공공 AI 실증 사업'이 마무리 단계에 들어섰다.", absent: ['PARTICIPATES_IN 업스테이지 -> 공공 AI 실증 사업'] },
  { cat: 'succeeds / 뒤를 잇는 after a possessive', text: "'솔라 프로3'는 업스테이지가 작년에 낸 '솔라 프로2'의 뒤를 잇는 모델입니다.", expect: ['SUCCEEDS 솔라 프로3 -> 솔라 프로2'] },
  { cat: 'succeeds / 뒤를 잇는, denied', text: "'솔라 프로3'는 '솔라 프로2'의 뒤를 잇는 모델이 아니다.", absent: ['SUCCEEDS 솔라 프로3 -> 솔라 프로2'] },
  { cat: 'fan-out / 두 회사 after a pair', text: "업스테이지와 솔빛랩스가 업무협약을 맺었다. 두 회사는 '솔라 프로2'를 바탕으로 의료 모델 '솔라 메디'를 함께 만든다.", expect: ['DEVELOPED 업스테이지 -> 솔라 메디', 'DEVELOPED 솔빛랩스 -> 솔라 메디', 'BASED_ON 솔라 메디 -> 솔라 프로2'] },
  { cat: 'fan-out / 세 모델 after a list of three', text: "LG AI연구원은 엑사원 4.0, 엑사원 4.0 32B, 엑사원 4.0 1.2B를 공개했다. 세 모델은 모두 큐웬3를 기반으로 만들었다.", expect: ['BASED_ON 엑사원 4.0 -> 큐웬3', 'BASED_ON 엑사원 4.0 32B -> 큐웬3', 'BASED_ON 엑사원 4.0 1.2B -> 큐웬3'] },
  { cat: 'fan-out / 세 모델, negated', text: "LG AI연구원은 엑사원 4.0, 엑사원 4.0 32B, 엑사원 4.0 1.2B를 공개했다. 세 모델은 모두 큐웬3를 기반으로 만들지 않았다.", absent: ['BASED_ON 엑사원 4.0 -> 큐웬3'] },
  { cat: 'fan-out / 이들 모델 take the last set', text: "업스테이지는 '솔라 미니'와 '솔라 에어'를 공개했다. 이들 모델은 '솔라 프로2'를 바탕으로 만들었다.", expect: ['BASED_ON 솔라 미니 -> 솔라 프로2', 'BASED_ON 솔라 에어 -> 솔라 프로2'] },
  { cat: 'fan-out / a group with no set of that size stays unread', text: "업스테이지는 '솔라 미니'를 공개했다. 두 모델은 '솔라 프로2'를 바탕으로 만들었다.", absent: ['BASED_ON 솔라 미니 -> 솔라 프로2'] },
  { cat: 'partners / 와는 as the with particle', text: "솔빛랩스는 자체 모델을 만든다. 업스테이지와는 추론 기술을 공동 개발하고 있다.", expect: ['PARTNERS_WITH 솔빛랩스 -> 업스테이지'] },
  { cat: 'partners / 과는 as the with particle', text: "솔빛랩스는 KT과는 상담 모델 분야에서 협력한다.", expect: ['PARTNERS_WITH KT -> 솔빛랩스'] },
  { cat: 'partners / 와는 달리 is a contrast', text: "솔빛랩스는 업스테이지와는 달리 자체 칩을 쓴다.", absent: ['PARTNERS_WITH 솔빛랩스 -> 업스테이지'] },
  { cat: 'fan-out / 두 모델 모두 with no particle is the topic', text: "업스테이지는 '솔라 미니'와 '솔라 에어'를 공개했다. 두 모델 모두 '솔라 프로2'를 바탕으로 만들었다.", expect: ['BASED_ON 솔라 미니 -> 솔라 프로2', 'BASED_ON 솔라 에어 -> 솔라 프로2'] },
  { cat: 'fan-out / 세 모델 모두 with no particle is the topic', text: "LG AI연구원은 엑사원 4.0, 엑사원 4.0 32B, 엑사원 4.0 1.2B를 공개했다. 세 모델 모두 큐웬3를 기반으로 학습했다.", expect: ['BASED_ON 엑사원 4.0 -> 큐웬3', 'BASED_ON 엑사원 4.0 32B -> 큐웬3', 'BASED_ON 엑사원 4.0 1.2B -> 큐웬3'] },
  { cat: 'fan-out / 두 모델 모두, negated', text: "업스테이지는 '솔라 미니'와 '솔라 에어'를 공개했다. 두 모델 모두 '솔라 프로2'를 바탕으로 만들지 않았다.", absent: ['BASED_ON 솔라 미니 -> 솔라 프로2', 'BASED_ON 솔라 에어 -> 솔라 프로2'] },
  // a progressive or perfect auxiliary after a connective verb heads a relative clause ("참여하고 있는 A", "참가해 온 A");
  // the main clause's own negation is not the relative clause's
  { cat: 'participates / progressive relative, negated main clause', text: "'해양 AI 실증 사업'에 참여하고 있는 가온소프트와 다래테크는 외산 모델을 쓰지 않기로 했다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다래테크 -> 해양 AI 실증 사업'] },
  { cat: 'participates / perfect relative', text: "'해양 AI 실증 사업'에 참가해 온 가온소프트는 올해 성과를 내지 못했다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  { cat: 'participates / progressive relative, negated itself', text: "'해양 AI 실증 사업'에 참여하고 있지 않은 가온소프트는 조건을 거부했다.", absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  // doing something together ("함께 개발했다", "공동으로 만들었다") with a partner, or as "두 회사" named before, is a partnership
  { cat: 'partners / co-developed with', text: '가온소프트는 다래테크와 지난해 상담 챗봇을 함께 개발했다.', expect: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  { cat: 'partners / co-developed, group subject', text: "가온소프트는 다래테크가 공개한 다래-3B를 기반으로 '가온-2'를 만들었다. 두 회사는 지난해 상담 챗봇을 함께 개발하기도 했다.", expect: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  { cat: 'partners / developed apart, group subject', text: '가온소프트와 다래테크는 경쟁 관계다. 두 회사는 각자 챗봇을 개발했다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  { cat: 'partners / co-development planned', text: '가온소프트는 다래테크와 챗봇을 함께 개발할 예정이다.', absent: ['PARTNERS_WITH 가온소프트 -> 다래테크'] },
  // a relative clause with no subject of its own is the last topic's before it, not an earlier clause's topic ("A는 …고, B는 Y를 공개한 뒤")
  { cat: 'developed / relative clause, last topic', text: "가온랩스는 금융 모델을 만든 데 이어 경량 모델까지 선보이며 속도를 내고 있고, 한빛랩스는 '한빛-21B'를 오픈소스로 공개한 뒤 후속 모델 개발에 들어갔다.", absent: ['DEVELOPED 가온랩스 -> 한빛-21B'] },
  { cat: 'developed / relative clause, last topic', text: "가온랩스는 '가온-9B'를 오픈소스로 공개한 뒤 후속 모델 개발에 들어갔다.", expect: ['DEVELOPED 가온랩스 -> 가온-9B'] },
  // a relative clause before a bound noun ("만든 데 이어", "공개한 뒤") modifies no model named after it: its object is its own
  { cat: 'developed / relative before a bound noun', text: "한빛랩스는 금융 모델 '누리 파이낸스'를 만든 데 이어, 누리 파이낸스를 다시 증류해 경량 모델까지 선보였다.", expect: ['DEVELOPED 한빛랩스 -> 누리 파이낸스'] },
  { cat: 'developed / relative before a bound noun', text: "한빛랩스는 상담 서비스를 개발한 뒤 다래테크의 '다래-3'를 도입했다.", absent: ['DEVELOPED 한빛랩스 -> 다래-3'] },
];

describe('clause pass: frames and group fan-out', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => {
    const got = read(row.text);
    for (const f of row.expect ?? []) expect(got, `${f}\n  got: ${got.join('\n       ')}`).toContain(f);
    for (const f of row.absent ?? []) expect(got.some((g) => g.startsWith(f)), `unexpected ${f}`).toBe(false);
  });
});
