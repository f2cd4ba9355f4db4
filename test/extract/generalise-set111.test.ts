/**
 * Generalisation rows for the forms first met in held-out set 111: a model made by merging or further training others
 * ("A와 B를 병합해 'X'를 만들었다", "A에 … 학습시켜 'X'를 만들었다"), a quoted model as the subject of a denied base
 * ("자사 'X'가 Y를 바탕으로 만들어졌다는 의혹"), a model named as the predicate of a sentence about a model, rumours and
 * trade secrets quoted as labels, and consortia listed after a bare programme word.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const PROGRAMME = '독자 AI 파운데이션 모델 프로젝트';

const rows: FactRow[] = [
  // a quoted name that merging two models made: a model, based on both, made by the sentence's subject
  {
    cat: 'based-on.merged-into',
    text: "제목\n\n데이터 기업 가온데이터는 메타의 '라마 3.1 8B'와 알리바바의 '큐웬2.5'를 병합해 '가온믹스 v2'를 만들었다.",
    expect: ['DEVELOPED 가온데이터 -> 가온믹스 v2', 'BASED_ON 가온믹스 v2 -> 라마 3.1 8B', 'BASED_ON 가온믹스 v2 -> 큐웬2.5'],
  },
  {
    cat: 'based-on.merged-into',
    text: "제목\n\n한빛랩스는 LG AI연구원의 '엑사원 3.5'와 업스테이지의 '솔라 프로2'를 가중치 병합해 새로 '한빛머지'를 만들었다.",
    expect: ['DEVELOPED 한빛랩스 -> 한빛머지', 'BASED_ON 한빛머지 -> 엑사원 3.5', 'BASED_ON 한빛머지 -> 솔라 프로2'],
  },
  // not where the merge is denied
  {
    cat: 'based-on.merged-into',
    text: "제목\n\n한빛랩스는 '엑사원 3.5'와 '솔라 프로2'를 병합해 '한빛머지'를 만들지 않았다.",
    absent: ['BASED_ON 한빛머지 -> 엑사원 3.5'],
  },
  // a quoted name that further training of a model made ("…에 데이터를 추가로 학습시켜 'X'를 만들었습니다")
  {
    cat: 'discover.trained-into',
    text: "제목\n\n스타트업 누리헬스는 SK텔레콤이 공개한 'A.X 4.0'에 상담 데이터를 추가로 학습시켜 '누리-케어'를 만들었습니다.",
    expect: ['DEVELOPED 누리헬스 -> 누리-케어', 'BASED_ON 누리-케어 -> A.X 4.0'],
  },
  {
    cat: 'discover.trained-into',
    text: "제목\n\n가온소프트는 '큐웬3'를 미세조정해 '가온-법률'을 만들었다.",
    expect: ['BASED_ON 가온-법률 -> 큐웬3'],
  },
  // a quoted name that a sentence only says someone made, with no training or merging before it, stays no model
  {
    cat: 'discover.trained-into',
    text: "제목\n\n가온소프트는 고객 상담을 위해 '가온톡'을 만들었다.",
    noNodes: ['Model:가온톡'],
  },
  // the company's own quoted model as the subject of a base the company denies: a model of its own (the denial keeps no stated base)
  {
    cat: 'discover.subject-built-on',
    text: "제목\n\n라온마인드는 자사 '라온-원'이 딥시크의 'V3'를 바탕으로 만들어졌다는 의혹에 대해 \"사실무근\"이라며 \"전 과정을 프롬 스크래치로 진행했다\"고 반박했다.",
    expect: ['DEVELOPED 라온마인드 -> 라온-원'],
    props: ['라온-원=fromScratch:true'],
    absent: ['DEVELOPED 라온마인드 -> V3'],
  },
  {
    cat: 'discover.subject-built-on',
    text: "제목\n\n가온랩스의 '가온-투'가 메타의 '라마 3'를 기반으로 개발됐다는 사실이 확인됐다.",
    expect: ['DEVELOPED 가온랩스 -> 가온-투', 'BASED_ON 가온-투 -> 라마 3'],
  },
  // "…모델은 X의 'Y'이다": a one-word name as the predicate of a sentence whose topic is a model
  {
    cat: 'discover.model-topic-predicate',
    text: "제목\n\n표에 없는 마지막 모델은 라온마인드의 '라온-원'이다.",
    expect: ['DEVELOPED 라온마인드 -> 라온-원'],
  },
  // not where the topic is a company or a service
  {
    cat: 'discover.model-topic-predicate',
    text: "제목\n\n이번에 소개할 서비스는 라온마인드의 '라온톡'이다.",
    noNodes: ['Model:라온톡'],
  },
  // a rumour or a controversy quoted as a label names no model ("'X 기반설'", "'Y 도용 의혹'")
  {
    cat: 'discover.rumour-label',
    text: "제목\n\n일부 개발자 커뮤니티에서 제기된 '라마 기반설'에 대해 김하늘 대표는 \"라마 계열 모델은 쓰지 않았다\"고 선을 그었다.",
    noNodes: ['Model:라마 기반설'],
  },
  {
    cat: 'discover.rumour-label',
    text: "제목\n\n가온소프트는 '솔라 도용 의혹'에 대해 해명했다. 가온소프트의 새 모델 '가온 3'는 자체 개발 모델이다.",
    noNodes: ['Model:솔라 도용 의혹'],
  },
  // a trade secret quoted where the base model would be named is no model
  {
    cat: 'discover.generic-quoted',
    text: "제목\n\n가온소프트는 금융 모델 '가온-F'를 내놨지만 베이스 모델은 \"영업 비밀\"이라며 공개하지 않았다.",
    noNodes: ['Model:영업 비밀'],
    expect: ['DEVELOPED 가온소프트 -> 가온-F'],
  },
  // "이로써 프로젝트는 기존 A, B, C 컨소시엄에 D 컨소시엄이 더해져": the bare programme word refers back; the listed consortia's leads take part
  {
    cat: 'participates.programme-consortium',
    text: `제목\n\n과학기술정보통신부는 '${PROGRAMME}' 추가 선발 결과를 발표했다.\n\n이로써 프로젝트는 기존 한빛소프트, 가온테크, 누리랩스 컨소시엄에 다온소프트 컨소시엄이 더해져 4개 팀 체제가 됐다.`,
    expect: [`PARTICIPATES_IN 한빛소프트 -> ${PROGRAMME}`, `PARTICIPATES_IN 가온테크 -> ${PROGRAMME}`, `PARTICIPATES_IN 누리랩스 -> ${PROGRAMME}`],
  },
  // not a bare programme word with no consortium after it
  {
    cat: 'participates.programme-consortium',
    text: `제목\n\n과학기술정보통신부는 '${PROGRAMME}' 추가 선발 결과를 발표했다.\n\n이로써 프로젝트는 기존 일정보다 늦어졌다. 한빛소프트는 새 모델을 공개했다.`,
    absent: [`PARTICIPATES_IN 한빛소프트 -> ${PROGRAMME}`],
  },
  // "공개했다고 27일 밝혔다" then "모델은 지난 25일 허깅페이스에 … 라이선스로 올라왔다": the day it went up on a model hub is its release day
  {
    cat: 'released-on.hub-upload',
    text: "제목\n\n스타트업 가온랩스가 한국어 특화 LLM '가온-KO 9B'를 오픈소스로 공개했다고 27일 밝혔다.\n\n모델은 지난 25일 허깅페이스에 아파치 2.0 라이선스로 올라왔다.",
    publishedAt: '2026-11-27',
    props: ['가온-KO 9B=releasedOn:2026-11-25'],
  },
  // not a day something went up anywhere but a model hub ("회사 블로그에 … 올라왔다")
  {
    cat: 'released-on.hub-upload',
    text: "제목\n\n스타트업 가온랩스가 한국어 특화 LLM '가온-KO 9B'를 오픈소스로 공개했다고 27일 밝혔다.\n\n소개 글은 지난 25일 회사 블로그에 사진과 함께 올라왔다.",
    publishedAt: '2026-11-27',
    props: ['가온-KO 9B=releasedOn:2026-11-27'],
  },
  // "정예팀 선발에서 떨어진 뒤 …": the programme's selection named by its team word, failed by the company the sentence before is about
  {
    cat: 'participates.team-selection-carried',
    text: `제목\n\n'${PROGRAMME}' 추가 공모 결과가 나왔다.\n\n가온텔레콤은 일찌감치 다른 길을 걸었다. 지난 8월 정예팀 선발에서 떨어진 뒤 추가 공모에는 지원하지 않았지만, 모델 개발은 이어갔다.`,
    expect: [`PARTICIPATES_IN 가온텔레콤 -> ${PROGRAMME}`],
  },
  {
    cat: 'participates.team-selection-carried',
    text: `제목\n\n'${PROGRAMME}' 2차 평가 결과가 나왔다.\n\n한빛소프트는 올해 초 새 조직을 꾸렸다. 정예팀 선정에서 탈락했지만 개발을 이어갔다.`,
    expect: [`PARTICIPATES_IN 한빛소프트 -> ${PROGRAMME}`],
  },
  // not a selection it never applied to, nor a failure called untrue, nor something else that fell
  {
    cat: 'participates.team-selection-carried',
    text: `제목\n\n'${PROGRAMME}' 2차 평가 결과가 나왔다.\n\n가온텔레콤은 이번에도 조용했다. 정예팀 선발에는 지원하지 않았다.`,
    absent: [`PARTICIPATES_IN 가온텔레콤 -> ${PROGRAMME}`],
  },
  {
    cat: 'participates.team-selection-carried',
    text: `제목\n\n'${PROGRAMME}' 2차 평가 결과가 나왔다.\n\n가온텔레콤은 이번에도 조용했다. 정예팀 선발에서 떨어졌다는 소문은 사실이 아니다.`,
    absent: [`PARTICIPATES_IN 가온텔레콤 -> ${PROGRAMME}`],
  },
  {
    cat: 'participates.team-selection-carried',
    text: `제목\n\n'${PROGRAMME}' 2차 평가 결과가 나왔다.\n\n가온텔레콤은 주가가 크게 움직였다. 점유율은 지난달 크게 떨어진 뒤 회복하지 못했다.`,
    absent: [`PARTICIPATES_IN 가온텔레콤 -> ${PROGRAMME}`],
  },
  // a programme's loose name ("K-AI 모델": Korean AI models in general) modifying the noun after it names no programme
  {
    cat: 'policy.loose-name',
    text: "제목\n\n\"해외 뿌리 여전\"…K-AI 모델 족보 살펴보니\n\n가온소프트는 새 모델 '가온-7'을 공개했다.",
    noNodes: ['Policy:K-AI 모델'],
    expect: ['DEVELOPED 가온소프트 -> 가온-7'],
  },
  {
    cat: 'policy.loose-name',
    text: "제목\n\n가을 K-AI 모델 성적표\n\n한빛랩스는 '한빛-2'를 내놨다.",
    noNodes: ['Policy:K-AI 모델'],
  },
  // still the programme before its rounds and teams
  {
    cat: 'policy.loose-name',
    text: "제목\n\n가온소프트는 K-AI 모델 2차 평가를 통과했다.",
    expect: ['PARTICIPATES_IN 가온소프트 -> K-AI 모델'],
  },
  {
    cat: 'policy.loose-name',
    text: "제목\n\n한빛랩스는 국가대표 AI 모델 정예팀으로 선정됐다.",
    expect: ['PARTICIPATES_IN 한빛랩스 -> 국가대표 AI 모델'],
  },
  // "정예팀 3곳의 … 모델을 평가한 결과": the developers of the models scored after it, as many as the teams, take part
  {
    cat: 'participates.team-results',
    text: `제목\n\n정부의 '${PROGRAMME}' 2차 단계 평가가 진행 중이다.\n\n과기정통부는 정예팀 3곳의 중간 모델을 KoBEST로 평가한 결과를 공개했다. 결과를 보면 가온랩스의 '가온-5'가 81.2점으로 가장 높았다. 한빛소프트의 '한빛 3'와 누리데이터의 '누리-M'은 나란히 79.4점을 받았다. 비교를 위해 측정한 해외 모델 중에서는 메타의 '라마 4'가 83.0점이었다.`,
    expect: [`PARTICIPATES_IN 가온랩스 -> ${PROGRAMME}`, `PARTICIPATES_IN 한빛소프트 -> ${PROGRAMME}`, `PARTICIPATES_IN 누리데이터 -> ${PROGRAMME}`],
    absent: [`PARTICIPATES_IN 메타 -> ${PROGRAMME}`],
  },
  // not where the developers scored are fewer or more than the teams counted (a comparison model in the count)
  {
    cat: 'participates.team-results',
    text: `제목\n\n정부의 '${PROGRAMME}' 2차 단계 평가가 진행 중이다.\n\n과기정통부는 정예팀 3곳의 중간 모델을 KoBEST로 평가한 결과를 공개했다. 결과를 보면 가온랩스의 '가온-5'가 81.2점으로 가장 높았다. 비교를 위해 측정한 해외 모델 중에서는 메타의 '라마 4'가 83.0점, 한빛소프트의 '한빛 3'가 79.4점이었다.`,
    absent: [`PARTICIPATES_IN 가온랩스 -> ${PROGRAMME}`, `PARTICIPATES_IN 한빛소프트 -> ${PROGRAMME}`],
  },
  {
    cat: 'participates.team-results',
    text: `제목\n\n정부의 '${PROGRAMME}' 2차 단계 평가가 진행 중이다.\n\n과기정통부는 정예팀 두 곳의 모델을 KoBEST로 평가한 결과를 공개했다. 가온랩스의 '가온-5'가 81.2점, 한빛소프트의 '한빛 3'가 79.4점, 누리데이터의 '누리-M'이 77.0점을 받았다.`,
    absent: [`PARTICIPATES_IN 가온랩스 -> ${PROGRAMME}`, `PARTICIPATES_IN 누리데이터 -> ${PROGRAMME}`],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
