/**
 * References across sentences: phrases that stand for an entity the article named before ("같은
 * 평가에서", "해당 모델은", "이 사업에"), added to a sentence's mentions as mentions `via: 'reference'`
 * so the relation patterns read them like names. This file holds the benchmark, model and programme references
 * (model-references.ts: pronouns and predicates for a model); company-references.ts and person-references.ts the others.
 */
import { objectBeforeBreak } from './clause-antecedent.js';
import { titleRes } from './title-patterns.js';
import { EN_BENCH_REF, EN_COMPARES_REF, EN_POLICY_REF, EN_PROGRAMME_REF } from './references-en.js';
import type { Mention, RuleSet } from './types.js';
import { APPLICATION_REF, BARE_PLAN_OBJECT, BARE_PROGRAMME_OBJECT, BARE_PROGRAMME_TOPIC, CALL_APPLIED, FUND_NAME, LED_PROGRAMME_REF, NUMBERED_CALL, OWN_PROGRAMME_REF, PHASE_PROGRAMME, POLICY_REF, PROGRAMME_MANAGER, PROGRAMME_ROUND_REF, PROGRAMME_WORD_END, TEAM_SELECTION_REF, THIS_PROGRAMME, THIS_SCHEME_REF } from './programme-ref-words.js';
import { addBareRoundReference, addContestRoundReference, addRoleListReference, addSupplierRoleReference } from './programme-part-references.js';
import { addHeadWordReference, addShortenedProgrammeReference } from './programme-head-references.js';

/** A mention of `m` at [start, end) that stands for it by reference (no aliases, no properties of its own). */
export function referenceTo(m: Mention, start: number, end: number): Mention {
  return { ...m, aliases: [], start, end, via: 'reference', properties: undefined };
}

/** A reference to `m` standing where the match `r` is ("해당 모델은" → the model). */
export function referenceAt(m: Mention, r: RegExpExecArray): Mention {
  return referenceTo(m, r.index, r.index + r[0].length);
}

/** "이 대표는", "이 CEO가": the chief the article named last. */
const PERSON_REF = /(?<![가-힣])이\s?(?:대표|회장|사장|부회장|CEO)(?=은|는|이|가|의|도)/;
/** "이 대통령은", "이 장관이": an official's reference stands where the name would, the title after it as after a full name ("이재명 대통령은"). */
/** "후보자는 …", "또한 후보자는": a nominee's bare word as the subject stands for the person named last (a hearing request's or a profile's nominee). */
const NOMINEE_REF = /(?<![가-힣])후보자(?=(?:는|가|의|도)\s)/;
const OFFICIAL_REF = /(?<![가-힣])이(?=\s?(?:대통령|장관|총리)(?:은|는|이|가|의|도))/;
/** "전작인 Y(49.7)보다 …, Z(64.9)와는 …": a model's bare score in parentheses right after its name. */
const PAREN_SCORE = /[^\s(]\((?:\d{1,2}\.\d{1,2})\)(?:보다|와|과|에|도|는|은|,|\s)/;
/** A score: a list item that is only a name, a colon and a number ("- X 4.0: 65.2"), "71.2점", a percentage given as a result ("91.2%로 뒤를 이었다", "88.7%를 기록했다", "58.4%에 그쳤다"; not "97% 수준"), or a leaderboard's decimal without 점 given as a score ("종합 점수 0.812", "0.821을 기록했다", "0.794로 5위"), or a bare figure as the copula's complement ("…이 61.3였고", a score the previous sentence's benchmark measures), or a rate measured ("오류율은 7.4%였다", "작업 성공률은 74.5%로"), or a verbless topic and its decimal that ends the sentence ("베이스 모델은 7.40."). (and "41.2로 가장 높았고", "38.6으로 뒤를 이었다", a metric's figure "ROUGE-L 41.2로") */
export const SCORE_STATEMENT = /^\s*(?:[-•·*▪]\s?)?[^:：]{2,40}[:：]\s?\d{1,3}(?:\.\d{1,2})?\s?(?:점)?$|\d(?:\.\d+)?점|(?<![\d.])\d\.\d{2,4}(?:(?:을|를)\s(?:받|기록|얻|달성)|(?:으로|로)\s(?:\d{1,2}위|[가-힣]*\s?\d{1,2}위|뒤를\s이))|점수(?:는|가)?\s\d\.\d{2,4}(?![\d.])|(?<![\d.])\d{2}\.\d(?:였|이었)(?:으니|고|는데|지만|다|어요|습니다)|\d(?:\.\d+)?\s?%(?:로|으로|를|을|에)\s(?:뒤를|가장|기록|받|얻|달성|그쳐|그쳤|머물|최하|최고|최상|선두|[1-9]위)|(?:오류율|정답률|정확도|통과율|성공률|해결률)(?:\s?\([A-Za-z0-9@-]{2,8}\))?(?:은|는|이|가)\s\d{1,3}(?:\.\d+)?\s?%|(?<![\d.])\d{1,3}\.\d{1,2}(?:으로|로)\s(?:가장\s(?:높|좋|앞)|(?:그\s)?뒤를\s이)|\b(?:ROUGE-[L12]|BLEU|chrF|F1|EM|pass@1)\s\d{1,3}(?:\.\d{1,2})?(?:점)?(?:으로|로|을|를|이|가)\s|[가-힣A-Za-z0-9](?:은|는)\s\d{1,3}\.\d{1,2}(?:점)?\.?$/;

/** "기존 ", "종전의 " right before a benchmark's name: the older one a new benchmark is set against. */
const EXISTING_BEFORE = /(?:기존|종전)(?:의)?\s$/;

/** "기존 KMMLU가 … 치우쳐 있다": an existing benchmark named, with no score, to contrast a new one — not the one the next sentences score on. */
export function isContrastedBenchmark(text: string, m: Mention): boolean {
  return m.type === 'Benchmark' && EXISTING_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)) && !SCORE_STATEMENT.test(text);
}
/** Ranked results ("…%에 그쳐 최하위였다" too; a board's fraction score with a rank: "0.701로 10위권"): list marks, "2위는", "81.3점으로 가장 높았다/뒤를 이었다", "A: 85.7점, B: 65.1점", "…(68.9점) 순이었다", "나머지 모델의 점수는". */
export const RANKED = /(?<![\d.])\d\.\d{2,4}(?:으로|로)\s\d{1,2}위(?:권|에|로|를|\s|[.,]|$)|[△▲][^△▲]{1,60}?\d(?:\.\d+)?\s?점|(?<!\d)\d{1,2}위(?:는|가|에|로|였|이|를)|[:：]\s?\d+(?:\.\d+)?\s?점[^:：]{1,60}[:：]\s?\d|\d\s?점\)?\s?(?:순이었|순이다|순으로|순)|(?:나머지|다른|이어|뒤를 이어|그 뒤)[^.]{0,30}\d(?:\.\d+)?\s?점|\d(?:\.\d+)?\s?점(?:으로|을 받아)\s(?:가장\s높|뒤를\s이|최고|선두)|\d(?:\.\d+)?\s?(?:%|점)(?:로|으로|에|를|을)\s[^.]{0,12}(?:가장\s높|뒤를\s이|최하위|최상위|꼴찌|선두)/;
/** The end of a clause that a contrast follows ("…못 미쳤지만, ", "…낮았으나 ", "…뒤졌는데 "). */
const CONTRAST_CUT = /[가-힣](?:지만|으나|는데|반면),?\s/;
/** ("같은 평가셋으로 … 측정했다": an evaluation set measured with is the benchmark too, and so is the clipped "같은 벤치에서"; and "같은 조건에서 Y는 7.9%였다", "같은 세팅에서": under the same test) */
const BENCH_REF = /(?:같은|동일한|동일|해당|이)\s?(?:(?:평가|벤치마크|벤치|시험|테스트|리더보드)(?=에서|에선|에서는|에서도|의|\s)|(?<=(?:같은|동일한)\s?)(?:조건|환경|세팅|설정|셋업)(?=에서|에선|에서는)|(?:평가|벤치마크|시험|테스트)\s?(?:셋|세트|데이터셋)(?=에서|에선|에서는|에서도|의|으로|\s))/;
/** "이로써 프로젝트에는 A, B가 이끄는 두 팀만 남았다": a bare programme word holding the teams left in it is the programme named last. */
const REMAINING_PROGRAMME_REF = /(?<![가-힣])(?:사업|프로젝트|프로그램)(?=에는\s[^.]{0,80}(?:팀|곳|컨소시엄|기업)(?:이|가|만)\s(?:아직\s|현재\s)?(?:남았|남아\s?있|남게))/;
// (and "원본 모델이 55.0점, 우리 모델이 66.1점이었다": the writer's own model given a score is the model in focus)
// (not "X가 Y와 새 모델을 공동 개발한다", "새 모델을 만들기로": a new model still to be made is no model named before)
// (and "양사는 … 맺고 모델을 함께 개발해 왔다": the bare word the pair has developed together; not a plan, "… AI 모델을 함께 개발하기로")
const MODEL_REF = /(?<![가-힣])(?!(?:새|신규)\s?(?:모델|LLM|sLM)(?:을|를)\s(?:[^.]{0,24}?\s)?(?:개발한다|개발할|개발하기로|개발하겠|만든다|만들\s|만들기로|만들겠))(?:이|해당|이번|새|신규|이번에 (?:공개|출시|선보인|발표)(?:한|된)?|공개된)\s?(?:모델|LLM|sLM)(?=은|는|이|가|을|를|의|도|\s위에\s|에\s(?=[^.]{0,40}?(?:추가\s?학습|미세\s?조정|파인\s?튜닝|지시\s?튜닝)(?:해|하여|해서|시켜|을\s해)))|(?<![가-힣])(?<=(?:우리|저희)\s?)모델(?=(?:이|은|는|도)\s\d{1,3}(?:\.\d{1,2})?점)|(?<=(?:양사|두\s회사)(?:는|가)\s(?:[^.,]{0,40}?(?:고|며|서)\s)?)모델(?=을\s(?:함께|공동으로|같이)\s(?:개발했|개발해\s?왔|만들었|만들어\s?왔))/;

/** "Y came second with 85.9", "Y still led the table with 81.2", "Z scored 84.7, according to …", "Y, our previous model, was at 61.3": a score in English on no test named (not "… on/in B"). */
/** (or a chart's or a table's listing of a model at a score: "the same chart also lists the open model Y at 64.8") */
const EN_BARE_SCORE = /\b(?:scored|(?:was|were|stood|sat)\sat|(?:lists|listed|puts|put|places|placed|shows|showed)\s(?:the\s|an?\s)?(?:[a-z][a-z\-]{1,14}\s){0,3}?[A-Z][^\s,.;]{1,30}(?:\s[A-Z0-9][^\s,.;]{0,15}){0,2}\sat|came\s(?:first|second|third|fourth|fifth|last)\swith|followed\swith|trailed\swith|(?:led|leads|topped|tops|headed|heads)\sthe\s(?:table|chart|ranking|rankings|leaderboard|list)\swith)\s\d{1,3}(?:\.\d{1,2})?(?!\d|\.\d|\s?(?:points?\s|%\s)?(?:on|in|out of)\s(?!(?:our|its|their|the same)\s(?:own\s)?(?:runs|tests|testing|evaluation|harness)\b))/;
export function isEnglishBareScore(text: string): boolean {
  return (text.includes('scored') || text.includes(' with ') || text.includes(' at ')) && EN_BARE_SCORE.test(text);
}

/** "원본 모델이 55.0점, 우리 모델이 66.1점이었다": a model word the model references read later (the base, the writer's own model) given a score. */
const MODEL_WORD_SCORED = /(?<![가-힣])(?:우리|저희|원본|기반|베이스)\s?모델(?:이|은|는|도)\s\d{1,3}(?:\.\d{1,2})?점/;

const EDITION_YEAR = /\s(?:19|20)\d{2}$/;
const THIS_YEAR = /(?:올해|금년)\s?(?:평가|조사|시험|대회)/;
/** "같은 평가에서", "해당 모델은": references to the benchmark / model the article was just talking about. */
export function addReferences(text: string, ms: Mention[], focus: Mention | undefined, bench: Mention | undefined, person: Mention | undefined, policy: Mention | undefined, benchRecent: boolean, programme: Mention | undefined, rules: RuleSet): void {
  addReference(text, ms, BENCH_REF, bench, 'Benchmark');
  // ("That compares with 70.1 for Y, measured under the same conditions": the opening pronoun is the reference, the conditions' words are not)
  if (bench?.via === 'previous' && text.startsWith('Th') && text.includes(' compare')) addReference(text, ms, EN_COMPARES_REF, bench, 'Benchmark');
  if (text.includes('same ')) addReference(text, ms, EN_BENCH_REF, bench, 'Benchmark');
  if ((text.includes('he pro') || text.includes('he ini') || text.includes('he sch')) && ms.some((x) => x.type === 'Person')) addReference(text, ms, EN_PROGRAMME_REF, programme ?? policy, 'Policy');
  if (text.includes('the policy') && ms.some((x) => x.type === 'Person')) addReference(text, ms, EN_POLICY_REF, policy, 'Policy');
  if (text.includes(' pro') && ms.some((x) => x.type === 'Person')) addEnglishModifiedProgrammeRef(text, ms, programme ?? policy);
  addReference(text, ms, PERSON_REF, person, 'Person');
  addReference(text, ms, OFFICIAL_REF, person, 'Person');
  if (text.includes('후보자')) addReference(text, ms, NOMINEE_REF, person, 'Person');
  // ("하반기 2차 공모를 통해": a numbered call is the programme the headline or the last programme word named;
  // and so is "이번 사업" after a fund was named last: "「X 사업」 … 「Y 펀드」를 조성한다. 이번 사업은 …")
  // (and "이번 사업" is the programme the article is about, its headline's, not one the story named since in passing)
  // (and so is a phase, "2단계 사업에": the staged programme the article is about, not a pilot named since)
  if (text.includes('제도') || text.includes('절차')) addReference(text, ms, THIS_SCHEME_REF, policy, 'Policy'); // ("이 제도는": the policy named last)
  addReference(text, ms, POLICY_REF, NUMBERED_CALL.test(text) || THIS_PROGRAMME.test(text) || PHASE_PROGRAMME.test(text) || (policy && FUND_NAME.test(policy.surface)) ? (programme ?? policy) : policy, 'Policy');
  if (text.includes('사업을 ') || text.includes('사업를 ') || text.includes('프로젝트를 ') || text.includes('프로그램을 ')) addReference(text, ms, LED_PROGRAMME_REF, policy, 'Policy');
  if (text.includes('공모에 ')) addReference(text, ms, CALL_APPLIED, programme ?? policy, 'Policy');
  if (text.includes('정예')) addReference(text, ms, TEAM_SELECTION_REF, programme ?? policy, 'Policy');
  // "본 사업은 …": a notice's own project, the programme it is about (not a plan its background names)
  if (text.includes('본 ')) addReference(text, ms, OWN_PROGRAMME_REF, programme ?? policy, 'Policy');
  if (text.includes('서를 ') && ms.some((x) => x.type === 'Company')) addReference(text, ms, APPLICATION_REF, programme ?? policy, 'Policy');
  if ((text.includes('공급') || text.includes('수요')) && !text.includes('컨소시엄') && ms.some((x) => x.type === 'Company')) addSupplierRoleReference(text, ms, programme ?? policy);
  if (text.includes('에는 ') && text.includes('남')) addReference(text, ms, REMAINING_PROGRAMME_REF, programme ?? policy, 'Policy');
  addRoundReference(text, ms, programme ?? policy);
  if (text.includes('차 ')) addBareRoundReference(text, ms, programme ?? policy);
  if (/[예본결]선|결승/.test(text)) addContestRoundReference(text, ms, policy);
  if (/명단|목록|리스트/.test(text)) addRoleListReference(text, ms, policy);
  addHeadWordReference(text, ms, policy);
  if (text.includes('사업')) addShortenedProgrammeReference(text, ms, policy);
  if (ms.some((x) => x.type === 'Person') && (titleRes(rules).inSentence.test(text) || (text.includes('PM') && PROGRAMME_MANAGER.test(text)))) {
    addReference(text, ms, BARE_PROGRAMME_OBJECT, programme ?? policy, 'Policy'); // a bare 사업 is the last programme, not a strategy named since
    addReference(text, ms, BARE_PROGRAMME_TOPIC, programme ?? policy, 'Policy');
    const plan = BARE_PLAN_OBJECT.exec(text);
    if (plan && policy && (plan[1] === '제도' ? !PROGRAMME_WORD_END.test(policy.surface) : policy.surface.endsWith(plan[1]!))) addReference(text, ms, BARE_PLAN_OBJECT, policy, 'Policy');
  }
  // the sentence after the benchmark, or a ranking a few sentences on ("△A 0.73점 △B 0.70점", "2위는 X(69.8점)였다"), or a comparison with a score in brackets ("Y(71.6점)보다 2.4점 높은")
  const ranked = benchRecent && (RANKED.test(text) || (text.includes('점)') && /\(\d{1,3}(?:\.\d{1,2})?점\)\s?(?:보다|대비|에\s비해)/.test(text)));
  // (an edition named by its year, "X 2025", is not "올해 평가": this year's results are another edition's)
  const otherEdition = bench !== undefined && EDITION_YEAR.test(bench.surface) && THIS_YEAR.test(text);
  if (bench && (bench.via === 'previous' || ranked) && !otherEdition && !namesOwnBenchmark(text) && !ms.some((x) => x.type === 'Benchmark' && !isReferenceAfterScore(text, ms, x, bench)) && (ms.some((x) => x.type === 'Model') || MODEL_WORD_SCORED.test(text)) && (SCORE_STATEMENT.test(text) || isEnglishBareScore(text) || (text.includes(')') && PAREN_SCORE.test(text)))) {
    ms.unshift(referenceTo(bench, 0, 0));
  } else if (bench?.via === 'previous' && ms.some((x) => x.type === 'Benchmark')) {
    // "'Y'(80.5점)에는 못 미쳤지만, KMMLU에서는 …": a clause before a contrast that names a model and a score but no benchmark
    // goes on with the previous sentence's benchmark; the benchmark after the contrast is the other half's
    const cut = CONTRAST_CUT.exec(text);
    if (cut && !ms.some((x) => x.type === 'Benchmark' && x.start < cut.index) && ms.some((x) => x.type === 'Model' && x.end <= cut.index) && SCORE_STATEMENT.test(text.slice(0, cut.index))) ms.unshift(referenceTo(bench, 0, 0));
  }
  addReference(text, ms, MODEL_REF, focus, 'Model');
  if (text.includes('이 ')) addBaseModelReference(text, ms, focus);
  if (text.includes('the flagship')) addFlagshipReference(text, ms, focus);
  // "The 12-billion-parameter model is a fine-tune of Y": a sentence opening on "the model" is about the model in focus ("이 모델")
  if (text.startsWith('The ') || text.startsWith('This ')) addReference(text, ms, EN_MODEL_REF, focus, 'Model');
}

/** "세무사 시험 기출 벤치마크에서 Y는 61.2점": a benchmark word after words of its own (not "같은", "해당", "이"), an unnamed set the sentence describes, no benchmark named before. */
const OWN_BENCH_WORD = /(?<![가-힣])([가-힣A-Za-z0-9]{1,10})\s(?:벤치마크|평가\s?셋|평가\s?세트|문항집)(?:에서|에선|에서는|에서도)\s/;
const REFERRING_WORD = /^(?:같은|동일한|동일|해당|이|이번|본|그|앞선|위|앞의|이들|두|세|각|모든|주요|공개|대표)$/;
function namesOwnBenchmark(text: string): boolean {
  const m = OWN_BENCH_WORD.exec(text);
  return m !== null && !REFERRING_WORD.test(m[1]!);
}

/** "X의 성공률은 74.5%로, 같은 조건에서 … Y(61.0%)보다": a model's score before "같은 조건에서" is on the previous sentence's benchmark too. */
function isReferenceAfterScore(text: string, ms: Mention[], x: Mention, bench: Mention): boolean {
  return x.via === 'reference' && x.key === bench.key && ms.some((y) => y.type === 'Model' && y.end <= x.start) && SCORE_STATEMENT.test(text.slice(0, x.start));
}

/** "X는 … 모델이었다. Y는 그 후속인데": "그" before a successor word is the previous sentence's topic model X (another than Y). */
const PREDECESSOR_REF = /(?<![가-힣])그(?=\s(?:후속|후속작|후속 모델|후속 버전|다음 버전|업그레이드 버전|개량형)(?:이다|인데|으로|이며|이자|격|이고|입니다|이지만|이었다|이었고|인\s))/;
/** An earlier clause's end before the next clause's subject: "…모델이었고, ", "…기반이며, ", "…했는데, ", "…였지만, ". */
const CLAUSE_JOINT = /(?:고|며|데|만),\s(?:[^\s,]{1,8}\s)?$/;

export function addPredecessorReference(text: string, ms: Mention[], focus: Mention | undefined): void {
  const r = PREDECESSOR_REF.exec(text);
  if (!r || ms.some((x) => x.start < r.index + 1 && r.index < x.end)) return;
  const before = ms.filter((x) => x.type === 'Model' && x.start < r.index);
  const meant = objectBeforeGap(text, before, r.index) ?? (focus && before.length === 1 && before[0]!.key !== focus.key ? focus : clauseTopicBefore(text, before, r.index));
  if (!meant) return;
  ms.push(referenceAt(meant, r));
  ms.sort((a, b) => a.start - b.start);
}

/** Between a listed object and "그": its particle, a comma and a few words of time ("'A'를, 2025. 2. 25. 그 후속 모델인 'B'를 각 출시했다"). */
const GAPPED_OBJECT_BETWEEN = /^['"’”]?(?:을|를),\s(?:[^\s,]{1,12}\s){0,4}$/;

/** "X는 'A'를, 올해 그 후속 모델인 'B'를 출시했다": "그" is the object the gapped list named just before (another than the next model). */
function objectBeforeGap(text: string, models: Mention[], at: number): Mention | undefined {
  const last = models.at(-1);
  return last && last.via !== 'reference' && GAPPED_OBJECT_BETWEEN.test(text.slice(last.end, at)) ? last : undefined;
}

/**
 * "A는 … 모델이었고, B는 그 후속이지만": where the successor's subject B opens a later clause of the sentence, "그" is the
 * topic model A of the clause before it (another than B).
 */
function clauseTopicBefore(text: string, models: Mention[], at: number): Mention | undefined {
  const subject = models.at(-1);
  if (!subject || !/^['"’”]?(?:은|는|이|가)\s$/.test(text.slice(subject.end, at))) return undefined;
  const topic = models.find((x) => x.via !== 'reference' && x.end < subject.start && /^['"’”]?(?:은|는)\s/.test(text.slice(x.end, x.end + 3)));
  if (!topic || topic.key === subject.key || !CLAUSE_JOINT.test(text.slice(topic.end, subject.start))) return undefined;
  return topic;
}

/** The model the sentence before opens on as its topic ("'X'은 …", "X는 …"), in the same kind of block. */
export function previousTopicModel(previous: { sentence: { text: string; block: string }; mentions: Mention[] } | undefined, block: string): Mention | undefined {
  if (!previous || previous.sentence.block !== block) return undefined;
  const t = previous.sentence.text;
  return previous.mentions.find((m) => m.type === 'Model' && m.via !== 'reference' && /^['"’”]?(?:은|는)\s/.test(t.slice(m.end, m.end + 4)));
}

/** "Y는 이 베이스 모델에 … 미세조정을 거쳐 만든": the base the sentences before spoke of (the model in focus), further trained into Y. */
const THIS_BASE_REF = /(?<![가-힣])이\s(?:베이스|기반)\s?모델(?=에\s(?=[^.]{0,40}?(?:추가\s?학습|미세\s?조정|파인\s?튜닝|지시\s?튜닝)))/;

/** Adds the model in focus for "이 베이스 모델" after the sentence's topic model, the one trained from it (another than the focus). */
function addBaseModelReference(text: string, ms: Mention[], focus: Mention | undefined): void {
  const r = THIS_BASE_REF.exec(text);
  if (!r || !focus) return;
  const before = ms.filter((x) => x.start < r.index);
  const topic = before.length === 1 && before[0]!.type === 'Model' ? before[0]! : undefined;
  if (!topic || topic.key === focus.key || !/^['"’”]?(?:은|는)\s$/.test(text.slice(topic.end, r.index)) || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  ms.push(referenceAt(focus, r));
  ms.sort((a, b) => a.start - b.start);
}

/** "The model", "This new model", "The 12-billion-parameter model" opening an English sentence, before its verb (not "scored": the focus rules read "The model scored …" already). */
const EN_MODEL_REF = /^(?:The|This)\s(?:new\s)?(?:(?:\d{1,4}(?:\.\d)?|[a-z]{3,9})-(?:billion|million)-parameter\s)?model(?=\s(?:is|was|has|had|was\sbuilt|is\sbuilt|builds|uses|relies)\b(?!\s(?:not|never)\b|n['’]t))/;

/** "the flagship" for the model in focus, where the sentence names no other model before it ("the X report … the flagship scored"). */
function addFlagshipReference(text: string, ms: Mention[], focus: Mention | undefined): void {
  const r = EN_FLAGSHIP_REF.exec(text);
  // (another model before it makes "the flagship" that model's rival, unless it is a variant of the flagship itself:
  // "The smaller version, Y Mini, was distilled from the flagship model")
  const variant = (x: Mention) => x.surface.startsWith(`${focus!.surface} `);
  if (!r || !focus || ms.some((x) => (x.start < r.index + r[0].length && r.index < x.end) || (x.type === 'Model' && x.start < r.index && x.key !== focus.key && !variant(x)))) return;
  ms.push(referenceAt(focus, r));
  ms.sort((a, b) => a.start - b.start);
}

/**
 * "the flagship scored 81.4 on B", "built on top of the flagship model": in English, the model the article is about
 * (not where "flagship" qualifies another noun: "the flagship program led by …", "the flagship store").
 */
const EN_FLAGSHIP_REF = /(?<![A-Za-z])the\sflagship(?!\s(?:[a-z]+\s)?(?:program|programme|project|initiative|scheme|policy|plan|fund|store|shop|phone|smartphone|device|product|service|event|conference|campus|office|brand|app|chip|lab|laboratory)s?\b)(?:\smodel)?(?=[\s,.;]|$)/;

/** "has championed the voucher program": a bare programme word after one word of the programme's own name ("AI Computing Voucher program"). */
const EN_MODIFIED_PROGRAMME_REF = /(?<![A-Za-z])the\s([a-z][a-z\-]{2,20})\s(?:program|programme|project|initiative|scheme)(?=['’]s\s|[\s,.;]|$)/;
function addEnglishModifiedProgrammeRef(text: string, ms: Mention[], p: Mention | undefined): void {
  const r = p && EN_MODIFIED_PROGRAMME_REF.exec(text);
  if (!r || !p.surface.toLowerCase().split(/[\s\-]+/).includes(r[1]!)) return;
  addReference(text, ms, EN_MODIFIED_PROGRAMME_REF, p, 'Policy');
}

/** "프로젝트 1차 평가를 통과한 A·B": the programme before its round, beside a team word that stands for it too ("… 4개 정예팀이"), not beside a programme named. */
function addRoundReference(text: string, ms: Mention[], programme: Mention | undefined): void {
  const r = PROGRAMME_ROUND_REF.exec(text);
  if (!r || !programme || ms.some((x) => (x.type === 'Policy' && x.via !== 'reference') || (x.start < r.index + r[0].length && r.index < x.end))) return;
  ms.push(referenceAt(programme, r));
  ms.sort((a, b) => a.start - b.start);
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

/** Whether a name at `at` sits in a quotation opened after `from` ("이 사업을 소개한 X는 "… 소버린 AI …"라고"): words quoted later, not the referent. */
function quotedAfter(text: string, from: number, at: number): boolean {
  if (at <= from) return false;
  const between = text.slice(from, at);
  const straight = (between.match(/"/g)?.length ?? 0) % 2 === 1;
  // (or, in English, named in a relative clause after: "The project was overseen by NAME, who called it the heart of the Y strategy")
  return straight || (between.match(/“/g)?.length ?? 0) > (between.match(/”/g)?.length ?? 0) || (between.includes(', wh') && /,\s(?:who|which)\s/.test(between));
}

/** One reference phrase (`re`) standing for `m`, unless it overlaps a mention or the sentence names its own of that type. */
function addReference(text: string, ms: Mention[], re: RegExp, m: Mention | undefined, type: Mention['type']): void {
  if (!m && type !== 'Model' && type !== 'Policy') return;
  const r = re.exec(text);
  if (!r || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  const before = type === 'Model' || type === 'Policy' ? ms.filter((x) => x.type === type && x.start < r.index && !inRelativeClause(text, x, r.index)) : [];
  // "X는 A를 내세우지만, 이 모델이 …": one model in the clause before stands for "이 모델" in the next clause of the sentence,
  // and one programme for "이 사업" ("'Y 지원사업'에도 참여하고 있는데, … 이 사업을 총괄하는 NAME"); a demonstrative only ("새 모델" is another)
  const antecedent = before.length === 1 ? before[0]! : objectBeforeBreak(text, before, r.index);
  if (antecedent && antecedent.via !== 'reference' && /^(?:이|해당)\s?(?:모델|LLM|sLM|사업|프로젝트|프로그램)/.test(r[0]) && CLAUSE_BREAK.test(text.slice(antecedent.end, r.index))) {
    ms.push(referenceAt(antecedent, r));
    ms.sort((a, b) => a.start - b.start);
    return;
  }
  // (a programme named only after "이 사업", in the words quoted after it, is not what it refers back to)
  if (!m || ms.some((x) => x.type === type && (type === 'Policy' ? !quotedAfter(text, r.index, x.start) : type !== 'Model' || (x.start < r.index && !inRelativeClause(text, x, r.index))))) return;
  ms.push(referenceAt(m, r));
  ms.sort((a, b) => a.start - b.start);
}

/** A programme's name ("… 사업", "… Project"). */
export const PROGRAMME_NAME = /(?:사업|프로젝트|프로그램|\b[Pp]roject|\b[Pp]rogram(?:me)?|\b[Ii]nitiative)$/;
