/**
 * Generalisation rows for the forms of sets 77 and 46: a history line's model with a description after its dash ("'X' 출시 —
 * Y를 바탕으로 … 만든 모델"); a history line joining another company's consortium; a surname with a title and '님'; a
 * person's subject keeping the company an interviewee's answers are about; an interviewer's yes-no question about applying,
 * answered yes; '거기서는 N점이 나왔습니다' after '…라고 하는데'; '동사를' as the company; a division of labour leaving the
 * article's company the subject; an agreement with a long description; a nameless speech model with its maker; a field
 * word before AI; English programme names, centres and 'the project'.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const HISTORY = '회사소개\n\n가온브레인은 한국어 모델을 만드는 회사입니다.\n\n연혁\n\n';

const rows: FactRow[] = [
  // "'X' 출시 — Y를 바탕으로 … 만든 모델": the description after a release line's dash is said of its model (a platform may be named on the way)
  { cat: 'encode.release-line-dash', text: `${HISTORY}03\n\n교육 특화 모델 '가온-에듀(Gaon-Edu)' 출시 — 가온 LM 4.0을 바탕으로 교과서 자료를 추가 학습해 만든 교육 전용 모델.`, expect: ['BASED_ON 가온-에듀 -> 가온 LM 4.0'] },
  { cat: 'encode.release-line-dash', text: `${HISTORY}05\n\n경량 모델 '가온 LM 4.0 나노' 허깅페이스 오픈소스 공개 — 가온 LM 4.0에서 지식 증류한 15억 파라미터 모델로, 연구용 라이선스 적용`, expect: ['BASED_ON 가온 LM 4.0 나노 -> 가온 LM 4.0'] },
  { cat: 'encode.release-line-dash', text: `${HISTORY.replace('한국어 모델을', "한국어 모델 '누리온 3.0'을")}07\n\n'누리온 3.5' 출시 — 누리온 3.0의 업그레이드 버전으로 문맥 길이를 두 배로 늘림`, expect: ['SUCCEEDS 누리온 3.5 -> 누리온 3.0'] },
  { cat: 'encode.release-line-dash', text: `${HISTORY}09\n\n'가온 LM 4.0' 정식 출시 — 같은 달 비교 평가에서 구글 '젬마 3 12B'를 제치고 동급 최고 수준 달성`, absent: ['BASED_ON 가온 LM 4.0 -> 젬마 3 12B'] },
  // a history line that joins another company's consortium: a partnership of the page's company
  { cat: 'partners.milestone-consortium', text: `${HISTORY}2025\n\n08\n\n과학기술정보통신부 'AI 반도체 실증 사업' 참여기관 선정 — 리벨리온 컨소시엄에 합류해 추론 검증을 맡음`, expect: ['PARTNERS_WITH 가온브레인 -> 리벨리온', 'PARTICIPATES_IN 가온브레인 -> AI 반도체 실증 사업'] },
  { cat: 'partners.milestone-consortium', text: `${HISTORY}2025\n\n08\n\n과학기술정보통신부 'AI 반도체 실증 사업' 참여기관 선정 — 리벨리온 컨소시엄과 경쟁 끝에 단독 선정`, absent: ['PARTNERS_WITH 가온브레인 -> 리벨리온'] },
  // "NAME 국장님이 이 사업을 계속 끌고 오시면서": a surname, a title and the honorific stand for the person named before
  { cat: 'references.surname-honorific', text: "진행자> 정부는 'AI 바우처 지원사업'을 이어 가고 있죠.\n\n진행자> 과기정통부 탁미래 인공지능정책국장이 지난달 \"심사를 엄격히 하겠다\"고 못을 박았어요.\n\n손님> 저는 환영합니다.\n\n탁 국장님이 이 사업을 계속 끌고 오시면서 기준을 분명하게 하고 계십니다.", expect: ['PROMOTES 탁미래 -> AI 바우처 지원사업'] },
  { cat: 'references.surname-honorific', text: "진행자> 정부는 'AI 바우처 지원사업'을 이어 가고 있죠.\n\n진행자> 과기정통부 탁미래 인공지능정책국장이 지난달 \"심사를 엄격히 하겠다\"고 못을 박았어요.\n\n손님> 저는 환영합니다.\n\n문 국장님이 이 사업을 계속 끌고 오시면서 기준을 분명하게 하고 계십니다.", absent: ['PROMOTES 탁미래 -> AI 바우처 지원사업'] },
  // an interviewee's answer with a person as subject keeps the company the answers are about
  { cat: 'clause.person-subject-keeps-topic', text: "■ 대담 : 한가람 (누리랩스 대표)\n\n◇ 진행자> 누리랩스는 어떤 회사예요?\n\n◆ 한가람> 누리랩스는 의료 언어모델을 만듭니다.\n\n윤 교수님이 늘 조언을 해 주시면서 방향을 잡아 주고 계신데, 큰 힘이 됩니다.\n\n작년에 중소벤처기업부 '딥테크 팁스'에 선정돼서 연구비를 받았습니다.", expect: ['PARTICIPATES_IN 누리랩스 -> 딥테크 팁스'] },
  // an interviewer's question naming the company, about the programme just named, answered yes with an application verb
  { cat: 'participates.confirmed-question', text: "◇ 진행자> 그 'AI 바우처 지원사업' 말이에요.\n\n올해도 공급기업을 더 뽑는다고 하잖아요.\n\n누리랩스도 도전하시는 거예요?\n\n◆ 한가람> 네, 지원했습니다.\n\n지난주에 서류 냈어요.", expect: ['PARTICIPATES_IN 누리랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.confirmed-question', text: "◇ 진행자> 그 'AI 바우처 지원사업' 말이에요.\n\n올해도 공급기업을 더 뽑는다고 하잖아요.\n\n누리랩스도 도전하시는 거예요?\n\n◆ 한가람> 네, 그런데 올해는 지원하지 않았습니다.", absent: ['PARTICIPATES_IN 누리랩스 -> AI 바우처 지원사업'] },
  { cat: 'participates.confirmed-question', text: "◇ 진행자> 그 'AI 바우처 지원사업' 말이에요.\n\n누리랩스도 도전하시는 거예요?\n\n◆ 한가람> 글쎄요, 아직 고민 중입니다.", absent: ['PARTICIPATES_IN 누리랩스 -> AI 바우처 지원사업'] },
  // "… 벤치마크, B라고 하는데 거기서는 N점이 나왔습니다": the model in focus scored on B
  { cat: 'scored.focus-spoken-there', text: "◆ 한가람> 새 모델 이름은 '누리-2'입니다.\n\n의료 지식을 보는 메드벤치라는 시험, KorMedMCQA라고 하는데 거기서는 71.4점이 나왔습니다.", expect: ['SCORED 누리-2 -> KorMedMCQA'], edgeProps: ['SCORED 누리-2 -> KorMedMCQA score=71.4'] },
  { cat: 'scored.focus-spoken-there', text: "◆ 한가람> 새 모델 이름은 '누리-2'입니다.\n\n의료 지식을 보는 KorMedMCQA라는 시험이 있는데 거기서는 70점 정도 나올 것 같아요.", absent: ['SCORED 누리-2 -> KorMedMCQA'] },
  // "NAME 대표는 … 2019년 동사를 창업했다": the analyst's "동사" as an object is the company the note is about
  { cat: 'references.company-object', text: "가온브레인에 대해 투자의견 BUY를 제시한다.\n\n동사는 지난 7월 새 모델을 내놨다.\n\n■ 경영진\n\n하도윤 대표는 카카오에서 검색 조직을 이끈 뒤 2019년 동사를 창업했다.", expect: ['WORKS_FOR 하도윤 -> 가온브레인'] },
  // "A가 X를, B가 Y를 맡는다": the note's own company stays the subject the next sentence omits
  { cat: 'subject.shared-work', text: "가온브레인에 대해 투자의견 BUY를 제시한다.\n\n동사는 지난 7월 새 모델을 내놨다.\n\n다온헬스가 진료 데이터를, 가온브레인이 모델 학습을 맡는다.\n\n모델 개발은 구글 출신의 서나래 최고기술책임자(CTO)가 총괄한다.", expect: ['WORKS_FOR 서나래 -> 가온브레인'], absent: ['WORKS_FOR 서나래 -> 다온헬스'] },
  // "X와 … 공동 개발을 위한 업무협약을 체결했다": a long description of the agreement, the omitted subject a partner
  { cat: 'partners.omitted-subject-signed', text: "제목\n\n가온브레인은 지난달 새 모델을 공개했다. 9월에는 국내 의료 기업 다온헬스와 의료 문서 요약 모델 공동 개발을 위한 업무협약을 체결했다.", expect: ['PARTNERS_WITH 다온헬스 -> 가온브레인'] },
  { cat: 'partners.omitted-subject-signed', text: "제목\n\n가온브레인은 지난달 새 모델을 공개했다. 9월에는 국내 의료 기업 다온헬스와 의료 문서 요약 모델 공동 개발을 위한 업무협약을 체결하지 않았다.", absent: ['PARTNERS_WITH 다온헬스 -> 가온브레인'] },
  // "X의 오픈소스 음성인식 모델을 바탕으로": a nameless model of a kind, its maker, open source as the phrase says
  { cat: 'discover.anonymous-kind', text: "가온브레인은 메타의 오픈소스 음성인식 모델을 바탕으로 콜센터 음성을 추가 학습한 '가온-보이스 1.0'을 운영 중이다.", expect: ['BASED_ON 가온-보이스 1.0 -> 메타의 오픈소스 음성인식 모델', 'DEVELOPED 메타 -> 메타의 오픈소스 음성인식 모델'], props: ['메타의 오픈소스 음성인식 모델=openSource:true'] },
  { cat: 'discover.anonymous-kind', text: "가온브레인은 메타의 음성인식 모델 '보이스박스 2'를 바탕으로 콜센터 음성을 추가 학습했다.", noNodes: ['Model:메타의 음성인식 모델'] },
  // "코딩AI 스타트업 X": a field word before AI is no company
  { cat: 'discover.field-ai', text: '제목\n\n메타가 국내 코딩AI 스타트업 가온브레인 인수를 타진했다.', noNodes: ['Company:코딩AI'], nodes: ['Company:가온브레인'] },
  { cat: 'discover.field-ai', text: '제목\n\n메타가 국내 음성AI 스타트업 가온브레인 인수를 타진했다.', noNodes: ['Company:음성AI'] },
  // English: a known programme's name inside a longer one; a centre is no company; 'the project' agrees with a Project's name
  { cat: 'english.programme-names', text: 'The ministry will link the project with the K-AI Model Hospital Field Trial Program, under which hospitals will test the models.', nodes: ['Policy:K-AI Model Hospital Field Trial Program'] },
  { cat: 'english.programme-names', text: 'GPUs from the Daejeon AI Computing Center will be added once available.', noNodes: ['Company:Daejeon AI'] },
  { cat: 'english.programme-names', text: 'The ministry selected four consortia for the Independent AI Foundation Model Project. MSIT will also link the project with the K-AI Model Hospital Field Trial Program. Han Ji-woo, Director General of the AI Policy Office, who has overseen the project since its launch, said, "We will keep it fair."', expect: ['PROMOTES Han Ji-woo -> Independent AI Foundation Model Project'], absent: ['PROMOTES Han Ji-woo -> K-AI Model Hospital Field Trial Program'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
