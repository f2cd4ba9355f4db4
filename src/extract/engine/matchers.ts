/** The matchers mention finding builds once per rule set: the gazetteer's trie and variant regex, and the discovery lexicon. */
import type { RuleSet } from '../types.js';
import { buildDiscoveryLexicon, type DiscoveryLexicon } from './discover.js';
import { buildVariantRegex, type GazetteerMatcher } from './gazetteer.js';
import type { TrieNode } from './trie.js';


export interface Matchers {
  gazetteer: GazetteerMatcher;
  discovery: DiscoveryLexicon;
}

const matcherCache = new WeakMap<RuleSet, Matchers>();

export function getMatchers(rules: RuleSet): Matchers {
  let m = matcherCache.get(rules);
  if (!m) {
    const trie = (rules.compiled as { trie: TrieNode }).trie;
    m = {
      gazetteer: { trie, variantRe: buildVariantRegex(rules.lexicon.variantForms) },
      discovery: buildDiscoveryLexicon(rules),
    };
    matcherCache.set(rules, m);
  }
  return m;
}
