/**
 * "딥시크의 R1": a maker's name that the gazetteer also lists as its family's, read only with a version (see
 * gazetteer.ts), then the genitive and a letter-and-digit version.
 */
import { entryKey } from '../rules.js';
import type { GazetteerEntry, Mention } from '../types.js';
import type { TrieHit } from './trie.js';

interface Span {
  start: number;
  end: number;
}

/** "딥시크의 R1": the genitive particle and a letter-and-digit version after a maker's name that is also its family's. */
const GENITIVE_VERSION = /의 ([VRvr]\d{1,2}(?:\.\d)?)(?![A-Za-z\d.])/y;

/**
 * "딥시크의 R1": a maker's name that is also the name of its family, read only with a version, then the
 * genitive and a letter-and-digit version: the version alone is that family's model (the maker stays a company).
 */
export function ownedVersion(text: string, company: Span, hits: TrieHit[], keyOf: (entry: GazetteerEntry, version: string) => string, endsCleanly: (text: string, end: number) => boolean): (Span & { mention: Mention }) | undefined {
  GENITIVE_VERSION.lastIndex = company.end;
  const g = GENITIVE_VERSION.exec(text);
  if (!g || !endsCleanly(text, GENITIVE_VERSION.lastIndex)) return undefined;
  const name = text.slice(company.start, company.end);
  const family = (h: TrieHit) => h.entries.find((e) => e.entry.type === 'Model' && e.entry.versionOnly?.includes(e.name));
  const entry = hits.filter((h) => h.start === company.start && h.end === company.end).map(family).find(Boolean)?.entry;
  if (!entry) return undefined;
  const version = g[1]!;
  const start = company.end + 2;
  const end = GENITIVE_VERSION.lastIndex;
  const mention: Mention = {
    type: 'Model',
    key: keyOf(entry, version.toLowerCase()),
    surface: version,
    aliases: [`${name} ${version}`],
    start,
    end,
    via: 'version',
    family: entryKey(entry),
    versionToken: version,
  };
  if (entry.developer) mention.developer = `company:${entry.developer}`;
  return { mention, start, end };
}
