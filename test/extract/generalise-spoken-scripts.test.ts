/**
 * Generalisation rows for broadcast news scripts read aloud: the polite spoken copula after a name
 * ("…입니다", "…인데요"), the anchor lead, speaker tags and interview bites. Every sentence here is
 * written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'names.polite-copula',
    text: '두 회사가 함께 만드는 건 금융 특화 AI 모델 \'한결페이\'입니다. 출시는 내년입니다.',
    nodes: ['Model:한결페이'],
  },
  {
    cat: 'names.polite-copula',
    text: '과학기술정보통신부가 추진하는 \'스마트 항만 AI 모델 개발사업\'입니다. 모두 5개 팀이 지원했습니다.',
    nodes: ['Policy:스마트 항만 AI 모델 개발사업'],
  },
  {
    cat: 'company.polite-copula',
    text: '직원 서른 명 남짓한 판교의 AI 스타트업 누리젠입니다. 이 회사는 지난 3일 새 모델 \'바람결 3\'를 공개했습니다.',
    expect: ['DEVELOPED 누리젠 -> 바람결 3'],
    nodes: ['Company:누리젠'],
    noNodes: ['Person:누리젠'],
  },
  {
    cat: 'works-for.caption-unknown-company',
    text: '[인터뷰] 한도윤/누리젠 대표\n\n"공개 모델 위에 우리말을 입히는 게 저희 전략입니다."',
    expect: ['WORKS_FOR 한도윤 -> 누리젠'],
    nodes: ['Company:누리젠', 'Person:한도윤'],
  },
  {
    cat: 'works-for.caption-unknown-company',
    text: '[한도윤 / 누리젠 CTO : 문항은 절반만 공개할 계획입니다.]',
    expect: ['WORKS_FOR 한도윤 -> 누리젠'],
  },
  {
    // a speaker caption behind a link mark ("▶ 인터뷰 : 이름 / 소속 직함") is no promo link
    cat: 'works-for.caption-link-mark',
    text: '한빛AI가 새 모델을 냈습니다.\n\n▶ 인터뷰 : 한도윤 / 한빛AI 데이터랩장\n"우리말 문서를 두 배로 늘렸습니다."\n\n▶ 인터뷰 : 고은비 / 누리평가연구소장\n"점수는 매번 새 문제로 잽니다."',
    expect: ['WORKS_FOR 한도윤 -> 한빛AI'],
    nodes: ['Person:한도윤', 'Person:고은비'],
  },
  {
    // "[인터뷰 : 이름 소속 직함]": name, company and title inside one bracket, no slash
    cat: 'works-for.caption-bracket-colon',
    text: '[인터뷰 : 한도윤 누리봇틱스 대표]\n\n"공장에서 바로 쓰는 로봇 두뇌를 만들겠습니다."',
    expect: ['WORKS_FOR 한도윤 -> 누리봇틱스'],
    nodes: ['Company:누리봇틱스', 'Person:한도윤'],
  },
  {
    cat: 'works-for.caption-unknown-company',
    text: '<인터뷰> 한도윤/바람물류 대표 "현장 데이터는 저희가 제일 많습니다."',
    expect: ['WORKS_FOR 한도윤 -> 바람물류'],
  },
  {
    // the subject is dropped: the model the script is about was built on the named base
    cat: 'based-on.dropped-subject-comma',
    text: '누리젠은 새 모델 \'바람결 3\'를 공개했습니다. 파라미터는 80억 개입니다. 미국 메타가 공개한 오픈소스 모델 \'라마 3\'를 기반으로, 우리말 데이터를 추가로 학습시켰습니다.',
    expect: ['BASED_ON 바람결 3 -> 라마 3'],
  },
  {
    cat: 'from-scratch.polite-negation',
    text: '누리젠은 새 모델 \'바람결 3\'를 공개했습니다. 처음부터 새로 만든 건 아닙니다.',
    props: ['바람결 3=fromScratch:undefined'],
  },
  {
    cat: 'benchmark.test-word-apposition',
    text: '평가 업체 큐브벤치가 만든 한국어 수학 시험, \'셈터-M\'입니다. 업스테이지의 솔라 프로 2가 77.5점을 받았습니다.',
    nodes: ['Benchmark:셈터-M'],
    expect: ['SCORED 솔라 프로 2 -> 셈터-M'],
  },
  {
    // a ranked result three sentences after the benchmark ("…점으로 가장 높았습니다", "…점으로 뒤를 이었고")
    cat: 'scored.ranked-spoken',
    text: '평가 업체가 만든 한국어 추론 벤치마크 \'셈터-M\'입니다. 문항은 모두 2천 개입니다. 첫 결과가 어제 나왔습니다. 국산 가운데선 LG AI연구원의 엑사원 4.0이 79.1점으로 가장 높았습니다. 업스테이지의 솔라 프로 2가 75.4점으로 뒤를 이었습니다.',
    expect: ['SCORED 엑사원 4.0 -> 셈터-M', 'SCORED 솔라 프로 2 -> 셈터-M'],
  },
  {
    // "먼저 X 팀입니다." introduces the company the next, subject-less sentence is about
    cat: 'subject.introduced-team',
    text: '해양수산부가 추진하는 \'스마트 항만 AI 모델 개발사업\'입니다. 먼저 카카오 팀입니다. 물류 로봇 업체 트윈로보, 그리고 데이터 스타트업 바다랩과 손을 잡았습니다.',
    expect: ['PARTNERS_WITH 카카오 -> 트윈로보', 'PARTNERS_WITH 카카오 -> 바다랩'],
  },
  {
    cat: 'participates.formed-team-lead',
    text: '해양수산부가 추진하는 \'스마트 항만 AI 모델 개발사업\'입니다. 최종 2개 팀이 뽑혔습니다. 업스테이지는 같은 그룹의 두산에너빌리티, 그리고 네이버와 컨소시엄을 꾸렸습니다.',
    expect: ['PARTICIPATES_IN 업스테이지 -> 스마트 항만 AI 모델 개발사업', 'PARTICIPATES_IN 네이버 -> 스마트 항만 AI 모델 개발사업', 'PARTNERS_WITH 업스테이지 -> 네이버'],
  },
  {
    cat: 'participates.selected-together',
    text: '해양수산부가 추진하는 \'스마트 항만 AI 모델 개발사업\'입니다. 모두 6개 팀이 지원했습니다. 세 번째는 스타트업이 이끄는 팀인데요. 카카오가 HD현대와 함께 선정됐습니다.',
    expect: ['PARTICIPATES_IN 카카오 -> 스마트 항만 AI 모델 개발사업', 'PARTICIPATES_IN HD현대 -> 스마트 항만 AI 모델 개발사업'],
  },
  {
    // "지난해 'Y'에 이어 이번에도": the earlier programme is not what the next sentences are about
    cat: 'programme.earlier-in-contrast',
    text: '해양수산부가 추진하는 \'스마트 항만 AI 모델 개발사업\'입니다. 모두 6개 컨소시엄이 지원했습니다. 카카오는 지난해 \'AI 바우처 지원사업\'에 이어 이번에도 정부 사업을 따냈습니다. 반면 KT 컨소시엄은 최종 심사에서 고배를 마셨습니다.',
    expect: ['PARTICIPATES_IN KT -> 스마트 항만 AI 모델 개발사업'],
    absent: ['PARTICIPATES_IN KT -> AI 바우처 지원사업'],
  },
  {
    // "Y 자체는 …": the model itself as the topic of its own base
    cat: 'based-on.itself-topic',
    text: '카카오의 모델 \'누리온\' 자체는 LG AI연구원의 \'엑사원\'을 토대로 만든 모델입니다.',
    expect: ['BASED_ON 누리온 -> 엑사원'],
  },
  {
    // the spoken apposition of a title and its acronym ("최고기술책임자, CTO로")
    cat: 'works-for.title-comma-acronym',
    text: '국내 AI 스타트업 솔빛랩은 전날 한도윤 전 카카오 AI 리더를 최고기술책임자, CTO로 영입했다고 밝혔습니다.',
    expect: ['WORKS_FOR 한도윤 -> 솔빛랩'],
  },
  {
    // an unknown name described by its business, in a partnering sentence with a known company
    cat: 'company.described-partner',
    text: '해양수산부가 \'스마트 항만 AI 모델 개발사업\' 최종 팀을 골랐습니다. 항만 자율주행 AI를 만드는 파도모빌이 HD현대와 함께 선정됐습니다.',
    nodes: ['Company:파도모빌'],
    expect: ['PARTNERS_WITH 파도모빌 -> HD현대', 'PARTICIPATES_IN 파도모빌 -> 스마트 항만 AI 모델 개발사업'],
  },
  {
    cat: 'company.described-partner',
    text: '업스테이지는 센서 데이터를 만드는 바다큐브와 컨소시엄을 꾸렸습니다.',
    expect: ['PARTNERS_WITH 업스테이지 -> 바다큐브'],
  },
  {
    // no partnering cue: a described word is no company
    cat: 'company.described-partner',
    text: '업스테이지는 로봇 동작 데이터를 만드는 과정에서 비용을 줄였습니다.',
    noNodes: ['Company:과정에서'],
  },
  {
    // a speaker caption opens on a person even when the affiliation is no company
    cat: 'person.caption-any-affiliation',
    text: '[인터뷰] 고은비/한국로봇산업협회 정책실장\n\n"데이터를 투명하게 공개하는 것이 중요합니다."',
    nodes: ['Person:고은비'],
  },
  {
    cat: 'person.caption-any-affiliation',
    text: '[고은비 / 한국로봇산업협회 정책실장 : 데이터 공개가 먼저입니다.]',
    nodes: ['Person:고은비'],
  },
  {
    // the way a model is being built, told in the present ("…를 기반으로, … 학습시킵니다")
    cat: 'based-on.present-tense',
    text: '두 회사가 함께 만드는 건 법률 특화 모델 \'한결로\'입니다. 카카오의 모델 \'누리온\'을 기반으로, 판례 데이터를 추가로 학습시킵니다.',
    expect: ['BASED_ON 한결로 -> 누리온'],
  },
  {
    cat: 'based-on.present-tense',
    text: '두 회사가 함께 만드는 건 법률 특화 모델 \'한결로\'입니다. 카카오의 모델 \'누리온\'을 기반으로 판례 데이터를 학습시킨다는 계획도 검토 중입니다.',
    absent: ['BASED_ON 한결로 -> 누리온'],
  },
  {
    // an official's bite caption ("[인터뷰] 이름 / 기관 직함 "…"") in a story about one programme promotes it,
    // also beside a slogan policy named in the bite, and an agency head's title ("…진흥원장") is an official's
    cat: 'promotes.official-bite',
    text: '[기자] 정부가 오늘 ‘지역 AI 거점 사업’의 1차 결과를 발표했습니다. [인터뷰] 한지우 / 중소벤처기업부 차관 "소버린 AI를 위해 끝까지 지원하겠습니다." [인터뷰] 문서율 / 정보통신산업진흥원장 "공정하게 평가하겠습니다."',
    expect: ['PROMOTES 한지우 -> 지역 AI 거점 사업', 'PROMOTES 문서율 -> 지역 AI 거점 사업'],
  },
  {
    // … and where the bite's quote names the programme itself (h101_01); a company head's bite does not
    cat: 'promotes.official-bite',
    text: '[기자] 정부가 오늘 ‘지역 AI 거점 사업’의 1차 결과를 발표했습니다. [인터뷰] 한지우 / 중소벤처기업부 디지털정책실장 "지역 AI 거점 사업은 올해 두 배로 커집니다." [인터뷰] 문서율 / 가온소프트 대표 "지역 AI 거점 사업에 다시 도전하겠습니다."',
    expect: ['PROMOTES 한지우 -> 지역 AI 거점 사업'],
    absent: ['PROMOTES 문서율 -> 지역 AI 거점 사업'],
  },
  {
    // … not a company's spokesperson, nor with two programmes named
    cat: 'promotes.official-bite',
    text: '[기자] ‘지역 AI 거점 사업’과 ‘AI 바우처 사업’이 함께 열립니다. [인터뷰] 한지우 / 중소벤처기업부 차관 "끝까지 지원하겠습니다." [인터뷰] 문서율 / 가온소프트 대표 "참여하겠습니다."',
    absent: ['PROMOTES 한지우 -> 지역 AI 거점 사업', 'PROMOTES 한지우 -> AI 바우처 사업', 'PROMOTES 문서율 -> 지역 AI 거점 사업'],
  },
  {
    // a statement naming its own programme inside the quote is about that one, not a slogan named before
    cat: 'promotes.official-bite',
    text: "‘소버린 AI 주간’ 행사가 열렸다. 축사에 나선 한지우 과기정통부 인공지능정책실장은 \"내년 'AI 데이터 바우처 사업' 예산을 늘리겠다\"고 밝혔다.",
    expect: ['PROMOTES 한지우 -> AI 데이터 바우처 사업'],
    absent: ['PROMOTES 한지우 -> 소버린 AI'],
  },
  {
    // a spoken script reads a version's name aloud in Hangul before writing it ("에이닷 엑스 케이원, A.X K1은"): one model
    cat: 'model.spelled-apposition',
    text: 'SK텔레콤 팀의 에이닷 엑스 투, A.X 2는 파라미터 700억 개입니다. LG AI연구원의 엑사원 포, EXAONE 4.0이 뒤를 이었습니다.',
    nodes: ['Model:A.X 2'],
    noNodes: ['Model:에이닷 엑스'],
    sameNode: ['A.X 2=에이닷 엑스 투'],
    absent: ['DEVELOPED SK텔레콤 -> 에이닷 엑스'],
  },
  {
    // … not a list of families
    cat: 'model.spelled-apposition',
    text: '비교 대상은 엑사원, 큐원, 라마입니다.',
    nodes: ['Model:엑사원', 'Model:큐원', 'Model:라마'],
  },
  {
    // "이상호", "안정환": names whose first syllables are also a word ("이상", "안정")
    cat: 'person.word-like-given-name',
    text: '[인터뷰] 이상호 / SK텔레콤 파운데이션모델 담당 "성능을 끌어올리겠습니다." 안정민 KT 상무는 "함께하겠다"고 말했다. 매출은 10억 원 이상이다. 이상한 점은 없었다.',
    expect: ['WORKS_FOR 이상호 -> SK텔레콤', 'WORKS_FOR 안정민 -> KT'],
    noNodes: ['Person:이상한', 'Person:이상이'],
  },
];

describe('generalisation rows (spoken broadcast scripts)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
