/** Officials of ministries and agencies no gazetteer lists, the programme or scheme they lead named by a bare word, and quoted tax schemes. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "NAME AGENCY TITLE": an official of an agency (…청) or a ministry (…부) is a person; the agency is neither a person nor a company
    cat: 'person.government-official',
    text: '오민규 조달청 정보기획관은 "내년부터 입찰 심사에 AI를 쓰겠다"고 말했다.',
    nodes: ['Person:오민규'],
    noNodes: ['Person:조달청', 'Company:조달청'],
  },
  {
    cat: 'person.government-official',
    text: '서다인 해양수산부 디지털전략실장은 "항만 데이터를 개방하겠다"고 밝혔다.',
    nodes: ['Person:서다인'],
    noNodes: ['Company:해양수산부'],
  },
  {
    // the agency word after a name is where the person works, never a second person ("국"+"세청"-like words look like names)
    cat: 'person.government-official',
    text: '권도하 관세청 국장은 "통관 상담에 챗봇을 붙인다"고 설명했다.',
    nodes: ['Person:권도하'],
    noNodes: ['Person:관세청'],
  },
  {
    // "사업을 총괄한 NAME AGENCY TITLE": a bare 사업 led (past tense) by an official is the programme named before
    cat: 'promotes.bare-programme-led-past',
    text: "관세청은 'AI 통관심사 지원사업'의 결과물을 공개했다.\n\n사업을 총괄한 권도하 관세청 심사정책관은 \"심사 시간이 절반으로 줄었다\"고 말했다.",
    expect: ['PROMOTES 권도하 -> AI 통관심사 지원사업'],
  },
  {
    // a quoted tax credit is a public scheme; "제도 설계를 주도한" points at it (the last scheme named), not at a programme named earlier
    cat: 'policy.quoted-tax-scheme',
    text: "정부는 'AI 반도체 실증 사업'을 이어가기로 했다.\n\n한편 정부는 세법개정안에 이른바 'AI 인프라 투자 세액공제'를 담았다.\n\n제도 설계를 주도한 오민규 해양수산부 세제실장은 \"투자를 끌어내겠다\"고 말했다.",
    nodes: ['Policy:AI 인프라 투자 세액공제'],
    expect: ['PROMOTES 오민규 -> AI 인프라 투자 세액공제'],
    absent: ['PROMOTES 오민규 -> AI 반도체 실증 사업'],
  },
  {
    // a bare 제도 with only a programme named before points at nothing
    cat: 'policy.quoted-tax-scheme',
    text: "정부는 'AI 반도체 실증 사업'을 이어가기로 했다.\n\n제도 설계를 주도한 오민규 해양수산부 세제실장은 \"투자를 끌어내겠다\"고 말했다.",
    absent: ['PROMOTES 오민규 -> AI 반도체 실증 사업'],
  },
  // a company's officer aligning the company with "정부의 'X'" does not lead the government's policy; an official still does
  {
    cat: 'promotes.officer-alignment',
    text: "가온랩(대표 조민호)은 새 모델을 출시했다.\n\n조 대표는 \"정부의 '소버린 AI' 기조에도 부합하도록 하겠다\"고 밝혔다.",
    expect: ['WORKS_FOR 조민호 -> 가온랩'],
    absent: ['PROMOTES 조민호 -> 소버린 AI'],
  },
  {
    cat: 'promotes.officer-alignment',
    text: "배경훈 과기정통부 장관은 \"정부의 '소버린 AI' 정책을 강력히 추진하겠다\"고 밝혔다.",
    expect: ['PROMOTES 배경훈 -> 소버린 AI'],
  },
  {
    // a plan an agency's or a ministry's head announces ("NAME X청장은 지난달 'Y 방안'을 발표하고", "NAME X부 장관이 'Y 전략'을 발표했다")
    // is a policy the head promotes (방안 and 대책 end a plan's name as 계획 and 전략 do)
    cat: 'policy.head-announced-plan',
    text: "데이터 거래가 늘자 통계청도 대응에 나섰다. 한서윤 통계청장은 지난달 12일 '공공데이터 AI 개방 확대 방안'을 발표하고 개방 범위를 넓히겠다고 밝혔다.\n\n도재헌 행정안전부 장관이 지난주 '지역 AI 행정 혁신 전략'을 직접 발표했다.",
    nodes: ['Policy:공공데이터 AI 개방 확대 방안', 'Policy:지역 AI 행정 혁신 전략'],
    expect: ['PROMOTES 한서윤 -> 공공데이터 AI 개방 확대 방안', 'PROMOTES 도재헌 -> 지역 AI 행정 혁신 전략'],
  },
  // a press release names the minister in the ministry's apposition ("해양수산부(장관 NAME, 이하 '해수부')는 「X」 … 선정했다"):
  // the minister announces the programme; an institute's head in the same form does not lead it
  {
    cat: 'promotes.ministry-head-apposition',
    text: "해양수산부(장관 한미래, 이하 '해수부')와 해양과학기술원(원장 도윤슬, 이하 'KIOST')은 「스마트 항만 AI 실증 사업」의 수행기관으로 3개 컨소시엄을 선정했다고 밝혔다.",
    expect: ['PROMOTES 한미래 -> 스마트 항만 AI 실증 사업'],
  },
  {
    cat: 'promotes.ministry-head-apposition',
    text: "중소벤처기업부(장관 서가온)는 「AI 제조혁신 바우처」 참여 기업을 모집한다.",
    expect: ['PROMOTES 서가온 -> AI 제조혁신 바우처'],
  },
  {
    cat: 'promotes.ministry-head-apposition',
    text: "해양수산부(장관 한미래)는 「스마트 항만 AI 실증 사업」을 올해 추진하지 않기로 했다.",
    absent: ['PROMOTES 한미래 -> 스마트 항만 AI 실증 사업'],
  },
  {
    // "이 사업" in the next clause of the sentence that names the programme is that programme
    cat: 'promotes.leader-of',
    text: "다온랩스는 해양수산부의 '스마트 항만 AI 실증사업'에 참여하고 있는데, 지난달에는 이 사업을 총괄하는 한지수 해양수산부 정책관이 연구소를 찾았다.",
    expect: ['PROMOTES 한지수 -> 스마트 항만 AI 실증사업', 'PARTICIPATES_IN 다온랩스 -> 스마트 항만 AI 실증사업'],
  },
  // an official who introduced the programme a bare "이 사업" refers back to, a slogan quoted after it no referent
  {
    cat: 'promotes.leader-of',
    text: "한빛데이터는 정보통신산업진흥원의 '공공데이터 AI 학습 지원사업'에 선정됐다. 지난달 설명회에서 이 사업을 직접 소개하신 오민규 과기정통부 정책관님께서 \"공공데이터는 소버린 AI의 연료\"라고 하셨습니다.",
    expect: ['PROMOTES 오민규 -> 공공데이터 AI 학습 지원사업'],
  },
  // English: an official "who announced the program"
  {
    cat: 'promotes.en-who-announced',
    text: 'In May, Dalbit Robotics joined the Smart Port AI Program. Director Oh Min-gyu, who announced the program, said it would run for three years.',
    expect: ['PROMOTES Oh Min-gyu -> Smart Port AI Program'],
  },
  // the article's first programme, named in an earlier clause of the official's own sentence ("…에서는 … 진출했으며, NAME 장관은 "…"고 밝혔다")
  {
    cat: 'promotes.official-first-programme',
    text: "과학기술정보통신부가 추진하는 '해양 AI 실증 사업'에서는 지난달 가온랩스, 한빛소프트 컨소시엄이 다음 단계에 진출했으며, 김하늘 과학기술정보통신부 장관은 \"연말까지 최종 2개 팀으로 압축하겠다\"고 밝혔다.",
    expect: ['PROMOTES 김하늘 -> 해양 AI 실증 사업'],
  },
  // a floor speech: a regional head named with the honorific 님께서 who announced the programme, and the official a sentence on the programme's running puts in charge
  {
    cat: 'promotes.honorific-announcer',
    text: '우리 도가 추진하는 「스마트 돌봄 로봇 실증사업」을 짚어 보겠습니다. 스마트 돌봄 로봇 실증사업은 옥서하 도지사님께서 취임 첫해에 직접 발표하신 대표 공약 사업입니다. 사업 운영은 도 디지털정책과가 담당하고, 채은솔 디지털혁신국장이 지휘하고 있습니다.',
    nodes: ['Person:옥서하', 'Person:채은솔'],
    expect: ['PROMOTES 옥서하 -> 스마트 돌봄 로봇 실증사업', 'PROMOTES 채은솔 -> 스마트 돌봄 로봇 실증사업'],
  },
  // a word before 시장 with no honorific is a market, no mayor; a notion quoted before an aim's noun ('스타트업 X이라는 목표') is no company
  {
    cat: 'promotes.honorific-announcer',
    text: '우리 도가 추진하는 「스마트 돌봄 로봇 실증사업」을 짚어 보겠습니다. 둘째, 지역 스타트업 성장이라는 당초 목표입니다. 돌봄로봇 시장이 커지고 있습니다.',
    noNodes: ['Company:성장이라', 'Company:성장', 'Person:돌봄로봇'],
  },
];

describe('government officials and the schemes they lead', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
