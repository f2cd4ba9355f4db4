/**
 * Openness and release day stated in English prose: "A and B are available today as open weights on Hugging Face",
 * "X unveiled Y, a … model, on Tuesday and published its weights … under an open license the same day".
 */
import { ENGLISH_MONTH_NAME, englishMonth, monthDayBefore } from '../../parse/dates.js';
import { ENGLISH_WEEKDAYS, weekdayBefore } from '../korean-dates.js';
import type { Mention } from '../types.js';
import type { PropertyFact } from './properties.js';

/** "A and B are (now) available (today) as open weights": the models listed before it are open. */
const AVAILABLE_OPEN = /^\s?(?:(?:,\s|,?\sand\s)[\uE002]\d+\uE00F)*\s(?:is|are)\s(?:now\s|also\s)?available\s(today\s|now\s)?as\sopen[-\s](?:weights?|source)\b/;
/** "A and B were released as open-source models (under the Apache 2.0 licence)", "A, with 12 billion parameters, was released as open weights": the models listed before it are open. */
const RELEASED_OPEN = /^\s?(?:(?:,\s|,?\sand\s)[\uE002]\d+\uE00F)*(?:,?\s(?:with|an?)\s[^,\uE002]{1,60},)?\s(?:was|were|has\sbeen|have\sbeen)\s(?:also\s)?(?:released|published|made\savailable)\s(today\s)?as\s(?:an?\s)?open[-\s](?:weights?|source)(?:\smodels?)?\b(?:\sunder\s(?:the|an?)\s[\w.\s-]{1,40}?\slicen[cs]e\b)?/;
/** "… unveiled Y" (a release verb right before the model). */
const RELEASE_VERB_BEFORE = /\b(?:unveiled|released|launched|introduced|open-sourced|made|put\sout)\s$/;
/** "… released Y (gloss) last Wednesday", "… put out Y on Thursday": the weekday right after the model a past release verb introduces. */
const WEEKDAY_AFTER_RELEASED = /^(?:\s\([^()]{1,30}\))?\s(?:(last)\s|on\s)(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
/** What makes the release an open one: weights put out, an open licence, open weights, the model put (made available) on Hugging Face or GitHub. */
const OPEN_WEIGHTS = /\b(?:published|released|posted|put\sout|uploaded)\s(?:its|their|the\smodel['’]s)\s(?:model\s)?weights\b|\bunder\san\sopen(?:-source)?\slicen[cs]e\b|\bas\sopen[-\s]weights?\b|^\s?as\san?\sopen[-\s](?:weights?|source)\smodel\b|^(?:['"’”]?,\s[^,.]{1,60},)?\s(?:(?:publicly|freely)\s)?(?:available\s)?(?:on|through|via)\s(?:Hugging\s?Face|GitHub)\b/;
/** A hedge or negation that keeps a sentence from stating openness. */
const NOT_STATED = /\b(?:not|never|no\splans?|would|will|may|might|could|plans?\sto)\b/;
/** "on Tuesday" right after the model (past its appositive) or the verb. */
const ON_WEEKDAY = /^(?:['"’”]?,\s[^,.]{1,60},)?\s(?:on\s(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(today))\b/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "… as an open-weight model on May 12": a month and day after the model (and its openness), its year perhaps given. */
/** (or a short month, "on Nov. 17"; or a weekday, "on Tuesday", the latest one at or before the article's date) */
const ON_MONTH_DAY = new RegExp(`^(?:['"’”]?,\\s[^,.]{1,60},)?(?:\\sas\\san?\\sopen[-\\s](?:weights?|source)\\smodel)?\\son\\s(?:(${MONTHS.join('|')}|${ENGLISH_MONTH_NAME}\\.?)\\s(\\d{1,2})(?:,\\s(\\d{4}))?|(${ENGLISH_WEEKDAYS.join('|')}))\\b`);

/** ON_MONTH_DAY's date: in the year given, else the article's year (the year before when that day is still to come). */
function onMonthDay(publishedAt: string, date: RegExpExecArray): string | undefined {
  if (date[4]) return weekdayOf(publishedAt, date[4]);
  return monthDayBefore(publishedAt, englishMonth(date[1]!), Number(date[2]), date[3] ? Number(date[3]) : undefined);
}

/** The day of the week named, at or before the article's date. */
function weekdayOf(publishedAt: string, name: string): string | undefined {
  const d = new Date(`${publishedAt}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : weekdayBefore(d.getTime(), name);
}

/** Encodes the sentence's models as tokens, for the list test. */
function encodeModels(text: string, models: Mention[]): string {
  let out = '';
  let pos = 0;
  models.forEach((m, i) => {
    out += text.slice(pos, m.start) + `\uE002${i}\uE00F`;
    pos = m.end;
  });
  return out + text.slice(pos);
}

/**
 * "Only the smaller of the two, " (a description the model after it is set off from), "Unlike its flagship, a lighter sibling called "
 * (a description naming it, after a contrast): the sentence's subject is that model.
 */
const APPOSED_HEAD = /^(?:(?:Unlike|Like|Besides|Alongside)\s[^,\uE002]{1,40},\s)?(?:(?:Only|Just)\s)?(?:the|its|their|a|an|The|Its|Their|A|An)\s[a-z][a-z\s-]{0,40}?(?:,\s|\s(?:called|named|dubbed)\s)(?=\uE002)/;

/**
 * Openness (and the day, when said) of the models listed at the head of a sentence that calls them open (or set off
 * after a description of them: "Only the smaller of the two, Y, has been released as open weights").
 */
function readListedOpen(text: string, models: Mention[], publishedAt: string | undefined): PropertyFact[] {
  const whole = encodeModels(text, models);
  const head = APPOSED_HEAD.exec(whole);
  const enc = head ? whole.slice(head[0].length) : whole;
  const listed = /^\uE002\d+\uE00F/.exec(enc);
  if (!listed) return [];
  const rest = head ? enc.slice(listed[0].length).replace(/^,(?=\s)/, '') : enc.slice(listed[0].length);
  const available = AVAILABLE_OPEN.exec(rest);
  const open = available ?? RELEASED_OPEN.exec(rest);
  if (!open) return [];
  const rule = available ? 'property.en-available-open' : 'property.en-released-open-list';
  const tail = rest.slice(open[0].length);
  const date = open[1] ? undefined : ON_MONTH_DAY.exec(tail);
  const iso = !publishedAt ? undefined : open[1]?.startsWith('today') ? publishedAt : date ? onMonthDay(publishedAt, date) : undefined;
  const out: PropertyFact[] = [];
  for (const x of enc.slice(0, listed[0].length + open[0].length).matchAll(/\uE002(\d+)\uE00F/g)) {
    const m = models[Number(x[1])]!;
    out.push({ key: m.key, property: 'openSource', value: true, rule });
    if (iso) out.push({ key: m.key, property: 'releasedOn', value: iso, rule: open[1] ? 'property.en-available-today' : 'property.en-released-on-date' });
  }
  return out;
}

/**
 * "The model, made public on Thursday, Nov. 27, on Hugging Face as open weights …, was built on …": a participle set off by a
 * comma after "The model" releases the model in focus; its openness and day are said inside that clause.
 */
const MODEL_PARTICIPLE = /^(?:The|This)\s(?:new\s)?model,\s(?:made\spublic|released|launched|unveiled|published|open-sourced|uploaded|posted)\s([^]{1,200}?),\s(?:was|is|has|had|builds|uses)\b/;
const ON_SHORT_MONTH_DAY = new RegExp(String.raw`\bon\s(?:(?:${ENGLISH_WEEKDAYS.join('|')}),\s)?(${ENGLISH_MONTH_NAME})[a-z]*\.?\s(\d{1,2})(?:,\s(\d{4}))?\b`);

function readModelParticiple(text: string, focus: Mention | undefined, publishedAt: string | undefined): PropertyFact[] {
  const p = focus ? MODEL_PARTICIPLE.exec(text) : null;
  if (!p || !focus || NOT_STATED.test(p[1]!)) return [];
  const out: PropertyFact[] = [];
  if (/\bas\sopen[-\s]weights?\b|\bas\sopen[-\s]source\b|\bunder\san\sopen(?:-source)?\slicen[cs]e\b/.test(p[1]!)) out.push({ key: focus.key, property: 'openSource', value: true, rule: 'property.en-model-participle-open' });
  const d = ON_SHORT_MONTH_DAY.exec(p[1]!);
  const iso = d && publishedAt ? monthDayBefore(publishedAt, englishMonth(d[1]!), Number(d[2]), d[3] ? Number(d[3]) : undefined) : undefined;
  if (iso) out.push({ key: focus.key, property: 'releasedOn', value: iso, rule: 'property.en-model-participle-on' });
  return out;
}

/**
 * "X on Tuesday released Y", "X today unveiled Y", "X on Monday made Y available", "X on Tuesday took the wraps off Y",
 * "X today announced the general availability of Y": the day named right before the release verb of the model after it.
 */
const DAY_BEFORE_VERB = /(?:\bon\s(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|\b(today))\s(?:officially\s)?(?:unveiled|released|launched|introduced|rolled\sout|debuted|(?:took|pulled)\sthe\swraps\soff|announced\sthe\s(?:general\s|commercial\s|global\s|public\s)?(?:availability|launch|release)\sof|(made))\s$/;

/** "…, along with a 0.7B "Nano" version": a model released with the one the verb introduces (no other model between). */
const ALONG_WITH_BEFORE = /\b(?:along\swith|together\swith)\s(?:an?\s|its\s)?(?:[^.;,]|\.(?=\d)){0,30}$/;

/**
 * The release day of the model a release verb right before it introduces, when a day opens the verb ("on Tuesday released Y"),
 * and of a model the sentence adds to it ("…, along with a 0.7B "Nano" version").
 */
function readDayBeforeVerb(text: string, models: Mention[], publishedAt: string | undefined): PropertyFact[] {
  if (!publishedAt || !/day\s/.test(text)) return [];
  for (const [i, m] of models.entries()) {
    const found = DAY_BEFORE_VERB.exec(text.slice(Math.max(0, m.start - 64), m.start));
    const d = found && (!found[3] || text.startsWith(' available', m.end)) ? found : null;
    const iso = d ? (d[1] ? weekdayOf(publishedAt, d[1]) : publishedAt) : undefined;
    if (!iso) continue;
    const next = models[i + 1];
    const along = next && next.key !== m.key && ALONG_WITH_BEFORE.test(text.slice(m.end, next.start)) ? [{ key: next.key, property: 'releasedOn', value: iso, rule: 'property.en-day-before-verb' }] : [];
    return [{ key: m.key, property: 'releasedOn', value: iso, rule: 'property.en-day-before-verb' }, ...along];
  }
  return [];
}

/** "the weights of the new model (of X) will be released under an open license": X, or the model in focus, is open (a release planned counts). */
const WEIGHTS_OPEN = /\bthe\sweights\sof\s(?:the\s(?:new\s)?model(?:,?\s\uE002(\d+)\uE00F,?)?|\uE002(\d+)\uE00F)\s(?:will\sbe|are|were|have\sbeen|has\sbeen|are\sbeing)\s(?:released|published|made\savailable|opened|put\sout)\s(?:under\san?\sopen(?:-source)?\slicen[cs]e|as\sopen[-\s](?:weights?|source))\b/i;

/**
 * "The model's weights were published the same day for research and commercial use", "Its weights have been made available",
 * "Weights are available under an open license", "Weights are open on Hugging Face":
 * a sentence opening on the model in focus's weights put out (not to partners alone, privately or on request) makes it open.
 */
const FOCUS_WEIGHTS_PUT_OUT = /^(?:(?:The\s(?:new\s)?model['’]s|Its)\s(?:model\s)?weights|(?:The\s)?[Ww]eights)\s(?:were|have\sbeen|are|will\sbe)\s(?:also\s)?(?:published|released|made\s(?:publicly\s)?available|posted|uploaded|put\sout|(?:publicly\s|freely\s)?available\s(?:under\san?\sopen(?:-source)?\slicen[cs]e|on\s(?:Hugging\s?Face|GitHub))|open\son\s(?:Hugging\s?Face|GitHub))\b(?![^.;]{0,60}\b(?:only|privately|internally|on\srequest|to\s(?:select(?:ed)?\s)?(?:partners|customers|researchers)))/;

/** The model whose weights the sentence says are (to be) put out openly. */
function readWeightsOpen(text: string, models: Mention[], focus: Mention | undefined): PropertyFact[] {
  const w = text.includes('weights of') ? WEIGHTS_OPEN.exec(encodeModels(text, models)) : null;
  const at = w?.[1] ?? w?.[2];
  // (the opening "The model's" may stand as a reference to the model in focus)
  const put = !w && models.every((m) => m.via === 'reference') && /[Ww]eights/.test(text) && FOCUS_WEIGHTS_PUT_OUT.test(text);
  const target = w ? (at !== undefined ? models[Number(at)] : focus) : put ? (models[0] ?? focus) : undefined;
  return target ? [{ key: target.key, property: 'openSource', value: true, rule: 'property.en-weights-open' }] : [];
}

/**
 * "A smaller sibling, X, with 12 billion parameters, was distilled from Y and will be opened at the same time": the model
 * the sentence opens on is (to be) opened, a planned opening counting as for weights (not across "but", "while", "which").
 */
const SUBJECT_OPENED = /^(?:(?:A|An|The|Its)\s[^,.;\uE002]{1,40},\s)?\uE002(\d+)\uE00F(?:,\s[^.;\uE002]{1,60},)?(?:(?!,\s(?:but|while|whereas)\b|\s(?:which|that|who)\b)[^.;]){0,120}?\s(?:will\s(?:also\s)?be|was|were|has\sbeen|have\sbeen)\s(?:also\s)?(?:opened|open-sourced)\b/;

/** The model the sentence opens on, when the sentence says it is (to be) opened. */
function readSubjectOpened(text: string, models: Mention[]): PropertyFact[] {
  const o = models.length && text.includes('open') ? SUBJECT_OPENED.exec(encodeModels(text, models)) : null;
  const target = o ? models[Number(o[1])] : undefined;
  return target ? [{ key: target.key, property: 'openSource', value: true, rule: 'property.en-subject-opened' }] : [];
}

/**
 * "Y, an open-weight model published by …", "Y, a 2B model distilled from Z, with open weights under …": an appositive after
 * the model calls it open (the appositive up to its clause's end, no hedge in it); or says its maker released it open
 * ("Y, a lightweight model the company released as open source last year").
 */
const APPOSED_OPEN = /^,\s(?:an?\s(?:[^,.;]{0,40}?\s)?open[-\s](?:weights?|source)\s(?:model|LLM|language\smodel)\b|an?\s(?:[^,.;]|\.(?=\d)){1,80},\swith\s(?:its\s)?open\sweights\b|an?\s[^,;.]{0,60}?\b(?:model|LLM)\s(?:that\s|which\s)?(?:the\s(?:company|firm|startup)|it|they)\s(?:had\s|has\s)?(?:released|published|made\savailable|put\sout)\sas\s(?:an?\s)?open[-\s](?:source|weights?)\b)/;
/** "Y, released last Thursday,", "Y, launched on Monday,": a participle of release with the weekday, set off after the model. */
const APPOSED_WEEKDAY = /^,\s(?:which\swas\s)?(?:released|launched|unveiled|introduced)\s(?:(last)\s|on\s)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s?[,.;]/;

/** "Y, a 7-billion-parameter open-weight model released on Nov. 10,": an appositive's participle of release with a month and day. */
const APPOSED_DATE = new RegExp(String.raw`^,\s(?:which\swas\s|an?\s(?:[^,;]|\.(?=\d)){0,60}?\s)?(?:released|launched|unveiled|introduced|open-sourced)\son\s(${ENGLISH_MONTH_NAME})\.?\s(\d{1,2})(?:,\s(\d{4}))?\s?[,.;]`);

/** Openness and release day an appositive set off after a model gives it. */
function readApposed(text: string, models: Mention[], publishedAt: string | undefined): PropertyFact[] {
  const out: PropertyFact[] = [];
  for (const m of models) {
    const rest = text.slice(m.end, m.end + 160);
    if (!rest.startsWith(', ')) continue;
    const open = APPOSED_OPEN.exec(rest);
    if (open && !NOT_STATED.test(open[0])) out.push({ key: m.key, property: 'openSource', value: true, rule: 'property.en-apposed-open' });
    const day = publishedAt ? APPOSED_WEEKDAY.exec(rest) : null;
    // ("last Thursday" on a Thursday is a week before; "on Thursday" is the latest one, today perhaps)
    const today = day ? new Date(`${publishedAt}T00:00:00Z`).getTime() - (day[1] ? 86_400_000 : 0) : NaN;
    if (day && !Number.isNaN(today)) out.push({ key: m.key, property: 'releasedOn', value: weekdayBefore(today, day[2]!), rule: 'property.en-apposed-weekday' });
    const date = publishedAt && !day && !NOT_STATED.test(rest.slice(0, 80)) ? APPOSED_DATE.exec(rest) : null;
    const iso = date ? monthDayBefore(publishedAt!, englishMonth(date[1]!), Number(date[2]), date[3] ? Number(date[3]) : undefined) : undefined;
    if (iso) out.push({ key: m.key, property: 'releasedOn', value: iso, rule: 'property.en-apposed-date' });
  }
  return out;
}

/**
 * "Y, an upgraded version of Z, became available on Hugging Face last Friday": a model that became (was made) available on a
 * public model hub is open, released that day when the weekday follows (no hedge before the verb or in it; a later clause's
 * "that companies may use" is no hedge of the release).
 */
const AVAILABLE_ON_HUB = /^(?:['"’”]?,\s[^,;]{1,80},)?\s(?:became|has\sbecome|was\smade|has\sbeen\smade)\s(?:publicly\s|freely\s)?available\s(?:on|through|via)\s(?:Hugging\s?Face|GitHub)\b(?:\s(?:(last)\s|on\s)(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b)?/;

/** Openness and release day of the models a sentence says became available on a public hub. */
function readBecameAvailable(text: string, models: Mention[], publishedAt: string | undefined): PropertyFact[] {
  const out: PropertyFact[] = [];
  for (const m of models) {
    const hub = m.via === 'reference' ? null : AVAILABLE_ON_HUB.exec(text.slice(m.end, m.end + 200));
    if (!hub || NOT_STATED.test(text.slice(0, m.start)) || NOT_STATED.test(hub[0])) continue;
    out.push({ key: m.key, property: 'openSource', value: true, rule: 'property.en-available-on-hub' });
    // ("last Friday" on a Friday is a week before; "on Friday" is the latest one, today perhaps)
    const today = hub[2] && publishedAt ? new Date(`${publishedAt}T00:00:00Z`).getTime() - (hub[1] ? 86_400_000 : 0) : NaN;
    if (!Number.isNaN(today)) out.push({ key: m.key, property: 'releasedOn', value: weekdayBefore(today, hub[2]!), rule: 'property.en-available-on-hub-weekday' });
  }
  return out;
}

/** The model an English past release verb right before it introduces ("X put out M on Thursday"), outside quotes and hedges. */
export function englishReleasedModel(text: string, models: Mention[]): Mention | undefined {
  if (!/[a-z]{3}/.test(text) || NOT_STATED.test(text)) return undefined;
  return models.find((m) => m.via !== 'reference' && RELEASE_VERB_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && !/["“]/.test(text.slice(0, m.start)));
}

/** "… said on Tuesday that it had put A and B on Hugging Face": the models put on a public hub (the day said before "that"). */
const PUT_ON_HUB = /\b(?:put|posted|uploaded|placed)\s((?:[^.;]|\.(?=\d)){1,200}?),?\son\s(?:Hugging\s?Face|GitHub)\b/;
const SAID_DAY_THAT = /\bon\s(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\sthat\s(?:it|they|the\s(?:company|startup|firm|lab))\s(?:had\s|has\s)?$/;
/** "Y, an 8-billion-parameter model that the company put on Hugging Face on Nov. 18": the model a relative clause puts on a hub. */
const APPOSED_PUT = new RegExp(String.raw`^,\s(?:an?\s(?:[^,;]|\.(?=\d)){0,60}?\s)?(?:that|which)\s(?:it|the\s(?:company|startup|firm|lab))\s(?:put|posted|uploaded)\son\s(?:Hugging\s?Face|GitHub)(?:\son\s(${ENGLISH_MONTH_NAME})\.?\s(\d{1,2})\b)?`);

/** Openness (and release day) of the models a sentence says were put on a public model hub. */
function readPutOnHub(text: string, models: Mention[], publishedAt: string | undefined): PropertyFact[] {
  if (!text.includes('on Hugging') && !text.includes('on GitHub')) return [];
  const out: PropertyFact[] = [];
  const p = PUT_ON_HUB.exec(text);
  const from = p ? p.index + p[0].indexOf(p[1]!) : -1;
  const d = p && publishedAt ? SAID_DAY_THAT.exec(text.slice(Math.max(0, p.index - 60), p.index)) : null;
  const day = d ? weekdayOf(publishedAt!, d[1]!) : undefined;
  for (const m of models) {
    if (m.via === 'reference') continue;
    const inside = p && !NOT_STATED.test(text.slice(0, from + p[1]!.length)) && m.start >= from && m.end <= from + p[1]!.length;
    const put = !inside ? APPOSED_PUT.exec(text.slice(m.end, m.end + 160)) : null;
    if (!inside && (!put || NOT_STATED.test(put[0]))) continue;
    out.push({ key: m.key, property: 'openSource', value: true, rule: 'property.en-put-on-hub' });
    const iso = inside ? day : put?.[1] && publishedAt ? monthDayBefore(publishedAt, englishMonth(put[1]), Number(put[2])) : undefined;
    if (iso) out.push({ key: m.key, property: 'releasedOn', value: iso, rule: 'property.en-put-on-hub' });
  }
  return out;
}

/** Facts for an English sentence that calls its models open or says when one came out. */
export function readEnglishRelease(text: string, models: Mention[], publishedAt: string | undefined, focus?: Mention): PropertyFact[] {
  const apposed = text.includes(', ') && /[a-z]/.test(text) ? readApposed(text, models, publishedAt) : [];
  const hub = text.includes('available') ? readBecameAvailable(text, models, publishedAt) : [];
  return [...readDayBeforeVerb(text, models, publishedAt), ...readWeekdayAfterReleased(text, models, publishedAt), ...readWeightsOpen(text, models, focus), ...readSubjectOpened(text, models), ...readOpenRelease(text, models, publishedAt, focus), ...apposed, ...hub, ...readPutOnHub(text, models, publishedAt)];
}

/** The release day of a model a past release verb introduces, said by the weekday after it ("last Wednesday" on a Wednesday is a week before). */
function readWeekdayAfterReleased(text: string, models: Mention[], publishedAt: string | undefined): PropertyFact[] {
  if (!publishedAt || !/day\b/.test(text) || NOT_STATED.test(text)) return [];
  for (const m of models) {
    const day = RELEASE_VERB_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) ? WEEKDAY_AFTER_RELEASED.exec(text.slice(m.end, m.end + 50)) : null;
    const today = day ? new Date(`${publishedAt}T00:00:00Z`).getTime() - (day[1] ? 86_400_000 : 0) : NaN;
    if (day && !Number.isNaN(today)) return [{ key: m.key, property: 'releasedOn', value: weekdayBefore(today, day[2]!), rule: 'property.en-released-weekday-after' }];
  }
  return [];
}

/** Openness (and its day) of an English sentence's models (cheap checks first). */
function readOpenRelease(text: string, models: Mention[], publishedAt: string | undefined, focus?: Mention): PropertyFact[] {
  if (focus && (text.startsWith('The ') || text.startsWith('This '))) {
    const participle = readModelParticiple(text, focus, publishedAt);
    if (participle.length) return participle;
  }
  if (!models.length || !/[a-z]/.test(text) || !(text.includes('available') || text.includes('weight') || text.includes('licen') || text.includes('open-source') || text.includes('open source'))) return [];
  const out: PropertyFact[] = [];
  if (NOT_STATED.test(text)) return out;
  // "A and B are available today as open weights", "A and B were released as open-source models … on March 3, 2026":
  // the list opening the sentence
  if ((text.includes('available') || text.includes('released')) && (models[0]!.start === 0 || text.includes(', '))) {
    const listedOpen = readListedOpen(text, models, publishedAt);
    if (listedOpen.length) return listedOpen;
  }
  // "X unveiled Y, a … model, on Tuesday and published its weights … under an open license": the model after the verb
  const released = models.find((m) => RELEASE_VERB_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)));
  if (!released || !OPEN_WEIGHTS.test(text.slice(released.end))) return out;
  out.push({ key: released.key, property: 'openSource', value: true, rule: 'property.en-released-open' });
  const day = ON_WEEKDAY.exec(text.slice(released.end));
  const date = day ? undefined : ON_MONTH_DAY.exec(text.slice(released.end));
  const iso = day && publishedAt ? (day[1] ? weekdayOf(publishedAt, day[1]) : publishedAt) : date && publishedAt ? onMonthDay(publishedAt, date) : undefined;
  if (iso) out.push({ key: released.key, property: 'releasedOn', value: iso, rule: 'property.en-released-on-weekday' });
  return out;
}
