/**
 * Generalisation rows for the forms met again in held-out set 148 (a second round; each row says the form it covers).
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "B 모델은 'Y'인데, Z를 기반으로 …": a kind word's topic named by a leading copula clause; the rest of the sentence is about Y
  {
    cat: 'based-on.kind-named-topic',
    text: "물류 AI 기업 한결로지스는 투자를 유치했다. 한결로지스 모델은 '한결-Route 3B'인데, 메타 '라마 3.2 3B'를 기반으로 배송 기록을 추가 학습했다.",
    expect: ['BASED_ON 한결-Route 3B -> 라마 3.2 3B'],
  },
  {
    cat: 'based-on.kind-named-topic',
    text: "교육 스타트업 누리에듀의 주력 LLM은 '누리튜터 2'로, 알리바바의 큐웬3 8B를 바탕으로 만들었다.",
    expect: ['BASED_ON 누리튜터 2 -> 큐웬3 8B'],
  },
  // … not a base the model is only compared with
  {
    cat: 'based-on.kind-named-topic',
    text: "물류 AI 기업 한결로지스는 투자를 유치했다. 한결로지스 모델은 '한결-Route 3B'인데, 메타 '라마 3.2 3B' 대비 응답이 두 배 빠르다.",
    absent: ['BASED_ON 한결-Route 3B -> 라마 3.2 3B'],
  },
  // … and the next subject-less score is that model's, not the one an earlier item was about
  {
    cat: 'focus.kind-named-topic',
    text: "첫째, 다올소프트는 '다올 LLM 2'를 공개했다. 둘째, 물류 AI 기업 한결로지스는 투자를 유치했다. 한결로지스 모델은 '한결-Route 3B'인데, 메타 '라마 3.2 3B'를 기반으로 배송 기록을 추가 학습했대요. 물류 벤치마크 KMMLU에서 58.3점 나왔다네요.",
    expect: ['SCORED 한결-Route 3B -> KMMLU'],
    absent: ['SCORED 다올 LLM 2 -> KMMLU'],
  },
  // "NAME 전 X 연구원을 선임했다": a staff role as the object of a hire after a former employer still names a person
  {
    cat: 'persons.former-staff-hired',
    text: "가온랩스는 새 최고기술책임자(CTO)로 한도윤 전 네이버 연구원을 선임했다고 3일 밝혔다.",
    expect: ['WORKS_FOR 한도윤 -> 가온랩스'],
  },
  // … no hire in the sentence: "X 연구원을" may be an institute visited
  {
    cat: 'persons.former-staff-hired',
    text: "가온랩스 대표단은 지난주 한국전자통신연구원 연구원을 찾아 협력 방안을 논의했다.",
    noNodes: ['Person:대표단은'],
  },
  // "4.0이 Z를 기반으로 했던 것과는 …": a bare version opening a sentence stands for the article's one model ending in it
  {
    cat: 'versions.opening-version',
    text: "누리소프트는 '누리 LM 5'를 공개했다. 누리 LM 5는 '누리 LM 4.0'의 후속 모델이다. 4.0이 메타 라마 3.1 8B를 기반으로 했던 것과는 완전히 다르다. KMMLU에서 70.2점이 나왔다.",
    expect: ['BASED_ON 누리 LM 4.0 -> 라마 3.1 8B', 'SCORED 누리 LM 5 -> KMMLU'],
    absent: ['BASED_ON 누리 LM 5 -> 라마 3.1 8B', 'SCORED 누리 LM 4.0 -> KMMLU'],
  },
  // … not when two models of the article end in that version
  {
    cat: 'versions.opening-version',
    text: "누리소프트의 '누리 LM 4.0'과 가온랩스의 '가온 4.0'이 나란히 공개됐다. 4.0이 메타 라마 3.1 8B를 기반으로 했다는 말이 돌았다.",
    absent: ['BASED_ON 누리 LM 4.0 -> 라마 3.1 8B', 'BASED_ON 가온 4.0 -> 라마 3.1 8B'],
  },
  // … nor where the sentence names no other model: "1.5가 …였다면, 2는 …" compares in passing, the focus stays
  {
    cat: 'versions.opening-version',
    text: "누리소프트는 차세대 모델 '누리 LM 2'를 처음 소개했다. 봄에 나온 '누리 LM 1.5'의 뒤를 잇는 모델이다. 1.5가 가벼운 모델이었다면, 2는 에이전트를 돌릴 두뇌다. KMMLU에서 70.2점이 나왔다.",
    expect: ['SCORED 누리 LM 2 -> KMMLU'],
    absent: ['SCORED 누리 LM 1.5 -> KMMLU'],
  },
  // "X 새 수장 NAME 대표", "X 신임 NAME CTO": a new head's modifier between the company and the name
  {
    cat: 'works-for.company-new-head-name-title',
    text: "[피플] 누리소프트 새 수장 한도윤 대표 \"현장이 답이다\"",
    expect: ['WORKS_FOR 한도윤 -> 누리소프트'],
  },
  {
    cat: 'works-for.company-new-head-name-title',
    text: "가온랩스 신임 서하진 CTO는 취임 첫날 모델팀을 찾았다.",
    expect: ['WORKS_FOR 서하진 -> 가온랩스'],
  },
  // … the company right before the modifier, not one listed before it
  {
    cat: 'works-for.company-new-head-name-title',
    text: "가온랩스는 누리소프트와 손잡았다. 협약식에는 누리소프트 새 수장 한도윤 대표가 참석했다.",
    expect: ['WORKS_FOR 한도윤 -> 누리소프트'],
    absent: ['WORKS_FOR 한도윤 -> 가온랩스'],
  },
  // "B는 A가 주관하는 컨소시엄에 참여기업으로 합류했다" after the programme is named: both take part in it
  {
    cat: 'participates.member-joined-led-consortium',
    text: "정부의 '독자 AI 파운데이션 모델 프로젝트' 이야기도 나왔다. 한빛랩스는 가온소프트가 주관하는 컨소시엄에 참여기업으로 합류했다.",
    expect: ['PARTICIPATES_IN 한빛랩스 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 가온소프트 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 가온소프트 -> 한빛랩스'],
  },
  // … not a consortium the company did not join
  {
    cat: 'participates.member-joined-led-consortium',
    text: "정부의 '독자 AI 파운데이션 모델 프로젝트' 이야기도 나왔다. 한빛랩스는 가온소프트가 주관하는 컨소시엄에 합류하지 않았다.",
    absent: ['PARTICIPATES_IN 한빛랩스 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // "…를 공개했습니다" in the polite register of a live blog, a broadcast or a post: released on the page's day, as "공개했다" is
  {
    cat: 'property.released-on-article-date',
    text: "10:45 가온소프트 한도윤 대표가 새 언어모델 '가온 LM 3'를 공개했습니다. 가온 LM 3은 320억 파라미터 규모입니다.",
    publishedAt: '2026-11-20',
    props: ['가온 LM 3=releasedOn:2026-11-20'],
  },
  // … not a release still to come
  {
    cat: 'property.released-on-article-date',
    text: "가온소프트 한도윤 대표는 새 언어모델 '가온 LM 3'를 다음 달 공개할 예정입니다. 가온 LM 3은 320억 파라미터 규모입니다.",
    publishedAt: '2026-11-20',
    props: ['가온 LM 3=releasedOn:undefined'],
  },
  // "한울 로지봇 2.0" … "로지봇 2.0은": a model named by its maker's head (of a name of two kind words, "한울AI랩") and a versioned word of its own
  {
    cat: 'names.company-headed-versioned',
    text: "한울AI랩은 물류 특화 모델 '한울 로지봇 2.0'을 개발했다. 로지봇 2.0은 지난 3월 5일 전국 물류센터에 배포됐다.",
    publishedAt: '2026-06-01',
    props: ['한울 로지봇 2.0=releasedOn:2026-03-05'],
    noNodes: ['Model:로지봇 2.0'],
  },
  // … not a word another model of the article also carries with that version (the first maker's model is not meant)
  {
    cat: 'names.company-headed-versioned',
    text: "한울AI랩은 '한울 로지봇 2.0'을 개발했다. 누리AI는 '누리 로지봇 2.0'을 개발했다. 로지봇 2.0은 지난 3월 5일 전국 물류센터에 배포됐다.",
    publishedAt: '2026-06-01',
    props: ['한울 로지봇 2.0=releasedOn:undefined'],
  },
  // "A가 주관하고, B와 C가 참여기업으로 들어와 있다": a lead and its consortium's members, partners, and in the programme named before
  {
    cat: 'partners.led-with-members-in',
    text: "정부의 '독자 AI 파운데이션 모델 프로젝트' 2차 평가가 다가온다. 가온소프트가 주관하고, 게임 AI 기업 한빛랩스와 반도체 스타트업 누리칩스가 참여기업으로 들어와 있다.",
    expect: ['PARTNERS_WITH 가온소프트 -> 한빛랩스', 'PARTNERS_WITH 가온소프트 -> 누리칩스', 'PARTICIPATES_IN 가온소프트 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 누리칩스 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // … not companies that are only customers of the lead
  {
    cat: 'partners.led-with-members-in',
    text: "가온소프트가 사업을 주관하고, 한빛랩스와 누리칩스가 고객사로 서비스를 쓴다.",
    absent: ['PARTNERS_WITH 가온소프트 -> 한빛랩스'],
  },
  // "A와 B는 … 'A 로지봇 1.0'을 함께 개발했다" … "후속 모델 'A 로지봇 1.5'": the new version is the maker's whose name heads the line
  {
    cat: 'developed.successor-line',
    text: "한울AI랩과 네이버클라우드는 물류 특화 모델 '한울 로지봇 1.0'을 함께 개발했다. 후속 모델 '한울 로지봇 1.5'는 내년 2분기가 목표다. 1.5는 1.0의 업그레이드 버전이다.",
    expect: ['DEVELOPED 한울AI랩 -> 한울 로지봇 1.5', 'SUCCEEDS 한울 로지봇 1.5 -> 한울 로지봇 1.0'],
    absent: ['DEVELOPED 네이버클라우드 -> 한울 로지봇 1.5'],
  },
  // … not when neither maker's name heads the line
  {
    cat: 'developed.successor-line',
    text: "가온소프트와 네이버클라우드는 물류 특화 모델 '로지봇 1.0'을 함께 개발했다. 후속 모델 '로지봇 1.5'는 내년 2분기가 목표다. 1.5는 1.0의 업그레이드 버전이다.",
    absent: ['DEVELOPED 네이버클라우드 -> 로지봇 1.5'],
  },
  // "법무법인 자회사", "회계법인 출신": a kind or a relation after a firm's legal form is no firm's name
  {
    cat: 'companies.firm-form-kind',
    text: "(정정) 앞서 가온랩스를 '법무법인 자회사'로 소개했으나 독립 스타트업이어서 바로잡습니다.",
    noNodes: ['Company:자회사', 'Company:법무법인 자회사'],
  },
  {
    cat: 'companies.firm-form-kind',
    text: "법무법인 한결은 가온랩스와 판례 데이터 협약을 맺었다.",
    expect: ['PARTNERS_WITH 가온랩스 -> 법무법인 한결'],
  },
];

describe('generalise: set 148 forms, second round', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
