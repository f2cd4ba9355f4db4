/**
 * Generalisation rows for the forms first met in held-out sets 191 and 147 (session 52, round r52a): a quoted name of a
 * Hangul word, a Latin line word and a version in a sentence about an open release; a people list's numbered cards whose
 * subject-less sentences tell of the person's programme or model; a company running its own in-house model.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

/** An invented board's minutes as a plain-text page. */
const MINUTES = [
  '이 사 회 의 사 록',
  '',
  '주식회사 다솜로직스',
  '',
  '1. 일    시 : 2026년 10월 5일(월) 오후 2시',
  '',
  '[보고사항]',
  '',
  '가. 주주 현황 보고',
  '  홍보담당 차장 고은채는 기관 투자자인 청람인베스트먼트가 당사 지분 9%를 보유하고 있다고 보고하다.',
  '',
  '[결의사항]',
  '',
  '제1호 의안 : 재무책임자 선임의 건',
  '  의장은 서지환(Jihwan Seo)을 외부에서 영입할 것을 제안하다. 서지환은 회계법인에서 근무하였으며, 2026년 11월 1일부로 당사 CFO로 선임한다. 출석이사 전원 찬성으로 가결하다.',
  '',
  '제2호 의안 : 공동 연구 협약의 건',
  "  의장은 주식회사 누리메디컬과 '병원 물류 예측 모델'을 공동 개발하는 협약안을 설명하다. 출석이사 전원 찬성으로 가결하다.",
  '',
  '제3호 의안 : 정부 과제 신청의 건',
  "  (1) '지역 데이터 바우처 사업' 수요기업 신청 : 신청하기로 의결하다.",
  "  (2) '스마트 물류 실증사업' : 당사 사업과 맞지 않아 신청하지 않기로 하다.",
].join('\n');

const rows: FactRow[] = [
  // a quoted "Hangul word + Latin line word + version" is one name, even where an open-source cue would read its Latin tail alone
  {
    cat: 'discover.quoted-whole-numbered-name',
    text: "스타트업 물결랩스는 지난달 '물결 LM 3'를 허깅페이스에 오픈소스로 올렸다.",
    expect: ['DEVELOPED 물결랩스 -> 물결 LM 3'],
    noNodes: ['Model:LM 3'],
  },
  // (a first word that ends like a particle, "…도", opens the quoted name all the same)
  {
    cat: 'discover.quoted-whole-numbered-name',
    text: "누리소프트는 '온도 LM 2'를 오픈소스로 공개했다고 3일 밝혔다.",
    nodes: ['Model:온도 LM 2'],
    noNodes: ['Model:LM 2'],
  },
  // a numbered card "NN. NAME · MINISTRY TITLE", then a paragraph whose sentence runs a programme with no subject
  {
    cat: 'promotes.profile-official-card',
    text: "올해의 인물 10인\n\n03. 하서진 · 행정안전부 디지털정부정책관\n\n부처 안팎에서 실무형 관료로 꼽힌다. 지난해 'AI 민원 혁신 사업' 최종 심사를 총괄하며 참여 기업을 가렸다.\n\n04. 도윤재 · 가람소프트 대표\n\n가람소프트는 올해 흑자로 돌아섰다.",
    expect: ['PROMOTES 하서진 -> AI 민원 혁신 사업'],
    absent: ['PROMOTES 도윤재 -> AI 민원 혁신 사업'],
  },
  // (a sentence that criticises the programme, or whose subject is someone else, gives no PROMOTES)
  {
    cat: 'promotes.profile-official-card',
    text: "올해의 인물 10인\n\n03. 하서진 · 행정안전부 디지털정부정책관\n\n부처 안팎에서 실무형 관료로 꼽힌다. 야당은 'AI 민원 혁신 사업'을 비판했다.",
    absent: ['PROMOTES 하서진 -> AI 민원 혁신 사업'],
  },
  // a card "NN. NAME · COMPANY TITLE", then "모델 'Y'를 만든 주역이다" with no subject: the heading company built Y
  {
    cat: 'developed.card-person-made',
    text: "주목할 개발자들\n\n05. 문태경 · 솔잎바이오 최고기술책임자\n\n의료 영상을 판독하는 모델 '솔잎-Rad'를 만든 주역이다. 학회 발표도 잦다.\n\n06. 변시우 · 가온데이터 CTO\n\n데이터 파이프라인 전문가다.",
    expect: ['DEVELOPED 솔잎바이오 -> 솔잎-Rad'],
    absent: ['DEVELOPED 가온데이터 -> 솔잎-Rad'],
  },
  // ("Y 개발을 이끌었다" reads the same; a sentence naming a former employer leaves the model to that employer)
  {
    cat: 'developed.card-person-made',
    text: "주목할 개발자들\n\n07. 문태경 · 솔잎바이오 수석연구원\n\n'솔잎-Med 2' 개발을 이끌었다. 그 전에는 한빛랩스에서 '한빛-Chat' 학습을 맡았다.",
    expect: ['DEVELOPED 솔잎바이오 -> 솔잎-Med 2'],
    absent: ['DEVELOPED 솔잎바이오 -> 한빛-Chat'],
  },
  // a company running its own in-house model ("사내/내부/자체 … 모델 'Y'를 운영"): the company built it
  {
    cat: 'developed.runs-inhouse-model',
    text: "대형 보험사 푸른손해보험은 구글의 젬마 3를 바탕으로 만든 사내 보상심사 모델 '푸른-Claim'을 운영하고 있다.",
    expect: ['DEVELOPED 푸른손해보험 -> 푸른-Claim', 'BASED_ON 푸른-Claim -> 젬마 3'],
  },
  {
    cat: 'developed.runs-inhouse-model',
    text: "푸른손해보험은 콜센터에 가온AI의 상담 모델 '가온-Call'을 운영 중이다.",
    absent: ['DEVELOPED 푸른손해보험 -> 가온-Call'],
  },
  // a company's own minutes: staff named by duty and post ("홍보담당 차장 NAME은"), an investor named as the subject of a
  // stake leaves the omitted subject of the next item to the minutes' company, and a resolution to apply to a programme
  {
    cat: 'minutes.duty-staff-investor-aside-application',
    text: MINUTES,
    expect: ['WORKS_FOR 고은채 -> 다솜로직스', 'PARTNERS_WITH 다솜로직스 -> 누리메디컬', 'PARTICIPATES_IN 다솜로직스 -> 지역 데이터 바우처 사업'],
    absent: ['PARTNERS_WITH 청람인베스트먼트 -> 누리메디컬', 'PARTICIPATES_IN 다솜로직스 -> 스마트 물류 실증사업'],
    edgeProps: ['WORKS_FOR 고은채 -> 다솜로직스 title=홍보담당 차장'],
  },
  // an appointee as the topic, an effective date, then "당사/X TITLE로 선임한다" (minutes' and orders' register)
  {
    cat: 'works-for.effective-date-appointed',
    text: MINUTES,
    expect: ['WORKS_FOR 서지환 -> 다솜로직스'],
    edgeProps: ['WORKS_FOR 서지환 -> 다솜로직스 title=CFO'],
  },
  // a farewell letter: the writer named by the greeting moves to a company named only there ("부터는 X에서 TITLE로 일하게 됩니다"),
  // a partner "X는 우리 회사와 … 공동 개발해 온 파트너사라, 아마 …": our company is the writer's, and the hedge after "라," is the next clause's
  {
    cat: 'writer-move.next-workplace',
    text: "안녕하세요, 검색팀 채도윤입니다.\n\n오늘을 끝으로 누리웨이브랩스를 떠나게 되었습니다.\n\n1월 4일부터는 별헤는밤에서 데이터 엔지니어로 근무하게 됩니다. 별헤는밤은 재작년부터 우리 회사와 번역 모델을 공동 개발해 온 곳이라, 아마 종종 뵙게 될 듯합니다.\n\n채도윤 드림",
    expect: ['WORKS_FOR 채도윤 -> 별헤는밤', 'PARTNERS_WITH 누리웨이브랩스 -> 별헤는밤'],
    edgeProps: ['WORKS_FOR 채도윤 -> 별헤는밤 title=데이터 엔지니어'],
  },
  // (someone else's move in the letter is not the writer's)
  {
    cat: 'writer-move.next-workplace',
    text: "안녕하세요, 검색팀 채도윤입니다.\n\n오늘을 끝으로 누리웨이브랩스를 떠나게 되었습니다. 팀장님은 1월부터 가람소프트에서 연구소장으로 일하게 됩니다.\n\n채도윤 드림",
    absent: ['WORKS_FOR 채도윤 -> 가람소프트'],
  },
  // "MODEL 기술 보고서: B1 s1, B2 s2" (or "MODEL 성능: …"): a document word before the colon, both scores are the model's
  {
    cat: 'scored.topic-list-continues-noun-colon',
    text: "하람AI가 새 모델을 공개했다. 하람-Mini 12B 평가 결과: KMMLU 59.3, CLIcK 64.8. 비교 모델보다 빠르다.",
    expect: ['SCORED 하람-Mini 12B -> KMMLU', 'SCORED 하람-Mini 12B -> CLIcK'],
    edgeProps: ['SCORED 하람-Mini 12B -> CLIcK score=64.8'],
  },
  // an aside in brackets after the score ("…점을 기록했다(B는 66.1점)") gives B its score and leaves the focus model's score its own
  {
    cat: 'scored.focus-bracket-aside',
    text: "바다웍스가 공개한 바다-L 4.0은 해양 모델이다. 전작 바다-L 3.5보다 응답이 빨라졌고, 해양 문서 벤치마크 K-OceanQA에서 81.2점을 받았다(바다-L 3.5는 70.4점).",
    expect: ['SCORED 바다-L 4.0 -> K-OceanQA', 'SCORED 바다-L 3.5 -> K-OceanQA'],
    edgeProps: ['SCORED 바다-L 4.0 -> K-OceanQA score=81.2', 'SCORED 바다-L 3.5 -> K-OceanQA score=70.4'],
  },
  // a board named as an arena is what "같은 리더보드" means later, its month's ranking between the board and the score
  {
    cat: 'scored.same-board-arena-month',
    text: "누리소프트의 '미리내 3'가 한국어 코딩 리더보드 '코드 아레나 K'에서 2위에 올랐다. 미리내 3은 평균 70.2점을 받았다. 미리내 3은 KMMLU에서도 60.1점을 받았다. 전작 '미리내 2'는 같은 리더보드 6월 순위에서 61.5점으로 12위였다.",
    expect: ['SCORED 미리내 2 -> 코드 아레나 K'],
    absent: ['SCORED 미리내 2 -> KMMLU'],
  },
  // a rival's score in brackets in a comparison ("이 모델은 Y(68.2점)보다 … 높았다") is on the board that still holds
  {
    cat: 'scored.bracket-compared-on-board',
    text: "'누리 리더보드' 10월 결과가 나왔다. 1위는 '별빛-8B'로 75.5점이었다. 새로 이름을 올린 '가람-R 14B'는 구글의 젬마 3를 바탕으로 튜닝한 모델이다. 이 모델은 젬마 3(68.2점)보다 3점 가까이 높았다.",
    expect: ['SCORED 젬마 3 -> 누리 리더보드'],
    edgeProps: ['SCORED 젬마 3 -> 누리 리더보드 score=68.2'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
