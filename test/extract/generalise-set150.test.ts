/**
 * Generalisation rows for the forms first met in held-out set 150: a programme named only as the one the article's
 * programme follows or replaces ("X의 후속으로", "X를 잇는 사업이다", "X를 대체해") or as another ("X 등 다른 사업") is not
 * what the next sentences' consortia join or an official speaks of, and "이번 공모" or "2기 공모" is the call of the
 * programme the article is about; a consortium's roster member is no lead; a selection past a clause's end; a member taken
 * in mid-clause; a province's office head; a company's quoted model another is derived from; a brand glued to a Latin code.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "이 사업은 … 'Y 실증사업'의 후속으로": Y is the predecessor; the consortium named next joins the article's programme
  {
    cat: 'programmes.predecessor-named',
    text: "경남도는 '경남 물류 AI 실증사업' 수행 컨소시엄으로 뤼튼이 이끄는 컨소시엄을 선정했다. 이 사업은 도가 재작년 추진한 '경남 항만 데이터 실증사업'의 후속으로, 3년간 30억원이 들어간다. 뤼튼 컨소시엄에는 솔트룩스가 참여기업으로 이름을 올렸다.",
    expect: ['PARTICIPATES_IN 솔트룩스 -> 경남 물류 AI 실증사업'],
    absent: ['PARTICIPATES_IN 솔트룩스 -> 경남 항만 데이터 실증사업'],
  },
  // "X 사업은 … 'Y 시범사업'을 잇는 사업이다" then "2기 공모 참가 신청서를 냈다": the call is X's
  {
    cat: 'programmes.predecessor-named',
    text: "'AI 민원 선도사업'은 작년까지 이어진 'AI 행정 시범사업'을 잇는 사업이다. 올해 예산은 90억원이다. 마음AI는 셀렉트스타와 컨소시엄을 꾸려 지난 3일 2기 공모 참가 신청서를 냈다.",
    expect: ['PARTICIPATES_IN 마음AI -> AI 민원 선도사업'],
    absent: ['PARTICIPATES_IN 마음AI -> AI 행정 시범사업'],
  },
  // "「X」은 「Y」를 대체해 올해 시작된 사업": the roster after it joins X
  {
    cat: 'programmes.predecessor-named',
    text: "「AI 조선 특화모델 개발사업」은 「스마트조선 데이터 지원사업」을 대체해 올해 처음 시작된 사업이다. 정부는 이달 첫 평가를 마쳤다. 솔트룩스 컨소시엄에는 셀렉트스타와 뤼튼이 참여하고 있다.",
    expect: ['PARTICIPATES_IN 셀렉트스타 -> AI 조선 특화모델 개발사업', 'PARTICIPATES_IN 뤼튼 -> AI 조선 특화모델 개발사업'],
    absent: ['PARTICIPATES_IN 셀렉트스타 -> 스마트조선 데이터 지원사업', 'PARTICIPATES_IN 뤼튼 -> 스마트조선 데이터 지원사업'],
  },
  // not a predecessor: a company that took part in the older programme, named as such, still took part in it
  {
    cat: 'programmes.predecessor-named',
    text: "'AI 민원 선도사업'은 작년까지 이어진 'AI 행정 시범사업'을 잇는 사업이다. 솔트룩스는 작년 'AI 행정 시범사업'에 참여했다.",
    expect: ['PARTICIPATES_IN 솔트룩스 -> AI 행정 시범사업'],
  },
  // a consortium member that declined is no participant, whichever programme is meant
  {
    cat: 'programmes.predecessor-named',
    text: "경남도는 '경남 물류 AI 실증사업' 수행 컨소시엄으로 뤼튼이 이끄는 컨소시엄을 선정했다. 이 사업은 '경남 항만 데이터 실증사업'의 후속으로 추진된다. 솔트룩스는 뤼튼 컨소시엄에 참여하지 않기로 했다.",
    absent: ['PARTICIPATES_IN 솔트룩스 -> 경남 물류 AI 실증사업', 'PARTICIPATES_IN 솔트룩스 -> 경남 항만 데이터 실증사업'],
  },
  // "2단계 컨소시엄에는 A가 남았고, B가 새로 이름을 올렸다. 컨소시엄은 … 'Y'를 개발한다": the bare consortium is the lead's, not a member's
  {
    cat: 'consortium.member-is-no-lead',
    text: "'AI 항만 실증사업' 2단계 수행기관으로 뤼튼이 주관하는 컨소시엄이 선정됐다. 이번 공모에는 뤼튼 컨소시엄이 단독으로 응모했다. 2단계 컨소시엄에는 솔트룩스가 그대로 남았고, 셀렉트스타가 새로 참여기업으로 이름을 올렸다. 컨소시엄은 2단계에서 항만 특화 언어모델 '항만GPT 2'를 개발한다.",
    expect: ['DEVELOPED 뤼튼 -> 항만GPT 2', 'PARTICIPATES_IN 셀렉트스타 -> AI 항만 실증사업'],
    absent: ['DEVELOPED 셀렉트스타 -> 항만GPT 2', 'DEVELOPED 솔트룩스 -> 항만GPT 2'],
  },
  // "…평가를 진행했으며, 그 결과 A 컨소시엄과 B 컨소시엄이 지원 대상으로 결정됐다": a selection in the later clause, the programme before
  {
    cat: 'selection.decided-as-beneficiary',
    text: "「AI 조선 특화모델 개발사업」은 올해 처음 시작된 사업이다. 산업부는 지난달 1차년도 성과에 대한 단계평가를 진행했으며, 그 결과 뤼튼 컨소시엄과 솔트룩스 컨소시엄이 2차년도 계속 지원 대상으로 결정됐다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> AI 조선 특화모델 개발사업', 'PARTICIPATES_IN 솔트룩스 -> AI 조선 특화모델 개발사업'],
  },
  {
    cat: 'selection.decided-as-beneficiary',
    text: "「AI 조선 특화모델 개발사업」은 올해 처음 시작된 사업이다. 산업부는 지난달 1차년도 성과에 대한 단계평가를 진행했으며, 그 결과 뤼튼 컨소시엄은 2차년도 지원 대상으로 결정되지 않았다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> AI 조선 특화모델 개발사업'],
  },
  {
    cat: 'selection.decided-as-beneficiary',
    text: "「AI 조선 특화모델 개발사업」은 올해 처음 시작된 사업이다. 벤처캐피털들은 지난달 심사를 진행했으며, 그 결과 뤼튼이 투자 대상으로 결정됐다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> AI 조선 특화모델 개발사업'],
  },
  // "1차년도에 참여했던 A 컨소시엄은 … 기준 점수에 미달해 지원이 중단됐다": a team dropped at an evaluation took part
  {
    cat: 'participates.selection-outcome',
    text: "「AI 조선 특화모델 개발사업」은 올해 처음 시작된 사업이다. 1차년도에 참여했던 뤼튼 컨소시엄은 단계평가 기준 점수에 미달해 지원이 중단됐다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> AI 조선 특화모델 개발사업'],
  },
  {
    cat: 'participates.selection-outcome',
    text: "「AI 조선 특화모델 개발사업」은 올해 처음 시작된 사업이다. 뤼튼의 올해 매출은 목표 기준 점수에 미달했다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> AI 조선 특화모델 개발사업'],
  },
  // "A는 B를 참여사로 끌어들여 컨소시엄을 구성하고": a member taken in, the verb before 컨소시엄 no company's name
  {
    cat: 'partners.taken-in-as-member',
    text: "마음AI는 데이터 기업 셀렉트스타를 참여사로 끌어들여 컨소시엄을 구성하고 신청을 마쳤다.",
    expect: ['PARTNERS_WITH 마음AI -> 셀렉트스타'],
    noNodes: ['Company:끌어들여'],
  },
  {
    cat: 'partners.taken-in-as-member',
    text: "마음AI는 셀렉트스타를 참여사로 영입해 컨소시엄을 꾸렸다.",
    expect: ['PARTNERS_WITH 마음AI -> 셀렉트스타'],
    noNodes: ['Company:영입해'],
  },
  {
    cat: 'partners.taken-in-as-member',
    text: "마음AI는 셀렉트스타를 고객사로 끌어들여 매출을 늘렸다.",
    absent: ['PARTNERS_WITH 마음AI -> 셀렉트스타'],
  },
  // "NAME 경남도 디지털산업과장은 "…"고 밝혔다": a province's office head speaking of the one programme named
  {
    cat: 'promotes.regional-office-head',
    text: '경남도가 추진하는 「AI 조선 안전 지원사업」 수행기관으로 솔트룩스 컨소시엄이 뽑혔다. 홍길순 경남도 디지털산업과장은 "내년 상반기에 현장 실증을 시작하겠다"고 밝혔다.',
    expect: ['PROMOTES 홍길순 -> AI 조선 안전 지원사업'],
  },
  {
    cat: 'promotes.regional-office-head',
    text: '경남도가 추진하는 「AI 조선 안전 지원사업」 수행기관으로 솔트룩스 컨소시엄이 뽑혔다. 홍길순 솔트룩스 기술과장은 "내년 상반기에 현장 실증을 시작하겠다"고 밝혔다.',
    absent: ['PROMOTES 홍길순 -> AI 조선 안전 지원사업'],
  },
  // "X(gloss)의 'Y'를 증류해 만든": a company's quoted model that another is derived from
  {
    cat: 'discover.quoted-base-of-maker',
    text: "가온랩스는 딥시크(DeepSeek)의 'R1'을 증류해 만든 '가온-R 3B'를 공개했다.",
    expect: ['BASED_ON 가온-R 3B -> R1'],
  },
  {
    cat: 'discover.quoted-base-of-maker',
    text: "가온랩스는 메타의 '라온'을 기반으로 '가온-L 8B'를 만들었다.",
    expect: ['BASED_ON 가온-L 8B -> 라온'],
  },
  {
    cat: 'discover.quoted-base-of-maker',
    text: "가온랩스의 '가온 미니'는 딥시크의 'R1'을 증류한 것 아니냐는 의혹을 받았다.",
    absent: ['BASED_ON 가온 미니 -> R1'],
  },
  {
    cat: 'discover.quoted-base-of-maker',
    text: "가온랩스는 딥시크(DeepSeek)의 '오픈 데이' 행사에 참석했다.",
    noNodes: ['Model:오픈 데이'],
  },
  // "새온에이아이" … "'새온LM 3'": a Hangul brand glued to a Latin code names the one company of that brand
  {
    cat: 'developed.namesake-latin-code',
    text: "스타트업 가운데서는 새온에이아이가 눈에 띈다. 주력 모델은 지난 9월 공개한 '새온LM 3'다.",
    expect: ['DEVELOPED 새온에이아이 -> 새온LM 3'],
  },
  {
    cat: 'developed.namesake-latin-code',
    text: "새온에이아이와 새온랩스가 눈에 띈다. 주력 모델은 지난 9월 공개한 '새온LM 3'다.",
    absent: ['DEVELOPED 새온에이아이 -> 새온LM 3', 'DEVELOPED 새온랩스 -> 새온LM 3'],
  },
  // a pharmaceutical company the gazetteer knows
  {
    cat: 'gazetteer.companies',
    text: "제약사 HK이노엔은 수요기업으로 참여할지를 검토하고 있다.",
    nodes: ['Company:HK이노엔'],
    props: ['HK이노엔=country:KR'],
  },
  // "이번 공모 컨소시엄에는", "대기업 계열은": a call and a group kind, no company
  {
    cat: 'discover.no-company-words',
    text: "KB인베스트먼트는 재무적 투자자로, 이번 공모 컨소시엄에는 들어가지 않는다. 대기업 계열은 아직 관망하고 있다.",
    noNodes: ['Company:공모', 'Company:계열'],
  },
  // "'X 프로젝트' 등 다른 사업에 집중": named as another programme than the article's; an official speaks of the article's
  {
    cat: 'programmes.named-as-other',
    text: "행안부는 'AI 민원 선도사업' 2기 공모를 시작했다. 뤼튼 측은 \"공공 부문은 '독자 AI 파운데이션 모델 프로젝트' 등 다른 사업에 집중하기로 했다\"고 설명했다. 홍길순 행정안전부 디지털정부혁신실장은 \"현장 적용성을 보겠다\"고 밝혔다.",
    expect: ['PROMOTES 홍길순 -> AI 민원 선도사업'],
    absent: ['PROMOTES 홍길순 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'programmes.named-as-other',
    text: "행안부는 'AI 민원 선도사업' 2기 공모를 시작했다. 뤼튼은 '독자 AI 파운데이션 모델 프로젝트'에도 참여하고 있다. 홍길순 행정안전부 디지털정부혁신실장은 \"현장 적용성을 보겠다\"고 밝혔다.",
    absent: ['PROMOTES 홍길순 -> AI 민원 선도사업', 'PROMOTES 홍길순 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // a programme's last word that is a kind of programme ("시범사업", "실증사업") stands for it where it is the only one of its kind
  {
    cat: 'programmes.kind-word-short-form',
    text: "'부산 AI 행정 시범사업'은 올해로 끝났다. 부산시는 이를 잇는 '부산 AI 행정 선도사업'을 내년에 시작한다. 시범사업에 참여했던 뤼튼은 새 사업에는 참여하지 않기로 했다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> 부산 AI 행정 시범사업'],
    absent: ['PARTICIPATES_IN 뤼튼 -> 부산 AI 행정 선도사업'],
  },
  {
    cat: 'programmes.kind-word-short-form',
    text: "'대구 의료 AI 실증사업'은 2년 동안 진행됐다. 대구시는 올해 새 공모를 열었다. 1차 실증사업에서 영상 판독 과제를 수행한 솔트룩스는 아직 입장을 정하지 못했다.",
    expect: ['PARTICIPATES_IN 솔트룩스 -> 대구 의료 AI 실증사업'],
  },
  // two programmes of the same kind: the bare word is neither
  {
    cat: 'programmes.kind-word-short-form',
    text: "'부산 AI 행정 시범사업'과 '울산 AI 교통 시범사업'은 올해로 끝났다. 시장은 내년 예산을 발표했다. 시범사업에 참여했던 뤼튼은 내년 계획을 밝히지 않았다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> 부산 AI 행정 시범사업', 'PARTICIPATES_IN 뤼튼 -> 울산 AI 교통 시범사업'],
  },
  // a word that says only what a programme does ("지원사업") stands for no one programme
  {
    cat: 'programmes.kind-word-short-form',
    text: "'부산 AI 데이터 지원사업'은 올해로 끝났다. 시장은 내년 예산을 발표했다. 다른 지원사업에 참여했던 뤼튼은 내년 계획을 밝히지 않았다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> 부산 AI 데이터 지원사업'],
  },
  // a member of an earlier round that leaves a later one took part: "1차년도에 A 컨소시엄의 참여기업이었던 B는 … 2차년도부터 참여를 철회했다"
  {
    cat: 'participates.earlier-round-member',
    text: "「AI 조선 특화모델 개발사업」은 올해 처음 시작된 사업이다. 1차년도에 솔트룩스 컨소시엄의 참여기업이었던 뤼튼은 자체 일정을 이유로 2차년도부터 참여를 철회했다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> AI 조선 특화모델 개발사업'],
  },
  // "1단계에서 X 구축을 맡았던 B는 2단계에는 참여하지 않기로 했다": B took part, and is no lead a later bare "컨소시엄" means
  {
    cat: 'participates.earlier-round-member',
    text: "'울산 AI 조선 실증사업' 2단계 수행기관으로 솔트룩스가 주관하는 컨소시엄이 선정됐다. 1단계에서 용접 데이터 구축을 맡았던 뤼튼은 2단계에는 참여하지 않기로 했다. 컨소시엄은 2단계에서 조선 특화 언어모델 '조선GPT 2'를 개발한다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> 울산 AI 조선 실증사업', 'DEVELOPED 솔트룩스 -> 조선GPT 2'],
    absent: ['DEVELOPED 뤼튼 -> 조선GPT 2'],
  },
  // an earlier round's evaluator is no member; a company that only stays out of a round took part in none
  {
    cat: 'participates.earlier-round-member',
    text: "'울산 AI 조선 실증사업' 2단계 수행기관으로 솔트룩스가 주관하는 컨소시엄이 선정됐다. 1단계에서 심사를 맡았던 뤼튼은 2단계에는 참여하지 않기로 했다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> 울산 AI 조선 실증사업'],
  },
  {
    cat: 'participates.earlier-round-member',
    text: "'울산 AI 조선 실증사업' 2단계 수행기관으로 솔트룩스가 주관하는 컨소시엄이 선정됐다. 뤼튼은 2단계에는 참여하지 않기로 했다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> 울산 AI 조선 실증사업'],
  },
  // "이번 공모에는 … A가 B와 꾸린 컨소시엄도 신청했지만 … 탈락했다": both the lead and its partner applied
  {
    cat: 'participates.partnered-consortium-applied',
    text: "「부산 관광 AI 모델 지원사업」 2차 수행기관으로 뤼튼 컨소시엄이 선정됐다. 이번 공모에는 뤼튼 컨소시엄 외에 솔트룩스가 지역 기업 셀렉트스타와 꾸린 컨소시엄도 신청했지만 서면평가에서 탈락했다.",
    expect: ['PARTICIPATES_IN 솔트룩스 -> 부산 관광 AI 모델 지원사업', 'PARTICIPATES_IN 셀렉트스타 -> 부산 관광 AI 모델 지원사업'],
  },
  {
    cat: 'participates.partnered-consortium-applied',
    text: "「부산 관광 AI 모델 지원사업」 2차 수행기관으로 뤼튼 컨소시엄이 선정됐다. 이번 공모에는 마음AI가 셀렉트스타와 함께 결성한 컨소시엄이 응모했다.",
    expect: ['PARTICIPATES_IN 마음AI -> 부산 관광 AI 모델 지원사업', 'PARTICIPATES_IN 셀렉트스타 -> 부산 관광 AI 모델 지원사업'],
  },
  // a consortium that is only weighing the call took no part
  {
    cat: 'participates.partnered-consortium-applied',
    text: "「부산 관광 AI 모델 지원사업」 2차 수행기관으로 뤼튼 컨소시엄이 선정됐다. 이번 공모에는 솔트룩스가 셀렉트스타와 꾸린 컨소시엄도 참여를 검토하고 있다.",
    absent: ['PARTICIPATES_IN 솔트룩스 -> 부산 관광 AI 모델 지원사업', 'PARTICIPATES_IN 셀렉트스타 -> 부산 관광 AI 모델 지원사업'],
  },
  // "A는 B를 참여사로 끌어들여 컨소시엄을 구성하고 역시 신청을 마쳤다": the topic applied to the programme in context, its member too
  {
    cat: 'participates.applied-after-forming',
    text: "행안부는 'AI 민원 선도사업' 2기 공모를 시작했다. 뤼튼은 데이터 기업 셀렉트스타를 참여사로 끌어들여 컨소시엄을 구성하고 역시 신청을 마쳤다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> AI 민원 선도사업', 'PARTICIPATES_IN 셀렉트스타 -> AI 민원 선도사업'],
  },
  // an application for something else than the call ("특허 신청", "상장 신청") is no taking part
  {
    cat: 'participates.applied-after-forming',
    text: "행안부는 'AI 민원 선도사업' 2기 공모를 시작했다. 뤼튼은 데이터 기업 셀렉트스타를 자회사로 편입하고 상장 신청을 마쳤다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> AI 민원 선도사업', 'PARTICIPATES_IN 셀렉트스타 -> AI 민원 선도사업'],
  },
  {
    cat: 'participates.applied-after-forming',
    text: "행안부는 'AI 민원 선도사업' 2기 공모를 시작했다. 뤼튼은 셀렉트스타를 참여사로 끌어들여 컨소시엄을 구성했지만 신청 여부는 아직 검토하고 있다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> AI 민원 선도사업'],
  },
  // "X를 종료하고, 내년부터 이를 대체하는 Y": X is no programme later selections or officials speak of
  {
    cat: 'programmes.ended-for-another',
    text: "과기정통부는 올해까지 운영해 온 'AI 데이터 바우처 지원사업'을 종료하고, 내년부터 이를 대체하는 'AI 학습 인프라 바우처' 사업을 새로 시작한다. 과기정통부는 26일 'AI 학습 인프라 바우처' 1차 지원 대상으로 기업 24곳을 선정했다. 사업을 설계한 홍길순 과기정통부 인공지능기반정책관은 \"기업의 선택권을 넓혔다\"고 말했다. 업계는 대체로 반기는 분위기다. 정부는 다음 달 설명회를 연다. 지역 기업의 관심도 크다. 음성 AI 스타트업 마음AI도 선정됐다.",
    expect: ['PARTICIPATES_IN 마음AI -> AI 학습 인프라 바우처', 'PROMOTES 홍길순 -> AI 학습 인프라 바우처'],
    absent: ['PARTICIPATES_IN 마음AI -> AI 데이터 바우처 지원사업', 'PROMOTES 홍길순 -> AI 데이터 바우처 지원사업'],
  },
  // a programme ended with no other replacing it stays the article's programme
  {
    cat: 'programmes.ended-for-another',
    text: "과기정통부는 'AI 데이터 바우처 지원사업'을 종료하고 3년간의 성과를 공개했다. 홍길순 과기정통부 인공지능기반정책관은 \"참여 기업의 매출이 늘었다\"고 말했다.",
    expect: ['PROMOTES 홍길순 -> AI 데이터 바우처 지원사업'],
  },
  // "1차 선정 기업 명단에서 눈에 띄는 곳은 B다": B was selected for the programme the article is about
  {
    cat: 'participates.presented-from-selected',
    text: "과기정통부는 'AI 학습 인프라 바우처' 1차 지원 대상으로 기업 24곳을 선정했다. 1차 선정 기업 명단에서 눈에 띄는 곳은 마음AI다.",
    expect: ['PARTICIPATES_IN 마음AI -> AI 학습 인프라 바우처'],
  },
  // one left off the list, or one among investors, was not selected
  {
    cat: 'participates.presented-from-selected',
    text: "과기정통부는 'AI 학습 인프라 바우처' 1차 지원 대상으로 기업 24곳을 선정했다. 선정 기업 명단에서 빠진 곳은 마음AI다.",
    absent: ['PARTICIPATES_IN 마음AI -> AI 학습 인프라 바우처'],
  },
  {
    cat: 'participates.presented-from-selected',
    text: "과기정통부는 'AI 학습 인프라 바우처' 1차 지원 대상으로 기업 24곳을 선정했다. 투자 기업 가운데 눈에 띄는 곳은 마음AI다.",
    absent: ['PARTICIPATES_IN 마음AI -> AI 학습 인프라 바우처'],
  },
  // "기존 'X 지원사업'으로 GPU를 지원받았던 B는": B is a company the programme supported, so it took part in it
  {
    cat: 'participates.programme-recipient',
    text: "과기정통부는 'AI 학습 인프라 바우처' 1차 지원 대상을 발표했다. 반면 기존 'AI 데이터 바우처 지원사업'으로 GPU를 지원받았던 한빛로직은 이번 바우처에 선정되고도 바우처를 반납했다.",
    expect: ['PARTICIPATES_IN 한빛로직 -> AI 데이터 바우처 지원사업'],
    nodes: ['Company:한빛로직'],
  },
  // a person or a university the programme supported is no company
  {
    cat: 'participates.programme-recipient',
    text: "과기정통부는 'AI 학습 인프라 바우처' 1차 지원 대상을 발표했다. 기존 'AI 데이터 바우처 지원사업'으로 교육비를 지원받았던 김민수는 올해 창업했다. 같은 사업으로 장비를 지원받았던 한빛대는 연구를 이어간다.",
    noNodes: ['Company:김민수', 'Company:한빛대'],
  },
];

describe('set 150 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
