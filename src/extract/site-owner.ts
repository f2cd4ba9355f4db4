/**
 * A corporation's own site (`parsed.siteOwner` from the parser: an IR board, a notice page) that speaks of itself as
 * "당사" without naming itself in the body: "당사" is the site's owner, a company under its Hangul name with the Latin
 * one as an alias. A company's union's site (`union`) speaks of the company as "회사" in the same way.
 */
import type { ParsedArticle, Sentence } from '../parse/types.js';
import { addEntity, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import type { Mention, RuleSet } from './types.js';
import type { KnownName } from './engine/known-names.js';
import { AFTER_SELF_NOUN, SELF_NOUN } from './engine/company-words.js';

/** The company speaking of itself in the body ("당사는", "당사의", "당사가"; an internal notice's "우리 회사가", "저희 회사는"). */
const OURSELVES = new RegExp(String.raw`(?<![가-힣])(?:${SELF_NOUN}|(?:우리|저희)\s회사)${AFTER_SELF_NOUN}`);
/** On a company's internal system (an issue tracker, a wiki) its staff also write "자사 모델", "자사의": the owner's own. */
const OURSELVES_INSIDE = new RegExp(String.raw`(?<![가-힣])(?:${SELF_NOUN}|자사|(?:우리|저희)\s회사)${AFTER_SELF_NOUN}`);
/** A union's post speaking of the company it organises, opening a sentence: "회사는 …", "사측이 …", "회사가 …". */
const THE_COMPANY = /^(?:회사|사측)(?=은|는|이|가|도|의\s)/;

/** The site owner as a company mention, added to `acc`, when the body speaks as "당사" and does not name the owner itself. */
export function siteOwnerCompany(acc: Acc, rules: RuleSet, articleId: string, parsed: ParsedArticle, sentences: Sentence[], mentions: Mention[][]): Mention | undefined {
  const owner = parsed.siteOwner;
  if (!owner) return undefined;
  // (a product's site run by a corporation its body names: the operator is what the page speaks for, as "저희" too)
  if (owner.brand) return mentions.flat().find((m) => m.type === 'Company' && m.surface === owner.name) ?? discoveredMention('Company', owner.name, 0, 0);
  const i = sentences.findIndex((s) => s.block === 'body' && (owner.union ? THE_COMPANY : owner.internal ? OURSELVES_INSIDE : OURSELVES).test(s.text));
  const s = sentences[i];
  if (!s) return undefined;
  // (a body that names the owner itself has its own mention of it)
  const named = mentions.flat().find((m) => m.type === 'Company' && (m.surface === owner.name || m.surface.toLowerCase() === owner.latin.toLowerCase()));
  if (named) return named;
  const company = discoveredMention('Company', owner.name, 0, 0);
  company.aliases = [owner.latin];
  addEntity(acc, company, rules, evidenceOf(articleId, s, 'mention', 1));
  return company;
}

/** A product's own site run by another corporation (`siteOwner.brand`, see parse/site-owner.ts): the product's name, where read as a company ("X 개발팀"), names the operator (edits `known` in place). */
export function retargetOperatedBrand(parsed: ParsedArticle, known: KnownName[]): void {
  const owner = parsed.siteOwner;
  const operator = owner?.brand ? known.find((k) => k.type === 'Company' && k.name === owner.name) : undefined;
  if (!owner?.brand || !operator) return;
  const at = known.findIndex((k) => k.name === owner.brand);
  if (at >= 0 && known[at]!.type !== 'Company') return;
  const name: KnownName = { name: owner.brand, type: 'Company', key: operator.key, aliasOf: owner.name };
  if (at >= 0) known[at] = name;
  else known.push(name);
}
