/** The cues a pattern match is checked against after it matched: comparisons, successors, subjects and objects around it. */
import { END_CHAR, TYPE_CHAR } from './compile.js';

/** "A의 후속 모델로", "A의 차기작인", "A를 잇는 후속 모델로": the model is what another one follows; "A에서 증류…", "A로부터 파생된": what another was made from. */
export const SUCCESSOR_OF = /^['"’”]?\s?(?:의\s?(?:후속|차기|후계|업그레이드|개선)|[을를]\s(?:잇는|이은|계승한|계승하는)\s(?:후속|차기)|(?:에서|로부터|으로부터)\s?(?:증류|파생))/;
/** A model named as what another follows, is compared with, or is built on ("Y를 토대로 … 추가 학습시켰고", "Y를 증류해 만든 모델로"). */
export const MODIFIER_MODEL = new RegExp(`${SUCCESSOR_OF.source}|^['"’”]?\\s?(?:보다|대비|에 비해)|^['"’”]?\\s?(?:을|를|에)\\s?(?:기반|토대|바탕|베이스|뼈대)(?:으로|로)\\s|^['"’”]?\\s?(?:을|를)\\s(?:증류|파인튜닝|미세\\s?조정|추가\\s?학습)(?:해|하여|해서|한)\\s`);
/** Up to a comma or a dash, a model token followed by a subject or topic particle ("… 중이던 '세렌디-KO 2'는"). */
// ("…를 증류해 만든 경량 모델 'B'(20억 개)도 함께 공개": the subject may carry a parenthesised note and 도)
// (not one opening an aside in brackets after the match: "…74.5점을 기록했다(B는 66.1점)" gives B's own score, the match is still the focus's; so does one after a word, "47.3점 (원본 B는 35.1점)"; nor a rival 'not to mention', "A(41.2점)은 물론 C도")
// (nor one past a slash that closes a list item: "KMMLU 52.1 / HRM8K 41.0 / 원본 B는 44.2" gives B its own pair, the earlier ones are still the focus's)
export const SUBJECT_MODEL_AFTER = new RegExp(`^[^,—–/\uE001-\uE006]{0,24}(?<![(（](?:[가-힣]{1,4}\\s)?['"‘“]?)${TYPE_CHAR.Model}\\d+${END_CHAR}['"’”]?(?:\\s?\\([^()]{1,20}\\))?(?:은|는|이|가|도)(?![가-힣])(?!\\s물론\\s)`);
/** Up to a comma, a relative clause's verb, then a model token as the object ("… 개발한 'B'를"; not a base: "… 개발한 B를 기반으로"). */
export const OBJECT_MODEL_AFTER = new RegExp(`^[^,\uE001-\uE006]{0,24}(?:한|된|던)\\s['"‘“]?${TYPE_CHAR.Model}\\d+${END_CHAR}['"’”]?(?:\\s?\\([^()]{1,20}\\))?(?:을|를)(?![가-힣])(?!\\s?(?:기반|바탕|토대|베이스|뼈대))`);

/**
 * "…와 공동으로 검증 모델을 개발한다는 소문에 대해": the match's own clause goes on to call itself a rumour or a report
 * (or a headline that went round: "A와 B가 손잡았다는 기사 제목이 돌았는데").
 */
export const RUMOURED_AFTER = /^[^,.;\uE001]{0,40}?다는\s(?:(?:소문|루머|설|얘기|말|관측|보도)(?:이|가|을|에|은|도|과|까지|만)|기사(?:\s?제목)?(?:이|가|도)\s(?:돌|나돌|퍼))/;

/** What ends the text before a list's later member: "A와 B", "A, B", "A 및 B". */
export const LIST_BEFORE = /(?:[와과,]|및)\s?$/;

export const COMPARED = /^['"’”]?\s?(?:보다|대비|에 비해|와 비교|과 비교|[을를] 제치|[을를] 제쳤|[을를] 앞서|[을를] 앞섰|[을를] 앞질|[을를] 따돌|[을를] 누르|[을를] 눌렀|를 넘어|을 넘어|[을를] 넘었|에 근접|에(?:는|도)? (?:못 미|뒤지|뒤졌|뒤진|밀렸|밀린)|와 비슷|과 비슷|와 견줘|과 견줘|(?:이|가) 아닌\s)/;
/** "- X 4.0: 81": a list item that is only a name, a colon and a number under a benchmark's line, where a bare integer is a score. */
export const COLON_ITEM = /^[^:：]{1,80}[:：]\s?\uE006\d+\uE00F\s*$/;
/** "0.65점에 그친 구글 '젬마 3 27B'를 앞질렀다": a score in a relative clause on the compared model is that model's own. */
export const OWN_SCORE_BEFORE = /\d(?:점|%)(?:에 그친|에 머문|에 머무른|[을를] 기록한|[을를] 받은|[을를] 얻은)\s(?:[^\s\d]{1,10}\s){0,2}['"‘“]?$/;
/** A quote and a score in parentheses right after a model ("'Y'(80.5점)"): skipped to read what follows the model. */
export const PAREN_SCORE = /^['"’”]?\s?\(\s?\d+(?:\.\d+)?\s?(?:점|%)?\s?\)/;

/** A focus rule's match opening on a pronoun for the model ("it scored …"): the focus named earlier in the sentence is what it means. */
export const PRONOUN_OPENING = /^(?:[Ii]t|[Tt]his|[Tt]he(?:\snew)?\s(?:model|LLM))\s/;

/**
 * An unnamed party or model as the subject ("한 리걸테크 업체는", "어느 스타트업이", "X사의 제출 모델은"; a model a team tuned,
 * "NAME 팀이 파인튜닝한 모델은"; a cited paper's authors in related work, "김 외(2025)는", "Park et al. (2024)"): a focus rule's deed
 * or score after it is that one's, not the focus model's.
 */
export const UNNAMED_SUBJECT =
  /(?:^|\s)[가-힣A-Za-z]{1,12}\s?(?:외|등|et al\.?)\s?\((?:19|20)\d{2}[a-z]?\)(?:은|는|이|가|의|에서)?\s|(?:^|\s)(?:한|어느|모|또 다른)\s(?:[가-힣A-Za-z]{1,10}\s)?(?:업체|기업|회사|스타트업|연구팀|개발사|기관)(?:은|는|이|가|도)\s|^[^\s,]{2,20}의\s(?:[가-힣]{1,4}\s)?(?:모델|LLM)(?:은|는|이|가)\s|(?:팀|연구진|참가자|참가팀|학생|동문)(?:이|가)\s(?:[^\s,]{1,10}\s){0,2}?(?:파인튜닝|미세\s?조정|튜닝|추가\s?학습)(?:한|시킨)\s(?:[가-힣A-Za-z]{1,6}\s)?(?:모델|LLM)(?:은|는|이|가)\s/;

/** Two partners as the subject ("양사는", "두 회사가"): a deed a focus rule would give the model in focus is the partners' plan. */
export const PARTNERS_SUBJECT = /(?:^|\s)(?:양사|양측|두\s(?:회사|기업|곳))(?:은|는|이|가|도)\s/;

/**
 * After a score: a round figure (an integer) the text says something barely passed or fell short of, or passes as a level
 * ("70점을 겨우 넘는 수준", "60점에 간신히 못 미쳤다", "50점을 밑도는 수준"), a threshold rather than the score itself.
 */
export const THRESHOLD_AFTER = /^\s?(?:점|%)?\s?(?:을|를|에)\s(?:(?:겨우|간신히|가까스로|갓|살짝)\s(?:넘|웃돌|밑돌|못\s?미|못\s?넘)|(?:넘|웃도|밑도|못\s?미치|못\s?넘)는\s(?:수준|정도|선))/;
/** "GPT-4o는 데이터 생성에만 쓰였고 …": a model the sentence sets aside as used only to make data is no rival subject of a focus rule after it. */
export const DATA_ONLY_MODEL = /^['"’”]?(?:은|는)\s(?:[^\s,.]{1,12}\s){0,2}?(?:합성\s?)?(?:데이터|라벨|정답|풀이|문제)(?:를|을)?\s?(?:생성|제작|합성|만드는\s?데|만들기)(?:에만|만|용으로만|용도로만)\s(?:쓰였|쓰이|사용됐|사용되었|활용됐|이용됐|썼)/;

/** After a benchmark's name, a part of it: "코딩 부문은", "수학 영역에서", "세부 항목 중" ("종합 부문", "전체 영역": the whole is no part; nor a language's, "MTEB 한국어 부문": that is the benchmark's Korean edition). */
export const BENCH_PART_AFTER = /^['"’”]?\s(?!(?:종합|전체|총점|평균|통합|한국어|영어|일본어|중국어|다국어|국문|영문)\s?(?:부문|영역|분야|항목))[가-힣A-Za-z]{1,8}\s?(?:부문|영역|분야|항목|카테고리|과목)(?:은|는|에서|에선|에서는|에서도|의|만|도)?(?=[\s,.]|$)/;
/** Words that break a benchmark's results down into parts: "세부 항목 중", "세부 결과", "부문별", "영역별 점수", "하위 항목". */
export const BREAKDOWN = /세부|(?:부문|영역|분야|항목|과목)별|하위\s?(?:항목|과제|영역)/;
