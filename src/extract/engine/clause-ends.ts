/**
 * Clause ends that take back or hedge what a matched clause says (a conjecture, hearsay, an agreement not
 * made), and the breaks that end a clause before them; matchPatterns (match.ts) checks them after each match.
 */
/** A sentence that ends in a conjecture: "…할 것으로 점쳐진다/전망된다/예상된다/보인다", "…할 것이란 관측이 나온다". */
export const CLAUSE_END = /(?:며|고|서|다|면|만|데)[,\s]|[.;,]/;
export const CONJECTURE_END = /[가-힣]\s?것(?:으로|이라는|이란|이라고)\s(?:점쳐|전망|예상|관측|보인다|보여|내다보|점치)/;
// ("…를 기반으로 만든 X와 달리 외부 가중치를 쓰지 않았다": what follows a contrast with the match's model is the other model's)
// ("Y에 강화학습을 얹은 것일 뿐 외부 모델은 쓰지 않는다": nor does a clause after "only …" negate the match)
// ("…에 지원했다가 명단에 들지 못했다": nor a turn of events after "…했다가")
export const CONTRAST = /(?:으나|었지만|였지만|했지만|지만|는데|반면|(?:^|했|었|였|았)다가|(?:와|과)(?:는)?\s(?:달리|다르게)|(?:일|할)\s뿐(?:이고|이며)?)[\s,]/;
/** "…공동 개발해 온 파트너사라, 아마 자주 뵐 것 같다": a copula's causal ending ("(이)라,", "(이)라서") closes the clause; a hedge after it is the next clause's. */
export const CAUSE_END = /(?<=[가-힣])(?:이)?라(?:서)?,\s|(?<=[가-힣])(?:이)?라서\s/;
/**
 * "…에 지원서를 냈고, B는 참여 여부를 정하지 않았다" (or in 해요체, "냈고요, B는 …"): the next clause opens on another company as its topic, a statement of its own;
 * and so does one on whether a later stage is joined ("…에 계속 참여 중이며, 2단계 사업 참여 여부는 결과에 따라 결정된다"), and one a
 * past clause's 고 joins without a comma to a new topic ("Y는 Z 기반이었고 이번 W는 별개 라인이라 후속은 아닙니다": the denial is W's).
 */
export const OTHER_TOPIC_CLAUSE = /(?:고요?|으며|며),\s(?:\uE001\d+\uE00F(?:은|는)\s|(?:[^\s,.]{1,12}\s){0,3}(?:참여|참가|선정|진출)\s?여부(?:는|도)\s)|(?<=[었였했았])고\s(?!(?:이|그|저)(?:는|건|것은|거는)\s)(?:이번|지금|현재|새|반면)?\s?[^\s,.]{1,12}(?<![이그저])(?:은|는)\s/;
/**
 * "X는 …의 환각 여부를 점검하는 도구를 만드는 곳으로, 팁스에 선정되며": what the topic does, described before the clause's deed; a
 * hedge word in the description ("여부", "가능성") is about its product, not the deed (the description is left out of the veto test).
 */
export const DESCRIBED_TOPIC = /(?<=\uE00F(?:은|는)\s)[^,.;\uE001-\uE005]{4,80}?(?:하는|만드는|는|한)\s(?:곳|기업|회사|업체|스타트업)(?:으로|이며|이고|인데),\s/;
/** A clause reported as hearsay: "…다는 이야기도 흘러나온다", "…다는 얘기가 돈다", "…다는 관측도 나오지만", a report called untrue ("…손잡았다는 보도는 사실이 아니다", "'…공동 개발했다'는 내용은 사실과 다릅니다"), "…만든 모델로 소개한 기사도 있었는데" (a rumour later denied, "…다는 소문이 돌았지만", is a dispute: see the claim cues). */
const HEARSAY_END = /다는\s(?:이야기|얘기|말|관측|추측)(?:도|이|가|까지)?\s(?:[가-힣]{1,6}(?:에|에서|에서는)\s)?(?:흘러나오|흘러나온|흘러나왔|나오|나온|나왔|돈다|돌고|돌았|돌던|들린|들려|제기)|(?:다|라|이라)['"’”]?는\s(?:보도|소문|얘기|이야기|주장|관측|내용|의혹)(?:는|은|도)\s(?:사실이\s아[니닙]|사실과\s다[르릅른]|사실무근|근거가?\s없|오보)|(?:로|으로|라고|이라고)\s(?:소개|보도|묘사|설명)한\s(?:기사|보도|글)(?:도|가|는)?\s(?:있었|나왔|있다|나온)/;
/** An agreement not made, ending the match's clause ("…를 위한 협약을 맺지 않았다", however long its name): no partnership. */
/** (or a deed the clause says never happened: "…와 제휴 또는 공동 개발을 추진한 사실이 없다")
/** (or the agreement as the topic of a clause that says it is not there: "양사 간 공동 개발 계약은 확인되지 않는다", "…협약은 체결되지 않았다";
 * or the terms a contract is said not to hold: "A와 B가 공동으로 개발하기로 하는 내용은 포함되어 있지 않다") */
const UNMADE_AGREEMENT_END = /(?:맺|체결하|손잡|손을\s잡|협력하|협업하|제휴하)지\s?(?:않|못)|(?:추진|진행|논의|체결|합의|협의)(?:한|했던|된)\s(?:사실|바|적)(?:이|은|는|도)\s(?:전혀\s|결코\s|일절\s)?없|(?:계약|협약|MOU|제휴)(?:은|는)\s(?:[^.,;\s]{1,8}\s){0,3}(?:확인되지|체결되지|맺어지지)\s?(?:않|못)|(?:기로\s(?:하는|한)|하는|한다는)\s(?:내용|조항|약정)(?:은|는|이)\s(?:[^.,;\s]{1,8}\s){0,2}(?:(?:포함되어|포함돼|들어\s?있|담겨)\s?있지|포함되지|담기지)\s?(?:않|못)/;
/** "…를 대량 구매했는데, 일부 매체는 이를 'B와의 협력'으로 보도했다": a tie others called it, in scare quotes or not, states no tie. */
const CALLED_BY_OTHERS_END = /^['"’”]?(?:으로|로|이라고|라고)\s(?:보도|포장|묘사)(?:했|한|하|됐|된|되)/;
/** "소문이 아니라 실제로 손을 잡은": a rumour denied in favour of the fact that follows, no negation of that fact. */
export const RUMOUR_DENIED = /(?:소문|루머|풍문|추측|억측)(?:이|가)\s아니라,?\s/g;
/** "외부 모델의 가중치 없이 … 구축했다": what a deed was done without, an adverbial, no negation of the deed (a base's it is: BASED_ON keeps it). */
export const DONE_WITHOUT = /(?<=[가-힣A-Za-z0-9)])\s?없이(?:도)?\s/g;

/** Clause ends that take back what the clause says: hearsay, an agreement not made, a tie others called it. */
export const CLAUSE_UNSAID = [HEARSAY_END, UNMADE_AGREEMENT_END, CALLED_BY_OTHERS_END];
/** What ends the match's clause before the hearsay: a sentence end, a joined clause ("…했고 ", progressive "…하고 있" aside), a fact taken as given ("…했다는 점이"). */
export const HEARSAY_BREAK = /[.;,]|다는\s(?:점|사실)|(?:며|면서|지만|으나|는데|반면)[\s,]|고\s(?!있)/;
/** "The company rejected claims … that X was a fine-tuned version of Y": an English clause a denial governs (the text before a match). */
export const DENIED_CLAIM_BEFORE = /\b(?:rejected|denied|denies|dismissed|refuted|disputed)\s(?:(?:the\s|some\s)?(?:[a-z-]{2,15}\s){0,2}(?:claims?|reports?|suggestions?|speculation|rumou?rs?|allegations?)\b[^.;]{0,80}?\b)?that\s[^.;]{0,40}$/;
/** "A report (last week) that X was built on Y …": a claim's "that" clause opening before a match (the text before it). */
export const CLAIM_THAT_BEFORE = /\b(?:claims?|reports?|suggestions?|speculation|rumou?rs?|allegations?)\b[^.;]{0,60}?\bthat\s[^.;]{0,40}$/;
/** "… was "not true," an official said": the claim, its clause over, called untrue (the text after the match). */
export const CLAIM_CALLED_UNTRUE = /^[^.;]{0,60}?\s(?:was|is|were|are)\s["'“‘]?(?:not\s(?:true|accurate|correct)|untrue|false|inaccurate|groundless|baseless|unfounded)\b/;
/** "Someone alleged (that) X was derived from Y": an English clause an allegation governs (the text before a match). */
export const ALLEGED_BEFORE = /\b(?:alleged|allegedly)\s(?:that\s)?[^.;]{0,40}$/;
/** "Reports say (that) X was built on Y", "X was reportedly distilled from Y": a base only passed on (the text before a match). */
export const REPORTED_BEFORE = /\b(?:(?:[Rr]eports?|[Rr]umou?rs?|[Ss]ources|[Cc]ritics)\s(?:say|said|claim|claimed|suggest|suggested)|(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ne|[Oo]nline)\s(?:[a-z]{2,12}\s){1,2}(?:have\s)?(?:claim|claimed)|reportedly|rumou?red)\s(?:that\s)?[^.;]{0,40}$/;
/** "X와 협력 관계가 있는 것은 아니고": the clause the match stands in, made a noun and denied (within its own clause). */
export const DENIED_AS_NOUN = /^[^,."“”()]{0,20}?[가-힣]\s(?:것|건)(?:은|이)?\s?아니/;
/** The match's own verb asked as an open question ("Y를 기반으로 만들었나요?", "X와 협력하고 있습니까?"): an FAQ's or an interviewer's question states nothing. */
export const ASKED_RIGHT_AFTER = /^\s?(?:[가-힣]{1,6}\s)?[가-힣]{0,6}?(?:나요|습니까|을까요|ㄹ까요|인가요|닌가요|닌가|닐까요|는지요|었니|했니|했냐|었냐)\?/;

/** A predicate asked about and answered no right after ("\"Y와 공동개발? 사실무근\"", "X 기반? 아니다"): the question is denied, not stated. */
export const ASKED_AND_DENIED = /^[가-힣]{0,4}\?\s?(?:[.…]{1,3}\s?)?['"’”]?\s?(?:사실무근|사실\s?아냐|사실이\s?아니|아니다|아닙니다|아니에요|낭설|오보|전혀\s아니)/;
