/**
 * "X가 개발한 'B 마이스터 1.0'" … "후속 모델 'B 마이스터 1.5'": a new version of a line (the same name but its version) that no
 * sentence gives a maker is the earlier version's maker's; of two makers of the earlier one (a co-developer beside it), the one
 * whose name heads the model's ("다올AI랩" for "다올 마이스터").
 */
import { addRelation, type Acc } from './article-acc.js';
import { companyNameHeads } from './company-headed.js';
import { makersOf } from './article-developers.js';
import { splitVersion } from './version-stem.js';

function nameOf(acc: Acc, key: string): string | undefined {
  const names = acc.entities.get(key)?.names ?? {};
  return Object.keys(names).sort((a, b) => names[b]! - names[a]!)[0];
}

/** The line a versioned name belongs to ("다올 마이스터 1.5" → "다올 마이스터"); undefined for a name with no version. */
function lineOf(name: string): string | undefined {
  return splitVersion(name)?.line;
}

/** DEVELOPED for each discovered successor with no maker of its own, from the maker of the version it succeeds in its line. */
export function addSuccessorDevelopers(acc: Acc): void {
  const makers = makersOf(acc);
  for (const r of [...acc.relations.values()]) {
    if (r.type !== 'SUCCEEDS' || makers.has(r.source) || !r.source.startsWith('model:~') || !acc.firstSeen.has(r.source)) continue;
    const [name, earlier] = [nameOf(acc, r.source), nameOf(acc, r.target)];
    const line = name && lineOf(name);
    if (!line || !earlier || lineOf(earlier) !== line) continue;
    const of = makers.get(r.target) ?? [];
    const head = line.split(' ')[0]!;
    const maker = of.length === 1 ? of : of.filter((c) => companyNameHeads(nameOf(acc, c) ?? '').includes(head));
    if (maker.length !== 1) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: maker[0]!, target: r.source, properties: {} }, { ...acc.firstSeen.get(r.source)!, rule: 'developed.successor-line', confidence: 0.6 });
  }
}
