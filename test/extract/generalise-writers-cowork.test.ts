/**
 * Generalisation rows (seventeenth session): a writer's workplace named only in a self-introduction, a letter's
 * signature, a co-developer named with the model as topic, a developer who took the development on, a base told
 * by a model card or as a starting point, the next version, an item line opening on a model and a dash, a ministry
 * post that no official-title list holds, a base someone else is only said to have used. Each row is a short article
 * written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a workplace no gazetteer lists, in a self-introduction ("X에서 ROLE로 일하는 NAME입니다", "X에 재직 중인 NAME입니다")
  { cat: 'works-for.self-intro', text: '반갑습니다, 모래알소프트에서 데이터 엔지니어로 일하는 서다인입니다. 오늘은 학습 파이프라인 이야기를 하려 합니다.', expect: ['WORKS_FOR 서다인 -> 모래알소프트'] },
  { cat: 'works-for.self-intro', text: '저는 모래알소프트에 재직 중인 서다인입니다. 사내 검색 모델을 맡고 있습니다.', expect: ['WORKS_FOR 서다인 -> 모래알소프트'] },
  { cat: 'works-for.self-intro', text: '저는 모래알소프트에 다니고 있는 서다인입니다.', expect: ['WORKS_FOR 서다인 -> 모래알소프트'] },
  { cat: 'works-for.self-intro', text: '안녕하세요, 부산에서 개발자로 일하고 있는 서다인입니다.', noNodes: ['Company:부산'] },
  { cat: 'works-for.self-intro', text: '안녕하세요, 스타트업에서 일하는 서다인입니다.', noNodes: ['Company:스타트업'] },
  // a tech blog's greeting naming the writer's unit of a company ("안녕하세요, X(Latin) 검색팀 NAME입니다"); a unit alone names none
  { cat: 'works-for.greeting-unit', text: '안녕하세요, 모래알소프트(MoraeSoft) 검색플랫폼팀 서다인입니다. 오늘은 사내 검색 모델 이야기를 하려 합니다.', nodes: ['Company:모래알소프트'], expect: ['WORKS_FOR 서다인 -> 모래알소프트'] },
  { cat: 'works-for.greeting-unit', text: '안녕하세요, Padoon 추론팀 데이터 엔지니어 서다인입니다. 오늘은 평가 파이프라인을 소개합니다.', expect: ['WORKS_FOR 서다인 -> Padoon'] },
  { cat: 'works-for.greeting-unit', text: '안녕하세요, ML 추론팀 서다인입니다. 오늘은 평가 파이프라인을 소개합니다.', noNodes: ['Company:ML'] },
  { cat: 'works-for.greeting-unit', text: '안녕하세요, 검색 개발팀 서다인입니다. 오늘은 사내 검색 모델 이야기를 하려 합니다.', noNodes: ['Company:검색'] },
  // a letter's signature, the company and the title after it
  { cat: 'works-for.signature', text: '주주 여러분께 모래알소프트의 3분기 소식을 전합니다. 늘 응원해 주셔서 감사합니다.\n\n도윤재 드림 모래알소프트 대표', expect: ['WORKS_FOR 도윤재 -> 모래알소프트'], edgeProps: ['WORKS_FOR 도윤재 -> 모래알소프트 title=대표'] },
  { cat: 'works-for.signature', text: '이번 달에는 고객에게 기념품을 드림.', noNodes: ['Person:기념품을'] },
  // the model as the topic, a co-developer in the comitative ("이번 모델은 X와 공동으로 개발했다")
  { cat: 'developed.topic-co-developer', text: "한빛소프트는 문서 모델 '솔바람-D'를 내놨다. 이번 모델은 리걸테크 스타트업 노을랩스와 함께 개발했다.", expect: ['DEVELOPED 노을랩스 -> 솔바람-D', 'DEVELOPED 한빛소프트 -> 솔바람-D'] },
  { cat: 'developed.topic-co-developer', text: "한빛소프트는 문서 모델 '솔바람-D'를 내놨다. 솔바람-D는 노을랩스와 공동 개발했다.", expect: ['DEVELOPED 노을랩스 -> 솔바람-D'] },
  { cat: 'developed.topic-co-developer', text: "한빛소프트는 문서 모델 '솔바람-D'를 내놨다. 이번 모델은 노을랩스와 공동 개발하지 않았다.", absent: ['DEVELOPED 노을랩스 -> 솔바람-D'] },
  { cat: 'developed.topic-co-developer', text: "한빛소프트는 문서 모델 '솔바람-D'를 내놨다. 솔바람-D는 노을랩스와 함께 개발한 앱에 들어간다.", absent: ['DEVELOPED 노을랩스 -> 솔바람-D'] },
  // a company opening the sentence took the development of the model in focus on
  { cat: 'developed.focus-developer-statement', text: "한빛그룹은 추론 모델 '솔바람-T'를 선보였다. 한빛소프트가 개발을 맡았으며, 한빛소프트는 그룹의 AI 계열사다.", expect: ['DEVELOPED 한빛소프트 -> 솔바람-T'] },
  { cat: 'developed.focus-developer-statement', text: "한빛그룹은 추론 모델 '솔바람-T'를 선보였다. 한빛소프트가 개발을 맡지는 않았다.", absent: ['DEVELOPED 한빛소프트 -> 솔바람-T'] },
  // a base the model card states; a base as a starting point, with a training step gone through
  { cat: 'based-on.focus-copula', text: "한빛소프트는 '솔바람-S'를 공개했다. 메타 라마 3.1 8B를 베이스로 법률 문서를 더 학습시킨 모델이라고 기술 보고서에 명시돼 있다.", expect: ['BASED_ON 솔바람-S -> 라마 3.1 8B'] },
  { cat: 'based-on.focus', text: "한빛소프트는 '솔바람-S'를 공개했다. 메타의 라마 3.1 8B를 출발점으로, 사내 문서로 추가 학습을 거쳤다.", expect: ['BASED_ON 솔바람-S -> 라마 3.1 8B'] },
  { cat: 'based-on.focus', text: "한빛소프트는 '솔바람-S'를 공개했다. 반면 라마 3.1 8B를 기반으로 모델을 만들었다고 알려진 한 업체는 이를 부인했다.", absent: ['BASED_ON 솔바람-S -> 라마 3.1 8B'] },
  // the next version, the model in focus
  { cat: 'succeeds.focus-next-version', text: "솔바람-S 2 — 한빛소프트가 공개한 모델.\n\n솔바람-S 1 다음 버전으로 나온 모델이다.", expect: ['SUCCEEDS 솔바람-S 2 -> 솔바람-S 1'] },
  { cat: 'succeeds.focus-next-version', text: "한빛소프트는 '솔바람-S 2'를 공개했다. 솔바람-S 1의 다음 세대 모델이다.", expect: ['SUCCEEDS 솔바람-S 2 -> 솔바람-S 1'] },
  // an item line opening on a model and a dash: what the lines after it are about
  { cat: 'focus.item-line', text: "솔바람-S 2 — 한빛소프트가 공개한 모델.\n\n노을-7 — 노을랩스가 직접 만든 70억 개 모델.\n\n노을-6 다음 버전으로 나온 모델이에요.", expect: ['SUCCEEDS 노을-7 -> 노을-6'], absent: ['SUCCEEDS 솔바람-S 2 -> 노을-6'] },
  // a post of a ministry that no official-title list holds
  { cat: 'promotes.ministry-post', text: "노을랩스는 '스마트 행정 AI 실증사업'에 선정됐다. 하도윤 행정안전부 디지털혁신실장은 인사말에서 \"스마트 행정 AI 실증사업으로 현장을 바꾸겠다\"고 말했다.", expect: ['PROMOTES 하도윤 -> 스마트 행정 AI 실증사업'] },
  { cat: 'promotes.ministry-post', text: "노을랩스는 '스마트 행정 AI 실증사업'에 선정됐다. 하도윤 노을랩스 AI사업부 실장은 스마트 행정 AI 실증사업 성과를 자신했다.", absent: ['PROMOTES 하도윤 -> 스마트 행정 AI 실증사업'] },
  // a denial in the polite register ("…라는 이야기는 사실이 아닙니다"): the base is disputed, not stated
  { cat: 'based-on.giban-topic', text: "노을랩스는 '노을-M 3'를 공개했습니다. 노을-M 3가 큐웬 기반이라는 이야기는 사실이 아닙니다.", edgeProps: ['BASED_ON 노을-M 3 -> 큐웬 status=disputed'] },
  { cat: 'based-on.giban-topic', text: "노을랩스는 '노을-M 3'를 공개했다. 노을-M 3가 큐웬 기반이라는 주장은 사실과 다르다.", edgeProps: ['BASED_ON 노을-M 3 -> 큐웬 status=disputed'] },
  // an employer read from the context gives way to the one the article names; an official is no company's employee
  { cat: 'works-for.omitted-subject', text: "노을랩스 정다온 대표를 만났다. 정다온 대표는 \"도윤서 본부장님이 의견을 모아 주셔서 빨랐습니다\"라고 말했다. 앞서 도윤서 한빛은행 디지털본부장은 협약서에 서명했다.", expect: ['WORKS_FOR 도윤서 -> 한빛은행'], absent: ['WORKS_FOR 도윤서 -> 노을랩스'] },
  { cat: 'works-for.omitted-subject', text: "노을랩스는 새 모델을 내놨다. 사업을 총괄하는 하서진 과학기술정보통신부 인공지능정책실장이 지난해 공모를 알렸다.", absent: ['WORKS_FOR 하서진 -> 노을랩스'] },
  // a move told with an honorific or a staff role ("NAME 님은 … X로 자리를 옮겼다"); a person of another organisation is not the context company's
  { cat: 'works-for.moved-to', text: '노을랩스는 새 모델을 내놨다. 윤서하 님은 올봄 한빛소프트로 자리를 옮겨 평가 업무를 맡고 있다.', expect: ['WORKS_FOR 윤서하 -> 한빛소프트'] },
  { cat: 'works-for.moved-to', text: '노을랩스는 새 모델을 내놨다. 윤서하 선임연구원은 올봄 한빛소프트로 이직했다.', expect: ['WORKS_FOR 윤서하 -> 한빛소프트'] },
  { cat: 'works-for.omitted-subject', text: '노을랩스는 새 모델을 내놨다. 정보통신산업진흥원(NIPA) 윤서하 확산본부장이 지원을 약속했다.', absent: ['WORKS_FOR 윤서하 -> 노을랩스'] },
  { cat: 'works-for.omitted-subject', text: '노을랩스는 새 모델을 내놨다. 협력사의 윤서하 팀장은 데이터를 정리해 줬다.', absent: ['WORKS_FOR 윤서하 -> 노을랩스'] },
  // a title of a lab whose name carries a digit
  { cat: 'works-for.name-company-title', text: '하도윤 KT AI2X랩장이 발표하고 있다.', expect: ['WORKS_FOR 하도윤 -> KT'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
