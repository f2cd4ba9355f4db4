/**
 * Scored properties read from a sentence: a model's parameters, fromScratch, openSource and
 * releasedOn. A property cue is attached to the model it modifies ("340억 개(34B)의 … 모델인 X"),
 * else to the model its release verb governs or the sentence's topic, else (sentences with no
 * model, such as "이번에 공개한 모델은 …") to the model in focus from the previous sentences.
 */
import type { PropertyValue } from '../../graph/index.js';
import { findDates, findParameterCounts } from '../korean.js';
import type { Mention, RuleSet } from '../types.js';
import { cueRegex } from './compile.js';
import { LEAD_MARK } from '../../parse/bullets.js';

export interface PropertyFact {
  key: string;
  property: string;
  value: PropertyValue;
  rule: string;
  /** A guess (the article's date for an undated release): loses to any stated value. */
  weak?: boolean;
}

interface PropertyCues {
  fromScratch: RegExp;
  notFromScratch: RegExp;
  openSource: RegExp;
  closed: RegExp;
  release: RegExp;
  future: RegExp;
  paramContext: RegExp;
  modelRef: RegExp;
}

const cueCache = new WeakMap<RuleSet, PropertyCues>();

/** Whether a sentence has a release verb (lexicon.jsonl's `releaseVerb` cue). */
export function hasReleaseVerb(text: string, rules: RuleSet): boolean {
  const re = cues(rules).release;
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

function cues(rules: RuleSet): PropertyCues {
  let c = cueCache.get(rules);
  if (!c) {
    const get = (n: string) => rules.lexicon.cues.get(n) ?? [];
    c = {
      fromScratch: cueRegex(get('fromScratch')),
      notFromScratch: /^.{0,12}(?:아닌|아니라|아니다|아닙|아니에요|아니죠|않)/,
      openSource: cueRegex(get('openSource')),
      closed: cueRegex(get('closedSource')),
      release: new RegExp(`(?:${get('releaseVerb').join('|')})`, 'g'),
      future: /^.{0,8}(?:예정|계획|할 방침|앞두|준비)/,
      paramContext: cueRegex(get('parameterContext')),
      modelRef: /모델|LLM|sLM|버전/,
    };
    cueCache.set(rules, c);
  }
  return c;
}

/** The text right after a mention, past closing quotes. */
function after(text: string, m: Mention, n = 4): string {
  return text.slice(m.end, m.end + n + 2).replace(/^['"’”」』》〉`]+/, '');
}

const PAST_RELEASE = /^(?:(?:공개|출시|발표|선보|내놓|내놨|선봬|배포|릴리스|올렸)(?:했다|했다고|였다|였다고|다|됐다|했으며|했고|한다고 밝)|(?:함께|새로) 나왔다)/;

const BOUNDARY = /[,;]|다\s|며\s|고\s|지만|는데/;

/** After a model: it is what another follows or is compared with ("'X'의 후속작", "X보다"), not the subject. */
const NOT_SUBJECT = /^['"’”]?\s?(?:의\s?(?:후속|뒤를 잇|차기)|보다\s|대비\s|에 비해|(?:을|를)\s?(?:기반|바탕|토대)(?:으로|로)\s)/;

/** True inside a long quotation (someone's words, not the reporter's facts). */
function inSpeech(text: string, at: number): boolean {
  return speechAt(text, at) !== undefined;
}

/** The long quotation around `at`, if any. */
function speechAt(text: string, at: number): RegExpExecArray | undefined {
  const re = /[“"]([^”"]{15,})[”"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (at > m.index && at < m.index + m[0].length) return m;
  return undefined;
}

/** A quotation that is a description of a model ("회사 측은 "… 처음부터 학습한 모델"이라고 설명했다"): it speaks of the model in focus. */
function describesModel(text: string, at: number): boolean {
  const q = speechAt(text, at);
  return q !== undefined && /모델$/.test(q[1]!.trim()) && /^\s?(?:이)?라(?:고|며)\s/.test(text.slice(q.index + q[0].length, q.index + q[0].length + 5));
}

/** The model a cue at [at, atEnd) attaches to. */
function attachModel(text: string, models: Mention[], at: number, atEnd: number, focus: Mention | undefined): Mention | undefined {
  if (inSpeech(text, at) && !describesModel(text, at)) focus = undefined;
  const following = models.find((m) => m.start >= atEnd && m.start - atEnd <= 40);
  if (following) {
    const between = text.slice(atEnd, following.start);
    // "…처음부터 자체 학습한 'X'": a cue in the clause that modifies the model after it
    if (!BOUNDARY.test(between) && (/모델|의\s|인\s|급\s|규모|짜리/.test(between) || /(?:한|된)\s['"‘“]?$/.test(between))) return following;
  }
  const preceding = models.filter((m) => m.end <= at);
  // "본 모델은 320억개, 미니는 24억개": the nearest topic before the count
  const topic = preceding.findLast((m) => /^(?:은|는|이|가)\s/.test(after(text, m, 2)));
  if (topic) return topic;
  const last = preceding[preceding.length - 1];
  // "'Y'를 프롬 스크래치로 개발": the object right before the cue is what it describes
  if (last && /^['"’”]?\s?(?:을|를)\s$/.test(text.slice(last.end, at))) return last;
  if (last && !(focus && /^['"’”]?\s?(?:의|대비|보다|와|과|를|을|에)/.test(after(text, last, 4)))) return last;
  return focus;
}

/** The model a release verb governs: the model an adnominal verb modifies ("선보인 ‘X’"), the nearest model before it, or the topic. */
function releaseTarget(text: string, models: Mention[], verbAt: number, verbLen: number): Mention | undefined {
  const rest = text.slice(verbAt + verbLen, verbAt + verbLen + 4);
  if (/^(?:인|한|된|은|했던|했었던)\s/.test(rest)) {
    const next = models.find((m) => m.start > verbAt && m.start - verbAt <= 24);
    if (next && !BOUNDARY.test(text.slice(verbAt, next.start))) return next;
  }
  const before = models.filter((m) => m.end <= verbAt && !/^\s?(?:대비|보다|와|과)/.test(after(text, m, 4)));
  const near = before.filter((m) => verbAt - m.end <= 60 && !BOUNDARY.test(text.slice(m.end, verbAt)));
  if (near.length) return near[near.length - 1];
  return before.find((m) => /^(?:은|는)\s/.test(after(text, m, 2)));
}

/** A model named as the predecessor: "'Y'의 후속작으로", "Y의 업그레이드 버전". */
const PREDECESSOR_AFTER = /^\s?의\s?(?:후속|차기|업그레이드)/;

/** Between two models released together: "A와 경량 모델 'B'를", "A, B를". */
const CO_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?\s?(?:와|과|및|,)\s(?:[가-힣A-Za-z]{1,6}\s){0,2}['"‘“]?$/;

/** An object particle and the rest of the clause up to its release verb ("를 지난 7일 공개했다"). */
const OBJECT_CLAUSE = /^['"’”]?\s?(?:을|를)\s(?:[^,.]{0,24}\s)?$/;

/** The models listed right before the release target as its co-objects ("A와 B를 동시에 공개했다" → A). */
function coObjects(text: string, models: Mention[], target: Mention): Mention[] {
  const out: Mention[] = [];
  let next = target;
  for (let i = models.indexOf(target) - 1; i >= 0; i--) {
    const m = models[i]!;
    if (m.key === next.key || !CO_OBJECT.test(text.slice(m.end, next.start))) break;
    out.push(m);
    next = m;
  }
  return out;
}

/** A paragraph mark before a sentence's first word ("□ ", "ㅇ ", "- "): the sentence still opens on what follows. */

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

/** Reads the scored properties of one sentence. */
/** An interview question's label ("Q. X는 어떻게 만들었나요?", "질문: …"): the question's topic model is what the answer is about. */
const QUESTION_TURN = /^\s*(?:Q|질문|문)\s?[.:：]\s?['"‘“]?$/;

/** "1.2B 크기의 ‘Y’입니다", "경량 모델인 Y다": a sentence that only names a model after what describes it (no subject of its own). */
const PREDICATE_MODIFIED = /^(?![^.]*[가-힣](?:은|는|이|가)\s)(?:[^.]|\.(?=\d)){0,30}(?:의|인)\s['"‘“]?$/;

/** Words before a sentence's topic model that name no topic of their own: an adverbial phrase, then maybe the maker's possessive ("국내 모델 가운데 X사의 '"). */
const TOPIC_AFTER_ADVERBIAL = /^(?![^.]*[가-힣](?<!서)(?:은|는)\s)[^.,"“”]{0,30}(?:가운데|중에서는|중에선|중에서|중|사이에서는|사이에서|이어|한편)\s(?:[가-힣A-Za-z0-9]{1,12}(?:의)?\s)?['"‘“]?$/;

export function readProperties(text: string, mentions: Mention[], rules: RuleSet, focus: Mention | undefined, publishedAt?: string, sameDay?: string): PropertyResult {
  const c = cues(rules);
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous');
  const facts: PropertyFact[] = [];
  // "'Y'의 후속작으로, 매개변수는 …": a sentence naming only the predecessor is still about the model in focus,
  // and so is one naming a model only as what the sentence's model follows or beats
  const focusUsable = c.modelRef.test(text) || !models.length || models.every((m) => PREDECESSOR_AFTER.test(after(text, m, 12)) || NOT_SUBJECT.test(after(text, m, 10))) ? focus : undefined;

  // the size in a name ("8B") yields to a count the article states ("실제 매개변수는 80억 개")
  for (const m of models) if (m.properties?.parameters) facts.push({ key: m.key, property: 'parameters', value: m.properties.parameters, rule: 'property.parameters-name', weak: true });

  if (c.paramContext.test(text) || /\(\d+(?:\.\d+)?[BM]\)/.test(text)) {
    for (const n of findParameterCounts(text)) {
      if (inMention(mentions, n.start, n.end)) continue;
      const target = attachModel(text, models, n.start, n.end, focusUsable);
      if (target) facts.push({ key: target.key, property: 'parameters', value: n.value, rule: 'property.parameters' });
    }
  }

  const fs = c.fromScratch.exec(text);
  if (fs && !c.notFromScratch.test(text.slice(fs.index + fs[0].length))) {
    const target = attachModel(text, models, fs.index, fs.index + fs[0].length, focusUsable);
    if (target) facts.push({ key: target.key, property: 'fromScratch', value: true, rule: 'property.from-scratch' });
  }

  let releaseModel: Mention | undefined;
  const coReleased: Mention[][] = [];
  c.release.lastIndex = 0;
  const verbs = [...text.matchAll(c.release)];
  // per sentence, not per verb: whether it calls a model open (and not closed)
  let openSource: boolean | undefined;
  for (const v of verbs) {
    const t = releaseTarget(text, models, v.index!, v[0].length) ?? (models.length ? undefined : focusUsable);
    if (!t) continue;
    const released = [...coObjects(text, models, t), t];
    // "A와 (이를 경량화한) B를 7일 공개했다": the objects of the verb share what the sentence says of one
    if (released.length >= 2 && OBJECT_CLAUSE.test(text.slice(t.end, v.index!)) && /^(?:했|한다|하며|하고|했으며|해)/.test(text.slice(v.index! + v[0].length))) coReleased.push(released);
    if (!/^(?:인|한|된|은|했던|했었던)\s/.test(text.slice(v.index! + v[0].length, v.index! + v[0].length + 4)) && !inSpeech(text, v.index!)) releaseModel ??= t;
    const afterVerb = text.slice(v.index!);
    openSource ??= c.openSource.test(text) && !c.closed.test(text);
    if (openSource && !/^.{0,10}(?:않|아니)/.test(afterVerb.slice(v[0].length))) {
      facts.push({ key: t.key, property: 'openSource', value: true, rule: 'property.open-source' });
    }
    if (!c.future.test(afterVerb.slice(v[0].length))) {
      const dates = findDates(text, publishedAt, sameDay).filter((d) => !inMention(mentions, d.start, d.end));
      const before = dates.filter((d) => d.end <= v.index!);
      const d = before.length ? before[before.length - 1] : dates.length === 1 ? dates[0] : undefined;
      // "공개했다고 12일 밝혔다": the announcement day, kept only when no sentence gives the release day itself ("전날 공개")
      const announced = d && d.start > v.index! && /^\s?(?:밝혔|전했|발표했|알렸)/.test(text.slice(d.end, d.end + 6));
      if (d) for (const m of released) facts.push({ key: m.key, property: 'releasedOn', value: d.iso, rule: 'property.released-on', weak: announced || undefined });
      else if (publishedAt && !dates.length && PAST_RELEASE.test(text.slice(v.index!, v.index! + 14)))
        facts.push({ key: t.key, property: 'releasedOn', value: publishedAt, rule: 'property.released-on-article-date', weak: true });
    }
  }
  // "오픈소스 모델인 X", "오픈웨이트 모델 'X'": the model named right after an open-source description
  const osModel = /(?:오픈\s?소스|오픈\s?웨이트|공개\s?가중치)\s?(?:모델|LLM|sLM)(?:인)?\s?$/;
  for (const m of models) if (osModel.test(text.slice(Math.max(0, m.start - 14), m.start).replace(/['"‘’“”]$/, ''))) facts.push({ key: m.key, property: 'openSource', value: true, rule: 'property.open-source-apposition' });
  // a list item headed by a model ("M: …") is about M, as a sentence that opens on "M는" is
  if (!releaseModel && models[0] && models[0].start <= 1 && /^\s?[:：]\s/.test(text.slice(models[0].end, models[0].end + 3))) releaseModel = models[0];

  // a sentence that opens on a model as its topic ("X는 …") is about X: the next sentences' unnamed model
  // and so does one whose first model is its topic after a clause that modifies it ("저희가 지난달 공개한 X는 …")
  // or after a source clause ("회사 자료를 보면 X는 …", "…에 따르면 X는")
  // or after an adverbial and its maker's possessive, with no topic before it ("다른 국내 모델 가운데 X사의 'Y'는 …")
  const opening = models.find((m) => (m.start <= 1 || (m.start <= 8 && (LEAD_MARK.test(text.slice(0, m.start)) || QUESTION_TURN.test(text.slice(0, m.start))))) && /^['"’”]?(?:은|는|이|가)\s/.test(text.slice(m.end, m.end + 3))) ?? (models[0] && /^['"’”]?(?:은|는)\s/.test(text.slice(models[0].end, models[0].end + 3)) && (/(?:(?:한|된|인|작은|큰|새로운)\s|(?:보면|따르면|의하면),?\s)['"‘“]?$/.test(text.slice(0, models[0].start)) || TOPIC_AFTER_ADVERBIAL.test(text.slice(0, models[0].start))) ? models[0] : undefined);
  // "X의 주력 모델은 … Y다", "X의 주력 제품은 … Y(Y-en)다": the model the sentence names as its predicate
  // and so does a sentence that only names it ("네, Y입니다.")
  const predicate = models.find((m) => /^(?:\s?\([^()]{1,30}\))?['"’”]?(?:이다|다|입니다)[.\s]*$/.test(text.slice(m.end)) && (/(?:모델|LLM|제품)(?:은|는)\s|것은\s/.test(text) || /^(?:[가-힣]{1,3},\s?)?['"‘“]?$/.test(text.slice(0, m.start)) || (models.length === 1 && PREDICATE_MODIFIED.test(text.slice(0, m.start)))));
  const nextFocus = releaseModel ?? opening ?? predicate ?? focus ?? (models.length === 1 ? models[0] : undefined);
  return { facts, focus: nextFocus, coReleased };
}
