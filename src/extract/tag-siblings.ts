/**
 * "X-12B-v0.3 올렸습니다 … v0.2는 …": where one model of the article carries a dotted release tag glued to its name, a model the
 * article names only by another such tag ("v0.2") is the line's other release, so it has the tagged model's maker (where
 * that model has one maker and the bare tag none of its own).
 */
import { addRelation, type Acc } from './article-acc.js';
import { makersOf } from './article-developers.js';

const GLUED_TAG = /^.{2,}?-[vV]\d{1,2}\.\d{1,2}(?:\.\d{1,2})?$/;
const BARE_TAG = /^[vV]\d{1,2}\.\d{1,2}$/;

/** Adds DEVELOPED from the tagged model's one maker to each model named only by a bare tag. */
export function addTagSiblingDevelopers(acc: Acc): void {
  const models = [...acc.entities.values()].filter((e) => e.type === 'Model');
  const tagged = models.filter((e) => Object.keys(e.names).some((n) => GLUED_TAG.test(n)));
  if (tagged.length !== 1) return;
  const makers = makersOf(acc);
  const devs = makers.get(tagged[0]!.key) ?? [];
  if (devs.length !== 1) return;
  for (const e of models) {
    const names = Object.keys(e.names);
    const ev = acc.firstSeen.get(e.key);
    if (!ev || !names.length || !names.every((n) => BARE_TAG.test(n)) || makers.has(e.key)) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: devs[0]!, target: e.key, properties: {} }, { ...ev, rule: 'developed.tag-sibling', confidence: 0.55 });
  }
}
