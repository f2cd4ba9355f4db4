/**
 * Generalisation rows of generalise-phrasings: what the sentence is about: references, clauses, claims and hedges.
 * The others are in the other generalise-phrasings-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

/** The model is introduced without its maker, so each row's own sentence has to name it. */
const INTRO = "새 AI 모델 '솔바람-R'이 공개됐다. ";

const rows: FactRow[] = [
  // an earnings call (h102_05): "Head of Investor Relations", "our Data Lab" name units of the speaker's company; "Second, the …" opens a point
  {
    cat: 'english.units-not-companies',
    text: "Welcome to Norae Labs' second quarter earnings call. I will now turn the call over to Ms. Hana Yoon, Head of Investor Relations. Thank you. Mina Cho, who runs our Speech Lab, will join us. Revenue from our Cloud AI subscriptions grew 20%. Second, the national programme, where we supply data.",
    noNodes: ['Company:Investor Relations', 'Company:Speech Lab', 'Company:Cloud AI', 'Policy:Second'],
  },
  // a briefing's "- (질문) A는 X에 신청했나." (h102_06): a yes-no question asked states nothing
  {
    cat: 'question.briefing-yes-no',
    text: "과학기술정보통신부는 'AI 반도체 실증 사업' 선정 결과를 발표했다.\n\n- (질문) 지난해 탈락한 나래소프트는 AI 반도체 실증 사업에 다시 참여했나.\n\n▶ (답변) 이민수 과장 = 개별 기업에 대해서는 말씀드리기 어렵습니다.",
    absent: ['PARTICIPATES_IN 나래소프트 -> AI 반도체 실증 사업'],
  },
  // "In internal evaluations …, X scored …" (h100_04), "a prototype of X scored …" (h99_05): the English sentence's scoring subject is the focus the next sentence's "it" / "the prototype" means
  {
    cat: 'focus.english-scored-subject',
    text: 'Norae Labs released Norae-8. In a blind test, a preview of Norae-8 Mini scored 55.0 on KMMLU. On HAE-RAE Bench the prototype recorded 61.2.',
    expect: ['SCORED Norae-8 Mini -> HAE-RAE Bench'],
    absent: ['SCORED Norae-8 -> HAE-RAE Bench'],
  },
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
  // an allegation its accuser withdrew states no base; nor does one left standing that nobody answers (only raised)
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
    absent: ['BASED_ON 솔바람-R -> 딥시크 R1'],
  },
  // an allegation the sentence opens with governs the claim after it, with or without "that"
  {
    cat: 'claim.alleged-before',
    text: "Tidewell Labs released Kestrel-4 in 2025. One forum user alleged Kestrel-4 was derived from Mistral 7B, citing similar weight norms; the audit found nothing.",
    absent: ['BASED_ON Kestrel-4 -> Mistral 7B'],
  },
  // the size a name carries, set against the count stated ("이름은 70B지만 실제로는 720억 개"): the stated count wins
  { cat: 'property.parameters', text: "한빛소프트가 '누리온 70B'를 내놨다. 모델명은 70B지만 실제 파라미터 수는 720억 개다.", props: ['누리온 70B=parameters:72000000000'] },
  // a numbered item titled by a maker and its quoted model alone ("2. X ‘Y’"): the lines under it are about that model
  { cat: 'focus.item-maker-model', text: '사내 검색용 모델 추천\n\n1. 카카오 ‘카나나 1.5 8B’\n\n문서 요약이 가장 안정적입니다. 긴 문맥도 잘 처리합니다.\n\n2. 업스테이지 ‘솔라 프로 2’\n\n메타의 라마 3.1 8B를 기반으로 한국어 데이터를 추가 학습한 모델이고, 상업적 이용이 가능합니다.', expect: ['BASED_ON 솔라 프로 2 -> 라마 3.1 8B'], absent: ['BASED_ON 카나나 1.5 8B -> 라마 3.1 8B'] },
  // the clause pass reads no score from a range or a difference ("70점대 초반", "전작보다 5점 높은 점수")
  // focus: a model a sentence says it runs, after its kind word ("… 모델 'Y'를 운영한다"), and a model that opens a sentence as its subject and scores, are what the next subject-less sentences are about
  { cat: 'focus.operated-model', text: `${INTRO}음성 분야에서는 음성인식 모델 '가온 리슨 2.0'을 운영한다. 2023년 나온 가온 리슨 1.0의 후속 버전으로, 잡음 제거 기능이 더해졌다.`, expect: ['SUCCEEDS 가온 리슨 2.0 -> 가온 리슨 1.0'], absent: ['SUCCEEDS 솔바람-R -> 가온 리슨 1.0'] },
  { cat: 'focus.scored-subject', text: `${INTRO}함께 나온 가온-M 2가 KMMLU에서 66.1점을 얻어, 같은 조건의 GPT-4o(60.2점)를 앞섰다. KoBEST에서는 70.5점을 받았다.`, expect: ['SCORED 가온-M 2 -> KoBEST'], absent: ['SCORED 솔바람-R -> KoBEST'] },
  // "The 9-billion-parameter model is a fine-tune of Y": an English sentence opening on "the model" is about the model in focus
  { cat: 'reference.en-the-model', text: "Title\n\nTidewell Labs released Kestrel-4 Lite on Monday. The 9-billion-parameter model is a fine-tune of Google's Gemma 2 9B.", expect: ['BASED_ON Kestrel-4 Lite -> Gemma 2 9B'] },
  // an office app under its maker's name is the app, no mention of the company
  { cat: 'nonentity.office-apps', text: '가온랩스가 새 모델을 공개했다.\n\n회의는 구글 미트로 열렸고 자료는 구글 드라이브에 있다.', noNodes: ['Company:구글'] },
  // a model's name in the other script in parentheses, its version a letter and a number ("Haneul-X2(하늘-X2)")
  // a family's Latin gloss inside a versioned name ("젬마(Gemma) 3 12B"): that spelling is one more form of the model
  { cat: 'paren-alias.gloss-inside-name', text: '노을랩스는 젬마(Gemma) 3 12B를 바탕으로 새 모델을 만들었다.', sameNode: ['젬마 3 12B=젬마(Gemma) 3 12B', '젬마 3 12B=Gemma 3 12B'] },
  { cat: 'paren-alias.other-script', text: '노을랩스는 첫 모델 Haneul-X2(하늘-X2)를 내놨다. 하늘-X2는 KMMLU에서 60점을 받았다.', sameNode: ['Haneul-X2=하늘-X2'] },
  { cat: 'paren-alias.other-script', text: '노을랩스는 첫 모델 Haneul-X2(바다-X2)를 내놨다.', nodes: ['Model:Haneul-X2', 'Model:바다-X2'] },
  // public bodies in general and a consortium described by what it will do are no companies
  {
    cat: 'nonentity.public-bodies',
    text: "정부는 '해양 AI 실증 사업'을 수행할 컨소시엄 5곳을 선정했다. 정부는 올해 국산 모델 5종을 중앙부처와 지자체, 공공기관 등 15곳의 업무에 적용한다.",
    noNodes: ['Company:수행할', 'Company:공공기관', 'Company:지자체', 'Company:중앙부처'],
  },
  // spoken particles after a name ('X하고 손잡고', 'X랑', 'X한테'): the name is still read
  // a first-person letter that reports another person's quoted words: the chief speaks for the company named before, not for the letter's sender (h88_04)
  {
    cat: 'letter.reported-quote',
    text: '안녕하세요, 누리벤처스 심사역 김하늘입니다.\n\n이번 주 저희 포트폴리오에는 반가운 소식이 있었습니다. 물류 로봇을 만드는 가온로보틱스가 80억 원 규모의 투자를 유치했습니다. 가온로보틱스는 올해 고객사 20곳을 새로 확보했습니다. 한도윤 대표는 "투자금은 생산 설비 확충에 쓰겠다"고 말했습니다.',
    expect: ['WORKS_FOR 한도윤 -> 가온로보틱스'],
    absent: ['WORKS_FOR 한도윤 -> 누리벤처스'],
  },
  { cat: 'particles.spoken', text: '가온소프트는 AI 스타트업이에요. 저희는 지금 네이버클라우드하고 손잡고 민원 상담 모델을 같이 만들고 있어요.', expect: ['PARTNERS_WITH 가온소프트 -> 네이버클라우드'] },
  // a workplace forum's replies under their poster tags ('X · a1B2c3'): '우리 회사' is the tagged company, and no company where the tag names none
  { cat: 'references.poster-tag', text: '사내 LLM 뭐 쓰세요?\n\n업스테이지 · a1B2c3\n\n우리 회사 누리-7B도 라마 3 위에 법률 데이터 얹어서 튜닝한 거임.\n\n공무원 · Gv9e4P\n\n우리 회사 바람-7B도 라마 3 위에 얹은 거임.', expect: ['DEVELOPED 업스테이지 -> 누리-7B'], absent: ['DEVELOPED 업스테이지 -> 바람-7B'] },
  // a poster's bare first person ('우리는 …', '우린 …') is the tagged company too; a tag naming none gives none
  { cat: 'references.poster-we', text: "정부의 '해양 AI 실증 사업' 얘기 좀 해봄\n\n가온소프트 · q7Lm2x\n\n우리는 작년에 해양 AI 실증 사업 지원했다가 떨어졌음.\n\n공무원 · Tz8k1P\n\n우리는 해양 AI 실증 사업 지원했다가 떨어졌음.", expect: ['PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'], noNodes: ['Company:공무원'] },
  // a time word before a possessive is no maker ('요즘의 X', '지금의 X'); a founding noun before a parenthesised head is no company ('X 설립(대표 NAME)')
  { cat: 'nonentity.time-words', text: "가온소프트는 AI 기업이다. 처음 만든 바람 LM 1.0의 경험이 요즘의 바람 LM 4.0을 만들었다.", expect: ['DEVELOPED 가온소프트 -> 바람 LM 4.0'], noNodes: ['Company:요즘'] },
  { cat: 'nonentity.founding-noun', text: "2018.03: (주)가온소프트 창립(대표이사 도하윤)", noNodes: ['Company:창립'], absent: ['WORKS_FOR 도하윤 -> 창립'] },
  // a document named with 증권 is no securities firm; a variant word before a component's noun is no variant ("X 비전 인코더")
  { cat: 'nonentity.trade-document', text: '가온소프트는 유가증권 분석 모델을 만든다.', noNodes: ['Company:유가증권'] },
  { cat: 'subject.item-title', text: "[카드 3] 본선 진출팀 ② 가온소프트 '바람-9B'. 설계부터 직접 학습한 모델이에요. 물류 기업 다솜데이터와 컨소시엄을 꾸려 현장 실증도 함께 하고 있어요.", expect: ['PARTNERS_WITH 가온소프트 -> 다솜데이터'] },
  // an event after a company word is no company ('선정 기업 설명회에서'); teams that advance together ('A 컨소시엄은 B, C와 함께 P 본선에 올랐다')
  // are rivals taking part, not partners; a model glossed inside its name ('바람(BARAM)-9B') is the one named without the gloss later
  { cat: 'nonentity.event-noun', text: "최도윤 국장이 '부산 AI 챌린지' 선정 기업 설명회에서 계획을 밝혔다.", noNodes: ['Company:설명회'] },
  // a table's remark cell that is only 'Y 기반' names the row's base; a successor named after the sentences have moved on from its predecessor
  { cat: 'table.note-base', text: '가온소프트가 평가 결과를 공개했다.\n\n모델 | 개발사 | KMMLU | 비고\n가온-7B | 가온소프트 | 61.2 | 라마 3.1 8B 기반\n라마 3.1 8B | 메타 | 50.3 | 베이스 후보', expect: ['BASED_ON 가온-7B -> 라마 3.1 8B'], absent: ['BASED_ON 라마 3.1 8B -> 라마 3.1 8B'] },
  // a roundtable's marked turns ('▶NAME 직함=…', later '▶성 직함=…'): a speaker's subjectless sentences are about the company the
  // caption places them at, the host's turn ('▶사회=') is no one's, and an official's turn speaks for the programmes it names
  {
    cat: 'turns.roundtable-speaker',
    text: "[대담] 해양 AI, 어디까지 왔나\n\n참석자는 문세희 해양수산부 디지털정책관, 도하윤 가온소프트 대표, 한지오 다솜데이터 이사, 오진우 산업부장(사회).\n\n▶사회=올해 성과부터 말씀해 주시죠.\n\n▶한지오 이사=올봄 업스테이지와 항만 특화 모델 공동 개발 협약을 맺었습니다.\n\n▶문세희 정책관=내년에는 '해양 AI 실증 사업' 예산을 늘릴 계획입니다.\n\n▶도하윤 대표=저희도 같은 생각입니다.\n\n▶도 대표=그래서 이번 '해양 AI 실증 사업'에도 지원서를 냈습니다.",
    expect: ['PARTNERS_WITH 다솜데이터 -> 업스테이지', 'PROMOTES 문세희 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 가온소프트 -> 해양 AI 실증 사업'],
    absent: ['PARTNERS_WITH 가온소프트 -> 업스테이지', 'PARTICIPATES_IN 다솜데이터 -> 해양 AI 실증 사업', 'PROMOTES 도하윤 -> 해양 AI 실증 사업'],
  },
  // a results page's winner line ('X — Y (Y\')'): X made Y, and the reason under it is about Y (not the winner above), X the omitted subject
  {
    cat: 'focus.maker-dash-entry',
    text: "우수상 발표\n\n가온소프트 — 물결-9B (Mulgyeol-9B)\n\n선정 이유 해양 관측 기록에 특화된 모델이다. 자체 벤치마크 KoSea에서 71.5점을 기록했다.\n\n다솜데이터 — 다솜-R 3B\n\n선정 이유 물류 문서에 특화된 모델로, 메타의 라마 3.2 3B를 기반으로 배차 기록을 추가 학습했다. 누리클라우드와 공동 개발해 바로 쓸 수 있다.",
    expect: ['DEVELOPED 가온소프트 -> 물결-9B', 'DEVELOPED 다솜데이터 -> 다솜-R 3B', 'BASED_ON 다솜-R 3B -> 라마 3.2 3B', 'PARTNERS_WITH 다솜데이터 -> 누리클라우드'],
    absent: ['BASED_ON 물결-9B -> 라마 3.2 3B', 'PARTNERS_WITH 가온소프트 -> 누리클라우드'],
  },
  { cat: 'focus.release-after-predecessor', text: "누리온 계열\n\n가온소프트가 만든 누리온-2는 두 번째 버전이다. 누리온-1의 후속으로 지난해 발표됐다. 구글의 젬마 3 12B에 한국어 데이터를 이어 학습한 모델로, 가중치도 공개했다.", expect: ['BASED_ON 누리온-2 -> 젬마 3 12B'], absent: ['BASED_ON 누리온-1 -> 젬마 3 12B'] },
  // an arena's column beside known benchmarks: its acronym title is a benchmark, its four-digit Elo cells are scores (a year is none)
  { cat: 'table.acronym-elo-column', text: '가온소프트가 평가표를 냈다.\n\n모델 | KMMLU | CLIcK | KCA\n누리온 3 | 61.2 | 70.4 | 1284\n가람빛 2 | 58.1 | 66.0 | 1233', expect: ['SCORED 누리온 3 -> KCA', 'SCORED 가람빛 2 -> KCA'], edgeProps: ['SCORED 누리온 3 -> KCA score=1284'] },
  { cat: 'table.acronym-elo-column', text: '가온소프트가 평가표를 냈다.\n\n모델 | KMMLU | KCA\n누리온 3 | 61.2 | 2025', absent: ['SCORED 누리온 3 -> KCA'] },
  {
    cat: 'focus.released-noun-phrase-line',
    text: "국내 스타트업의 언어모델이 추론 시험에서 구글의 젬마 3 27B를 앞섰다.\n\n솔빛랩스가 지난 5일 내놓은 경량 언어모델 '솔빛-3'.\n\nKoBEST에서 70.2점을 받았다.\n\n전작 '솔빛-2'의 점수는 61.0점이었다.",
    expect: ['SCORED 솔빛-3 -> KoBEST', 'SUCCEEDS 솔빛-3 -> 솔빛-2'],
    absent: ['SUCCEEDS 젬마 3 27B -> 솔빛-2'],
  },
  // a correction's earlier report ("…라고 보도한 바 있습니다") and its headline in 「」 are retracted
  { cat: 'claim.correction-reported', text: "[정정보도] 가온-3 관련 보도 바로잡습니다\n\n본지는 지난 5월 「가온-3, 알고 보니 라마 3 기반」 제목의 기사에서 가온데이터의 '가온-3'이 메타의 라마 3를 기반으로 만들어졌다고 보도한 바 있습니다. 그러나 가온-3은 가온데이터가 처음부터 학습한 모델입니다.", absent: ['BASED_ON 가온-3 -> 라마 3'] },
  // "The carrier", "The lab" opening a sentence: the company the sentences just before are about (one described in apposition too), never a company named long before
  { cat: 'references.en-kind-subject', text: "KT, the country's second-largest carrier, raised its prices in June. Its Mi:dm 2.0 model runs on its own servers. The carrier expanded its partnership with Tidewell Labs in May.", expect: ['PARTNERS_WITH KT -> Tidewell Labs'] },
  { cat: 'references.en-kind-subject', text: "Tidewell Labs released Kestrel-4 in May. Prices rose. Analysts were surprised. Demand fell. The carrier expanded its partnership with Haneul AI.", absent: ['PARTNERS_WITH Tidewell Labs -> Haneul AI'] },
  // a model a release verb's relative clause makes the sentence's topic ("X가 … 공개한 'Y'도 …") is what the next subject-less sentence is about
  { cat: 'focus.released-topic', text: "순위가 나왔다. 한빛랩의 '한빛-머지 20B'는 4위에 올랐다. 하위권에서는 개인 개발자가 올린 '바람-8B-DPO'가 7위에 올라 화제가 됐다. 구글의 젬마 3 12B를 선호 데이터로 미세조정한 모델이다.", expect: ['BASED_ON 바람-8B-DPO -> 젬마 3 12B'], absent: ['BASED_ON 한빛-머지 20B -> 젬마 3 12B'] },
  { cat: 'focus.released-topic', text: "SK텔레콤의 'A.X 4.0'은 큐웬2.5를 바탕으로 했다. 부산의 스타트업 가온데이터가 지난달 공개한 '누리온 2'도 해외 모델을 토대로 한다. 구글의 '젬마 2 9B'에 의료 문서 300억 토큰을 추가 학습시켰다.", expect: ['BASED_ON 누리온 2 -> 젬마 2 9B'], absent: ['BASED_ON A.X 4.0 -> 젬마 2 9B'] },
  // a chat's question about the one model it names ("'Y' 아시는 분?") makes it what the next messages are about
  {
    cat: 'focus.asked-about',
    text: "스터디 대화\n\n가람: 한빛-K 2.0은 구글 젬마 2 기반이에요.\n\n나래: 누리랩 '누리-7B' 써 보신 분? 이거 메타의 라마 3.1 8B를 베이스로 추가 학습한 거래요.",
    expect: ['BASED_ON 누리-7B -> 라마 3.1 8B'],
    absent: ['BASED_ON 한빛-K 2.0 -> 라마 3.1 8B'],
  },
  // English cues of the two properties: "trained from the ground up", "released … under an open licence"
  { cat: 'property.en-ground-up-open-licence', text: "Haneul AI is building Kestrel-4, a 70-billion-parameter model it describes as trained from the ground up. Krafton released Orbis 3 under an open licence in May.", props: ['Kestrel-4=fromScratch:true', 'Orbis 3=openSource:true'] },
  // a podcast transcript's labelled turns ("[00:02:48] 게스트(NAME, X CTO): …"): the guest's subjectless sentences are about X; the host's are questions
  { cat: 'turns.transcript-labelled', text: "[00:01:05] 진행자: 오늘은 카카오 출신 분을 모셨어요.\n\n[00:01:12] 게스트(한도윤, 가온데이터 CTO): 네, 반갑습니다. 가온데이터에서 CTO를 맡고 있어요.\n\n[00:02:40] 진행자: 요즘 좋은 소식이 있다고요?\n\n[00:02:48] 게스트(한도윤, 가온데이터 CTO): 올해 AI 바우처 지원사업에 공급기업으로 선정됐어요.", expect: ['PARTICIPATES_IN 가온데이터 -> AI 바우처 지원사업'], absent: ['PARTICIPATES_IN 카카오 -> AI 바우처 지원사업'] },
  // a section label before a sentence ("[제품 소개] X의 매개변수는 …") is no part of it: the size is the model's that opens it, which the
  // next sentence is about; "다만 Y의 경우 …" singles out a model the next sentence is about too
  { cat: 'focus.labelled-size-sentence', text: "가온랩이 누리 2를 공개했다. 경량 모델 누리 2 미니는 KMMLU 51.2점으로 체급 내 1위다.\n\n[제품 소개] 누리 2의 매개변수는 320억 개(32B)입니다. 전작인 누리 1의 후속 모델로, 긴 문서 요약이 강해졌습니다.", props: ['누리 2=parameters:32000000000'], expect: ['SUCCEEDS 누리 2 -> 누리 1'], absent: ['SUCCEEDS 누리 2 미니 -> 누리 1'] },
  { cat: 'focus.case-of', text: "가온랩은 누리 2를 공개했다. 다만 누리 2 비전의 경우 시각 인코더를 따로 붙였다고 밝혔다. 언어 부분은 누리 2를 그대로 기반으로 삼았다.", expect: ['BASED_ON 누리 2 비전 -> 누리 2'] },
  // a people page (h96_04): a family word a kind of model introduces in quotes is its own model beside its one version; a suffixed name before a unit noun
  // is a division, no company; the appointment list "▲회사 △직위 이름" gives each person's employer
  {
    cat: 'people-page.marked-roster',
    text: "카카오의 대표 AI '카나나' 개발을 이끈 윤서준 전무가 자리를 옮긴다. 카카오는 카나나 2를 공개했다. 딥러닝AI 조직에서 학습을 맡아 온 한지우 리더가 총괄로 올라섰다.\n\n▲LG유플러스 △AI기술그룹장 박태오\n\n▲카카오 △딥러닝AI 기술총괄 한지우",
    nodes: ['Model:카나나', 'Model:카나나 2'],
    noNodes: ['Company:딥러닝AI'],
    expect: ['DEVELOPED 카카오 -> 카나나', 'WORKS_FOR 한지우 -> 카카오', 'WORKS_FOR 박태오 -> LG유플러스'],
  },
  // a relative clause's noun with a particle and a comma after it ("…추가 학습한 모델로, … Y의 후속작이다"): the noun, not the model after the comma, is its head
  { cat: 'clause.head-after-comma', text: "가온랩이 8일 한국어 LLM '가온 3.5'를 허깅페이스에 오픈소스로 풀었다. 메타의 라마 3.1(Llama 3.1)을 바탕으로 법률 데이터를 추가 학습한 모델로, 지난해 5월 나온 가온 3.0의 후속작이다.", expect: ['SUCCEEDS 가온 3.5 -> 가온 3.0'], absent: ['BASED_ON 가온 3.0 -> 라마 3.1'] },
  // a tie-up forecast ("…와 손잡을 것이라는 관측", "…와 협력할 것이라는 전망") states no partnership
  { cat: 'hedge.future-that-forecast', text: "가온랩스가 한빛소프트와 손을 잡을 것이라는 시장의 기대가 크다.", absent: ['PARTNERS_WITH 가온랩스 -> 한빛소프트'] },
  { cat: 'hedge.future-that-forecast', text: "가온랩스가 한빛소프트와 손을 잡았다.", expect: ['PARTNERS_WITH 가온랩스 -> 한빛소프트'] },
  // a bare programme word after 현재 that companies take part in is the programme named before
  { cat: 'reference.current-programme', text: '정부의 AI 바우처 사업과는 거리를 두고 있다. 현재 사업에는 카카오, KT 등이 참여하고 있다.', expect: ['PARTICIPATES_IN 카카오 -> AI 바우처', 'PARTICIPATES_IN KT -> AI 바우처'] },
  // "X는 이번 모델을 앞세워 …" (h103_04): this release's model is the subject company's own, not a rival's it was just compared with
  { cat: 'reference.this-release-model', text: '한울데이터는 추론 모델 한울-R2를 내놨다. 구글의 제미나이 2.5 프로와도 견줬는데, 제미나이 2.5 프로의 점수는 공개 자료에서 가져왔다. 한울데이터는 이번 모델을 앞세워 공공 시장 공략에 나선다.', expect: ['DEVELOPED 한울데이터 -> 한울-R2', 'DEVELOPED 구글 -> 제미나이 2.5 프로'], absent: ['DEVELOPED 한울데이터 -> 제미나이 2.5 프로'] },
  // "Y 개발사는 … 정예팀으로 선정돼" (h103_01): a model's developer word stands for the company that made it
  { cat: 'reference.model-developer', text: "노을랩은 노을-3를 공개했다. 구름소프트는 구름-2를 선보였다. 노을-3 개발사는 지난해 '독자 AI 파운데이션 모델 프로젝트' 정예팀으로 선정돼 사업을 수행 중이다.", expect: ['PARTICIPATES_IN 노을랩 -> 독자 AI 파운데이션 모델 프로젝트'], absent: ['PARTICIPATES_IN 구름소프트 -> 독자 AI 파운데이션 모델 프로젝트'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
