/**
 * A public zone's building programme named without a joining verb ("X 특화 단지 조성사업을 통해", "Y 데이터 클러스터 구축
 * 사업으로", "Z 규제자유특구 육성사업"): the zone's words, read back to a particle, a verb, a time word or a figure, then the
 * zone word and the work it funds. The zone named alone later ("X 특화 단지 2기 입주기업") is the same programme (see
 * programme-aliases.ts); a zone named without its programme is a place, no programme.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { matchesIn } from './text-scans.js';

/** Up to four words, the last ending in a zone word, then the zone's building work and 사업, then a particle or the name's end. */
const ZONE_PROGRAMME = /(?<=^|[\s(‘'"“「『])((?:[가-힣A-Za-z0-9·-]{1,12}\s){1,4}[가-힣A-Za-z0-9·-]{0,10}(?:단지|특구|클러스터|밸리))\s(?:조성|구축|육성)\s?사업(?=(?:을|를|은|는|이|가|의|에|에서|으로|로|과|와|도|에도)?(?:[\s,.)'"’”」』]|$))/g;
/** A word that opens the clause before the zone's name, no word of it: a particle's or a verb's ending, a time or place of speech, a demonstrative, a figure. */
const NOT_NAME_WORD = /(?:은|는|을|를|의|에|에서|으로|와|과|도|고|며|서|면|다|한|된|던|인)$|^(?:지난|올해|내년|작년|지난해|그동안|동안|이후|이래|오늘|현재|이번|이|그|해당|본|각|새|신규|기존|모든|우리|저희|함께|계속|특히|또|또한|먼저)$|\d/;

/** The zone programmes a sentence names: at least two words of the zone's name before the work it funds. */
export function discoverZoneProgrammes(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (!/(?:조성|구축|육성)\s?사업/.test(text)) return out;
  for (const m of matchesIn(ZONE_PROGRAMME, text)) {
    const words = m[1]!.split(' ');
    let from = words.length - 1;
    while (from > 0 && !NOT_NAME_WORD.test(words[from - 1]!)) from--;
    if (words.length - from < 2) continue;
    const lead = words.slice(0, from).join(' ');
    const start = m.index + (lead ? lead.length + 1 : 0);
    const end = m.index + m[0].length;
    const name = text.slice(start, end);
    if (lx.generic.has(normalizeName(name)) || isTaken(taken.filter((x) => x.via !== 'blocked'), out, start, end)) continue;
    out.push(discoveredMention('Policy', name, start, end));
  }
  return out;
}
