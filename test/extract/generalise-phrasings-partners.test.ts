/**
 * Generalisation rows of generalise-phrasings: partnerships and what is not one.
 * The others are in the other generalise-phrasings-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X isn't doing it alone. The consortium includes A and B": the consortium of the company the sentence before is about
  {
    cat: 'partners.en-the-consortium',
    text: "Tidewell Labs released Kestrel-4 in May. Tidewell Labs isn't building the next one alone. The consortium includes Krafton and FuriosaAI for the chip work.",
    expect: ['PARTNERS_WITH Tidewell Labs -> Krafton', 'PARTNERS_WITH Tidewell Labs -> FuriosaAI'],
  },
  // a relative clause asked about through its head noun's copula ("…와 제휴한 곳인가요?") states nothing; stated, it does
  { cat: 'clause.partners.with', text: 'Q. 한빛소프트는 노을랩스와 협력하는 회사인가요?', absent: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'clause.partners.with', text: '한빛소프트는 노을랩스와 협력하는 회사다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  // a headline pairing two companies with a mark ("A·B 맞손", "A-B, … 동맹 결성"); not a rumour denied, not a contest
  // a stake with the agreement said to be missing: "양사 간 … 계약은 확인되지 않는다" takes back the partnership
  { cat: 'partners.unmade-agreement', text: 'KT는 지난해 솔트룩스 지분 10%를 사들였으나, 양사 간 음성 모델 공동 개발 계약은 아직 확인되지 않는다.', absent: ['PARTNERS_WITH KT -> 솔트룩스'] },
  { cat: 'partners.unmade-agreement', text: 'KT는 지난해 솔트룩스 지분 10%를 사들였고, 양사는 음성 모델을 공동 개발하고 있다.', expect: ['PARTNERS_WITH KT -> 솔트룩스'] },
  // a partner named by its team ("X 팀과 함께 진행했다"), in a sentence with no subject of its own
  { cat: 'partners.partner-team', text: "업스테이지는 새 번역 모델 '솔라 트랜스 2'를 공개했다. 데이터 정제는 한빛데이터 팀과 함께 진행했다.", expect: ['PARTNERS_WITH 업스테이지 -> 한빛데이터'] },
  { cat: 'partners.partner-team', text: '안녕하세요, 가온소프트 연구팀입니다. 오늘 가온-2를 공개합니다. 평가 세트는 한빛데이터 팀과 공동으로 만들었습니다.', expect: ['PARTNERS_WITH 가온소프트 -> 한빛데이터'] },
  { cat: 'partners.partner-team', text: "업스테이지는 새 번역 모델 '솔라 트랜스 2'를 공개했다. 데이터 정제는 한빛데이터 팀과 함께 하지 않았다.", absent: ['PARTNERS_WITH 업스테이지 -> 한빛데이터'] },
  { cat: 'partners.headline-pair', text: '가온텔레콤·누리브릿지 맞손…의료 AI 공동 개발\n\n의료 AI 스타트업 누리브릿지는 2021년 설립됐다.', expect: ['PARTNERS_WITH 누리브릿지 -> 가온텔레콤'] },
  { cat: 'partners.headline-pair', text: '가온텔레콤-누리브릿지, 의료 AI 동맹 결성\n\n의료 AI 스타트업 누리브릿지는 2021년 설립됐다.', expect: ['PARTNERS_WITH 누리브릿지 -> 가온텔레콤'] },
  { cat: 'partners.headline-pair', text: '가온텔레콤·누리브릿지 협력설 부인\n\n의료 AI 스타트업 누리브릿지는 2021년 설립됐다.', absent: ['PARTNERS_WITH 누리브릿지 -> 가온텔레콤'] },
  { cat: 'partners.headline-pair', text: '네이버·카카오, AI 경쟁 격화\n\n두 회사는 이날 새 모델을 냈다.', absent: ['PARTNERS_WITH 카카오 -> 네이버'] },
  // English partnerships: an agreement qualified by more words ("signed a strategic collaboration agreement with"), co-developing
  // something with a company; a supply deal or a denial is none
  { cat: 'partners.en', text: 'Title\n\nTidewell Labs signed a joint research agreement with Haneul AI in May to build shipping models.', expect: ['PARTNERS_WITH Tidewell Labs -> Haneul AI'] },
  { cat: 'partners.en', text: 'Title\n\nTidewell Labs signed a supply agreement with Haneul AI in May.', absent: ['PARTNERS_WITH Tidewell Labs -> Haneul AI'] },
  { cat: 'partners.en', text: 'Title\n\nTidewell Labs is co-developing a port-logistics assistant with Haneul AI, the Busan startup.', expect: ['PARTNERS_WITH Tidewell Labs -> Haneul AI'] },
  { cat: 'partners.en', text: 'Title\n\nTidewell Labs is not co-developing anything with Haneul AI.', absent: ['PARTNERS_WITH Tidewell Labs -> Haneul AI'] },
  // a joint development only discussed, the talks then broken off ("…공동 개발을 논의해 왔으나 … 협상이 결렬됐다"), is no partnership
  { cat: 'partners.with-verb', text: "제목\n\nAI 스타트업 해솔랩이 새 모델을 내놨다. 해솔랩은 지난해부터 네이버와 번역 모델 공동 개발을 논의해 왔으나, 데이터 사용 범위를 두고 이견을 좁히지 못해 협상이 무산됐다.", absent: ['PARTNERS_WITH 해솔랩 -> 네이버'] },
  { cat: 'partners.with-verb', text: "제목\n\nAI 스타트업 해솔랩이 새 모델을 내놨다. 해솔랩은 지난해부터 네이버와 번역 모델을 공동 개발하고 있다.", expect: ['PARTNERS_WITH 해솔랩 -> 네이버'] },
  // a tie-up weighed, not made ("손잡을지 고민 중이다", "제휴할지 저울질하고 있다")
  { cat: 'partners.with-verb', text: '한빛소프트는 노을랩스와 손잡을지 고민 중이다.', absent: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  // a long purpose clause ('…을 위한') between the partner and the partnership noun
  // a contract to use, buy, rent or subscribe to a service is a purchase, no partnership; a development contract is one
  { cat: 'partners.with-verb', text: '한빛소프트는 지난달 노을클라우드와 2년간 서버 임대 계약을 맺었다.', absent: ['PARTNERS_WITH 노을클라우드 -> 한빛소프트'] },
  { cat: 'partners.with-verb', text: '한빛소프트는 지난달 노을랩스와 번역 모델 공동 개발 계약을 맺었다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.with-verb', text: '한빛소프트는 올해 초 독일 노을랩스와 의료 영상 데이터 공동 수집과 유럽 병원 시장 공동 개척을 위한 파트너십을 맺었다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.with-verb', text: '가온텔레콤은 노을랩스와 중소 제조기업들의 공정 데이터 표준화 작업을 위한 업무협약(MOU)을 체결했다.', expect: ['PARTNERS_WITH 가온텔레콤 -> 노을랩스'] },
  { cat: 'partners.with-verb', text: '한빛소프트는 노을랩스와 경쟁사들의 추격을 따돌리기 위한 협력 방안을 검토하고 있지만 결정된 것은 없다고 밝혔다.', absent: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.with-verb', text: '한빛소프트는 노을랩스와 제휴할지 저울질하고 있다.', absent: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.with-verb', text: '한빛소프트는 노을랩스와 손잡고 의료 모델을 만든다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.taken-as-partner', text: '한빛소프트와 노을랩스는 AI 기업이다. 한빛소프트는 노을랩스를 기술 파트너로 낙점했다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  // a partner by joining as one ("X가 Y의 기술 파트너로 합류했다"), not one still considering it
  { cat: 'partners.joined-as-partner', text: '한빛소프트와 노을랩스는 AI 기업이다. 노을랩스가 한빛소프트의 기술 파트너로 합류했다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.joined-as-partner', text: '한빛소프트와 노을랩스는 AI 기업이다. 노을랩스는 한빛소프트의 공식 협력사로 선정됐다.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.joined-as-partner', text: '한빛소프트와 노을랩스는 AI 기업이다. 노을랩스가 한빛소프트의 파트너로 합류할지는 미정이다.', absent: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  // companies that took part in building a model ("Y 개발에는 A와 B가 참여했다", "이번 모델 개발에는 ▲A ▲B 등 2개사가 참여했다") partner its developer
  { cat: 'partners.development-participants', text: "노을랩스는 새 모델 '노을-F'를 공개했다. 노을-F 개발에는 가온은행과 다솜증권이 참여했다.", expect: ['PARTNERS_WITH 가온은행 -> 노을랩스', 'PARTNERS_WITH 다솜증권 -> 노을랩스'] },
  { cat: 'partners.development-participants', text: "노을랩스는 새 모델 '노을-F'를 공개했다. 이번 모델 개발에는 ▲가온은행 ▲다솜증권 등 2개사가 힘을 보탰다.", expect: ['PARTNERS_WITH 가온은행 -> 노을랩스', 'PARTNERS_WITH 다솜증권 -> 노을랩스'] },
  { cat: 'partners.development-participants', text: "노을랩스는 새 모델 '노을-F'를 공개했다. 후속 모델 개발에는 가온은행과 다솜증권이 참여할 예정이다.", absent: ['PARTNERS_WITH 가온은행 -> 노을랩스'] },
  { cat: 'partners.development-participants', text: "노을랩스는 새 모델 '노을-F'를 공개했다. 노을-F 개발에는 가온은행과 다솜증권의 데이터가 쓰였다.", absent: ['PARTNERS_WITH 가온은행 -> 노을랩스'] },
  // a partnership signed with no subject ("지난달 Y와 공동 연구 협약을 체결했다"): the company the sentences are about; not in a reply ("네, …")
  { cat: 'partners.omitted-subject-signed', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 지난달 가온데이터와 의료 영상 공동 연구 파트너십을 체결했다.", expect: ['PARTNERS_WITH 가온데이터 -> 노을랩스'] },
  { cat: 'partners.omitted-subject-signed', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 올봄 가온데이터와 물류 분야 파트너십을 맺을지 검토 중이다.", absent: ['PARTNERS_WITH 가온데이터 -> 노을랩스'] },
  { cat: 'partners.omitted-subject-signed', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 협력사가 있나요? 네, 작년에 가온데이터와 공동 사업 파트너십을 체결했어요.", absent: ['PARTNERS_WITH 가온데이터 -> 노을랩스'] },
  // a discovered Latin company named with AI after it, later by its first word alone ("Brightfield AI" … "Brightfield signed")
  { cat: 'partners.en', text: 'Brightfield AI, a 30-person startup in Busan, released Tidal-13B last month. Brightfield signed a partnership with Samsung SDS in May to build agents.', expect: ['PARTNERS_WITH Brightfield AI -> Samsung SDS'] },
  { cat: 'partners.en-subject-and-signed', text: 'Brightfield AI opened a Tokyo office in April, and last week signed an agreement with Naver Cloud to build a loan assistant.', expect: ['PARTNERS_WITH Brightfield AI -> Naver Cloud'] },
  // a colloquial comitative "랑" names the partner as 와/과 does
  { cat: 'partners.omitted-subject-signed', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 지난달 솔트룩스랑 의료 영상 협력 MOU를 맺었다.", expect: ['PARTNERS_WITH 노을랩스 -> 솔트룩스'] },
  { cat: 'partners.omitted-subject', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 올해는 솔트룩스랑 함께 손잡고 물류 시장을 노린다.", expect: ['PARTNERS_WITH 노을랩스 -> 솔트룩스'] },
  { cat: 'partners.omitted-subject', text: "노을랩스가 새 모델 '노을-F'를 공개했다. 노을-F는 추론에 강하다. 솔트룩스랑 협력할지는 아직 검토 중이다.", absent: ['PARTNERS_WITH 노을랩스 -> 솔트룩스'] },
  { cat: 'partners.omitted-subject-signed', text: '한빛소프트는 올해 매출이 늘었다. 대전시는 지난달 네이버클라우드와 AI 행정 업무협약을 맺었다.', absent: ['PARTNERS_WITH 한빛소프트 -> 네이버클라우드'] },
  // a consortium formed with a list of described partners, the subject omitted ('물류 기업 A, 로봇 기업 B 등과 컨소시엄을 꾸려')
  { cat: 'partners.omitted-subject-consortium', text: "가온소프트는 새 모델을 공개했다. 물류 기업 다솜데이터, AI 반도체 기업 한빛칩스 등과 컨소시엄을 꾸려 실증을 함께 진행한다.", expect: ['PARTNERS_WITH 가온소프트 -> 다솜데이터', 'PARTNERS_WITH 가온소프트 -> 한빛칩스'] },
  // a division of labour ("A가 X 관리를, B가 Y를 맡는다"): the object before the comma is what one party does, no second party
  { cat: 'partners.division-of-labour', text: "누리랩스가 데이터 수집과 품질 관리를, 가온소프트가 모델 학습을 맡는 구조이며, 양사는 상담 모델을 공동 개발하고 있다.", noNodes: ['Company:관리를'] },
  // "두 회사는 … 공동 구축해 왔다": building something jointly (공동 구축/설계) is a partnership, as 공동 개발 is
  { cat: 'partners.jointly-built', text: "솔트룩스는 새 검색 엔진을 공개했다. 검증 환경 마련에는 데이터 기업 크라우드웍스가 참여했다. 두 회사는 2년 전부터 시험용 데이터센터를 공동 구축해 운영하고 있다.", expect: ['PARTNERS_WITH 솔트룩스 -> 크라우드웍스'] },
  // English partnering: a place of several words before '-based', a partnership deepened, "X, which …, said it had signed … with Y"
  { cat: 'partners.en-multiword-based', text: "Haneul AI signed an agreement with New York-based Tidewell Labs to build coding agents.", expect: ['PARTNERS_WITH Haneul AI -> Tidewell Labs'] },
  { cat: 'partners.en-deepened-partnership', text: "Haneul AI strengthened its partnership with Tidewell Labs this year, adding a shared data pipeline.", expect: ['PARTNERS_WITH Haneul AI -> Tidewell Labs'] },
  { cat: 'partners.en-which-said-signed', text: "Haneul AI, which trains small models for banks, said it had signed a memorandum of understanding with Riyadh-based Orbis Labs to build an Arabic model.", expect: ['PARTNERS_WITH Haneul AI -> Orbis Labs'] },
  { cat: 'partners.en-which-said-signed', text: "Haneul AI, which trains small models for banks, said it had not signed a memorandum of understanding with Orbis Labs.", absent: ['PARTNERS_WITH Haneul AI -> Orbis Labs'] },
  // "KT, the …, did not …. Instead it has deepened a … partnership with Y": the pronoun subject is the company before; the deal's size is no gap
  { cat: 'partners.en-deepened-partnership', text: "Krafton, the country's biggest game publisher, did not apply. Instead it has expanded a 1.2-trillion-won ($850 million) partnership with Nvidia on game agents.", expect: ['PARTNERS_WITH Krafton -> Nvidia'] },
  { cat: 'partners.en-deepened-partnership', text: "Krafton has not renewed its partnership with Nvidia.", absent: ['PARTNERS_WITH Krafton -> Nvidia'] },
  // "탈락한 A와 B 컨소시엄은": two eliminated teams, no joint consortium (one still standing is)
  { cat: 'partners.joint-consortium-eliminated', text: "2차 평가 결과가 나왔다. 반면 1차 평가에서 고배를 마신 카카오와 KT 컨소시엄은 이번 평가 대상에 포함되지 않았다.", absent: ['PARTNERS_WITH KT -> 카카오'] },
  { cat: 'partners.joint-consortium-eliminated', text: "카카오와 KT 컨소시엄은 이번 평가에서 선정됐다.", expect: ['PARTNERS_WITH KT -> 카카오'] },
  // a company's head quoted on "Y와는 … 협력 관계": the speaker's company partners with Y (not where the quote denies it)
  { cat: 'partners.speaker-quoted-with', text: "한도윤 가온데이터 대표는 \"처음부터 만들 여력은 없다\"며 \"KT와는 해운 데이터 구축을 함께하는 협력 관계\"라고 말했다.", expect: ['PARTNERS_WITH KT -> 가온데이터'] },
  { cat: 'partners.speaker-quoted-with', text: "한도윤 가온데이터 대표는 \"KT와는 협력 관계가 아니다\"라고 말했다.", absent: ['PARTNERS_WITH KT -> 가온데이터'] },
  // a company's team as the partner of a subjectless sentence in a company's own post ("X 인프라팀과는 … 공동 개발했다", "Y 검증팀과 함께 … 같이 만들었다")
  { cat: 'partners.omitted-subject-team', text: "안녕하세요, 가온랩 ML 팀입니다. 올해 법률 모델을 냈습니다. KT클라우드 인프라팀과는 학습 스케줄러를 공동 개발했습니다.", expect: ['PARTNERS_WITH KT클라우드 -> 가온랩'] },
  { cat: 'partners.omitted-subject-team', text: "안녕하세요, 가온랩 ML 팀입니다. 올해 법률 모델을 냈습니다. 업스테이지 검증팀과 함께 평가 도구를 같이 만들었습니다.", expect: ['PARTNERS_WITH 가온랩 -> 업스테이지'] },
  // speculation about a tie-up ("Y와 협력에 나설지 주목") with the company saying nothing was discussed: no partnership
  { cat: 'partners.speculated-tie-up', text: "투자 이후 업계는 가온데이터가 카카오와 사업 협력에 나설지 주목하고 있지만, 회사 측은 \"논의된 것은 없다\"고 했다.", absent: ['PARTNERS_WITH 가온데이터 -> 카카오'] },
  // "X 컨소시엄에는 A와 B가 참여해 … 공동 개발": the members partner the lead, not each other
  { cat: 'partners.consortium-members', text: "평가 결과가 나왔다. KT 컨소시엄에는 카카오와 크래프톤이 참여해 모델을 공동 개발하고 있다.", expect: ['PARTNERS_WITH KT -> 카카오', 'PARTNERS_WITH KT -> 크래프톤'], absent: ['PARTNERS_WITH 카카오 -> 크래프톤'] },
  // a licence to use a model is no partnership; a joint contract is
  { cat: 'partners.licence-contract', text: "가람랩스는 메타와 라마 3.1 상업 이용 라이선스 계약을 맺었다.", absent: ['PARTNERS_WITH 가람랩스 -> 메타'] },
  { cat: 'partners.licence-contract', text: "가람랩스는 메타와 데이터 공동 구축 계약을 맺었다.", expect: ['PARTNERS_WITH 가람랩스 -> 메타'] },
  // an English subject with a legal suffix and an appositive ("X Co., the … arm of Y Group, has signed … with Z"): X partners, the group in the appositive does not (h99_05)
  { cat: 'partners.en-appositive-subject', text: "LG CNS Co., the IT services unit of LG Group, has signed a partnership agreement with Cohere to build an enterprise model.", expect: ['PARTNERS_WITH Cohere -> LG CNS'], absent: ['PARTNERS_WITH Cohere -> LG Group'] },
  { cat: 'partners.en-appositive-subject', text: "KT Corp. has been working with Microsoft on cloud models for two years.", expect: ['PARTNERS_WITH KT -> Microsoft'] },
  // "Y와 협력 관계가 있는 것은 아니고": a partnership made a noun and denied is none (h99_03)
  { cat: 'partners.denied-as-noun', text: "가온랩스 측은 \"메타와 별도의 제휴 관계가 있는 것은 아니고 공개된 모델을 쓴 것\"이라고 말했다.", absent: ['PARTNERS_WITH 가온랩스 -> 메타'] },
  // a denial in a parenthesised aside ("(영업하려는 건 아니니 …)") is about the aside, not the fact before it (h78_06 kept)
  { cat: 'partners.denied-as-noun', text: "참고로 저희 가온랩스도 올해 AI 바우처 공급기업으로 등록돼 있습니다(광고하려는 건 아니니 양해 바랍니다).", expect: ['PARTICIPATES_IN 가온랩스 -> AI 바우처'] },
  // a release "announced" its partnership with a company (h100_04's wording differs): a partnership, as "signed" one is
  { cat: 'partners.en-announced-partnership', text: "Tidewell Labs released Kestrel-4 in May. Tidewell Labs also announced a broader technology partnership with Vela Robotics on Tuesday.", expect: ['PARTNERS_WITH Tidewell Labs -> Vela Robotics'] },
  { cat: 'partners.en-announced-partnership', text: "Tidewell Labs released Kestrel-4 in May. Tidewell Labs has not announced a partnership with Vela Robotics.", absent: ['PARTNERS_WITH Tidewell Labs -> Vela Robotics'] },
  // a headline's collaboration mark between two companies ("A × B …"); a denied rumour of one gives nothing
  { cat: 'partners.cross-mark', text: "가온텔레콤 × 한빛전자 '가온 온디바이스' 공동 개발 착수", expect: ['PARTNERS_WITH 가온텔레콤 -> 한빛전자'] },
  { cat: 'partners.cross-mark', text: "가온텔레콤 × 한빛전자 '가온 온디바이스' 협의說 → 양사 모두 \"사실무근\"", absent: ['PARTNERS_WITH 가온텔레콤 -> 한빛전자'] },
  // a joint thing said loosely ("X는 Y랑 같이 뭐 한다던데요", a speaker's "Y랑 같이 해요"), then the agreement it is in the next sentence:
  // X (else the company speaking) partners Y; weighed ("같이 할지 고민"), or no agreement after, it is none
  { cat: 'partners.loose-joint-agreement', text: '제목\n\n한빛소프트는 노을랩스랑 같이 뭐 한다던데요. 의료 모델을 공동 개발하는 협약을 맺었다고 지난주에 발표했어요.', expect: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.loose-joint-agreement', text: '제목\n\n한빛소프트는 노을랩스랑 같이 할지 고민 중이래요. 의료 모델을 공동 개발하는 협약을 맺었다고 지난주에 발표했어요.', absent: ['PARTNERS_WITH 노을랩스 -> 한빛소프트'] },
  { cat: 'partners.loose-joint-agreement', text: '가온팟 | EP.3 "공공 AI 이야기" — 윤하람 누리랩스 CTO\n공개일: 2026년 5월 3일 (일) · 재생시간 40:12\n\n[00:00:21] 게스트(윤하람, 누리랩스 CTO): 네, 안녕하세요. 누리랩스에서 CTO를 맡고 있는 윤하람입니다.\n\n[00:01:02] 진행자: 공공 쪽은 어떻게 하세요?\n\n[00:01:05] 게스트(윤하람, 누리랩스 CTO): 공공 쪽은 LG CNS랑 같이 해요. 민원 상담 에이전트를 공동 개발하기로 지난주에 협약을 맺었습니다.', expect: ['PARTNERS_WITH LG CNS -> 누리랩스'] },
  { cat: 'partners.loose-joint-agreement', text: '가온팟 | EP.3 "공공 AI 이야기" — 윤하람 누리랩스 CTO\n공개일: 2026년 5월 3일 (일) · 재생시간 40:12\n\n[00:00:21] 게스트(윤하람, 누리랩스 CTO): 네, 안녕하세요. 누리랩스에서 CTO를 맡고 있는 윤하람입니다.\n\n[00:01:02] 진행자: 공공 쪽은 어떻게 하세요?\n\n[00:01:05] 게스트(윤하람, 누리랩스 CTO): 공공 쪽은 LG CNS랑 같이 해요. 민원 상담 에이전트는 따로 개발하고 있어요.', absent: ['PARTNERS_WITH LG CNS -> 누리랩스'] },
  // "라이선스 협의도 B 쪽과 …. 두 회사가 … 양해각서를 맺었다": the other side of the dealing the sentence before names, and the company the story is about
  {
    cat: 'partners.pair-after-dealing',
    text: "노을랩스(Nouel Labs)가 상담 모델 '노을-C2'를 내놨다. 서울 본사에서 윤하람 CTO를 만났다.\n― 왜 '다온 4'를 택했나.\n\"한국어 기본기가 좋았습니다. 라이선스 협의도 다온소프트 쪽과 원만하게 됐고요. 그 과정에서 두 회사가 평가 도구를 같이 만들자는 양해각서(MOU)까지 맺었습니다.\"",
    expect: ['PARTNERS_WITH 노을랩스 -> 다온소프트'],
  },
  {
    cat: 'partners.pair-after-dealing',
    text: "가람AI는 번역 모델 '가람-T'를 공개했다. 데이터 공급 계약은 한빛데이터와 맺었다. 이어 두 회사는 공동 연구 협약도 체결했다.",
    expect: ['PARTNERS_WITH 가람AI -> 한빛데이터'],
  },
  // (a dealing the company was kept out of is none)
  {
    cat: 'partners.pair-after-dealing',
    text: "가람AI는 번역 모델 '가람-T'를 공개했다. 라이선스 협의는 한빛데이터와 진행했지만 한빛데이터는 개발에는 관여하지 않았다. 두 회사는 협약을 맺지 않았다.",
    absent: ['PARTNERS_WITH 가람AI -> 한빛데이터'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
