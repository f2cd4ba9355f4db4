/**
 * Generalisation rows (round r51c): a family written with the family word ("X 계열") keeps that phrase as a name, and a
 * programme's head word after a demonstrative ("이 프로젝트") points at the programme of that kind, not at an agenda
 * named since. Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a bare family name with the family word after it: "X 계열" is a name of the family node
  { cat: 'names.family-word', text: '사내 검토에서 젬마 계열은 라이선스 조건이 까다롭다는 결론이 났다. 그래서 다른 모델을 찾기로 했다.', sameNode: ['젬마=젬마 계열'] },
  { cat: 'names.family-word', text: '한빛소프트는 처음에 라마 계열을 썼지만 올해 자체 모델로 갈아탔다.', sameNode: ['라마=라마 계열'] },
  // (an affiliate is no family: "계열사")
  { cat: 'names.family-word', text: '한빛그룹 계열사 한빛소프트는 지난달 새 모델을 내놨다.', noNodes: ['Model:한빛그룹 계열'] },
  // a demonstrative with a programme's head word: the programme of that kind, not the agenda named last
  { cat: 'participates.pointed-head', text: "올해 '초거대 AI 실증 프로젝트'가 닻을 올렸다. 정부는 소버린 AI를 국정 과제로 내세우고 있다. 한빛소프트는 이 프로젝트를 위해 노을랩스, 모래알소프트와 컨소시엄을 꾸렸다.", expect: ['PARTICIPATES_IN 노을랩스 -> 초거대 AI 실증 프로젝트'], absent: ['PARTICIPATES_IN 노을랩스 -> 소버린 AI'] },
  { cat: 'participates.pointed-head', text: "'지역 AI 바우처 사업'의 2차 공모가 열렸다. 시는 소버린 AI 기조에 맞춰 국산 모델을 우대한다. 노을랩스는 해당 사업에 선정됐다.", expect: ['PARTICIPATES_IN 노을랩스 -> 지역 AI 바우처 사업'], absent: ['PARTICIPATES_IN 노을랩스 -> 소버린 AI'] },
  // a colleague named beside the writer in a coordinated subject ("저와 NAME CTO, 그리고 …"), and a head of a whole function ("NAME 연구총괄은")
  { cat: 'works-for.omitted-subject', text: '모래알랩스는 오늘 법률 모델을 내놨습니다. 재작년 여름 저와 서다인 CTO, 그리고 인턴 두 명이 첫 코드를 썼습니다.', expect: ['WORKS_FOR 서다인 -> 모래알랩스'], edgeProps: ['WORKS_FOR 서다인 -> 모래알랩스 title=CTO'] },
  { cat: 'works-for.omitted-subject', text: '모래알랩스는 오늘 법률 모델을 내놨다. 평가 체계를 새로 짠 도하람 기술총괄은 "오답 유형부터 다시 분류했다"고 했다.', expect: ['WORKS_FOR 도하람 -> 모래알랩스'] },
  { cat: 'works-for.omitted-subject', text: '모래알랩스는 오늘 법률 모델을 내놨다. 한빛대 도하람 교수는 "평가가 꼼꼼하다"고 했다.', absent: ['WORKS_FOR 도하람 -> 모래알랩스'] },
  { cat: 'works-for.omitted-subject', text: '모래알랩스는 오늘 법률 모델을 내놨다. 노을소프트 도하람 사업총괄은 "경쟁이 붙었다"고 했다.', absent: ['WORKS_FOR 도하람 -> 모래알랩스'] },
  // a company the story named, pointed at by a reference word as the owner of the model a sentence opens on, after a time phrase: the subject the next sentences omit
  { cat: 'works-for.referred-owner', text: "올봄 판교의 작은 사무실에서 모래알랩스(Moraeal Labs)의 첫 모델이 나왔다.\n\n2년이 흐른 지금 이 회사의 번역 모델 '솔바람'은 네 번째 버전을 맞았다.\n\n서다인 최고기술책임자(CTO)는 \"어휘 사전부터 다시 짰다\"고 말했다.", expect: ['WORKS_FOR 서다인 -> 모래알랩스'] },
  { cat: 'works-for.referred-owner', text: "올봄 판교의 작은 사무실에서 모래알랩스(Moraeal Labs)의 첫 모델이 나왔다.\n\n한빛대 연구팀이 공개한 평가셋도 화제가 됐다.\n\n서다인 교수는 \"어휘 사전부터 다시 짰다\"고 말했다.", absent: ['WORKS_FOR 서다인 -> 모래알랩스'] },
  // a partner clause closed by a connective before a later clause's pair subject ("…와 협약을 맺어 확보했는데, 두 회사는 …"), and a pair subject after the partner ("…와 맺은 협약에 따라 양사가 …"): the clause's subject is omitted
  { cat: 'partners.omitted-subject-signed', text: "모래알랩스는 오늘 '솔바람-4'를 공개했다.\n\n추론 서버는 노을클라우드와 공동 운영 협약을 맺어 마련했는데, 두 회사는 솔바람-4의 경량판도 함께 손보고 있다.", expect: ['PARTNERS_WITH 모래알랩스 -> 노을클라우드'] },
  { cat: 'partners.omitted-subject-relative-tie', text: "모래알랩스는 한국어 평가 리더보드를 운영한다.\n\n채점 서버는 지난해 노을클라우드와 맺은 기술 협력 협약에 따라 양사가 나눠 맡고 있다.", expect: ['PARTNERS_WITH 모래알랩스 -> 노을클라우드'] },
  { cat: 'partners.omitted-subject-relative-tie', text: "모래알랩스는 한국어 평가 리더보드를 운영한다.\n\n채점 서버는 노을클라우드와 맺은 협약에 따라 한 스타트업이 맡고 있다.", absent: ['PARTNERS_WITH 모래알랩스 -> 노을클라우드'] },
  // a variant defined as the topic of a copula sentence after a relative clause naming its main model ("Y와 함께 나온 경량판 Y 미니는 … 모델이다"): what the next sentence's score is about
  { cat: 'focus.defined-topic', text: "노을랩스는 지난주 '해솔-5'를 공개했다.\n\n해솔-5와 함께 공개된 소형판 해솔-5 나노는 해솔-5를 압축해 만든 30억 파라미터 모델이다.\n\n휴대폰에서 돌리는 것이 목표이며, KMMLU 점수는 48.2점이다.", expect: ['SCORED 해솔-5 나노 -> KMMLU'], absent: ['SCORED 해솔-5 -> KMMLU'] },
  { cat: 'focus.defined-topic', text: "노을랩스는 지난주 '해솔-5'를 공개했다.\n\n해솔-5와 해솔-5 나노는 모두 사내 데이터로 학습한 모델이다.\n\n해솔-5는 KMMLU에서 48.2점을 받았다.", expect: ['SCORED 해솔-5 -> KMMLU'], absent: ['SCORED 해솔-5 나노 -> KMMLU'] },
  // an omitted subject (an interview's answer) joining a consortium that a company leads and that the programme's name qualifies ("B가 이끄는 'P' 컨소시엄에 합류했습니다")
  { cat: 'participates.joined-led-named-consortium', text: "[인터뷰] 서다인 모래알랩스 대표\n\n번역 모델을 만드는 모래알랩스가 지난주 새 모델을 내놨다. 판교 사무실에서 서다인 대표를 만났다.\n\n― 정부 사업 소식도 있던데요.\n\n\"네. 한빛소프트가 주도하는 '공공 AI 전환 사업' 컨소시엄에 올해 초 합류했습니다. 저희는 평가 데이터를 맡습니다.\"", expect: ['PARTICIPATES_IN 모래알랩스 -> 공공 AI 전환 사업', 'PARTNERS_WITH 모래알랩스 -> 한빛소프트'] },
  { cat: 'participates.joined-led-named-consortium', text: "모래알랩스는 올해 번역 모델을 냈다. 한빛소프트가 이끄는 '공공 AI 전환 사업' 컨소시엄에 지난달 들어갔다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 공공 AI 전환 사업'] },
];

describe('generalisation rows (r51c)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
