/**
 * Generalisation rows for phenomena met in a held-out set of unusual page kinds (an archived
 * programme report, a repository README, a fact-check, a job posting, a roundtable transcript, a
 * wire press release). Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a predecessor described by a relative clause naming its maker ("X가 앞서 선보인 'Y'를 잇는 후속 모델로,"),
  // in a sentence that leaves the successor unsaid: the model in focus succeeds Y
  {
    cat: 'succeeds.focus-inherits-maker-clause',
    text: "가온텔레콤 컨소시엄은 '누리온 X2'를 내놨다. 가온텔레콤이 지난해 1차 심사 때 내놓은 '누리온 X1'을 잇는 후속 모델로, 매개변수를 두 배로 늘렸다.",
    expect: ['SUCCEEDS 누리온 X2 -> 누리온 X1'],
  },
  {
    cat: 'succeeds.focus-improved-maker-clause',
    text: "별하랩스는 지난달 '별하 오픈 2'를 공개했다. 별하랩스가 첫 단계 결과물로 선보였던 '별하 오픈 30B'를 업그레이드한 모델로, 매개변수는 900억 개다.",
    expect: ['SUCCEEDS 별하 오픈 2 -> 별하 오픈 30B'],
  },
  // the relative clause names the predecessor's maker only: a rival's model in the clause is no predecessor
  {
    cat: 'succeeds.focus-inherits-maker-clause',
    text: "가온텔레콤은 '누리온 X2'를 제출했다. 경쟁사 별하랩스가 지난해 내놓은 '별하 오픈 30B'를 잇는 후속 모델이 아니라 새 계열이다.",
    absent: ['SUCCEEDS 누리온 X2 -> 별하 오픈 30B'],
  },
  // a repository's model table: columns for how each model was trained and where to download it are no benchmark
  // and no stop, and a pictograph badge after a model cell ("🆕") is no part of its name
  {
    cat: 'table.training-download-columns',
    text: "하늘랩이 공개한 Haneul-1 계열 모델은 다음과 같다.\n\n모델 | 파라미터 | 베이스 모델 | 학습 방식 | 다운로드\nHaneul-1-7B-Chat | 7B | Qwen2.5-7B | 연속 사전학습 + SFT | 링크\nHaneul-1.5-7B-Chat 🆕 | 7B | Llama-3.1-8B | SFT + DPO | 링크",
    expect: ['BASED_ON Haneul-1-7B-Chat -> Qwen2.5-7B', 'BASED_ON Haneul-1.5-7B-Chat -> Llama-3.1-8B'],
    props: ['Haneul-1-7B-Chat=parameters:7000000000'],
  },
  {
    cat: 'table.training-download-columns',
    text: "하늘랩이 공개한 모델은 다음과 같다.\n\n모델 | 파라미터 | 베이스 모델 | 컨텍스트 | 다운로드\nHaneul-Mini-1B | 1B | — (from scratch) | 8K | 링크\nHaneul-1-7B-Chat | 7B | Qwen2.5-7B | 32K | 링크",
    expect: ['BASED_ON Haneul-1-7B-Chat -> Qwen2.5-7B'],
    props: ['Haneul-Mini-1B=fromScratch:true'],
  },
  // a discovered company whose Latin form comes first (a repository page's title) and its Hangul form after: guessed Korean
  // from the Hangul name like one named in Hangul first; a country the text states still wins
  {
    cat: 'company.country-hangul-later',
    text: "GitHub - haru-ai/Haru-3: Haru-3: Korean-centric open-weight LLM series by Haru AI (하루AI)\n\nHaru-3는 하루AI(Haru AI)가 개발한 한국어 중심 오픈 웨이트 대규모 언어모델(LLM) 시리즈입니다.",
    props: ['하루AI=country:KR'],
  },
  {
    cat: 'company.country-hangul-later',
    text: "GitHub - haru-ai/Haru-3: Haru-3: open-weight LLM series by Haru AI (하루AI)\n\nHaru-3는 미국 스타트업 하루AI(Haru AI)가 개발한 오픈 웨이트 모델 시리즈다.",
    props: ['하루AI=country:US'],
  },
  // a dated news line releasing a model, then "Y의 후속 모델로, …": the released model succeeds Y, and the series the
  // page opened on (a topic carried from further back) is no second successor
  {
    cat: 'clause.carried-subject-filled',
    text: "Haru-3는 하루AI가 개발한 오픈 웨이트 모델 시리즈입니다. 모든 가중치는 허깅페이스에 공개되어 있습니다.\n\n[2026.10.02] Haru-3.5-14B-Chat을 공개했습니다. Haru-3-14B-Chat의 후속 모델로, 사후학습 데이터를 두 배로 늘렸습니다.",
    expect: ['SUCCEEDS Haru-3.5-14B-Chat -> Haru-3-14B-Chat'],
    absent: ['SUCCEEDS Haru-3 -> Haru-3-14B-Chat'],
  },
  // "전작 Y가 …" opening a coordinated clause of its own ("…증류됐고, 전작 Y가 …") is no apposition of the first
  // clause's subject: that subject does not succeed Y
  {
    cat: 'succeeds.predecessor-new-clause',
    text: "한솔AI가 '가람-5'와 경량 모델 '가람-5 라이트'를 공개했다. 다만 경량 모델인 가람-5 라이트가 큐웬3에서 증류됐고, 전작 가람-4가 외국 모델 기반이었다는 점에서 오해가 생겼다.",
    absent: ['SUCCEEDS 가람-5 라이트 -> 가람-4'],
  },
  {
    cat: 'succeeds.predecessor-new-clause',
    text: "한솔AI가 새 모델 '가람-5'를 공개했다. 가람-5는 한국어 성능을 높였고 전작인 가람-4보다 두 배 빠르다.",
    expect: ['SUCCEEDS 가람-5 -> 가람-4'],
  },
  // a professor introduced with a university no list knows ("NAME X대 (Y학과) 교수"): a person, and the university no company
  {
    cat: 'person.professor-unknown-university',
    text: "외부 분석도 같은 결론이다. 한도윤 새봄대 데이터과학과 교수 연구팀이 두 모델의 가중치를 비교했다.",
    nodes: ['Person:한도윤'],
    noNodes: ['Company:새봄대'],
  },
  {
    cat: 'person.professor-unknown-university',
    text: "좌담회 사회는 한도윤 새봄과학기술대 교수가 맡았다. 참석자는 세 명이다.",
    nodes: ['Person:한도윤'],
    noNodes: ['Company:새봄과학기술대'],
    absent: ['WORKS_FOR 한도윤 -> 새봄과학기술대'],
  },
  // a company page's list items that open on a partner ("• X와 함께 … 공동 개발하고 있습니다") have the page's company
  // as their omitted subject, and a company that only made a base ("Y는 B가 공개한 'Z'를 바탕으로") is not that subject
  {
    cat: 'partners.item-omitted-subject',
    text: "의료 AI 스타트업 누리브릿지는 의료 특화 LLM을 만드는 팀입니다. 첫 모델 '누리메드 1'을 선보였습니다.\n\n경량 모델 '누리메드 미니'는 카카오가 공개한 '카나나 1.5'를 바탕으로 만들었습니다.\n\n함께하는 파트너\n\n• KT와 함께 병원용 상담 에이전트를 공동 개발하고 있습니다.\n\n• 하나은행과는 보험 심사 보조 AI를 함께 만들고 있습니다.",
    expect: ['PARTNERS_WITH KT -> 누리브릿지', 'PARTNERS_WITH 누리브릿지 -> 하나은행'],
    absent: ['PARTNERS_WITH KT -> 카카오', 'PARTNERS_WITH 카카오 -> 하나은행'],
  },
  {
    cat: 'partners.item-omitted-subject',
    text: "'누리메드 2'는 의료 AI 스타트업 누리브릿지가 개발한 의료 특화 모델입니다.\n\n한국어 의료 데이터 구축은 가온데이터와 협력해 진행했습니다.",
    expect: ['PARTNERS_WITH 가온데이터 -> 누리브릿지'],
  },
  // a company page's roster of its people ("• NAME TITLE — description"): each works for the page's company, in titles
  // such as '리서치 리드'; a former employer marked 前 is no employer; a Korean surname with a foreign given name glossed
  // in Latin ("한제임스(James Han)") is a person
  {
    cat: 'works-for.roster-item',
    text: "의료 AI 스타트업 누리브릿지는 의료 특화 LLM을 만드는 팀입니다.\n\n• 2025년 가온벤처스가 이끈 시리즈 A 투자를 유치했습니다.\n\n함께 일할 리드\n\n• 서지안 대표 — 의사 출신 창업자.\n\n• 민서율 리서치 리드 — 前 카카오 AI 연구원.\n\n• 한제임스(James Han) 테크 리드 — 前 구글 소프트웨어 엔지니어.",
    expect: ['WORKS_FOR 서지안 -> 누리브릿지', 'WORKS_FOR 민서율 -> 누리브릿지', 'WORKS_FOR 한제임스 -> 누리브릿지'],
    absent: ['WORKS_FOR 민서율 -> 카카오', 'WORKS_FOR 한제임스 -> 구글', 'WORKS_FOR 서지안 -> 가온벤처스'],
    edgeProps: ['WORKS_FOR 민서율 -> 누리브릿지 title=리서치 리드'],
  },
  // the same roster read from a page's <li> items, their marks gone; a description that names the page's company again
  // ("… 누리브릿지를 창업했습니다") or a former employer ("X 출신으로") does not stop it
  {
    cat: 'works-for.roster-item',
    text: "의료 AI 스타트업 누리브릿지는 의료 특화 LLM을 만드는 팀입니다.\n\n함께 일할 사람들\n\n서지안 대표 — 네이버에서 연구원으로 일한 뒤 누리브릿지를 창업했습니다.\n\n민서율 CTO — 카카오 출신으로, 지금은 누리브릿지에서 학습을 총괄합니다.\n\n도하람 테크 리드 — 이번 포지션의 직속 리더입니다.",
    expect: ['WORKS_FOR 서지안 -> 누리브릿지', 'WORKS_FOR 민서율 -> 누리브릿지', 'WORKS_FOR 도하람 -> 누리브릿지'],
    absent: ['WORKS_FOR 서지안 -> 네이버', 'WORKS_FOR 민서율 -> 카카오'],
    edgeProps: ['WORKS_FOR 민서율 -> 누리브릿지 title=CTO'],
  },
  // a sentence with no subject whose partner comes before the object they build together ("X와 … 모델을 공동 개발하고 있다"),
  // and a programme it was selected for this year ("'Y'에 올해 선정됐다")
  {
    cat: 'partners.omitted-subject-object-between',
    text: "가람소프트는 음성 AI 스타트업이다. 창업자는 구글의 제미나이 나노가 범용으로는 훌륭하다고 본다.\n\n국내 가전 기업 소리전자와 세탁기용 음성 인식 모델을 공동 개발하고 있다.\n\n중소벤처기업부의 '온디바이스 AI 상용화 지원사업'에 올해 선정됐다.",
    expect: ['PARTNERS_WITH 가람소프트 -> 소리전자', 'PARTICIPATES_IN 가람소프트 -> 온디바이스 AI 상용화 지원사업'],
  },
  // a company page's sentences with no subject: a partner in "X와 전략적 협력 관계를 맺고", a programme in
  // "'팁스(TIPS)' 프로그램에도 선정됐습니다" (the programme's kind after its name)
  {
    cat: 'partners.omitted-subject-clause',
    text: "의료 AI 스타트업 누리브릿지는 의료 특화 LLM을 만드는 팀입니다.\n\n지난해부터는 LG유플러스와 전략적 협력 관계를 맺고 진료 요약 서비스를 함께 만들고 있습니다. 올해 초 가온벤처스로부터 투자를 받았고, 중소벤처기업부 팁스(TIPS) 프로그램에도 선정됐습니다.",
    expect: ['PARTNERS_WITH LG유플러스 -> 누리브릿지', 'PARTICIPATES_IN 누리브릿지 -> 팁스'],
    absent: ['PARTNERS_WITH 가온벤처스 -> 누리브릿지'],
  },
  {
    cat: 'works-for.roster-item',
    text: "민서율 리서치 리드는 \"데이터가 전부\"라고 말했다.",
    nodes: ['Person:민서율'],
    noNodes: ['Company:리서치'],
  },
  // a subject-less sentence whose one model is what the company is making or releasing ("지금은 차세대 모델 'Y'를
  // 개발하고 있습니다") turns the focus to that model: the next sentence's "Z의 후속 모델로" is about Y
  {
    cat: 'focus.released-object',
    text: "의료 AI 스타트업 누리브릿지는 의료 특화 LLM을 만드는 팀입니다. 지난 6월에는 '누리메드 2'를 출시했습니다.\n\n경량 모델 '누리메드 2 라이트'는 카카오가 공개한 '카나나 1.5'를 바탕으로 만들었습니다.\n\n지금은 차세대 모델 '누리메드 3'를 개발하고 있습니다. 누리메드 2의 후속 모델로, 처음부터 직접 학습하는 방식도 검토하고 있습니다.",
    expect: ['SUCCEEDS 누리메드 3 -> 누리메드 2'],
    absent: ['SUCCEEDS 누리메드 2 라이트 -> 누리메드 2'],
  },
  // a lone day after a release verb belongs to the clause it stands in: "'A'를 선보였고, 지난 6월 17일에는 'B'를
  // 출시했다" dates B, not A
  {
    cat: 'property.released-on-clause',
    publishedAt: '2026-11-03',
    text: "의료 AI 스타트업 누리브릿지는 첫 모델 '누리메드 1'을 선보였고, 지난 6월 17일에는 후속 모델 '누리메드 2'를 출시했다.",
    props: ['누리메드 2=releasedOn:2026-06-17', '누리메드 1=releasedOn:undefined'],
  },
  // "첫 모델 'A'를 선보였고, … 후속 모델 'B'를 출시했다": the successor named in the next clause follows the model the
  // first clause released; a model the clause only compares with is none
  {
    cat: 'succeeds.successor-after-release',
    text: "의료 AI 스타트업 누리브릿지는 2024년 첫 모델 '누리메드 1(NURIMED-1)'을 선보였고, 올해 초에는 후속 모델 '누리메드 2'를 출시했다.",
    expect: ['SUCCEEDS 누리메드 2 -> 누리메드 1'],
  },
  {
    cat: 'succeeds.successor-after-release',
    text: "가온랩은 '가온-7B'를 공개했고, 크기는 경쟁사의 차기 모델 '누리메드 3'보다 작다.",
    absent: ['SUCCEEDS 누리메드 3 -> 가온-7B'],
  },
  // a question someone is asked ("'X와도 협업하느냐'는 질문을 받는데") asserts no partnership with the speaker's company
  {
    cat: 'clause.question-asked',
    text: "◇사회=각 회사의 전략을 듣고 싶습니다.\n\n◇한서윤 랩장=가온텔레콤은 지난 7월 '가온-3'을 공개했는데요, KMMLU에서 70.1점을 받았습니다. 간혹 \"구글과도 협업하느냐\"는 질문을 받는데, 현재로서는 그런 계획은 없습니다.",
    absent: ['PARTNERS_WITH 가온텔레콤 -> 구글', 'PARTNERS_WITH 구글 -> 가온텔레콤'],
  },
  // "'X'는 … 'Y 3.2'를 기반으로 … 추가 학습한 모델이에요": a quoted topic the sentence calls a model, though a version's
  // dot stands between
  {
    cat: 'discover.defined-as-model-dotted-base',
    text: "스타트업 한빛루프의 '한빛 Q2'는 미스트랄AI의 '미스트랄 스몰 3.1'(240억 파라미터)를 기반으로 상담 데이터를 추가 학습한 모델이에요.",
    expect: ['BASED_ON 한빛 Q2 -> 미스트랄 스몰 3.1', 'DEVELOPED 한빛루프 -> 한빛 Q2'],
  },
  // "X는 'Y'를 공개했는데요, 지난해 내놓은 Z의 후속 모델입니다": the model released in the first clause is the
  // successor the copula clause names
  {
    cat: 'succeeds.released-then-successor-copula',
    text: "가온텔레콤은 지난 5월 '가온-3(GAON-3)'을 공개했는데요, 지난해 내놓은 가온-2의 후속 모델입니다.",
    expect: ['SUCCEEDS 가온-3 -> 가온-2'],
  },
  {
    cat: 'succeeds.released-then-successor-copula',
    text: "가온텔레콤은 지난 5월 '가온-3'을 공개했는데, 가온-2의 후속 모델은 아니다.",
    absent: ['SUCCEEDS 가온-3 -> 가온-2'],
  },
  // a deck line "Y 기반 N 파라미터 모델…BENCH N점": the score is the new model's, not the base's that modifies it
  {
    cat: 'scored.base-modifier-not-subject',
    text: "한빛메디, 의료 특화 LLM '한빛-Med 3' 공개\n\n메타 라마 3 기반 80억 파라미터 모델…KorMedMCQA 70.2점\n\n의료 AI 스타트업 한빛메디가 의료 특화 모델 '한빛-Med 3'를 공개했다.",
    absent: ['SCORED 라마 3 -> KorMedMCQA'],
  },
  {
    cat: 'scored.base-modifier-not-subject',
    text: "의료 AI 스타트업 한빛메디가 '한빛-Med 3'를 공개했다. 기반 모델인 라마 3는 KorMedMCQA 55.1점을 받았다.",
    expect: ['SCORED 라마 3 -> KorMedMCQA'],
  },
];

describe('report, posting and transcript rows', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
