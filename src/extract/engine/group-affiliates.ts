/**
 * A corporate group's Latin name followed by a line of business names one of its affiliates, a company of its own:
 * "Hanwha Life Insurance", "Doosan Heavy Industries", "SK Securities". Read after the gazetteer scan: the group's
 * mention is widened to the affiliate's name, keyed by the gazetteer's entry for it where there is one, else as a
 * discovered company of the group's country (an affiliate of a Korean group is Korean).
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention, RuleSet } from '../types.js';
import { discoveredMention } from './discover-common.js';

/** A line of business in capitalised English right after the group's name, as the last words of an affiliate's name. */
const BUSINESS_AFTER = /^\s(?:Life(?:\sInsurance)?|(?:General|Fire\s&\sMarine)\sInsurance|Insurance|Securities|Investment\s&\sSecurities|Asset\sManagement|Card|Capital|Bank|Chemicals?|Heavy\sIndustries|Engineering\s&\sConstruction|E&C|Steel|Motors|Shipbuilding|Aerospace|Ocean)(?![A-Za-z0-9&\-])/;

/** Widens Latin-named group mentions to the affiliates their next words name. Edits `ms` in place. */
export function foldGroupAffiliates(text: string, ms: Mention[], rules: RuleSet): void {
  for (const [i, m] of ms.entries()) {
    if (m.type !== 'Company' || m.via !== 'gazetteer' || !/^[A-Z][A-Za-z]+$/.test(m.surface)) continue;
    const entry = rules.byKey.get(m.key);
    if (entry?.kind !== 'group') continue;
    const tail = BUSINESS_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!tail || ms.some((x) => x !== m && x.start < m.end + tail[0].length && x.end > m.end)) continue;
    const name = text.slice(m.start, m.end + tail[0].length);
    const known = rules.entries.find((e) => e.type === 'Company' && e.names.some((n) => normalizeName(n) === normalizeName(name)));
    const end = m.start + name.length;
    if (known) ms[i] = { type: 'Company', key: `company:${known.id}`, surface: name, aliases: [], start: m.start, end, via: 'gazetteer' };
    else {
      const found = discoveredMention('Company', name, m.start, end);
      if (entry.country) found.properties = { country: entry.country };
      ms[i] = found;
    }
  }
}
