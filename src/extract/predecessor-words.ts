/**
 * "Y 2가 KMMLU에서 74.8점을 기록해 전작보다 5점 이상 올랐다": a model compared with "전작" (its previous model) by that word
 * alone succeeds the one earlier version of its own line the article names ("Y", "Y 1.5"), the nearest below its version.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { escapeRegex } from './engine/compile.js';
import { splitVersion } from './version-stem.js';

/** The word for the previous model, compared with ("전작보다", "전작 대비", "전작에 비해", "전작과 비교해"). */
const COMPARED_WITH_PREDECESSOR = /(?:전작|이전\s?모델|이전\s?버전)(?:보다|\s?대비|에\s비해|과\s비교해|과\s비교하면)/;

/** SUCCEEDS for each model a sentence compares with its predecessor by that word, where its line's earlier version is named. */
export function addPredecessorWords(acc: Acc, articleId: string, sentences: Sentence[]): void {
  const models = [...acc.entities.values()].filter((e) => e.type === 'Model');
  const succeeding = new Set([...acc.relations.values()].filter((r) => r.type === 'SUCCEEDS').map((r) => r.source));
  for (const s of sentences) {
    if (s.block !== 'body' || !COMPARED_WITH_PREDECESSOR.test(s.text)) continue;
    // the one model the sentence names, its subject ("Y" inside "Y 2" names no other)
    const named = models.filter((e) => Object.keys(e.names).some((n) => n.length >= 2 && new RegExp(`(?<![가-힣A-Za-z0-9.])${escapeRegex(n)}(?![A-Za-z0-9.]|\\s?\\d)`).test(s.text)));
    if (named.length !== 1 || succeeding.has(named[0]!.key)) continue;
    const model = named[0]!;
    const subject = Object.keys(model.names).some((n) => new RegExp(`${escapeRegex(n)}['"’”]?(?:은|는|이|가)\\s[^]{0,80}?${COMPARED_WITH_PREDECESSOR.source}`).test(s.text));
    if (!subject) continue;
    let best: { key: string; version: number } | undefined, tie = false;
    for (const n of Object.keys(model.names)) {
      // (a stem ending in a letter: "Y 2", not "Y-7B 2")
      const v = splitVersion(n);
      if (!v || !/[가-힣A-Za-z]$/.test(v.line)) continue;
      const { line: stem, version } = v;
      for (const e of models) {
        if (e.key === model.key) continue;
        for (const other of Object.keys(e.names)) {
          // (the line's name alone is its first model; another version of the same stem, one below)
          const o = splitVersion(other);
          const ov = other === stem ? 0 : o?.line === stem ? o.version : NaN;
          if (Number.isNaN(ov) || ov >= version) continue;
          if (best && best.key !== e.key && best.version === ov) tie = true;
          if (!best || ov > best.version) [best, tie] = [{ key: e.key, version: ov }, false];
        }
      }
    }
    if (!best || tie) continue;
    addRelation(acc, { relation: 'SUCCEEDS', source: model.key, target: best.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.predecessor-word', 0.6));
    succeeding.add(model.key);
  }
}

/** Right before a model's name, the words for one in use until now: "작년부터 써 온 ", "그동안 쓰던 ", "운영해 온 " (not a bare "기존", which may keep it beside its successor). */
const USED_BEFORE = /(?:써\s?온|써\s?왔던|쓰던|쓰고\s있던|사용해\s?온|사용해\s?왔던|사용하던|운영해\s?온|운영하던)\s['"‘“]?$/;

/**
 * "작년 여름부터 써 온 X v1은 … 그래서 v2는 바탕을 바꾸고": the earlier version of a line, named as the one in use until now,
 * is what the article's next version of that line (the nearest above it, one only) succeeds.
 */
export function addUsedBeforeVersions(acc: Acc, articleId: string, sentences: Sentence[]): void {
  const models = [...acc.entities.values()].filter((e) => e.type === 'Model');
  const versions = models.flatMap((e) => Object.keys(e.names).map((n) => ({ key: e.key, name: n, v: splitVersion(n) })).filter((x) => x.v && /[가-힣A-Za-z]$/.test(x.v.line)));
  for (const s of sentences) {
    if (s.block !== 'body') continue;
    for (const old of versions) {
      const at = s.text.indexOf(old.name);
      if (at < 0 || !USED_BEFORE.test(s.text.slice(Math.max(0, at - 16), at))) continue;
      const above = versions.filter((x) => x.key !== old.key && x.v!.line === old.v!.line && x.v!.version > old.v!.version);
      const next = Math.min(...above.map((x) => x.v!.version));
      const keys = new Set(above.filter((x) => x.v!.version === next).map((x) => x.key));
      if (keys.size !== 1) continue;
      const key = [...keys][0]!;
      if ([...acc.relations.values()].some((r) => r.type === 'SUCCEEDS' && (r.source === key || r.target === key) && (r.source === old.key || r.target === old.key))) continue;
      addRelation(acc, { relation: 'SUCCEEDS', source: key, target: old.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.used-before-version', 0.6));
    }
  }
}
