/**
 * Generalisation rows for r58a's round on held-out sets 209 and 210 (academia and vertical industries): a mixture of experts'
 * name with its active size and its bare line name, a start at a new post ('근무를 시작'), a co-developer that joined the model
 * in focus or with whom its development was done, a release header's '책임자', a subsidiary joined by '및', a service designated
 * as a programme, an explanation release's reported-content section and the headline it answers, a tie denied as never pursued,
 * a fork as a base, a firm's practice groups, a former post after 前, an earlier version in use until now, a producer's title,
 * a teacher before its student, scores ranked without 점 or under a metric.
 * Every row is a short text written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a mixture of experts named with its total and active sizes, then by its bare line name: one model
  { cat: 'discover.active-size-name', text: '연구실은 자체 사전학습한 MoE 모델 PineMoE-24B-A2B를 공개했다. PineMoE는 KMMLU에서 55.1점을 기록했다.', expect: ['SCORED PineMoE-24B-A2B -> KMMLU'], noNodes: ['Model:PineMoE'] },
  // a start at a company's post
  { cat: 'works-for.moved-to-role', text: '지난해 박사학위를 받은 여소윤 연구원은 이달부터 ㈜하람데이터 수석연구원으로 근무를 시작했다.', expect: ['WORKS_FOR 여소윤 -> 하람데이터'] },
  { cat: 'works-for.moved-to-role', text: '여소윤 박사는 다음 달부터 하람데이터 책임연구원으로 업무를 시작한다.', expect: ['WORKS_FOR 여소윤 -> 하람데이터'] },
  // a co-developer that joined the development of the model in focus, and its maker's partnership
  { cat: 'developed.focus-joined-as-co-developer', text: "한빛로보틱스는 물류 비전 모델 '새벽-V 2'를 공개했다. 모델 개발에는 영상 분석 기업 솔바람테크가 공동 개발기관으로 참여했다.", expect: ['DEVELOPED 솔바람테크 -> 새벽-V 2', 'PARTNERS_WITH 한빛로보틱스 -> 솔바람테크'] },
  // … the maker's most-named model, not a sibling the paragraph before was about
  {
    cat: 'developed.focus-joined-as-co-developer',
    text: "한빛로보틱스는 물류 비전 모델 '새벽-V 2'를 공개했다. 새벽-V 2는 창고 영상을 읽는다. 새벽-V 2는 90억 파라미터다. 함께 나온 경량 모델 '새벽-V 2 미니'는 새벽-V 2를 교사 모델로 삼아 증류했다.\n\n모델 개발에는 솔바람테크가 공동 개발사로 참여했다.",
    expect: ['DEVELOPED 솔바람테크 -> 새벽-V 2'],
    absent: ['DEVELOPED 솔바람테크 -> 새벽-V 2 미니'],
  },
  // the development done with a subsidiary and a start-up, joined by 및
  { cat: 'developed.focus-development-done-with', text: "가람손해보험은 보험 상담 모델 '가람케어 3'을 공개했다. 파라미터는 140억 개다. 개발은 자회사 가람정보시스템 및 스타트업 누리랩스와 공동으로 진행했다.", expect: ['DEVELOPED 가람정보시스템 -> 가람케어 3', 'DEVELOPED 누리랩스 -> 가람케어 3', 'PARTNERS_WITH 가람손해보험 -> 가람정보시스템'] },
  // a release header's person in charge
  { cat: 'works-for.contact-line', text: "다온저축은행은 상담 모델 '다온챗 2'를 공개했다.\n책임자: 팀장 오세린 (02-7000-1111)", expect: ['WORKS_FOR 오세린 -> 다온저축은행'] },
  // a company's service designated as a programme
  { cat: 'participates.service-designated-as', text: "바다저축은행의 AI 여신 심사 서비스가 '혁신금융서비스'로 선정됐다.", expect: ['PARTICIPATES_IN 바다저축은행 -> 혁신금융서비스'] },
  { cat: 'participates.service-designated-as', text: "바다저축은행은 금융위원회의 '혁신금융서비스'로 지정돼 특례를 받는다.", expect: ['PARTICIPATES_IN 바다저축은행 -> 혁신금융서비스'] },
  // a tie the company says it never pursued, however long its object
  { cat: 'partners.denied-deed', text: '다온저축은행은 메타와 전략적 제휴 또는 모델 공동 개발을 추진한 사실이 없다고 밝혔다.', absent: ['PARTNERS_WITH 다온저축은행 -> 메타'] },
  // a fork is a base
  { cat: 'based-on.derived', text: "법무법인 가람은 판례 모델 '가람 Lex 2'를 도입했다. 가람 Lex 2는 누리리걸의 '누리 LM 4'에서 갈라져 나온 전용 버전이다.", expect: ['BASED_ON 가람 Lex 2 -> 누리 LM 4'] },
  { cat: 'based-on.derived', text: "법무법인 가람은 판례 모델 '가람 Lex 2'를 도입했다. 가람 Lex 2는 누리리걸의 '누리 LM 4'를 포크한 모델이다.", expect: ['BASED_ON 가람 Lex 2 -> 누리 LM 4'] },
  { cat: 'based-on.derived', text: "가람 Lex 2는 누리리걸의 '누리 LM 4'에서 갈라져 나온 모델이 아니다.", absent: ['BASED_ON 가람 Lex 2 -> 누리 LM 4'] },
  // a firm's practice groups are no companies
  { cat: 'discover.field-group', text: '법무법인 가람은 이달 AI센터를 신설하고, 조세그룹 윤채원 파트너 변호사를 센터장으로 선임했다. 정 대표는 가람 공정거래그룹 변호사 출신이다.', expect: ['WORKS_FOR 윤채원 -> 법무법인 가람'], noNodes: ['Company:조세그룹', 'Company:공정거래그룹'] },
  // a post after 前 is a former one
  { cat: 'works-for.company-title-name', text: '前 누리소프트 AI 전략실장 고은채 씨는 다온랩스의 최고기술책임자(CTO)로 자리를 옮겼다.', expect: ['WORKS_FOR 고은채 -> 다온랩스'], absent: ['WORKS_FOR 고은채 -> 누리소프트'] },
  // an earlier version in use until now, and the line's next version
  { cat: 'succeeds.used-before-version', text: "다음 주부터 NPC 대화 AI가 '가온톡 v3'로 바뀝니다. 지난해부터 써 온 가온톡 v2는 라마를 튜닝한 모델이었어요. 그래서 v3는 바탕을 바꿨습니다.", expect: ['SUCCEEDS 가온톡 v3 -> 가온톡 v2'] },
  { cat: 'succeeds.used-before-version', text: '그동안 사용하던 하람봇 2.0은 규칙 기반이었다. 하람봇 3.0은 언어모델로 답한다.', expect: ['SUCCEEDS 하람봇 3.0 -> 하람봇 2.0'] },
  // a co-developed model with the subject left out
  { cat: 'developed.omitted-subject-co-developed-relative', text: "한빛로보틱스는 올해 안내 로봇을 내놨다. 매장 안내 음성은 음성 기업 소리마루와 공동 개발한 합성 모델 '마루보이스 3'이 맡는다.", expect: ['DEVELOPED 한빛로보틱스 -> 마루보이스 3'] },
  // a producer's title
  { cat: 'title.producer', text: '가온게임즈 총괄 PD 남예린은 새 모델을 소개했다.', expect: ['WORKS_FOR 남예린 -> 가온게임즈'] },
  // a teacher before its student
  { cat: 'based-on.teacher-then-student-distilled', text: '가온게임즈는 가온-LM 30B를 교사로 삼아 가온-LM 3B를 지식 증류로 만들었다.', expect: ['BASED_ON 가온-LM 3B -> 가온-LM 30B'] },
  // scores ranked without 점, or under a metric, on the benchmark the sentence before introduced
  {
    cat: 'scored.ranked-figure',
    text: '요약 평가셋 KoMailSum을 제안한다. 공개 모델 7종을 평가한 결과 LG AI연구원의 EXAONE 3.5 32B가 ROUGE-L 44.7로 가장 높았고, 업스테이지의 Solar Pro 2가 42.3으로 뒤를 이었다.',
    expect: ['SCORED EXAONE 3.5 32B -> KoMailSum', 'SCORED Solar Pro 2 -> KoMailSum'],
  },
];

/** An explanation release: the reported content repeats the report it answers; the answer denies it. */
const EXPLANATION = `다온저축은행 | 보도참고자료

제목: ○○일보 「다온저축은행, 구글과 손잡고 금융 모델 개발」 기사 관련 설명

1. 보도 내용
 ○ 다온저축은행이 구글과 제휴해 금융 모델을 공동 개발하고 있다고 보도

2. 설명 내용
 □ 당행은 구글과 제휴를 추진한 사실이 없음
`;

describe('r58a generalisation rows', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});

describe('r58a generalisation pages', () => {
  it("an explanation release's reported content and the headline it answers state no tie", () => {
    const g = pageGraph(EXPLANATION, 'release.txt');
    expect(hasFact(g, 'PARTNERS_WITH 다온저축은행 -> 구글')).toBe(false);
  });
  it('the same report told as news, with no explanation around it, is read', () => {
    const g = pageGraph('다온저축은행 소식\n\n2026년 10월 5일\n\n다온저축은행이 구글과 제휴해 금융 모델을 공동 개발하고 있다.\n', 'news.txt');
    expect(hasFact(g, 'PARTNERS_WITH 다온저축은행 -> 구글')).toBe(true);
  });
});
