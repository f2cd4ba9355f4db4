/**
 * Generalisation rows for speech, notices and the companies they name: interview answers in the first person (a quoted
 * paragraph read sentence by sentence, "저희" and an omitted subject standing for the speaker's
 * company), reported rumours, correction notices, and investors who are no partners. Each row is a
 * short article written for these tests, the facts it must give and the facts it must not give.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'speech.quoted-paragraph',
    text: '의료 AI 스타트업 한빛랩스가 새 모델을 내놨다.\n\n"저희가 지난달 선보인 누리-K 2는 업스테이지의 솔라 프로 2를 바탕으로 의료 문헌과 진료 기록 요약 데이터를 더 학습시킨 모델이에요. 재작년에 낸 누리-K 1의 후속이고요."',
    expect: ['SUCCEEDS 누리-K 2 -> 누리-K 1', 'DEVELOPED 한빛랩스 -> 누리-K 2', 'BASED_ON 누리-K 2 -> 솔라 프로 2'],
    nodes: ['Model:누리-K 1'],
  },
  {
    cat: 'speech.speaker-subject',
    text: '물류 AI 스타트업 다래소프트가 투자 유치에 나섰다. 박은솔 다래소프트 대표를 만났다.\n\n"저희는 작은 회사입니다. 물류 플랫폼 기업 바닷길로지스와 화물 예측 서비스를 함께 개발하고 있어요. 지난해 글로벌 AI 챔피언 사업 수행기업으로 선정됐고요. 연구는 공동창업자인 윤해람 최고기술책임자(CTO)가 이끌고 있습니다."',
    expect: ['PARTNERS_WITH 다래소프트 -> 바닷길로지스', 'WORKS_FOR 윤해람 -> 다래소프트', 'WORKS_FOR 박은솔 -> 다래소프트'],
  },
  {
    cat: 'speech.speaker-subject',
    text: '물류 AI 스타트업 다래소프트가 투자 유치에 나섰다.\n\n"저희는 작은 회사입니다. 카카오와 손잡는다는 소문이 있었는데 사실이 아닙니다. AI 바우처 지원사업에는 신청하지 않았어요."',
    absent: ['PARTNERS_WITH 다래소프트 -> 카카오', 'PARTNERS_WITH 카카오 -> 다래소프트', 'PARTICIPATES_IN 다래소프트 -> AI 바우처 지원사업'],
  },
  {
    cat: 'speech.speaker-subject',
    text: '물류 AI 스타트업 다래소프트가 투자 유치에 나섰다.\n\n"업계 1위는 카카오입니다. 네이버와 함께 만든 서비스가 인기죠."',
    absent: ['PARTNERS_WITH 다래소프트 -> 네이버', 'PARTNERS_WITH 네이버 -> 다래소프트'],
  },
  {
    cat: 'notice.correction',
    text: "본지는 지난 3일자 기사에서 데이터 기업 누리클라우드가 구글과 데이터센터 공동 운영 계약을 맺었다고 보도했습니다. 또 해당 기사는 누리클라우드의 자체 모델 '누리-LM 3'가 알리바바의 큐웬3를 기반으로 만들어졌다고 적었으나, 누리-LM 3는 LG AI연구원의 엑사원 4.0을 기반으로 개발된 것으로 바로잡습니다. 누리-LM 3의 매개변수도 300억 개가 아니라 150억 개입니다. 누리-LM 3가 KMMLU에서 받은 점수 역시 58.2점이 아니라 55.4점이 맞습니다.",
    expect: ['BASED_ON 누리-LM 3 -> 엑사원 4.0', 'DEVELOPED 알리바바 -> 큐웬3', 'DEVELOPED 누리클라우드 -> 누리-LM 3'],
    absent: ['BASED_ON 누리-LM 3 -> 큐웬3', 'PARTNERS_WITH 구글 -> 누리클라우드', 'PARTNERS_WITH 누리클라우드 -> 구글'],
    edgeProps: ['SCORED 누리-LM 3 -> KMMLU score=55.4'],
    props: ['누리-LM 3=parameters:15000000000'],
  },
  {
    cat: 'company.described-country',
    text: '확인 결과 계약 상대는 미국 GPU 클라우드 기업 노바스택이었습니다. 누리AI와 노바스택은 데이터센터를 함께 짓는다.',
    nodes: ['Company:노바스택'],
    props: ['노바스택=country:US'],
  },
  {
    cat: 'company.local-partner',
    text: '물류 AI 기업 누리AI는 독일 시장 공략을 위해 현지 창고 소프트웨어 공급사 라인하펜과 손잡았다.',
    expect: ['PARTNERS_WITH 누리AI -> 라인하펜'],
    props: ['라인하펜=country:DE'],
  },
  {
    cat: 'policy.startup-programme',
    text: '로봇 AI 스타트업 다온로보는 중기부의 팁스(TIPS) 프로그램에 선정됐다. 김다온 대표가 SK T타워에서 열린 행사에서 발표했다.',
    expect: ['PARTICIPATES_IN 다온로보 -> 팁스(TIPS)'],
    noNodes: ['Company:SK'],
  },
  {
    cat: 'speech.variant-answer',
    text: '의료 AI 기업 온새미로가 새 모델을 냈다.\n\n- 함께 낸 모델은.\n\n"저희가 이번에 공개한 온새-M 3은 의료 데이터로 학습한 모델입니다."\n\n"네, 온새-M 3 미니입니다. 온새-M 3을 증류해 만든 매개변수 30억 개짜리 모델이에요."',
    nodes: ['Model:온새-M 3 미니'],
    expect: ['BASED_ON 온새-M 3 미니 -> 온새-M 3', 'DEVELOPED 온새미로 -> 온새-M 3 미니'],
    props: ['온새-M 3 미니=parameters:3000000000'],
  },
  {
    cat: 'speech.first-person-plain',
    text: '로봇 AI 스타트업 다온로보가 새 모델을 냈다.\n\n"우리가 처음부터 설계한 모델입니다."\n\n"공동창업자인 김하랑 최고기술책임자(CTO)가 학습을 총괄하고 있습니다."',
    expect: ['WORKS_FOR 김하랑 -> 다온로보'],
  },
  {
    cat: 'model.company-word-in-name',
    text: '영상 AI 스타트업 빛누리는 자체 개발한 영상 생성 모델 빛누리 무비 2를 공개했다.',
    nodes: ['Model:빛누리 무비 2'],
    noNodes: ['Model:무비 2'],
    expect: ['DEVELOPED 빛누리 -> 빛누리 무비 2'],
  },
  {
    cat: 'person.foreign-given-name',
    text: '독일 AI 기업 베르크AI의 폴 슈미트 유럽 총괄이 기조연설에 나섰다.',
    nodes: ['Person:폴 슈미트'],
    expect: ['WORKS_FOR 폴 슈미트 -> 베르크AI'],
  },
  {
    cat: 'model.versioned-sized-name',
    text: '스타트업 한울소프트는 새 모델 한울-4-13B를 공개했다. 한울-4-13B는 2년 전 나온 한울-3-13B를 대체하는 후속 모델이다.',
    nodes: ['Model:한울-3-13B'],
    expect: ['SUCCEEDS 한울-4-13B -> 한울-3-13B'],
  },
  {
    cat: 'partners.omitted-subject-co-built',
    text: '번역 AI 스타트업 한울소프트가 새 모델을 공개했다. 학습 데이터는 출판 전문 기업 책누리와 공동으로 구축했다.',
    expect: ['PARTNERS_WITH 책누리 -> 한울소프트'],
  },
  {
    cat: 'partners.omitted-subject-alliance',
    // "X와의 전략적 제휴에 따라 …" with the subject of the sentences before
    text: '번역 AI 스타트업 한울소프트가 새 모델을 공개했다. 네이버클라우드와의 전략적 제휴에 따라 음성 번역 기능도 함께 제공한다.',
    expect: ['PARTNERS_WITH 네이버클라우드 -> 한울소프트'],
  },
  {
    cat: 'partners.omitted-subject-alliance',
    // behind a summary bullet
    text: '번역 AI 스타트업 한울소프트가 새 모델을 공개했다. ▶ 네이버클라우드와의 전략적 협력은 올해 들어 음성 번역과 자막 생성 기능으로 이어지고 있다.',
    expect: ['PARTNERS_WITH 네이버클라우드 -> 한울소프트'],
  },
  {
    cat: 'partners.omitted-subject-alliance',
    // a subject of its own: no partnership with the earlier one
    text: '번역 AI 스타트업 한울소프트가 새 모델을 공개했다. 출판 기업 책누리는 네이버클라우드와의 협력으로 음성 번역을 준비한다.',
    absent: ['PARTNERS_WITH 네이버클라우드 -> 한울소프트'],
  },
  {
    cat: 'based-on.admitted',
    text: 'KT의 믿:음 2.0은 라마 3를 바탕으로 만든 모델이라는 사실을 감추지 않았다. 카카오의 카나나 2는 큐웬3를 기반으로 만든 모델이 아니다.',
    expect: ['BASED_ON 믿:음 2.0 -> 라마 3'],
    absent: ['BASED_ON 카나나 2 -> 큐웬3'],
  },
  {
    cat: 'model.lettered-variant-owned',
    text: '누리테크의 누리-Q 씽크는 이번 순위에서 빠졌다.',
    nodes: ['Model:누리-Q 씽크'],
    expect: ['DEVELOPED 누리테크 -> 누리-Q 씽크'],
  },
  {
    cat: 'property.series-release',
    text: "스타트업 노을랩은 지난 5일 허깅페이스에 '노을-2' 시리즈를 오픈소스로 공개했다.\n\n노을-2-9B는 한국어 특화 모델이다.\n\n노을-2-2B는 모바일용 모델이다.",
    publishedAt: '2026-03-20',
    props: ['노을-2-9B=releasedOn:2026-03-05', '노을-2-2B=releasedOn:2026-03-05', '노을-2-9B=openSource:true'],
  },
  {
    // the subject of the sentence before co-develops with the partner the next sentence opens on, an object between ("Y와 공동으로 모델 'Z'를 개발해")
    cat: 'partners.omitted-subject-codevelopment',
    text: "가온은행은 한 발 더 나갔다. 업스테이지와 공동으로 상담 특화 모델 '가온톡 2'를 개발해 지점에 깔았다.",
    expect: ['PARTNERS_WITH 가온은행 -> 업스테이지', 'DEVELOPED 가온은행 -> 가온톡 2'],
  },
  {
    cat: 'partners.omitted-subject-codevelopment',
    text: "가온은행도 움직였다. 업스테이지와 함께 상담 모델 '가온톡 2'를 만들어 지점에 깔았다.",
    expect: ['PARTNERS_WITH 가온은행 -> 업스테이지'],
  },
  {
    cat: 'partners.omitted-subject-codevelopment',
    text: '가온은행도 움직였다. 업스테이지와 함께 모델을 개발하지는 않았다.',
    absent: ['PARTNERS_WITH 가온은행 -> 업스테이지'],
  },
  // minutes of a committee or a hearing: each turn opens on its speaker's label ("○위원장 NAME", "○NAME 위원", "○X부장관 NAME", "○참고인 NAME")
  {
    cat: 'speaker.minutes-labels',
    text: [
      '○위원장 노은재 성원이 되었으므로 회의를 시작하겠습니다. 먼저 질의해 주십시오.',
      '○구민하 위원 구민하 위원입니다. 장관님께 묻겠습니다.',
      '○중소벤처기업부장관 편지원 예, 답변드리겠습니다.',
      '○참고인 양태현 한울AI 대표이사 양태현입니다.',
    ].join('\n\n'),
    nodes: ['Person:노은재', 'Person:구민하', 'Person:편지원', 'Person:양태현', 'Company:한울AI'],
    expect: ['WORKS_FOR 양태현 -> 한울AI'],
  },
  {
    // an attendance list's heading is no speaker
    cat: 'speaker.minutes-labels',
    text: '○출석 전문위원 수석전문위원 나은비\n\n○정부측 및 기타 참석자 중소벤처기업부 차관 하도윤',
    noNodes: ['Person:출석', 'Person:정부측'],
  },
  {
    // a label with the ministry glued to a numbered title ("○X부제1차관 NAME") still names its speaker
    cat: 'speaker.minutes-labels',
    text: '○위원장 노은재 차관님 답변해 주십시오.\n\n○중소벤처기업부제2차관 하도윤 예, 그 사업은 올해도 계속합니다.',
    nodes: ['Person:하도윤'],
    noNodes: ['Person:중소벤처기업부제2차관 하도윤'],
  },
  {
    // an official's minutes turn that pushes a programme it names speaks for it (not one that drops it, nor a witness's)
    cat: 'speaker.minutes-official-promotes',
    text: "○위원장 노은재 차관님, 이 사업은 누가 맡고 있습니까?\n\n○중소벤처기업부제2차관 하도윤  'K-스마트공장 AI 전환 사업'은 제가 직접 챙기며 부처가 책임지고 추진하고 있습니다.\n\n○증인 양태현  한울AI는 'K-스마트공장 AI 전환 사업'을 추진하는 데 힘을 보태고 있습니다.",
    expect: ['PROMOTES 하도윤 -> K-스마트공장 AI 전환 사업'],
    absent: ['PROMOTES 양태현 -> K-스마트공장 AI 전환 사업'],
  },
  {
    cat: 'speaker.minutes-official-promotes',
    text: "○위원장 노은재 장관님 답변해 주십시오.\n\n○과학기술정보통신부장관 편지원  'AI 데이터 바우처 사업'은 내년부터 추진하지 않기로 했습니다.",
    absent: ['PROMOTES 편지원 -> AI 데이터 바우처 사업'],
  },
  {
    // a yes-no question of minutes confirmed in the next turn: the answering witness's company takes part
    cat: 'minutes.confirmed-question',
    text: "○증인 양태현  한울AI 대표이사 양태현입니다.\n\n○구민하 위원  그런데 'AI 바우처 지원사업'에는 선정되셨지요?\n\n○증인 양태현  네, 지난해 선정돼 바우처를 받고 있습니다.",
    expect: ['WORKS_FOR 양태현 -> 한울AI', 'PARTICIPATES_IN 한울AI -> AI 바우처 지원사업'],
  },
  {
    cat: 'minutes.confirmed-question',
    text: "○증인 양태현  한울AI 대표이사 양태현입니다.\n\n○구민하 위원  그런데 'AI 바우처 지원사업'에는 선정되셨지요?\n\n○증인 양태현  네, 그런데 최종 단계에서 선정되지 않았습니다.",
    absent: ['PARTICIPATES_IN 한울AI -> AI 바우처 지원사업'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
