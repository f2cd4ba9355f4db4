/** Talk-show transcripts: host and guest labels, the guest's "저희", hires told by the guest, honorifics after names. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const transcript = (...turns: string[]) => ['영상 채널 \'테크 토크\'는 매주 업계 사람을 만납니다. 이번 출연자는 AI 스타트업 하람소프트의 윤서진 대표입니다.', '출연자 윤서진 안녕하세요. 하람소프트 대표 윤서진입니다.', ...turns].join('\n\n');

const rows: FactRow[] = [
  {
    // the host's question names another company as a subject; the guest's "저희" is still the guest's company
    cat: 'transcript.guest-first-person',
    text: transcript(
      '진행자 가온텔레콤이 하람소프트를 인수한다는 소문도 있었는데요.',
      '출연자 윤서진 전혀 사실이 아닙니다. 오히려 공동 개발을 하고 있는 건 KT예요. KT와는 상담 에이전트를 함께 만들고 있어요.',
      '출연자 윤서진 카카오에서 학습 인프라를 맡았던 문태오 님이 이번 달부터 저희 CTO를 맡고 있습니다.',
    ),
    expect: ['PARTNERS_WITH KT -> 하람소프트', 'WORKS_FOR 문태오 -> 하람소프트'],
    absent: ['WORKS_FOR 문태오 -> 가온텔레콤', 'WORKS_FOR 문태오 -> 카카오', 'PARTNERS_WITH KT -> 가온텔레콤'],
    edgeProps: ['WORKS_FOR 문태오 -> 하람소프트 title=CTO'],
  },
  {
    // a hire the guest tells with "저희": the company named before it is where the person was, not who hires
    cat: 'transcript.former-place-before-first-person',
    text: transcript('출연자 윤서진 네. 네이버클라우드에서 일하던 에밀리 박(Emily Park) 박사가 지난달 저희 수석 연구원으로 합류했어요.'),
    expect: ['WORKS_FOR 에밀리 박 -> 하람소프트'],
    absent: ['WORKS_FOR 에밀리 박 -> 네이버클라우드'],
    edgeProps: ['WORKS_FOR 에밀리 박 -> 하람소프트 title=수석 연구원'],
  },
  {
    // 님 after a full name marks a person; "맡고 있다" holds the post now
    cat: 'works-for.honorific-takes-role',
    text: 'AI 스타트업 하람소프트가 새 모델을 공개했다.\n\n구승민 님이 올해부터 하람소프트 CTO를 맡고 있다.',
    nodes: ['Person:구승민'],
    expect: ['WORKS_FOR 구승민 -> 하람소프트'],
  },
  {
    // a subject-less derivation sentence in the polite spoken style is about the model just released
    cat: 'based-on.focus-copula-polite',
    text: "하람소프트는 지난 3월 '하람-2'를 공개했다.\n\n하람소프트는 지난달 하람-2-V를 공개했다. 하람-2를 기반으로 이미지 인코더를 붙여서 문서 이해에 특화시킨 모델이에요.",
    expect: ['BASED_ON 하람-2-V -> 하람-2'],
  },
  {
    // a video transcript's timed turns ("[02:05] NAME 대표 …"): the label is no part of the sentence, so a subject-less
    // score sentence in the guest's turn stays with the model the turn opened on, not one named turns before
    cat: 'transcript.timed-turn-labels',
    text: [
      '[00:00] 윤하늘 기자 오늘은 가온소프트 최도윤 대표님 모셨습니다. 가온소프트가 가온-R 14B를 내놨는데요?',
      '[00:20] 최도윤 대표 네. 베이스는 미스트랄 스몰 3이에요. 거기에 딥시크 R1이 풀어낸 풀이를 섞었어요.',
      '[01:02] 윤하늘 기자 왜 굳이 R1이었어요?',
      '[01:09] 최도윤 대표 풀이를 가장 길게 쓰는 모델이 아직도 R1이라서요.',
      '[01:10] 윤하늘 기자 성능은 어떻게 나왔나요?',
      '[01:15] 최도윤 대표 가온-R 14B가 KMMLU에서 66.2점이 나왔어요. 그리고 저희가 만든 수학 평가셋 ‘가온매스’에서 88점을 받았습니다.',
    ].join('\n\n'),
    expect: ['SCORED 가온-R 14B -> KMMLU', 'SCORED 가온-R 14B -> 가온매스'],
    absent: ['SCORED 딥시크 R1 -> 가온매스', 'SCORED R1 -> 가온매스'],
    edgeProps: ['SCORED 가온-R 14B -> 가온매스 score=88'],
  },
  {
    // an interviewer's open question ("X와는 협력 관계인가요?") states no partnership; the answer says what holds
    cat: 'partners.open-question-states-nothing',
    text: [
      "개발자 도구 스타트업 솔브릭스는 코드 모델 '솔코더'를 들고 나왔다. 추론 서버에는 리벨리온의 NPU를 구매해 얹었다.",
      '[영상 스크립트]',
      '윤하늘 기자: 솔브릭스 부스에 나와 있습니다. 최도윤 대표님, 솔코더 소개 부탁드립니다.',
      '최도윤 솔브릭스 대표: 네, 솔코더는 저희가 만든 코드 모델입니다.',
      '윤하늘 기자: 리벨리온과는 협력 관계인가요?',
      '최도윤 대표: 협력이라기보다는 저희가 칩을 사서 쓰는 고객입니다.',
    ].join('\n\n'),
    absent: ['PARTNERS_WITH 리벨리온 -> 솔브릭스'],
  },
  // spoken scores without 점: "61.3 나왔어요" after the benchmark the sentence opens on
  {
    cat: 'scored.spoken-came-out',
    text: "가온에이아이는 새 모델 '가온 R 9B'를 공개했다.\n\nKMMLU 기준으로 가온 R 9B가 61.3 나왔어요.",
    edgeProps: ['SCORED 가온 R 9B -> KMMLU score=61.3'],
  },
  // joint work as a partnership: "Y랑 … 최적화를 같이 하고 있어요", "Y와 실증을 함께 진행한다"; a negated one is none
  {
    cat: 'partners.joint-work',
    text: '가온에이아이는 리벨리온이랑 NPU 추론 최적화를 같이 하고 있어요.',
    expect: ['PARTNERS_WITH 가온에이아이 -> 리벨리온'],
  },
  {
    cat: 'partners.joint-work',
    text: '가온에이아이는 리벨리온과 현장 실증을 함께 진행한다.',
    expect: ['PARTNERS_WITH 가온에이아이 -> 리벨리온'],
  },
  {
    cat: 'partners.joint-work',
    text: '가온에이아이는 리벨리온과 실증을 함께 진행하지 않는다.',
    absent: ['PARTNERS_WITH 가온에이아이 -> 리벨리온'],
  },
  // a chapter list's lines ("03:05 전작 …, 그리고 2B 모델") are a table of contents: no model in focus, no fact
  {
    cat: 'transcript.chapter-lines',
    text: "가온에이아이가 지난 2일 공개한 '가온 R 14B'의 뒷이야기를 들어봅니다. 가온 R 14B는 첫 모델 '가온 1.0'의 후속작입니다. 가온에이아이는 이 모델을 증류한 경량 모델 '가온 R 3B'도 함께 내놨습니다.\n\n챕터\n\n00:00 오프닝\n\n03:05 전작 가온 1.0, 그리고 3B 모델\n\n03:50 다음 계획",
    expect: ['SUCCEEDS 가온 R 14B -> 가온 1.0'],
    absent: ['SUCCEEDS 가온 R 3B -> 가온 1.0'],
  },
  {
    // an earnings call's "당사": the first of two partners ("당사와 X는 … 제휴를 맺은"); a founder of an acquired company
    // marked as its former head ("X 창업자인 NAME 전 대표는 현재 당사 TITLE을 맡아") works for the company that speaks
    cat: 'transcript.first-person-partner-and-former-head',
    text: transcript(
      '출연자 윤서진 당사와 LG유플러스는 지난 3월 상담 분야 전략적 제휴를 맺은 뒤 에이전트를 함께 개발하고 있습니다.',
      '출연자 윤서진 지난해 인수한 스타트업 소리마루와의 통합도 순조롭습니다. 소리마루 창업자인 한도경 전 대표는 현재 당사 음성본부장을 맡아 통합을 이끌고 있습니다.',
    ),
    expect: ['PARTNERS_WITH LG유플러스 -> 하람소프트', 'WORKS_FOR 한도경 -> 하람소프트'],
    absent: ['WORKS_FOR 한도경 -> 소리마루', 'PARTNERS_WITH 소리마루 -> 하람소프트'],
    edgeProps: ['WORKS_FOR 한도경 -> 하람소프트 title=음성본부장'],
  },
  // a post named with its spoken particle ("NAME 대표랑 저랑", "NAME 이사하고 제가"): the person holds it at the subject company
  {
    cat: 'transcript.spoken-particle-post',
    text: transcript('출연자 윤서진 다온랩스는 2023년에 판교에서 시작한 회사고요, 한지오 대표랑 저랑 둘이 공동창업했어요.'),
    expect: ['WORKS_FOR 한지오 -> 다온랩스'],
  },
  {
    cat: 'transcript.spoken-particle-post',
    text: transcript('출연자 윤서진 가람데이터는 작년에 세운 회사예요, 남궁현 이사하고 제가 같이 세웠어요.'),
    expect: ['WORKS_FOR 남궁현 -> 가람데이터'],
  },
];

describe('talk-show transcripts', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(-50)}`, () => checkFactRow(row));
});
