/**
 * Scored properties read from a sentence: a model's parameters, fromScratch, openSource and
 * releasedOn. A property cue is attached to the model it modifies ("340억 개(34B)의 … 모델인 X"),
 * else to the model its release verb governs or the sentence's topic, else (sentences with no
 * model, such as "이번에 공개한 모델은 …") to the model in focus from the previous sentences.
 * The cues are in property-cues.ts, how a cue finds its model in property-targets.ts.
 */
import type { PropertyValue } from '../../graph/index.js';
import { findParameterCounts, inSpeech, speechAt } from '../korean.js';
import { findDates } from '../korean-dates.js';
import type { Mention, RuleSet } from '../types.js';
import { possessedOrPresented } from '../focus.js';
import { LEAD_MARK } from '../../parse/bullets.js';
import { cues } from './property-cues.js';
import { readFromScratch } from './from-scratch.js';
import { isOtherGlossDay, releaseGlosses } from './release-glosses.js';
import { isCutFromCount, isNotSizeCount, speaksOfSize } from './size-cues.js';
import { OPEN_APPOSITION, OPEN_STATE, openCueText, releasesArtifact, WEIGHTS_OF } from './open-cues.js';
import { englishReleasedModel, readEnglishRelease } from './english-release.js';
import { ANSWER_LEAD, MODIFIED_TOPIC, NOUN_BEFORE_TOPIC, PREDICATE_MODIFIED, QUESTION_TURN, RANK_LEAD, RANK_TOPIC, STAR_TOPIC, TEAM_OR_RANK_BEFORE_TOPIC, TOPIC_AFTER_ADVERBIAL } from './property-topics.js';
import { adnominalVerb, after, attachModel, BOUND_NOUN_AFTER, BOUNDARY, coObjects, listedAfter, releaseTarget, saidUnused } from './property-targets.js';

export interface PropertyFact {
  key: string;
  property: string;
  value: PropertyValue;
  rule: string;
  /** A guess (the article's date for an undated release): loses to any stated value. */
  weak?: boolean;
  /** A value said to correct another ("700억 개가 아니라 720억 개"): it beats a value read earlier in the article. */
  corrects?: boolean;
}

/** "자" right after a day ("11월 26일자", "26일 자 지면"): the day of a paper's edition. */
const EDITION_DAY_AFTER = /^\s?자(?:[\s,'"’”]|에|로|의|$)/;
/** After a count: the size of a model someone aims at ("…급 모델 개발에 도전", "… 모델을 목표로"), or only expects ("70억 개 안팎이 될 것으로 보인다"). */
const AIMED_SIZE_AFTER = /^\s?(?:개\s?)?(?:파라미터|매개변수)?\s?급?\s(?:[가-힣A-Za-z]{1,8}\s){0,3}?[가-힣]{0,6}(?:에\s도전|(?:을|를)\s목표|목표로|목표다|목표이다)|^\s?(?:개\s?)?(?:안팎|내외|정도|가량|수준|대)?(?:이|가)?\s될\s?(?:것으로|전망|것이라는)\s?(?:보|예상|예측|전망|관측)?/;
const PAST_RELEASE = /^(?:풀었(?:다|고|으며)|(?:공개|출시|발표|선보|내놓|내놨|선봬|배포|릴리스|올렸)(?:했다|했다고|였다|였다고|다|됐다|했으며|했고|한다고 밝|했습니다|였습니다|습니다|됐습니다)|(?:함께|새로) 나왔다)/;

/** A past that is not the article's day ("지난주 선보인", "지난해 내놓은"): no guess from the article's date. */
const VAGUE_PAST = /지난\s?주|지난\s?달|지난해|작년|재작년|올해 초|연초|상반기|하반기|앞서|그간|예전/;

/** A descriptive noun right before a model's name ("경량 모델 'Y'", "새 모델 Y"). */
const INTRODUCED_BEFORE = /(?:경량|소형|소규모|새|신규|후속|추론|대형|중형|온디바이스용?)\s?(?:모델|LLM|sLM|버전)\s?['"‘“]?$/;

/** …and after it "도" (also) or the object of a release or development verb ("'Y'를 함께 공개했다"), not of a derivation ("Y를 증류해"). */
const INTRODUCED_AFTER = /^['"’”]?(?:도\s|(?:를|을)\s(?:[^,.]{0,12}\s)?(?:함께\s|새로\s|추가로\s)?(?:개발|공개|출시|선보|내놓|내놨))/;
/** "'Y' 같은 증류 모델을 함께 내놨다": a model given as an example of the models released, whatever comes before it;
 * "X를 공개하면서 … 'Y'도 함께 내놨다": the one released beside the first, named last. */
const SUCH_AS_RELEASED = /^['"’”]?(?:\s?같은\s(?:[가-힣A-Za-z]{1,6}\s)?(?:모델|LLM|sLM|버전)(?:을|를)\s(?:함께\s|새로\s|추가로\s|잇달아\s)?|도\s(?:함께|같이|나란히|동시에)\s)(?:개발|공개|출시|선보|내놓|내놨)/;

/** A release decided on, not made ("공개하기로 했다", "출시하기로 결정"). */
const PLANNED = /^(?:하|되)기로/;
/** "오픈소스 공개를 검토하고 있으나", "공개할지 고민 중": a release only weighed, which calls no model open. */
const WEIGHED = /^(?:를|을|도|는|할지|할\s지|하는\s방안을|하는\s것을)\s(?:[가-힣]{1,6}\s)?(?:검토|고려|고민|논의|저울질)/;
/** "…\"25일 출시됐다\"고 했으나": a report the sentence goes on to contradict (a correction's wrong claim). */
const CONTRADICTED_REPORT = /^[가-힣]{0,4}['"’”]?(?:이라|라)?고\s?(?:했|보도했|적었|썼|전했|밝혔|소개했)(?:으나|지만|는데)/;
/** A clause joined to the next with a comma ("선보였고, ", "공개했으며, "): a day after it belongs to the next clause. */
const CLAUSE_JOIN_BETWEEN = /(?:고|며|지만),\s/;

/** A release verb in a non-past form ("공개한다", "출시할", "선보일 예정"). */
const NON_PAST = /^(?:한다|할|하겠|합니다|될|된다|됩니다|일|인다)(?![가-힣]*했)/;

/** The object of presenting it ("X를 소개했다/시연했다/내세웠다/앞세워/들고 나왔다", an entry "X를 제출했다/출품했다"), or of a release */
/** naming its maker ("X를 내놓은 B가 대표적이다": X is what follows). */
const PRESENTED_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:를|을)\s(?:[^,.]{0,12}\s)?(?:소개|시연|내세|앞세|들고\s?나|제출|출품|(?:내놓|출시한|공개한|선보인)(?=[^,.]{0,12}[가-힣A-Za-z0-9)](?:이|가|은|는)\s))/;

/** After a model: it is what another follows or is compared with ("'X'의 후속작", "X보다", "X와 같은 규모"), not the subject. */
/** (or what it beats or falls short of: "GPT-5를 넘어섰다는", "Y에는 못 미쳤지만"; or a base in a telegraphic line: "X 기반, 320억 파라미터") */
const NOT_SUBJECT = /^['"’”]?(?:\s?\([^()]{1,24}\))?\s?(?:의\s?(?:후속|뒤를 잇|차기)|보다\s|(?:와|과)\s(?:같은|비슷한|동일한)\s|대비\s|에 비해|(?:을|를)\s?(?:기반|바탕|토대|베이스)(?:으로|로)\s|\s기반(?:,|이며|이고|으로\s)|(?:을|를)\s?(?:제치|제쳤|앞서|앞섰|앞질|넘어|넘었|능가|따돌)|에(?:는|도)?\s?못 미)/;

/** A contrastive join between two clauses ("…풀었지만, …", "…공개했으나 …", "…인 반면 …"). */
const CONTRAST_JOIN = /(?:지만|으나|반면)[,\s]/;
const CONTRAST_JOIN_ALL = new RegExp(CONTRAST_JOIN.source, 'g');
/** The clause of a contrast that holds position `at`. */
function clauseAround(text: string, at: number): string {
  let from = 0;
  let to = text.length;
  for (const j of text.matchAll(CONTRAST_JOIN_ALL)) {
    if (j.index! + j[0].length <= at) from = j.index! + j[0].length;
    else if (j.index! >= at) {
      to = j.index! + j[0].length;
      break;
    }
  }
  return text.slice(from, to);
}

/** A model named as the predecessor: "'Y'의 후속작으로", "Y의 업그레이드 버전". */
const PREDECESSOR_AFTER = /^\s?의\s?(?:후속|차기|업그레이드)/;

/** An object particle and the rest of the clause up to its release verb ("를 지난 7일 공개했다"). */
const OBJECT_CLAUSE = /^['"’”]?\s?(?:을|를)\s(?:[^,.]{0,24}\s)?$/;

export interface PropertyResult {
  facts: PropertyFact[];
  /** Models released by one verb ("A와 B를 동시에 공개했다" → [A, B]): a group whose shared properties spreadProperties spreads. */
  coReleased?: Mention[][];
  /** The model this sentence is about, for the next sentences' references. */
  focus?: Mention;
}

/** True when [a, b) overlaps a mention. */
function inMention(mentions: Mention[], a: number, b: number): boolean {
  return mentions.some((m) => m.start < b && a < m.end);
}

/** A table cell rather than a sentence: short, with no sentence ending. */
function isCell(text: string): boolean {
  return text.trim().length <= 24 && !/[가-힣][다요죠][.!]?['"’”]?$/.test(text.trim());
}

/** "이름은 ", "모델명의 ": the words before the size a name carries. */
const NAME_SIZE_BEFORE = /(?:이름|모델명|제품명)(?:은|는|이|에|의|에는|에선)\s$/;

/** "X의 매개변수는 …": a sentence opening on a model's size is about that model. */
const OWN_SIZE_TOPIC = /^의\s(?:매개변수|파라미터)(?:은|는)\s/;
/** "다만 X의 경우 …": a sentence that opens by singling out a model is about it. */
const CASE_OF = /^의\s경우(?:에는|엔|는)?[\s,]/;
const CASE_OF_LEAD = /^(?:(?:다만|한편|특히|또한|반면|또)\s)?$/;

/** Between a model and a count: "Y와 같은 ", "Y와 동일한 " (the count is the same as Y's: "원본인 Y와 같은 320억 개 파라미터"). */
const SAME_AS_BETWEEN = /^['"’”]?(?:와|과)\s(?:똑\s?)?(?:같은|동일한)\s(?:약\s)?$/;

/** After a count: "(개)가 아니라", "이 아니고" — the speaker corrects it by the count that follows. */
const CORRECTED_AFTER = /^\s?(?:개(?:의)?)?\s?(?:(?:파라미터|매개변수)\s?)?(?:가|이|는)?\s아니(?:라|고|고요|구요)[,\s]/;

/** Reads the scored properties of one sentence. */
/** "이와 함께 ", "이와 동시에 ", "동시에 ": a sentence opening on what goes with the one before. */
const ALONGSIDE_OPENING = /^(?:[가-힣A-Za-z]{1,10}(?:은|는|이|가)\s)?(?:이와\s함께|이와\s동시에|동시에|이와\s더불어)\s/;
/** "기능을 ", "제휴를 ": a thing that is no model (a product, a deal, a plan, an outcome: "선정 결과를 발표하고") as the object right before a release or announcing verb. */
const NOT_MODEL_OBJECT_BEFORE = /(?:기능|서비스|앱|애플리케이션|플랫폼|제품|요금제|보고서|리포트|계획|로드맵|제휴|협력|협약|계약|파트너십|투자|인수|실적|결과|성과|명단|방침|결정|소식|입장|일정)(?:을|를)\s$/;
/** "기반 모델", "베이스 모델": a reference to the base of the model the sentences follow, which stays their topic. */
const BASE_REFERENCE = /^(?:기반|베이스|원본)\s?모델$/;
const isBaseAside = (text: string, m: Mention, focus: Mention | undefined): boolean => m.via === 'reference' && focus !== undefined && focus.key !== m.key && BASE_REFERENCE.test(text.slice(m.start, m.end));

export function readProperties(text: string, mentions: Mention[], rules: RuleSet, focus: Mention | undefined, publishedAt?: string, sameDay?: string, sameMonth?: string): PropertyResult {
  const c = cues(rules);
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous' && !(m.key === focus?.key && text[m.start - 1] === '/') && !saidUnused(text, m)); // (not the focus named by its weights' path: "(Hub: org/X-8B)"; nor one said never used)
  const facts: PropertyFact[] = [];
  // "'Y'의 후속작으로, 매개변수는 …": a sentence naming only the predecessor is still about the model in focus,
  // and so is one naming a model only as what the sentence's model follows or beats
  const focusUsable = c.modelRef.test(text) || !models.length || models.every((m) => PREDECESSOR_AFTER.test(after(text, m, 12)) || NOT_SUBJECT.test(after(text, m, 10))) ? focus : undefined;

  // the size in a name ("8B") yields to a count the article states ("실제 매개변수는 80억 개")
  for (const m of models) if (m.properties?.parameters) facts.push({ key: m.key, property: 'parameters', value: m.properties.parameters, rule: 'property.parameters-name', weak: true });
  // "A and B are available today as open weights", "X unveiled Y … on Tuesday and published its weights …" (English prose)
  facts.push(...readEnglishRelease(text, models, publishedAt, focus));
  // a nameless base's size and openness said inside its own phrase ("X가 공개한 240억 개 매개변수 규모의 오픈소스 모델을 기반으로")
  for (const m of mentions) if (m.via === 'anonymous' && m.properties) for (const [property, value] of Object.entries(m.properties)) facts.push({ key: m.key, property, value, rule: 'property.anonymous-phrase' });

  if (c.paramContext.test(text) || speaksOfSize(text, models)) {
    const counts = findParameterCounts(text);
    let correction = -1;
    for (const n of counts) {
      if (inMention(mentions, n.start, n.end)) {
        // "The 14-billion-parameter model is …": a count inside a reference to the model in focus is that model's size
        const ref = mentions.find((m) => m.type === 'Model' && m.via === 'reference' && m.start <= n.start && n.end <= m.end);
        if (ref) facts.push({ key: ref.key, property: 'parameters', value: n.value, rule: 'property.parameters' });
        continue;
      }
      // "활성 파라미터 3B(전체 30B)", "활성 매개변수가 30억 개": a mixture of experts' active count is not its size (the total is); nor is the size of an original model cut down to a later count ("140억 … 원본 모델을 … 30억 파라미터까지 줄여")
      if (isNotSizeCount(text, n.start, n.end) || isCutFromCount(text, n.start, n.end, counts)) continue;
      // "'Y'의 후속 모델로, 파라미터 규모를 2360억 개에서 4100억 개로 키웠다": the size it grew from is the predecessor's
      if (/^\s?에서\s/.test(text.slice(n.end, n.end + 4)) && counts.some((o) => o.start > n.end && o.start - n.end <= 8)) {
        const from = models.find((m) => PREDECESSOR_AFTER.test(after(text, m, 12)));
        if (from) facts.push({ key: from.key, property: 'parameters', value: n.value, rule: 'property.parameters-grown-from' });
        continue;
      }
      // "700억 개가 아니라 720억 개입니다": a count corrected by the one after it is not the size
      if (CORRECTED_AFTER.test(text.slice(n.end, n.end + 20)) && counts.some((o) => o.start > n.end && o.start - n.end <= 24)) {
        correction = n.end;
        continue;
      }
      // "이름은 100B지만 실제 매개변수는 1020억 개": the size the name carries is not the count stated
      if (NAME_SIZE_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start))) continue;
      // "1조 파라미터급 모델 개발에 도전한다", "… 모델을 목표로": a size aimed at is no model's size
      if (AIMED_SIZE_AFTER.test(text.slice(n.end, n.end + 40))) continue;
      // "X is the successor to Y, which was unveiled in March, and has 72 billion parameters": "and has" speaks of the subject
      const target = text.startsWith('ha', n.start - 4) && /\band\s(?:has|had)\s$/.test(text.slice(Math.max(0, n.start - 10), n.start)) && models[0] ? models[0] : attachModel(text, models, n.start, n.end, focusUsable);
      // (not a model named after the count whose name gives another size: "140억 개의 기본 모델과 17억 개의 경량 모델 'X 1.7B'";
      // a near count, 30.5B for "X-30B", still wins, and so does one said of the model after its name: "'X-70B 라이트'는 … 약 350억 개")
      const named = target && models.includes(target) && target.start >= n.end ? Number(target.properties?.parameters ?? 0) : 0;
      const corrects = correction >= 0 && n.start - correction <= 24;
      if (target && !(named && (n.value / named > 1.35 || n.value / named < 0.75))) facts.push({ key: target.key, property: 'parameters', value: n.value, rule: 'property.parameters', ...(corrects ? { corrects } : {}) });
      const alike = models.find((m) => m !== target && m.end <= n.start && SAME_AS_BETWEEN.test(text.slice(m.end, n.start)));
      if (alike) facts.push({ key: alike.key, property: 'parameters', value: n.value, rule: 'property.parameters-same-as' }); // it has the count too
    }
  }

  readFromScratch(text, models, c, focusUsable, facts);

  let releaseModel: Mention | undefined;
  const coReleased: Mention[][] = [];
  c.release.lastIndex = 0;
  const verbs = [...text.matchAll(c.release)];
  // where the last adnominal release verb that took a day before it stands: that day is its own
  let takenBy = -1;
  const glosses = releaseGlosses(text);
  for (const v of verbs) {
    // "비공개", "미공개": not released
    if (v.index! > 0 && (text[v.index! - 1] === '비' || text[v.index! - 1] === '미')) continue;
    // "성능을 끌어올렸다" (raised), not "허깅페이스에 올렸다" (uploaded)
    if (v[0].startsWith('올') && /(?:끌어|밀어|치켜|들어|쌓아|차)\s?$/.test(text.slice(Math.max(0, v.index! - 3), v.index!))) continue;
    // "지난해 5월 14일 나온 'X'": 나온 (came out) is a release only as the modifier of the model right after it, not "결과가 나온"
    if (v[0] === '나온') {
      const next = models.find((m) => m.start > v.index! && m.start - v.index! <= 8);
      if (!next || BOUNDARY.test(text.slice(v.index!, next.start)) || !/^나온\s['"‘“]?$/.test(text.slice(v.index!, next.start))) continue;
    }
    // "아파치 2.0으로 풀려 …, B를 기반으로 추가 학습한 모델이다": models named only as a base or rival leave the verb to the model in focus
    // (not a verb in someone's words, nor one a person or company is the subject of: "대표는 "… 모델도 내놓겠다"고")
    const othersOnly = models.length > 0 && models.every((m) => NOT_SUBJECT.test(after(text, m, 10))) && !inSpeech(text, v.index!) && !mentions.some((m) => (m.type === 'Company' || m.type === 'Person') && /^['"’”]?(?:은|는|이|가)\s/.test(text.slice(m.end, m.end + 4)));
    const t = releaseTarget(text, models, v.index!, v[0].length) ?? (models.length && !othersOnly ? undefined : focusUsable);
    // "X의 벤치마크 결과를 허깅페이스에 공개했다": the verb releases something about X, not X
    // (nor, with no model named, the model in focus: "… 기능을 선보였다" releases a feature, "제휴를 발표했다" a deal)
    if (!t || releasesArtifact(text, t, v.index!) || (t === focusUsable && !models.length && NOT_MODEL_OBJECT_BEFORE.test(text.slice(Math.max(0, v.index! - 12), v.index!)))) continue;
    const adnominal = adnominalVerb(text, v.index!, v[0].length);
    // "지난 18일 공개한 A와 B의 …": an adnominal release verb modifies the whole list after it
    const released = [...coObjects(text, models, t), t, ...(adnominal && t.start > v.index! ? listedAfter(text, models, t) : [])];
    // "A와 (이를 경량화한) B를 7일 공개했다": the objects of the verb share what the sentence says of one
    if (released.length >= 2 && OBJECT_CLAUSE.test(text.slice(t.end, v.index!)) && /^(?:했|한다|하며|하고|했으며|해)/.test(text.slice(v.index! + v[0].length))) coReleased.push(released);
    if (!adnominal && !inSpeech(text, v.index!)) releaseModel ??= t;
    const afterVerb = text.slice(v.index!);
    // "A는 … 오픈소스로 풀었지만, B는 가중치를 공개하지 않고": each side of a contrast speaks for its own model
    const clause = CONTRAST_JOIN.test(text) ? clauseAround(text, v.index!) : undefined;
    // (the open-source words that describe another model, "오픈소스 LLM 라마를 미세조정한 X", or no model, "오픈소스 생태계", do not count)
    const masked = openCueText(text, models, t, mentions.filter((m) => m.via === 'anonymous' && m.properties?.openSource));
    // ("Y를 공개한 데 이어 Z를 오픈소스로 내놨다": a release followed by another in sequence is open only by words before it)
    const sequenced = adnominal === false && BOUND_NOUN_AFTER.test(text.slice(v.index! + v[0].length, v.index! + v[0].length + 8));
    const open = c.openSource.test(clause !== undefined ? clauseAround(masked, v.index!) : sequenced ? masked.slice(0, v.index! + v[0].length) : masked) && !c.closed.test(clause ?? text);
    // (not a table cell naming no model, "오픈소스(가중치 공개)": its row's model is read by the table)
    // (a release planned, "오픈소스로 공개할 예정이다", still calls the model open, as the annotators read it; it gives no day)
    const planned = c.future.test(afterVerb.slice(v[0].length)) || PLANNED.test(afterVerb.slice(v[0].length));
    if (open && !(isCell(text) && !models.length) && !/^.{0,10}(?:않|아니)/.test(afterVerb.slice(v[0].length)) && !WEIGHED.test(afterVerb.slice(v[0].length))) {
      facts.push({ key: t.key, property: 'openSource', value: true, rule: 'property.open-source' });
      // (and "A와 B의 가중치는 … 오픈소스로 공개됐다": the models listed before it, the verb's co-objects)
      for (const m of released) if (m !== t && (adnominal ? m.start > t.start : m.start < t.start)) facts.push({ key: m.key, property: 'openSource', value: true, rule: 'property.open-source-listed' });
    }
    if (!planned && !CONTRADICTED_REPORT.test(afterVerb.slice(v[0].length))) {
      // a release verb inside someone's words ("… 라이선스로 공개된 모델로"고 이날 밝혔다) takes no day from outside them (the day they spoke)
      const speech = speechAt(text, v.index!);
      // (a paper's edition day, "26일자 기사", dates the report, not the release it reports; nor does a day in another model's release gloss, "X(올해 4월 공개) 후속으로 Y를 공개한다", date Y)
      const dates = findDates(text, publishedAt, sameDay, sameMonth).filter((d) => !inMention(mentions, d.start, d.end) && !EDITION_DAY_AFTER.test(text.slice(d.end, d.end + 4)) && (!speech || (d.start > speech.index && d.end < speech.index + speech[0].length)) && !isOtherGlossDay(glosses, d.start, d.end, v.index!));
      // (not a day an earlier adnominal release verb takes: "올해 3월 출시한 A는 지난해 나온 B의 후속" dates A alone)
      const own = dates.filter((d) => d.end > takenBy);
      const before = own.filter((d) => d.end <= v.index!);
      // (a lone day after the verb is its day only within its clause: "'A'를 선보였고, 지난 6월 17일에는 'B'를 출시했다" dates B alone)
      let d = before.length ? before[before.length - 1] : own.length === 1 && !CLAUSE_JOIN_BETWEEN.test(text.slice(v.index!, own[0]!.start)) ? own[0] : undefined;
      // "출시일을 10월 20일로 확정했다" in an article of the 15th: a day after the article's is a release to come
      if (d && publishedAt && d.iso > publishedAt.slice(0, d.iso.length)) d = undefined;
      // "25일 공개한다" in an article of the 20th: a release to come, not last month's 25th
      if (d && publishedAt && NON_PAST.test(afterVerb.slice(v[0].length)) && /^\d{1,2}일$/.test(text.slice(d.start, d.end).trim()) && Number(text.slice(d.start, d.end).trim().slice(0, -1)) > Number(publishedAt.slice(8, 10))) d = undefined;
      // "이달 말 출시한다": this month, in a verb not yet past, is still to come
      if (d && publishedAt && d.iso === publishedAt.slice(0, 7) && NON_PAST.test(afterVerb.slice(v[0].length))) d = undefined;
      // "공개했다고 12일 밝혔다": the announcement day, kept only when no sentence gives the release day itself ("전날 공개")
      const announced = d && d.start > v.index! && /^\s?(?:밝혔|전했|발표했|알렸)/.test(text.slice(d.end, d.end + 6));
      if (d) for (const m of released) facts.push({ key: m.key, property: 'releasedOn', value: d.iso, rule: 'property.released-on', weak: announced || undefined });
      if (d && adnominal && d.end <= v.index!) takenBy = v.index!;
      // "이와 함께 … 'Y'를 풀었다": released alongside the release the sentence before dated, on its day
      else if (sameDay && !dates.length && ALONGSIDE_OPENING.test(text) && PAST_RELEASE.test(text.slice(v.index!, v.index! + 14))) for (const m of released) facts.push({ key: m.key, property: 'releasedOn', value: sameDay, rule: 'property.released-alongside' });
      else if (publishedAt && !dates.length && PAST_RELEASE.test(text.slice(v.index!, v.index! + 14)) && !VAGUE_PAST.test(text))
        facts.push({ key: t.key, property: 'releasedOn', value: publishedAt, rule: 'property.released-on-article-date', weak: true });
    }
  }
  // "X는 아파치 2.0 라이선스로 누구나 쓸 수 있다", "가중치는 허깅페이스에서 내려받을 수 있다", "두 모델 모두 오픈소스다":
  // a sentence with no release verb that calls its topic (or, naming no model, the model in focus) open
  const state = verbs.length ? null : OPEN_STATE.exec(text);
  if (state && !c.closed.test(text) && !/예정|계획|방침|검토|할 수도/.test(text)) {
    const distinct = new Set(models.map((m) => m.key));
    // (or whose weights are the topic, "X의 가중치는 …", or what anyone may download, "허깅페이스에서 X를 내려받을 수 있다")
    const topic = models[0] && distinct.size === 1 && ((models[0].start <= 8 && /^['"’”]?(?:은|는|이|가|도)\s/.test(text.slice(models[0].end, models[0].end + 3))) || WEIGHTS_OF.test(text.slice(models[0].end, models[0].end + 24))) ? models[0] : undefined;
    // (not a spec line "라이선스: Apache 2.0": the card's subject is not reliably the model in focus)
    // nor a table cell that is only a licence's name ("아파치 2.0"): its row's model is read by the table (engine/row-tables.ts)
    const target = topic ?? (models.length || isCell(text) || /^[^\s:]{1,12}\s?[:：]/.test(text) ? undefined : focusUsable);
    // "세 모델 모두 …": about a group, which spreadProperties must find, not the model in focus
    const group = !topic && /(?:두|세|네|다섯|[2-9])\s?(?:개\s?|가지\s?)?(?:모델|종|버전)|모두|전부/.test(text);
    if (target && !/^.{0,12}(?:않|아니|못|없)/.test(text.slice(state.index + state[0].length))) facts.push({ key: target.key, property: 'openSource', value: true, rule: group ? 'property.open-source-state-group' : 'property.open-source-state' });
  }
  // "오픈소스 모델인 X", "오픈웨이트 모델 'X'": the model named right after an open-source description
  // and "오픈 모델 'X'" (an open model: weights anyone may take)
  for (const m of models) if (OPEN_APPOSITION.test(text.slice(Math.max(0, m.start - 14), m.start).replace(/['"‘’“”]$/, ''))) facts.push({ key: m.key, property: 'openSource', value: true, rule: 'property.open-source-apposition' });
  // a list item headed by a model ("M: …") is about M, as a sentence that opens on "M는" is; and English "X put out M" is about M
  if (!releaseModel && models[0] && models[0].start <= 1 && /^\s?[:：]\s/.test(text.slice(models[0].end, models[0].end + 3))) releaseModel = models[0];
  releaseModel ??= englishReleasedModel(text, models);

  // a sentence that opens on a model as its topic ("X는 …") is about X: the next sentences' unnamed model
  // and so does one whose first model is its topic after a clause that modifies it ("저희가 지난달 공개한 X는 …")
  // or after a source clause ("회사 자료를 보면 X는 …", "…에 따르면 X는") or a word of novelty ("이번 X는", "새 X는")
  // or after an adverbial and its maker's possessive, with no topic before it ("다른 국내 모델 가운데 X사의 'Y'는 …")
  // or after its maker's team or a rank reached ("X 컨소시엄의 'Y'는", "3위로 관문을 넘은 X의 'Y'는")
  // (not a reference to the base of the model in focus: "기반 모델의 파라미터는 …" speaks of the base in passing)
  const opening = models.find((m) => !isBaseAside(text, m, focus) && (m.start <= 1 || (m.start <= 8 && (LEAD_MARK.test(text.slice(0, m.start)) || QUESTION_TURN.test(text.slice(0, m.start)) || RANK_LEAD.test(text.slice(0, m.start)) || ANSWER_LEAD.test(text.slice(0, m.start))))) && (/^['"’”]?(?:은|는|이|가)\s/.test(text.slice(m.end, m.end + 3)) || OWN_SIZE_TOPIC.test(text.slice(m.end, m.end + 10)))) ?? models.find((m) => CASE_OF_LEAD.test(text.slice(0, m.start)) && CASE_OF.test(text.slice(m.end, m.end + 8))) ?? (models[0] && /^['"’”]?(?:은|는)\s/.test(text.slice(models[0].end, models[0].end + 3)) && (MODIFIED_TOPIC.test(text.slice(0, models[0].start)) || TOPIC_AFTER_ADVERBIAL.test(text.slice(0, models[0].start)) || NOUN_BEFORE_TOPIC.test(text.slice(0, models[0].start)) || TEAM_OR_RANK_BEFORE_TOPIC.test(text.slice(0, models[0].start))) ? models[0] : undefined);
  // "X의 주력 모델은 … Y다", "X의 주력 제품은 … Y(Y-en)다": the model the sentence names as its predicate
  // and so does a sentence that only names it ("네, Y입니다.")
  // and "2위는 X사의 'Y'(69.8점)였다": a rank's holder, and "이번 테스트의 주인공은 … Y다": a starring role's
  const predicate = models.find((m) => /^(?:\s?\([^()]{1,30}\))?['"’”]?(?:\s?\([^()]{1,30}\))?(?:이다|다|입니다|였다|이었다)[.\s]*$/.test(text.slice(m.end)) && (/(?:모델|LLM|제품)(?:은|는)\s|것은\s/.test(text) || (models.length === 1 && STAR_TOPIC.test(text)) || /^(?:[가-힣]{1,3},\s?)?['"‘“]?$/.test(text.slice(0, m.start)) || (models.length === 1 && (PREDICATE_MODIFIED.test(text.slice(0, m.start)) || RANK_TOPIC.test(text.slice(0, m.start))))));
  // "함께 나온 경량 모델 'Y'도 있습니다", "…을 증류한 경량 모델 'Y'도 함께 개발했다": a model introduced by a descriptive noun,
  // the last of the sentence, is what the next sentence's unnamed size or licence is about
  const introduced = models.at(-1) && INTRODUCED_BEFORE.test(text.slice(Math.max(0, models.at(-1)!.start - 12), models.at(-1)!.start)) && INTRODUCED_AFTER.test(text.slice(models.at(-1)!.end, models.at(-1)!.end + 30)) ? models.at(-1) : undefined;
  // "X를 공개하면서 'Y' 같은 증류 모델을 함께 내놨다": the example released last is what "이 모델" next means, before the sentence's release
  const suchAs = models.length > 1 && SUCH_AS_RELEASED.test(text.slice(models.at(-1)!.end, models.at(-1)!.end + 40)) ? models.at(-1) : undefined;
  // "한빛AI는 X를 소개했다": the one model a sentence presents is what the next one is about
  const presented = !introduced && models.length && models.every((m) => m.key === models[0]!.key) && PRESENTED_AFTER.test(text.slice(models.at(-1)!.end, models.at(-1)!.end + 24)) ? models.at(-1) : undefined;
  // "A는 64.8점, B는 55.2점이었다": a sentence that gives two models as topics side by side (rivals' figures) leaves the focus where it was
  const sideBySide = focus !== undefined && !releaseModel && new Set(models.filter((m) => /^['"’”]?(?:은|는)\s/.test(text.slice(m.end, m.end + 3))).map((m) => m.key)).size > 1;
  // "1.0은 9월에 … 공개했고, …": a bare version opening the sentence (see addBareVersions) is an aside on another model of the line
  const aside = focus !== undefined && opening?.via === 'reference' && opening.key !== focus.key && /^(?:[가-힣]{2,4}(?:로|히|만|도)?,?\s)?v?\d{1,2}\.\d{1,2}$/.test(text.slice(0, opening.end));
  const nextFocus = suchAs ?? (aside && releaseModel?.key === opening.key ? undefined : releaseModel) ?? (sideBySide || aside ? focus : (opening ?? possessedOrPresented(text, models, focus))) ?? predicate ?? introduced ?? presented ?? focus ?? (models.length === 1 ? models[0] : undefined);
  return { facts, focus: nextFocus, coReleased };
}
