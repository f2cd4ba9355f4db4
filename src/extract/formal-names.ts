/**
 * A model's full name given right after a short one ("먼저 보람 쪽 보람-2. 정확한 이름은 Boram-2 8B-A1B."): the writer
 * spells out the name of the model just named, no other model, so the full name is that model's alias.
 */
import type { Sentence } from '../parse/types.js';
import type { KnownName } from './engine/known-names.js';
import type { Mention } from './types.js';

/** Right before the full name: "정확한 이름은 ", "정식 명칭은 '", "공식 모델명은 ". */
const FULL_NAME_BEFORE = /(?:정확한|정식|공식)\s?(?:이름|명칭|모델명)(?:은|는)\s['"‘“]?$/;
/** The version number a short name ends on ("보람-2" → "2", "가온 1.5" → "1.5"). */
const TRAILING_VERSION = /[\s-]?(\d+(?:\.\d+)?)$/;

/** The model named just before the full name `m`, in its sentence or the one before, when `m` carries its version as a token of its own. */
function shortNameOf(text: string, m: Mention, ms: readonly Mention[], before: readonly Mention[] | undefined): Mention | undefined {
  if (m.type !== 'Model' || m.via === 'reference' || !FULL_NAME_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return undefined;
  const short = ms.filter((x) => x.type === 'Model' && x.via !== 'reference' && x.end <= m.start).at(-1) ?? before?.filter((x) => x.type === 'Model' && x.via !== 'reference').at(-1);
  const version = short && TRAILING_VERSION.exec(short.surface)?.[1];
  // ("Boram-2 8B-A1B" for "보람-2", not "Boram-25")
  return short && short.key !== m.key && version && new RegExp(`(?:^|[\\s-])${version.replace('.', '\\.')}(?![\\d.])`).test(m.surface) ? short : undefined;
}

/** Rekeys a model written after "정확한 이름은" to the model named just before it. */
export function addFullNameAlias(text: string, ms: Mention[], before: { mentions: Mention[] } | undefined): void {
  if (!text.includes('이름') && !text.includes('명칭') && !text.includes('모델명')) return;
  for (const m of ms) {
    const short = shortNameOf(text, m, ms, before?.mentions);
    if (!short) continue;
    m.aliases = [...new Set([...m.aliases, short.surface])];
    m.key = short.key;
    delete m.bareKey;
  }
}

/** The article's full names of models named just before them: each the short name's model wherever the article writes it. */
export function fullNameAliases(all: readonly Mention[][], sentences: readonly Sentence[]): KnownName[] {
  const out: KnownName[] = [];
  all.forEach((ms, i) => {
    const text = sentences[i]?.text ?? '';
    if (!text.includes('이름') && !text.includes('명칭') && !text.includes('모델명')) return;
    for (const m of ms) {
      const short = shortNameOf(text, m, ms, all[i - 1]);
      if (short) out.push({ name: m.surface, type: 'Model', key: short.key, aliasOf: short.surface });
    }
  });
  return out;
}
