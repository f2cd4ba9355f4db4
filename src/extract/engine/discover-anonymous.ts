/**
 * Models with a clear owner but no name: "알리바바의 오픈소스 LLM", and a base its maker released
 * ("X가 공개한 240억 개 매개변수 규모의 오픈소스 음성 언어모델을 기반으로").
 */
import { findParameterCounts } from '../korean.js';
import type { Mention, RuleSet } from '../types.js';
import { overlaps, type DiscoveryLexicon } from './discover-common.js';

/**
 * "X가 공개한 (SIZE 규모의) 오픈소스 음성 언어모델을 기반으로": a model its maker released, with no name, as the base of
 * another (a size and kind words between); only before a base cue, where a nameless model is a fact of its own (not
 * "X가 개발한 AI 모델은", which is the named model the story is about).
 */
const MADE_ANONYMOUS = /(?:이|가)\s(?:개발한|공개한|만든|내놓은|선보인|출시한)\s(?:[\d,.]+\s?(?:억|조)?\s?개?\s?(?:의\s)?(?:매개변수|파라미터)\s?(?:규모의|급의?|짜리)?\s|[\d.]+[BM]\s?(?:규모의|급의?)?\s)?((?:(?:오픈\s?소스|오픈\s?웨이트|최신|대표|초거대|생성형|대형|경량|AI|오픈|추론형?|멀티모달|범용|대규모|차세대|주력|음성|한국어|다국어|코딩|코드|비전|이미지|텍스트)\s?){0,3})(대규모\s?언어\s?모델|언어\s?모델|파운데이션\s?모델|AI\s?모델|LLM|sLM|모델)(?=(?:을|를)\s?(?:기반|바탕|토대|베이스))/y;

/** "알리바바의 오픈소스 LLM": a model with a clear owner but no name. */
export function discoverAnonymous(text: string, ms: Mention[], rules: RuleSet, lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const c of ms) {
    if (c.type !== 'Company') continue;
    lx.anonymous.lastIndex = c.end;
    MADE_ANONYMOUS.lastIndex = c.end;
    const m = lx.anonymous.exec(text) ?? MADE_ANONYMOUS.exec(text);
    if (!m) continue;
    // (a released base's phrase takes its size in: "240억 개 매개변수 규모의 오픈소스 … 모델" is one model's description)
    const made = !m[0].startsWith('의');
    const phraseStart = made ? c.end + /^\S+\s\S+\s/.exec(m[0])![0].length : c.end + m[0].length - (m[1]!.length + m[2]!.length);
    const end = c.end + m[0].length;
    if (overlaps(ms, phraseStart, end)) continue;
    const rest = text.slice(end).replace(/^(?:을|를|이|가|은|는|의|에|과|와|도|로|으로|에서)?\s?/, '');
    if (/^['"‘’“”「『<]/.test(rest) || ms.some((x) => x.type === 'Model' && x.start >= end && x.start <= end + 2)) continue;
    const company = rules.byKey.get(c.key);
    const key = company?.mainFamily ? `model:${company.mainFamily}` : `model:anon-${c.key.replace(/^company:/, '')}`;
    const surface = `${c.surface}의 ${m[1]!}${m[2]!}`.replace(/\s+/g, ' ');
    // a released base's own size and openness, said inside its phrase ("240억 개 매개변수 규모의 오픈소스 … 모델")
    // (and the openness either phrase states: "X의 오픈소스 음성인식 모델")
    const size = made ? findParameterCounts(m[0])[0]?.value : undefined;
    const open = /오픈\s?(?:소스|웨이트)/.test(m[1]!);
    const properties = size || open ? { ...(size ? { parameters: size } : {}), ...(open ? { openSource: true } : {}) } : undefined;
    out.push({ type: 'Model', key, surface, aliases: [], start: phraseStart, end, via: 'anonymous', anonymousOf: c.key, developer: c.key, ...(properties ? { properties } : {}) });
  }
  return out;
}
