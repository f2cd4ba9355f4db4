/**
 * A programme named in full once ("'AI 파운데이션 모델 재도전 트랙'") and later by its last two words only ("다음은 재도전
 * 트랙입니다.", "재도전 트랙에는 …"): the short form stands for the programme where the sentence names no programme.
 */
import { referenceTo } from './references.js';
import type { Mention } from './types.js';

/** Last words that name a kind of thing, not one programme ("… 지원 사업", "… 모델 프로젝트"). */
const GENERIC_LAST = /^(?:사업|프로젝트|프로그램|공모|정책|계획|전략|제도|방안|대책|서비스|지원|펀드|기금)$/;
/** After the short form: a particle or the copula of a sentence introducing it. */
const AFTER_TAIL = /^(?:입니다|이다|에는|에도|에서|에|의|은|는|이|가|을|를|으로|로)(?:\s|[.,]|$)/;

/** The last two words of a programme's name of three words or more, when they can stand for it alone. */
function tailOf(m: Mention): string | undefined {
  const words = m.surface.split(/\s+/);
  if (words.length < 3 || !words.slice(-2).every((w) => /^[가-힣]{2,6}$/.test(w)) || GENERIC_LAST.test(words.at(-1)!)) return undefined;
  return words.slice(-2).join(' ');
}

/** Adds a reference to the programme `named` whose last two words the sentence names alone. */
export function addProgrammeTailReference(text: string, ms: Mention[], named: Iterable<Mention>): void {
  if (ms.some((x) => x.type === 'Policy')) return;
  const found: { m: Mention; at: number; tail: string }[] = [];
  for (const m of named) {
    const tail = tailOf(m);
    if (!tail) continue;
    const at = text.indexOf(tail);
    if (at < 0 || (at > 0 && /[가-힣A-Za-z0-9'"‘“]/.test(text[at - 1]!)) || !AFTER_TAIL.test(text.slice(at + tail.length, at + tail.length + 4))) continue;
    if (ms.some((x) => x.start < at + tail.length && at < x.end)) continue;
    found.push({ m, at, tail });
  }
  if (found.length !== 1) return;
  const { m, at, tail } = found[0]!;
  ms.push(referenceTo(m, at, at + tail.length));
  ms.sort((a, b) => a.start - b.start);
}
