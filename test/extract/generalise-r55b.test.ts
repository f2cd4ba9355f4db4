/**
 * Generalisation rows (r55b): the spoken comitative 'X랑' / 'X이랑' after a company name only a suffix shows
 * ("…데이터랑", "…그룹이랑"); a known person's name with 님 glued to it ("CTO 서하람님" first, then "서하람님은 …");
 * a discussion thread whose post headers carry no middle dot, its poster's '저희' and omitted subject; '저희' after a
 * clause that named another company; a Latin test name with a quality word before 점수 and points; minutes' '-ㄴ바'
 * connective, no name. Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a company known only by its suffix, before the spoken 'and' ('랑', '이랑') of a joint piece of work
  { cat: 'discover.suffix-comitative', text: '모래솔AI는 새 검색 모델을 공개했다. 학습 말뭉치는 파란들데이터랑 공동으로 구축했다고 한다.', nodes: ['Company:파란들데이터'], expect: ['PARTNERS_WITH 모래솔AI -> 파란들데이터'] },
  { cat: 'discover.suffix-comitative', text: '모래솔AI는 새 검색 모델을 공개했다.\n\n청솔보험그룹이랑 보험 상담 모델을 함께 개발하는 중이라 팀이 바쁘다.', nodes: ['Company:청솔보험그룹'], expect: ['PARTNERS_WITH 모래솔AI -> 청솔보험그룹'] },
  { cat: 'discover.suffix-comitative', text: '모래솔AI는 새 검색 모델을 공개했다. 파란들데이터랑은 아직 아무 협약도 맺지 않았다.', absent: ['PARTNERS_WITH 모래솔AI -> 파란들데이터'] },
  // 님 glued to the name of a person the page has already introduced with a post, then a move to another company
  { cat: 'known-names.honorific', text: '모래솔AI 리뷰 게시판.\n\n예전 CTO 서하람님 퇴사 뒤 분위기가 달라졌다. 서하람님은 요즘 바다결소프트 CTO로 가셨다고 한다.', nodes: ['Person:서하람'], expect: ['WORKS_FOR 서하람 -> 바다결소프트'] },
  { cat: 'known-names.honorific', text: '모래솔AI 리뷰 게시판.\n\n전 팀장 서하람님 얘기가 많다. 서하람님은 올봄 바다결소프트로 이직했다.', expect: ['WORKS_FOR 서하람 -> 바다결소프트'] },
  { cat: 'known-names.honorific', text: '모래솔AI 리뷰 게시판.\n\n담당자님은 바다결소프트 CTO로 가셨다.', noNodes: ['Person:담당자'] },
  // a model hub's discussion: post headers with no middle dot ("handle badge words DATE"); a post is its writer's voice
  { cat: 'thread.header-without-dots', text: '토큰 사용량 질문 #7\n\nhana-dev Nov 2, 2026\n\n보리-3B가 어떤 데이터로 학습됐나요?\n\nseoyun-borilab Bori Lab org Nov 3, 2026\n\n안녕하세요, 보리랩 연구 엔지니어 한서윤입니다.\n\n학습 GPU는 \'초거대 AI 컴퓨팅 지원사업\'에 선정돼서 받은 자원으로 돌렸습니다.\n\ntaeho-k Nov 4, 2026\n\n그럼 누리소프트랑 같이 만든 건 아닌가요?\n\nseoyun-borilab Bori Lab org Nov 4, 2026\n\n누리소프트와 함께 만든 적은 없고요, 저희 CTO(백도현 CTO)가 누리소프트 출신이라 생긴 오해입니다.', expect: ['WORKS_FOR 백도현 -> 보리랩', 'PARTICIPATES_IN 보리랩 -> 초거대 AI 컴퓨팅 지원사업'], absent: ['PARTNERS_WITH 보리랩 -> 누리소프트', 'WORKS_FOR 백도현 -> 누리소프트'] },
  // a GitHub-style "handle commented DATE" line, or an ISO-dated one, is no model hub's post header; and a negated exit is no denial of taking part
  { cat: 'thread.header-without-dots', text: '보리랩은 새 모델을 공개했다.\n\nhana-dev commented Nov 2, 2026\n\ntaeho-k commented Nov 3, 2026\n\n보리랩은 \'초거대 AI 컴퓨팅 지원사업\'에서 퇴출된 사실이 없으며, 지금도 수행기관으로 사업에 참여하고 있다.', expect: ['PARTICIPATES_IN 보리랩 -> 초거대 AI 컴퓨팅 지원사업'] },
  // the first person after a clause that named another company and ended on its connective and comma
  { cat: 'company-references.first-person-after-clause', text: '보리랩은 새 모델을 공개했다.\n\n누리소프트와 공동 개발한 사실은 없고요, 저희 대표(윤가온 대표)가 누리소프트 출신이라 나온 말입니다.', expect: ['WORKS_FOR 윤가온 -> 보리랩'], absent: ['PARTNERS_WITH 보리랩 -> 누리소프트'] },
  { cat: 'company-references.first-person-after-clause', text: '보리랩은 새 모델을 공개했다.\n\n누리소프트의 저희 담당 매니저가 바뀌었다.', absent: ['WORKS_FOR 윤가온 -> 보리랩'] },
  // a Latin test name, the quality it measures and 점수 before the points ("X 안전성 점수 88.1점"): the test the score is on
  { cat: 'discover.name-score-points', text: "파란솔AI는 '파란솔-챗 3'을 공개했다.\n\n파란솔-챗 3은 내부 검증에서 GuardKo-Harm 유해성 점수 88.1점을 받았다.", nodes: ['Benchmark:GuardKo-Harm'], edgeProps: ['SCORED 파란솔-챗 3 -> GuardKo-Harm score=88.1'] },
  { cat: 'discover.name-score-points', text: "파란솔AI는 '파란솔-챗 3'을 공개했다.\n\n파란솔-챗 3은 GuardKo-Harm 점수 88.1점으로 1위에 올랐다.", edgeProps: ['SCORED 파란솔-챗 3 -> GuardKo-Harm score=88.1'] },
  { cat: 'discover.name-score-points', text: "파란솔AI는 '파란솔-챗 3'을 공개했다.\n\n파란솔AI의 ESG 점수 71점은 업계 평균보다 높다.", noNodes: ['Benchmark:ESG'] },
  // minutes' '-ㄴ바' connective after a verb stem is no name, even before a word ending in a title ("…에 부친바 출석이사 전원")
  { cat: 'person-names.connective-ba', text: '모래솔AI 이사회 의사록\n\n의장이 제2호 의안을 표결에 부친바 출석이사 전원 찬성으로 가결하다.', noNodes: ['Person:부친바'] },
  { cat: 'person-names.connective-ba', text: '모래솔AI 이사회 의사록\n\n대표이사가 경과를 보고한바 출석이사 전원이 이를 승인하다.', noNodes: ['Person:보고한바'] },
];

describe('generalisation rows (r55b)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
