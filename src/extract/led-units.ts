/**
 * People named by what they lead, with no company in their sentence: "X 개발을 이끈 NAME CTO는 …" (the person works for
 * the developer of model X, looked up after the article's facts are read) and "기존 Y본부를 이끌던 NAME 본부장은 …" (a
 * unit an earlier sentence tied to a company: "C는 … Y본부와 Z팀을 'W 센터'로 통합했다", "C의 Y본부"). A title the
 * sentence moves the person to ("… 'W 센터' 연구총괄로 자리를 옮긴다") is the one held now.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, developerOfModel, evidenceOf, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** A unit's name: quoted, or one word ending on a unit word. */
const UNIT = /['‘"“]([^'’"”]{1,15}?(?:본부|센터|연구소|연구원|사업부|부문|랩|팀|TF|태스크포스))['’"”]|(?<![A-Za-z가-힣0-9])([A-Za-z가-힣0-9]{1,12}(?:본부|연구소|사업부|연구센터|센터|랩))(?=$|[\s,'"’”]|(?:와|과|을|를|은|는|이|가|의|로|으로|에)(?![가-힣]))/g;
/** After a company: the subject's particle (a sentence about the company's own organisation). */
const SUBJECT_AFTER = /^\s?(?:\([^()]{0,20}\))?(?:은|는|이|가)\s/;
/** Between a company and its unit: nothing, or "의". */
const OWNER_GAP = /^(?:의)?\s?['‘"“]?$/;
/** Before the person's name: what they lead or led, then the verb. */
const LED_BEFORE = /(\S.{0,40}?)(?:을|를)\s(?:이끌던|이끈|이끌어\s?온|이끄는|총괄한|총괄하던|총괄하는)\s$/;
/** After the name: a title, not a former one ("NAME 전 본부장"); its gloss in parentheses stays outside, as in the rules' titles. */
const TITLE_AFTER = /^\s(?!전\s|前)([A-Za-z가-힣][^\s,.()]{0,19}?)(?:\([A-Za-z]{2,6}\))?(?:은|는|이|가|의|도)?(?=$|[\s,])/;
/** Later in the sentence: the post the person moves to ("… W 센터 연구총괄로 자리를 옮긴다", "… 으로 선임됐다"). */
const MOVED_TO = /^(?:은|는|이|가)\s([^,.'"]{2,24}?)(?:으로|로)\s(?:자리를\s)?(?:옮기|옮긴|옮겼|이동|선임|임명|발령|승진)/;

/** Units named beside their company, in reading order (a later sentence's tie wins). */
export function unitOwners(sentences: Sentence[], first: Mention[][]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const [i, s] of sentences.entries()) {
    const companies = (first[i] ?? []).filter((m) => m.type === 'Company' && m.via !== 'blocked');
    if (!companies.length) continue;
    const subject = companies.find((m) => SUBJECT_AFTER.test(s.text.slice(m.end, m.end + 24)));
    UNIT.lastIndex = 0;
    for (const u of s.text.matchAll(UNIT)) {
      const name = (u[1] ?? u[2])!;
      const at = u.index! + (u[1] ? 1 : 0);
      const owner = companies.find((m) => m.end <= at && OWNER_GAP.test(s.text.slice(m.end, at))) ?? (subject && subject.end <= at && companies.length === 1 ? subject : undefined);
      if (owner) owners.set(name, owner.key);
    }
  }
  return owners;
}

export function addLedEmployers(acc: Acc, articleId: string, sentences: Sentence[], first: Mention[][]): void {
  const units = unitOwners(sentences, first);
  const employed = new Set([...acc.relations.values()].filter((r) => r.type === 'WORKS_FOR').map((r) => r.source));
  for (const e of acc.entities.values()) {
    if (e.type !== 'Person' || employed.has(e.key)) continue;
    for (const [i, s] of sentences.entries()) {
      const name = Object.keys(e.names).find((n) => n.length >= 2 && s.text.includes(n));
      if (!name) continue;
      const at = s.text.indexOf(name);
      const led = LED_BEFORE.exec(s.text.slice(Math.max(0, at - 60), at));
      const title = TITLE_AFTER.exec(s.text.slice(at + name.length));
      if (!led || !title) continue;
      const ms = first[i] ?? [];
      const ledStart = at - led[0].length;
      // (a company named before the person stands in the led words: their tie is read elsewhere)
      if (ms.some((m) => m.type === 'Company' && m.start < at)) continue;
      const object = led[1]!.replace(/\s(?:개발|프로젝트|연구)$/, '').replace(/^['‘"“](.+)['’"”]$/, '$1');
      // (a model the article names elsewhere is not among the sentence's first mentions: its names, then)
      const model = ms.find((m) => m.type === 'Model' && m.start >= ledStart && m.end <= at) ?? modelNamed(acc, object);
      const unit = [...units.keys()].find((u) => object === u || object.endsWith(` ${u}`));
      const employer = model ? developerOfModel(acc, model)?.key : unit ? units.get(unit) : undefined;
      if (!employer || !acc.entities.has(employer)) continue;
      const moved = MOVED_TO.exec(s.text.slice(at + name.length + title[0].length - (/(?:은|는|이|가)$/.test(title[0]) ? 1 : 0)));
      addRelation(acc, { relation: 'WORKS_FOR', source: e.key, target: employer, properties: { title: moved ? moved[1]! : title[1]! } }, evidenceOf(articleId, s, model ? 'works-for.led-model' : 'works-for.led-unit', 0.65));
      break;
    }
  }
}

/** The article's model of this name, as a mention standing for it. */
function modelNamed(acc: Acc, name: string): Mention | undefined {
  const e = [...acc.entities.values()].find((x) => x.type === 'Model' && Object.keys(x.names).includes(name));
  return e && { type: 'Model', key: e.key, surface: name, aliases: [], start: 0, end: 0, via: 'reference' };
}
