/**
 * A new edition of a known policy, quoted whole with its version ("'K-클라우드 3.0' 전략", "'디지털 뉴딜 3.0'"):
 * the quoted name is its own policy (the plan of that edition), not the older policy whose name it holds.
 */
import type { Mention } from '../types.js';
import { discoveredMention } from './discover-common.js';
import { matchesIn } from './text-scans.js';

/** A quoted name of a few words that ends on a dotted version. */
const QUOTED_VERSIONED = /['‘"“「『]([가-힣A-Za-z][가-힣A-Za-z0-9\-·]*(?:\s[가-힣A-Za-z0-9\-·]+){0,5}\s\d{1,2}\.\d)['’"”」』]/g;

/** Policies a sentence quotes whole as a versioned edition of a policy the gazetteer knows. */
export function discoverVersionedPolicies(text: string, taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(QUOTED_VERSIONED, text)) {
    const name = m[1]!;
    const start = m.index + 1;
    const end = start + name.length;
    const inside = taken.filter((x) => x.via !== 'blocked' && x.start < end && start < x.end);
    // (one known policy inside, its name short of the version: "K-클라우드" in "K-클라우드 3.0"; nothing else named there)
    if (inside.length !== 1 || inside[0]!.type !== 'Policy' || inside[0]!.start < start || inside[0]!.end > end - 4) continue;
    out.push(discoveredMention('Policy', name, start, end));
  }
  return out;
}
