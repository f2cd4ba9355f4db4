/**
 * The words that stand for a programme the article named before ("이 사업에", "본 과제는", "2차 공모에", "당시 사업을
 * 총괄한 NAME"): the patterns references.ts reads programme references with.
 */

/** (POLICY_REF: also a bare programme word opening the sentence as where companies take part: "프로젝트에 참여 중인 A, B 등이",
 * or after the companies' topic and "모두" ("A와 B는 모두 프로젝트에 계속 참여 중이다"),
 * "현재 프로젝트에는 A, B 등이 참여하고 있다", "이로써 프로젝트는 기존 A, B 컨소시엄에 C 컨소시엄이 더해져";
 * and "이 사업 지원 대상으로", "이 사업 수혜 기업", "이 사업 1차 지원 기업으로": the programme before the word for who it serves.) */
export const POLICY_REF = /(?:이|해당|이번|같은|이 같은|(?<![\d.])[1-9]차|[1-9]단계|첫|추가(?=\s?공모를\s))\s?(?:(?:시범|실증|선도|지원)\s?사업|사업|프로젝트|공모|프로그램)(?=에|의|은|는|을|를|에서|\s(?:[1-9]차\s?)?(?:지원\s?)?(?:대상|수혜\s?기업|수행\s?기관|참여\s?기업)|\s(?:[1-9]차\s?)?(?:지원|선정)\s?(?:기업|기관|업체)(?:으로|로)\s)|^(?:사업|프로젝트|프로그램)(?=에\s?(?:참여|참가|선정|합류|이름을 올))|(?<=[가-힣](?:은|는)\s(?:모두|함께|나란히|여전히)\s)(?:사업|프로젝트|프로그램)(?=에\s(?:계속\s)?(?:참여|참가)\s?(?:중|하고|하며|해\s왔|해왔))|^(?:현재|지금|이미|올해)\s(?:사업|프로젝트|프로그램)(?=에는\s[^.]{0,60}?(?:참여|참가)(?:하고|해|했|\s중))|^(?:이로써|이에\s?따라|이에|결국|이제)\s(?:사업|프로젝트|프로그램)(?=(?:은|는)\s(?:기존|현재)\s[^.]{0,60}?컨소시엄)|(?:선정|참여|최종)\s?(?:기업|기관|팀)(?=에는|으로는|은|는|에)|정예\s?(?:팀|기업)(?=에는|으로는|으로|은|는|이|을|의|에|에도|인\s)/;
/** "정예팀 선발에서 떨어진 뒤", "정예 기업 선정에서": the programme's own selection of its teams, named by the team word (the programme named last). */
export const TEAM_SELECTION_REF = /(?<![가-힣])정예\s?(?:팀|기업)\s?(?:선발|선정|공모|심사)(?=에서|에선|에서는|에서도|에|에는|에도|을|를|의)/;
/** "당시 사업을 총괄한 NAME 원장은", "그 사업을 이끈 NAME": the programme just named, taken up again by the one who led it (a sentence opening "사업을 총괄하는 NAME 과장은" is BARE_PROGRAMME_OBJECT's: the headline's programme, or the last of its own word). */
export const LED_PROGRAMME_REF = /(?<![가-힣])(?:당시|그)\s(?:사업|프로젝트|프로그램)(?=(?:을|를)\s(?:직접\s)?(?:총괄|이끈|이끌|이끄|지휘|진두지휘|관장)(?:한|하는|했던|하던|하고|던|는|고)?\s)/;
/** "이번 사업의 목표", "이번 공모에는": this programme (or its call for applicants), the one the article is about. */
export const THIS_PROGRAMME = /(?<![가-힣])이번\s?(?:사업|프로젝트|공모)(?=에|의|은|는|을|를|에서|이|가)/;
/** "A와 B는 지원서를 냈지만": an application handed in, no programme named, is one to the programme the article is about (before the word). */
export const APPLICATION_REF = /(?<=\s)(?=(?:지원서|신청서|참가\s?신청서)(?:를|을)\s(?:냈|제출했|제출한|접수했|넣었))/;
/** "본 사업은", "본 프로젝트의": a notice's or a report's own project (and "본 공고에 관한 사항은": the programme the notice announces). */
export const OWN_PROGRAMME_REF = /(?<![가-힣])본\s(?:사업|프로젝트|과제)(?=에|의|은|는|을|를|으로|로)|(?<![가-힣])본\s공고(?=에\s(?:관한|대한)\s(?:사항|문의))/;
/**
 * A bare programme word before one of its evaluation rounds ("프로젝트 1차 평가를 통과한 A·B", "이번 사업 최종 심사에서", after a
 * topic: "A는 프로젝트 1차 평가에서 B 컨소시엄의 일원으로 참여했다"; after the companies it was passed with: "B와 함께 프로젝트 1차 관문을
 * 통과한"), or
 * one of its numbered stages anywhere in the sentence ("자료에 따르면 프로젝트 2차 단계에는 A·B … 참여하고 있다"): the programme named last.
 */
export const PROGRAMME_ROUND_REF = /(?:^|(?:이|해당|이번|같은)\s?|(?<=[가-힣A-Za-z0-9)][은는]\s)|(?<=(?:와|과)\s(?:함께|나란히)\s))(?:사업|프로젝트|프로그램)(?=\s(?:[1-9]차|최종)\s?(?:단계\s?)?(?:평가|심사|관문))|(?<![가-힣])(?:사업|프로젝트|프로그램)(?=\s[1-9](?:차\s?)?단계(?:에는|에서는|에|에서|의)\s)/;
/** An official's sentence with a bare programme word (or "본사업", the project's full run) as the object of leading or announcing it ("사업을 총괄하는 홍 차관은", "사업을 이끄는 X 국장은", "프로젝트 일정을 직접 발표했다", "프로젝트 확대 방침을 밝혔다")
 * or of pushing it on ("사업을 끝까지 밀고 가겠다", "프로젝트를 흔들림 없이 추진하겠다"), or of urging companies to join it ("프로젝트 참여를 독려했다"). */
export const BARE_PROGRAMME_OBJECT = /(?<![가-힣])(?:본\s?)?(?:사업|프로젝트)(?=(?:\s(?:일정|계획|로드맵|실무|업무|운영|확대|확대\s방침|확대\s계획|추진\s방침|추진\s계획|방침|예산|청사진|비전))?(?:을|를)\s(?:(?:직접\s)?(?:발표|총괄|지휘|진두지휘|관장|주도|챙기|이끄|이끈|이끌|밝히|밝힌|밝혔|공언|약속)|(?:끝까지\s|흔들림\s없이\s|차질\s없이\s|계획대로\s|예정대로\s|계속\s)?(?:추진하겠|추진해\s?나가겠|밀고\s?가겠|밀고\s?나가겠|이어가겠|완수하겠))|\s발표를\s맡|\s(?:참여|참가|신청)(?:을|를)\s(?:적극\s)?(?:독려|당부|권유|호소|촉구))/;
/** A bare programme word as the topic an official leads ("프로젝트는 홍길동 제2차관이 총괄해 왔고", "사업은 X 국장이 이끈다", "사업 전반은 X 과장이 총괄합니다"; right after a minutes turn's label: "○X부장관 NAME 프로젝트는 …"). */
export const BARE_PROGRAMME_TOPIC = /(?:(?<![가-힣A-Za-z0-9'"’”」』]\s?)|(?<=^[○◯]\s?[가-힣]{1,20}\s[가-힣]{2,4}\s))(?:사업|프로젝트)(?=(?:\s(?:전반|전체|운영|실무))?(?:은|는)\s[^.,]{2,40}?(?:이|가)\s(?:직접\s)?(?:총괄|지휘|진두지휘|관장|주도|챙기|챙겨|이끄|이끈|이끌))/;
/** "…사업을 총괄하는 NIPA 홍길동 디지털헬스 PM은": a programme manager (an agency's PM), the official in charge of the programme. */
export const PROGRAMME_MANAGER = /(?<![A-Za-z])PM(?:은|는|이|가|도)\s/;
/** The same with a bare plan or strategy word ("계획을 총괄하는", "전략 발표를 맡은"): the last policy named with that word; a bare 제도 ("제도 설계를 주도한"): the last policy that is no programme (a tax credit, a voucher). */
export const BARE_PLAN_OBJECT = /(?<![가-힣])(계획|전략|제도)(?=(?:\s(?:설계|일정|계획|로드맵|실무|업무|운영|확대|확대\s방침|확대\s계획|추진\s방침|추진\s계획|방침|예산|청사진|비전))?(?:을|를)\s(?:직접\s)?(?:발표|총괄|지휘|진두지휘|관장|주도|챙기|이끄|이끈|이끌|밝히|밝힌|밝혔|공언|약속)|\s발표를\s맡)/;
/** "X 컨소시엄도 공모에 신청했으나": the bare call a consortium or a team applied to, the programme the article is about. */
export const CALL_APPLIED = /(?<=(?:컨소시엄|팀)(?:은|는|이|가|도)\s)공모(?=에\s(?:신청|지원|응모)(?:했|한|하|해))/;
/** "2차 공모를", "3차 공모에", "2기 공모": a programme's numbered call for applicants. */
export const NUMBERED_CALL = /(?<![\d.])[1-9](?:차|기)\s?공모(?=에|의|은|는|을|를|에서|\s)/;
/** "2단계 사업에", "3차 프로젝트의": a numbered phase of a programme. */
export const PHASE_PROGRAMME = /(?<![\d.])[1-9](?:단계|차)\s?(?:사업|프로젝트)(?=에|의|은|는|을|를|에서)/;
/** A fund's name: no programme a bare "사업" means. */
export const FUND_NAME = /(?:펀드|기금)$/;
export const PROGRAMME_WORD_END = /(?:사업|프로젝트|프로그램|공모|챌린지)$/;
/** "이 제도는", "해당 절차를": a scheme or procedure word pointing back to the policy named last ("'사전 적합성 확인제'를 … 이 제도는 …"). */
export const THIS_SCHEME_REF = /(?<![가-힣])(?:이|해당|같은)\s?(?:제도|절차)(?=(?:은|는|을|를|에|에는|의)\s)/;
