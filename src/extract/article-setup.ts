/**
 * The set-up of one article's reading, before its sentences are read one by one: the sentences to read, their first
 * mentions, who narrates, the cover and topic company, spec cards, the names the article knows and its short forms.
 */
import type { ParsedArticle } from '../parse/types.js';
import { findMentions, type MentionCache } from './engine/mentions.js';
import { cardModelsBySentence, profileOwner, readSpecCards } from './engine/spec-cards.js';
import { tableModelNames } from './article-tables.js';
import { describedRowModels } from './described-rows.js';
import { dropColumnDictionaries } from './column-dictionary.js';
import { hyphenSiblingNames, listedSiblingNames } from './hyphen-siblings.js';
import { benchEditionNames } from './bench-editions.js';
import { variantNamesOf } from './variant-words.js';
import { readCoverTitle, readFilingCover, readTopicCompany } from './filing-cover.js';
import { retargetOperatedBrand, siteOwnerCompany } from './site-owner.js';
import { rowItemSplitter } from './table-rows.js';
import { workspaceNarrator } from './workspace-chat.js';
import { taggedPoster } from './tagged-poster.js';
import { markAnswerTurns, narratorCompany, speaksForCompany, splitQuotedParagraph } from './quoted.js';
import { readCorrections } from './corrections.js';
import { familyVersionsOf } from './families.js';
import { gluedTagReferences, taggedVersionNames } from './tagged-versions.js';
import { versionColumnNames } from './version-columns.js';
import { columnModel, headlineInterviewee, mostNamedModel } from './interview-focus.js';
import { isChapterEntry } from './time-stamps.js';
import { rosterCompanyNames } from './roster-rows.js';
import { roundsTableCompanyNames } from './rounds-table.js';
import { itemHeadingCompanyNames } from './item-headings.js';
import { itemClauseCompanyNames } from './item-clauses.js';
import { holderGlossedNames } from './copyright-holder.js';
import type { RuleSet } from './types.js';
import { addEntity, evidenceOf, type Acc } from './article-acc.js';
import { knownNamesOf } from './article-names.js';
import { readHouseOrgan } from './house-organ.js';
import { isInlineNameList } from '../parse/chrome.js';
import { CHROME_LINE, BADGE_LINE, dropSectionLabel, guessPublishedAt, shortFormsOf, splitLongSentence } from './article-input.js';
import { inProfileBlock, profileBlocks, profileCompanyNames, profilePoster } from './profile-lines.js';
import { readTurnSpeakers } from './turn-speakers.js';
import { addRenamedForms } from './renamed-forms.js';
import { lateSelfIntroduced } from './self-intro-narrator.js';
import { paperNarrator } from './paper-narrator.js';
import { signedSpeechNarrator } from './signed-speech.js';
import { movedNarrator } from './moved-narrator.js';

/** Reads what an article's sentence loop starts from (see readArticle in article.ts); adds a narrator's company to `acc`. */
export function setUpArticle(parsed: ParsedArticle, rules: RuleSet, stages: MentionCache, acc: Acc, articleId: string) {
  const publishedAt = parsed.meta.publishedAt ?? guessPublishedAt(parsed);
  const profiles = profileBlocks(parsed); // (profile cards' lines are read apart: see profile-lines.ts)
  const sentences = readCorrections(markAnswerTurns(dropColumnDictionaries(parsed.sentences).filter((s, i, all) => !(CHROME_LINE.test(s.text) && !isInlineNameList(s.text)) && !BADGE_LINE.test(s.text) && !isChapterEntry(all, i) && !inProfileBlock(s, profiles)).flatMap(splitLongSentence).flatMap(rowItemSplitter(parsed.blocks)).map(dropSectionLabel), parsed.text).flatMap(splitQuotedParagraph));
  /** Answers in an interview that speak for a company ("저희는 …"): their sentences without a subject are about it. */
  const first = sentences.map((s) => findMentions(s.text, rules, [], stages));
  const told = narratorCompany(sentences, first);
  const workspace = told ? undefined : workspaceNarrator(parsed, sentences, first);
  const cardPoster = told || workspace ? undefined : profilePoster(parsed, profiles, sentences, rules, acc);
  let narrator = told ?? workspace ?? cardPoster ?? taggedPoster(sentences, first) ?? paperNarrator(sentences, first) ?? signedSpeechNarrator(parsed.meta.title, sentences, first) ?? movedNarrator(sentences, first);
  if (cardPoster) addEntity(acc, cardPoster.company, rules, evidenceOf(articleId, cardPoster.sentence, 'mention', 1));
  // (a chat export's workspace is a company even where its title line adds no entity by itself)
  if (workspace) addEntity(acc, workspace.company, rules, evidenceOf(articleId, workspace.sentence, 'mention', 1));
  // a filing's cover names the filer: what its "당사" means from the first sentence on
  const cover = readFilingCover(sentences, first);
  // a cover line naming the issuer in two scripts ("NovaMind Inc. | 노바마인드 주식회사"): the same, its Latin form an alias
  const issuer = readCoverTitle(sentences, first);
  cover.company ??= issuer?.company;
  // (a cover's name lines are a heading, which adds no entity by itself: the issuer is one all the same)
  const coverLine = issuer?.stacked ? sentences.find((s) => s.block !== 'title' && s.text.startsWith(issuer.company.surface)) : undefined;
  if (coverLine && issuer) addEntity(acc, issuer.company, rules, evidenceOf(articleId, coverLine, 'mention', 1));
  // a page titled with one company's name (an encyclopedia entry): each section's subjectless sentences are about it
  const topic = readTopicCompany(sentences, first);
  // a corporation's own site speaking as "당사" (see site-owner.ts): its owner is what the page is about
  const siteOwner = cover.company || topic ? undefined : siteOwnerCompany(acc, rules, articleId, parsed, sentences, first);
  const cards = readSpecCards(sentences, first, rules);
  const cardModelAt = cardModelsBySentence(cards, sentences);
  const named = knownNamesOf(first, sentences, rules, [...(parsed.listed ?? []), ...rosterCompanyNames(sentences, rules, parsed.meta.title), ...roundsTableCompanyNames(sentences, rules), ...itemHeadingCompanyNames(sentences), ...itemClauseCompanyNames(sentences), ...holderGlossedNames(parsed.meta.publisher, sentences), ...(parsed.siteOwner?.brand ? [parsed.siteOwner.name] : []), ...profileCompanyNames(profiles, parsed.text)]);
  // (a product's own site run by another corporation: the product's name read as a company, "X 개발팀", is the operator's)
  retargetOperatedBrand(parsed, named);
  // (a model a table's model column names is one in the prose too: "Ornith-3 scored …" under a release table)
  const tabled = [...tableModelNames(sentences, rules, named), ...hyphenSiblingNames(sentences, named), ...listedSiblingNames(sentences, named), ...benchEditionNames(sentences, named), ...taggedVersionNames(sentences, named), ...gluedTagReferences(sentences, named), ...versionColumnNames(sentences, named)];
  // (an in-house newsletter's "우리 병원": the organisation its masthead names)
  const house = readHouseOrgan(acc, rules, articleId, sentences, parsed.meta.publisher);
  const known = tabled.length || house.known.length ? [...named, ...tabled, ...house.known].sort((a, b) => b.name.length - a.name.length) : named;
  const knownNamed = known.filter((k) => !k.reference);
  // (a writer who introduces themselves at a company the first reading missed: "X에서 CTO를 맡고 있는 NAME입니다", X a company by its signature)
  narrator ??= lateSelfIntroduced(sentences, (i) => findMentions(sentences[i]!.text, rules, knownNamed, stages));
  const interview = narrator?.voice === true || speaksForCompany(sentences);
  const interviewee = interview && !narrator ? headlineInterviewee(sentences, first, rules) : undefined;
  const interviewModel = interview ? mostNamedModel(sentences, first, narrator?.company ?? interviewee) : columnModel(sentences, (i) => findMentions(sentences[i]!.text, rules, knownNamed, stages)); // (a reader-question column's headline model, see interview-focus.ts)
  // (a models table's description cells: the row's model is their subject; a row's model cell read with the names the table gives)
  for (const [k, model] of describedRowModels(sentences, (i) => findMentions(sentences[i]!.text, rules, known, stages))) if (!cardModelAt.has(k)) cardModelAt.set(k, model);
  // a roundtable's marked turns ("▶NAME 직함=…"): each speaks for its speaker's company, or an official's for the programmes
  // (a transcript's turn label names its speaker's company: "게스트(NAME, X랩 CTO):", read with the article's names)
  const turnSpeakers = readTurnSpeakers(sentences, (t) => findMentions(t, rules, known, stages));
  const turned = turnSpeakers.names.size > 0;
  const shortForms = shortFormsOf(first, sentences, rules);
  if (issuer && issuer.latin.key !== issuer.company.key) shortForms.set(issuer.latin.key, issuer.company.key);
  // "A가 사명을 'B'로 바꾼다", "'X'는 이날부터 'Y'로 불린다": a renamed company or model is one entity under both names
  addRenamedForms(shortForms, sentences, (t) => findMentions(t, rules, known, stages));
  const knownModelNames = knownNamed.filter((k) => k.type === 'Model').map((k) => k.name);
  const familyVersions = familyVersionsOf(first, rules, shortForms, sentences.map((s) => s.text), knownModelNames);
  const variants = variantNamesOf(first, rules);
  const owner = profileOwner(sentences, rules, known);
  return { publishedAt, sentences, first, narrator, cover, issuer, topic, siteOwner, house: house.company, interview, interviewModel, interviewee, cards, cardModelAt, known, knownNamed, turnSpeakers, turned, shortForms, knownModelNames, familyVersions, variants, owner };
}
