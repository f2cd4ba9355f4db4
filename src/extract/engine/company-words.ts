/** Words that tell a discovered name is no company: generic stems, common nouns, other kinds of organisation. */

/**
 * A corporate mark before or after a company's name in a cell or a label ("(주)X", "㈜X", "주식회사 X", "X(주)", and the
 * spelled-out form after the name that registers and official notices print, "X 주식회사"): no part of the name.
 */
export const CORPORATE_MARK = String.raw`^(?:\(주\)|㈜|주식회사\s)\s?|\s?(?:\(주\)|㈜)$|\s주식회사$`;

/** An association, a society or a forum: no company, though it builds things and has heads. */
export const ASSOCIATION_NAME = /(?:협회|학회|포럼|연합회|협의체|재단)$/;

/**
 * The words a university, a school or a hospital carries in its name, Korean or English ("…대학교", "… University",
 * "KAIST", "포스텍"): an affiliation or a member named so is no company. A pattern source, for tests anchored or not.
 */
export const SCHOOL_WORD = String.raw`대학교|대학원|대학|학교|병원|University|College|Hospital|KAIST|POSTECH|UNIST|DGIST|GIST|카이스트|유니스트|지스트|디지스트|포스텍`;

/** Members that are no company: hospitals, universities, institutes, associations and forums. */
export const NOT_COMPANY_MEMBER = /(?:병원|의료원|대학교|대학|연구원|연구소|재단|협회|학회|포럼|연합회|협의체|공단|진흥원|[시도군구]청)$/;

/** "건강보험", "고용보험", "실손보험", "책임보험": a kind of insurance or social scheme, no insurer's name. */
export const INSURANCE_KIND = /^(?:건강|국민건강|고용|산재|실손|장기요양|사회|의료|자동차|여행자|상해|치아|암|운전자|화재|생명|연금|변액|종신|정기|책임|배상책임|재물|단체|화물|적하)보험$/;

/** "개인신용정보", "기업신용평가": a kind of credit data or rating, no credit bureau's name. */
export const CREDIT_KIND = /^(?:개인|개인사업자|기업|법인|고객|금융|비금융|민감|가명|본인|타인|소상공인|대출|카드|통신|대안|국가|공공|채권|회사|외부|내부|자체)(?:신용정보|신용평가)$/;

export const GENERIC_COMPANY_STEMS = /^(?:어느|어떤|무슨|몇|모든|이런|그런|이러한|그러한|이|그|두|세|네|시중|인터넷|인터넷전문|특수|외국|지방|국내|해외|대형|중앙|국책|외국계|글로벌|주요|국내외|중소|대기업|계열|민간|일반|관련|각|전체|여러|해당|이들|다른|한국|미국|중국|일본|유럽|국가|공공|정부|산업|국산|토종|투자|상업|저축|지역|신용|체크|기프트|교통|모델|재생|신재생|청정|친환경|원자력|태양광|풍력|수소|무탄소|대체)$/;

/** "스마트물류", "항만물류", "생활물류": a kind of logistics before the suffix names the trade, no company. */
export const LOGISTICS_KIND = /^(?:스마트|첨단|디지털|무인|자율|지능형|항만|항공|해운|해상|생활|도시|택배|화물|수출입|유통|국제|냉장|냉동|콜드체인|풀필먼트|이커머스|전자상거래|제조|농산|농산물|수산|의약품|군수|공급망)$/;
/** Words before 헬스케어 that make a field, not a company ("디지털헬스케어", "모바일헬스케어"). */
export const HEALTHCARE_KIND = /^(?:디지털|스마트|모바일|바이오|원격|의료|정밀|개인|개인맞춤|맞춤|맞춤형|예방|웨어러블|디지털치료|비대면|반려동물|펫|실버|시니어|노인|여성|AI|인공지능|차세대|미래|글로벌|국내|해외|K)$/;

export const GENERIC_STEMS = /^(?:생성형?|제조|물류|농업|국방|법률|보안|헬스케어|로봇|반도체|소버린|피지컬|에이전틱|온디바이스|한국형|국산|범용|버티컬|초거대|독자|자체|특화|산업|공공|의료|금융|교육|책임|신뢰|안전|개방형|멀티모달|엣지|클라우드|데이터|인간|미래|인공지능|대화형|추론형|차세대|글로벌|국내|해외|오픈|설명가능|지능형|윤리적|AI|국가|코딩|코드|음성|영상|번역|검색)$/;

export const NOT_COMPANY = new Set(['과제', '제출', '납품', '제공', '검증', '차순위', '후순위', '선순위', '고객', '고객사', '파트너', '사용자', '개발자', '공급자', '구매자', '판매자', '수요자', '시리즈A', '시리즈B', '시리즈C', '시리즈D', '지원', '육성', '투자', '기업', '생태계', '업계', '대표', '창업자', '관계자', '협력', '성장', '중심', '위주', '전용', '인수', '설립', '창립', '출범', '대상', '분야', '발굴', '유치', '확대', '가운데', '들이', '들은', '들의', '들과', '입장', '캠퍼스', '현장', '센터', '허브', '행사', '캠프', '발표회', '설명회', '간담회', '시상식', '박람회', '데모데이', '단계', '시절', '시장', '관점', '측면', '쪽', '수요', '가치', '비용', '부담', '관심', '경쟁', '경쟁력', '환경', '전략', '도입', '활용', '규모', '문화', '고민',
  // what a company has, not a company ("국내 기업 코드와 문서를", "기업 데이터와")
  '코드', '데이터', '문서', '정보', '자료', '서비스', '솔루션', '플랫폼', '시스템', '인프라', '업무', '보안', '내부', '맞춤', '브랜드', '실적', '매출', '주가',
  // the outcome a sentence opens on before its list of names ("평가 결과, A, B, C가 …"), not a company
  '결과', '그결과', '집계', '순위', '성적',
  // what a company publishes ('기업 보도자료의 단골 문구', '기업 홈페이지에')
  '보도자료', '홍보', '홍보물', '광고', '공시', '발표문', '문구', '슬로건', '홈페이지', '웹사이트', '블로그', '뉴스룸', '보고서', '기술보고서', '사업보고서', '연구보고서', '모델카드', '백서', '소개서', '설명서',
  // what a company does for its customers, not a company ("통신사 상담은", "카드사 문의가", "보험사 민원이", "통신사 요금제와")
  '상담', '문의', '민원', '고객센터', '콜센터', '요금제', '약정', '가입', '가입자', '해지', '개통', '통화', '보상', '청구',
  // a place a company takes at a fair, not a company ("중국 기업 부스는", "참가 업체 전시관에서")
  '부스', '전시관', '전시장', '부스들', '체험관', '홍보관', '전시', '전시회', '설명회',
  // a body companies form, not a company ("AI 스타트업 협의회는", "기업 협회가")
  '협의회', '협회', '연합회', '협의체', '연합', '모임',
  // a room or a list a company has, not a company ('한 법무법인 회의실', '참여 기업 명단과'), or the companies' make-up ('참여 기업 구성이', '참여사 면면은')
  '회의실', '사무실', '사무소', '명단', '목록', '구성', '면면', '역할',
  // where among companies, not a company ("중소형 AI 기업 사이에서는", "기업 틈에서", "업체 간에는")
  '사이', '틈', '간', '중', '사이에', '틈바구니', '다수', '일부', '상당수', '대부분', '절반',
  // what companies do, not a company ("대기업 참여는 미지수", "중소기업 합류가 늘며"), or people from them ("대기업 출신이 창업하는")
  '참여', '참가', '동참', '합류', '진출', '입주', '출신',
  // what group a company belongs to, not a company ("대기업 계열은 관망 중이다")
  '계열',
  // a process companies go through, not a company ("정예 기업 선정에서 탈락했지만", "참여 업체 평가가", "스타트업 모집에", "공급기업 등록이 마감됐다")
  '선정', '선발', '평가', '심사', '모집', '공모', '지정', '탈락', '신청', '접수', '등록', '마감', '심의', '검증', '인증', '채택', '발표', '매칭', '공개',
  // what a company has or is asked, or a part of a thing, not a company ("업체 이름은", "중견기업 임원 등", "참여 기업 설문에서", "개발사 부분은")
  // and a post at one ("한 부품업체 공장장은", "기업 담당자는")
  '이름', '명칭', '상호', '임원', '임직원', '직원', '설문', '설문조사', '응답', '이력', '경력', '부분', '공장장', '사장', '대표이사', '팀장', '부장', '담당자',
  // people by their role in research or study, not a company ("기업 연구자와 대학원생이 한 팀을 이뤄")
  '연구자', '연구자들', '대학원생', '대학생', '학부생', '학생', '교수', '교수진', '연구원들', '석사과정', '박사과정', '인턴',
  // a school paper's words for its students and graduates ("NAME(학과·22) 학우가 대표를 맡고")
  '학우', '학우가', '학우는', '동문', '동문이', '동문은']);

/** A company's own noun for itself in its notices, cards and answers ("당사", a bank's "당행"): the readers of a page that speaks as its company share it. */
export const SELF_NOUN = '당사|당행';
/** What follows that noun: a particle or a space ("당사는", "당행의 ", "당사와"). */
export const AFTER_SELF_NOUN = String.raw`(?=의\s|\s|은|는|가|도|와|과)`;
/** The particles and the plural ending no name ends in ("스타트업 사이에서", "기업들"): the core the finders' no-name-end tests share. */
export const PARTICLE_END = '에서|에게|으로|에|의|와|과|은|는|을|를|들|도';
/** "개발 리드 홍길동입니다", "마케팅 팀장 …", "NAME 사전학습 리드": a field or department before a title is no organisation. */
export const FIELD_WORD = /^(?:개발|연구|기획|마케팅|영업|디자인|인사|재무|회계|전략|사업|제품|서비스|플랫폼|보안|인프라|운영|품질|데이터|엔지니어링|기술|홍보|경영|법무|고객|솔루션|프로덕트|리서치|콘텐츠|편집|취재|사회|진행|현장|본사|지사|총괄|담당|팀|파트|사전학습|사후학습|학습|추론|평가|정렬|파인튜닝|미세조정|모델링|최적화|검색|음성|비전|언어|[A-Za-z]{1,3})$/;

/** Words that stand where a company would as a subject, owner or builder but name none ("회사가", "연구팀이", "리서치팀이", "정부의"): the alternation both discoverers of companies by their deeds build on. */
export const NOT_NAMING_SUBJECTS = '회사|당사|당행|자사|동사|본사|저희|우리|이들|양사|연구진|연구팀|연구실|연구단|개발진|개발팀|팀|(?:리서치|엔지니어링|기술|모델|플랫폼|데이터|평가|학습|[A-Z]{1,3})\\s?팀|기업|업체|스타트업|정부|국내|해외|이번|해당|모델|제품|서비스|기술|플랫폼|시스템|그룹|본부|센터|연구소|연구원|대학|학교|교수|박사|기자|대표|관계자';

/** "a Homegrown AI Model Family", "Korea's Sovereign AI Push", "Chief AI Officer", "X AI 브리프 12월호" (a
 * publication's title): after "X AI", a noun that "AI" modifies; "X AI" is then no company. */
export const AI_MODIFIES_AFTER = /^\s(?:Models?|Chips?|Agents?|Strateg(?:y|ies)|Programs?|Platforms?|Assistants?|Services?|Era|Race|Push|Ambitions?|Policy|Policies|Stack|Officers?|Brief|Briefing|Newsletter|Digest|Report|Magazine|Review|Outlook|Insights?|Index)\b|^\s(?:브리프|리포트|뉴스레터|매거진|위클리|백서|동향)(?![가-힣])/;

/** Every Hangul syllable closed by ㅆ: a past stem ("했", "랐", "렸", "났"), no syllable a company's name ends a clause on. */
const PAST_STEMS = Array.from({ length: 19 * 21 }, (_, k) => String.fromCharCode(0xac00 + 28 * k + 20)).join('');

/** Connective endings of a predicate ("…겠지만", "…인데", "…이며"): a clause ends there, no name does (discover-companies.ts, after a company word). */
export const CONNECTIVE_END = /[가-힣](?:지만|는데|인데|이며|으며|면서|니까|므로|더라도|거나)$/;

/**
 * "공모를 실시했으며, A가", "점수를 받았고, A가", "모델을 내놨고, A는", "단계에 올랐고, A가", "실증도 진행 중인데, A는": a clause's
 * connective ending before the comma is a verb, no company.
 */
export const CONNECTIVE_ENDING = new RegExp(`(?:[${PAST_STEMS}](?:으며|고|는데)|하며|하고|하는데|인데|이며|으며|지만|면서)$`);

/** A unit noun after a suffixed name: the name is a company's division ("X AI 조직에서", "X 사업부는"). */
/** After a suffixed name, a publication's word: "모닝AI 위클리", "X데이터 뉴스레터" names a newsletter or a magazine, no company. */
/** After a name inside an attachment's file name ("입찰공고문_XAI.hwp", "제안요청서_XAI_최종.pdf"): the rest of the file name and its extension. */
export const FILE_NAME_AFTER = /^(?:[_\-][^\s/]{0,30})?\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip|txt)(?![A-Za-z])/i;
export const PUBLICATION_AFTER = /^\s?(?:위클리|데일리|뉴스레터|레터|매거진|다이제스트)(?:은|는|이|가|의|을|를|도|에|에서|로)?(?![가-힣])/;
export const UNIT_AFTER = /^\s?(?:조직|부서|사업부|사업본부|부문)(?:에서|은|는|이|가|의|을|를|에|과|와|도|으로|로)?(?:\s|$|[,.])/;
/** Labs named after a field or a method, no company ("멀티모달랩", "이노베이션랩", "리빙랩"; a newsroom's desk: "팩트체크랩", "탐사랩"; a unit named for the models it builds or the checks it makes: "언어모델랩", "안전랩"). */
export const COMMON_LAB = /^(?:[가-힣]{0,8}모델|안전|보안|신뢰|윤리|평가|멀티모달|휴머노이드|이노베이션|미디어|디자인|데이터|리빙|오픈|스마트|퓨처|메이커|테크|핀테크|연구|혁신|창업|인공지능|로봇|로보틱스|비전|언어|음성|추론|생성|기초|응용|벤치|뉴스|팩트체크|검증|취재|탐사)랩$/;
/**
 * A hospital's, a school's or a research institute's English name after a company's ("Samsung Medical Center", "Hyundai
 * Asan Hospital", "Samsung Advanced Institute of Technology"): the company's name opens another institution's, no mention of it.
 */
export const INSTITUTION_AFTER = /^\s(?:[A-Z][a-z]+\s){0,2}(?:Medical\sCenter|Hospital|Medical\sSchool|University|College|Institute\sof|School\sof|Foundation)(?![A-Za-z])/;

/** A figure's noun: "발표치", "추정치", "전망치", "목표치" (a value announced, estimated, forecast or aimed at), after a company word no name. */
export const FIGURE_NOUN = /^(?:발표|공개|공시|추정|전망|예상|목표|측정|평균|기대|제시|보고|실측|잠정|확정|최고|최저|공식|자체)치$/;
/** A rumour's noun: "인수설", "매각설", "결별설" (the rumour of a deal or a change), after a company word no name ("AI 기업 인수설은 사실무근"). */
export const RUMOUR_NOUN = /^(?:인수|피인수|합병|인수합병|매각|철수|상장|투자|제휴|결별|부도|파산|사임|퇴진|경질|교체|영입|이적|합작|분할|통합|폐업|감원|감산|증자|유상증자)설$/;
