/**
 * Generalisation rows: other words for the core relations — who made a model ("X는 Y의 작품이다",
 * "X 개발은 Y가 맡았다"), what it is built on ("Y를 밑바탕 삼아", "Y를 기본 골격으로 사용한다"), which
 * programme a company won ("'…사업'을 따냈다") — each with the forms that must not give the fact.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

/** The model is introduced without its maker, so each row's own sentence has to name it. */
const INTRO = "새 AI 모델 '솔바람-R'이 공개됐다. ";
const MADE = ['DEVELOPED 한빛소프트 -> 솔바람-R'];

const rows: FactRow[] = [
  // "A 팀의 경우 … 합류한 B가 정식 참여기관으로 등록을 마쳤습니다" (h102_06): a member registered as a participating body joins the team's programme
  {
    cat: 'consortium.registered-member',
    text: "과학기술정보통신부는 'AI 반도체 실증 사업' 2차 평가 결과를 발표했다. AI 반도체 실증 사업 2차 평가를 통과한 나래소프트, 한결테크 두 팀은 최종 모델을 제출한다. 한결테크가 이끄는 팀의 경우 최근 합류한 미르데이터가 정식 참여기관으로 등록됐다.",
    expect: ['PARTICIPATES_IN 미르데이터 -> AI 반도체 실증 사업', 'PARTNERS_WITH 한결테크 -> 미르데이터'],
  },
  // "지난 5월 NAME 제2차관께서 신설을 발표하신 'X'" (h102_06): the official who announced the programme promotes it
  {
    cat: 'promotes.announced-adnominal',
    text: "정부는 오늘 지난 5월 김하늘 제2차관께서 신설을 발표하신 '지역 AI 거점 사업'의 선정 결과를 공개했다.",
    expect: ['PROMOTES 김하늘 -> 지역 AI 거점 사업'],
  },
  // "X의 추론 과정을 증류(distillation)해 … 높인 경량 추론 모델 'Y'를" (h102_01): the model named after the distillation is built on X
  {
    cat: 'based-on.distilled-then-named',
    text: "누리랩스는 자사 모델 누리-32B의 사고 과정을 증류해 추론 비용을 낮춘 소형 모델 '누리-3B'를 공개했다.",
    expect: ['BASED_ON 누리-3B -> 누리-32B'],
  },
  // '"Y가 X의 후속은 아니다"' (h102_01): a successor denied with the topic particle gives no SUCCEEDS
  {
    cat: 'succeeds.denied-topic-particle',
    text: "한빛소프트는 새 모델 '솔바람-M'을 공개했다. 회사 측은 \"솔바람-M이 솔바람-L의 차기 버전은 아니다\"라고 설명했다.",
    absent: ['SUCCEEDS 솔바람-M -> 솔바람-L'],
  },
  // "KMMLU 기준으로는 58.2였다. 전작인 Y(49.7)보다 …, Z(64.9)와는 …" (h102_02): a subjectless score on a named basis is the focus model's; bare scores in parentheses go on with that benchmark
  {
    cat: 'scored.basis-copula-then-parens',
    text: "다온랩스는 새 모델 '다온-9B'를 공개했다. 다온-9B는 90억 개 매개변수 모델이다. 해례벤치 기준으로는 71.4였다. 이전 모델 다온-5B(63.0)보다 높았지만, 가람-7(75.2)에는 못 미쳤다.",
    expect: ['SCORED 다온-9B -> 해례벤치', 'SCORED 다온-5B -> 해례벤치', 'SCORED 가람-7 -> 해례벤치'],
  },
  // an earnings call (h102_05): "Head of Investor Relations", "our Data Lab" name units of the speaker's company; "Second, the …" opens a point
  {
    cat: 'english.units-not-companies',
    text: "Welcome to Norae Labs' second quarter earnings call. I will now turn the call over to Ms. Hana Yoon, Head of Investor Relations. Thank you. Mina Cho, who runs our Speech Lab, will join us. Revenue from our Cloud AI subscriptions grew 20%. Second, the national programme, where we supply data.",
    noNodes: ['Company:Investor Relations', 'Company:Speech Lab', 'Company:Cloud AI', 'Policy:Second'],
  },
  // "A와 B가 함께 구성한 컨소시엄은 … 'X'를, 로봇 스타트업 C는 … 'Y'를 개발합니다" (h102_06): gapped clauses with described objects, the team's first company the first subject
  {
    cat: 'developed.gapped-described',
    text: "올해 지원 대상으로 두 팀이 뽑혔다. 한결테크와 미르데이터가 함께 구성한 컨소시엄은 물류 특화 모델 '미르-L'을, 드론 스타트업 하늘비전은 항공 영상용 모델 '하늘-V'를 개발한다.",
    expect: ['DEVELOPED 한결테크 -> 미르-L', 'DEVELOPED 하늘비전 -> 하늘-V'],
    absent: ['DEVELOPED 하늘비전 -> 미르-L', 'DEVELOPED 한결테크 -> 하늘-V'],
  },
  // a briefing's "- (질문) A는 X에 신청했나." (h102_06): a yes-no question asked states nothing
  {
    cat: 'question.briefing-yes-no',
    text: "과학기술정보통신부는 'AI 반도체 실증 사업' 선정 결과를 발표했다.\n\n- (질문) 지난해 탈락한 나래소프트는 AI 반도체 실증 사업에 다시 참여했나.\n\n▶ (답변) 이민수 과장 = 개별 기업에 대해서는 말씀드리기 어렵습니다.",
    absent: ['PARTICIPATES_IN 나래소프트 -> AI 반도체 실증 사업'],
  },
  // "다음은 재도전 트랙입니다. … 2개 팀을 선정했습니다. A와 B가 함께 구성한 컨소시엄은 …" (h102_06): a programme's last two words stand for it, and the team formed is in it
  {
    cat: 'programme.tail-reference',
    text: "과학기술정보통신부는 'AI 반도체 실증 사업' 2차 평가 계획과 '로봇 AI 특화 트랙' 선정 결과를 발표했다. 먼저 실증 사업입니다. 2차 평가를 통과한 나래소프트 팀은 내년 초까지 최종 모델을 냅니다. 다음은 특화 트랙입니다. 공모에는 5개 팀이 신청했고, 심사를 거쳐 1개 팀을 선정했습니다. 한결테크와 미르데이터가 함께 구성한 컨소시엄은 물류 로봇용 모델을 개발합니다.",
    expect: ['PARTICIPATES_IN 한결테크 -> 로봇 AI 특화 트랙', 'PARTICIPATES_IN 미르데이터 -> 로봇 AI 특화 트랙'],
  },
  // "… 함께 구성한 컨소시엄은 'X'를, 로봇 스타트업 C는 'Y'를 개발합니다" (h102_06): the gapped clause's topic is another team selected
  {
    cat: 'programme.gapped-second-team',
    text: "과학기술정보통신부는 '로봇 AI 특화 트랙' 선정 결과를 발표했다. 공모에는 6개 팀이 신청했고, 심사를 거쳐 2개 팀을 선정했습니다. 한결테크와 미르데이터가 함께 구성한 컨소시엄은 물류 모델 '미르-L'을, 드론 스타트업 하늘비전은 항공 영상 모델 '하늘-V'를 개발합니다.",
    expect: ['PARTICIPATES_IN 하늘비전 -> 로봇 AI 특화 트랙', 'PARTICIPATES_IN 한결테크 -> 로봇 AI 특화 트랙'],
    absent: ['PARTICIPATES_IN 한결테크 -> AI 반도체 실증 사업', 'PARTICIPATES_IN 미르데이터 -> AI 반도체 실증 사업'],
  },
  // "the two companies will co-develop X-K, a … model" (h99_05): the partnership's pair develops the market edition a model noun names
  {
    cat: 'developed.pair-co-develop-edition',
    text: 'Kakao has formed a partnership with Naver Cloud. Under the deal, the two companies will co-develop Vela-J, a Japanese-language customer service model.',
    expect: ['DEVELOPED Kakao -> Vela-J', 'DEVELOPED Naver Cloud -> Vela-J'],
    nodes: ['Model:Vela-J'],
  },
  { cat: 'developed.pair-co-develop-edition', text: "Kakao's Vela-J team met Naver Cloud in Seoul.", noNodes: ['Model:Vela-J'] },
  // "In internal evaluations …, X scored …" (h100_04), "a prototype of X scored …" (h99_05): the English sentence's scoring subject is the focus the next sentence's "it" / "the prototype" means
  {
    cat: 'focus.english-scored-subject',
    text: 'Norae Labs released Norae-8. In a blind test, a preview of Norae-8 Mini scored 55.0 on KMMLU. On HAE-RAE Bench the prototype recorded 61.2.',
    expect: ['SCORED Norae-8 Mini -> HAE-RAE Bench'],
    absent: ['SCORED Norae-8 -> HAE-RAE Bench'],
  },
  // "K-휴먼이벨에서는 71.5점" (h100_05): a Latin edition prefix before a known test set's name makes another test set, its own node
  {
    cat: 'benchmark.edition-prefix',
    text: "노래랩스는 새 모델 '노래-8'을 공개했다. 노래-8은 아레나하드(Arena-Hard)에서 60.2점, 한국어판 K-아레나하드에서는 55.0점을 받았다. 경쟁 모델 가온-7은 K-아레나하드 51.0점이었다.",
    expect: ['SCORED 노래-8 -> 아레나하드', 'SCORED 노래-8 -> K-아레나하드', 'SCORED 가온-7 -> K-아레나하드'],
    absent: ['SCORED 가온-7 -> 아레나하드'],
    nodes: ['Benchmark:K-아레나하드'],
  },
  // a table's sized Latin name and the prose's Hangul name, versioned alike (h100_02 'Oreum-V2-34B' / '오름-V2'): one model, when it is the only size
  {
    cat: 'names.sized-latin-row',
    text: "스타트업 다솜랩스가 새 모델 '다솜-V3'를 공개했다. 다솜-V3는 업스테이지의 솔라 프로2를 기반으로 만든 모델이다.\n\n모델 | 개발사 | 파라미터 | KMMLU\nDasom-V3-12B | 다솜랩스 | 12B | 60.1\nSolar Pro 2 | 업스테이지 | 31B | 64.2",
    expect: ['SCORED 다솜-V3 -> KMMLU', 'BASED_ON 다솜-V3 -> 솔라 프로2'],
    sameNode: ['다솜-V3=Dasom-V3-12B'],
    noNodes: ['Model:V3-12B', 'Model:Dasom-V3-12B'],
  },
  {
    cat: 'names.sized-latin-row',
    text: "스타트업 다솜랩스가 새 모델 '다솜-V3'를 공개했다.\n\n모델 | 개발사 | KMMLU\nDasom-V3-12B | 다솜랩스 | 60.1\nDasom-V3-30B | 다솜랩스 | 66.0",
    nodes: ['Model:Dasom-V3-12B', 'Model:Dasom-V3-30B', 'Model:다솜-V3'],
  },
  // "KT Corp. has been working with …" (h99_05): the legal suffix the page prints is one more name of the listed company
  { cat: 'names.legal-suffix', text: 'KT Corp. has been working with Microsoft Corp. on Korean-language models since 2024.', expect: ['PARTNERS_WITH KT Corp. -> Microsoft Corp.'] },
  // the article's own finding answers a claim about a model's base (h100_02): the denied base goes, the one it states stays
  {
    cat: 'claim.answered-by-stated-base',
    text: "새 AI 모델 '솔바람-R'이 공개됐다. 온라인에서 돈 '솔바람-R이 딥시크 R1을 기반으로 한 모델'이라는 주장은 사실이 아닙니다. 검증 결과 솔바람-R의 기반 모델은 큐웬3로 확인됐습니다.",
    expect: ['BASED_ON 솔바람-R -> 큐웬3'],
    absent: ['BASED_ON 솔바람-R -> 딥시크 R1'],
  },
  {
    cat: 'claim.answered-by-stated-base',
    text: "새 AI 모델 '솔바람-R'이 공개됐다. 온라인에서 돈 '솔바람-R이 딥시크 R1을 기반으로 한 모델'이라는 주장은 사실이 아닙니다.",
    expect: ['BASED_ON 솔바람-R -> 딥시크 R1'],
    edgeProps: ['BASED_ON 솔바람-R -> 딥시크 R1 status=disputed'],
  },
  // an allegation its accuser withdrew states no base; one left standing is still read (as disputed)
  {
    cat: 'claim.withdrawn-allegation',
    text: "한 개발자가 솔바람-R이 딥시크 R1을 기반으로 만든 모델이라는 의혹을 제기했다. 한빛소프트는 학습 기록을 공개했다. 의혹을 제기한 개발자는 이튿날 사과했다.",
    absent: ['BASED_ON 솔바람-R -> 딥시크 R1'],
  },
  {
    cat: 'claim.withdrawn-allegation',
    text: "A blogger alleged that Solbaram-R had been derived from DeepSeek R1. The accuser later apologized after seeing the logs.",
    absent: ['BASED_ON Solbaram-R -> DeepSeek R1'],
  },
  {
    cat: 'claim.withdrawn-allegation',
    text: "한 개발자가 솔바람-R이 딥시크 R1을 기반으로 만든 모델이라는 의혹을 제기했다. 한빛소프트는 아직 답하지 않았다.",
    expect: ['BASED_ON 솔바람-R -> 딥시크 R1'],
  },
  // an allegation the sentence opens with governs the claim after it, with or without "that"
  {
    cat: 'claim.alleged-before',
    text: "Tidewell Labs released Kestrel-4 in 2025. One forum user alleged Kestrel-4 was derived from Mistral 7B, citing similar weight norms; the audit found nothing.",
    absent: ['BASED_ON Kestrel-4 -> Mistral 7B'],
  },
  // "which was a Y fine-tune": the base named before the noun; denied ("not a Y fine-tune") gives nothing
  {
    cat: 'based-on.en-noun-fine-tune',
    text: "Tidewell Labs released Kestrel-4 and Kestrel-4 Lite in 2025. Kestrel-4 Lite, shipped for phones, was essentially a Gemma 2 9B fine-tune with extra legal data.",
    expect: ['BASED_ON Kestrel-4 Lite -> Gemma 2 9B'],
  },
  {
    cat: 'based-on.en-noun-fine-tune',
    text: "Tidewell Labs released Kestrel-4 in 2025. Kestrel-4 is not a Gemma 2 9B fine-tune.",
    absent: ['BASED_ON Kestrel-4 -> Gemma 2 9B'],
  },
  // "X's CEO NAME": the possessive before a capitalised role, like "X CEO NAME"
  { cat: 'works-for.en-possessive-title-name', text: "Tidewell Labs released Kestrel-4 in May. Tidewell Labs's CTO Moon Ha-rin told reporters the next model is due in autumn.", expect: ['WORKS_FOR Moon Ha-rin -> Tidewell Labs'] },
  // "X isn't doing it alone. The consortium includes A and B": the consortium of the company the sentence before is about
  {
    cat: 'partners.en-the-consortium',
    text: "Tidewell Labs released Kestrel-4 in May. Tidewell Labs isn't building the next one alone. The consortium includes Krafton and FuriosaAI for the chip work.",
    expect: ['PARTNERS_WITH Tidewell Labs -> Krafton', 'PARTNERS_WITH Tidewell Labs -> FuriosaAI'],
  },
  // a colon introducing the selected teams as list items ("N teams advance to … of X:"), and a "Dropped …:" line of the same list
  {
    cat: 'participates.en-roster-item',
    text: "Regional model round\n\nThe ministry spoke on Tuesday. Four teams have advanced to the second round of the Sovereign AI Foundation Model Project:\n\n- Kakao with Kanana-3 (a 32B dense model trained in-house)\n\n- Krafton's consortium with its vision model\n\nEliminated in this round: FuriosaAI.\n\nNaver Cloud has not said what it will do next.",
    expect: ['PARTICIPATES_IN Kakao -> Sovereign AI Foundation Model Project', 'PARTICIPATES_IN Krafton -> Sovereign AI Foundation Model Project', 'PARTICIPATES_IN FuriosaAI -> Sovereign AI Foundation Model Project'],
    absent: ['PARTICIPATES_IN Naver Cloud -> Sovereign AI Foundation Model Project'],
  },
  {
    cat: 'participates.en-roster-item',
    text: "Regional model round\n\nThe ministry spoke on Tuesday. Questions remain about the Sovereign AI Foundation Model Project:\n\n- Kakao with Kanana-3 (a 32B dense model trained in-house)\n\n- Krafton with its vision model for phones",
    absent: ['PARTICIPATES_IN Kakao -> Sovereign AI Foundation Model Project', 'PARTICIPATES_IN Krafton -> Sovereign AI Foundation Model Project'],
  },
  // a director-general "at the Ministry of Science and ICT" speaking of the one programme promotes it (not one of another ministry)
  {
    cat: 'promotes.en-director-science-ministry',
    text: "Finalists named\n\nThe Sovereign AI Foundation Model Project named its finalists. Kakao is one of them.\n\nChoi Ga-eun, the director-general for AI policy at the Ministry of Science and ICT, said the last round ends in March.",
    expect: ['PROMOTES Choi Ga-eun -> Sovereign AI Foundation Model Project'],
  },
  {
    cat: 'promotes.en-director-science-ministry',
    text: "Finalists named\n\nThe Sovereign AI Foundation Model Project named its finalists. Kakao is one of them.\n\nChoi Ga-eun, the director-general for welfare at the Ministry of Health, said hospitals will test the models.",
    absent: ['PROMOTES Choi Ga-eun -> Sovereign AI Foundation Model Project'],
  },
  // a company confirming it joins, the programme named a few sentences before ("X가 참여를 확정했다"); weighing it or declining gives nothing
  { cat: 'clause.participates.context-programme', text: "산업통상자원부가 '온디바이스 AI 칩 검증 사업' 신청을 받는다. 예산은 120억 원 규모다. 설계 업체 중에서는 한빛소프트가 가장 먼저 참여를 확정했다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 온디바이스 AI 칩 검증 사업'] },
  { cat: 'clause.participates.context-programme', text: "산업통상자원부가 '온디바이스 AI 칩 검증 사업' 신청을 받는다. 한빛소프트는 참여를 확정하지 않았다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 온디바이스 AI 칩 검증 사업'] },
  { cat: 'clause.participates.context-programme', text: "산업통상자원부가 '온디바이스 AI 칩 검증 사업' 신청을 받는다. 한빛소프트는 참여 여부를 아직 고민하고 있다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 온디바이스 AI 칩 검증 사업'] },
  // a subject-less sentence ending on what a model is, after a variant word as the topic ("라이트는 …. Y를 토대로, T가 만든 풀이를 증류한 모델이다"): both bases; a model object after the comma is no head
  {
    cat: 'based-on.giban-comma-head',
    text: "솔빛데이터가 '누리온-5 맥스'와 '누리온-5 라이트'를 내놨다. 라이트는 접근이 다르다. 구글의 '젬마 3 12B'를 토대로, 누리온-5 맥스가 만든 풀이를 추가 학습해 증류한 경량 모델이다.",
    expect: ['BASED_ON 누리온-5 라이트 -> 젬마 3 12B', 'BASED_ON 누리온-5 라이트 -> 누리온-5 맥스'],
  },
  { cat: 'based-on.giban-comma-head', text: "누리온-5는 '젬마 3 12B'를 토대로, 라마 3.1 8B를 증류해 만든 모델이다.", absent: ['BASED_ON 라마 3.1 8B -> 젬마 3 12B'] },
  // a writer's colleague named with an in-house post in the clause after "우리 CTO인 NAME" works at the writer's company too
  { cat: 'works-for.our-colleague-next-clause', text: '나는 물류 스타트업 한빛소프트에서 백엔드 개발자로 일한다. 우리 CTO인 박지훈 님은 "속도가 먼저"라는 입장이고, 이수아 플랫폼팀장은 "안정성이 먼저"라는 입장이다.', expect: ['WORKS_FOR 이수아 -> 한빛소프트'] },
  { cat: 'works-for.our-colleague-next-clause', text: '나는 물류 스타트업 한빛소프트에서 백엔드 개발자로 일한다. 우리 CTO인 박지훈 님은 "속도가 먼저"라는 입장이고, 이수아 교수는 "안정성이 먼저"라는 입장이다.', absent: ['WORKS_FOR 이수아 -> 한빛소프트'] },
  // a securities firm's analyst or researcher introduced on a call ("X증권 NAME 애널리스트입니다", "(X증권 NAME 연구원)") is a person at the firm
  { cat: 'works-for.company-name-title', text: '사회자: 다음 질문은 삼성증권 오하람 애널리스트입니다.', nodes: ['Person:오하람'], expect: ['WORKS_FOR 오하람 -> 삼성증권'] },
  { cat: 'person.company-staff', text: '질문자 (삼성증권 오하람 연구원): 올해 매출 목표를 알려 주세요.', nodes: ['Person:오하람'] },
  // the size a name carries, set against the count stated ("이름은 70B지만 실제로는 720억 개"): the stated count wins
  { cat: 'property.parameters', text: "한빛소프트가 '누리온 70B'를 내놨다. 모델명은 70B지만 실제 파라미터 수는 720억 개다.", props: ['누리온 70B=parameters:72000000000'] },
  // the interior ministry's government-wide AI platform programme, named with or without 사업 and 초거대
  // a sentence opening on a time topic with no subject ('2024년에는 …'), applying to a programme's call in a role: the company just spoken of
  { cat: 'participates.omitted-subject-applied', text: "가온랩스는 한국어 모델 '가온 3'를 개발했다. 2024년에는 정부의 독자 AI 파운데이션 모델 프로젝트 2차 공모에 참여기업으로 지원했으나 결과는 아직 나오지 않았다.", expect: ['PARTICIPATES_IN 가온랩스 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a company's consortium "ahead of" the programme's next evaluation is in the programme
  { cat: 'participates.consortium-ahead-of-stage', text: "솔트룩스가 새 모델 '루나-3'을 공개했다. 루나-3는 'K-클라우드 실증 사업' 최종 심사를 앞두고 솔트룩스 컨소시엄이 준비한 주력 모델이다.", expect: ['PARTICIPATES_IN 솔트룩스 -> K-클라우드 실증 사업'] },
  { cat: 'participates.consortium-ahead-of-stage', text: "솔트룩스가 새 모델 '루나-3'을 공개했다. 루나-3는 'K-클라우드 실증 사업' 최종 심사를 앞두고 솔트룩스 컨소시엄이 참여할지 검토하는 모델이다.", absent: ['PARTICIPATES_IN 솔트룩스 -> K-클라우드 실증 사업'] },
  { cat: 'participates.subject', text: "솔빛데이터는 지난달 행정안전부 '범정부 AI 공통기반' 사업의 사업자로 선정됐다.", expect: ['PARTICIPATES_IN 솔빛데이터 -> 범정부 AI 공통기반'] },
  { cat: 'participates.subject', text: '솔빛데이터는 범정부 초거대 AI 공통기반 구현 사업에 참여한다.', expect: ['PARTICIPATES_IN 솔빛데이터 -> 범정부 AI 공통기반'] },
  // a round's outcome told after the programme is named, the programme left out ("A, B 이렇게 두 곳이 3차에 진출했다", "That left … into the final round", "X did not make the cut")
  { cat: 'participates.stage-reached-counted', text: "정부는 '지역 AI 거점 사업' 2차 심사를 마쳤다. 한빛소프트, 가온랩스 이렇게 두 곳이 3차에 진출했다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'] },
  { cat: 'participates.stage-reached-counted', text: "한빛소프트, 가온랩스 이렇게 두 곳이 3차에 진출했다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업'] },
  // a programme's selected teams walked through after a cue ("선정된 기업들을 살펴보면 …"): each subject company and the partner it joins
  { cat: 'participates.selected-roster', text: "행정안전부는 '지역 AI 거점 사업' 수행 기업 5곳을 뽑았다. 선정된 기업들을 살펴보면 규모가 다양하다. 한빛소프트는 가온랩스와 함께 민원 안내 챗봇을 구축한다. 영상 분석 전문 기업 솔빛데이터는 하천 감시를 맡는다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 솔빛데이터 -> 지역 AI 거점 사업'] },
  { cat: 'participates.selected-roster', text: "행정안전부는 '지역 AI 거점 사업' 수행 기업 5곳을 뽑았다. 선정된 기업들을 살펴보면 규모가 다양하다. 날씨는 맑았다. 한빛소프트는 민원 안내 챗봇을 구축한다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업'] },
  { cat: 'participates.selected-roster', text: "행정안전부는 '지역 AI 거점 사업' 수행 기업 5곳을 뽑았다. 선정된 기업들을 살펴보면 규모가 다양하다. 한빛소프트는 이번 공모에 지원하지 않았다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업'] },
  { cat: 'participates.en-teams-left', text: 'The ministry scored the proposals for its Independent AI Foundation Model Project last week. The review left two teams — Kakao and Upstage — in the final round.', expect: ['PARTICIPATES_IN Kakao -> Independent AI Foundation Model Project', 'PARTICIPATES_IN Upstage -> Independent AI Foundation Model Project'] },
  { cat: 'participates.en-cut', text: 'The ministry scored the proposals for its Independent AI Foundation Model Project last week. Kakao, the messenger operator, did not make the cut.', expect: ['PARTICIPATES_IN Kakao -> Independent AI Foundation Model Project'] },
  // a quoted base with its other spelling in parentheses before an object particle ("'Y'(Y')을 기반으로")
  { cat: 'based-on.giban-topic', text: `${INTRO}솔바람-R은 '큐웬 3 14B'(Qwen3 14B)를 기반으로 한다.`, expect: ['BASED_ON 솔바람-R -> 큐웬 3 14B'] },
  { cat: 'based-on.giban-topic', text: `${INTRO}솔바람-R은 '큐웬 3 14B'(Qwen3 14B)를 기반으로 하지 않았다.`, absent: ['BASED_ON 솔바람-R -> 큐웬 3 14B'] },
  // a bare version with 버전 in a succession sentence stands for the family's model ("2.0 버전이 Y를 기반으로 했던")
  {
    cat: 'based-on.giban-topic',
    text: "새 모델은 전작 '누리온 2.0'의 후속 모델로, 2.0 버전이 '라마 3.1'을 기반으로 했던 것과 달리 이번에는 자체 개발했다.",
    expect: ['BASED_ON 누리온 2.0 -> 라마 3.1'],
  },
  // a relative clause asked about through its head noun's copula ("…와 제휴한 곳인가요?") states nothing; stated, it does
  { cat: 'clause.partners.with', text: 'Q. 한빛소프트는 노을랩스와 협력하는 회사인가요?', absent: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'clause.partners.with', text: '한빛소프트는 노을랩스와 협력하는 회사다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  // the model is the company's work: a possessor before a word for a work, or a maker's relative clause before it
  { cat: 'developed.topic-possessor-work', text: `${INTRO}'솔바람-R'은 한빛소프트의 작품이다.`, expect: MADE },
  { cat: 'developed.topic-possessor-work', text: `${INTRO}솔바람-R은 한빛소프트 연구진의 첫 작품으로, 추론에 강하다.`, expect: MADE },
  { cat: 'developed.topic-possessor-work', text: `${INTRO}솔바람-R은 한빛소프트의 작품이 아니다.`, absent: MADE },
  { cat: 'developed.topic-made-by-copula', text: `${INTRO}'솔바람-R'은 한빛소프트가 내놓은 야심작이다.`, expect: MADE },
  { cat: 'developed.topic-made-by-copula', text: `${INTRO}솔바람-R은 한빛소프트가 2년간 공들여 만든 결과물이다.`, expect: MADE },
  // a model's base told as its possessed noun, never the other way round
  { cat: 'based-on.base-model-of', text: "'솔바람-R'의 기반은 큐웬3-8B다.", expect: ['BASED_ON 솔바람-R -> 큐웬3-8B'], absent: ['BASED_ON 큐웬3-8B -> 솔바람-R'] },
  { cat: 'based-on.base-model-of', text: "'솔바람-R'의 기반 모델은 큐웬3-8B다.", expect: ['BASED_ON 솔바람-R -> 큐웬3-8B'], absent: ['BASED_ON 큐웬3-8B -> 솔바람-R'] },
  { cat: 'based-on.base-model-of', text: "'솔바람-R'의 바탕은 큐웬3-8B가 아니다.", absent: ['BASED_ON 솔바람-R -> 큐웬3-8B', 'BASED_ON 큐웬3-8B -> 솔바람-R'] },
  { cat: 'based-on.giban-head', text: "한빛소프트는 큐웬3-8B의 토대 위에서 '솔바람-R'을 학습했다.", expect: ['BASED_ON 솔바람-R -> 큐웬3-8B'] },
  { cat: 'developed.topic-made-by-copula', text: `${INTRO}솔바람-R(SOLBARAM-R)은 한빛소프트가 처음 내놓은 70억 매개변수 규모의 추론 모델이다.`, expect: MADE },
  // who the developer is, told in a copula either way round
  { cat: 'developed.developer-copula', text: `${INTRO}솔바람-R의 개발 주체는 한빛소프트다.`, expect: MADE },
  { cat: 'developed.developer-copula', text: `${INTRO}솔바람-R의 개발사는 한빛소프트가 아니라 노을랩스다.`, absent: MADE },
  { cat: 'developed.is-developer-of', text: `${INTRO}한빛소프트는 솔바람-R의 개발사다.`, expect: MADE },
  { cat: 'developed.is-developer-of', text: `${INTRO}한빛소프트는 솔바람-R의 개발사가 아니다.`, absent: MADE },
  // the development as a task someone took on
  { cat: 'developed.development-taken-by', text: `${INTRO}솔바람-R 개발은 한빛소프트가 맡았다.`, expect: MADE },
  { cat: 'developed.development-taken-by', text: `${INTRO}솔바람-R 개발은 한빛소프트가 맡지 않았다.`, absent: MADE },
  { cat: 'developed.development-taken-by', text: `${INTRO}솔바람-R 개발을 한빛소프트가 주도했다는 소문이 돌았다.`, absent: MADE },
  { cat: 'developed.led-development-of', text: `${INTRO}한빛소프트 AI연구소가 개발을 주도한 솔바람-R은 추론에 강하다.`, expect: MADE },
  // born in the company's hands, with or without 의
  { cat: 'developed.born-at', text: `${INTRO}솔바람-R은 한빛소프트 손에서 탄생했다.`, expect: MADE },
  // the model as the topic, the maker as the subject of a making verb ("X는 Y가 개발했다")
  { cat: 'clause.developed.topic-object', text: `${INTRO}솔바람-R은 한빛소프트가 직접 설계·학습했다.`, expect: MADE },
  { cat: 'clause.developed.topic-object', text: `${INTRO}솔바람-R은 한빛소프트가 개발할 예정이다.`, absent: MADE },
  { cat: 'clause.developed.topic-object', text: `${INTRO}솔바람-R은 한빛소프트가 도입했다.`, absent: MADE },
  { cat: 'clause.developed.topic-object', text: `${INTRO}솔바람-R은 한빛소프트가 만들었을 가능성이 크다.`, absent: MADE },
  // a base: "삼아" after the base word, a base word after a qualifier, a base the model uses or was chosen
  { cat: 'clause.based-on.basis', text: `${INTRO}솔바람-R은 딥시크 R1을 밑바탕 삼아 만들어졌다.`, expect: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  { cat: 'clause.based-on.basis', text: `${INTRO}솔바람-R은 딥시크 R1을 기본 골격으로 사용한다.`, expect: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  { cat: 'clause.based-on.basis', text: `${INTRO}솔바람-R은 딥시크 R1을 교사 모델로 활용했다.`, expect: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  {
    cat: 'clause.based-on.basis',
    text: `${INTRO}솔바람-R은 라마 3 대신 딥시크 R1을 바탕 모델로 골랐다.`,
    expect: ['BASED_ON 솔바람-R -> 딥시크 R1'],
    absent: ['BASED_ON 솔바람-R -> 라마 3'],
  },
  { cat: 'clause.based-on.basis', text: `${INTRO}솔바람-R은 딥시크 R1을 기반으로 쓰지 않았다.`, absent: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  // a programme won ("따냈다", "수주했다"): the programme is what was won, not one named before "에 이어"
  { cat: 'clause.participates.won', text: "한빛소프트 컨소시엄은 'AI 반도체 실증 사업'을 따냈다.", expect: ['PARTICIPATES_IN 한빛소프트 -> AI 반도체 실증 사업'] },
  { cat: 'clause.participates.won', text: "한빛소프트는 'AI 반도체 실증 사업'을 수주했다.", expect: ['PARTICIPATES_IN 한빛소프트 -> AI 반도체 실증 사업'] },
  { cat: 'clause.participates.won', text: "한빛소프트는 'AI 반도체 실증 사업'을 수주하지 못했다.", absent: ['PARTICIPATES_IN 한빛소프트 -> AI 반도체 실증 사업'] },
  {
    cat: 'clause.participates.won',
    text: "한빛소프트는 지난해 'AI 반도체 실증 사업'에 이어 올해도 정부 과제를 따냈다.",
    absent: ['PARTICIPATES_IN 한빛소프트 -> AI 반도체 실증 사업'],
  },
  // a programme whose quoted name opens on another programme's short name ("'K-AI …' 프로그램") is a programme of its own
  { cat: 'discover.quoted-programme', text: '과학기술정보통신부가 ‘K-AI 청년 인재 아카데미’ 프로그램 2기 참여기업 15곳을 확정했다. 가온랩스 등이 이름을 올렸다.', expect: ['PARTICIPATES_IN 가온랩스 -> K-AI 청년 인재 아카데미'], absent: ['PARTICIPATES_IN 가온랩스 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a numbered item titled by a maker and its quoted model alone ("2. X ‘Y’"): the lines under it are about that model
  { cat: 'focus.item-maker-model', text: '사내 검색용 모델 추천\n\n1. 카카오 ‘카나나 1.5 8B’\n\n문서 요약이 가장 안정적입니다. 긴 문맥도 잘 처리합니다.\n\n2. 업스테이지 ‘솔라 프로 2’\n\n메타의 라마 3.1 8B를 기반으로 한국어 데이터를 추가 학습한 모델이고, 상업적 이용이 가능합니다.', expect: ['BASED_ON 솔라 프로 2 -> 라마 3.1 8B'], absent: ['BASED_ON 카나나 1.5 8B -> 라마 3.1 8B'] },
  // the companies a programme listed ("X에 이름을 올린 곳은 A, B, C 등 5곳이다")
  {
    cat: 'participates.adnominal',
    text: "'AI 반도체 실증 사업'에 이름을 올린 곳은 한빛소프트, 노을랩스 등 5곳이다.",
    expect: ['PARTICIPATES_IN 한빛소프트 -> AI 반도체 실증 사업', 'PARTICIPATES_IN 노을랩스 -> AI 반도체 실증 사업'],
  },
  // a headline pairing two companies with a mark ("A·B 맞손", "A-B, … 동맹 결성"); not a rumour denied, not a contest
  // a stake with the agreement said to be missing: "양사 간 … 계약은 확인되지 않는다" takes back the partnership
  { cat: 'partners.unmade-agreement', text: 'KT는 지난해 솔트룩스 지분 10%를 사들였으나, 양사 간 음성 모델 공동 개발 계약은 아직 확인되지 않는다.', absent: ['PARTNERS_WITH KT -> 솔트룩스'] },
  { cat: 'partners.unmade-agreement', text: 'KT는 지난해 솔트룩스 지분 10%를 사들였고, 양사는 음성 모델을 공동 개발하고 있다.', expect: ['PARTNERS_WITH KT -> 솔트룩스'] },
  // a partner named by its team ("X 팀과 함께 진행했다"), in a sentence with no subject of its own
  { cat: 'partners.partner-team', text: "업스테이지는 새 번역 모델 '솔라 트랜스 2'를 공개했다. 데이터 정제는 한빛데이터 팀과 함께 진행했다.", expect: ['PARTNERS_WITH 업스테이지 -> 한빛데이터'] },
  { cat: 'partners.partner-team', text: '안녕하세요, 가온소프트 연구팀입니다. 오늘 가온-2를 공개합니다. 평가 세트는 한빛데이터 팀과 공동으로 만들었습니다.', expect: ['PARTNERS_WITH 가온소프트 -> 한빛데이터'] },
  { cat: 'partners.partner-team', text: "업스테이지는 새 번역 모델 '솔라 트랜스 2'를 공개했다. 데이터 정제는 한빛데이터 팀과 함께 하지 않았다.", absent: ['PARTNERS_WITH 업스테이지 -> 한빛데이터'] },
  { cat: 'partners.headline-pair', text: '가온텔레콤·누리브릿지 맞손…의료 AI 공동 개발\n\n의료 AI 스타트업 누리브릿지는 2021년 설립됐다.', expect: ['PARTNERS_WITH 누리브릿지 -> 가온텔레콤'] },
  { cat: 'partners.headline-pair', text: '가온텔레콤-누리브릿지, 의료 AI 동맹 결성\n\n의료 AI 스타트업 누리브릿지는 2021년 설립됐다.', expect: ['PARTNERS_WITH 누리브릿지 -> 가온텔레콤'] },
  { cat: 'partners.headline-pair', text: '가온텔레콤·누리브릿지 협력설 부인\n\n의료 AI 스타트업 누리브릿지는 2021년 설립됐다.', absent: ['PARTNERS_WITH 누리브릿지 -> 가온텔레콤'] },
  { cat: 'partners.headline-pair', text: '네이버·카카오, AI 경쟁 격화\n\n두 회사는 이날 새 모델을 냈다.', absent: ['PARTNERS_WITH 카카오 -> 네이버'] },
  // a word that only qualifies the successor noun after the possessive ("X의 정식 후속작")
  {
    cat: 'clause.succeeds.upgrade',
    text: "한빛소프트가 새 AI 모델 '솔바람-R2'를 공개했다. 지난해 '솔바람-R'을 내놓은 지 1년 만이다. 솔바람-R2는 솔바람-R의 정식 후속작이다.",
    expect: ['SUCCEEDS 솔바람-R2 -> 솔바람-R'],
  },
  // a person with the company and a title glossed by its acronym ("NAME ORG 최고경영자(CEO)는"); the head of a company ("X의 수장인 NAME 대표")
  { cat: 'person.name-org-title-acronym', text: '박서연 노을랩스 최고경영자(CEO)는 협력을 강조했다.', expect: ['WORKS_FOR 박서연 -> 노을랩스'] },
  { cat: 'person.name-org-title-acronym', text: '노을랩스를 5년간 이끌어 온 박서연 대표는 최고기술책임자(CTO)로 자리를 옮긴다.', nodes: ['Person:박서연'], noNodes: ['Company:대표는'] },
  { cat: 'works-for.leads-company', text: '노을랩스의 수장인 박서연 대표는 기자간담회를 열었다.', expect: ['WORKS_FOR 박서연 -> 노을랩스'] },
  // a quoted word after a kind of company is the company, even before a model word ("스타트업 '누비온' 추론 모델 공개");
  // a quoted name with a version or a size there is the startup's model
  {
    cat: 'discover.quoted-company-kind',
    text: "토종 AI 스타트업 '솔가람' 추론 모델 공개\n\n솔가람이 추론 특화 언어모델 '누리 씽크 14B'를 11일 공개했다.",
    nodes: ['Company:솔가람'],
    expect: ['DEVELOPED 솔가람 -> 누리 씽크 14B'],
  },
  { cat: 'discover.quoted-company-kind', text: "토종 스타트업 '솔가람-2' 선전\n\n한국어 리더보드에서 소형 모델 '솔가람-2'가 KMMLU 76.9점을 받았다.", nodes: ['Model:솔가람-2'], noNodes: ['Company:솔가람-2'] },
  // every company of a counted list, not only the last ("A, B, C, D 등 4개 기업"); no more names than the count
  {
    cat: 'discover.counted-list',
    text: "정부는 'AI 실증 지원사업' 수행기관으로 누리데이타, 솔빛웨이브, 가람코어, 마인드결 등 4개 기업을 최종 선정했다.",
    nodes: ['Company:누리데이타', 'Company:솔빛웨이브', 'Company:가람코어', 'Company:마인드결'],
    expect: ['PARTICIPATES_IN 누리데이타 -> AI 실증 지원사업', 'PARTICIPATES_IN 가람코어 -> AI 실증 지원사업'],
  },
  // a lab of two syllables is a company as a longer one is; a newsroom's desk and a team's name are not
  { cat: 'discover.two-syllable-lab', text: "솔빛랩은 한국어 모델 '솔빛-3B'를 공개했다.", nodes: ['Company:솔빛랩'] },
  { cat: 'discover.two-syllable-lab', text: '이 소식지는 한밭 뉴스랩이 만든다. 뉴스랩은 매주 발행된다.', noNodes: ['Company:뉴스랩'] },
  { cat: 'discover.two-syllable-lab', text: "대상은 '가온랩' 팀이 받았고, 가온랩은 KT의 모델을 썼다.", noNodes: ['Company:가온랩'] },
  { cat: 'discover.counted-list', text: '행사에는 올해 누리데이타, 솔빛웨이브 등 2곳이 참가했다.', noNodes: ['Company:올해'], nodes: ['Company:누리데이타', 'Company:솔빛웨이브'] },
  // the last benchmark–score pair of a bare list, with a particle or copula after its score ("…, KoBEST 78.4로,")
  {
    cat: 'scored.focus-bare-pairs',
    text: '가온랩스가 새 모델 누리온-Ko 7B를 공개했다. 평가 결과는 KMMLU 52.1, HAE-RAE Bench 61.3, KoBEST 78.4로, 같은 크기 모델보다 낮습니다.',
    expect: ['SCORED 누리온-Ko 7B -> KoBEST', 'SCORED 누리온-Ko 7B -> KMMLU'],
    edgeProps: ['SCORED 누리온-Ko 7B -> KoBEST score=78.4'],
  },
  // a terse line that is only a benchmark and its figure, ending on a full stop ("…기준 KoBEST 77.4."), about the model in focus
  { cat: 'scored.focus-bare-pairs', text: '가온랩스가 새 모델 누리온-Ko 7B를 공개했다. 외부 기관 측정 KoBEST 77.4. 가격은 미정이다.', expect: ['SCORED 누리온-Ko 7B -> KoBEST'], edgeProps: ['SCORED 누리온-Ko 7B -> KoBEST score=77.4'] },
  // a writer introducing themselves by their team after a greeting ("안녕하세요, X ML팀의 홍길동입니다"); not a team's work
  { cat: 'works-for.self-intro-team', text: '가온랩스가 새 모델을 공개했다. 안녕하세요, 가온랩스 ML팀의 윤서진입니다.', expect: ['WORKS_FOR 윤서진 -> 가온랩스'] },
  { cat: 'works-for.self-intro-team', text: '가온랩스가 새 모델을 공개했다. 이번 모델은 가온랩스 연구팀의 성과물입니다.', noNodes: ['Person:성과물'] },
  // the base told in the copula as the model's original ("X의 원본 모델은 Y다")
  { cat: 'based-on.base-is', text: `${INTRO}솔바람-R의 원본 모델은 딥시크 R1이다.`, expect: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  { cat: 'based-on.base-is', text: `${INTRO}솔바람-R의 원본 모델은 딥시크 R1이 아니다.`, absent: ['BASED_ON 솔바람-R -> 딥시크 R1'] },
  // the clause pass reads no score from a range or a difference ("70점대 초반", "전작보다 5점 높은 점수")
  // focus: a model a sentence says it runs, after its kind word ("… 모델 'Y'를 운영한다"), and a model that opens a sentence as its subject and scores, are what the next subject-less sentences are about
  { cat: 'focus.operated-model', text: `${INTRO}음성 분야에서는 음성인식 모델 '가온 리슨 2.0'을 운영한다. 2023년 나온 가온 리슨 1.0의 후속 버전으로, 잡음 제거 기능이 더해졌다.`, expect: ['SUCCEEDS 가온 리슨 2.0 -> 가온 리슨 1.0'], absent: ['SUCCEEDS 솔바람-R -> 가온 리슨 1.0'] },
  { cat: 'focus.scored-subject', text: `${INTRO}함께 나온 가온-M 2가 KMMLU에서 66.1점을 얻어, 같은 조건의 GPT-4o(60.2점)를 앞섰다. KoBEST에서는 70.5점을 받았다.`, expect: ['SCORED 가온-M 2 -> KoBEST'], absent: ['SCORED 솔바람-R -> KoBEST'] },
  // GPQA's Diamond subset written in Hangul ('GPQA 다이아몬드') is the gazetteer's GPQA Diamond
  // "BENCH …: A N vs B M": a benchmark introduced before a colon, then two models and their scores set against each other
  { cat: 'scored.vs-pair', text: 'Orin Labs posted Orin-3 14B last week. Its report lists MBPP as well: Orin-3 14B 61.7 vs Gemma 3 12B 58.2.', expect: ['SCORED Orin-3 14B -> MBPP', 'SCORED Gemma 3 12B -> MBPP'], edgeProps: ['SCORED Orin-3 14B -> MBPP score=61.7', 'SCORED Gemma 3 12B -> MBPP score=58.2'] },
  { cat: 'scored.vs-pair', text: 'Orin Labs posted Orin-3 14B last week. On MBPP: Orin-3 14B beat Gemma 3 12B, 61.7 vs 58.2.', absent: ['SCORED Gemma 3 12B -> MBPP'] },
  { cat: 'scored.benchmark-hangul-name', text: `${INTRO}솔바람-R은 GPQA 다이아몬드에서 71.3점을 기록했다.`, expect: ['SCORED 솔바람-R -> GPQA 다이아몬드'] },
  { cat: 'clause.scored.benchmark', text: `${INTRO}솔바람-R은 KMMLU에서 70점대 초반을 기록했다.`, absent: ['SCORED 솔바람-R -> KMMLU'] },
  { cat: 'clause.scored.benchmark', text: `${INTRO}솔바람-R은 KMMLU에서 전작보다 5점 높은 점수를 받았다.`, absent: ['SCORED 솔바람-R -> KMMLU'] },
  { cat: 'clause.scored.benchmark', text: `${INTRO}솔바람-R은 KMMLU에서 71.5점을 기록했다.`, expect: ['SCORED 솔바람-R -> KMMLU'], edgeProps: ['SCORED 솔바람-R -> KMMLU score=71.5'] },
  // a Hangul name with a Latin letter after a hyphen, unquoted and with no model word: a model when a maker's release verb stands
  // before it or a benchmark scores it
  { cat: 'discover.lettered-released', text: '한빛소프트가 개발한 솔바람-R은 추론에 강하다.', expect: MADE },
  { cat: 'discover.lettered-released', text: '한빛소프트는 자체 개발한 솔바람-R을 공개했다.', expect: MADE },
  { cat: 'discover.lettered-scored', text: '솔바람-R은 KMMLU에서 71.2점을 받았다.', expect: ['SCORED 솔바람-R -> KMMLU'] },
  { cat: 'discover.lettered-scored', text: '솔바람-R은 추론에 강하다는 평가를 받았다.', noNodes: ['Model:솔바람-R'] },
  // an unlisted word in a list whose other words are two or more companies is a company too, its particle or copula left off
  { cat: 'discover.list-siblings', text: "'독자 AI 파운데이션 모델' 사업에는 한빛소프트, 솔빛웨이브, 노을랩스가 참여했다.", expect: ['PARTICIPATES_IN 솔빛웨이브 -> 독자 AI 파운데이션 모델', 'PARTICIPATES_IN 한빛소프트 -> 독자 AI 파운데이션 모델'] },
  { cat: 'discover.list-siblings', text: "'독자 AI 파운데이션 모델' 사업 참여 기업은 네이버, KT, 누리데이타다.", nodes: ['Company:누리데이타'], noNodes: ['Company:누리데이타다'] },
  { cat: 'discover.list-siblings', text: '협약식에는 네이버, KT, 솔빛웨이브가 참석했다.', nodes: ['Company:솔빛웨이브'] },
  // not from a headline's pair and its news ("A·B, 제휴"), nor where the list holds a model or only one company
  { cat: 'discover.list-siblings', text: '카카오·오픈AI, 전략적 제휴 발표\n\n두 회사가 손잡았다.', noNodes: ['Company:전략적'] },
  { cat: 'discover.list-siblings', text: '네이버, 하이퍼클로바X, 솔빛웨이브가 화제다.', noNodes: ['Company:솔빛웨이브'] },
  { cat: 'discover.list-siblings', text: '네이버, 서울시, 솔빛웨이브가 협약을 맺었다.', noNodes: ['Company:솔빛웨이브'] },
  // a company found by its suffix before a compound particle ("노을랩스와의", "…랩스에서는")
  { cat: 'discover.suffix-compound-particle', text: '한빛소프트는 노을랩스와의 협력 관계를 구축했다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'discover.suffix-compound-particle', text: '노을랩스에서는 새 모델을 준비하고 있다.', nodes: ['Company:노을랩스'] },
  // a suffixed company before a person's title is a company, not a unit, with a person's name before it or the name after a
  // glossed or copular title ("김민준 한빛소프트 AI연구소장은", "한빛소프트 CTO인 김민준", "한빛소프트 최고기술책임자(CTO) 김민준")
  { cat: 'company.suffixed-before-title', text: '김민준 한빛소프트 AI연구소장은 모델을 공개했다.', expect: ['WORKS_FOR 김민준 -> 한빛소프트'] },
  { cat: 'company.suffixed-before-title', text: '한빛소프트 CTO인 김민준 박사는 모델을 공개했다.', expect: ['WORKS_FOR 김민준 -> 한빛소프트'] },
  { cat: 'company.suffixed-before-title', text: '한빛소프트 최고기술책임자(CTO) 김민준 박사는 모델을 공개했다.', expect: ['WORKS_FOR 김민준 -> 한빛소프트'] },
  { cat: 'company.suffixed-before-title', text: '누리클라우드는 문태겸 하이퍼스케일AI 기술 리더를 부사장으로 승진시켰다.', noNodes: ['Company:하이퍼스케일AI'] },
  // a base whose weights the model inherited, or on top of which data was put ("Y의 가중치를 이어받았다", "Y 위에 … 덧입힌"); not a
  // party's claim ("…이어받은 모델이라고 주장했다") nor a base's weights merely used or not inherited
  { cat: 'based-on.started-from', text: `${INTRO}솔바람-R은 라마 3.1의 가중치를 이어받았다.`, expect: ['BASED_ON 솔바람-R -> 라마 3.1'] },
  { cat: 'based-on.started-from', text: `${INTRO}솔바람-R은 라마 3.1의 가중치를 이어받지 않았다.`, absent: ['BASED_ON 솔바람-R -> 라마 3.1'] },
  { cat: 'based-on.started-from', text: `${INTRO}노을랩스는 솔바람-R이 라마 3.1의 가중치를 이어받은 모델이라고 주장했다.`, absent: ['BASED_ON 솔바람-R -> 라마 3.1'] },
  { cat: 'based-on.on-top-of', text: `${INTRO}솔바람-R은 라마 3.1 위에 한국어 데이터를 덧입힌 모델이다.`, expect: ['BASED_ON 솔바람-R -> 라마 3.1'] },
  { cat: 'based-on.on-top-of', text: `${INTRO}솔바람-R은 라마 3.1 위에서 돌아가는 서비스다.`, absent: ['BASED_ON 솔바람-R -> 라마 3.1'] },
  // an official leading a programme named with its quotes and its programme noun ("'X' 사업을 이끄는 NAME …", "'X' 사업은 NAME … 국장이 총괄한다")
  // a ministry's office head ("X부 …실장", four syllables or more before 실장) quoted in a blogger's report ("\"…\"고 하던데") speaks for the programme just named
  { cat: 'promotes.ministry-office-head', text: "요새 'AI 데이터 댐 사업' 얘기가 자주 나온다. 누리웍스도 이 사업에 들어가 있다. 지난달 포럼에서 서지안 행안부 공공데이터정책실장이 \"하반기엔 참여 기관을 늘리겠다\"고 하더라, 기대된다.", expect: ['PROMOTES 서지안 -> AI 데이터 댐 사업'] },
  { cat: 'promotes.ministry-office-head', text: "요새 'AI 데이터 댐 사업' 얘기가 자주 나온다. 누리웍스도 이 사업에 들어가 있다. 서지안 누리웍스 사업부 영업실장은 \"하반기엔 매출을 늘리겠다\"고 말했다.", absent: ['PROMOTES 서지안 -> AI 데이터 댐 사업'] },
  { cat: 'promotes.leader-of', text: "'독자 AI 파운데이션 모델' 사업을 이끄는 김도윤 과기정통부 인공지능기반정책관은 말했다.", expect: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델'] },
  // "이 사업의 실무를 총괄하는", "이 사업을 주관하는": the programme named before, led or hosted by the official after
  { cat: 'promotes.leader-of', text: "과기정통부는 '국가 AI 데이터 구축 사업'을 추진한다. 이 사업의 실무를 총괄하는 박하준 데이터정책관은 \"품질이 먼저\"라고 말했다.", expect: ['PROMOTES 박하준 -> 국가 AI 데이터 구축 사업'] },
  { cat: 'promotes.leader-of', text: "솔빛랩스는 고용노동부의 '청년 AI 일자리 지원사업'에 선정됐다. 이 사업을 주관하는 김도윤 노동부 청년정책관은 \"지원을 늘리겠다\"고 밝혔다.", expect: ['PROMOTES 김도윤 -> 청년 AI 일자리 지원사업'] },
  { cat: 'promotes.policy-led-by', text: "'독자 AI 파운데이션 모델' 사업은 김도윤 과기정통부 국장이 총괄한다.", expect: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델'] },
  // a brief written in noun-ending style: the official's statement ends "…고 밝힘." as a sentence ends "…고 밝혔다."
  { cat: 'promotes.official-noun-ending', text: "■ '국가 AI 데이터 구축 사업' 2차 공모 시작. 올해 예산은 900억 원 규모. 박하준 과기정통부 데이터정책관은 \"품질 검증을 강화하겠다\"고 밝힘.", expect: ['PROMOTES 박하준 -> 국가 AI 데이터 구축 사업'] },
  { cat: 'promotes.policy-led-by', text: "'독자 AI 파운데이션 모델' 사업은 김도윤 과기정통부 국장이 총괄하지 않는다.", absent: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델'] },
  // a versioned Latin name with no model word, released or scored, and an unlisted maker without a company suffix
  { cat: 'discover.versioned-latin', text: '누비온이 만든 Aster 2는 KMMLU에서 70.1점을 받았다.', expect: ['DEVELOPED 누비온 -> Aster 2', 'SCORED Aster 2 -> KMMLU'] },
  { cat: 'discover.versioned-latin', text: '누비온(Nuvion)은 Aster 2를 출시했다.', expect: ['DEVELOPED 누비온 -> Aster 2'] },
  { cat: 'discover.subject-releaser', text: '누비온은 새 언어모델 Aster 2를 내놨다.', expect: ['DEVELOPED 누비온 -> Aster 2'] },
  { cat: 'discover.subject-releaser', text: '문서를 읽어내는 비전-언어 모델 Aster 2를 내놨다.', noNodes: ['Company:읽어내'] },
  { cat: 'discover.subject-releaser', text: '김하늘은 새 언어모델 Aster 2를 내놨다.', noNodes: ['Company:김하늘'] },
  { cat: 'discover.versioned-latin', text: '누비온은 Aster 2를 출시할지 검토 중이다.', absent: ['DEVELOPED 누비온 -> Aster 2'] },
  // a Hangul name and version glossed in Latin before a score in a ranking ("티스벨 1.5(Tisbel 1.5): 65.96점", "벨자미 3.0(Belzami 3.0)(71.17점)")
  { cat: 'discover.glossed-numbered', text: 'SEOKAI 리더보드에서 Vobi 4.0이 94.41점으로 1위에 올랐다. 나머지 모델의 점수는 티스벨 1.5(Tisbel 1.5): 65.96점, 렌모센 3.0 프로: 50.52점이다.', expect: ['SCORED 티스벨 1.5 -> SEOKAI'], sameNode: ['티스벨 1.5=Tisbel 1.5'] },
  { cat: 'discover.glossed-numbered', text: 'SEOKAI 리더보드에서 Vobi 4.0이 94.41점으로 1위에 올랐다. 이어 벨자미 3.0(Belzami 3.0)(71.17점), 센펜 2.0(62.34점) 순이었다.', expect: ['SCORED 벨자미 3.0 -> SEOKAI'], edgeProps: ['SCORED 벨자미 3.0 -> SEOKAI score=71.17'] },
  // a word with a company suffix before a benchmark noun names the benchmark ("SEOKAI 리더보드 1위에 'X'")
  { cat: 'discover.suffixed-benchmark', text: "SEOKAI 리더보드 1위에 '보비 4.0 라이트'\n\nSEOKAI 리더보드에서 '보비 4.0 라이트'가 94.41점으로 1위에 올랐다.", nodes: ['Benchmark:SEOKAI'], noNodes: ['Company:SEOKAI'], expect: ['SCORED 보비 4.0 라이트 -> SEOKAI'] },
  // an English headline's verb and hyphened adjectives name no model ("Deepnoa Unveils 32B-Parameter In-House LLM")
  // a verb's connective ending before a size ("…에 뒤지지만 14B라는 크기로") names no model
  { cat: 'discover.sized-hangul-name', text: "가온랩이 '가온-9'를 공개했다. 성능만 보면 엑사원 4.0에 3점가량 뒤지지만 14B라는 체급을 생각하면 효율은 이쪽이 좋다.", nodes: ['Model:가온-9'], noNodes: ['Model:뒤지지만 14B'] },
  // quoted names whose size is followed by the checkpoint it names ("…-14B-Base", "… 3B-Chat"), listed and counted ("두 종을")
  { cat: 'discover.sized-checkpoint', text: "한빛랩은 '솔새 3-14B-Base', '솔새 3-3B-Chat' 두 종을 깃허브에 올렸다고 밝혔다.", nodes: ['Model:솔새 3-14B-Base', 'Model:솔새 3-3B-Chat'], props: ['솔새 3-14B-Base=parameters:14000000000'] },
  { cat: 'discover.sized-checkpoint', text: "한빛랩은 '성장-14B-Base 전략' 보고서를 냈다.", noNodes: ['Model:성장-14B-Base 전략'] },
  // a genitive qualifier before the basis word ("Y를 텍스트 쪽의 뼈대로 삼아")
  { cat: 'based-on.giban-topic', text: "한빛랩의 새 모델 '솔새-V 9B'는 '솔새 7B'를 텍스트 쪽의 뼈대로 삼아 만들었다.", expect: ['BASED_ON 솔새-V 9B -> 솔새 7B'] },
  { cat: 'based-on.giban-topic', text: "한빛랩의 새 모델 '솔새-V 9B'는 '솔새 7B'를 텍스트 쪽의 뼈대로 삼지 않았다.", absent: ['BASED_ON 솔새-V 9B -> 솔새 7B'] },
  // a developer's post: a lower-case hub id with a size part is a model ("sora-3b-v2"); a word written apart after a hub id is
  // not its variant ("mistral-7b base" is mistral-7b); a fine-tune named by its acronym ("Y에 … SFT + DPO 한 X")
  { cat: 'discover.sized-hub-id', text: '제목\n\n이번에 mistral-7b에 상담 데이터로 SFT + DPO 한 haneul-7b-v2를 쓰고 있습니다.', nodes: ['Model:haneul-7b-v2'], expect: ['BASED_ON haneul-7b-v2 -> mistral-7b'] },
  { cat: 'discover.sized-hub-id', text: '제목\n\n처음엔 mistral-7b base 모델을 그대로 써 봤습니다.', nodes: ['Model:mistral-7b'], noNodes: ['Model:mistral-7b base'] },
  { cat: 'discover.sized-hub-id', text: '제목\n\n서버는 rtx-4090 두 장과 ddr5-64gb 메모리로 꾸렸습니다.', noNodes: ['Model:rtx-4090', 'Model:ddr5-64gb'] },
  // a version tag that points back, glossed with the full name in parentheses, names that model ("v1(x-7b-v1)은")
  { cat: 'discover.tag-glossed', text: '제목\n\n올해는 haneul-7b-v2를 공개했습니다.\n\n그 전의 v1(haneul-7b-v1)은 작년에 나왔습니다.', nodes: ['Model:haneul-7b-v1', 'Model:haneul-7b-v2'] },
  // a writer who opens by saying where they work and what they do ("X에서 … 만들고 있는 개발자입니다"): "저희 CTO NAME님" works there
  // a language word that reads like a surname and a given name ("한국어", after "대표" as an adjective: "국내 대표 한국어 평가판") is no person
  { cat: 'discover.not-a-name', text: "제목\n\n국내 대표 한국어 평가판인 '누리 리더보드'의 순위가 나왔다. 업계 대표 한국형 모델도 참가했다.", noNodes: ['Person:한국어', 'Person:한국형'] },
  { cat: 'works-for.narrator-intro', text: '제목\n\n안녕하세요, 해솔랩에서 번역 모델 만들고 있는 엔지니어입니다. 저희 CTO 문가온님이 평가 코드를 짜 주셨습니다.', expect: ['WORKS_FOR 문가온 -> 해솔랩'] },
  { cat: 'works-for.narrator-intro', text: '제목\n\n고객님이 주문하신 상품은 내일 도착합니다. 담당 매니저님이 연락드립니다.', noNodes: ['Person:고객님', 'Person:매니저'] },
  // a company "doing" a programme, in a reader's colloquial words ("X도 Y 프로젝트 하고 있으니")
  { cat: 'participates.doing-programme', text: '해솔랩도 독자 AI 파운데이션 모델 프로젝트 하고 있으니 곧 새 모델이 나오겠네요.', expect: ['PARTICIPATES_IN 해솔랩 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'participates.doing-programme', text: '해솔랩은 독자 AI 파운데이션 모델 프로젝트를 하고 있지 않다.', absent: ['PARTICIPATES_IN 해솔랩 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // English partnerships: an agreement qualified by more words ("signed a strategic collaboration agreement with"), co-developing
  // something with a company; a supply deal or a denial is none
  { cat: 'partners.en', text: 'Title\n\nTidewell Labs signed a joint research agreement with Haneul AI in May to build shipping models.', expect: ['PARTNERS_WITH Tidewell Labs -> Haneul AI'] },
  { cat: 'partners.en', text: 'Title\n\nTidewell Labs signed a supply agreement with Haneul AI in May.', absent: ['PARTNERS_WITH Tidewell Labs -> Haneul AI'] },
  { cat: 'partners.en', text: 'Title\n\nTidewell Labs is co-developing a port-logistics assistant with Haneul AI, the Busan startup.', expect: ['PARTNERS_WITH Tidewell Labs -> Haneul AI'] },
  { cat: 'partners.en', text: 'Title\n\nTidewell Labs is not co-developing anything with Haneul AI.', absent: ['PARTNERS_WITH Tidewell Labs -> Haneul AI'] },
  // "X, the Busan startup led by NAME": the company's leader works there
  { cat: 'works-for.en-company-led-by', text: 'Title\n\nTidewell Labs, the Busan startup led by Moon Ha-rin, has bet on small models.', expect: ['WORKS_FOR Moon Ha-rin -> Tidewell Labs'] },
  { cat: 'works-for.en-company-led-by', text: 'Title\n\nTidewell Labs, the Busan startup, hired Moon Ha-rin as an adviser.', absent: ['WORKS_FOR Moon Ha-rin -> Tidewell Labs'] },
  // "has made the programme a personal cause": an official who champions it (not "a cause for concern")
  { cat: 'promotes.en-centerpiece', text: "Title\n\nThe Ministry of Science and ICT runs the K-Cloud Project. Science minister Moon Ha-rin has made the project a personal cause.", expect: ['PROMOTES Moon Ha-rin -> K-Cloud'] },
  { cat: 'promotes.en-centerpiece', text: "Title\n\nThe Ministry of Science and ICT runs the K-Cloud Project. Science minister Moon Ha-rin has made the project a cause for concern.", absent: ['PROMOTES Moon Ha-rin -> K-Cloud'] },
  // "X has 30 billion parameters and scored N on B": a coordinated clause with a count before the score
  { cat: 'scored.en', text: 'Title\n\nTidewell Labs released Kestrel-4 in May. The firm says Kestrel-4 has 30 billion parameters and scored 71.5 on KMMLU.', expect: ['SCORED Kestrel-4 -> KMMLU'], edgeProps: ['SCORED Kestrel-4 -> KMMLU score=71.5'] },
  // "X was trained …, according to NAME, and it is the designated successor to Y": "it" is the sentence's model
  { cat: 'succeeds.en-and-it', text: 'Title\n\nTidewell Labs released Kestrel-4 in May. Kestrel-4 was trained on port data, according to Moon Ha-rin, and it is the designated successor to Kestrel-3.', expect: ['SUCCEEDS Kestrel-4 -> Kestrel-3'] },
  { cat: 'succeeds.en-and-it', text: 'Title\n\nTidewell Labs released Kestrel-4 in May. Kestrel-4 was trained on port data, according to Moon Ha-rin, but it is not the successor to Kestrel-3.', absent: ['SUCCEEDS Kestrel-4 -> Kestrel-3'] },
  // "The 9-billion-parameter model is a fine-tune of Y": an English sentence opening on "the model" is about the model in focus
  { cat: 'reference.en-the-model', text: "Title\n\nTidewell Labs released Kestrel-4 Lite on Monday. The 9-billion-parameter model is a fine-tune of Google's Gemma 2 9B.", expect: ['BASED_ON Kestrel-4 Lite -> Gemma 2 9B'] },
  // a relative clause after the official's name before "has made the project a personal cause"
  { cat: 'promotes.en-centerpiece', text: "Title\n\nThe Ministry of Science and ICT runs the K-Cloud Project. Science minister Moon Ha-rin, who ran Samsung's AI lab before joining the cabinet, has made the project a personal cause.", expect: ['PROMOTES Moon Ha-rin -> K-Cloud'] },
  // an official urging companies to join "the project" the sentence before named ("프로젝트 참여를 독려했다"); a CEO doing so promotes nothing
  { cat: 'promotes.official', text: "제목\n\n누리랩은 과학기술정보통신부의 'K-클라우드 프로젝트'에 지원서를 냈다. 박서연 과기정통부 인공지능정책관은 설명회에서 프로젝트 참여를 독려했다.", expect: ['PROMOTES 박서연 -> K-클라우드 프로젝트'] },
  { cat: 'promotes.official', text: "제목\n\n누리랩은 과학기술정보통신부의 'K-클라우드 프로젝트'에 지원서를 냈다. 박서연 누리랩 대표는 설명회에서 프로젝트 참여를 독려했다.", absent: ['PROMOTES 박서연 -> K-클라우드 프로젝트'] },
  // the base switched to another model ("베이스를 Y가 아닌 Z로 바꿨다", "v2에서는 베이스를 Z로 갈아탔습니다"): Z is the base, Y is not
  { cat: 'based-on.base-switched', text: "제목\n\n해솔랩은 5월 '솔새-14B'를 공개했다. 솔새-14B는 베이스를 미스트랄 7B가 아닌 젬마 2 9B로 바꿨다.", expect: ['BASED_ON 솔새-14B -> 젬마 2 9B'], absent: ['BASED_ON 솔새-14B -> 미스트랄 7B'] },
  { cat: 'based-on.base-switched', text: "제목\n\n해솔랩은 5월 '솔새-14B'를 공개했다. 이번에는 베이스를 미스트랄 7B가 아닌 구글의 젬마 2 9B로 교체했다.", expect: ['BASED_ON 솔새-14B -> 젬마 2 9B'], absent: ['BASED_ON 솔새-14B -> 미스트랄 7B'] },
  { cat: 'based-on.base-switched', text: "제목\n\n해솔랩은 5월 '솔새-14B'를 공개했다. 이번에는 베이스를 젬마 2 9B로 바꾸지 않았다.", absent: ['BASED_ON 솔새-14B -> 젬마 2 9B'] },
  { cat: 'based-on.base-switched', text: "제목\n\n'솔새-7B'는 미스트랄 7B 위에 얹은 모델이었는데, 새 버전 만들면서 베이스를 젬마 2 9B로 갈아탔습니다.", absent: ['BASED_ON 솔새-7B -> 젬마 2 9B'] },
  // a joint development only discussed, the talks then broken off ("…공동 개발을 논의해 왔으나 … 협상이 결렬됐다"), is no partnership
  { cat: 'partners.with-verb', text: "제목\n\nAI 스타트업 해솔랩이 새 모델을 내놨다. 해솔랩은 지난해부터 네이버와 번역 모델 공동 개발을 논의해 왔으나, 데이터 사용 범위를 두고 이견을 좁히지 못해 협상이 무산됐다.", absent: ['PARTNERS_WITH 해솔랩 -> 네이버'] },
  { cat: 'partners.with-verb', text: "제목\n\nAI 스타트업 해솔랩이 새 모델을 내놨다. 해솔랩은 지난해부터 네이버와 번역 모델을 공동 개발하고 있다.", expect: ['PARTNERS_WITH 해솔랩 -> 네이버'] },
  // the company the sentence's omitted subject is, as the bare "회사를 함께 세운 NAME" (its co-founder, now its head)
  { cat: 'works-for.leads-company', text: "제목\n\n스타트업 해솔랩이 새 모델을 내놨다. 5월에는 해솔랩의 사령탑이 바뀌었다. 창업자인 문가온 대표가 물러나고, 회사를 함께 세운 한서준 최고기술책임자(CTO)가 새 대표로 선임됐다.", expect: ['WORKS_FOR 한서준 -> 해솔랩'] },
  // a maker's genitive before a letter-and-digit version names that maker's model ("X의 R2" is "X R2"); no version, no model
  { cat: 'discover.genitive-version', text: "가온랩스의 솔바람-2가 KMMLU 70.1점으로 미스트랄의 V2(65.3점)를 앞섰다.", nodes: ['Model:V2'], expect: ['SCORED V2 -> KMMLU', 'DEVELOPED 미스트랄 -> V2'] },
  { cat: 'discover.genitive-version', text: "미스트랄의 새 모델은 아직 이름이 없다.", noNodes: ['Model:미스트랄'] },
  // a report's line opening on its partner, the writer's company left out, before an agreement signed: the partner is a company
  { cat: 'discover.opening-partner', text: '주간 업무 정리\n\n솔마루와 물류 챗봇 공동 구축 업무협약을 지난 5일 맺었습니다.', nodes: ['Company:솔마루'] },
  { cat: 'discover.opening-partner', text: '주간 업무 정리\n\n해솔시와 데이터 개방 협약을 체결했습니다.', noNodes: ['Company:해솔시'] },
  // an aside that the score is as reported before, between a model's benchmark and its score
  { cat: 'scored.as-before-aside', text: `${INTRO}솔바람-R의 KMMLU는 앞선 발표와 마찬가지로 61.5로 그대로다.`, expect: ['SCORED 솔바람-R -> KMMLU'], edgeProps: ['SCORED 솔바람-R -> KMMLU score=61.5'] },
  // a team list's line opening on an English job title, then a Korean name and the company in parentheses
  { cat: 'works-for.en-title-name-company', text: '가온랩스가 새 모델을 공개했다.\n\n참여 인원\n\nHead of Data 박서윤 (가온랩스) — 말뭉치 정제', nodes: ['Person:박서윤'], expect: ['WORKS_FOR 박서윤 -> 가온랩스'] },
  { cat: 'works-for.en-title-name-company', text: '가온랩스가 새 모델을 공개했다.\n\n참여 인원\n\n데이터 정제 박서윤 (가온랩스 협력)', absent: ['WORKS_FOR 박서윤 -> 가온랩스'] },
  // a programme's speaker line: a name, a space, then the organisation and post in parentheses
  { cat: 'discover.name-spaced-paren-post', text: '세션 2 연사\n\n한지율 (미래언어연구회 수석연구원)', nodes: ['Person:한지율'] },
  { cat: 'discover.name-spaced-paren-post', text: '세션 2 연사\n\n발표자 (미래언어연구회 수석연구원)', noNodes: ['Person:발표자'] },
  // an office app under its maker's name is the app, no mention of the company
  { cat: 'nonentity.office-apps', text: '가온랩스가 새 모델을 공개했다.\n\n회의는 구글 미트로 열렸고 자료는 구글 드라이브에 있다.', noNodes: ['Company:구글'] },
  // an adverb of respect before 컨소시엄 ('구조상 컨소시엄으로') is no consortium's lead
  { cat: 'discover.consortium-adverb', text: '가온랩스는 이번 사업에 단독으로 지원하기 어렵다. 구조상 컨소시엄으로 들어가야 한다.', noNodes: ['Company:구조상'] },
  // bare benchmark-score pairs told as hearsay ('… 나왔다고 들었어요') about the model in focus
  { cat: 'scored.focus-bare-pairs-hearsay', text: '가온랩스가 새 모델 누리온-Ko 7B를 공개했다. KoBEST 66.1 나왔다고 들었어요.', expect: ['SCORED 누리온-Ko 7B -> KoBEST'], edgeProps: ['SCORED 누리온-Ko 7B -> KoBEST score=66.1'] },
  // an internal document that says whose staff it is for: the people it names with a bare in-house post work there
  { cat: 'works-for.internal-staff', text: '월간 개발 회의록\n\n이 페이지는 가온랩스 직원 한정입니다.\n\n데이터 정제는 한도윤 ML 엔지니어가 맡았다. 예산은 서지호 CFO가 검토한다. 남궁별 누리정보원 원장은 설명회에서 지원 확대를 밝혔다.', expect: ['WORKS_FOR 한도윤 -> 가온랩스', 'WORKS_FOR 서지호 -> 가온랩스'], absent: ['WORKS_FOR 남궁별 -> 가온랩스'] },
  { cat: 'works-for.internal-staff', text: '월간 개발 회의록\n\n가온랩스가 새 모델을 공개했다.\n\n데이터 정제는 한도윤 ML 엔지니어가 맡았다.', absent: ['WORKS_FOR 한도윤 -> 가온랩스'] },
  { cat: 'discover.english-headline-words', text: 'Deepnoa Unveils 32B-Parameter In-House LLM "Noa-2"\n\n딥노아는 자체 개발한 노아-2를 공개했다.', nodes: ['Model:Noa-2'], noNodes: ['Model:In-House', 'Model:Deepnoa Unveils 32B'] },
  // a tie-up weighed, not made ("손잡을지 고민 중이다", "제휴할지 저울질하고 있다")
  { cat: 'partners.with-verb', text: '한빛소프트는 노을랩스와 손잡을지 고민 중이다.', absent: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  // a long purpose clause ('…을 위한') between the partner and the partnership noun
  // a contract to use, buy, rent or subscribe to a service is a purchase, no partnership; a development contract is one
  { cat: 'partners.with-verb', text: '한빛소프트는 지난달 노을클라우드와 2년간 서버 임대 계약을 맺었다.', absent: ['PARTNERS_WITH 노을클라우드 -> 한빛소프트'] },
  { cat: 'partners.with-verb', text: '한빛소프트는 지난달 노을랩스와 번역 모델 공동 개발 계약을 맺었다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.with-verb', text: '한빛소프트는 올해 초 독일 노을랩스와 의료 영상 데이터 공동 수집과 유럽 병원 시장 공동 개척을 위한 파트너십을 맺었다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.with-verb', text: '가온텔레콤은 노을랩스와 중소 제조기업들의 공정 데이터 표준화 작업을 위한 업무협약(MOU)을 체결했다.', expect: ['PARTNERS_WITH 가온텔레콤 -> 노을랩스'] },
  { cat: 'partners.with-verb', text: '한빛소프트는 노을랩스와 경쟁사들의 추격을 따돌리기 위한 협력 방안을 검토하고 있지만 결정된 것은 없다고 밝혔다.', absent: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.with-verb', text: '한빛소프트는 노을랩스와 제휴할지 저울질하고 있다.', absent: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.with-verb', text: '한빛소프트는 노을랩스와 손잡고 의료 모델을 만든다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  // taking up a post after a former one ("NAME 전 X 리더가 Y 대표로 취임했다"), not a rumoured one; an adviser appointed ("…을 고문으로 위촉했다")
  { cat: 'works-for.moved-to-role', text: '노을랩스가 새 모델을 냈다. 박서연 전 네이버 리더가 노을랩스 대표로 취임했다.', expect: ['WORKS_FOR 박서연 -> 노을랩스'], absent: ['WORKS_FOR 박서연 -> 네이버'] },
  { cat: 'works-for.moved-to-role', text: '박서연 전 네이버 리더가 KT 대표로 취임할 것이라는 소문이 돌았다.', absent: ['WORKS_FOR 박서연 -> KT'] },
  { cat: 'clause.works-for.hired', text: '노을랩스가 새 모델을 냈다. 노을랩스는 김도현 전 카카오 부사장을 고문으로 위촉했다.', expect: ['WORKS_FOR 김도현 -> 노을랩스'], absent: ['WORKS_FOR 김도현 -> 카카오'] },
  // a model still being built is its maker's ("C가 개발 중인 'Y'는", with 중인 written apart as well as glued)
  { cat: 'developed.made-by', text: "한빛소프트가 개발 중인 '다올-3'은 이번 심사에서 제외됐다.", expect: ['DEVELOPED 한빛소프트 -> 다올-3'] },
  { cat: 'developed.made-by', text: "한빛소프트가 개발중인 '다올-3'은 이번 심사에서 제외됐다.", expect: ['DEVELOPED 한빛소프트 -> 다올-3'] },
  // a company known only as what a person founded ("X 창업자 NAME", "X 공동창업자인 NAME", "X를 창업한 NAME"), and co-founders listed after it
  { cat: 'discover.founded-company', text: '카이온 창업자 최민혁 대표는 상장 계획을 밝혔다.', nodes: ['Company:카이온'], expect: ['WORKS_FOR 최민혁 -> 카이온'], noNodes: ['Person:창업자'] },
  { cat: 'discover.founded-company', text: '카이온 설립자 최민혁 대표는 상장 계획을 밝혔다.', expect: ['WORKS_FOR 최민혁 -> 카이온'] },
  { cat: 'discover.founded-company', text: '누리솔루션의 공동창업자인 박서진 CTO는 상장 계획을 밝혔다.', expect: ['WORKS_FOR 박서진 -> 누리솔루션'] },
  { cat: 'discover.founded-company', text: '그는 2019년 카이온을 공동 창업한 최민혁 대표와 일했다.', expect: ['WORKS_FOR 최민혁 -> 카이온'] },
  { cat: 'discover.founded-company', text: '연쇄 창업자 최민혁 씨는 세 번째 회사를 세웠다.', noNodes: ['Company:연쇄'] },
  { cat: 'discover.founded-company', text: '또 다른 공동 창업자 최민혁 대표는 상장 계획을 밝혔다.', noNodes: ['Company:다른'] },
  { cat: 'discover.founded-company', text: '카이온 창업자 최민혁 대표와 공동창업자 윤하린 CSO가 회사를 세웠다.', noNodes: ['Company:대표와'], expect: ['WORKS_FOR 최민혁 -> 카이온'] },
  { cat: 'works-for.company-title-name-list', text: '누리솔루션 공동창업자인 박서진 CTO와 한지훈 CEO는 신모델을 소개했다.', expect: ['WORKS_FOR 박서진 -> 누리솔루션', 'WORKS_FOR 한지훈 -> 누리솔루션'] },
  { cat: 'works-for.company-title-name-list', text: '이번 행사에는 벡터랩스 공동대표인 정유나 대표와 오세훈 대표가 참석했다.', expect: ['WORKS_FOR 정유나 -> 벡터랩스', 'WORKS_FOR 오세훈 -> 벡터랩스'] },
  // a programme won as a contract or a status ("과제를 수주했다", "대상자로 확정됐다", "공급기업 자격을 얻었다"), not one only wondered about ("선정될지")
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업' 과제를 수주했다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업' 대상자로 확정됐다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 올해 'AI 바우처 지원사업'의 공급기업 자격을 얻었다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업' 과제를 수주하지 못했다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업' 예산이 확정되자 채용을 늘렸다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업'의 수요기업을 찾고 있다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업'에 선정될지 관심이다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  // a Hangul name with a hyphenated version as a release verb's object ("X는 다올-3을 공개했다"), and its line's other versions
  // named bare later ("다올-2의 뒤를 잇는다", "다올-2의 개선판이다")
  { cat: 'discover.lettered-released', text: '한빛소프트는 다올-3을 공개했다.', expect: ['DEVELOPED 한빛소프트 -> 다올-3'] },
  { cat: 'discover.lettered-released', text: '한빛소프트는 솔바람-R을 공개했다.', expect: ['DEVELOPED 한빛소프트 -> 솔바람-R'] },
  { cat: 'discover.hyphen-siblings', text: '한빛소프트는 다올-3을 공개했다. 다올-3은 지난해 나온 다올-2의 뒤를 잇는다.', expect: ['SUCCEEDS 다올-3 -> 다올-2'] },
  { cat: 'discover.hyphen-siblings', text: '한빛소프트는 다올-3을 공개했다. 다올-3은 다올-2의 개선판이다.', expect: ['SUCCEEDS 다올-3 -> 다올-2'] },
  { cat: 'discover.hyphen-siblings', text: '한빛소프트는 다올-3을 공개했다. 다올-3은 다올-2와 비교해 속도가 두 배다.', absent: ['SUCCEEDS 다올-3 -> 다올-2'] },
  { cat: 'partners.taken-as-partner', text: '한빛소프트와 노을랩스는 AI 기업이다. 한빛소프트는 노을랩스를 기술 파트너로 낙점했다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  // a base taken as the starting point or the groundwork ("Y를 출발점으로 했다", "Y를 밑거름으로 개발됐다")
  { cat: 'based-on.giban-topic', text: `${INTRO}솔바람-R은 큐웬3를 출발점으로 했다.`, expect: ['BASED_ON 솔바람-R -> 큐웬3'] },
  { cat: 'based-on.giban-topic', text: `${INTRO}솔바람-R은 큐웬3를 밑거름으로 개발됐다.`, expect: ['BASED_ON 솔바람-R -> 큐웬3'] },
  { cat: 'based-on.giban-topic', text: `${INTRO}솔바람-R은 큐웬3를 밑거름으로 삼지 않았다.`, absent: ['BASED_ON 솔바람-R -> 큐웬3'] },
  // listed in a programme ("…에 이름을 올렸다", "명단에 포함됐다", "…의 일원으로"), or taking part in it as a relative clause ("참가 중인 X"),
  // not one only hoped for ("일원이 되기를 희망한다") or wondered about ("이름을 올릴지")
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업'에 이름을 올렸다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스도 'AI 바우처 지원사업' 최종 명단에 포함됐다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업'의 일원으로 서비스를 만든다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업'의 일원이 되기를 희망한다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스가 'AI 바우처 지원사업'에 이름을 올릴지 관심이다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.subject', text: "노을랩스는 AI 스타트업이다. 노을랩스는 'AI 바우처 지원사업' 명단에 포함되지 않았다.", absent: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.adnominal', text: "노을랩스는 AI 스타트업이다. 'AI 바우처 지원사업'에 참가 중인 노을랩스는 내년 서비스를 연다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.adnominal', text: "노을랩스는 AI 스타트업이다. 'AI 바우처 지원사업'에 참여하고 있는 노을랩스는 내년 서비스를 연다.", expect: ['PARTICIPATES_IN 노을랩스 -> AI 바우처 지원사업'] },
  // the official who runs a programme, named after the ministry ("사업을 총괄하는 과기정통부 NAME 정책관") or before a joined title ("NAME 인공지능정책관이 주도하고 있다")
  { cat: 'promotes.leader-of', text: "'AI 바우처 지원사업'을 총괄하는 중기부 한서윤 국장은 이렇게 말했다.", expect: ['PROMOTES 한서윤 -> AI 바우처 지원사업'] },
  { cat: 'promotes.policy-led-by', text: "한서윤 국장은 공무원이다. 'AI 바우처 지원사업'은 한서윤 디지털혁신국장이 주도하고 있다.", expect: ['PROMOTES 한서윤 -> AI 바우처 지원사업'] },
  // the maker named after its model ("Y의 개발사인 X", "Y 개발을 주도한 X") or as a brand ("X표 AI 모델 Y")
  { cat: 'developed.made-it', text: `${INTRO}'솔바람-R'의 개발사인 한빛소프트는 투자를 유치했다.`, expect: ['DEVELOPED 한빛소프트 -> 솔바람-R'] },
  { cat: 'developed.made-it', text: `${INTRO}솔바람-R 개발을 이끈 한빛소프트는 후속작도 준비한다.`, expect: ['DEVELOPED 한빛소프트 -> 솔바람-R'] },
  { cat: 'developed.brand-mark', text: '한빛소프트는 AI 기업이다. 한빛소프트표 AI 모델 솔바람-R이 나왔다.', expect: ['DEVELOPED 한빛소프트 -> 솔바람-R'] },
  // a partner by joining as one ("X가 Y의 기술 파트너로 합류했다"), not one still considering it
  { cat: 'partners.joined-as-partner', text: '한빛소프트와 노을랩스는 AI 기업이다. 노을랩스가 한빛소프트의 기술 파트너로 합류했다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.joined-as-partner', text: '한빛소프트와 노을랩스는 AI 기업이다. 노을랩스는 한빛소프트의 공식 협력사로 선정됐다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.joined-as-partner', text: '한빛소프트와 노을랩스는 AI 기업이다. 노을랩스가 한빛소프트의 파트너로 합류할지는 미정이다.', absent: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  // a person who runs a unit of the company ("X AI 연구소를 맡고 있는 NAME 전무")
  { cat: 'works-for.leads-work-at', text: '한빛소프트는 AI 기업이다. 한빛소프트 AI 연구소를 맡고 있는 서하준 전무는 설명했다.', expect: ['WORKS_FOR 서하준 -> 한빛소프트'] },
  // companies that took part in building a model ("Y 개발에는 A와 B가 참여했다", "이번 모델 개발에는 ▲A ▲B 등 2개사가 참여했다") partner its developer
  { cat: 'partners.development-participants', text: "노을랩스는 새 모델 '노을-F'를 공개했다. 노을-F 개발에는 가온은행과 다솜증권이 참여했다.", expect: ['PARTNERS_WITH 가온은행 -> 노을랩스', 'PARTNERS_WITH 다솜증권 -> 노을랩스'] },
  { cat: 'partners.development-participants', text: "노을랩스는 새 모델 '노을-F'를 공개했다. 이번 모델 개발에는 ▲가온은행 ▲다솜증권 등 2개사가 힘을 보탰다.", expect: ['PARTNERS_WITH 가온은행 -> 노을랩스', 'PARTNERS_WITH 다솜증권 -> 노을랩스'] },
  { cat: 'partners.development-participants', text: "노을랩스는 새 모델 '노을-F'를 공개했다. 후속 모델 개발에는 가온은행과 다솜증권이 참여할 예정이다.", absent: ['PARTNERS_WITH 가온은행 -> 노을랩스'] },
  { cat: 'partners.development-participants', text: "노을랩스는 새 모델 '노을-F'를 공개했다. 노을-F 개발에는 가온은행과 다솜증권의 데이터가 쓰였다.", absent: ['PARTNERS_WITH 가온은행 -> 노을랩스'] },
  // a model's name in the other script in parentheses, its version a letter and a number ("Haneul-X2(하늘-X2)")
  // a family's Latin gloss inside a versioned name ("젬마(Gemma) 3 12B"): that spelling is one more form of the model
  { cat: 'paren-alias.gloss-inside-name', text: '노을랩스는 젬마(Gemma) 3 12B를 바탕으로 새 모델을 만들었다.', sameNode: ['젬마 3 12B=젬마(Gemma) 3 12B', '젬마 3 12B=Gemma 3 12B'] },
  { cat: 'paren-alias.other-script', text: '노을랩스는 첫 모델 Haneul-X2(하늘-X2)를 내놨다. 하늘-X2는 KMMLU에서 60점을 받았다.', sameNode: ['Haneul-X2=하늘-X2'] },
  { cat: 'paren-alias.other-script', text: '노을랩스는 첫 모델 Haneul-X2(바다-X2)를 내놨다.', nodes: ['Model:Haneul-X2', 'Model:바다-X2'] },
  // a partnership signed with no subject ("지난달 Y와 공동 연구 협약을 체결했다"): the company the sentences are about; not in a reply ("네, …")
  { cat: 'partners.omitted-subject-signed', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 지난달 가온데이터와 의료 영상 공동 연구 파트너십을 체결했다.", expect: ['PARTNERS_WITH 가온데이터 -> 노을랩스'] },
  { cat: 'partners.omitted-subject-signed', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 올봄 가온데이터와 물류 분야 파트너십을 맺을지 검토 중이다.", absent: ['PARTNERS_WITH 가온데이터 -> 노을랩스'] },
  { cat: 'partners.omitted-subject-signed', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 협력사가 있나요? 네, 작년에 가온데이터와 공동 사업 파트너십을 체결했어요.", absent: ['PARTNERS_WITH 가온데이터 -> 노을랩스'] },
  // an adverb of the clause before a programme's word is no word of its name ('… 모두 실증 사업에 이름을 올리면서')
  {
    cat: 'discover.programme-before-joining',
    text: "정부는 '해양 AI 실증 사업' 수행 기업을 발표했다. 가온소프트와 다솜데이터, 물결랩스가 모두 실증 사업에 이름을 올렸다.",
    noNodes: ['Policy:모두 실증 사업'],
  },
  // a lead's team is the programme of its own sentence, not one the lead is named a team of only later
  {
    cat: 'participates.consortium-scope',
    text: "정부는 '해양 AI 실증 사업' 수행 컨소시엄 3곳을 최종 선정했다고 밝혔다. 선정된 컨소시엄을 보면 다음과 같다. 가온소프트는 다솜데이터와 컨소시엄을 꾸려 자체 모델을 항만 관제에 적용한다. 이번 실증은 '독자 AI 파운데이션 모델 프로젝트'와도 맞물린다. 이 프로젝트의 2단계 정예팀인 가온소프트와 물결랩스가 모두 이름을 올렸다.",
    expect: ['PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 가온소프트 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 물결랩스 -> 독자 AI 파운데이션 모델 프로젝트'],
    absent: ['PARTICIPATES_IN 다솜데이터 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // members named as going on together with the lead ("A 컨소시엄은 B, C와 함께 3단계에 진출했다"); a time word before 컨소시엄 is no lead
  {
    cat: 'participates.consortium-scope',
    text: "정부가 추진하는 '해양 AI 실증 사업' 2차 평가에서 가온소프트, 물결랩스 등 2개 컨소시엄이 살아남았다. 물결랩스 컨소시엄은 다솜데이터, 누리로보틱스와 함께 3단계에 진출했다. 솔빛번역은 이번 단계부터 컨소시엄에서 빠졌다.",
    expect: ['PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 누리로보틱스 -> 해양 AI 실증 사업', 'PARTNERS_WITH 물결랩스 -> 다솜데이터', 'PARTNERS_WITH 물결랩스 -> 누리로보틱스'],
    noNodes: ['Company:단계부터'],
  },
  { cat: 'participates.consortium-scope', text: "정부가 추진하는 '해양 AI 실증 사업' 2차 평가에서 물결랩스 컨소시엄이 살아남았다. 물결랩스 컨소시엄은 다솜데이터 컨소시엄과 달리 3단계에 진출했다.", absent: ['PARTNERS_WITH 물결랩스 -> 다솜데이터'] },
  { cat: 'discover.consortium-lead', text: '정부 사업 결과가 나왔다. 가온소프트 컨소시엄은 다솜데이터와 팀을 이뤘다. 물결랩스는 지난달까지 컨소시엄에 있었다.', noNodes: ['Company:지난달까지'] },
  // KEPCO's generation companies are companies (a public corporation still is one)
  { cat: 'gazetteer.power-companies', text: '가온소프트는 한국중부발전과 함께 자사 모델을 발전소 점검 보고서 작성에 활용한다.', expect: ['PARTNERS_WITH 한국중부발전 -> 가온소프트'] },
  // public bodies in general and a consortium described by what it will do are no companies
  {
    cat: 'nonentity.public-bodies',
    text: "정부는 '해양 AI 실증 사업'을 수행할 컨소시엄 5곳을 선정했다. 정부는 올해 국산 모델 5종을 중앙부처와 지자체, 공공기관 등 15곳의 업무에 적용한다.",
    noNodes: ['Company:수행할', 'Company:공공기관', 'Company:지자체', 'Company:중앙부처'],
  },
  // a notice's staff lines: a corporate mark before the company ('NAME (주)X 부서 상무', 'NAME 대표((주)X)'), a title's acronym after it ('(주)X 최고기술책임자(CTO) NAME')
  { cat: 'works-for.name-company-title', text: '가온소프트와 다솜데이터가 참여한다.\n\n○ 과제책임자 : 한서진 (주)가온소프트 연구개발본부 이사', expect: ['WORKS_FOR 한서진 -> 가온소프트'] },
  { cat: 'works-for.name-title-paren-company', text: '가온소프트와 다솜데이터가 참여한다.\n\n○ 참여기관 책임자 : 도하윤 대표((주)다솜데이터)', expect: ['WORKS_FOR 도하윤 -> 다솜데이터'] },
  { cat: 'works-for.company-title-paren-name', text: '가온소프트와 다솜데이터가 참여한다.\n\n○ 참여기관 책임자 : (주)다솜데이터 최고기술책임자(CTO) 윤재민', expect: ['WORKS_FOR 윤재민 -> 다솜데이터'] },
  // a programme as the topic and its teams counted after their names ('P는 지금 A, B, C 세 팀이 2단계를 진행 중')
  { cat: 'participates.programme-topic-teams', text: "정부는 '해양 AI 실증 사업'을 진행한다. 해양 AI 실증 사업은 현재 가온소프트, 다솜데이터 두 팀이 본사업을 수행하고 있다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업'] },
  { cat: 'participates.programme-topic-teams', text: "정부는 '해양 AI 실증 사업'을 진행한다. 해양 AI 실증 사업은 가온소프트, 다솜데이터 두 팀이 참여하지 않았다.", absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  // spoken particles after a name ('X하고 손잡고', 'X랑', 'X한테'): the name is still read
  // a first-person letter that reports another person's quoted words: the chief speaks for the company named before, not for the letter's sender (h88_04)
  {
    cat: 'letter.reported-quote',
    text: '안녕하세요, 누리벤처스 심사역 김하늘입니다.\n\n이번 주 저희 포트폴리오에는 반가운 소식이 있었습니다. 물류 로봇을 만드는 가온로보틱스가 80억 원 규모의 투자를 유치했습니다. 가온로보틱스는 올해 고객사 20곳을 새로 확보했습니다. 한도윤 대표는 "투자금은 생산 설비 확충에 쓰겠다"고 말했습니다.',
    expect: ['WORKS_FOR 한도윤 -> 가온로보틱스'],
    absent: ['WORKS_FOR 한도윤 -> 누리벤처스'],
  },
  { cat: 'particles.spoken', text: '가온소프트는 AI 스타트업이에요. 저희는 지금 네이버클라우드하고 손잡고 민원 상담 모델을 같이 만들고 있어요.', expect: ['PARTNERS_WITH 가온소프트 -> 네이버클라우드'] },
  // a programme's remaining teams, counted ('A, B 이렇게 두 군데가 남아 있고'); an official who has been leading it ('이 사업을 끌고 오시면서')
  { cat: 'participates.counted-remaining', text: "'해양 AI 실증 사업' 얘기를 해 볼게요. 지금 한빛소프트, 가온랩스 이렇게 두 군데가 남아 있고, 한 곳을 더 뽑는대요.", expect: ['PARTICIPATES_IN 한빛소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 가온랩스 -> 해양 AI 실증 사업'] },
  { cat: 'participates.counted-remaining', text: "'해양 AI 실증 사업' 얘기를 해 볼게요. 한빛소프트, 가온랩스 두 곳이 남아 있을지도 모르겠어요.", absent: ['PARTICIPATES_IN 한빛소프트 -> 해양 AI 실증 사업'] },
  { cat: 'promotes.person', text: "해양수산부 도재원 디지털정책관이 어제 새 기준을 냈어요. '해양 AI 실증 사업' 말이에요. 도재원 정책관님이 이 사업을 처음부터 끌고 오셨잖아요.", expect: ['PROMOTES 도재원 -> 해양 AI 실증 사업'] },
  // a workplace forum's replies under their poster tags ('X · a1B2c3'): '우리 회사' is the tagged company, and no company where the tag names none
  { cat: 'references.poster-tag', text: '사내 LLM 뭐 쓰세요?\n\n업스테이지 · a1B2c3\n\n우리 회사 누리-7B도 라마 3 위에 법률 데이터 얹어서 튜닝한 거임.\n\n공무원 · Gv9e4P\n\n우리 회사 바람-7B도 라마 3 위에 얹은 거임.', expect: ['DEVELOPED 업스테이지 -> 누리-7B'], absent: ['DEVELOPED 업스테이지 -> 바람-7B'] },
  // a poster's bare first person ('우리는 …', '우린 …') is the tagged company too; a tag naming none gives none
  { cat: 'references.poster-we', text: "정부의 '해양 AI 실증 사업' 얘기 좀 해봄\n\n가온소프트 · q7Lm2x\n\n우리는 작년에 해양 AI 실증 사업 지원했다가 떨어졌음.\n\n공무원 · Tz8k1P\n\n우리는 해양 AI 실증 사업 지원했다가 떨어졌음.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'], noNodes: ['Company:공무원'] },
  // a chief named with no company in a poster's reply ('그거 NAME 대표가 직접 …') heads the tagged company; under a tag naming none, nobody's
  { cat: 'works-for.poster-chief', text: "바람-9B 표절 얘기 아직도 도네\n\n가온소프트 · Wd4r8N\n\n그거 도하윤 대표가 직접 설명회까지 열어서 다 해명했음.\n\n공무원 · Hx2p5K\n\n그거 유서진 대표가 직접 해명했음.", expect: ['WORKS_FOR 도하윤 -> 가온소프트'], absent: ['WORKS_FOR 유서진 -> 가온소프트'] },
  // a score list's model with its maker in parentheses before the score ('B: M1 71.2 / M2(X) 68.0')
  { cat: 'scored.bench-list-maker', text: '가온소프트가 바람-9B를 공개했다.\n\nKoBEST: 바람-9B 71.2 / 라마 3.1 8B(메타) 68.0', expect: ['SCORED 바람-9B -> KoBEST', 'SCORED 라마 3.1 8B -> KoBEST'] },
  // a base named in parentheses after a word for its role ('본체(Y)에서 증류한', '교사 모델(Y)을 증류해')
  { cat: 'based-on.role-word-paren', text: '가온소프트가 바람-9B와 경량판 바람-9B 라이트를 공개했다.\n\n라이트는 본체(바람-9B)에서 증류한 거임', expect: ['BASED_ON 바람-9B 라이트 -> 바람-9B'] },
  // a time word before a possessive is no maker ('요즘의 X', '지금의 X'); a founding noun before a parenthesised head is no company ('X 설립(대표 NAME)')
  { cat: 'nonentity.time-words', text: "가온소프트는 AI 기업이다. 처음 만든 바람 LM 1.0의 경험이 요즘의 바람 LM 4.0을 만들었다.", expect: ['DEVELOPED 가온소프트 -> 바람 LM 4.0'], noNodes: ['Company:요즘'] },
  { cat: 'nonentity.founding-noun', text: "2018.03: (주)가온소프트 창립(대표이사 도하윤)", noNodes: ['Company:창립'], absent: ['WORKS_FOR 도하윤 -> 창립'] },
  // the teams of a programme named as a group after '등' ('P에는 A와 B 등 정예팀이 참여해'), the programme named or referred to
  { cat: 'participates.included-groups', text: "정부는 '해양 AI 실증 사업'을 시작했다. 현재 이 사업에는 가온소프트와 다솜데이터 등 정예팀이 참여해 중간 평가를 받고 있다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업'] },
  { cat: 'participates.included-groups', text: "정부는 '해양 AI 실증 사업'을 시작했다. 해양 AI 실증 사업에는 가온소프트, 다솜데이터 등 기업들이 참여한다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업'] },
  // the subject a release clause after a named model describes ("'M'을 공개한 X는"), a name no list knows
  { cat: 'developed.made-it', text: "지난달 '별무리-9B'를 출시한 하늘결은 표절 논란에 휩싸였다.", expect: ['DEVELOPED 하늘결 -> 별무리-9B'] },
  { cat: 'developed.made-it', text: "최근 '별무리-9B'를 공개한 회사는 아직 답하지 않았다.", noNodes: ['Company:회사'] },
  // an English appositive naming where a model comes from ("M, a small model from French developer X")
  { cat: 'developed.en-appositive-from', text: 'Reviewers compared it with Lumen 4B, a lightweight model from Canadian startup Cohere.', expect: ['DEVELOPED Cohere -> Lumen 4B'] },
  { cat: 'developed.en-appositive-from', text: 'Reviewers compared it with Lumen 4B, a lightweight model from Cohere.', expect: ['DEVELOPED Cohere -> Lumen 4B'] },
  // a discovered Latin company named with AI after it, later by its first word alone ("Brightfield AI" … "Brightfield signed")
  { cat: 'partners.en', text: 'Brightfield AI, a 30-person startup in Busan, released Tidal-13B last month. Brightfield signed a partnership with Samsung SDS in May to build agents.', expect: ['PARTNERS_WITH Brightfield AI -> Samsung SDS'] },
  // an encyclopedia's definition of a family ('X(Y)은 … C가 … 공개해 온 언어모델 계열을 가리킨다'): the family is C's, and so are its versions
  { cat: 'developed.family-definition', text: '누리별(NURIBYEOL)은 대전의 AI 기업 가온랩스가 2022년부터 내놓아 온 대형 언어모델 계열을 가리킨다.\n\n누리별 2.0은 2024년 3월 공개되었다. 누리별 2.0 미니는 누리별 2.0을 증류한 모델이다.', expect: ['DEVELOPED 가온랩스 -> 누리별', 'DEVELOPED 가온랩스 -> 누리별 2.0 미니'] },
  // spoken transcripts: a company introduced with a quotative ('스타트업 X라는 데가', 'X라는 곳'), a model named unquoted ('X라는 모델을 냈다'),
  // a deictic word before a score ('거기선 71.2가'), a company's code a smaller version is made from ('X의 V2를 작게 줄인 버전')
  { cat: 'discover.quotative-company', text: '요즘 스타트업 바다랩AI라는 데가 있는데요, 물류 쪽을 한대요.', nodes: ['Company:바다랩AI'], noNodes: ['Company:바다랩AI라'] },
  { cat: 'discover.quotative-company', text: '스타트업 누리웨이브라는 곳이 눈에 띄었어요.', nodes: ['Company:누리웨이브'], noNodes: ['Company:누리웨이브라'] },
  { cat: 'discover.named-model-unquoted', text: '가온소프트는 지난주 한결메드라는 모델을 냈어요.', nodes: ['Model:한결메드'] },
  { cat: 'discover.named-model-unquoted', text: '가온소프트는 지난주 별무리온이라는 법률 특화 모델을 공개했다.', nodes: ['Model:별무리온'] },
  { cat: 'discover.named-model-unquoted', text: '정말 좋다라는 모델 평가가 많아요.', noNodes: ['Model:정말 좋다', 'Model:좋다'] },
  { cat: 'discover.deictic-before-score', text: '그리고 KoBEST 벤치마크, 추론 보는 거요, 거기선 71.2가 나왔어요.', noNodes: ['Model:거기선 71.2'] },
  // a round's losers told after the programme is named ('A랑 B는 아쉽게 이번에 떨어졌고요'); no programme before, or no round word, gives nothing
  { cat: 'participates.stage-dropped', text: "정부는 '해양 AI 실증 사업' 2차 심사를 마쳤다. 가온랩스 이렇게 한 곳이 3차로 올라갔어요. 그리고 한빛소프트는 아쉽게 이번에 떨어졌어요.", expect: ['PARTICIPATES_IN 한빛소프트 -> 해양 AI 실증 사업'] },
  { cat: 'participates.stage-dropped', text: '정부의 AI 바우처 사업 2차 관문을 카카오, 네이버 두 팀이 넘었다. KT 팀과 스타트업 모레 팀은 고배를 마셨다.', expect: ['PARTICIPATES_IN KT -> AI 바우처', 'PARTICIPATES_IN 모레 -> AI 바우처'] },
  { cat: 'participates.stage-dropped', text: "정부는 '해양 AI 실증 사업'을 시작했다. 한빛소프트의 주가는 이번에 떨어졌어요.", absent: ['PARTICIPATES_IN 한빛소프트 -> 해양 AI 실증 사업'] },
  { cat: 'discover.owned-code-derived', text: '미스트랄의 V2를 작게 줄인 버전이 같은 시험에서 40점 정도였어요.', expect: ['DEVELOPED 미스트랄 -> V2'] },
  // a base denied as what a comparison means ('Y를 앞섰다는 것이 Y를 바탕으로 만들었다는 뜻은 아니다'); a partner joined with '와/과' is no self-builder
  { cat: 'based-on.denied-meaning', text: `${INTRO}솔바람-R이 제미나이 2.5를 이겼다고 해서 제미나이 2.5를 토대로 개발했다는 의미는 아니고, 뿌리는 라마 3입니다.`, absent: ['BASED_ON 솔바람-R -> 제미나이 2.5'] },
  { cat: 'developed.self-built', text: "가온소프트는 파트너사인 다솜데이터와 손을 잡고, 자체 개발한 번역 모델 '물결-3'을 공급한다.", absent: ['DEVELOPED 다솜데이터 -> 물결-3'] },
  // a Hangul name joined by a hyphen with a release tag ('X-Y v2'), and its other version the page names later
  { cat: 'discover.hangul-tagged', text: "가온소프트의 새 모델 다온-봇 v3가 나왔다. 첫 모델 다온-봇 v1은 라마 3 기반이었다.", nodes: ['Model:다온-봇 v3', 'Model:다온-봇 v1'] },
  // English: an officer named after the company's possessive post ("X's chief operating officer, NAME"), a place-based kind before the employer,
  // a second score in a coordinated list, an application dated before its programme, a deal signed in a clause after the subject's first verb
  { cat: 'works-for.en-possessive-role-name', text: "Brightfield AI released Tidal-13B on Monday. Brightfield AI's chief operating officer, Moon Ha-eun, said sales would start in June.", expect: ['WORKS_FOR Moon Ha-eun -> Brightfield AI'] },
  { cat: 'works-for.en-possessive-role-name', text: '좌담회에는 오세린 가온소프트 CTO, 백도윤 다솜데이터 대표가 참석했다.', absent: ['WORKS_FOR 백도윤 -> 가온소프트'] },
  { cat: 'works-for.en-role-at', text: 'The loudest critic was Seo Yu-na, a research engineer at Daejeon-based robotics startup Nuvola Robotics, who posted the logs.', expect: ['WORKS_FOR Seo Yu-na -> Nuvola Robotics'], noNodes: ['Company:Daejeon-based'], props: ['Nuvola Robotics=country:KR'] },
  { cat: 'scored.en-focus-and-on', text: 'Brightfield AI released Tidal-13B on Monday. The company said the model scored 64.2 on KMMLU, the standard Korean knowledge test, and 77.5 on KoBEST, a reasoning suite.', expect: ['SCORED Tidal-13B -> KMMLU', 'SCORED Tidal-13B -> KoBEST'] },
  // "the company said it submitted an application for" a programme this sentence names first (h88_05)
  { cat: 'participates.en-applied', text: "Seoul-based Lumen Robotics raised new funding on Friday. The firm said it had submitted a bid in October for the second round of the government's Sovereign AI Foundation Model Project.", expect: ["PARTICIPATES_IN Lumen Robotics -> Sovereign AI Foundation Model Project"] },
  { cat: 'participates.en-applied', text: "Seoul-based Lumen Robotics raised new funding on Friday. The firm said it had not submitted a bid for the government's Sovereign AI Foundation Model Project.", absent: ["PARTICIPATES_IN Lumen Robotics -> Sovereign AI Foundation Model Project"] },
  { cat: 'participates.en', text: "Brightfield AI applied in March for a place in the government's Sovereign AI Foundation Model Project.", expect: ['PARTICIPATES_IN Brightfield AI -> Sovereign AI Foundation Model Project'] },
  { cat: 'partners.en-subject-and-signed', text: 'Brightfield AI opened a Tokyo office in April, and last week signed an agreement with Naver Cloud to build a loan assistant.', expect: ['PARTNERS_WITH Brightfield AI -> Naver Cloud'] },
  // a Latin name's other version by its letter-and-number part ("Tidal-M2" … "Tidal-M1"); a city's own sentence is no company's
  { cat: 'discover.lettered-sibling', text: 'Brightfield AI released Tidal-M2 on Monday. Tidal-M2 replaces last year\'s Tidal-M1 as the flagship.', nodes: ['Model:Tidal-M1'], expect: ['SUCCEEDS Tidal-M2 -> Tidal-M1'] },
  // a colloquial comitative "랑" names the partner as 와/과 does
  { cat: 'partners.omitted-subject-signed', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 지난달 솔트룩스랑 의료 영상 협력 MOU를 맺었다.", expect: ['PARTNERS_WITH 노을랩스 -> 솔트룩스'] },
  { cat: 'partners.omitted-subject', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 올해는 솔트룩스랑 함께 손잡고 물류 시장을 노린다.", expect: ['PARTNERS_WITH 노을랩스 -> 솔트룩스'] },
  { cat: 'partners.omitted-subject', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 솔트룩스랑 협력할지는 아직 검토 중이다.", absent: ['PARTNERS_WITH 노을랩스 -> 솔트룩스'] },
  { cat: 'partners.omitted-subject-signed', text: '한빛소프트는 올해 매출이 늘었다. 대전시는 지난달 네이버클라우드와 AI 행정 업무협약을 맺었다.', absent: ['PARTNERS_WITH 한빛소프트 -> 네이버클라우드'] },
  // a programme named in full, then by its last two words ("… 스마트물류 실증사업에 참여한다")
  { cat: 'participates.policy-tail', text: "시는 올해 '인천 AI 스마트물류 실증사업'을 시작한다. 가온소프트는 스마트물류 실증사업에 참여한다.", expect: ['PARTICIPATES_IN 가온소프트 -> 인천 AI 스마트물류 실증사업'] },
  // a document named with 증권 is no securities firm; a variant word before a component's noun is no variant ("X 비전 인코더")
  { cat: 'nonentity.trade-document', text: '가온소프트는 유가증권 분석 모델을 만든다.', noNodes: ['Company:유가증권'] },
  // a quoted board's name whose first word is also a programme's short name ("'K-AI 리더보드'") is a benchmark;
  // a card's title line ("[카드 3] 진출팀 ② X 'Y'.") makes X and Y what the card's next sentences are about
  { cat: 'discover.quoted-board', text: "공개 평가 체계 'K-AI 리더보드' 종합 점수는 엑사원 4.0 32B 70.2점이었다.", expect: ['SCORED 엑사원 4.0 32B -> K-AI 리더보드'] },
  { cat: 'subject.item-title', text: "[카드 3] 본선 진출팀 ② 가온소프트 '바람-9B'. 설계부터 직접 학습한 모델이에요. 물류 기업 다솜데이터와 컨소시엄을 꾸려 현장 실증도 함께 하고 있어요.", expect: ['PARTNERS_WITH 가온소프트 -> 다솜데이터'] },
  // an event after a company word is no company ('선정 기업 설명회에서'); teams that advance together ('A 컨소시엄은 B, C와 함께 P 본선에 올랐다')
  // are rivals taking part, not partners; a model glossed inside its name ('바람(BARAM)-9B') is the one named without the gloss later
  { cat: 'nonentity.event-noun', text: "최도윤 국장이 '부산 AI 챌린지' 선정 기업 설명회에서 계획을 밝혔다.", noNodes: ['Company:설명회'] },
  { cat: 'participates.together-with-subject', text: "가온소프트 컨소시엄은 다솜데이터, 한빛소프트와 함께 '해양 AI 실증 사업' 본선에 올랐다.", expect: ['PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 한빛소프트 -> 해양 AI 실증 사업'], absent: ['PARTNERS_WITH 가온소프트 -> 다솜데이터'] },
  { cat: 'discover.glossed-inside', text: "가온소프트가 법률 특화 모델 '바람(BARAM)-9B'를 발표했다. 바람-9B는 라마 3.1 8B를 바탕으로 학습했다.", sameNode: ['바람(BARAM)-9B=바람-9B'] },
  // a consortium formed with a list of described partners, the subject omitted ('물류 기업 A, 로봇 기업 B 등과 컨소시엄을 꾸려')
  { cat: 'partners.omitted-subject-consortium', text: "가온소프트는 새 모델을 공개했다. 물류 기업 다솜데이터, AI 반도체 기업 한빛칩스 등과 컨소시엄을 꾸려 실증을 함께 진행한다.", expect: ['PARTNERS_WITH 가온소프트 -> 다솜데이터', 'PARTNERS_WITH 가온소프트 -> 한빛칩스'] },
  // a base model's score given as what is compared ('KMMLU에서 … Y의 55.0점보다'); a distilled model ('Y에서 지식 증류 방식으로 만든 X');
  // the lead of a company's or a consortium's work ('X 컨소시엄의 개발 총괄은 NAME 연구소장이 맡고 있다')
  { cat: 'scored.bench-model-possessive-score', text: 'KMMLU에서 가온-7B는 61.2점으로, 기반 모델인 라마 3.1 8B의 55.0점보다 6점 높다.', expect: ['SCORED 라마 3.1 8B -> KMMLU', 'SCORED 가온-7B -> KMMLU'] },
  { cat: 'based-on.finetune-head', text: "가온소프트는 가온-7B에서 지식 증류 방식으로 만든 경량 모델 '가온-1B'를 공개했다.", expect: ['BASED_ON 가온-1B -> 가온-7B'] },
  { cat: 'works-for.unit-lead-taken', text: '가온소프트 컨소시엄의 개발 총괄은 도하윤 연구소장이 맡고 있다.', expect: ['WORKS_FOR 도하윤 -> 가온소프트'] },
  // a table's remark cell that is only 'Y 기반' names the row's base; a successor named after the sentences have moved on from its predecessor
  { cat: 'table.note-base', text: '가온소프트가 평가 결과를 공개했다.\n\n모델 | 개발사 | KMMLU | 비고\n가온-7B | 가온소프트 | 61.2 | 라마 3.1 8B 기반\n라마 3.1 8B | 메타 | 50.3 | 베이스 후보', expect: ['BASED_ON 가온-7B -> 라마 3.1 8B'], absent: ['BASED_ON 라마 3.1 8B -> 라마 3.1 8B'] },
  { cat: 'succeeds.successor-of-focus', text: "가온소프트는 해양 특화 모델 '물결-7B'를 지난 3일 공개했다. 물결-7B는 라마 3.1 8B를 바탕으로 학습했다.\n\n회사는 올해 매출 목표를 두 배로 높였다.\n\n도하윤 가온소프트 대표는 \"매개변수 130억 개 규모의 후속 모델 '물결-13B'를 개발하고 있다\"고 밝혔다.", expect: ['SUCCEEDS 물결-13B -> 물결-7B'] },
  // a model whose maker the relative clause before it names ('두 회사는 B가 자체 개발한 'M'을 …') is that maker's, not the topic's
  { cat: 'clause.developed.adnominal-maker', text: "가온소프트와 다솜데이터가 협약을 맺었다. 두 회사는 다솜데이터가 자체 개발한 번역 모델 '물결-3'을 가볍게 만들어 차량에 넣기로 했다.", expect: ['DEVELOPED 다솜데이터 -> 물결-3'], absent: ['DEVELOPED 가온소프트 -> 물결-3'] },
  // a roundtable's marked turns ('▶NAME 직함=…', later '▶성 직함=…'): a speaker's subjectless sentences are about the company the
  // caption places them at, the host's turn ('▶사회=') is no one's, and an official's turn speaks for the programmes it names
  {
    cat: 'turns.roundtable-speaker',
    text: "[대담] 해양 AI, 어디까지 왔나\n\n참석자는 문세희 해양수산부 디지털정책관, 도하윤 가온소프트 대표, 한지오 다솜데이터 이사, 오진우 산업부장(사회).\n\n▶사회=올해 성과부터 말씀해 주시죠.\n\n▶한지오 이사=올봄 업스테이지와 항만 특화 모델 공동 개발 협약을 맺었습니다.\n\n▶문세희 정책관=내년에는 '해양 AI 실증 사업' 예산을 늘릴 계획입니다.\n\n▶도하윤 대표=저희도 같은 생각입니다.\n\n▶도 대표=그래서 이번 '해양 AI 실증 사업'에도 지원서를 냈습니다.",
    expect: ['PARTNERS_WITH 다솜데이터 -> 업스테이지', 'PROMOTES 문세희 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'],
    absent: ['PARTNERS_WITH 가온소프트 -> 업스테이지', 'PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업', 'PROMOTES 도하윤 -> 해양 AI 실증 사업'],
  },
  // a round lost in other words ('1차에서 쓴맛을 봤다') still took part; the next clause's own topic company ('…냈고, B는 … 여부를') keeps its hedge
  { cat: 'participates.selection-outcome', text: "'해양 AI 실증 사업' 1차 평가 결과가 나왔다. 가온소프트도 1차에서 쓴맛을 봤다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  { cat: 'participates.subject', text: "'해양 AI 실증 사업' 공고가 났다. 다솜데이터가 이 사업에 지원서를 냈고, 가온소프트는 참여 여부를 정하지 않았다.", expect: ['PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업'], absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  // a versioned model's stem alone, named as what the new one upgrades ('X의 업그레이드 버전', '전작 X'), is the line's earlier model
  {
    cat: 'names.predecessor-stem',
    text: "한빛소프트가 물류 특화 모델 'NOVA Q 3'를 공개했다. 작년에 라마 3.1을 기반으로 만들었던 NOVA Q의 업그레이드 버전이다.",
    expect: ['SUCCEEDS NOVA Q 3 -> NOVA Q', 'BASED_ON NOVA Q -> 라마 3.1'],
    absent: ['BASED_ON NOVA Q 3 -> 라마 3.1'],
  },
  // the earlier model of a line, its maker not named, is the maker's of the new one (not the partner that only co-developed the new one)
  {
    cat: 'developed.predecessor-line',
    text: "한빛소프트가 다솜데이터와 공동 개발한 물류 특화 모델 'NOVA Q 3'를 공개했다. 작년에 라마 3.1을 기반으로 만들었던 NOVA Q의 업그레이드 버전이다.",
    expect: ['DEVELOPED 한빛소프트 -> NOVA Q'],
    absent: ['DEVELOPED 다솜데이터 -> NOVA Q'],
  },
  // a company's model introduced by its kind word as the subject ('X의 상담 특화 모델 'Y'는 …') keeps X the topic: its head
  // ('NAME 대표는') works there; a sentence naming its employer by a reference word ('이 회사 NAME 대표는') is left to that word
  {
    cat: 'works-for.chief-of-topic',
    text: "물류 스타트업 다솜데이터가 투자를 유치했다. 가온소프트가 투자자로 들어왔는데, 회사 측은 단순 투자라고 했다. 다솜데이터의 배차 특화 모델 '다솜-R'은 라마 3.1을 기반으로 만들었다. 오하린 대표는 \"투자금은 인재 채용에 쓰겠다\"고 했다.",
    expect: ['WORKS_FOR 오하린 -> 다솜데이터'],
    absent: ['WORKS_FOR 오하린 -> 가온소프트'],
  },
  { cat: 'works-for.chief-of-topic', text: '다솜데이터가 투자를 유치했다. 가온소프트가 투자자로 들어왔다. 오하린 대표가 직접 발표했다.', absent: ['WORKS_FOR 오하린 -> 가온소프트'] },
  // a company right before a quotation it speaks ('X "Y 베낀 것 아냐"') makes no model the quotation names; a quoted name ('X "Y"') still is its
  { cat: 'developed.juxtaposed', text: '한빛소프트 "큐웬 베낀 것 아니다"\n\n한빛소프트가 자체 모델을 공개했다.', absent: ['DEVELOPED 한빛소프트 -> 큐웬'] },
  // a funding acknowledgement ('이 연구는 「Y 사업」 지원을 받아 수행되었습니다') names a programme the page's company took part in
  { cat: 'participates.acknowledged-funding', text: "가온소프트가 '물결-7B'를 공개했다.\n\n이 연구는 해양수산부의 「해양 AI 실증 사업」 지원을 받아 수행되었습니다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  { cat: 'participates.acknowledged-funding', text: "가온소프트가 '물결-7B'를 공개했다.\n\n이 연구는 「해양 AI 실증 사업」과 무관하게 수행되었습니다.", absent: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  // a name with a corporate suffix in a copyright line ('© 2026 GaonSoft Inc.') is the company named without it
  { cat: 'names.corporate-suffix', text: "가온소프트(GaonSoft)가 '물결-7B'를 공개했다.\n\n© 2026 GaonSoft Inc. All rights reserved.", noNodes: ['Company:GaonSoft Inc.'] },
  // a late round's entrants ('추가 공모에 지원했다', '추가 공모로 들어온 X 컨소시엄은 … 통과했다') take part in the programme named before
  { cat: 'participates.selection-outcome', text: "'해양 AI 실증 사업' 2차 평가 결과가 나왔다. 추가 공모로 들어온 가온소프트·다솜데이터 컨소시엄은 자료 보완을 조건으로 통과했다.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'] },
  // a release clause that runs on into another company's possessive model ('A는 … 밝혔고, B의 M도 … 개발된 모델이다') gives A no M
  { cat: 'developed.subject-release', text: '카카오는 카나나 1.5를 데이터 정제부터 자체 구축했다고 밝혔고, 업스테이지의 솔라 프로 2도 외부 가중치 없이 개발된 모델이다.', absent: ['DEVELOPED 카카오 -> 솔라 프로 2'] },
  // a colloquial score list ("A가 71.2, B가 69.8이라고 나옴"): each model its score, a Hangul name discovered from it
  { cat: 'scored.list-bare-quotative', text: "게시판 글\n\n벤치 점수만 보면 KoBEST에서 누리온 3.0이 71.2, 가람빛 2.0이 69.8이라고 나옴.", expect: ['SCORED 누리온 3.0 -> KoBEST', 'SCORED 가람빛 2.0 -> KoBEST'] },
  // a base grown into a larger model by up-scaling ("Y를 … 업스케일링해서 만든"); a base only half-remembered ("…이었던 것 같은데") gives none
  { cat: 'based-on.upscaled', text: "새 모델 소개\n\n다온 21B는 젬마 2를 레이어 방향으로 업스케일링해서 만든 모델이다.", expect: ['BASED_ON 다온 21B -> 젬마 2'] },
  { cat: 'based-on.upscaled', text: "새 모델 소개\n\n예전 다온은 젬마 기반이었던 것 같은데 지금 다온 21B는 모르겠음.", absent: ['BASED_ON 다온 21B -> 젬마'] },
  // a sized name with a dotted version after the size ("누리-9B 2.1"), its Latin spelling in brackets with a "v" ("Nuri-9B v2.1")
  { cat: 'names.sized-version', text: "가온소프트가 누리-9B 2.1 (Nuri-9B v2.1)을 공개했다. 지난해 낸 누리-9B 2.0의 후속이다.", nodes: ['Model:누리-9B 2.1', 'Model:누리-9B 2.0'], sameNode: ['누리-9B 2.1=Nuri-9B v2.1'] },
  // a results page's winner line ('X — Y (Y\')'): X made Y, and the reason under it is about Y (not the winner above), X the omitted subject
  {
    cat: 'focus.maker-dash-entry',
    text: "우수상 발표\n\n가온소프트 — 물결-9B (Mulgyeol-9B)\n\n선정 이유 해양 관측 기록에 특화된 모델이다. 자체 벤치마크 KoSea에서 71.5점을 기록했다.\n\n다솜데이터 — 다솜-R 3B\n\n선정 이유 물류 문서에 특화된 모델로, 메타의 라마 3.2 3B를 기반으로 배차 기록을 추가 학습했다. 누리클라우드와 공동 개발해 바로 쓸 수 있다.",
    expect: ['DEVELOPED 가온소프트 -> 물결-9B', 'DEVELOPED 다솜데이터 -> 다솜-R 3B', 'BASED_ON 다솜-R 3B -> 라마 3.2 3B', 'PARTNERS_WITH 다솜데이터 -> 누리클라우드'],
    absent: ['BASED_ON 물결-9B -> 라마 3.2 3B', 'PARTNERS_WITH 가온소프트 -> 누리클라우드'],
  },
  // a bare name kept for versioned mentions ('믿음 2.0') is no model as a common word ('…는 믿음을 보여 줬다'); a lab's name is no person
  { cat: 'names.version-only-word', text: "시상식 소식\n\n권다인 물빛랩 대표는 \"작은 팀도 이길 수 있다는 믿음을 보여 줬다\"고 말했다.", noNodes: ['Model:믿음', 'Model:믿:음', 'Person:물빛랩'] },
  // a version's section: continual training glossed in English with its size before the kind word; the predecessor a release sentence names is not what it releases
  { cat: 'based-on.focus-further-trained-copula', text: "누리온 계열\n\n가온소프트가 만든 누리온-2는 두 번째 버전이다. 구글의 젬마 3 12B에 한국어 데이터를 이어 학습(continual pre-training)한 120억 매개변수 모델로, 가중치도 공개했다.", expect: ['BASED_ON 누리온-2 -> 젬마 3 12B'] },
  { cat: 'succeeds.focus-inherits', text: "누리온 계열\n\n가온소프트가 만든 누리온-3은 올해 나왔다. 2026년 3월 공개된 세 번째 세대로, 누리온-2를 잇는 주력 모델이다.", expect: ['SUCCEEDS 누리온-3 -> 누리온-2'] },
  { cat: 'based-on.focus-teacher', text: "누리온 계열\n\n누리온-3 미니는 지난주 나왔다. 누리온-3을 교사 모델로 삼아 지식 증류로 만든 30억 매개변수 모델로, 노트북에서도 돈다.", expect: ['BASED_ON 누리온-3 미니 -> 누리온-3'] },
  { cat: 'focus.release-after-predecessor', text: "누리온 계열\n\n가온소프트가 만든 누리온-2는 두 번째 버전이다. 누리온-1의 후속으로 지난해 발표됐다. 구글의 젬마 3 12B에 한국어 데이터를 이어 학습한 모델로, 가중치도 공개했다.", expect: ['BASED_ON 누리온-2 -> 젬마 3 12B'], absent: ['BASED_ON 누리온-1 -> 젬마 3 12B'] },
  // a successor named in a bracketed aside after the model ('Y 2의 … 설계 (Y 7B의 후속 모델로, …)')
  { cat: 'succeeds.paren-aside', text: "채용 공고\n\n가온소프트는 금융 모델 누리-K 7B를 운영합니다.\n\n차기 모델 누리-K 2의 학습 파이프라인 설계 (누리-K 7B의 후속 모델로, 내년 상반기 공개 목표)", expect: ['SUCCEEDS 누리-K 2 -> 누리-K 7B'] },
  // a translated story's long forms: '스타트업인 X(Latin)', 'Y는 Z로부터 미세 조정되었으며'
  { cat: 'based-on.finetune-topic', text: "번역 기사\n\n서울의 스타트업인 가온브릭(Gaonbrick)이 주목받았다. 이 회사의 가온-KO 8B(Gaon-KO 8B)는 구글의 젬마 3 12B(Gemma 3 12B)로부터 미세 조정되었으며, 법률 텍스트에 대하여 추가적으로 학습되었다.", expect: ['BASED_ON 가온-KO 8B -> 젬마 3 12B', 'DEVELOPED 가온브릭 -> 가온-KO 8B'] },
  // an arena's column beside known benchmarks: its acronym title is a benchmark, its four-digit Elo cells are scores (a year is none)
  { cat: 'table.acronym-elo-column', text: '가온소프트가 평가표를 냈다.\n\n모델 | KMMLU | CLIcK | KCA\n누리온 3 | 61.2 | 70.4 | 1284\n가람빛 2 | 58.1 | 66.0 | 1233', expect: ['SCORED 누리온 3 -> KCA', 'SCORED 가람빛 2 -> KCA'], edgeProps: ['SCORED 누리온 3 -> KCA score=1284'] },
  { cat: 'table.acronym-elo-column', text: '가온소프트가 평가표를 냈다.\n\n모델 | KMMLU | KCA\n누리온 3 | 61.2 | 2025', absent: ['SCORED 누리온 3 -> KCA'] },
  // a pitch roster's numbered items, each titled by a company and its field ("③ X — 의료"): the item's model is that company's, its scores its model's
  { cat: 'names.item-heading-company', text: "데모데이 발표 요약\n\n① 솔빛연구 — 의료\n\n솔빛연구는 두 곳뿐인 자체 학습 팀 중 하나다. 이 회사의 진료 요약 모델 '솔빛-메드 7B'는 지난달 공개됐다.\n\n② 누리웨이브 — 한국어 LLM\n\n마지막으로 나선 누리웨이브는 320억 개 매개변수의 한국어 LLM '한결-K 32B'를 처음부터 구축했다고 밝혔다. KMMLU에서 55.1점을 기록했다.", expect: ['DEVELOPED 솔빛연구 -> 솔빛-메드 7B', 'DEVELOPED 누리웨이브 -> 한결-K 32B', 'SCORED 한결-K 32B -> KMMLU'], absent: ['SCORED 솔빛-메드 7B -> KMMLU'] },
  // taking part as a goal ("… 참여를 목표로 하고 있다") is no participation yet
  { cat: 'participates.goal', text: "가온소프트는 교육용 모델 '가온-에듀 3B'를 공개했다. 회사는 교육부의 'AI 교실 실증 사업' 참여를 목표로 하고 있다.", absent: ['PARTICIPATES_IN 가온소프트 -> AI 교실 실증 사업'] },
  // a former official ("NAME 당시 X부 장관이 발표한 '…'") still announced the plan; a programme named after an adnominal verb ("'…'에 따른 Y 사업") starts after it
  { cat: 'promotes.former-official', text: "가온소프트는 한서윤 당시 행정안전부 장관이 2024년 발표한 '디지털 행정 혁신 방안'에 따른 공공 말뭉치 구축 사업에 참여했다.", expect: ['PROMOTES 한서윤 -> 디지털 행정 혁신 방안'], nodes: ['Policy:공공 말뭉치 구축 사업'], noNodes: ['Policy:따른 공공 말뭉치 구축 사업'] },
  // an official at the briefing of the programme the sentence before named ("… 사업 설명회에서 "…"고 밝힌 바 있다") speaks for it
  { cat: 'promotes.briefing', text: "가온소프트는 'K-클라우드 전환 사업'에도 참여한다. 회사는 행정안전부의 'AI 민원 혁신 사업' 주관사로 선정됐다. 박지후 행정안전부 디지털정부기획관은 사업 설명회에서 \"현장부터 바꾸겠다\"고 밝힌 바 있다.", expect: ['PROMOTES 박지후 -> AI 민원 혁신 사업'], absent: ['PROMOTES 박지후 -> K-클라우드 전환 사업'] },
  // an interview's answer about the late round the question named ("추가 공모에 X가 주관사로 지원했습니다")
  { cat: 'participates.late-round-answer', text: "인터뷰\n\nQ. 정부의 'K-클라우드 실증 사업' 추가 공모에도 지원했다고 들었다.\n\nA. 네. 지난달 마감한 추가 공모에 가온소프트가 주관사로 지원했습니다.", expect: ['PARTICIPATES_IN 가온소프트 -> K-클라우드 실증 사업'] },
  // a division of labour ("A가 X 관리를, B가 Y를 맡는다"): the object before the comma is what one party does, no second party
  { cat: 'partners.division-of-labour', text: "누리랩스가 데이터 수집과 품질 관리를, 가온소프트가 모델 학습을 맡는 구조이며, 양사는 상담 모델을 공동 개발하고 있다.", noNodes: ['Company:관리를'] },
  // a brand's lines tagged by one letter ("누리온-K 2.0", "누리온-V 1.0", "누리온-S 1.0"): one company's, as a brand's versions are
  { cat: 'developed.brand-letter-lines', text: "애널리스트 보고서\n\n가온소프트는 7월 '누리온-K 2.0'을 공개했다. 비전 모델 '누리온-V 1.0'은 Qwen2.5-VL-7B를 기반으로 추가 학습한 모델이다. 음성 부문에서는 상담 음성 3만 시간을 추가 학습한 음성 모델 '누리온-S 1.0'을 운영 중이다.", expect: ['DEVELOPED 가온소프트 -> 누리온-K 2.0', 'DEVELOPED 가온소프트 -> 누리온-V 1.0', 'DEVELOPED 가온소프트 -> 누리온-S 1.0'] },
  // the members of a consortium a subject-less answer formed ("A, B와 컨소시엄을 꾸렸어요") take part in the programme the exchange is about
  { cat: 'participates.formed-team-omitted-subject', text: "인터뷰\n\nQ. 정부의 'K-클라우드 실증 사업' 추가 공모에도 지원했다고 들었다.\n\nA. 네. 지난달 마감한 추가 공모에 가온소프트가 주관사로 지원했습니다. 누리은행, 데이터 전문기업 말글데이터와 컨소시엄을 꾸렸어요.", expect: ['PARTICIPATES_IN 누리은행 -> K-클라우드 실증 사업', 'PARTICIPATES_IN 말글데이터 -> K-클라우드 실증 사업'] },
  { cat: 'participates.formed-team-omitted-subject', text: "인터뷰\n\nQ. 정부의 'K-클라우드 실증 사업' 추가 공모에도 지원했다고 들었다.\n\nA. 네. 지난달 마감한 추가 공모에 가온소프트가 주관사로 지원했습니다. 누리은행, 말글데이터와 컨소시엄을 꾸릴지는 검토 중입니다.", absent: ['PARTICIPATES_IN 누리은행 -> K-클라우드 실증 사업'] },
  // a job page's company box ('기업명: (주)X' then '대표자: NAME') and a contact line after a sentence ('… 안내합니다. 채용 문의: NAME ROLE (mail)')
  { cat: 'works-for.filing-cover', text: "채용 공고\n\n가온브릭(Gaonbrick)은 법률 특화 언어모델을 만드는 스타트업입니다.\n\n기업 정보\n\n기업명: (주)가온브릭\n\n대표자: 하서진\n\n설립일: 2021.05.02", expect: ['WORKS_FOR 하서진 -> 가온브릭'] },
  { cat: 'works-for.omitted-subject-contact', text: "채용 공고\n\n가온브릭(Gaonbrick)은 법률 특화 언어모델을 만드는 스타트업입니다.\n\n면접 일정은 개별로 알려 드립니다. 입사 문의: 윤서하 인사 매니저 (jobs@gaonbrick.kr)", expect: ['WORKS_FOR 윤서하 -> 가온브릭'] },
  { cat: 'works-for.omitted-subject-contact', text: "가온브릭(Gaonbrick)은 법률 특화 언어모델을 만드는 스타트업입니다. 입사 문의는 누리소프트를 통해 받는다고 밝혔다.", absent: ['WORKS_FOR 누리소프트 -> 가온브릭'] },
  // an agency's acronym before the official who runs the programme ('사업을 총괄하는 NIPA NAME … PM은'); students' titles make persons
  { cat: 'promotes.leader-of', text: "가온브릭은 '독자 AI 파운데이션 모델 프로젝트'에 참여했다. 사업을 총괄하는 NIPA 하서진 초거대AI PM은 \"성과가 좋다\"고 말했다.", expect: ['PROMOTES 하서진 -> 독자 AI 파운데이션 모델 프로젝트'], absent: ['WORKS_FOR 하서진 -> 가온브릭'] },
  // a related-people line with the name's romanisation before the dash and 의 before the title ('NAME(Latin) — X의 TITLE(CTO).')
  { cat: 'works-for.speaker-caption', text: "누리온 문서\n\n관련 인물\n\n한도윤(Han Do-yun) — 한빛데이터의 최고기술책임자(CTO). 누리온 1부터 학습을 맡았다.", expect: ['WORKS_FOR 한도윤 -> 한빛데이터'] },
  // a test set defined by name and acronym ('X(ABBR)은 … 자체 구축한 평가 세트로') is a benchmark, its table column too
  { cat: 'discover.defined-benchmark', text: "누리온 문서\n\n누리온 3은 한빛데이터가 개발한 언어 모델이다.\n\n누리온 3은 KMMLU에서 61.2점, K-법령 질의응답(KLQA)에서 77.1점을 받았다.\n\nK-법령 질의응답(KLQA)은 한빛데이터가 자체 구축한 평가 세트로, 외부 검증을 거치지 않았다.", expect: ['SCORED 누리온 3 -> K-법령 질의응답'], absent: ['DEVELOPED KLQA -> K-법령 질의응답'] },
  // a model selected for a programme: its developer takes part ('Y는 Z의 … 분야 모델로 선정돼'); not when it failed
  { cat: 'participates.model-selected', text: "누리온 문서\n\n누리온 3은 한빛데이터가 개발한 언어 모델이다. 2026년 봄 공개됐다.\n\n이후 누리온 3은 과학기술정보통신부의 '초거대 AI 플래그십 프로젝트' 법률 분야 모델로 선정돼 내년부터 쓰일 예정이다.", expect: ['PARTICIPATES_IN 한빛데이터 -> 초거대 AI 플래그십 프로젝트'] },
  { cat: 'participates.model-selected', text: "누리온 문서\n\n누리온 3은 한빛데이터가 개발한 언어 모델이다. 2026년 봄 공개됐다.\n\n누리온 3은 '초거대 AI 플래그십 프로젝트' 법률 분야 모델로 선정되지 못했다.", absent: ['PARTICIPATES_IN 한빛데이터 -> 초거대 AI 플래그십 프로젝트'] },
  // an entry's line on an official ('NAME — MINISTRY TITLE.') and the programme the next sentence, with no subject, runs
  { cat: 'promotes.profile-official', text: "누리온 문서\n\n누리온 3은 한빛데이터가 개발한 언어 모델이다. '초거대 AI 플래그십 프로젝트'와 'AI 바우처'에 참여했다. 하서진 과학기술정보통신부 디지털정책관도 현장을 찾았다.\n\n관련 인물\n\n하서진 — 과학기술정보통신부 디지털정책관. 초거대 AI 플래그십 프로젝트를 총괄하며 선정 결과를 알렸다.", expect: ['PROMOTES 하서진 -> 초거대 AI 플래그십 프로젝트'], absent: ['PROMOTES 하서진 -> AI 바우처'] },
  // a translated story's long title, maybe glossed in English, before the name ('X의 … 최고 책임자(chief …)인 NAME(Latin)은')
  { cat: 'works-for.company-long-title-appositive', text: "번역 기사\n\n가온브릭(Gaonbrick)은 법률 모델을 만드는 스타트업이다. 가온브릭의 아시아 지역 영업 총괄 책임자(head of Asia sales)인 한도윤(Han Do-yun)은 성명에서 \"좋은 출발\"이라고 말하였다.", expect: ['WORKS_FOR 한도윤 -> 가온브릭'] },
  { cat: 'works-for.company-long-title-appositive', text: "번역 기사\n\n가온브릭(Gaonbrick)은 법률 모델을 만드는 스타트업이다. 가온브릭의 전 아시아 영업 총괄 책임자(former head of Asia sales)인 한도윤(Han Do-yun)은 지금 다른 회사에 있다.", absent: ['WORKS_FOR 한도윤 -> 가온브릭'] },
  // a known family's name opening a longer quoted name, in a sentence about models, is a model of that family ('Y 2.0을 바탕으로 … 'Y K-행정'')
  { cat: 'discover.quoted-family-variant', text: "LG는 '엑사원 3.5'를 기반으로 법률 문서에 맞춘 '엑사원 L-법무'를 따로 학습시켰다.", expect: ['BASED_ON 엑사원 L-법무 -> 엑사원 3.5', 'DEVELOPED LG -> 엑사원 L-법무'] },
  { cat: 'discover.quoted-family-variant', text: "LG는 '엑사원 3.5'를 기반으로 한 모델들을 '엑사원 스튜디오'에서 시연했다.", absent: ['DEVELOPED LG -> 엑사원 스튜디오'] },
  // a team's scope outlasts one sentence about its model with no company as its subject, when the next joins "the consortium";
  // "각각" after the joining word shares out the work, it lists no teams
  { cat: 'participates.consortium-scope-model-aside', text: "과기정통부는 'K-해양 AI 실증 사업' 2차 평가 결과를 발표했다. 가온소프트 컨소시엄은 매개변수 300억 개의 '누리온-3'로 평가를 받았다. 누리온-3은 지난봄 깃허브에 오픈소스로 공개됐다. 말글데이터와 누리로보틱스가 컨소시엄에 참여해 각각 말뭉치 구축과 현장 실증을 맡는다.", expect: ['PARTICIPATES_IN 말글데이터 -> K-해양 AI 실증 사업', 'PARTICIPATES_IN 누리로보틱스 -> K-해양 AI 실증 사업', 'PARTNERS_WITH 가온소프트 -> 말글데이터'] },
  { cat: 'participates.consortium-scope-model-aside', text: "과기정통부는 'K-해양 AI 실증 사업' 2차 평가 결과를 발표했다. 가온소프트 컨소시엄은 매개변수 300억 개의 '누리온-3'로 평가를 받았다. 누리온-3은 지난봄 깃허브에 오픈소스로 공개됐다. 말글데이터와 누리로보틱스가 각자 다른 사업에 참여해 현장 실증을 맡는다.", absent: ['PARTNERS_WITH 가온소프트 -> 말글데이터'] },
  // a programme's stage named by its field ("X 육성사업" … "X 2단계"): the same programme
  { cat: 'policy.stage-of-programme', text: "부산시가 '해양 데이터밸리 육성사업'을 추진한다. 부산시는 '해양 데이터밸리 2단계' 참여 기업으로 말글데이터와 누리로보틱스를 선정했다고 밝혔다.", expect: ['PARTICIPATES_IN 말글데이터 -> 해양 데이터밸리 육성사업'], sameNode: ['해양 데이터밸리 육성사업=해양 데이터밸리 2단계'] },
  // what companies do ("중소기업 합류는", "대기업 참여가") and a kind of insurance ("책임보험") name no company
  { cat: 'names.not-company-words', text: "가온소프트는 '해양 데이터밸리 육성사업'에 참여한다. 다만 중소기업 합류는 더디고 대기업 참여는 아직 미지수다. 시는 사고에 대비한 책임보험 가입을 돕기로 했다.", noNodes: ['Company:합류', 'Company:참여', 'Company:책임보험'] },
  // "the flagship" is the model the article is about (the model in focus), where no other model stands before it in the sentence
  // an existing benchmark named, with no score, to contrast the new one ('기존 X가 … 지적에서 출발했다') is not the one the ranking after it is on
  { cat: 'scored.existing-benchmark-contrast', text: "한빛대 연구팀은 새 한국어 추론 벤치마크 'KoLogic-X'를 공개했다. KoLogic-X는 법률 추론 문항 1,200개로 구성된 벤치마크다. 기존 KMMLU가 암기 위주라는 지적에서 출발했다. 공개 모델 중에서는 솔라 프로 2가 55.1점으로 가장 높았다.", expect: ['SCORED 솔라 프로 2 -> KoLogic-X'], absent: ['SCORED 솔라 프로 2 -> KMMLU'] },
  // "That compares with N for X, N for Y and N for Z": the results of the sentence before, on its benchmark; a score after a
  // listed model ("for Tidal-2, 61.4 for …") is no version of it
  {
    cat: 'scored.en-that-compares-with',
    text: "Brightfield AI released Tidal-3, the successor to Tidal-2, on Friday. Tidal-3 scored 72.4 on KoBEST, a Korean reasoning suite. That compares with 58.1 for Tidal-2, 61.4 for Google's Gemma 3 27B and 63.0 for Meta's Llama 3.3 70B.",
    expect: ['SCORED Tidal-2 -> KoBEST', 'SCORED Gemma 3 27B -> KoBEST', 'SCORED Llama 3.3 70B -> KoBEST'],
    noNodes: ['Model:Tidal-61.4'],
  },
  { cat: 'scored.en-that-compares-with', text: 'Brightfield AI released Tidal-3 on Friday. That compares with 58.1 for Tidal-2 a year ago.', absent: ['SCORED Tidal-2 -> KoBEST'] },
  // "두 회사는 … 공동 구축해 왔다": building something jointly (공동 구축/설계) is a partnership, as 공동 개발 is
  { cat: 'partners.jointly-built', text: "솔트룩스는 새 검색 엔진을 공개했다. 검증 환경 마련에는 데이터 기업 크라우드웍스가 참여했다. 두 회사는 2년 전부터 시험용 데이터센터를 공동 구축해 운영하고 있다.", expect: ['PARTNERS_WITH 솔트룩스 -> 크라우드웍스'] },
  // a size and 모델 alone ("14B 모델을") beside a sized model of the family is that family's model of that size
  { cat: 'based-on.bare-size-model', text: "가람소프트는 '가람-2 14B'와 '가람-2 3B'를 함께 내놨다. 가람-2 3B는 14B 모델을 교사 모델로 활용해 증류한 소형 모델이다.", expect: ['BASED_ON 가람-2 3B -> 가람-2 14B'], noNodes: ['Model:14B'] },
  // "… said MODEL was built in-house, and that it scored N on BENCH": 'it' is the model in focus, named earlier in the same sentence
  { cat: 'scored.en-focus-named-before-it', text: 'Brightfield AI launched Tidal-3 on Friday. The firm said Tidal-3 had been trained on its own cluster, and that it scored 72.4 on KoBEST.', expect: ['SCORED Tidal-3 -> KoBEST'] },
  // a broadcast script's noun-phrase line ending on a model its maker released ("X가 … 내놓은 경량 언어모델 'Y'.") moves the focus to it,
  // away from a rival the lead named: the next line's score and "전작" are Y's
  // a list's last company, described by its own clause after a known company ("…를 개발한 A, …을 만드는 B 등이"); not a generic noun there
  {
    cat: 'discover.list-tail',
    text: "정부가 'AI 바우처 지원사업' 공급기업 10곳을 선정했다. 물류 예측 모델 '누리-L'을 개발한 가온데이터, 음성 인식 모델을 운영하는 솔결 등이 포함됐다.",
    nodes: ['Company:솔결', 'Company:가온데이터'],
  },
  { cat: 'discover.list-tail', text: "물류 예측 모델 '누리-L'을 개발한 가온데이터, 음성 인식 기술을 연구하는 분야 등이 꼽혔다.", noNodes: ['Company:분야'] },
  // a headline's short programme name whose words all stand, in order, in the body's one longer name is that programme
  {
    cat: 'policy.headline-short-name',
    text: "충북 'AI 제조 혁신사업' 12곳 선정\n\n충청북도가 '충북 중소기업 AI 제조 혁신사업' 참여 기업 12곳을 선정했다고 밝혔다.",
    sameNode: ['충북 중소기업 AI 제조 혁신사업=AI 제조 혁신사업'],
  },
  {
    cat: 'focus.released-noun-phrase-line',
    text: "국내 스타트업의 언어모델이 추론 시험에서 구글의 젬마 3 27B를 앞섰다.\n\n솔빛랩스가 지난 5일 내놓은 경량 언어모델 '솔빛-3'.\n\nKoBEST에서 70.2점을 받았다.\n\n전작 '솔빛-2'의 점수는 61.0점이었다.",
    expect: ['SCORED 솔빛-3 -> KoBEST', 'SUCCEEDS 솔빛-3 -> 솔빛-2'],
    absent: ['SUCCEEDS 젬마 3 27B -> 솔빛-2'],
  },
  { cat: 'scored.en-the-flagship', text: "Tidewell Labs released Kestrel-4 on Monday. The model has 70 billion parameters. According to the Kestrel-4 model card, the flagship scored 70.2 on KoBEST.", expect: ['SCORED Kestrel-4 -> KoBEST'] },
  // a numbered call ("2차 공모") is the programme named last (or the one the headline names), not a strategy named since
  { cat: 'promotes.numbered-call-programme', text: "부산시가 '해양 데이터밸리 육성사업'을 추진한다. 이 사업은 시가 지난해 발표한 '해양 디지털 혁신 전략'의 핵심 과제다. 한서윤 부산시 디지털산업국장은 \"하반기 2차 공모를 통해 참여 기업을 늘리겠다\"고 말했다.", expect: ['PROMOTES 한서윤 -> 해양 데이터밸리 육성사업'], absent: ['PROMOTES 한서윤 -> 해양 디지털 혁신 전략'] },
  // a programme's short name opening a quoted test of its own is a benchmark ("'K-X 종합평가'에서 N점")
  { cat: 'discover.programme-own-test', text: "과기정통부는 'K-해양 AI' 사업을 추진한다. 누리온 3은 평가 지표인 'K-해양 AI 통합평가'에서 71.5점을 받았고, 가온-2는 68.0점이었다.", expect: ['SCORED 누리온 3 -> K-해양 AI 통합평가', 'SCORED 가온-2 -> K-해양 AI 통합평가'] },
  // a lower-case top post between a company and a name ("X chief executive NAME", "X co-head NAME")
  { cat: 'works-for.en-company-lower-title-name', text: "Tidewell Labs released Kestrel-4 in May. \"It is ours,\" Tidewell Labs chief executive Mira Solberg told reporters. Haneul AI co-head Park Ji-won called it a first step.", expect: ['WORKS_FOR Mira Solberg -> Tidewell Labs', 'WORKS_FOR Park Ji-won -> Haneul AI'] },
  // a company introduced by its kind in English ("start-up NAME (한글)", "NAME, a Busan-based biotech start-up,"), and the pair's agreement
  { cat: 'discover.en-company-kind', text: "Busan start-up Tidewave Minds (타이드웨이브마인즈) unveiled Kestrel-4, a model fine-tuned on Meta's Llama 3.1 8B. Haneul AI and Orbis Bio, a Gwangju-based robotics start-up, signed an agreement on Friday to co-develop a model.", expect: ['DEVELOPED Tidewave Minds -> Kestrel-4', 'PARTNERS_WITH Haneul AI -> Orbis Bio'] },
  { cat: 'discover.en-company-kind', text: "The Busan start-up said on Monday that sales rose. Its chief, a former banker, declined to comment.", noNodes: ['Company:The Busan', 'Company:Its'] },
  // joined names before a shared 공동 title: both people
  { cat: 'discover.joined-co-title', text: "가온데이터는 지난해 설립됐다. 가온데이터는 도하람·석서윤 공동 연구소장 체제로 운영된다.", expect: ['WORKS_FOR 도하람 -> 가온데이터', 'WORKS_FOR 석서윤 -> 가온데이터'] },
  // a family name read only with a version counts bare where its other name glosses it ("젬마(Gemma)"-style: "파이(Phi) 계열")
  { cat: 'gazetteer.glossed-bare-family', text: "가온데이터는 새 모델을 만들면서 마이크로소프트의 파이(Phi) 계열 구조를 검토했다고 밝혔다.", expect: ['DEVELOPED 마이크로소프트 -> 파이'] },
  { cat: 'gazetteer.glossed-bare-family', text: "가온데이터는 원주율 파이를 외우는 대회를 열었다.", noNodes: ['Model:파이'] },
  // a company's report or a newsroom's desk is no company ("기업 기술보고서, …", "팩트체크랩은")
  { cat: 'names.not-company-words', text: "탐사랩은 기업 기술보고서, 공개 리더보드, 정부 자료를 대조했다. 가온데이터는 새 모델을 공개했다.", noNodes: ['Company:기술보고서', 'Company:탐사랩'] },
  // an English model noun that names its model ("The model, named X, will be built on Y")
  { cat: 'discover.en-named-model', text: "Tidewell Labs and Haneul AI agreed on Friday to build a shipping model together. The model, named Tidal-Nav, will be built on Google's Gemma 2 9B.", expect: ['BASED_ON Tidal-Nav -> Gemma 2 9B'] },
  // a correction's earlier report ("…라고 보도한 바 있습니다") and its headline in 「」 are retracted
  { cat: 'claim.correction-reported', text: "[정정보도] 가온-3 관련 보도 바로잡습니다\n\n본지는 지난 5월 「가온-3, 알고 보니 라마 3 기반」 제목의 기사에서 가온데이터의 '가온-3'이 메타의 라마 3를 기반으로 만들어졌다고 보도한 바 있습니다. 그러나 가온-3은 가온데이터가 처음부터 학습한 모델입니다.", absent: ['BASED_ON 가온-3 -> 라마 3'] },
  // a company introduced by its kind, then its subject particle before a comma (a gapped clause: "X 컨소시엄에는 A와 B가, Y 컨소시엄에는 …")
  { cat: 'discover.kind-gapped-subject', text: "네이버클라우드 컨소시엄에는 KT와 의료 전문기업 새론데이터가, 카카오 컨소시엄에는 리벨리온·퓨리오사AI가 합류했다.", expect: ['PARTNERS_WITH 네이버클라우드 -> 새론데이터', 'PARTNERS_WITH 카카오 -> 리벨리온'], absent: ['PARTNERS_WITH 네이버클라우드 -> 리벨리온'], noNodes: ['Company:새론데이터가'] },
  // the last of the partners a team is formed with, after a known one (", X와 함께 팀을 꾸렸다")
  { cat: 'discover.last-team-companion', text: "카카오는 리벨리온, 솔가람과 함께 팀을 꾸렸다.", expect: ['PARTNERS_WITH 카카오 -> 솔가람', 'PARTNERS_WITH 카카오 -> 리벨리온'] },
  // English partnering: a place of several words before '-based', a partnership deepened, "X, which …, said it had signed … with Y"
  { cat: 'partners.en-multiword-based', text: "Haneul AI signed an agreement with New York-based Tidewell Labs to build coding agents.", expect: ['PARTNERS_WITH Haneul AI -> Tidewell Labs'] },
  { cat: 'partners.en-deepened-partnership', text: "Haneul AI strengthened its partnership with Tidewell Labs this year, adding a shared data pipeline.", expect: ['PARTNERS_WITH Haneul AI -> Tidewell Labs'] },
  { cat: 'partners.en-which-said-signed', text: "Haneul AI, which trains small models for banks, said it had signed a memorandum of understanding with Riyadh-based Orbis Labs to build an Arabic model.", expect: ['PARTNERS_WITH Haneul AI -> Orbis Labs'] },
  { cat: 'partners.en-which-said-signed', text: "Haneul AI, which trains small models for banks, said it had not signed a memorandum of understanding with Orbis Labs.", absent: ['PARTNERS_WITH Haneul AI -> Orbis Labs'] },
  // "The carrier", "The lab" opening a sentence: the company the sentences just before are about (one described in apposition too), never a company named long before
  { cat: 'references.en-kind-subject', text: "KT, the country's second-largest carrier, raised its prices in June. Its Mi:dm 2.0 model runs on its own servers. The carrier expanded its partnership with Tidewell Labs in May.", expect: ['PARTNERS_WITH KT -> Tidewell Labs'] },
  { cat: 'references.en-kind-subject', text: "Tidewell Labs released Kestrel-4 in May. Prices rose. Analysts were surprised. Demand fell. The carrier expanded its partnership with Haneul AI.", absent: ['PARTNERS_WITH Tidewell Labs -> Haneul AI'] },
  // bare English names of Korean groups ("Samsung", "LG Group"); "Chaebol AI labs" is no company
  { cat: 'gazetteer.en-group-names', text: "Samsung signed an agreement with Tidewell Labs. LG Group's AI arm is taking a different route.", expect: ['PARTNERS_WITH 삼성전자 -> Tidewell Labs'], nodes: ['Company:LG Group'] },
  { cat: 'discover.en-company-kind', text: "Chaebol AI labs race abroad as rivals hire.", noNodes: ['Company:Chaebol AI'] },
  // "up from N for Y": the earlier model's score on the same benchmark; without a model nothing more
  { cat: 'scored.en-up-from-for', text: "EXAONE 4.0 scored 71.2 on KMMLU, a Korean knowledge test, up from 66.0 for EXAONE 3.5.", expect: ['SCORED EXAONE 3.5 -> KMMLU', 'SCORED EXAONE 4.0 -> KMMLU'], edgeProps: ['SCORED EXAONE 3.5 -> KMMLU score=66'] },
  // a model a release verb's relative clause makes the sentence's topic ("X가 … 공개한 'Y'도 …") is what the next subject-less sentence is about
  { cat: 'focus.released-topic', text: "순위가 나왔다. 한빛랩의 '한빛-머지 20B'는 4위에 올랐다. 하위권에서는 개인 개발자가 올린 '바람-8B-DPO'가 7위에 올라 화제가 됐다. 구글의 젬마 3 12B를 선호 데이터로 미세조정한 모델이다.", expect: ['BASED_ON 바람-8B-DPO -> 젬마 3 12B'], absent: ['BASED_ON 한빛-머지 20B -> 젬마 3 12B'] },
  { cat: 'focus.released-topic', text: "SK텔레콤의 'A.X 4.0'은 큐웬2.5를 바탕으로 했다. 부산의 스타트업 가온데이터가 지난달 공개한 '누리온 2'도 해외 모델을 토대로 한다. 구글의 '젬마 2 9B'에 의료 문서 300억 토큰을 추가 학습시켰다.", expect: ['BASED_ON 누리온 2 -> 젬마 2 9B'], absent: ['BASED_ON A.X 4.0 -> 젬마 2 9B'] },
  // a chief officer's title glossed with a rank as well ("(CTO·전무)"): a post at the company the story is about
  { cat: 'works-for.chief-title-with-rank', text: "가온데이터는 새 모델을 공개했다. 도하람 최고기술책임자(CTO·전무)는 \"처음부터 우리 데이터로 학습했다\"고 말했다.", expect: ['WORKS_FOR 도하람 -> 가온데이터'] },
  // a programme noun right before a quoted programme is the kind it is ("…의 X 지원 프로그램 '팁스'에"), no programme of its own
  { cat: 'discover.programme-kind-before-quoted', text: "가온데이터는 지난해 중소벤처기업부의 민간투자 연계 지원 프로그램 '팁스'에 뽑혔다.", expect: ['PARTICIPATES_IN 가온데이터 -> 팁스'], noNodes: ['Policy:민간투자 연계 지원 프로그램'] },
  // a broadcast's speaker caption of an official ("[NAME / 부처 TITLE : …P…]")
  { cat: 'promotes.official-caption', text: "정부는 'K-클라우드 프로젝트' 예산을 늘렸습니다.\n\n[도하람 / 과학기술정보통신부 인공지능정책관 : 공공기관 스무 곳에 국산 칩을 넣는 게 K-클라우드 프로젝트의 올해 과제입니다.]", expect: ['PROMOTES 도하람 -> K-클라우드 프로젝트'] },
  // "Y 모델을 가지고 (우리가) 미세 조정을 한": the base taken in hand and tuned; a denial gives nothing stated
  {
    cat: 'based-on.tuned-with',
    text: "한빛소프트가 솔바람-R 2.0을 공개했다. 솔바람-R 2.0은 구글의 젬마 3 120억 파라미터 모델을 가지고 저희가 미세 조정을 한 모델입니다.",
    expect: ['BASED_ON 솔바람-R 2.0 -> 젬마 3'],
  },
  {
    cat: 'based-on.tuned-with',
    text: "한빛소프트가 솔바람-R 2.0을 공개했다. 솔바람-R 2.0은 젬마 3를 갖고 튜닝한 모델이 아닙니다.",
    absent: ['BASED_ON 솔바람-R 2.0 -> 젬마 3'],
  },
  // a ministry named bare before its programme, as speech runs
  {
    cat: 'participates.ministry-bare',
    text: "별빛소프트는 중기부 초거대 AI 실증 사업에 올해 선정됐다.",
    expect: ['PARTICIPATES_IN 별빛소프트 -> 초거대 AI 실증 사업'],
  },
  // a versioned name before the word 점수 ("score") keeps its version; "4.0점" is still a score, no version
  {
    cat: 'model.version-before-score-word',
    text: "토론 게시판\n\n에이닷엑스 4.0 점수 아시는 분 계세요? 작년 발표 때 본 것 같은데요.",
    nodes: ['Model:에이닷엑스 4.0'],
  },
  // a mixture-of-experts size written in speech, spaced and lower-cased ("30b a3b"), is the hyphenated name's
  {
    cat: 'model.spaced-active-size',
    text: "알리바바는 Qwen3-235B-A22B를 공개했다. 개발자들은 큐웬3 235b a22b를 많이 내려받았다.",
    sameNode: ['Qwen3-235B-A22B=큐웬3 235b a22b'],
  },
  // "베이스 모델은 … Y 모델이에요", "베이스는 … Y를 쓰고 있고": the base of the model in focus ("이번 X는 그 후속 모델", its topic)
  {
    cat: 'based-on.focus-base-is',
    text: "한빛소프트 발표\n\n작년 모델 솔바람-R 1.0은 젬마 2를 썼습니다. 올해 솔바람-R 2.0은 그 후속 모델이지만 구조가 다릅니다. 베이스 모델은 구글의 젬마 3 전문가 혼합 모델이에요.",
    expect: ['BASED_ON 솔바람-R 2.0 -> 젬마 3'],
    absent: ['BASED_ON 솔바람-R 1.0 -> 젬마 3'],
  },
  {
    cat: 'based-on.focus-base-is',
    text: "주간 보고\n\n솔바람-R 2.0은 다음 달 공개를 목표로 학습 중입니다. 베이스는 예정대로 메타가 공개한 라마 3.1 8B를 쓰고 있습니다.",
    expect: ['BASED_ON 솔바람-R 2.0 -> 라마 3.1 8B'],
  },
  {
    cat: 'based-on.focus-base-is',
    text: "주간 보고\n\n솔바람-R 2.0은 다음 달 공개를 목표로 학습 중입니다. 베이스는 라마 3.1 8B를 쓰지 않습니다.",
    absent: ['BASED_ON 솔바람-R 2.0 -> 라마 3.1 8B'],
  },
  // a hyphenated name with the variant word 프리뷰 ("X-Y 프리뷰") is a model of its own, which a successor follows
  {
    cat: 'model.preview-variant',
    text: "누리랩 소식\n\n누리랩이 누리-K 1.0을 공개했다. 누리-K 1.0은 지난해 공개한 누리-K 프리뷰의 후속 모델이다.",
    expect: ['SUCCEEDS 누리-K 1.0 -> 누리-K 프리뷰'],
  },
  // a programme's next round reached ("3차 단계에 올라갔고") is taking part in it, as a round failed is
  {
    cat: 'participates.round-reached',
    text: "정부의 'AI 반도체 실증 사업' 2차 평가 결과가 나왔다. 카카오, KT가 3차 단계에 올라갔고 코난테크놀로지는 탈락했다.",
    expect: ['PARTICIPATES_IN 카카오 -> AI 반도체 실증 사업', 'PARTICIPATES_IN KT -> AI 반도체 실증 사업', 'PARTICIPATES_IN 코난테크놀로지 -> AI 반도체 실증 사업'],
  },
  // a public agency between a name and a title is no company; the person stays
  {
    cat: 'organisation.public-agency',
    text: "설명회 소식\n\n오세린 한국데이터산업진흥원 원장은 가공 바우처를 늘리겠다고 말했다.",
    nodes: ['Person:오세린'],
    noNodes: ['Company:한국데이터산업진흥원'],
  },
  // a chat's question about the one model it names ("'Y' 아시는 분?") makes it what the next messages are about
  {
    cat: 'focus.asked-about',
    text: "스터디 대화\n\n가람: 한빛-K 2.0은 구글 젬마 2 기반이에요.\n\n나래: 누리랩 '누리-7B' 써 보신 분? 이거 메타의 라마 3.1 8B를 베이스로 추가 학습한 거래요.",
    expect: ['BASED_ON 누리-7B -> 라마 3.1 8B'],
    absent: ['BASED_ON 한빛-K 2.0 -> 라마 3.1 8B'],
  },
  // an English product a sentence says was built on a named model is a model ("its earlier product, X, had been built on Y"; "built its X assistant on Y")
  { cat: 'discover.en-built-on-model', text: "Tidewell Labs is training Kestrel-4. The start-up's first product, Tidewell Scribe, had been built on Google's Gemma 2 9B, chief executive Mira Solberg said.", expect: ['BASED_ON Tidewell Scribe -> Gemma 2 9B'] },
  { cat: 'discover.en-built-on-model', text: "Haneul AI released Kestrel-4 last year. Krafton built its Orbis 3 chatbot on Haneul AI's Kestrel-4 for its games.", expect: ['BASED_ON Orbis 3 -> Kestrel-4', 'DEVELOPED Krafton -> Orbis 3'] },
  { cat: 'discover.en-built-on-model', text: "Haneul AI released Kestrel-4 last year. It was built on Gemma 2 9B.", noNodes: ['Model:It'] },
  // "X model, released …, was built on Y": a model noun and a long apposition before the verb
  { cat: 'based-on.en-model-apposition', text: "Upstage released Solar Pro 2 last year. Its older Solar 10.7B model, launched in December 2023 and still sold to the firm's banking clients, was built on Meta's Llama 2.", expect: ['BASED_ON Solar 10.7B -> Llama 2'] },
  // "the N remaining teams - led by A, B and C - …": a dashed list of a programme named before
  { cat: 'participates.en-teams-dash-led-by', text: "The government's Coastal AI Model Programme, launched last year with six teams, is under review. The minister said on Friday that the three remaining teams - led by Kakao, Krafton and start-up Haneul AI - would get more chips.", expect: ['PARTICIPATES_IN Kakao -> Coastal AI Model Programme', 'PARTICIPATES_IN Krafton -> Coastal AI Model Programme', 'PARTICIPATES_IN Haneul AI -> Coastal AI Model Programme'] },
  // "The programme is the centrepiece of President X's pledge": the person whose pledge it serves promotes it
  { cat: 'promotes.en-centerpiece-of-pledge', text: "The government's Coastal AI Model Programme, funded with 300 billion won, is the cornerstone of President Han Do-yun's digital agenda.", expect: ['PROMOTES Han Do-yun -> Coastal AI Model Programme'] },
  // "KT, the …, did not …. Instead it has deepened a … partnership with Y": the pronoun subject is the company before; the deal's size is no gap
  { cat: 'partners.en-deepened-partnership', text: "Krafton, the country's biggest game publisher, did not apply. Instead it has expanded a 1.2-trillion-won ($850 million) partnership with Nvidia on game agents.", expect: ['PARTNERS_WITH Krafton -> Nvidia'] },
  { cat: 'partners.en-deepened-partnership', text: "Krafton has not renewed its partnership with Nvidia.", absent: ['PARTNERS_WITH Krafton -> Nvidia'] },
  // "Y를 기반으로, … 데이터를 추가 학습시켜 X를 완성했다": the base given before a comma, the model completed after; the data the maker built itself makes no other developer
  { cat: 'based-on.giban-comma-trained-into', text: "가온데이터는 구글이 공개한 오픈 모델 '젬마 2 9B'를 기반으로, 해운·물류 분야 계약서와 자체 구축한 질의응답 데이터 약 40만 건을 추가 학습시켜 가온-3을 완성했다.", expect: ['BASED_ON 가온-3 -> 젬마 2 9B'], absent: ['DEVELOPED 구글 -> 가온-3'] },
  // a headline line's "Y 기반… B N점": the base model is no scorer
  { cat: 'scored.base-before-ellipsis', text: "가온데이터, 해운 특화 모델 '가온-3' 출시\n\n- 젬마 2 9B 기반… KMMLU 58.1점 기록\n\n가온데이터가 가온-3을 출시했다.", absent: ['SCORED 젬마 2 9B -> KMMLU'] },
  // the focus model as "Y를 기반으로 … 문서를 추가 학습시킨 모델이다", opening on the base's maker
  { cat: 'based-on.focus-giban-trained-copula', text: "가온데이터는 지난달 새 모델 '가온-3'을 내놨다. 구글이 공개한 경량 모델 젬마 2 9B를 기반으로 해운 판례·선박 규정 등 약 20억 토큰 분량의 전문 문서를 추가 학습시킨 모델이다.", expect: ['BASED_ON 가온-3 -> 젬마 2 9B'] },
  // "점수를 받았고, X가 …과 함께 만든": a verb's connective ending before the comma is no party; nor is "기업 인수합병(M&A)"
  { cat: 'names.not-company-words', text: "가온-3은 KMMLU에서 60.2점을 받았고, 가온데이터가 해운사들과 함께 만든 평가셋에서도 앞섰다. 대표는 회계법인에서 기업 인수합병(M&A) 자문을 맡았다.", noNodes: ['Company:받았고', 'Company:인수합병'] },
  // "부처(부총리 겸 장관 NAME, 이하 …)는 '사업'의 … 선정했다": a deputy prime minister who heads the ministry, named in its apposition
  { cat: 'promotes.ministry-head-apposition', text: "해양수산부(부총리 겸 장관 한도윤, 이하 '해수부')는 '해양 AI 모델 육성사업'의 2차 단계평가 결과, 3개 정예팀을 3단계 개발 대상으로 최종 선정했다고 밝혔다.", expect: ['PROMOTES 한도윤 -> 해양 AI 모델 육성사업'] },
  // "탈락한 A와 B 컨소시엄은": two eliminated teams, no joint consortium (one still standing is)
  { cat: 'partners.joint-consortium-eliminated', text: "2차 평가 결과가 나왔다. 반면 1차 평가에서 고배를 마신 카카오와 KT 컨소시엄은 이번 평가 대상에 포함되지 않았다.", absent: ['PARTNERS_WITH KT -> 카카오'] },
  { cat: 'partners.joint-consortium-eliminated', text: "카카오와 KT 컨소시엄은 이번 평가에서 선정됐다.", expect: ['PARTNERS_WITH KT -> 카카오'] },
  // "Y(Latin)의 V3 모델": a short code between a company's possessive and a model noun, beside another model; a lineage word quoted is no model
  { cat: 'discover.owned-code-model-noun', text: "가온데이터는 의혹을 부인했다. 한서윤 CTO는 \"가온-3은 딥시크(DeepSeek)의 V3 모델을 쓰지 않았다\"고 말했다. 파생을 거듭한 '손자 모델'도 나온다.", expect: ['DEVELOPED 딥시크 -> V3'], noNodes: ['Model:손자 모델'] },
  // a company's head quoted on "Y와는 … 협력 관계": the speaker's company partners with Y (not where the quote denies it)
  { cat: 'partners.speaker-quoted-with', text: "한도윤 가온데이터 대표는 \"처음부터 만들 여력은 없다\"며 \"KT와는 해운 데이터 구축을 함께하는 협력 관계\"라고 말했다.", expect: ['PARTNERS_WITH KT -> 가온데이터'] },
  { cat: 'partners.speaker-quoted-with', text: "한도윤 가온데이터 대표는 \"KT와는 협력 관계가 아니다\"라고 말했다.", absent: ['PARTNERS_WITH KT -> 가온데이터'] },
  // English cues of the two properties: "trained from the ground up", "released … under an open licence"
  { cat: 'property.en-ground-up-open-licence', text: "Haneul AI is building Kestrel-4, a 70-billion-parameter model it describes as trained from the ground up. Krafton released Orbis 3 under an open licence in May.", props: ['Kestrel-4=fromScratch:true', 'Orbis 3=openSource:true'] },
  // "X AI Industry Association": an association whose name opens like a company's ("X AI") is none
  { cat: 'discover.en-association-not-company', text: "A review by industry group Busan AI Industry Association found that most models were fine-tuned. Haneul AI released Kestrel-4 on Monday.", noNodes: ['Company:Busan AI'], expect: ['DEVELOPED Haneul AI -> Kestrel-4'] },
  // a podcast transcript's labelled turns ("[00:02:48] 게스트(NAME, X CTO): …"): the guest's subjectless sentences are about X; the host's are questions
  { cat: 'turns.transcript-labelled', text: "[00:01:05] 진행자: 오늘은 카카오 출신 분을 모셨어요.\n\n[00:01:12] 게스트(한도윤, 가온데이터 CTO): 네, 반갑습니다. 가온데이터에서 CTO를 맡고 있어요.\n\n[00:02:40] 진행자: 요즘 좋은 소식이 있다고요?\n\n[00:02:48] 게스트(한도윤, 가온데이터 CTO): 올해 AI 바우처 지원사업에 공급기업으로 선정됐어요.", expect: ['PARTICIPATES_IN 가온데이터 -> AI 바우처 지원사업'], absent: ['PARTICIPATES_IN 카카오 -> AI 바우처 지원사업'] },
  // "A, B 등이 주관기관으로 참여했다" right after a programme is named: the listed companies take part in it
  { cat: 'participates.role-joined-after-programme', text: "독자 AI 파운데이션 모델 프로젝트는 과기정통부가 추진해 온 사업이다. 첫해에는 KT, 카카오, 네이버클라우드 등이 주관기관으로 참여했다.", expect: ['PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 카카오 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 네이버클라우드 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a person the gazetteer places at a company by role ("업스테이지 대표"), called by that title where the company is named, works there
  // (and not for the company an interview's context would give); another title ("교수") is no such mention
  { cat: 'works-for.known-role', text: "업스테이지에서 많이 배웠어요. 김성훈 대표님이 늘 하던 말이 있어요.", expect: ['WORKS_FOR 김성훈 -> 업스테이지'] },
  { cat: 'works-for.known-role', text: "김성훈 교수는 업스테이지 모델을 평가했다.", absent: ['WORKS_FOR 김성훈 -> 업스테이지'] },
  // "X라고 부르는데, Y의 차기 버전입니다": a model given its name, then called the successor of another
  { cat: 'succeeds.named-then-successor', text: "가온랩은 지난해 누리-1을 내놨다. 새 모델은 누리-2라고 부르는데, 누리-1의 차기 버전입니다.", expect: ['SUCCEEDS 누리-2 -> 누리-1'] },
  // spoken endings after a name ("다온-2 14B요."): the name still ends there
  { cat: 'names.spoken-ending', text: "어떤 모델이냐고요? 가온랩의 다온-2 14B요.", nodes: ['Model:다온-2 14B'], expect: ['DEVELOPED 가온랩 -> 다온-2 14B'] },
  // a company's team as the partner of a subjectless sentence in a company's own post ("X 인프라팀과는 … 공동 개발했다", "Y 검증팀과 함께 … 같이 만들었다")
  { cat: 'partners.omitted-subject-team', text: "안녕하세요, 가온랩 ML 팀입니다. 올해 법률 모델을 냈습니다. KT클라우드 인프라팀과는 학습 스케줄러를 공동 개발했습니다.", expect: ['PARTNERS_WITH KT클라우드 -> 가온랩'] },
  { cat: 'partners.omitted-subject-team', text: "안녕하세요, 가온랩 ML 팀입니다. 올해 법률 모델을 냈습니다. 업스테이지 검증팀과 함께 평가 도구를 같이 만들었습니다.", expect: ['PARTNERS_WITH 가온랩 -> 업스테이지'] },
  // "B 69.3 — 같은 조건에서 Y는 63.2, Z는 63.0이 나왔다": the bare pair before a dash is the focus's; each listed model's own score is read
  { cat: 'scored.dash-pair-and-list', text: "가온랩은 가온-KO 14B를 공개했다. KMMLU 69.3 — 같은 조건에서 원본 Qwen3-14B는 63.2, EXAONE 3.5 7.8B는 63.0이 나왔다.", expect: ['SCORED 가온-KO 14B -> KMMLU', 'SCORED Qwen3-14B -> KMMLU', 'SCORED EXAONE 3.5 7.8B -> KMMLU'], edgeProps: ['SCORED 가온-KO 14B -> KMMLU score=69.3', 'SCORED Qwen3-14B -> KMMLU score=63.2'] },
  // "B에서는 81.2를 찍었다": a score without a unit, as the object of a scoring verb, for the model in focus
  { cat: 'scored.focus-unitless', text: "가온랩은 가온-KO 14B를 공개했다. 법률 평가인 LawBench에서는 81.2를 찍었다.", expect: ['SCORED 가온-KO 14B -> LawBench'], edgeProps: ['SCORED 가온-KO 14B -> LawBench score=81.2'] },
  // "NAME이 최고기술책임자(CTO)를 맡고 있다", "A가 대표이사를, B가 CTO를 맡고 있다" after a company's description: its officers
  { cat: 'works-for.post-taken-omitted', text: "누리온랩스는 2022년 부산에서 세워진 인공지능 기업이다. 공동 창업자인 하서진이 대표이사를, 문태오가 최고운영책임자(COO)를 맡고 있다.", expect: ['WORKS_FOR 하서진 -> 누리온랩스', 'WORKS_FOR 문태오 -> 누리온랩스'] },
  { cat: 'works-for.post-taken-omitted', text: "누리온랩스는 인공지능 기업이다. 문태오가 최고기술책임자(CTO)를 맡고 있다.", expect: ['WORKS_FOR 문태오 -> 누리온랩스'] },
  // speculation about a tie-up ("Y와 협력에 나설지 주목") with the company saying nothing was discussed: no partnership
  { cat: 'partners.speculated-tie-up', text: "투자 이후 업계는 가온데이터가 카카오와 사업 협력에 나설지 주목하고 있지만, 회사 측은 \"논의된 것은 없다\"고 했다.", absent: ['PARTNERS_WITH 가온데이터 -> 카카오'] },
  // "A가 X를 내놨고, Y 프로젝트는 평가 결과를 발표했다": a programme that is its own clause's topic is no company's selection
  { cat: 'participates.programme-own-topic', text: "연휴에도 업계는 바빴다. KT가 새 모델을 내놨고, 독자 AI 파운데이션 모델 프로젝트는 2차 평가 결과를 발표했다.", absent: ['PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "X 컨소시엄에는 A와 B가 참여해 … 공동 개발": the members partner the lead, not each other
  { cat: 'partners.consortium-members', text: "평가 결과가 나왔다. KT 컨소시엄에는 카카오와 크래프톤이 참여해 모델을 공동 개발하고 있다.", expect: ['PARTNERS_WITH KT -> 카카오', 'PARTNERS_WITH KT -> 크래프톤'], absent: ['PARTNERS_WITH 카카오 -> 크래프톤'] },
  // a section label before a sentence ("[제품 소개] X의 매개변수는 …") is no part of it: the size is the model's that opens it, which the
  // next sentence is about; "다만 Y의 경우 …" singles out a model the next sentence is about too
  { cat: 'focus.labelled-size-sentence', text: "가온랩이 누리 2를 공개했다. 경량 모델 누리 2 미니는 KMMLU 51.2점으로 체급 내 1위다.\n\n[제품 소개] 누리 2의 매개변수는 320억 개(32B)입니다. 전작인 누리 1의 후속 모델로, 긴 문서 요약이 강해졌습니다.", props: ['누리 2=parameters:32000000000'], expect: ['SUCCEEDS 누리 2 -> 누리 1'], absent: ['SUCCEEDS 누리 2 미니 -> 누리 1'] },
  { cat: 'focus.case-of', text: "가온랩은 누리 2를 공개했다. 다만 누리 2 비전의 경우 시각 인코더를 따로 붙였다고 밝혔다. 언어 부분은 누리 2를 그대로 기반으로 삼았다.", expect: ['BASED_ON 누리 2 비전 -> 누리 2'] },
  // "후속작인 Y는 …" right after the model in focus: Y succeeds it
  { cat: 'succeeds.successor-apposition-focus', text: "가온랩의 누리 1은 지난해 나왔다. 후속작인 누리 2는 올해 3월 공개됐다.", expect: ['SUCCEEDS 누리 2 -> 누리 1'] },
  { cat: 'succeeds.successor-apposition-focus', text: "가온랩의 누리 1은 지난해 나왔다. 후속작이 아닌 파생 모델 누리 1 미니는 올해 나왔다.", absent: ['SUCCEEDS 누리 1 미니 -> 누리 1'] },
  // consortia laid out team by team under subheads ("A 컨소시엄 — …", "[B 팀] …"): a company that brings or takes on something in a team's section is its member (h96_03's layout); one that did not join, one quoted, one of the next section are not
  {
    cat: 'consortium.team-sections',
    text: "정부의 '해양 AI 모델 육성사업' 2단계에 두 팀이 올랐다. 팀별 면면을 살펴봤다.\n\n카카오 컨소시엄 — 검색 데이터로 승부\n\n카카오가 주도하는 컨소시엄의 구성은 단출하다. 반도체 설계사 퓨리오사AI는 추론 서버를 책임지고, 솔트룩스가 문서 데이터 정제를 맡는다. 리벨리온은 이번에는 합류하지 않았다.\n\n[코난테크놀로지 팀] 공공 문서에 집중\n\n코난테크놀로지는 공공 분야에 강하다. 마음AI는 음성 데이터를 제공한다. 코난테크놀로지 관계자는 \"KT와도 협의하겠다\"고 말했다.",
    expect: ['PARTNERS_WITH 카카오 -> 퓨리오사AI', 'PARTNERS_WITH 솔트룩스 -> 카카오', 'PARTNERS_WITH 마음AI -> 코난테크놀로지', 'PARTICIPATES_IN 퓨리오사AI -> 해양 AI 모델 육성사업', 'PARTICIPATES_IN 코난테크놀로지 -> 해양 AI 모델 육성사업'],
    absent: ['PARTNERS_WITH 리벨리온 -> 카카오', 'PARTICIPATES_IN 리벨리온 -> 해양 AI 모델 육성사업', 'PARTNERS_WITH 마음AI -> 카카오', 'PARTNERS_WITH KT -> 코난테크놀로지'],
  },
  // another lead's sentence in a team's section, "X는 Y 등 컨소시엄 참여사와 함께 …", makes X no member of the section's team (Y partners X)
  {
    cat: 'consortium.team-sections',
    text: "정부의 '해양 AI 모델 육성사업' 2단계에 두 팀이 올랐다. 팀별 면면을 살펴봤다.\n\n카카오 컨소시엄 — 검색 데이터로 승부\n\n카카오가 주도하는 컨소시엄의 구성은 단출하다. 반도체 설계사 퓨리오사AI는 추론 서버를 책임진다. 네이버는 모레 등 컨소시엄 참여사와 함께 실증을 시작한다.",
    expect: ['PARTNERS_WITH 카카오 -> 퓨리오사AI', 'PARTNERS_WITH 모레 -> 네이버'],
    absent: ['PARTNERS_WITH 네이버 -> 카카오'],
  },
  // "참여 기업 구성이": the make-up of the members is no company (h96_03)
  { cat: 'names.not-company-words', text: "해양 AI 모델 육성사업에서 리벨리온이 이끄는 컨소시엄은 참여 기업 구성이 다채롭다. 참여사 면면은 화려하다.", noNodes: ['Company:구성', 'Company:면면'] },
  // "A 팀과 B 팀이다": teams listed by their companies (h96_03)
  { cat: 'participates.team-list', text: "'해양 AI 모델 육성사업' 1차 평가에서 탈락한 곳은 카카오 팀과 KT 팀이다.", expect: ['PARTICIPATES_IN 카카오 -> 해양 AI 모델 육성사업', 'PARTICIPATES_IN KT -> 해양 AI 모델 육성사업'] },
  // a city's programme notice (h96_06): a fund bracketed like a programme is a Policy; "이번 사업" after it is still the programme, and so is an official's
  // bare "사업"; a consortium not selected is no lead a later "컨소시엄" means; the selected lead's "컨소시엄이 개발할 모델의 이름은 'Y'" names its model
  {
    cat: 'policy.bracketed-fund',
    text: "□ 울산시는 「울산형 제조 AI 모델 개발사업」의 수행 컨소시엄을 선정하고, 「울산 AI 성장펀드」를 300억 원 규모로 만든다고 밝혔다.\n\n□ 이번 사업은 제조 현장 데이터를 쓰는 모델을 확보하기 위해 마련됐다. 시는 3년간 90억 원을 쓴다. 현장 수요도 많다. 예산은 국비가 절반이다.\n\n○ 시는 ㈜한빛소프트가 주관하는 컨소시엄을 수행기관으로 선정했다. 한빛소프트 컨소시엄에는 KT가 참여한다.\n\n○ 함께 신청한 ㈜가온로직 컨소시엄은 선정되지 않았다.\n\n□ 컨소시엄이 개발할 모델의 이름은 '울림 1.0'이다.\n\n□ 오민서 울산정보산업진흥원장은 \"사업 전담기관으로서 일정을 챙기겠다\"라고 말했다.",
    nodes: ['Policy:울산 AI 성장펀드'],
    expect: ['DEVELOPED 한빛소프트 -> 울림 1.0', 'PROMOTES 오민서 -> 울산형 제조 AI 모델 개발사업', 'PARTICIPATES_IN KT -> 울산형 제조 AI 모델 개발사업'],
    absent: ['DEVELOPED 가온로직 -> 울림 1.0', 'PARTICIPATES_IN KT -> 울산 AI 성장펀드'],
    noNodes: ['Company:전담기관으로서'],
  },
  // a licence to use a model is no partnership; a joint contract is
  { cat: 'partners.licence-contract', text: "가람랩스는 메타와 라마 3.1 상업 이용 라이선스 계약을 맺었다.", absent: ['PARTNERS_WITH 가람랩스 -> 메타'] },
  { cat: 'partners.licence-contract', text: "가람랩스는 메타와 데이터 공동 구축 계약을 맺었다.", expect: ['PARTNERS_WITH 가람랩스 -> 메타'] },
  // "적격 컨소시엄 없어": a qualified consortium is no company
  { cat: 'names.not-company-words', text: "해양 AI 모델 육성사업 국방 분야는 적격 컨소시엄 없어 재공모한다. 컨소시엄은 내년에 다시 뽑는다.", noNodes: ['Company:적격'] },
  // a people page (h96_04): a family word a kind of model introduces in quotes is its own model beside its one version; a suffixed name before a unit noun
  // is a division, no company; the appointment list "▲회사 △직위 이름" gives each person's employer
  {
    cat: 'people-page.marked-roster',
    text: "카카오의 대표 AI '카나나' 개발을 이끈 윤서준 전무가 자리를 옮긴다. 카카오는 카나나 2를 공개했다. 딥러닝AI 조직에서 학습을 맡아 온 한지우 리더가 총괄로 올라섰다.\n\n▲LG유플러스 △AI기술그룹장 박태오\n\n▲카카오 △딥러닝AI 기술총괄 한지우",
    nodes: ['Model:카나나', 'Model:카나나 2'],
    noNodes: ['Company:딥러닝AI'],
    expect: ['DEVELOPED 카카오 -> 카나나', 'WORKS_FOR 한지우 -> 카카오', 'WORKS_FOR 박태오 -> LG유플러스'],
  },
  // "'금융 특화' 모델": a field and a word of specialisation in quotes describe a kind of model (h96_05)
  { cat: 'discover.specialised-kind', text: "◆가람랩스·메타, '금융 특화' 모델 함께 만든다\n\n가람랩스가 메타와 '법률 전용' 모델을 만든다.", noNodes: ['Model:금융 특화', 'Model:법률 전용'] },
  // a city's office head ("…경제실장", h96_06) speaking right after its programme is named promotes it
  { cat: 'promotes.city-office-head', text: "□ 울산시는 「울산형 제조 AI 모델 개발사업」 수행기관을 선정했다.\n\n□ 한서윤 울산시 미래경제실장은 \"지역 기업의 성장을 끝까지 돕겠다\"라고 밝혔다.", expect: ['PROMOTES 한서윤 -> 울산형 제조 AI 모델 개발사업'] },
  // "X가 이끈 컨소시엄은 … 고배를 마셨다": the lead of a consortium that lost applied; "이끈" is no company (h99_06)
  { cat: 'participates.selection-outcome', text: "'해안 AI 실증 사업' 1차 평가 결과가 나왔다. 음성 AI 기업 소리랩이 이끈 컨소시엄은 본선에 올랐지만 탈락했다.", expect: ['PARTICIPATES_IN 소리랩 -> 해안 AI 실증 사업'], noNodes: ['Company:이끈'] },
  // "A와 B가 꾸린 컨소시엄을 최종 수행기관으로 확정했다": both members of the chosen consortium take part (h99_06)
  { cat: 'participates.led-consortia-selected', text: "도는 '산림 AI 실증 사업' 심사를 마치고 푸른소프트와 숲데이터가 꾸린 컨소시엄을 최종 사업자로 확정했다.", expect: ['PARTICIPATES_IN 푸른소프트 -> 산림 AI 실증 사업', 'PARTICIPATES_IN 숲데이터 -> 산림 AI 실증 사업'] },
  // an English subject with a legal suffix and an appositive ("X Co., the … arm of Y Group, has signed … with Z"): X partners, the group in the appositive does not (h99_05)
  { cat: 'partners.en-appositive-subject', text: "LG CNS Co., the IT services unit of LG Group, has signed a partnership agreement with Cohere to build an enterprise model.", expect: ['PARTNERS_WITH Cohere -> LG CNS'], absent: ['PARTNERS_WITH Cohere -> LG Group'] },
  { cat: 'partners.en-appositive-subject', text: "KT Corp. has been working with Microsoft on cloud models for two years.", expect: ['PARTNERS_WITH KT -> Microsoft'] },
  // "A 컨소시엄이 낸 모델 …. A는 …. B와 C 등이 같은 팀에 속해 있다": the lead's own sentence keeps its team open; members belonging to the same team join it (h99_02)
  { cat: 'participates.consortium-scope-same-team', text: "과기정통부는 'K-해양 AI 실증 사업' 2차 평가 결과를 발표했다. 가온소프트 컨소시엄이 낸 '누리온-3'는 높은 점수를 받았다. 가온소프트는 이 모델을 자체 기술로 학습했다고 밝혔다. 물류 기업 누리로보틱스와 데이터 기업 말글데이터 등이 같은 컨소시엄에 속해 있다.", expect: ['PARTICIPATES_IN 말글데이터 -> K-해양 AI 실증 사업', 'PARTICIPATES_IN 누리로보틱스 -> K-해양 AI 실증 사업', 'PARTNERS_WITH 가온소프트 -> 말글데이터'] },
  // "Y와 협력 관계가 있는 것은 아니고": a partnership made a noun and denied is none (h99_03)
  { cat: 'partners.denied-as-noun', text: "가온랩스 측은 \"메타와 별도의 제휴 관계가 있는 것은 아니고 공개된 모델을 쓴 것\"이라고 말했다.", absent: ['PARTNERS_WITH 가온랩스 -> 메타'] },
  // a graphics card is hardware, no company (h99_03)
  { cat: 'names.not-company-words', text: "가온랩스의 새 모델은 고성능 그래픽카드 한 장이면 돌릴 수 있다.", noNodes: ['Company:그래픽카드'] },
  // "하지만" opening a spoken line's second sentence is a conjunction, no person (h99_04)
  { cat: 'names.not-person-words', text: "[오민준 / 가온랩스 대표 : 외산 모델을 쓰는 건 막을 수 없습니다. 하지만 출처는 밝혀야 합니다.]", noNodes: ['Person:하지만'] },
  // a denial in a parenthesised aside ("(영업하려는 건 아니니 …)") is about the aside, not the fact before it (h78_06 kept)
  { cat: 'partners.denied-as-noun', text: "참고로 저희 가온랩스도 올해 AI 바우처 공급기업으로 등록돼 있습니다(광고하려는 건 아니니 양해 바랍니다).", expect: ['PARTICIPATES_IN 가온랩스 -> AI 바우처'] },
  // "코베스트(KoBEST)에서 N점": a benchmark spelt in Hangul before its Latin name takes the score after both (h99_03)
  { cat: 'scored.hangul-spelt-benchmark', text: "가온-7B는 KMMLU에서 51.2점, 어휘 이해를 보는 해래(HAE-RAE) 벤치에서 70.4점, 코베스트(KoBEST)에서 66.0점을 받았다.", expect: ['SCORED 가온-7B -> KMMLU', 'SCORED 가온-7B -> HAE-RAE', 'SCORED 가온-7B -> KoBEST'] },
  // "A는 BENCH에서 N점을 받아 B의 M점을 제쳤다": the rival beaten scored M on the same benchmark (h99_04)
  { cat: 'scored.rival-score-beaten', text: "누리-3은 HAE-RAE에서 70점을 받아 라마 3.1 8B의 61점을 넉넉히 앞섰다.", expect: ['SCORED 누리-3 -> HAE-RAE', 'SCORED 라마 3.1 8B -> HAE-RAE'] },
  // "X's chief scientist First Last will lead …": a company, a chief scientist's role, then a Latin name (h99_05)
  { cat: 'works-for.en-chief-scientist', text: "Upstage's chief scientist Mia Berg will lead the new research lab in Toronto.", expect: ['WORKS_FOR Mia Berg -> Upstage'] },
  // a programme said to have started as N teams, the companies listed before the count (h100_06): each participates
  { cat: 'participates.started-as-teams', text: "국가대표 AI 프로젝트는 한빛소프트, 가온랩스, 누리소프트 등 3곳 정예팀으로 출범했다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 국가대표 AI', 'PARTICIPATES_IN 누리소프트 -> 국가대표 AI'] },
  { cat: 'participates.started-as-teams', text: "국가대표 AI 프로젝트는 한빛소프트, 가온랩스 등 2개 팀으로 출발할 가능성이 거론된다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 국가대표 AI'] },
  // a release "announced" its partnership with a company (h100_04's wording differs): a partnership, as "signed" one is
  { cat: 'partners.en-announced-partnership', text: "Tidewell Labs released Kestrel-4 in May. Tidewell Labs also announced a broader technology partnership with Vela Robotics on Tuesday.", expect: ['PARTNERS_WITH Tidewell Labs -> Vela Robotics'] },
  { cat: 'partners.en-announced-partnership', text: "Tidewell Labs released Kestrel-4 in May. Tidewell Labs has not announced a partnership with Vela Robotics.", absent: ['PARTNERS_WITH Tidewell Labs -> Vela Robotics'] },
  // a wire release's all-caps labels ("NEWS PROVIDED BY", "SOURCE") before the issuer's name are no part of it
  { cat: 'discover.wire-labels', text: "Tidewell Labs Launches Kestrel-4\n\nNEWS PROVIDED BY Tidewell Labs Inc. June 3, 2026\n\nTidewell Labs released Kestrel-4 today.\n\nSOURCE Tidewell Labs Inc.", noNodes: ['Company:PROVIDED BY Tidewell Labs', 'Company:SOURCE Tidewell Labs', 'Company:NEWS PROVIDED BY Tidewell Labs'], expect: ['DEVELOPED Tidewell Labs -> Kestrel-4'] },
  // "selected as a participant in the second phase of …": the programme after the role and the phase (h100_04 reads otherwise)
  { cat: 'participates.en-selected-as-participant', text: "Tidewell Labs released Kestrel-4 in May. In March, Tidewell Labs was selected as a participant in the final round of the Independent AI Foundation Model Project.", expect: ['PARTICIPATES_IN Tidewell Labs -> Independent AI Foundation Model Project'] },
  // an official who designed a programme promotes it ("…를 …의 뼈대로 설계한", h100_06's wording differs)
  { cat: 'promotes.person-designed', text: "도정민 과학기술정보통신부 차관은 국가대표 AI 프로젝트를 직접 설계한 인물이다.", expect: ['PROMOTES 도정민 -> 국가대표 AI'] },
  // a model not yet named but by its working title ("모델의 가칭은 'X'이다"); a working title of an event is no model
  { cat: 'discover.working-title', text: "가온랩과 나래AI가 추론 모델을 공동 개발한다. 두 회사가 함께 개발하는 모델의 가칭은 '다솔'이다.", expect: ['DEVELOPED 가온랩 -> 다솔', 'DEVELOPED 나래AI -> 다솔'] },
  { cat: 'discover.working-title', text: "가온랩과 나래AI가 추론 모델을 공동 개발한다. 두 회사가 함께 여는 행사의 가칭은 '다솔 한마당'이다.", noNodes: ['Model:다솔 한마당'] },
  // an unnamed source ("한 보험사 AI혁신 담당 임원은"): the word after "한"/"어느" is no person's name; a named one still is
  { cat: 'person.unnamed-source', text: '가온랩이 새 모델을 공개했다. 한 보험사 AI혁신 담당 임원은 "도입을 검토한다"고 말했다. 박서진 가온랩 최고기술책임자는 "연내 공개한다"고 말했다.', expect: ['WORKS_FOR 박서진 -> 가온랩'], noNodes: ['Person:보험사'] },
  { cat: 'person.unnamed-source', text: '가온랩이 새 모델을 공개했다. 어느 보험사 AI혁신 담당 임원은 "도입을 검토한다"고 말했다.', noNodes: ['Person:보험사', 'Company:AI혁신'] },
  // a title as the object of an appointment ("NAME 팀장을 CTO로 선임했다") is no organisation of the person
  { cat: 'person.title-as-object', text: '한솔랩스는 네이버 AI 조직에서 데이터 작업을 이끌었던 오하람 팀장을 최고기술책임자(CTO)로 선임했다고 밝혔다.', expect: ['WORKS_FOR 오하람 -> 한솔랩스'], absent: ['WORKS_FOR 오하람 -> 팀장을'], noNodes: ['Company:팀장을'] },
  // a company named after its parent as a subsidiary ("X 자회사 Y가 개발한 …")
  { cat: 'discover.subsidiary-name', text: "미래전자 자회사 HK인텔리가 개발한 일본어 모델 '하루카2'가 공개됐다.", expect: ['DEVELOPED HK인텔리 -> 하루카2'], nodes: ['Company:HK인텔리'] },
  { cat: 'discover.subsidiary-name', text: "미래전자는 자회사 설립을 검토하고 있다고 밝혔다.", noNodes: ['Company:설립을', 'Company:설립'] },
  // a bulleted results line under a programme's headline ("- 신규 선정: A, B")
  { cat: 'participates.new-selection-label', text: "과기정통부, '국가 AI 바우처 사업' 2차 평가 결과 발표\n- 신규 선정: 가온랩스, 나래소프트\n- 나머지 팀은 다음 달 발표", expect: ['PARTICIPATES_IN 가온랩스 -> 국가 AI 바우처 사업', 'PARTICIPATES_IN 나래소프트 -> 국가 AI 바우처 사업'] },
  { cat: 'participates.new-selection-label', text: "과기정통부, '국가 AI 바우처 사업' 2차 평가 결과 발표\n- 신규 채용: 가온랩스, 나래소프트", absent: ['PARTICIPATES_IN 가온랩스 -> 국가 AI 바우처 사업'] },
  // a relative clause's noun with a particle and a comma after it ("…추가 학습한 모델로, … Y의 후속작이다"): the noun, not the model after the comma, is its head
  { cat: 'clause.head-after-comma', text: "가온랩이 8일 한국어 LLM '가온 3.5'를 허깅페이스에 오픈소스로 풀었다. 메타의 라마 3.1(Llama 3.1)을 바탕으로 법률 데이터를 추가 학습한 모델로, 지난해 5월 나온 가온 3.0의 후속작이다.", expect: ['SUCCEEDS 가온 3.5 -> 가온 3.0'], absent: ['BASED_ON 가온 3.0 -> 라마 3.1'] },
  // a headline's collaboration mark between two companies ("A × B …"); a denied rumour of one gives nothing
  { cat: 'partners.cross-mark', text: "가온텔레콤 × 한빛전자 '가온 온디바이스' 공동 개발 착수", expect: ['PARTNERS_WITH 가온텔레콤 -> 한빛전자'] },
  { cat: 'partners.cross-mark', text: "가온텔레콤 × 한빛전자 '가온 온디바이스' 협의說 → 양사 모두 \"사실무근\"", absent: ['PARTNERS_WITH 가온텔레콤 -> 한빛전자'] },
  // a tie-up forecast ("…와 손잡을 것이라는 관측", "…와 협력할 것이라는 전망") states no partnership
  { cat: 'hedge.future-that-forecast', text: "가온랩스가 한빛소프트와 손을 잡을 것이라는 시장의 기대가 크다.", absent: ['PARTNERS_WITH 가온랩스 -> 한빛소프트'] },
  { cat: 'hedge.future-that-forecast', text: "가온랩스가 한빛소프트와 손을 잡았다.", expect: ['PARTNERS_WITH 가온랩스 -> 한빛소프트'] },
  // a quoted name that ends in 트랙 is a programme's track ("'투 트랙'" is a strategy, no programme)
  { cat: 'discover.quoted-track', text: "과기정통부는 '지역 AI 특화 트랙'을 새로 만들겠다고 밝혔다.", nodes: ['Policy:지역 AI 특화 트랙'] },
  { cat: 'discover.quoted-track', text: "네이버는 '투 트랙' 전략을 택했다.", noNodes: ['Policy:투 트랙'] },
  // a lone capital letter after a Hangul family name is its edition
  { cat: 'model.letter-edition', text: '카카오는 경량 모델 카나나 S를 내놨다.', expect: ['DEVELOPED 카카오 -> 카나나 S'] },
  // a corporate form after a capitalised name makes it a company
  { cat: 'discover.en-corporate-form', text: 'Shares of Bluewhale Corporation rose after the results.', nodes: ['Company:Bluewhale'] },
  // the parenthesised names of a list a benchmark count closes are benchmarks
  { cat: 'discover.listed-benchmarks', text: '솔빛데이터는 수학 추론(셈마루)과 법률 독해(법리온) 등 두 가지 평가 결과를 내놨다. 셈마루에서 솔빛-7B는 61.2점을 받았다.', nodes: ['Benchmark:셈마루', 'Benchmark:법리온'], expect: ['SCORED 솔빛-7B -> 셈마루'] },
  { cat: 'discover.listed-benchmarks', text: '솔빛데이터는 서울(본사), 부산(연구소) 등 2개 거점을 운영한다.', noNodes: ['Benchmark:본사', 'Benchmark:연구소'] },
  // a bare programme word after 현재 that companies take part in is the programme named before
  { cat: 'reference.current-programme', text: '정부의 AI 바우처 사업과는 거리를 두고 있다. 현재 사업에는 카카오, KT 등이 참여하고 있다.', expect: ['PARTICIPATES_IN 카카오 -> AI 바우처', 'PARTICIPATES_IN KT -> AI 바우처'] },
  // an English honorific is no company's short name
  { cat: 'company.not-honorific', text: 'Ms. Hana Lee thanked Naver. Later Mr. Park joined.', noNodes: ['Company:Ms', 'Company:MS', 'Company:Mr'] },
  // an English variant word in lower case before "model" describes the model ("Solar Pro 2 Reasoning" is still a variant)
  { cat: 'model.descriptive-variant-word', text: 'Kakao showed its Kanana 2 reasoning model on Monday. Upstage released Solar Pro 2 Reasoning in May.', nodes: ['Model:Kanana 2', 'Model:Solar Pro 2 Reasoning'], noNodes: ['Model:Kanana 2 reasoning'] },
  // "X는 이번 모델을 앞세워 …" (h103_04): this release's model is the subject company's own, not a rival's it was just compared with
  { cat: 'reference.this-release-model', text: '한울데이터는 추론 모델 한울-R2를 내놨다. 구글의 제미나이 2.5 프로와도 견줬는데, 제미나이 2.5 프로의 점수는 공개 자료에서 가져왔다. 한울데이터는 이번 모델을 앞세워 공공 시장 공략에 나선다.', expect: ['DEVELOPED 한울데이터 -> 한울-R2', 'DEVELOPED 구글 -> 제미나이 2.5 프로'], absent: ['DEVELOPED 한울데이터 -> 제미나이 2.5 프로'] },
  // "Y 개발사는 … 정예팀으로 선정돼" (h103_01): a model's developer word stands for the company that made it
  { cat: 'reference.model-developer', text: "노을랩은 노을-3를 공개했다. 구름소프트는 구름-2를 선보였다. 노을-3 개발사는 지난해 '독자 AI 파운데이션 모델 프로젝트' 정예팀으로 선정돼 사업을 수행 중이다.", expect: ['PARTICIPATES_IN 노을랩 -> 독자 AI 파운데이션 모델 프로젝트'], absent: ['PARTICIPATES_IN 구름소프트 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "X가 함께 만드는 모델의 가칭은 'Y'" (h103_01): a working name ("가칭", "코드명") names the model the company makes
  { cat: 'developed.model-named', text: "노을랩은 새 모델을 준비 중이다. 노을랩이 공동으로 개발하는 모델의 코드명은 '노을-5'다.", expect: ['DEVELOPED 노을랩 -> 노을-5'] },
  { cat: 'developed.model-named', text: "노을랩은 새 모델을 준비 중이다. 노을랩이 만드는 모델의 가칭은 아직 정해지지 않았다.", absent: ['DEVELOPED 노을랩 -> 아직'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
