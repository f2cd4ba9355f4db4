/**
 * References to companies: the subject a sentence omits (a partner clause, a release, a selection), "이 회사",
 * "동사", "저희", the employer of a person who takes a role, and a consortium's lead named before ("양사" for a
 * partnership: pair-references.ts; the consortium of the company just named: left-consortium.ts).
 */
import { clauseWithoutPairAfter, DEFINING_PHRASE } from './clause-of.js';
import { bareChiefSpeaks, englishHeadlineCompany, englishOpeningCompany } from './bare-chief.js';
import { opensOnBoardSeat } from './board-seats.js';
import { firstOfCoordinated, isOpeningCompanyWord } from './coordinated-subject.js';
import { addConsortiumReference, isLeftOut, isRosterMember, namedConsortiumLead } from './left-consortium.js';
import { addHiringSubject } from './hired-object.js';
import { afterDefinedShort } from './defined-short.js';
import { builtTogetherInClause } from './clause-partners.js';
import { namesUnnamedPost } from './unnamed-posts.js';
import { joinsProgrammeInItem } from './item-programme.js';
import { referenceAt, referenceTo } from './references.js';
import { LED_WORK, titleRes } from './title-patterns.js';
import type { Mention, RuleSet } from './types.js';
import { FULL_NAME } from './engine/full-name.js';
import { BUILDING_AFTER, CAME_TO_ROLE, CHIEF_TITLE_AFTER, CONTACT_LINE, EARLIER_BEFORE, HIRED_OBJECT, JOINED_WITH_POST, JOINS_IN_ROLE, MOVED_TO_BOARD, POST_JOINED_BY, POST_TOPIC_NAMED, rosterItem, SIGNED_LINE, UNIT_HEAD_TAKEN, UNSETTLED } from './employer-cues.js';

/** A list item's mark ("• ", "- ", "▲"). */
const ITEM_MARK = /^\s?[•·▲△■□○◆◇▶►*-]\s?/;
/** A sentence that opens on its partner ("한글과컴퓨터(한컴)와도 손잡고 …") and has no subject of its own. */
const PARTNER_OPENING = /^(?:와|과|이랑|랑)(?:도|는|은)?\s/;
const SUBJECT_AFTER = /^(?:은|는|이|가)\s/;
/** "가 주관하는 컨소시엄에 … 합류했다": the company leads the consortium the sentence's omitted subject joins. */
/** (or as a member of it: "가 이끄는 컨소시엄의 일원으로 정부의 'P'에도 합류했다"; a report's connective: "컨소시엄에 참여기관으로 합류하여 'P'를 수행") */
const LED_CONSORTIUM_JOINED = /^(?:이|가)\s(?:이끄는|이끌고\s있는|주도하는|주관하는|꾸린|이끈|주관한)\s(?:['"‘“][^'"‘“’”.]{2,40}['"’”]\s?)?컨소시엄(?:에|의\s(?:일원|구성원|멤버|참여사)(?:으로|로))\s(?:[^\s.,]{1,10}\s){0,7}?(?:(?:참여|합류|참가)(?:했|하여|해서?\s)|이름을\s올렸)/;
/** A time adverbial that opens a sentence before its first mention ("올해 하반기에는 ", "지난달 "): no subject of its own. */
const TIME_OPENING = /^(?:올해|지난해|작년|지난달|이달|최근|앞서|이어|또한?|특히)(?:\s(?:상반기|하반기|초|말|들어))?(?:에는|에도|에|는)?,?\s$/;

/**
 * The subject the previous sentences were about ("업스테이지는 … 확대하기로 했다. 한컴과도 손잡고
 * …"): a reference to it at the start of a sentence that opens on a partner and names no subject.
 * `answer`: the sentence is spoken (an interview's answer, a quotation); a partnership signed there, as in a reply
 * ("네, …"), is only read with its verb right after the partner: who speaks may be no company named before.
 * `prevSubject`: the subject of the sentence just before (a hire's omitted subject: see hired-object.ts).
 */
export function addOmittedSubject(text: string, ms: Mention[], subject: Mention | undefined, answer = false, makerOf?: (model: Mention) => Mention | undefined, prevSubject?: Mention): void {
  const first = ms[0];
  // "Y는 … '사업'에 선정돼": a model the sentence is about was selected; the company is its maker, not the subject before
  // (and "Y는 X와의 전략적 협력에 따라 …": the partnership it comes from is its maker's)
  if (first?.type === 'Model' && (first.start <= (ITEM_MARK.exec(text)?.[0].length ?? 0) + 1 || EMOJI_OPENING.test(text.slice(0, first.start))) && /^['"’”]?(?:은|는|이|가)\s/.test(text.slice(first.end, first.end + 3))) {
    const selected = ms.some((m) => m.type === 'Policy' && SELECTED_AFTER.test(text.slice(m.end, m.end + 28)));
    const partnered = ms.some((m) => m.type === 'Company' && (MODEL_PARTNERED_AFTER.test(text.slice(m.end, m.end + 40)) || builtTogetherInClause(text, m)));
    if (selected || partnered) subject = makerOf?.(first);
  }

  if (!subject || !first || ms.some((m) => m.key === subject.key)) return;
  if (DEFINING_PHRASE.test(text)) return; // ("X와 모델을 공동으로 개발하는 파트너": a kind's definition states no one's act)
  // "B가 주관하는 컨소시엄에 새 참여사로 이름을 올렸다": B's 가 is the relative clause's; the sentence's own subject is omitted
  const joinedLed = first.type === 'Company' && (first.start <= ((ITEM_MARK.exec(text) ?? ANSWER_OPENING.exec(text))?.[0].length ?? 0) + 1 || TIME_OPENING.test(text.slice(0, first.start))) && LED_CONSORTIUM_JOINED.test(text.slice(first.end, first.end + 72));
  const appliedLed = ms.some((m) => m.type === 'Policy' && APPLIED_LED_AFTER.test(text.slice(m.end, m.end + 80)));
  // "또 '…' 추가 공모에서 선정된 B 컨소시엄에 평가 파트너로 참여하고 있다": no subject, the consortium of B it takes part in
  const joinedNamed = !SUBJECT_BEFORE_VERB.test(text) && ms.some((m) => m.type === 'Company' && NAMED_CONSORTIUM_JOINED.test(text.slice(m.end, m.end + 60)));
  if (!joinedLed && !appliedLed && !joinedNamed && ms.some((m) => (m.type === 'Company' || m.type === 'Person') && SUBJECT_AFTER.test(text.slice(m.end, m.end + 2)))) return;
  // "…와도 손잡고 …": the sentence opens on its partner ("• KT와 함께 …": a list item's mark before the partner)
  // (not "KT와 LG AI연구원 등 대기업과 함께 … 스타트업이": 'A와 B' coordinates the sentence's own subject)
  const coordinated = ms[1]?.type === 'Company' && /^(?:와|과)\s$/.test(text.slice(first.end, ms[1].start));
  const opensOnPartner = first.type === 'Company' && !coordinated && first.start <= (ITEM_MARK.exec(text)?.[0].length ?? 0) + 1 && PARTNER_OPENING.test(text.slice(first.end, first.end + 3));
  // "자체 개발한 믿:음 2.0과는 별개로 마이크로소프트(MS)와 손잡고, …": no subject, a partner with its verb
  const signed = !answer && !ANSWER_OPENING.test(text);
  const partnerClause = !opensOnPartner && ms.some((m) => m.type === 'Company' && !SUBJECT_BEFORE_VERB.test(clauseWithoutPairAfter(text, m)) && (PARTNER_VERB_AFTER.test(text.slice(m.end, m.end + 72)) || (signed && PARTNERSHIP_SIGNED_AFTER.test(text.slice(m.end, m.end + 72))) || PARTNER_CLEFT.test(text.slice(0, m.start))));
  // "…투자를 유치했고, 중기부의 '딥테크 팁스'에도 선정됐다": no subject, a programme it was selected for (or designated as: "또 Y로 지정돼"); or a career line "Y 개발 총괄": a model it built
  const selectedClause = !opensOnPartner && !partnerClause && !SUBJECT_BEFORE_VERB.test(text) && ((first.type === 'Model' && first.start <= (ITEM_MARK.exec(text)?.[0].length ?? 0) + 1 && /^['"’”]?\s(?:모델\s)?(?:개발|학습)\s?(?:총괄|주도|리드)(?=\s?\(|\s?[,.]|\s*$)/.test(text.slice(first.end, first.end + 14))) || ms.some((m) => m.type === 'Policy' && (SELECTED_AFTER.test(text.slice(m.end, m.end + 28)) || MEMO_SELECTED_AFTER.test(text.slice(m.end, m.end + 28)) || SUPPORTED_THROUGH_AFTER.test(text.slice(m.end, m.end + 40)) || APPLIED_AFTER.test(text.slice(m.end, m.end + 36)) || joinsProgrammeInItem(text, m.end) || (SELECTED_JOINED_AFTER.test(text.slice(m.end, m.end + 28)) && !TOPIC_BEFORE.test(text.slice(0, m.start))))));
  if (!opensOnPartner && !partnerClause && !selectedClause && !joinedLed && !appliedLed && !joinedNamed) return addHiringSubject(text, ms, SUBJECT_BEFORE_VERB.test(text) ? undefined : prevSubject);
  ms.unshift(referenceTo(subject, 0, 0));
}

/** "… 프로젝트 1차 공모에 컨소시엄 주관사로 지원했으나": applied to the programme just named, in a role (the call's round and kind may follow its name). */
const APPLIED_AFTER = /^['"’”]?(?:\s?\([^()]{1,20}\))?['"’”]?(?:\s\d차)?\s?(?:공모|모집|사업|프로그램)(?:(?:에도|에)\s(?:[가-힣]{1,6}\s)?[가-힣]{1,6}(?:으로|로)\s(?:지원했|지원하였|신청했|응모했)|(?:에는|에도|에)\s(?:지원서|신청서)(?:를|도)\s(?:냈|제출했|제출하였))/;

/** "B 컨소시엄에 금융 데이터 파트너로 참여하고 있다": the omitted subject takes part in the consortium named after B. */
const NAMED_CONSORTIUM_JOINED = /^\s?컨소시엄(?:에도|에)\s(?:[^\s,.]{1,12}\s){0,4}?(?:참여|합류|참가)(?:했|하고|해|한다|하며|하는\s중)/;

/** "… 프로젝트에 B가 이끄는 컨소시엄의 일원으로 지원했으나": applied to the programme just named as a member of another's consortium (B's 가 is the relative clause's). */
const APPLIED_LED_AFTER = /^['"’”]?(?:\s?\([^()]{1,20}\))?['"’”]?(?:\s\d차)?(?:\s?(?:공모|모집|사업|프로그램))?(?:에도|에)\s[^\s,.]{1,24}(?:이|가)\s(?:이끄는|주관하는|주도하는|꾸린|이끈|주관한)\s?(?:컨소시엄|팀)의\s?(?:일원|멤버|구성원|참여사)(?:으로|로)\s(?:지원했|지원하였|신청했|응모했)/;
/** A post's opening emoji ("🤝 ", "📌 "): no word before the sentence's first mention. */
const EMOJI_OPENING = /^[\uD800-\uDFFF\u2600-\u27BF\uFE0F]{1,4}\s?$/;
/** "Y는 X와의 전략적 협력에 따라 …", "… X와의 기술 제휴를 통해 …": a partnership a model is offered or built through. */
const MODEL_PARTNERED_AFTER = /^(?:\s?\([^()]{1,20}\))?(?:와|과)의\s(?:(?:전략적|기술|사업)\s)?(?:협력|제휴|협업|파트너십)(?:에\s따라|을\s통해|를\s통해|으로|로)\s/;
/** "'딥테크 팁스'에도 선정됐다": selected for the programme just named. */
/** (the programme's kind may follow its name: "'팁스(TIPS)' 프로그램에도", "… 사업에"; a role its year's: "…의 2027년도 공급기업으로", "…에는 올해 공급기업으로"; a field's lead: "…의 조선 분야 주관기업으로") */
const SELECTED_AFTER = /^['"’”]?(?:\s?\([^()]{1,20}\))?['"’”]?(?:\s?(?:프로그램|사업))?(?:\s(?:\d{4}년도?\s)?(?:(?:지원|수행|신규|공모)\s?)?(?:과제|대상\s?과제))?(?:에도|에|\s(?:공급|수요|수행|참여|주관)\s?(?:기업|기관|사업자)(?:으로|로)|(?:으로|로|(?:의|에서|에는|에)\s(?:(?:\d년\s연속|\d{4}년도?|올해|내년|신규)\s)?(?:[가-힣·]{1,10}\s(?:분야|부문|트랙)\s)?(?:공급|수요|수행|참여|주관)\s?(?:기업|기관|사업자)(?:으로|로))도?)\s(?:(?:올해|지난해|작년|최근|이번에|지난달|\d{4}년|\d년\s연속)\s)?(?:최종\s)?(?:선정됐|선정되었|선정돼|뽑혔|지정됐|지정되었|지정돼|지정받)/;
/* (a year's task of the programme may come between: "'…사업' 2026년 과제에 선정됐습니다") */
/** A memo's bare role after the programme and its noun ending: "'…' 공급기업으로 최종 선정됨"; or a career entry's line that ends on the noun: "P 프로그램 선정 (2026.06)"; or a listing's badge, what was selected: "P 선정 서비스". */
const MEMO_SELECTED_AFTER = /^['"’”]?\s(?:공급|수요|수행|참여|주관)\s?(?:기업|기관|사업자)(?:으로|로)\s(?:최종\s)?(?:선정됨|지정됨)|^['"’”]?(?:\s?(?:프로그램|사업))?\s(?:최종\s)?(?:선정|선발)(?:\s(?:서비스|앱|제품|솔루션))?(?:\s?\([^()]{1,20}\))?\s*$/;
/** "'…사업'으로 GPU를 지원받아": support received through the programme just named (the receiver omitted). */
const SUPPORTED_THROUGH_AFTER = /^['"’”]?(?:\s?(?:프로그램|사업))?(?:으로|로|을\s통해|를\s통해)\s(?:[^\s,.]{1,10}\s){0,3}?(?:지원\s?받|지원을\s받)(?:아|았|은|고|으며)/;
/** The same with a connective ('선정되어 …', '뽑혀', '지정되어'; not '선정되어야', a condition): read only where no topic opens the clause ("협력사인 B는 …에 선정되어 예산을 받았다"). */
const SELECTED_JOINED_AFTER = new RegExp(SELECTED_AFTER.source.replace('(?:선정됐|선정되었|선정돼|뽑혔|지정됐|지정되었|지정돼|지정받)', '(?:선정되어(?!야|도)|뽑혀(?!야)|지정되어(?!야|도))'));
/** A topic before the programme ("X는 …"): the clause has a subject of its own, no omitted one. */
const TOPIC_BEFORE = /[가-힣A-Za-z0-9)'"’”](?:은|는)\s/;

/** "(MS)와 손잡고", "팀과 함께 작업했다" (the partner's team), "과도 협력해", "와 컨소시엄을 꾸려", "와 전략적 협력 관계를 맺고", "과 청소기용 인식 모델을 공동 개발하고", "와 공동으로 구축했다", "와의 전략적 제휴에 따라", "와의 협력을 병행하는", "와 공동 개발한 플랫폼", "와 부산항에서 … 공동 실증하고", "와 공동 운영하는 서비스": a partner and the words that make it one. */
const PARTNER_VERB_AFTER = /^(?:\s?\([^()]{1,20}\))?(?:\s?팀)?(?:\s등)?(?:(?:와|과|이랑|랑)(?:도|는)?\s(?:(?:컨소시엄|한\s?팀)을\s(?:꾸리|꾸려|꾸렸|구성|이루|이뤄|이뤘|결성)|(?:함께\s)?(?:전략적\s|긴밀(?:히|하게)\s)?(?:손잡|손을 잡|협력|협업|제휴|맞손|업무협약|MOU)|(?:함께|공동으로)\s(?:구축|개발|만들|설계|운영|진행|작업|수행)|[^\s,.]{1,12}(?:\s[^\s,.]{1,12}){0,4}(?:을|를)\s(?:함께|공동으로|공동)\s?(?:구축|개발|만들|설계)|(?:[^\s,.]{1,12}\s){0,6}?공동\s?(?:개발|연구|실증|구축|설계|운영)\s?(?:한|하는|하고|해|했|중인|중이|하기로|키로))|(?:와|과)의\s(?:(?:전략적|기술|사업)\s)?(?:제휴|협력|협업|파트너십|동맹)(?:은|는|에|으로|로|이|가|(?:을|를)\s?(?:병행|강화|유지|확대|이어가|지속)|(?:을|를)\s통해\s))/;
/** "와 공동 연구 파트너십을 체결했다", "와 전략적 제휴를 맺고", "와 … 공동개발 계약을 체결해", "와 … MOU도 맺었다": a partnership signed, its kind in a few words before it. */
/** (a résumé line's noun phrase ending the line or its item, "X와의 공동 개발 협약 실무 책임", "X와의 공동 연구 계약 체결 주도,": the entry's company signed it; not "… 계약 체결 승인의 건") */
/** (a partnership named by the tie it set up, "와 맺은 전략적 파트너십에 따라 …", "와 맺은 데이터센터 공동 구축 협약은 …"; a list item's noun ending too: "와 … 협력 MOU 체결."; and a partnership contract renewed: "와의 협력 계약을 2년 연장"; a working tie set up: "와 … 공동 대응하는 협력 체계를 꾸렸다") */
const PARTNERSHIP_SIGNED_AFTER = /^(?:\s?\([^()]{1,20}\))?(?:(?:와|과)의\s(?:[^\s,.]{1,12}\s){0,3}?공동\s?(?:개발|연구)\s?(?:협약|계약|MOU)(?:\s?\([^()]{1,20}\))?\s(?:체결\s|실무\s)?(?:책임|주도|총괄|담당|리드|체결)(?=\s?(?:[,.;—–]|$))|(?:와|과|이랑|랑)(?:도|는|은)?\s(?:[^\s,.]{1,12}\s){0,8}?(?:(?:파트너십|업무협약|협약|MOU|제휴|공동\s?(?:개발|연구)\s?계약)(?:\s?\((?:MOU|업무협약|협약|파트너십)\))?(?:(?:을|를|도)\s?(?:체결|맺)|\s맺(?:은|었|었다|었고|은\s건)|\s체결(?:했|하였|(?=[.,]|\s?\(|$)))|(?:협력|협업)\s?(?:체계|관계)(?:를|을)\s(?:꾸렸|꾸리|꾸려|구축했|구축하|갖췄|갖추|맺))|(?:와|과)\s(?:맺은|체결한)\s(?:[^\s,.]{1,8}\s){0,4}?(?:파트너십|업무협약|협약|MOU|제휴)(?:에\s따라|을\s통해|를\s통해|으로|로|은|는)\s|(?:와|과)의\s(?:[^\s,.]{1,8}\s)?(?:제휴|협력|협업|파트너십)\s?(?:계약|협약)(?:을|를)\s(?:[^\s,.]{1,12}\s){0,3}?(?:연장|갱신)(?:했|하기로|한다|키로|(?=[.,]|$)))/;
/** "네, 지난달에 …": a reply to a question, whose omitted subject is whoever answers, not the company named last. */
const ANSWER_OPENING = /^(?:네|예|아니요|아뇨|맞습니다|그렇습니다)[,.]\s/;
/** "대신 손을 잡은 곳은 B다": a cleft naming the partner of the company the story is about. */
const PARTNER_CLEFT = /(?:손을\s잡은|손잡은|협력하는|협력한|협업하는|협업한|제휴한|협약을\s맺은)\s(?:곳|회사|기업|업체|상대|파트너)(?:은|는)\s['"‘“]?$/;
/** A subject of any kind before a verb ("회사는", "이 모델은", "양사는", a city as the topic opening the sentence: "부산시는", "시는"): then the sentence has its own. */
/** (or an unnamed company, "한 AI 스타트업이", "일부 기업은": the sentence has a subject of its own, not the one before) */
export const SUBJECT_BEFORE_VERB = /(?:^|\s)(?:회사|양사|이 회사|동사|그룹|정부|이 모델|모델|[가-힣]{1,6}측|(?:한|어느|어떤|일부|다른)\s(?:[가-힣A-Za-z]{1,6}\s){0,2}(?:스타트업|기업|업체|회사|통신사)들?)(?:은|는|이|가)\s|^(?:[가-힣]{2,3}(?:특별시|광역시|시)|시)는\s/;

/** "가 공개한 'Z'", "이 지난해 개발한 Z": a company as the subject of a relative clause whose head is what it made. */
const RELATIVE_MAKER_AFTER = /^(?:이|가)\s(?:[^\s,]{1,10}\s)?(?:공개한|개발한|선보인|내놓은|출시한|만든|발표한)\s['"‘“]?[A-Za-z0-9가-힣]/;
/** A model's object particle, after its closing quote and a parenthesised note ("'Z'(21억 파라미터)를"); or the base it is built on top of ("Z 위에 … 학습시켰다"). */
const OBJECT_AFTER = /^['"’”]?(?:\s?\([^()]{1,20}\))?(?:(?:을|를)\s|\s?위에\s)/;
/** The company a sentence is about: the first one with a subject particle. */
const ALSO_OPENING = /^도\s/;
/** "우리 회사 X", "저희 회사 X": a writer naming their own company. */
const OWN_COMPANY_BEFORE = /(?:우리|저희)\s?회사\s$/;
/** A company's words for itself. */
const SELF_REF = /^(?:저희(?: 회사)?|당사|당행|우리 회사)$/;
export function subjectCompanyOf(text: string, ms: Mention[]): Mention | undefined {
  return firstOfCoordinated(text, ms, topicCompanyOf(text, ms));
}

function topicCompanyOf(text: string, ms: Mention[]): Mention | undefined {
  // "SK텔레콤도 조직을 손봤다": an additive topic opening the sentence is its subject too
  // (a company speaking of itself, "저희가 … 공개합니다", is the subject the next sentences omit too)
  // ("솔직히 우리 회사 X도 …": the writer's own company, named after "우리 회사", is the subject wherever it stands)
  return ms.find((m) => m.type === 'Company' && (m.via !== 'reference' || SELF_REF.test(text.slice(m.start, m.end)) || isOpeningCompanyWord(text, m)) && (SUBJECT_AFTER.test(afterDefinedShort(text, m.end)) || ((m.start <= 1 || OWN_COMPANY_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) && ALSO_OPENING.test(text.slice(m.end, m.end + 2)))) && !makesObjectModel(text, ms, m)) ?? introducedCompany(text, ms);
}

/**
 * "'Y'는 카카오가 공개한 'Z'를 바탕으로 …": a company that is the subject of a relative clause whose head, a model,
 * is the object of the sentence's verb is no subject of the sentence ("메타가 공개한 오픈소스 모델 라마 3 8B를 …"; but
 * "Y는 X가 개발한 … 시리즈다" keeps X: there the clause describes the topic).
 */
function makesObjectModel(text: string, ms: Mention[], m: Mention): boolean {
  if (!RELATIVE_MAKER_AFTER.test(text.slice(m.end, m.end + 24))) return false;
  const head = ms.find((x) => x.start > m.end);
  return head?.type === 'Model' && OBJECT_AFTER.test(text.slice(head.end, head.end + 30));
}

/** "먼저 X 팀입니다.", "… AI 스타트업 X입니다.", "반대로 X 같은 곳도 있습니다.": a spoken script introduces the company its next sentences are about. */
const INTRODUCED = /^\s?(?:(?:팀|컨소시엄)?(?:입니다|이다)|같은\s(?:곳|회사|기업|업체|스타트업)(?:도|이)\s있(?:습니다|다|어요|죠|지요))\.?\s*$/;
/** "X · a1B2c3": a workplace forum's poster tag, the poster's company and a nickname, on a line over what the poster writes. */
export const POSTER_TAG = /^\s?·\s[A-Za-z0-9]{4,12}$/;

function introducedCompany(text: string, ms: Mention[]): Mention | undefined {
  const last = ms.at(-1);
  if (last?.type !== 'Company' || last.via === 'reference') return undefined;
  return INTRODUCED.test(text.slice(last.end)) || (last.start === 0 && POSTER_TAG.test(text.slice(last.end))) ? last : undefined;
}

/** "이 회사", "동사", a sentence (or a numbered item: "(2) 회사는", "① 회사는", or a labelled line: "금칙어 필터: 회사와 …") opening on "회사는" (or, in a numbered or labelled line, "회사와 X가", the first of two parties; or "회사 CTO인 …", "회사의 CTO인 …"), a bare "회사가" building on its own after a clause's start
 * (or a clause's topic after a comma, "…의 후속 모델로, 회사는 X와 …": still the story's company)
 * ("…으로, 회사가 자체 설계한", "Y는 회사가 직접 만든", "이 모델은 회사가 지난해 내놓은 Z를": not "다른 회사가"), and in interviews and company blogs "저희", "당사"
 * (also as the first of two partners: "당사와 X는 … 제휴를 맺었다"; and "저희 팀" before a colleague's name and post: "저희 팀 NAME 리드"); in English, a sentence opening on "The company", "who heads the company's …", an apposition after a name
 * ("NAME, the company's Chief Financial Officer"), or the maker in a relative clause ("Y, which the company developed": like "이 회사", the company named last). */
const COMPANY_REF = new RegExp(String.raw`(?<![가-힣])(?:(이 회사|이 업체|같은 회사|해당 회사|이 기업|해당 기업)|동사|저희 회사|(?:저희|우리)\s팀(?=\s${FULL_NAME}\s[가-힣A-Za-z])|(?:저희|우리)(?=\s(?:C[A-Z]{1,2}O|대표|[가-힣]{0,6}(?:팀장|리드|이사|실장))(?:인|이신)\s${FULL_NAME}(?:\s님|님)?(?:은|는|이|가|도|의)?\s)|저희|당사|당행|우리 회사)(?=의\s|\s|은|는|가|도|(?:을|를)\s|(?:와|과)(?:는|도)?\s)|(?<=^(?:\(\d{1,2}\)\s|[①-⑳]\s?|[가-힣A-Za-z]{1,8}(?:\s[가-힣A-Za-z]{1,8})?:\s))회사(?=(?:와|과)\s)|^(?:\(\d{1,2}\)\s|[①-⑳]\s?|[가-힣A-Za-z]{1,8}(?:\s[가-힣A-Za-z]{1,8})?:\s)?(?:이어\s|또\s|또한\s|특히\s|한편\s|그리고\s|참고로\s|아울러\s|다만\s|나아가\s|이와 함께\s|(?:[1-9]|1[0-2])월(?:에는|엔|에)\s)?(?:회사\s?측|회사)(?=은|는|가|도|의?\s[^\s,.]{1,24}(?:\s[^\s,.]{1,24})?인\s)|(?<=[가-힣],\s)(?:회사\s?측|회사)(?=은\s|는\s)|(?<=,\s|[가-힣A-Za-z0-9'"’”)](?:은|는)\s)회사(?=가\s(?:처음부터\s|직접\s|모두\s)?(?:자체|독자|직접)|가\s(?:(?:지난해|작년|올해|앞서|이전에|먼저|과거에?|지난\s?(?:달|해|\d{1,2}월))\s)?(?:내놓은|내놨던|공개한|공개했던|출시한|출시했던|개발한|개발했던|만든|만들었던|선보인|선보였던)\s)|^(?:Meanwhile,\s|Also,\s|In addition,\s)?The (?:company|firm|startup)(?=\s|['’]s\s|,)|(?<=\bwho\s(?:now\s)?(?:leads|heads|runs|oversees|manages|joined|founded|co-founded)\s)the (?:company|firm|startup)(?=['’]s\s|\s)|(?<=[A-Z][a-z]+(?:-[a-z]+)?,\s)the (?:company|firm|startup)(?=['’]s\s)|(?<=,\s(?:which|that)\s)(the (?:company|firm|startup))(?=\s(?:first\s|originally\s)?(?:released|unveiled|launched|introduced|developed|built|trained)\b)`);

const FIRST_PERSON_COMPANY = /(?<![가-힣])(?:저희|당사|당행)(?=의\s|\s|은|는|가|도)/;

/** "X 창업자인 NAME 전 대표", "X 대표 출신 NAME 전 …": a post at the company, then the person's name marked as former. */
const FORMER_POST_AFTER = /^\s(?:[가-힣A-Za-z]{1,10}(?:인|였던|이었던)\s)?[가-힣]{2,4}\s(?:전|前)\s/;
/** "LG AI연구원에서 … 참여한", "네이버 출신", "X를 떠난", "X DS부문 부사장을 지낸", "X 창업자인 NAME 전 대표": a company the sentence names as where someone was, not who acts. */
/** After a company: the person came from it ("X 출신", "X을 떠난") or held a post there before ("X에서 … 리더를 지냈고", "X에서 일하던"). */
const HELD_BEFORE_AFTER = /^(?:\s[A-Za-z0-9가-힣]{1,12})?(?:\s?출신|을 떠난|를 떠난)|^(?:에서|에선)\s(?:[^\s,.]{1,14}\s){0,3}?(?:지냈|지낸|역임했|역임한|거쳤|거친|일했|일하던|근무했|근무하던)/;

function isFormerPlace(text: string, m: Mention): boolean {
  // ("前 네이버클라우드 연구원", "전 구글 엔지니어": a former post's mark before the company)
  // ("X 창업자인 NAME 전 대표는", "X 대표였던 NAME 전 대표": the person's post there is a former one)
  return /(?:前|(?<![가-힣])전)\s?$/.test(text.slice(Math.max(0, m.start - 3), m.start)) || FORMER_POST_AFTER.test(text.slice(m.end, m.end + 24)) || /^(?:\s[A-Za-z0-9가-힣]{1,12}\s?(?:부문|본부|사업부|팀|연구소|랩))?(?:에서|에선|\s?출신|을 떠난|를 떠난)|^\s[A-Za-z가-힣]{1,10}\s출신|^(?:\s[A-Za-z0-9가-힣]{1,12}){1,3}(?:을|를)\s(?:지낸|역임한|거친)\s/.test(text.slice(m.end, m.end + 40));
}

/**
 * "…물러나고, 회사를 함께 세운 NAME CTO가", "2019년 회사를 공동 창업해 7년간 대표를 맡아 온 NAME 전 대표는": a bare 회사
 * that someone founded, after a clause's start (or a year); "NAME 대표와 함께 회사를 세웠다": one founded with a partner named before it.
 */
const FOUNDED_COMPANY_REF = /(?<=^|,\s|^(?:지난\s)?\d{4}년\s)회사(?=를\s(?:함께\s|같이\s|공동으로\s|공동\s)?(?:(?:세운|창업한|설립한)\s[가-힣]{2,4}\s|(?:창업해|설립해|세워)\s(?:[^\s,.]{1,10}\s){0,6}?[가-힣]{2,4}\s(?:(?:전|前)\s)?[가-힣A-Za-z]{1,10}(?:은|는|이|가)\s))|(?<=[가-힣]{2,4}\s[가-힣A-Za-z]{1,10}(?:와|과)\s(?:함께|같이)\s)회사(?=를\s(?:공동\s?)?(?:세웠|창업했|설립했|세운|창업한|설립한))/;

/** Between a company and "이 회사": its possessive and the sentence's topic, a product of its own ("의 'Y'는 "). */
const OWNER_OF_TOPIC = /^의\s['‘"“]?[^,.'’"”]{1,30}['’"”]?(?:은|는)\s$/;

/**
 * A reference phrase for a company, unless the sentence names a company before it (not one only named as where
 * someone was before: "X에서 일하던 홍길동 박사가 저희 …"): "이 회사" points back to the company named last,
 * "같은 회사" to the maker of the model in focus, "저희" and "당사" to the one the article is about, and "동사" to a company
 * the sentence before brought in as its subject (a fund report's next holding; `namedEarlier` tells one named before), else to it
 * (inside a numbered section on one company, `holding`, to that company).
 */
export function addCompanyReference(text: string, ms: Mention[], subject: Mention | undefined, last: Mention | undefined, recent?: Mention, makerOfFocus?: () => Mention | undefined, topicBefore?: Mention, namedEarlier?: (m: Mention) => boolean, holding?: Mention): void {
  // (the sentence's omitted subject, given before, is the company meant: "X의 사령탑이 바뀌었다. … 회사를 함께 세운 NAME")
  const founded = text.includes('회사를') ? FOUNDED_COMPANY_REF.exec(text) : null;
  // (else the company the article is about, where the sentence names none)
  const omitted = founded ? (ms.find((x) => x.type === 'Company' && x.via === 'reference' && x.start === 0 && x.end === 0) ?? (subject?.type === 'Company' && !ms.some((x) => x.type === 'Company' && !isFormerPlace(text, x)) ? subject : undefined)) : undefined;
  if (founded && omitted && !ms.some((x) => x.type === 'Company' && x !== omitted && x.start < founded.index && !isFormerPlace(text, x))) {
    ms.push(referenceTo(omitted, founded.index, founded.index + 2));
    ms.sort((a, b) => a.start - b.start);
    return;
  }
  if (addOfficerAnnouncer(text, ms, subject)) return;
  const r = COMPANY_REF.exec(text);
  // "이 회사" (and "Y, which the company developed") is the company named last: one named since the last subject, else that subject ("X가 눈에 띈다. 이 회사는 …")
  // "같은 회사의 Y": the maker of the model the sentences before were about ("B의 X는 … 같은 회사의 Y는")
  const same = r?.[1]?.startsWith('같은') ? makerOfFocus?.() : undefined;
  // ("X의 Y는 … 경우다. 회사 측은 …": a sentence opening on 회사 right after one about a company, or its model, is that company's word; so is a clause after a comma)
  const opening = r && (r.index === 0 || /[가-힣],\s$/.test(text.slice(0, r.index))) && /^(?:이어\s|또\s|또한\s|특히\s|한편\s|참고로\s|아울러\s|다만\s|나아가\s|이와 함께\s)?회사/.test(r[0]) ? topicBefore : undefined;
  // ("X의 'Y'는 이 회사가 개발한 Z를 …": the company whose product is the sentence's topic, named just before, is the one meant)
  const possessor = r?.[1] ? ms.filter((x) => x.type === 'Company' && x.end <= r.index).at(-1) : undefined;
  if (r && possessor && OWNER_OF_TOPIC.test(text.slice(possessor.end, r.index)) && !ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) {
    ms.push(referenceAt(possessor, r));
    ms.sort((a, b) => a.start - b.start);
    return;
  }
  const company = same ?? (r?.[1] || r?.[2] ? (last ?? recent ?? subject) : r?.[0] === '동사' ? (holding ?? (recent && !namedEarlier?.(recent) ? recent : undefined) ?? subject) : (opening ?? subject));
  // ("X는 우리 회사와 … 공동 개발해 온 파트너사": a first-person partner after another company's topic is still the writer's company; so is "(주)X와 당사가 공동 제작", the second of a pair right after its partner)
  const ourPartner = r !== null && company !== undefined && FIRST_PERSON_PARTNER.test(text.slice(r.index)) ? (x: Mention) => x.key !== company.key && /^(?:은|는)\s/.test(text.slice(x.end, x.end + 2)) : r !== null && SELF_REF.test(r[0]) ? (x: Mention) => /^(?:와|과)\s$/.test(text.slice(x.end, r.index)) && /^(?:가|는|이|도)\s/.test(text.slice(r.index + r[0].length)) : () => false;
  // (an omitted subject read as the same company, spanning nothing, is no other company before the first person standing as the second partner: "KT와 당사가 공동 개발한 …"; not "… 당행 자회사 X와 공동으로")
  const secondPartner = r !== null && SELF_REF.test(r[0]) && /(?:와|과)\s$/.test(text.slice(0, r.index)) && /^(?:가|는|이|도)\s/.test(text.slice(r.index + r[0].length));
  // ("X와 공동 개발한 사실은 없고요, 저희 대표가 …": a company named in a clause the first person comes after, ended by its connective and a comma, is no subject of the writer's clause)
  const earlierClause = (x: Mention): boolean => r !== null && FIRST_PERSON.test(r[0]) && CLAUSE_ENDED.test(text.slice(x.end, r.index));
  if (!r || !company || ms.some((x) => (x.type === 'Company' && x.start < r.index && !isFormerPlace(text, x) && !ourPartner(x) && !earlierClause(x) && !(secondPartner && x.start === x.end && x.key === company.key)) || (x.start < r.index + r[0].length && r.index < x.end))) return;
  ms.push(referenceAt(company, r));
  ms.sort((a, b) => a.start - b.start);
}

/** The writer's own words for the writer's company ("저희", "당사", "우리 회사"). */
const FIRST_PERSON = /^(?:저희|당사|당행|우리)/;
/** A clause ended before the first person: a connective ending and its comma ("…없고요, ", "…했지만, ", "…아니라, "). */
const CLAUSE_ENDED = /(?:고요|었고|았고|였고|했고|없고|지만|는데요?|으나|으며|이며|하며|아니라|아니고),\s(?:[^\s,]{1,12}\s){0,2}$/;
/** "우리 회사와 ", "저희와 ": the writer's company as the partner of a joint verb's topic. */
const FIRST_PERSON_PARTNER = /^(?:저희(?: 회사)?|우리 회사)(?:와|과)\s/;

/** "Kim announced a strategic alliance with X": a person opening the sentence announces the alliance of their company, unnamed. */
const EN_PERSON_ANNOUNCES = /^(?:also\s)?(?:announced|signed|formed|sealed)\s(?:an?\s)(?:[a-z\-]+\s){0,3}(?:alliance|partnership)\swith\s/;

/** A reference to the company the story is about before a person who opens the sentence announcing an alliance (no company named before its partner). */
function addOfficerAnnouncer(text: string, ms: Mention[], subject: Mention | undefined): boolean {
  const person = ms[0];
  if (!subject || person?.type !== 'Person' || person.start !== 0 || !text.includes(' with ')) return false;
  if (!EN_PERSON_ANNOUNCES.test(text.slice(person.end + 1, person.end + 80))) return false;
  ms.unshift(referenceTo(subject, 0, 0));
  return true;
}

/** "한국전자통신연구원(ETRI)은 …", "과학기술정보통신부는 …", "부산시는 …", "한편 도는 …" (a city or province speaking of itself): a sentence opening on an institute, a ministry or a city of its own (no node) hires for it, not for the article's company. */
export const ORGANISATION_SUBJECT_FIRST = /^(?:[가-힣]{2,20}(?:연구원|연구소|부|청|처|위원회|대학교|대학|재단|협회|공사|공단|진흥원|평가원)|[가-힣]{2,3}(?:특별시|광역시|시)|시|도)(?:\([^()]{1,15}\))?(?:은|는|이|가)\s|^한편\s(?:시|도)(?:는|가)\s/;

/** The company the article is about, for a sentence where a person takes a role and no company is named (`before`: the sentence before). */
export function addEmployerReference(text: string, ms: Mention[], rules: RuleSet, last: Mention | undefined, first?: Mention, before?: { text: string; mentions: Mention[] }, headline?: Mention): void {
  const hiredObject = HIRED_OBJECT.test(text);
  // (a team's roster on a company's page lists the page's company's people, though its description names the company again:
  // "NAME 대표 — … X를 창업했습니다")
  const roster = rosterItem(text, ms);
  // ("X rejected it. "…," Chief Executive NAME told reporters': a speaker with a bare title speaks for the company the story is about)
  const enChief = bareChiefSpeaks(text, ms);
  // (a forum thread or a wire whose English sentences keep no subject: the company its English headline opens on, "X released Y …")
  const subject = hiredObject || roster ? (first ?? last) : enChief ? (last ?? first ?? englishOpeningCompany(before) ?? headline) : last;
  // a company the person came from ("LG AI연구원에서 … 참여한", "네이버 출신") is no employer here
  // (and "LG CNS AI센터장 출신인": a post held there before)
  // (and "네이버클라우드 하이퍼클로바X 팀 출신인": a team named after a product)
  const former = (m: Mention) => isFormerPlace(text, m);
  // ("저희 CTO를 맡고 있다": the sentence names its employer by a reference word, read by addCompanyReference)
  // (only where the sentence names no company at all: "CTO는 X에서 … 총괄하고 있다" names the employer with 에서)
  const seat = opensOnBoardSeat(text);
  const building = (m: Mention) => BUILDING_AFTER.test(text.slice(m.end, m.end + 8));
  // ("… 공동창업자인 NAME CTO는 X 출신이다", "NAME 대표는 X에서 리더를 지냈고": a company only named as where the chief was before names no employer)
  const chief = !UNSETTLED.test(text) && !COMPANY_REF.test(text) && !ms.some((m) => m.type === 'Company' && m.via !== 'blocked' && !building(m) && !quotedAfterSpeaker(text, m, ms) && !(EARLIER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && former(m)) && !HELD_BEFORE_AFTER.test(text.slice(m.end, m.end + 40))) && (enChief || ms.some((m) => m.type === 'Person' && CHIEF_TITLE_AFTER.test(text.slice(m.end, m.end + 24))));
  if (!subject || FIRST_PERSON_COMPANY.test(text) || ORGANISATION_SUBJECT_FIRST.test(text) || ms.some((m) => m.type === 'Company' && m.via !== 'blocked' && ((m.key === subject.key && !roster && !building(m)) || (m.key !== subject.key && !former(m) && !seat && !quotedAfterSpeaker(text, m, ms)))) || !ms.some((m) => m.type === 'Person') || !(seat || JOINS_IN_ROLE.test(text) || (text.includes('가 ') || text.includes('이 ')) && JOINED_WITH_POST.test(text) || (text.includes('에') && POST_JOINED_BY.test(text)) || (text.includes('로 ') && (CAME_TO_ROLE.test(text) || MOVED_TO_BOARD.test(text))) || hiredObject || chief || titleRes(rules).roleHeld.test(text) || UNIT_HEAD_TAKEN.test(text) || LED_WORK.test(text) || namesUnnamedPost(text) || roster || POST_TOPIC_NAMED.test(text) || (text.includes('문의') && CONTACT_LINE.test(text)) || ((text.includes('—') || text.includes('–')) && SIGNED_LINE.test(text)))) return;
  ms.unshift(referenceTo(subject, 0, 0));
}

/** ("NAME CFO가 … \"Y와의 협력 매출은 …\"고 언급": a company named only inside the words a titled person before it says is no employer named) */
function quotedAfterSpeaker(text: string, m: Mention, ms: Mention[]): boolean {
  const open = text.lastIndexOf('"', m.start);
  return open > 0 && text.slice(0, open).split('"').length % 2 === 1 && text.indexOf('"', m.end) > 0 && ms.some((p) => p.type === 'Person' && p.end <= open);
}

export { addConsortiumReference, isLeftOut, isRosterMember, namedConsortiumLead, englishHeadlineCompany };
export { addRoleLeadReference, reportLeadOf } from './report-roles.js';
