/**
 * A programme named in full once ("'AI 파운데이션 모델 재도전 트랙'") and later by its last two words only ("다음은 재도전
 * 트랙입니다.", "재도전 트랙에는 …"), or by its last word where that word is a kind of programme of its own ("'X 공공 활용
 * 시범사업'" then "시범사업에 참여했던 B는", "1기 시범사업에서"): the short form stands for the programme where the sentence
 * names no programme and no other programme named so far ends the same way.
 */
import { referenceTo } from './references.js';
import type { Mention } from './types.js';

/** Last words that name a kind of thing, not one programme ("… 지원 사업", "… 모델 프로젝트"). */
const GENERIC_LAST = /^(?:사업|프로젝트|프로그램|공모|정책|계획|전략|제도|방안|대책|서비스|지원|펀드|기금)$/;
/** After the short form: a particle or the copula of a sentence introducing it (or the time it took place: "시범사업 당시"). */
const AFTER_TAIL = /^(?:입니다|이다|에는|에도|에서|에|의|은|는|이|가|을|를|으로|로|\s(?:당시|때)(?:에|에는)?)(?:\s|[.,]|$)/;
/** A last word that is a kind of programme of its own: a modifier glued to 사업 ("시범사업", "실증사업", "선도사업"). */
const KIND_WORD = /^([가-힣]{2,3})사업$/;
/** Modifiers that say only what a programme does for whom: their word stands for any programme ("지원사업", "개발사업"). */
const GENERIC_KIND = /^(?:지원|개발|육성|후속|신규|연계|국책|정부|국가|공공|협력|공모|보급|구축|고도화|본|주력|핵심|대형|전략|관련|해당)$/;

/** The last word of a programme's name of two words or more, when it is a kind of programme of its own. */
function kindWordOf(m: Mention): string | undefined {
  const words = m.surface.split(/\s+/);
  const last = words.at(-1)!;
  const kind = KIND_WORD.exec(last);
  return words.length >= 2 && kind && !GENERIC_KIND.test(kind[1]!) ? last : undefined;
}

/** The last two words of a programme's name of three words or more, when they can stand for it alone. */
function tailOf(m: Mention): string | undefined {
  const words = m.surface.split(/\s+/);
  if (words.length < 3 || !words.slice(-2).every((w) => /^[가-힣]{2,6}$/.test(w)) || GENERIC_LAST.test(words.at(-1)!)) return undefined;
  return words.slice(-2).join(' ');
}

/** Adds a reference to the programme whose last two words (`named`), or whose kind word (`every`), the sentence names alone. */
export function addProgrammeTailReference(text: string, ms: Mention[], named: Iterable<Mention>, every: Iterable<Mention> = []): void {
  if (ms.some((x) => x.type === 'Policy')) return;
  const found: { m: Mention; at: number; tail: string }[] = [];
  const kinds = new Map<string, number>();
  const byName = [...named];
  const programmes = new Map([...every, ...byName].map((m) => [m.key, m]));
  for (const m of programmes.values()) {
    const kind = kindWordOf(m);
    if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const twoWord = new Set(byName.map((m) => m.key));
  for (const m of programmes.values()) {
    const kind = kindWordOf(m);
    // (one programme per kind word: "시범사업" is no short form where two pilots were named)
    for (const tail of [twoWord.has(m.key) ? tailOf(m) : undefined, kind && kinds.get(kind) === 1 ? kind : undefined]) {
      if (!tail) continue;
      const at = text.indexOf(tail);
      if (at < 0 || (at > 0 && /[가-힣A-Za-z0-9'"‘“]/.test(text[at - 1]!)) || !AFTER_TAIL.test(text.slice(at + tail.length, at + tail.length + 8))) continue;
      if (ms.some((x) => x.start < at + tail.length && at < x.end)) continue;
      found.push({ m, at, tail });
      break;
    }
  }
  if (found.length !== 1) return;
  const { m, at, tail } = found[0]!;
  ms.push(referenceTo(m, at, at + tail.length));
  ms.sort((a, b) => a.start - b.start);
}
