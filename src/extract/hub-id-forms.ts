/**
 * "model_name: maker/x-2-7b-instruct-2411" in a config beside "X 2 7B" in the prose: a model hub checkpoint id, written
 * in lower case with hyphens, that is the name of a model the article names once its variant word ("-instruct", "-chat",
 * "-base", "-it") and a release tag of digits ("-2411") are set aside, stands for that model.
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

/** A hub id as written: lower case, digits, dots, hyphens and underscores, with at least one hyphen and one digit. */
const HUB_ID = /^(?=[^A-Z]*$)(?=.*\d)(?=.*-)[a-z][a-z0-9._-]{2,60}$/;
/** Its tail after the model's own name: a variant word, a release tag of four to eight digits, or both. */
const HUB_TAIL = /(?:[-_](?:instruct|chat|base|it|pt|hf))?(?:[-_]\d{4,8})?$/;

const fold = (s: string): string => s.toLowerCase().replace(/[\s.\-_]/g, '');

/** Hub ids' keys to the key of the one model of the article whose name each stands for. */
export function hubIdForms(all: Mention[][], sentences: readonly Sentence[] = []): Map<string, string> {
  const names = new Map<string, Set<string>>();
  for (const m of all.flat()) {
    if (m.type !== 'Model' || m.via === 'reference' || m.via === 'blocked') continue;
    const ns = names.get(m.key) ?? new Set<string>();
    for (const n of [m.surface, ...m.aliases]) if (!HUB_ID.test(n)) ns.add(fold(n));
    names.set(m.key, ns);
  }
  const out = new Map<string, string>();
  // (an id a parser read as a version stands for the prose name only as a bare id, not a repository path "org/x-3-12b-it",
  // and only where the article gives no second checkpoint of that name: "x-3-12b-pt" beside "x-3-12b-it" are two)
  const versionIds = new Map<string, Set<string>>();
  all.forEach((ms, i) => {
    for (const m of ms) {
      if (m.type !== 'Model' || m.via === 'reference' || m.via === 'blocked' || !HUB_ID.test(m.surface)) continue;
      const own = fold(m.surface.replace(HUB_TAIL, ''));
      const keys = versionIds.get(own) ?? new Set<string>();
      keys.add(sentences[i]?.text[m.start - 1] === '/' ? `/${m.key}` : m.key);
      versionIds.set(own, keys);
    }
  });
  const bareVersionId = (own: string, key: string) => versionIds.get(own)?.size === 1 && versionIds.get(own)!.has(key);
  for (const m of all.flat()) {
    if (m.type !== 'Model' || (m.via !== 'discovered' && m.via !== 'version') || !HUB_ID.test(m.surface) || out.has(m.key)) continue;
    const own = fold(m.surface.replace(HUB_TAIL, ''));
    if (own.length < 4 || (m.via === 'version' && !bareVersionId(own, m.key))) continue;
    const named = [...names].filter(([key, ns]) => key !== m.key && ns.has(own));
    if (named.length === 1) out.set(m.key, named[0]![0]);
  }
  for (const [from, to] of casedCheckpointForms(all, names, sentences)) if (!out.has(from)) out.set(from, to);
  for (const [from, to] of firstReleaseForms(all, names)) if (!out.has(from)) out.set(from, to);
  return out;
}

/** A checkpoint name as a hub writes it in its own case (a capital in it), hyphens and no spaces, ending on a tuning word ("X-2.5-7B-Instruct"). */
const CASED_CHECKPOINT = /^(?=[^\s]*\d)(?=[^\s]*[A-Z])[A-Za-z][A-Za-z0-9.]{0,24}(?:-[A-Za-z0-9.]{1,16}){1,6}-(?:Instruct|Chat)$/;
/** Words that tell a tuned checkpoint apart from its base: "an instruction-tuned variant", "미세조정", "SFT", "DPO", uploaded "따로"/"별도로". */
const TUNING_WORD = /instruction[- ]tuned|variant|fine-?tun|미세\s?조정|파인\s?튜닝|변형|파생|\b(?:SFT|DPO|RLHF)\b|지시\s?(?:데이터|학습|튜닝)|(?<![가-힣])(?:따로|별도로)\s|separately/i;

/**
 * "X-3.5-7.8B-Instruct" as a score table's row beside "X 3.5 7.8B" in the prose: the tuned checkpoint as a hub names it is
 * the model the article names without the tuning word, when exactly one model has that name. An article that tells the two
 * apart anywhere (both named in one sentence or row, or a tuned checkpoint called a variant, uploaded separately or fine-tuned, in its
 * sentence or the next) keeps them all apart.
 */
function casedCheckpointForms(all: Mention[][], names: Map<string, Set<string>>, sentences: readonly Sentence[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of all.flat()) {
    if (m.type !== 'Model' || m.via === 'reference' || m.via === 'blocked' || out.has(m.key) || !CASED_CHECKPOINT.test(m.surface)) continue;
    const own = fold(m.surface.replace(/-(?:Instruct|Chat)$/, ''));
    if (own.length < 4) continue;
    const named = [...names].filter(([key, ns]) => key !== m.key && ns.has(own));
    if (named.length === 1) out.set(m.key, named[0]![0]);
  }
  const apart = [...out].some(([tuned, base]) => all.some((ms, i) => ms.some((x) => x.key === tuned) && (ms.some((x) => x.key === base) || TUNING_WORD.test(sentences[i]?.text ?? '') || TUNING_WORD.test(sentences[i + 1]?.text ?? ''))));
  return apart ? new Map() : out;
}

/** A hyphened checkpoint name that ends on its first release tag ("X-10.7B-v1.0", "X-7B-v1"). */
const FIRST_RELEASE = /^(?=[^\s]*\d)[A-Za-z][A-Za-z0-9.]{0,24}(?:-[A-Za-z0-9.]{1,16}){1,5}-v1(?:\.0)?$/;

/**
 * "upstage/X-10.7B-v1.0" as a table's base cell beside "X-10.7B" in the prose: a checkpoint's first release tag is no
 * version of its own where the article names the model without it and no later release ("X-10.7B-v2") of that name.
 */
function firstReleaseForms(all: Mention[][], names: Map<string, Set<string>>): Map<string, string> {
  const out = new Map<string, string>();
  const surfaces = all.flat().filter((m) => m.type === 'Model').map((m) => fold(m.surface));
  for (const m of all.flat()) {
    if (m.type !== 'Model' || m.via === 'reference' || m.via === 'blocked' || out.has(m.key) || !FIRST_RELEASE.test(m.surface)) continue;
    const own = fold(m.surface.replace(/-v1(?:\.0)?$/, ''));
    if (own.length < 4 || surfaces.some((f) => f.startsWith(`${own}v`) && !/^v1(?:0)?$/.test(f.slice(own.length)))) continue;
    const named = [...names].filter(([key, ns]) => key !== m.key && ns.has(own));
    if (named.length === 1) out.set(m.key, named[0]![0]);
  }
  return out;
}
