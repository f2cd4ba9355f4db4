/**
 * References across sentences: phrases that stand for an entity the article named before ("같은
 * 평가에서", "해당 모델은", "이 컨소시엄은", "배 장관이"), added to a sentence's mentions as
 * mentions `via: 'reference'` so the relation patterns read them like names.
 */
import { alternation, perRuleSet, REGIONAL_HEAD } from './engine/compile.js';
import { inSpeech } from './korean.js';
import type { Mention, RuleSet } from './types.js';

/** A mention of `m` at [start, end) that stands for it by reference (no aliases, no properties of its own). */
export function referenceTo(m: Mention, start: number, end: number): Mention {
  return { ...m, aliases: [], start, end, via: 'reference', properties: undefined };
}

/** (POLICY_REF: also a bare programme word opening the sentence as where companies take part: "프로젝트에 참여 중인 A, B 등이".) */
const PERSON_REF = /(?<![가-힣])이\s?(?:대통령|장관|대표|회장|사장|부회장|총리|CEO)(?=은|는|이|가|의|도)/;
const POLICY_REF = /(?:이|해당|이번|같은|이 같은|(?<![\d.])[1-9]차|[1-9]단계|첫)\s?(?:사업|프로젝트|공모|프로그램)(?=에|의|은|는|을|를|에서)|^(?:사업|프로젝트|프로그램)(?=에\s?(?:참여|참가|선정|합류|이름을 올))|(?:선정|참여|최종)\s?(?:기업|기관|팀)(?=에는|으로는|은|는|에)|정예\s?(?:팀|기업)(?=에는|으로는|으로|은|는|이|을|의|에|에도|인\s)/;
/** An official's sentence with a bare programme word as the object of leading or announcing it ("사업을 총괄하는 홍 차관은", "사업을 이끄는 X 국장은", "프로젝트 일정을 직접 발표했다", "프로젝트 확대 방침을 밝혔다"). */
const BARE_PROGRAMME_OBJECT = /(?<![가-힣])(?:사업|프로젝트)(?=(?:\s(?:일정|계획|로드맵|실무|업무|운영|확대|확대\s방침|확대\s계획|추진\s방침|추진\s계획|방침|예산|청사진|비전))?(?:을|를)\s(?:직접\s)?(?:발표|총괄|지휘|진두지휘|관장|주도|챙기|이끄|이끈|이끌|밝히|밝힌|밝혔|공언|약속)|\s발표를\s맡)/;
/** The same with a bare plan or strategy word ("계획을 총괄하는", "전략 발표를 맡은"): the last policy named with that word. */
const BARE_PLAN_OBJECT = /(?<![가-힣])(계획|전략)(?=(?:\s(?:일정|계획|로드맵|실무|업무|운영|확대|확대\s방침|확대\s계획|추진\s방침|추진\s계획|방침|예산|청사진|비전))?(?:을|를)\s(?:직접\s)?(?:발표|총괄|지휘|진두지휘|관장|주도|챙기|이끄|이끈|이끌|밝히|밝힌|밝혔|공언|약속)|\s발표를\s맡)/;
/** A score: "71.2점", a percentage given as a result ("91.2%로 뒤를 이었다", "88.7%를 기록했다", "58.4%에 그쳤다"; not "97% 수준"), or a leaderboard's decimal without 점 given as a score ("종합 점수 0.812", "0.821을 기록했다", "0.794로 5위"). */
export const SCORE_STATEMENT = /\d(?:\.\d+)?점|(?<![\d.])\d\.\d{2,4}(?:(?:을|를)\s(?:받|기록|얻|달성)|(?:으로|로)\s(?:\d{1,2}위|[가-힣]*\s?\d{1,2}위))|점수(?:는|가)?\s\d\.\d{2,4}(?![\d.])|\d(?:\.\d+)?\s?%(?:로|으로|를|을|에)\s(?:뒤를|가장|기록|받|얻|달성|그쳐|그쳤|머물|최하|최고|최상|선두|[1-9]위)/;
/** Ranked results ("…%에 그쳐 최하위였다" too): list marks, "2위는", "81.3점으로 가장 높았다/뒤를 이었다", "A: 85.7점, B: 65.1점", "…(68.9점) 순이었다", "나머지 모델의 점수는". */
export const RANKED = /[△▲][^△▲]{1,60}?\d(?:\.\d+)?\s?점|(?<!\d)\d{1,2}위(?:는|가|에|로|였|이|를)|[:：]\s?\d+(?:\.\d+)?\s?점[^:：]{1,60}[:：]\s?\d|\d\s?점\)?\s?(?:순이었|순이다|순으로|순)|(?:나머지|다른|이어|뒤를 이어|그 뒤)[^.]{0,30}\d(?:\.\d+)?\s?점|\d(?:\.\d+)?\s?점(?:으로|을 받아)\s(?:가장\s높|뒤를\s이|최고|선두)|\d(?:\.\d+)?\s?(?:%|점)(?:로|으로|에|를|을)\s[^.]{0,12}(?:가장\s높|뒤를\s이|최하위|최상위|꼴찌|선두)/;
/** The end of a clause that a contrast follows ("…못 미쳤지만, ", "…낮았으나 ", "…뒤졌는데 "). */
const CONTRAST_CUT = /[가-힣](?:지만|으나|는데|반면),?\s/;
const BENCH_REF = /(?:같은|동일한|동일|해당|이)\s?(?:평가|벤치마크|시험|테스트|리더보드)(?=에서|에선|에서는|에서도|의|\s)/;
const MODEL_REF = /(?<![가-힣])(?:이|해당|이번|새|신규|이번에 (?:공개|출시|선보인|발표)(?:한|된)?|공개된)\s?(?:모델|LLM|sLM)(?=은|는|이|가|을|를|의|도)/;

/** "같은 평가에서", "해당 모델은": references to the benchmark / model the article was just talking about. */
export function addReferences(text: string, ms: Mention[], focus: Mention | undefined, bench: Mention | undefined, person: Mention | undefined, policy: Mention | undefined, benchRecent: boolean, programme: Mention | undefined, rules: RuleSet): void {
  addReference(text, ms, BENCH_REF, bench, 'Benchmark');
  addReference(text, ms, PERSON_REF, person, 'Person');
  addReference(text, ms, POLICY_REF, policy, 'Policy');
  if (ms.some((x) => x.type === 'Person') && titleRes(rules).inSentence.test(text)) {
    addReference(text, ms, BARE_PROGRAMME_OBJECT, programme ?? policy, 'Policy'); // a bare 사업 is the last programme, not a strategy named since
    const plan = BARE_PLAN_OBJECT.exec(text);
    if (plan && policy?.surface.endsWith(plan[1]!)) addReference(text, ms, BARE_PLAN_OBJECT, policy, 'Policy');
  }
  // the sentence after the benchmark, or a ranking a few sentences on ("△A 0.73점 △B 0.70점", "2위는 X(69.8점)였다")
  const ranked = benchRecent && RANKED.test(text);
  if (bench && (bench.via === 'previous' || ranked) && !ms.some((x) => x.type === 'Benchmark') && ms.some((x) => x.type === 'Model') && SCORE_STATEMENT.test(text)) {
    ms.unshift(referenceTo(bench, 0, 0));
  } else if (bench?.via === 'previous' && ms.some((x) => x.type === 'Benchmark')) {
    // "'Y'(80.5점)에는 못 미쳤지만, KMMLU에서는 …": a clause before a contrast that names a model and a score but no benchmark
    // goes on with the previous sentence's benchmark; the benchmark after the contrast is the other half's
    const cut = CONTRAST_CUT.exec(text);
    if (cut && !ms.some((x) => x.type === 'Benchmark' && x.start < cut.index) && ms.some((x) => x.type === 'Model' && x.end <= cut.index) && SCORE_STATEMENT.test(text.slice(0, cut.index))) ms.unshift(referenceTo(bench, 0, 0));
  }
  addReference(text, ms, MODEL_REF, focus, 'Model');
}

/** A bare "리더보드" (no name of its own before it): the leaderboard the article named, not a sub-test named since. */
const BARE_BOARD = /(?<![가-힣A-Za-z0-9])리더보드(?=에|에서|에선|의|\s)/;

/**
 * "처음으로 리더보드에 이름을 올린 X는 68.9점으로": a score stated with a bare "리더보드" is on the last
 * benchmark named as a leaderboard, even when a sub-test ("수학 평가 'X'") was named after it.
 */
export function addBoardReference(text: string, ms: Mention[], board: Mention | undefined): void {
  if (!board || !text.includes('리더보드') || ms.some((x) => x.type === 'Benchmark') || !ms.some((x) => x.type === 'Model') || !SCORE_STATEMENT.test(text)) return;
  const r = BARE_BOARD.exec(text);
  if (!r || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  ms.push(referenceTo(board, r.index, r.index + r[0].length));
  ms.sort((a, b) => a.start - b.start);
}

/**
 * A leaderboard article: the headline names one benchmark ("'K-벤치' 리더보드 첫 공개") and a body
 * sentence states a model's score without naming any ("X는 82.4점을 받아 1위에 올랐다") while the body
 * has named no other benchmark so far: the score is on the headline's benchmark.
 */
export function addHeadlineBenchmark(text: string, ms: Mention[], headline: Mention | undefined): void {
  if (!headline || !SCORE_STATEMENT.test(text) || ms.some((x) => x.type === 'Benchmark') || !ms.some((x) => x.type === 'Model')) return;
  ms.unshift(referenceTo(headline, 0, 0));
}

/**
 * "A의 후속인 이 모델은", "A를 기반으로 만든 이 모델은", "A를 제친 이 모델은": a model inside a relative clause that ends
 * right at the reference phrase modifies it; the phrase is still the model the article was talking about.
 */
function inRelativeClause(text: string, x: Mention, at: number): boolean {
  const between = text.slice(x.end, at);
  return ADNOMINAL_END.test(between) && !/[,;:]|[다요]\.|고\s|며\s|지만\s/.test(between);
}
/** A clause ends between a model and a reference phrase: "A를 내세우지만, ", "A를 공개했고 ", "A를 내놨으며 ". */
const CLAUSE_BREAK = /(?:지만|는데|으나|고|며|으며),?\s(?:[^,]{0,12}\s)?$/;
const ADNOMINAL_END = /(?:인|한|된|은|는|던|운|린|친|든|긴|진|낸|온|만든|둔|킨)\s$/;

/** One reference phrase (`re`) standing for `m`, unless it overlaps a mention or the sentence names its own of that type. */
function addReference(text: string, ms: Mention[], re: RegExp, m: Mention | undefined, type: Mention['type']): void {
  if (!m && type !== 'Model') return;
  const r = re.exec(text);
  if (!r || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  const before = type === 'Model' ? ms.filter((x) => x.type === 'Model' && x.start < r.index && !inRelativeClause(text, x, r.index)) : [];
  // "X는 A를 내세우지만, 이 모델이 …": one model in the clause before stands for "이 모델" in the next clause of the sentence
  // (a demonstrative only: "새 모델", "신규 모델" in the next clause are another model)
  if (before.length === 1 && before[0]!.via !== 'reference' && /^(?:이|해당)\s?(?:모델|LLM|sLM)/.test(r[0]) && CLAUSE_BREAK.test(text.slice(before[0]!.end, r.index))) {
    ms.push(referenceTo(before[0]!, r.index, r.index + r[0].length));
    ms.sort((a, b) => a.start - b.start);
    return;
  }
  if (!m || ms.some((x) => x.type === type && (type !== 'Model' || (x.start < r.index && !inRelativeClause(text, x, r.index))))) return;
  ms.push(referenceTo(m, r.index, r.index + r[0].length));
  ms.sort((a, b) => a.start - b.start);
}

/** Selection outcomes ("… 등은 최종 선정되지 못했다", "정예팀에서 탈락한"): about the programme named just before. */
const SELECTION_STATEMENT = /컨소시엄\s?\([^)]{2,60}\)|(?:와|과) 함께 (?:최종\s)?(?:선정됐|선정되었|선정돼|뽑혔)|컨소시엄(?:에는|에도|엔)\s|(?:와|과) (?:한 ?팀을|컨소시엄을) (?:꾸|이|구성|결성)|관문을 넘지 못|문턱을 넘지 못|(?:선정|평가|심사)에서 제외|탈락|고배|선정되지 못|최종 선정|정예팀|발표 평가|서면 평가|단계 평가|[12]차 평가|[12]차 심사|최종 후보|(?:통과|선정|낙점)(?:한|된) (?:곳|팀|기업|컨소시엄)|[1-9]차 단계에 (?:진출|합류|올랐|오른|참여)|[1-9]차(?:\s?단계)?(?:를|을|에서|에선)?\s(?:통과|떨어|탈락|고배)|(?:추가 공모|재공모|추가 선발)(?:에서|에선|를 통해|으로|로)\s[^.]{0,60}(?:선정|뽑|합류|참여|참가)/;

export function addSelectionReference(text: string, ms: Mention[], policy: Mention | undefined): void {
  if (!policy || ms.some((x) => x.type === 'Policy') || !ms.some((x) => x.type === 'Company') || !SELECTION_STATEMENT.test(text)) return;
  ms.unshift(referenceTo(policy, 0, 0));
}

export function addSurnameReferences(text: string, ms: Mention[], bySurname: Map<string, Mention>, rules: RuleSet): void {
  if (!bySurname.size) return;
  const SURNAME_TITLE = titleRes(rules).surnameTitle;
  SURNAME_TITLE.lastIndex = 0;
  for (let r = SURNAME_TITLE.exec(text); r; r = SURNAME_TITLE.exec(text)) {
    const p = bySurname.get(r[1]!);
    const end = r.index + r[0].length;
    if (!p || ms.some((x) => x.key === p.key || (x.start < end && r!.index < x.end))) continue;
    // an official's surname stands for the name, the title after it as after a full name ("배 장관은" reads like "배경훈 장관은");
    // a company title stays inside the reference ("윤 상무의 후임으로" names no post held)
    const official = rules.lexicon.officialTitles.includes(r[0].slice(r[1]!.length).trim());
    ms.push(referenceTo(p, r.index, official ? r.index + r[1]!.length : end));
    ms.sort((a, b) => a.start - b.start);
  }
}

/** "이 컨소시엄은 … 선정됐다", "컨소시엄에는 B, C가 참여했다": the consortium of the company the article was just talking about. */
const CONSORTIUM_REF = /^\s?(?:(?:이|해당|같은|이번|정예팀|정예)\s?)?(?=컨소시엄(?:에는|에|은|는|이|의)\s)/;

export function addConsortiumReference(text: string, ms: Mention[], lead: Mention | undefined): void {
  if (!lead) return;
  const r = CONSORTIUM_REF.exec(text);
  // (a programme reference put at the start by addSelectionReference takes no room)
  if (!r || ms.some((x) => x.end > 0 && x.start < r[0].length + 4)) return;
  const at = ms.findIndex((x) => x.end > 0);
  ms.splice(at < 0 ? ms.length : at, 0, referenceTo(lead, 0, r[0].length));
}

interface TitleRes {
  /** An official as a subject anywhere in the sentence ("홍 차관은"). */
  inSentence: RegExp;
  /** A government official's title after a person's name, then the topic particle ("배경훈 부총리 겸 과기정통부 장관은", "광주시장은"). */
  afterName: RegExp;
  /** A broadcast bite's caption after the name: "/ 과학기술정보통신부 장관 "…"" (the quote, or the line's end, right after the title). */
  biteAfter: RegExp;
  /** "홍 전무는", "배 장관이": a surname and a title, for the person of that surname named before. */
  surnameTitle: RegExp;
  /** "재무 쪽은 … A 최고재무책임자(CFO)가 맡는다": a role held at the company the article is about. */
  roleHeld: RegExp;
}

/** The title regexes, from lexicon.jsonl's title and officialTitle lists (the {TITLE} and {OFFICIAL} pattern macros read the same). */
const titleRes = perRuleSet((rules: RuleSet): TitleRes => {
  const lx = rules.lexicon;
  const official = alternation(lx.officialTitles);
  const any = alternation([...new Set([...lx.titles, ...lx.officialTitles])]);
  const afterSurname = alternation([...new Set([...lx.titles, ...lx.officialTitles, ...lx.surnameTitles])]);
  return {
    // (or any title of a city's or province's official: "부산시 디지털경제실장은")
    inSentence: new RegExp(`(?:${official})(?:은|는|이|가|도)\\s|[가-힣]{2,6}(?:특별자치도|특별자치시|광역시|특별시|시|도)\\s[가-힣A-Za-z]{0,10}?(?:${any})(?:은|는|이|가|도)\\s`),
    afterName: new RegExp(`^\\s?(?:(?:[가-힣A-Za-z0-9]{1,12}\\s){0,3}[가-힣A-Za-z0-9]{0,10}?(?:${official})|${REGIONAL_HEAD})(?:은|는|이|가|도)\\s`),
    biteAfter: new RegExp(`^\\s?\\/\\s?(?:[가-힣A-Za-z0-9]{1,12}\\s){0,3}[가-힣A-Za-z0-9]{0,10}?(?:${official})(?=\\s?["“'‘]|\\s*$)`),
    surnameTitle: new RegExp(`(?<![가-힣A-Za-z0-9])([가-힣])\\s?(?:${afterSurname})(?=은|는|이|가|의|도|께서|에게|과|와)`, 'g'),
    // "… CTO가 맡는다", "… 최고AI책임자(CAIO)가 이끄는 연구팀이 개발을 맡았다": a role held at the company the sentences are about
    roleHeld: new RegExp(`(?:${any})(?:\\s?\\([A-Za-z]{2,6}\\))?(?:이|가)\\s(?:(?:[가-힣]{1,8}(?:을|를)\\s)?(?:맡는다|맡고 있다|이끈다|총괄한다)\\.?$|이끄는\\s(?:연구팀|개발팀|연구진|개발진|팀|조직)(?:이|은|는|을|에서)\\s)`),
  };
});

/** "'X 사업'과 별도로", "X와 달리": a programme named only to set another apart from it. */
const CONTRASTED = /^['"’”」』]?\s?(?:(?:와|과)\s(?:별도로|별개로|달리|다르게)|(?:에 비해|보다|에 이어)\s)/;

/** Whether a programme mention is only a contrast, not a topic of the article. */
export function isContrasted(text: string, m: Mention): boolean {
  return CONTRASTED.test(text.slice(m.end, m.end + 12));
}

/** A policy that is no programme ("소버린 AI", not "… 사업"), named inside a quoted speech. */
export function isSpokenSlogan(text: string, m: Mention): boolean {
  return !/(?:사업|프로젝트|프로그램)$/.test(m.surface) && inSpeech(text, m.start);
}

// an official speaking, announcing, or in charge of it ("고 했다", "결과를 발표하며", "직접 챙기는 사업", "사업을 총괄하는")
const STATEMENT = /(?:말했|밝혔|강조했|설명했|약속했|덧붙였|전했|당부했|역설했|[다고]\s?했)(?:다|습니다|어요)|(?:발표|브리핑)(?:하며|했다|했습니다|하면서)|(?:직접\s)?(?:챙기는|총괄하는|이끄는|주도하는|진두지휘하는)\s(?:[가-힣]{1,6}\s)?(?:사업|프로젝트|정책)/;

/** The person stands in a clause after every one of these mentions ("…내세웠고, 홍길동 장관은"). */
function laterClause(text: string, before: Mention[], person: Mention): boolean {
  return before.every((x) => x.end <= person.start && /(?:고|며|으며|면서),\s/.test(text.slice(x.end, person.start)));
}

/**
 * An official's statement in an article about one programme ("배 장관은 "…집중 지원하겠다"고
 * 말했다") is about that programme: a reference to it right after the speaker, unless the sentence
 * names a programme of its own or the article has named more than one (one named only in contrast,
 * "'X 사업'과 별도로", is not counted: `isContrasted`).
 */
export function addOfficialReference(text: string, ms: Mention[], policy: Mention | undefined, policiesNamed: number, rules: RuleSet): void {
  // (a slogan named only inside a quoted speech, "소버린 AI 실현을 위해 …", is no topic of the sentence; a programme is)
  if (!policy || policiesNamed !== 1) return;
  // (the programme named in an earlier clause, "이재명 대통령은 이 사업을 …내세웠고, 배 장관은 "…"고 약속했다": the later official's too)
  const named = ms.filter((x) => x.type === 'Policy' && !isSpokenSlogan(text, x));
  const person = named.length ? ms.find((x) => x.type === 'Person' && laterClause(text, named, x)) : ms.find((x) => x.type === 'Person');
  if (!person || named.some((x) => x.key !== policy.key)) return;
  const after = text.slice(person.end, person.end + 60);
  // "[인터뷰] 홍길동 / X부 장관 "…"": a bite's caption is the statement
  const t = STATEMENT.test(text) ? titleRes(rules).afterName.exec(after) : titleRes(rules).biteAfter.exec(after);
  if (!t) return;
  const at = person.end + t[0].length;
  if (ms.some((x) => x.start < at && x.end > person.end)) return;
  ms.push(referenceTo(policy, at, at));
  ms.sort((a, b) => a.start - b.start);
}

/** A sentence that opens on its partner ("한글과컴퓨터(한컴)와도 손잡고 …") and has no subject of its own. */
const PARTNER_OPENING = /^(?:와|과)(?:도|는)?\s/;
const SUBJECT_AFTER = /^(?:은|는|이|가)\s/;

/**
 * The subject the previous sentences were about ("업스테이지는 … 확대하기로 했다. 한컴과도 손잡고
 * …"): a reference to it at the start of a sentence that opens on a partner and names no subject.
 */
export function addOmittedSubject(text: string, ms: Mention[], subject: Mention | undefined): void {
  const first = ms[0];
  if (!subject || !first || ms.some((m) => m.key === subject.key)) return;
  if (ms.some((m) => (m.type === 'Company' || m.type === 'Person') && SUBJECT_AFTER.test(text.slice(m.end, m.end + 2)))) return;
  // "…와도 손잡고 …": the sentence opens on its partner
  const opensOnPartner = first.type === 'Company' && first.start <= 1 && PARTNER_OPENING.test(text.slice(first.end, first.end + 3));
  // "자체 개발한 믿:음 2.0과는 별개로 마이크로소프트(MS)와 손잡고, …": no subject, a partner with its verb
  const partnerClause = !opensOnPartner && !SUBJECT_BEFORE_VERB.test(text) && ms.some((m) => m.type === 'Company' && PARTNER_VERB_AFTER.test(text.slice(m.end, m.end + 24)));
  // "…투자를 유치했고, 중기부의 '딥테크 팁스'에도 선정됐다": no subject, a programme it was selected for
  const selectedClause = !opensOnPartner && !partnerClause && !SUBJECT_BEFORE_VERB.test(text) && ms.some((m) => m.type === 'Policy' && SELECTED_AFTER.test(text.slice(m.end, m.end + 16)));
  if (!opensOnPartner && !partnerClause && !selectedClause) return;
  ms.unshift(referenceTo(subject, 0, 0));
}

/** "지난 20일에는 … 'Y'를 오픈소스로 공개했다": a model as the object of a release verb that ends the sentence. */
const RELEASED_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)\s(?:[^\s,]{1,8}\s){0,2}(?:공개|출시|선보|내놓|내놨)(?:했|였|합니다|했습니다|한다)[^,]{0,12}$/;

/**
 * A sentence with no subject that releases one model ("지난달에는 경량 모델 'Y'를 공개했다") is the article's
 * company speaking again: the body's first subject, when it also made the model in focus (`maker`, checked by
 * the caller only for sentences this cue passes).
 */
export function addReleaseSubject(text: string, ms: Mention[], maker: () => Mention | undefined): void {
  const models = ms.filter((m) => m.type === 'Model');
  if (models.length !== 1 || ms.some((m) => m.type === 'Company' || m.type === 'Person') || SUBJECT_BEFORE_VERB.test(text)) return;
  // no subject word of any kind before the model ("… 모델은", "… 측이"); "에는", "에서는" are no subjects
  const head = text.slice(0, models[0]!.start);
  if (/[가-힣](?<!에|에서)(?:은|는|이|가)\s/.test(head) || !RELEASED_OBJECT.test(text.slice(models[0]!.end))) return;
  const company = maker();
  if (company) ms.unshift(referenceTo(company, 0, 0));
}

/**
 * "로웰AI가 11월 공개한 80억 파라미터 법률 특화 모델로, …", "X가 지난달 내놓은 추론 모델이다": a sentence naming no model whose
 * predicate (or apposition) is a model a company released is about the model in focus: "모델" stands for it.
 */
export function addFocusPredicate(text: string, ms: Mention[], focus: Mention | undefined): void {
  if (!focus || focus.type !== 'Model' || !text.includes('모델')) return;
  const p = RELEASED_MODEL_PREDICATE.exec(text);
  if (!p) return;
  const at = p.index + p[0].length - p[1]!.length;
  if (ms.some((m) => m.type === 'Model' && m.start < at + 2)) return;
  const company = ms.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.end <= p.index + 1);
  if (!company || !/^(?:이|가)\s/.test(text.slice(company.end, company.end + 2))) return;
  ms.push(referenceTo(focus, at, at + 2));
  ms.sort((a, b) => a.start - b.start);
}
/** A release verb's relative clause, up to 30 characters of description, then "모델" ending the clause as its predicate. */
const RELEASED_MODEL_PREDICATE = /(?:공개|출시|발표|개발|선보|내놓|내놨)(?:한|인|은|했던)\s[^,.]{0,30}?(모델)(?=(?:이다|입니다|이며|이고|으로,|로,|이었다|였다)(?:\s|$|\.))/;

/** "'딥테크 팁스'에도 선정됐다": selected for the programme just named. */
const SELECTED_AFTER = /^['"’”]?(?:\s?\([^()]{1,20}\))?['"’”]?(?:에도|에)\s(?:최종\s)?(?:선정됐|선정되었|선정돼|뽑혔)/;

/** "(MS)와 손잡고", "과도 협력해", "와 공동으로 구축했다", "와의 전략적 제휴에 따라", "와의 협력을 병행하는": a partner and the words that make it one. */
const PARTNER_VERB_AFTER = /^(?:\s?\([^()]{1,20}\))?(?:(?:와|과)(?:도|는)?\s(?:(?:함께\s)?(?:손잡|손을 잡|협력|협업|제휴|맞손|업무협약|MOU)|(?:함께|공동으로)\s(?:구축|개발|만들|설계|운영|진행|작업|수행))|(?:와|과)의\s(?:(?:전략적|기술|사업)\s)?(?:제휴|협력|협업|파트너십|동맹)(?:은|는|에|으로|로|이|가|(?:을|를)\s?(?:병행|강화|유지|확대|이어가|지속)|(?:을|를)\s통해\s))/;
/** A subject of any kind before a verb ("회사는", "이 모델은", "양사는"): then the sentence has its own. */
const SUBJECT_BEFORE_VERB = /(?:^|\s)(?:회사|양사|이 회사|동사|그룹|정부|이 모델|모델|[가-힣]{1,6}측)(?:은|는|이|가)\s/;

/** The company a sentence is about: the first one with a subject particle. */
const ALSO_OPENING = /^도\s/;
/** A company's words for itself. */
const SELF_REF = /^(?:저희(?: 회사)?|당사|우리 회사)$/;
export function subjectCompanyOf(text: string, ms: Mention[]): Mention | undefined {
  // "SK텔레콤도 조직을 손봤다": an additive topic opening the sentence is its subject too
  // (a company speaking of itself, "저희가 … 공개합니다", is the subject the next sentences omit too)
  return ms.find((m) => m.type === 'Company' && (m.via !== 'reference' || SELF_REF.test(text.slice(m.start, m.end))) && (SUBJECT_AFTER.test(text.slice(m.end, m.end + 2)) || (m.start <= 1 && ALSO_OPENING.test(text.slice(m.end, m.end + 2))))) ?? introducedCompany(text, ms);
}

/** "먼저 X 팀입니다.", "… AI 스타트업 X입니다.": a spoken script introduces the company its next sentences are about. */
const INTRODUCED = /^\s?(?:팀|컨소시엄)?(?:입니다|이다)\.?\s*$/;
function introducedCompany(text: string, ms: Mention[]): Mention | undefined {
  const last = ms.at(-1);
  return last?.type === 'Company' && last.via !== 'reference' && INTRODUCED.test(text.slice(last.end)) ? last : undefined;
}

/** "이 회사", "동사", a sentence opening on "회사는" (or "회사 CTO인 …"), and in interviews and company blogs "저희", "당사". */
const COMPANY_REF = /(?<![가-힣])(?:(이 회사|이 업체|같은 회사|해당 회사|이 기업|해당 기업)|동사|저희 회사|저희|당사|우리 회사)(?=의\s|\s|은|는|가|도)|^(?:이어\s|또\s|또한\s|특히\s|한편\s)?(?:회사\s?측|회사)(?=은|는|가|도|\s[^\s,.]{1,24}(?:\s[^\s,.]{1,24})?인\s)/;

const FIRST_PERSON_COMPANY = /(?<![가-힣])(?:저희|당사)(?=의\s|\s|은|는|가|도)/;

/** "LG AI연구원에서 … 참여한", "네이버 출신", "X를 떠난": a company the sentence names as where someone was, not who acts. */
function isFormerPlace(text: string, m: Mention): boolean {
  return /^(?:\s[A-Za-z0-9가-힣]{1,12}\s?(?:부문|본부|사업부|팀|연구소|랩))?(?:에서|에선|\s?출신|을 떠난|를 떠난)|^\s[A-Za-z가-힣]{1,10}\s출신/.test(text.slice(m.end, m.end + 24));
}

/**
 * A reference phrase for a company, unless the sentence names a company before it (not one only named as where
 * someone was before: "X에서 일하던 홍길동 박사가 저희 …"): "이 회사" points back to the company named last,
 * "같은 회사" to the maker of the model in focus, "동사", "저희" and "당사" to the one the article is about.
 */
export function addCompanyReference(text: string, ms: Mention[], subject: Mention | undefined, last: Mention | undefined, recent?: Mention, makerOfFocus?: () => Mention | undefined): void {
  const r = COMPANY_REF.exec(text);
  // "이 회사" is the company named last: one named since the last subject, else that subject ("X가 눈에 띈다. 이 회사는 …")
  // "같은 회사의 Y": the maker of the model the sentences before were about ("B의 X는 … 같은 회사의 Y는")
  const same = r?.[1]?.startsWith('같은') ? makerOfFocus?.() : undefined;
  const company = same ?? (r?.[1] ? (last ?? recent ?? subject) : subject);
  if (!r || !company || ms.some((x) => (x.type === 'Company' && x.start < r.index && !(r[0].startsWith('저희') && isFormerPlace(text, x))) || (x.start < r.index + r[0].length && r.index < x.end))) return;
  ms.push(referenceTo(company, r.index, r.index + r[0].length));
  ms.sort((a, b) => a.start - b.start);
}

/** "이수진 박사도 최고기술책임자(CTO)로 합류한다": a person joins in a role, the employer unnamed. */
const JOINS_IN_ROLE = /(?:으로|로)\s(?:새로\s|함께\s)?(?:합류|영입|선임|임명|발탁|내정)/;
/** "… CTO 홍길동 씨를 새로 영입했다": hired as the object of a subjectless sentence, by the company the article is about. */
/** "홍길동 부사장이 새로 만든 X 센터의 센터장을 맡는다", "… 소장 자리에 올랐다": a person takes a head's post, the employer unnamed. */
const TAKES_POST = /(?:은|는|이|가)\s(?:[^.]|\.(?=\S)){0,40}?(?:장|직|자리|역할|책임자|총괄)(?:을|를|에)\s(?:새로\s|직접\s)?(?:맡는다|맡았다|맡게 됐다|맡게 된다|맡기로 했다|오른다|올랐다|선임됐다|임명됐다)/;
const HIRED_OBJECT = /(?:씨|박사)?(?:을|를)\s(?:새로\s|신규\s|최근\s)?(?:영입|선임|임명|발탁)(?:했|하기로)/;

/** The company the article is about, for a sentence where a person takes a role and no company is named. */
export function addEmployerReference(text: string, ms: Mention[], rules: RuleSet, last: Mention | undefined, first?: Mention): void {
  const hiredObject = HIRED_OBJECT.test(text);
  const subject = hiredObject ? (first ?? last) : last;
  // a company the person came from ("LG AI연구원에서 … 참여한", "네이버 출신") is no employer here
  // (and "LG CNS AI센터장 출신인": a post held there before)
  // (and "네이버클라우드 하이퍼클로바X 팀 출신인": a team named after a product)
  const former = (m: Mention) => isFormerPlace(text, m);
  // ("저희 CTO를 맡고 있다": the sentence names its employer by a reference word, read by addCompanyReference)
  if (!subject || FIRST_PERSON_COMPANY.test(text) || ms.some((m) => m.type === 'Company' && m.via !== 'blocked' && (m.key === subject.key || !former(m))) || !ms.some((m) => m.type === 'Person') || !(JOINS_IN_ROLE.test(text) || hiredObject || titleRes(rules).roleHeld.test(text) || TAKES_POST.test(text))) return;
  ms.unshift(referenceTo(subject, 0, 0));
}

/** "양사가 함께 개발하는", "두 회사는 … 협력한다": the two companies of the partnership just named. */
const BOTH_REF = /(?<![가-힣])(?:양사|두 회사|두 기업)(?=가|는|도|의|\s)/;

/** A reference to the partnership's first company that also stands for the second (see `alsoFor`). */
export function addBothReference(text: string, ms: Mention[], pair: [Mention, Mention] | undefined): void {
  if (!pair) return;
  const r = BOTH_REF.exec(text);
  if (!r || ms.some((x) => x.type === 'Company' && x.via !== 'blocked' && x.start < r.index + r[0].length)) return;
  const [a, b] = pair;
  ms.push({ ...referenceTo(a, r.index, r.index + r[0].length), alsoFor: referenceTo(b, r.index, r.index + r[0].length) });
  ms.sort((x, y) => x.start - y.start);
}

/** "이를 기반으로 한 'Y'": a pronoun for the base, right before a base word. */
const BASE_PRONOUN = /(?<![가-힣])(?:이를|이것을)(?=\s?(?:기반으로|바탕으로|토대로|베이스로|기반 삼아))/;
/** "이를 잇는 후속 모델 'Y'": a pronoun for the predecessor. */
const SUCCESSOR_PRONOUN = /(?<![가-힣])이를(?=\s?(?:잇는|이은|계승한|계승하는)\s?(?:후속|차기|새|다음)\s?(?:모델|버전))/;
/** Between a model and a pronoun for it in one sentence: a comma, maybe 그리고/또 ("X, 그리고 이를 바탕으로"). */
const LISTED_BEFORE_PRONOUN = /^['"’”)]?\s?,\s?(?:그리고\s|또\s|또한\s)?$/;
/** The previous sentence ends on its model as the object of its verb ("… '엑사원 4.5'를 공개했다."). */
const OBJECT_TAIL = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)\s[^을를'"‘’“”]{0,30}$/;

/**
 * "LG AI연구원은 '엑사원 4.5'를 공개했다. LG유플러스는 이를 기반으로 한 '익시젠 2.0'을 내놨다": "이를" is the
 * model the previous sentence ended on as its verb's object — only then, not data or a plan named there.
 */
export function addBasePronoun(text: string, ms: Mention[], prev: { text: string; mentions: Mention[] } | undefined): void {
  const successor = SUCCESSOR_PRONOUN.exec(text);
  const r = successor ?? BASE_PRONOUN.exec(text);
  if (!r) return;
  const before = ms.filter((x) => x.type === 'Model' && x.end <= r.index);
  // "A가 개발한 X, 그리고 이를 바탕으로 만든 Y": the model just before the pronoun, listed in the same sentence
  if (before.length && LISTED_BEFORE_PRONOUN.test(text.slice(before.at(-1)!.end, r.index))) {
    ms.push(referenceTo(before.at(-1)!, r.index, r.index + (successor ? 1 : r[0].length)));
    ms.sort((a, b) => a.start - b.start);
    return;
  }
  if (before.length || !prev) return;
  const models = prev.mentions.filter((m) => m.type === 'Model' && m.end > 0);
  const model = models.at(-1);
  // "이를 잇는 후속 모델": the previous sentence's one model, whatever its verb; a base needs it as the object at the end
  if (!model || (successor ? models.some((m) => m.key !== model.key) : !OBJECT_TAIL.test(prev.text.slice(model.end)))) return;
  // (the successor's "이" alone: "를 잇는" stays for the successor patterns)
  ms.push(referenceTo(model, r.index, r.index + (successor ? 1 : r[0].length)));
  ms.sort((a, b) => a.start - b.start);
}

/** "탈락한 X 컨소시엄의 …": the last company named as a consortium's lead, for a later bare "컨소시엄에 참여한 Y". */
export function namedConsortiumLead(text: string, ms: Mention[]): Mention | undefined {
  return ms.filter((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked' && /^\s?컨소시엄/.test(text.slice(m.end, m.end + 6))).at(-1);
}

/** "기반 모델(41.0점)", "베이스 모델은", "원본(6.9점)": the base of the model the sentence opens on (or is about). */
const BASE_MODEL_REF = /(?<![가-힣])(?:(?:기반|베이스|원본)\s?모델(?=\s?\(|은|는|이|가|의|보다|대비|에)|원본(?=\s?\(\d|보다\s|대비\s))/;

/** "X는 KMMLU에서 49.2점을 받아 기반 모델(41.0점) 대비 …": the base model read earlier for X. */
export function addBaseModelReference(text: string, ms: Mention[], focus: Mention | undefined, baseOf: Map<string, Mention>): void {
  if (!baseOf.size) return;
  const r = BASE_MODEL_REF.exec(text);
  if (!r || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  const about = ms.find((x) => x.type === 'Model' && x.end <= r.index) ?? focus;
  const base = about && baseOf.get(about.key);
  if (!base || ms.some((x) => x.key === base.key)) return;
  ms.push(referenceTo(base, r.index, r.index + r[0].length));
}
