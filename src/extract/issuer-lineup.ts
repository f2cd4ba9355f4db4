/**
 * A deck's product and programme slides, where the cover named the issuer (see filing-cover.ts). A bullet that is only a
 * model's name ("• X 8B (주력)") is an item of the issuer's own line-up, and the dashed lines under it are about that model
 * ("- 알리바바 Y 기반, …" its base, "- X 8B를 교사 모델로 지식 증류" the model it was distilled from). A bullet naming a
 * programme with a selection word ("• Z 프로그램 선정 — 2025.06", "• 'Z 지원사업' 공급기업 — 2025 선정") is the issuer's own
 * participation; one that says it does not apply ("— 해당 없음", "미선정") is not.
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';
import type { FilingCover } from './filing-cover.js';

/** The line-up item whose dashed lines are being read, per article (its cover). */
const items = new WeakMap<FilingCover, Mention>();

const ITEM_BULLET = /^\s*[•·▪◦■□●○*]\s?/;
/** What may follow the model's name on its bullet: a short note in parentheses ("(주력)", "(엣지용)"). */
const ITEM_REST = /^\s*(?:\([^()]{1,20}\))?\s*$/;
const SUB_BULLET = /^\s*[-–‐]\s?/;
/** "- Y 기반, …", "- Y를 기반으로 …", "- Y를 베이스로 …": the item's base (not "Y 대비", nor a base it denies). */
const BASE_AFTER = /^\s?(?:기반(?=[\s,.]|$)|(?:을|를)\s?(?:기반|바탕|베이스)(?:으로|로)\s)/;
/** "- Y를 교사 모델로 (지식) 증류": distilled from Y. */
const TEACHER_AFTER = /^\s?(?:을|를)\s?교사\s?모델(?:로|으로)\s(?:삼아\s)?(?:[가-힣]{1,6}\s)?(?:지식\s?)?증류/;
const DENIED = /아님|아니|않|없음|없이|대비|비교/;

/** A programme bullet's selection words, and the words that say the programme does not apply to the issuer. */
const PROGRAMME_BULLET = /^\s*[•·▪◦■□●○*\-–]\s?/;
const SELECTED = /선정|공급기업|수요기업|수행기관|수행기업|참여기업|참여 기업|협약|지정/;
const NOT_SELECTED = /해당\s?없음|미선정|탈락|불참|않|없음|예정|검토|추진\s?중|신청\s?중|목표/;

/** Reads one sentence of a deck whose cover named its issuer: line-up items, their dashed lines and programme bullets. */
export function addIssuerLineup(acc: Acc, articleId: string, cover: FilingCover, s: Sentence, mentions: Mention[]): void {
  const issuer = cover.company;
  if (!issuer || s.block === 'title' || !acc.entities.has(issuer.key)) return;
  const item = lineupItem(s.text, mentions);
  if (item) {
    items.set(cover, item);
    if (!item.developer || item.developer === issuer.key)
      addRelation(acc, { relation: 'DEVELOPED', source: issuer.key, target: item.key, properties: {} }, evidenceOf(articleId, s, 'developed.issuer-lineup', 0.7));
    return;
  }
  const current = items.get(cover);
  if (current && SUB_BULLET.test(s.text)) return addItemLine(acc, articleId, current, s, mentions);
  items.delete(cover);
  addProgrammeBullet(acc, articleId, issuer, s, mentions);
}

/** "• X 8B (주력)": the one model a bullet names, and nothing else on the line. */
function lineupItem(text: string, mentions: Mention[]): Mention | undefined {
  const bullet = ITEM_BULLET.exec(text);
  if (!bullet) return undefined;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'reference');
  const m = models[0];
  if (models.length !== 1 || !m || m.start !== bullet[0].length || !ITEM_REST.test(text.slice(m.end))) return undefined;
  return mentions.every((x) => x === m || x.type !== 'Company') ? m : undefined;
}

/** A dashed line under a line-up item: the base it names ("Y 기반"), or the teacher it was distilled from. */
function addItemLine(acc: Acc, articleId: string, item: Mention, s: Sentence, mentions: Mention[]): void {
  if (DENIED.test(s.text)) return;
  for (const m of mentions) {
    if (m.type !== 'Model' || m.key === item.key || m.via === 'reference') continue;
    const after = s.text.slice(m.end);
    const rule = BASE_AFTER.test(after) ? 'based-on.issuer-lineup' : TEACHER_AFTER.test(after) ? 'based-on.issuer-lineup-teacher' : undefined;
    if (rule) addRelation(acc, { relation: 'BASED_ON', source: item.key, target: m.key, properties: { status: 'stated' } }, evidenceOf(articleId, s, rule, 0.7));
  }
}

/** "• Z 프로그램 선정 — 2025.06": a bullet naming one programme the issuer was selected for. */
function addProgrammeBullet(acc: Acc, articleId: string, issuer: Mention, s: Sentence, mentions: Mention[]): void {
  if (!PROGRAMME_BULLET.test(s.text) || !SELECTED.test(s.text) || NOT_SELECTED.test(s.text)) return;
  const policies = mentions.filter((m) => m.type === 'Policy' && m.via !== 'blocked' && m.via !== 'reference');
  // (a bullet with a company of its own is about that company, not the issuer)
  if (policies.length !== 1 || mentions.some((m) => m.type === 'Company' && m.key !== issuer.key)) return;
  addRelation(acc, { relation: 'PARTICIPATES_IN', source: issuer.key, target: policies[0]!.key, properties: {} }, evidenceOf(articleId, s, 'participates.issuer-bullet', 0.65));
}
