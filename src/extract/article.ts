/**
 * One article → facts: mentions, relations with evidence and properties, per sentence, then the article-level steps (anonymous
 * models kept only where a relation needs them, DEVELOPED edges from the gazetteer's model families when the developer is named).
 */
import type { ParsedArticle, Sentence } from '../parse/types.js'; import { addKindWordReference } from './kind-word-references.js'; import { focusPastTable, tableFocusOf } from './table-rows.js';
import { readProperties } from './engine/properties.js';
import { seriesFactsOf, spreadProperties, type SeriesFact, type SpreadState } from './engine/shared-properties.js';
import { encodeSentence } from './engine/encode.js'; import { labelAsTopic } from './labelled-topic.js';
import { matchPatterns } from './engine/match.js';
import { withGappedFacts } from './gapping.js';
import { findMentions, withMentionCache, type MentionCache } from './engine/mentions.js';
import { withTextScans } from './engine/text-scans.js';
import { specCardFacts } from './engine/spec-cards.js';
import { addTeamReference, newTeams, noteTeams } from './team-references.js';
import { type ParagraphSentence } from './consortium-paragraph.js';
import { type Consortium } from './article-tables.js';
import { addOpeningVersion, addVersionSizes } from './opening-version.js'; import { foldRenamedBenchmarks } from './renamed-benchmarks.js'; import { dropRowNames } from './row-words.js';
import { addBareSizes, addBareVersions, articleModelKeys, isPassingSize, sizedModelNames } from './versions.js';
import { addCoordinatedVersions, addListedVariants, addNamedEditions } from './coordinated-versions.js';
import { addBareVariants, addVariantReference, noteVariantModels } from './variant-words.js';
import { addDevelopmentPartners } from './development-partners.js';
import { addFilerRowFact, addIssuerSlides } from './filing-cover.js';
import { addCaptionRoster, addMarkedAffiliations } from './affiliations.js';
import { FOUNDING_POST, foundedCompany } from './founded.js';
import { addFocusFacts, addFocusScoreLine } from './focus-facts.js';
import { speakerDisowns } from './focus-speaker.js';
import { addSpeakerSubject, asksIfReportTrue, asksWhetherAtAll, asksWhetherOnly, isQuestionTurn, isSpoken, reportsQuote } from './quoted.js';
import { correctionOf, isRetracted, OWNER_PHRASE_RULE } from './corrections.js';
import { dropHeadlineFamilies, foldBareFamilies } from './families.js';
import { itemTitleMaker, nextFocus } from './focus.js';
import { rulesReading } from './pattern-readings.js';
import { cleftCompany, subjectModelOwner, topicModelOwner } from './model-owners.js';
import { ITEM_OPENING, markedCompanyHeading, dashEntryMaker, headingModelMaker, titleLineModel } from './focus-lines.js'; import { cardSigner } from './card-signature.js'; import { addCompetitionBoard } from './competition-board.js'; import { productOwnerSubject } from './company-headed.js';
import { briefItemCompany, captionModel, holdingSectionCompany } from './caption-focus.js';
import { findDates } from './korean-dates.js';
import { opensNumberedEntry, startsEntry } from './time-stamps.js';
import { addTopicPredicate, isClosingPredicate } from './topic-predicate.js';
import { addOverallBoardReference } from './overall-board.js';
import { addBodyModelReferences, addFocusPredicate, noteBase } from './model-references.js';
import { addProgrammeTailReference } from './programme-tails.js';
import { addPredecessorReference, addReferences, previousTopicModel } from './references.js';
import { addBoardReference, addHeadlineBenchmark } from './board-references.js';
import { addSelectionReference, programmeOfHead } from './selection-references.js';
import { newSectionRosters, readSectionRoster } from './section-roster.js';
import { addPossessiveReferences } from './english-possessives.js';
import { addModelDeveloperReferences, thisModelFocus, thisReleaseFocus } from './this-release.js';
import { addEnglishProgrammeFacts } from './english-programme-facts.js';
import type { EnglishRoster } from './english-programme.js';
import { addCompanyReference, addConsortiumReference, addEmployerReference, englishHeadlineCompany, addOmittedSubject, subjectCompanyOf, namedConsortiumLead, isLeftOut, isRosterMember, addRoleLeadReference, reportLeadOf } from './company-references.js';
import { addPosterReference, posterTagCompany } from './tagged-poster.js'; import { newThreadPosts, nextThreadPoster, threadFocusAfter } from './thread-posters.js';
import { namesInvestor } from './hired-object.js';
import { addReleaseSubject } from './release-subject.js'; import { addSummarySubject, type SummaryVoice } from './summary-subject.js';
import { addConsortiumLeadDevelopment } from './consortium-lead.js';
import { addPairFacts, addPairPartnership } from './pair-facts.js';
import { addBothReference, addCountedGroupReference, coordinatedSubjects, pairAt, type PairMemory } from './pair-references.js';
import { addOfficialReference, addPronounReference, addSurnameReferences, addWrittenPersonReferences, noteEnglishSurnames, noteSurnames } from './person-references.js';
import type { ArticleFacts, Mention, RuleSet } from './types.js';
import { addCardFacts, addEntity, addMentionEntities, addPropertyFacts, addRelation, developerOfModel, evidenceOf, lineDeveloperOf, focusPastBase, makerOfFocus, type Acc } from './article-acc.js';
import { dropCompanyStrategies, dropLooseProgrammeNames, dropQuotedWords } from './policy-words.js';
import { closeCompanySection, newClausePass, openCompanySection, readClauses } from './clauses/article.js';
import { addScaleBenchmark, noteScore, type ScaleMemory } from './score-scale.js';
import { bareDayReference, CONSORTIUM_RULES, CUSTOMER_ASIDE, datedFrom, SPLIT_SHARES_ASIDE, updatedOn, DAY_NAMED, lastDayNamed, MONTH_NAMED, sectionYearOf } from './article-cues.js';
import { benchmarkHolds, briefedProgramme, currentProgramme, phasedProgramme, newBenchmarkMemory, newPolicyMemory, noteBenchmarks, bodyProgrammeOf, notePolicies, officialTopics, recentPolicy, referredPolicy } from './article-memory.js';
import { closeArticle } from './article-close.js';
import { careerEntryCompany, headlineBenchmarkOf, nameLineCompany, rosterLineCompany, sharedWorkSubject } from './article-input.js';
import { sheetLineCompany } from './company-sheet.js';
import { acknowledgedProgrammes, acknowledgementFunders } from './acknowledged.js';
import { addConfirmedProgramme, askedProgramme, isNumberedQuestion, type AskedProgramme } from './confirmed-questions.js';
import { addMinutesOfficialPromotes, addOfficialTurnPromotes, askedModel, newTurnSpeaker, noteTurnSpeakers, soleAnswerer, turnCompanyOf } from './turn-speakers.js';
import { setUpArticle } from './article-setup.js';
import { introducedCompany } from './self-introduction.js';
import { readInternalOwner } from './internal-staff.js';

/** Extracts the facts of one parsed article with the given rules. */
export function extractFacts(parsed: ParsedArticle, rules: RuleSet): ArticleFacts {
  // (one mention cache for every text the article's steps read: a text's mentions depend on it and the known names only;
  // and one store of the discoverers' scans of each text, which depend on the text alone)
  const stages: MentionCache = new Map();
  return withMentionCache(stages, () => withTextScans(() => readArticle(parsed, rules, stages)));
}

function readArticle(parsed: ParsedArticle, rules: RuleSet, stages: MentionCache): ArticleFacts {
  const articleId = parsed.meta.id;
  const acc: Acc = { entities: new Map(), relations: new Map(), firstSeen: new Map(), anonymous: new Map(), props: new Map() };
  const focus = new Map<string, Mention | undefined>();
  const benchmarks = newBenchmarkMemory();
  const scales: ScaleMemory = new Map(); // the largest score read per benchmark: which one large points are on
  let lastPerson: Mention | undefined;
  let lastDay: string | undefined;
  /** The month a body sentence names last: what "같은 달" in a later one means. */
  let lastMonth: string | undefined;
  /** The year of the timeline section the sentence is in ("2023년" heading): its month-day dates' year. */
  let sectionYear: number | undefined;
  /** The company the body's sentences were last about (a subject): sentences that omit theirs. */
  let lastSubject: Mention | undefined;
  /** The company the body said was being set up ("합작법인 'X' 설립"): where a founding post ("초대 대표") is. */
  let lastFounded: Mention | undefined;
  const baseOf = new Map<string, Mention>(); // each model's base read so far: what "기반 모델" means
  let enSubject: { company: Mention; at: number } | undefined; // the company an English sentence opened on: what a later "Its" means
  let itemCompany: Mention | undefined, sectionCompany: Mention | undefined, holding: Mention | undefined; // the company a digest's item title ('◆X, …') opened the item on; a '■ X' heading's; a numbered section's ('[2] ㈜X (대표 NAME)')
  let prevSubject: Mention | undefined; // the subject company of the body sentence just before: what "이 회사" means right after it
  let prevTopic: Mention | undefined; // that subject, or the owner of its topic model ("X의 Y는 …"): what an opening "회사 측은" means right after it
  /** The first company the body names (not as a model's owner, nor a repository id's namespace 'org/…'): what '저희' and '당사' mean when no subject has been seen. */
  let firstCompany: Mention | undefined, firstCompanyAnswered = false; // (first named in an interview's answer: a company the interviewee speaks of, not the interviewee's own)
  /** The last partnership read: what '양사' means. */
  const pairs: PairMemory = {};
  const teams = newTeams();
  /** The body's first subject company: what '동사', '저희' and '당사' mean. */
  let firstSubject: Mention | undefined;
  let poster: Mention | null | undefined, introduced: Mention | undefined; // (a forum reply's poster, from the tag line over it; an interview's guest's company, see self-introduction.ts)
  /** The company the body named last: what '이 회사' and '동사' mean. */
  let lastCompany: Mention | undefined;
  const bySurname = new Map<string, Mention>();
  const byEnSurname = new Map<string, Mention | null>();
  const consortia: Consortium[] = [];
  /** The body sentences read so far with their mentions (the last one is what "이를" may point back to). */
  const bodySentences: ParagraphSentence[] = [];
  /** The company that last led a consortium or took part in a programme: "이 컨소시엄은", "컨소시엄에는" refer to it. */
  let lastLead: Mention | undefined;
  let order = 0; const tableFocus = tableFocusOf(parsed.blocks); // (the focus before a text table's rows: given back after them)
  /** The sentence just read, its mentions and the sentence before it: what a caption's list of people or a score line is under. */
  let previous: { sentence: Sentence; mentions: Mention[]; before?: Sentence } | undefined;
  const enRoster: EnglishRoster = {};
  const spread: SpreadState = { group: [] };
  let asked: AskedProgramme | undefined; // the programme the last body sentence asked about (see confirmed-questions.ts)
  const clauses = newClausePass();
  const rosters = newSectionRosters();
  /** Release days and licences stated for a series: its members named elsewhere share them. */
  const series: SeriesFact[] = [];
  const { publishedAt, sentences, first, narrator, cover, issuer, topic, siteOwner, house, interview, interviewModel, interviewee, cards, cardModelAt, known, knownNamed, turnSpeakers, turned, shortForms, knownModelNames, familyVersions, variants, owner } = setUpArticle(parsed, rules, stages, acc, articleId);
  const internal = readInternalOwner(sentences, first) ?? house, opener = topic ?? internal ?? (cover.minutes ? cover.company : undefined), headlineSubject = englishHeadlineCompany(sentences, sentences.map((s, i) => (s.block === 'title' && known.some((k) => s.text.includes(k.name)) ? findMentions(s.text, rules, known, stages) : first[i]!))); // (a company the page names again, discovered in its body, is in the headline too) // (an internal document's owner, "이 문서는 X 임직원 전용입니다", or the company whose minutes the page is: the subject its memo lines omit, again under each heading)
  firstSubject = cover.company ?? topic ?? siteOwner ?? internal;
  const sizedNames = sizedModelNames(first), thread = newThreadPosts(sentences, first);
  const modelKeys = articleModelKeys(first), roleLead = reportLeadOf(sentences, first); // (a report's lead organisation: what its "주관기관" means)
  const policies = newPolicyMemory(bodyProgrammeOf(sentences, first));
  // spec cards first: their line-by-line facts beat a rule's guess at the same pair
  addCardFacts(acc, articleId, specCardFacts(cards, rules, known, publishedAt, owner), rules, shortForms, () => order++);
  /** The one benchmark the headline names, while the body names no other (see addHeadlineBenchmark). */
  let headlineBench = headlineBenchmarkOf(sentences.map((s, i) => (s.block === 'title' && known.some((k) => s.text.includes(k.name)) ? findMentions(s.text, rules, known, stages) : first[i]!)), sentences);
  const updated = updatedOn(sentences.map((s) => s.text), publishedAt), summaryVoice: SummaryVoice = {}; // (a summary's subject, see summary-subject.ts)
  const paragraphStarts = new Set(parsed.blocks.map((b) => b.start)); // (where a new paragraph opens: no pair carried into it, see readClauses)
  for (const [i, s] of sentences.entries()) {
    // a live blog's time stamp alone on a line ("14:18") opens a new entry: the entry before's companies are not its omitted subject
    if ((s.block === 'body' || s.block === 'heading') && startsEntry(s.text)) { lastSubject = prevSubject = prevTopic = lastCompany = undefined; if (opensNumberedEntry(s.text)) focus.delete('body'); }
    if (opener && (s.block === 'heading' || i === 1)) lastSubject = opener; else if (sectionCompany && s.block === 'body' && ITEM_OPENING.test(s.text)) lastSubject = sectionCompany; // (each item under '■ X' is about X again)
    // a word pointing back to a model ("미니는") is read in the body, where the model has been named
    const names = s.block === 'body' || s.block === 'caption' ? known : knownNamed;
    const mentions = names.length && names.some((k) => s.text.includes(k.name)) ? findMentions(s.text, rules, names, stages) : first[i]!;
    if (shortForms.size) for (const m of mentions) m.key = shortForms.get(m.key) ?? m.key;
    dropCompanyStrategies(s.text, mentions); foldRenamedBenchmarks(s.text, mentions); dropRowNames(s.text, mentions); // ("X는 예전에 'Y'로 불리던 것과 같은 세트": Y is X's older name)
    dropQuotedWords(s.text, mentions);
    dropLooseProgrammeNames(s.text, mentions, rules);
    foldBareFamilies(s.text, mentions, rules, focus.get(s.block === 'caption' ? 'caption' : 'body'), familyVersions, s.block === 'body' ? i : undefined);
    if (s.block === 'title' || s.block === 'summary') dropHeadlineFamilies(s.text, mentions, familyVersions);
    addVersionSizes(s.text, mentions, rules, first); addOpeningVersion(s.text, mentions, rules, first); // ("3.2 12B는": the article's one "X-3.2-12B")
    addBareVersions(s.text, mentions, rules, focus.get(s.block === 'caption' ? 'caption' : 'body'), knownModelNames);
    addBareSizes(s.text, mentions, rules, knownModelNames, focus.get(s.block === 'caption' ? 'caption' : 'body'), sizedNames, modelKeys);
    addCoordinatedVersions(s.text, mentions, rules); addListedVariants(s.text, mentions, rules); addNamedEditions(s.text, mentions, rules); // "X 3과 4는"; "X는 Base와 Mini 두 가지"; "'X 콜'이라고 부르는"
    addBareVariants(s.text, mentions, variants, rules, focus.get(s.block === 'caption' ? 'caption' : 'body')); // "미니는", "본모델은"
    const blockKey = s.block === 'caption' ? 'caption' : 'body';
    addBoardReference(s.text, mentions, benchmarks.board); addCompetitionBoard(s.text, mentions, sentences); // ("Private LB 0.87" on a competition's page)
    addOverallBoardReference(s.text, mentions, benchmarks.board);
    addScaleBenchmark(s.text, mentions, scales);
    addReferences(s.text, mentions, thisModelFocus(s.text, mentions, thisReleaseFocus(s.text, mentions, focus.get(blockKey), acc, rules), previous?.mentions), benchmarks.last.get(blockKey), lastPerson, policies.last && programmeOfHead(s.text, policies.last, [...policies.named.values()]), benchmarkHolds(benchmarks, blockKey), phasedProgramme(policies, s.text) ?? currentProgramme(policies, s.text), rules);
    if (s.text.includes('그 ')) addPredecessorReference(s.text, mentions, previousTopicModel(previous, s.block));
    addModelDeveloperReferences(s.text, mentions, acc, rules);
    if (headlineBench && s.block === 'body') {
      if (mentions.some((m) => m.type === 'Benchmark' && m.key !== headlineBench!.key)) headlineBench = undefined;
      else addHeadlineBenchmark(s.text, mentions, headlineBench);
    }
    addVariantReference(s.text, mentions, variants, rules);
    noteVariantModels(variants, mentions, rules);
    addSelectionReference(s.text, mentions, recentPolicy(policies), currentProgramme(policies) ?? policies.bodyProgramme, referredPolicy(policies), policies.bodyProgramme, [...policies.named.values()], lastSubject, policies.lastSpoken);
    addProgrammeTailReference(s.text, mentions, policies.named.values(), policies.every.values());
    addSurnameReferences(s.text, mentions, bySurname, rules);
    if (s.block === 'body' && previous?.sentence.block === 'body') addPronounReference(s.text, mentions, previous.mentions); else { const said = addSummarySubject(summaryVoice, s, mentions); lastSubject ??= said; } // (a summary's subject, the one the body's first sentences omit too)
    addWrittenPersonReferences(s.text, mentions, byEnSurname, parsed.meta.author);
    addConsortiumReference(s.text, mentions, lastLead); addRoleLeadReference(s.text, mentions, roleLead);
    lastLead = namedConsortiumLead(s.text, mentions) ?? lastLead;
    // ("NAME 정책관은 사업 설명회에서 "…"", "NAME 충북지사는 "…"" after "'충북 X 사업' …": the programme the sentence before named)
    const briefed = briefedProgramme(s.text, policies);
    const topics = briefed ? [briefed] : officialTopics(policies);
    addOfficialReference(s.text, mentions, topics[0], topics.length, rules);
    if (turned) noteTurnSpeakers(turnSpeakers, s, mentions);
    // (another speaker's turn is not about the model the turn before spoke of, unless that turn asked about it)
    if (turned && newTurnSpeaker(turnSpeakers, s) && !(previous && isQuestionTurn(previous.sentence))) focus.set('body', undefined);
    const item = s.block === 'body' || s.block === 'heading' ? briefItemCompany(s.text, mentions) : undefined;
    if (item !== undefined) itemCompany = item ?? undefined;
    const held = s.block === 'body' ? holdingSectionCompany(s.text, mentions) : undefined;
    if (held !== undefined || s.block === 'heading') holding = held ?? undefined;
    if (s.block === 'body') {
      addBodyModelReferences(s.text, mentions, bodySentences, focus.get(blockKey), baseOf);
      addKindWordReference(acc, s.text, mentions); // ("은행은 …": the one bank the article named)
      // in an interview "저희" and an answer's omitted subject are the company that speaks, not the subject of the interviewer's last question
      introduced = introducedCompany(s.text, mentions) ?? introduced;
      const speaker = turned ? turnCompanyOf(s, turnSpeakers) : interview ? (narrator?.company ?? introduced ?? interviewee ?? firstSubject ?? (firstCompanyAnswered ? undefined : firstCompany) ?? lastSubject) : undefined;
      addOmittedSubject(s.text, mentions, speaker && isSpoken(s) ? speaker : speaker && isQuestionTurn(s) ? undefined : (productOwnerSubject(s.text, mentions, acc.entities.values()) ?? lastSubject ?? poster ?? (ITEM_OPENING.test(s.text) ? lineDeveloperOf(acc, focus.get(blockKey)) : undefined)), isSpoken(s), (m) => developerOfModel(acc, m), speaker ? undefined : prevSubject); // (a subjectless list item on a page naming no subject: the focus model's maker, "- X랑 같이 P 따냄")
      addReleaseSubject(s.text, mentions, () => topic ?? (itemCompany ? undefined : holding) ?? makerOfFocus(acc, itemCompany ?? firstSubject, focus.get(blockKey)), prevSubject); // (a numbered section's company: its own release)
      // "초대 대표는 … NAME 대표가 맡는다": a founding post is at the company the article said was being set up
      // (and in an interview's answer, a colleague's post is at the company that speaks); a letter reporting another person's quoted words ("NAME 대표는 \"…\"고 밝혔습니다") speaks of the company named before
      addEmployerReference(s.text, mentions, rules, (FOUNDING_POST.test(s.text) && lastFounded) || cardSigner(s.text, sectionCompany) || (speaker && isSpoken(s) && !reportsQuote(s) ? speaker : lastSubject), firstSubject, bodySentences.at(-1), headlineSubject);
      const pair = pairAt(pairs, i, bodySentences.slice(-2), firstSubject, lastSubject ?? developerOfModel(acc, focus.get(blockKey)));
      // (a sentence that speaks of the pair again, "양사의 협력은", keeps it the one "두 회사" means)
      if (addBothReference(s.text, mentions, pair, firstSubject) && pair) pairs.recent = { pair, at: i };
      // (in a first-person post the company the writer speaks for, where no sentence put a subject first)
      else addCountedGroupReference(s.text, mentions, bodySentences, firstSubject ?? narrator?.company);
      addTeamReference(s.text, mentions, teams);
      addPosterReference(s.text, mentions, poster);
      addCompanyReference(s.text, mentions, speaker ?? (poster === undefined ? itemCompany ?? introduced ?? firstSubject ?? lastSubject ?? narrator?.company ?? firstCompany : (poster ?? undefined)), lastCompany, prevSubject, () => developerOfModel(acc, focus.get(blockKey)), speaker || poster !== undefined || itemCompany ? undefined : prevTopic, (m) => bodySentences.slice(0, -1).some((b) => b.mentions.some((x) => x.key === m.key)), holding);
      const enOwn = addPossessiveReferences(s.text, mentions, enSubject && i - enSubject.at <= 3 ? enSubject.company : undefined, firstSubject ?? firstCompany);
      if (enOwn) enSubject = { company: enOwn, at: i };
      // (after the company references: "…, 회사가 자체 설계한 음성합성 모델." names its maker by a reference word)
      addFocusPredicate(s.text, mentions, focus.get(blockKey));
      addTopicPredicate(s.text, mentions, bodySentences.at(-1), rules);
      if (interview || turned) addSpeakerSubject(s, mentions, speaker);
      if (turned) addOfficialTurnPromotes(acc, articleId, s, mentions, turnSpeakers);
      addConfirmedProgramme(acc, articleId, s, asked);
      asked = askedProgramme(s, mentions, policies.age <= 3 ? policies.last : undefined);
      addDevelopmentPartners(acc, articleId, s, mentions, focus.get(blockKey), firstSubject ?? firstCompany, speaker && isSpoken(s) ? speaker : undefined);
      // "이 연구는 「Y 사업」 지원을 받아 수행되었습니다": the page's company took part in the programme that funded its work
      for (const funder of acknowledgementFunders(s, mentions, bodySentences, paragraphStarts, firstSubject ?? firstCompany)) for (const p of acknowledgedProgrammes(s.text, mentions)) addRelation(acc, { relation: 'PARTICIPATES_IN', source: funder.key, target: p.key, properties: {} }, evidenceOf(articleId, s, 'participates.acknowledged-funding', 0.65));
    }
    if (s.block === 'body' || s.block === 'heading') addMinutesOfficialPromotes(acc, articleId, s, mentions);
    addMentionEntities(acc, mentions, rules, evidenceOf(articleId, s, 'mention', 1));
    const developedHere = new Set<string>(); // models this sentence calls a company's own ("자체 모델 Y"): see nextFocus
    // models this sentence derives from a base (derivedOnFocus: from the one in focus, unnamed), and those it names as a base (no company's own model to follow: "X가 자체 개발한 Y를 바탕으로"): see nextFocus
    const derivedHere: Mention[] = [], derivedOnFocus = new Set<string>(), basesHere = new Set<string>();
    if (mentions.length && !asksWhetherOnly(s)) {
      const enc = encodeSentence(labelAsTopic(s.text, mentions), mentions); // ("Y: X가 Z를 기반으로 … 모델.": the label is the topic)
      // (an interviewer's question asks about the model in focus, it states nothing of it: "Q. 베이스 모델로 Y를 고른 이유는?")
      for (const f of withGappedFacts(s.text, mentions, matchPatterns(s.text, enc, rules.patterns, isQuestionTurn(s) || speakerDisowns(s, mentions, focus.get(blockKey), acc) ? undefined : focus.get(s.block === 'caption' ? 'caption' : 'body')))) {
        // a correction notice's retracted clause: only its owner phrases stand
        if (isRetracted(s) && !OWNER_PHRASE_RULE.test(f.rule)) continue;
        addRelation(acc, { relation: f.relation, source: f.source.key, target: f.target.key, properties: f.properties }, evidenceOf(articleId, s, f.rule, f.confidence));
        if (rulesReading(rules, 'own-model').has(f.rule) && f.target.via !== 'reference') developedHere.add(f.target.key);
        if (f.relation === 'BASED_ON' && f.target.via !== 'reference') { noteBase(baseOf, f.source, f.target, s.text); basesHere.add(f.target.key); }
        if (f.relation === 'BASED_ON' && f.source.via !== 'reference') { derivedHere.push(f.source); if (f.target.key === focus.get(blockKey)?.key && (f.target.via === 'reference' || !mentions.includes(f.target))) derivedOnFocus.add(f.source.key); }
        if (f.relation === 'SCORED') noteScore(scales, f.target, f.properties?.score);
        // a value a later update corrected: the update is evidence too (it says why the value is not the one quoted)
        const corrected = correctionOf(s);
        if (corrected && Object.values(f.properties ?? {}).includes(corrected.value))
          addRelation(acc, { relation: f.relation, source: f.source.key, target: f.target.key, properties: f.properties }, evidenceOf(articleId, corrected.update, 'correction.value', f.confidence));
        addPairFacts(acc, f, s, articleId);
        addConsortiumLeadDevelopment(acc, f, s, mentions, articleId);
        if (f.relation === 'PARTNERS_WITH' && !f.source.alsoFor && !f.target.alsoFor) pairs.recent = { pair: (pairs.partnership = [f.source, f.target]), at: i };
        if (CONSORTIUM_RULES.has(f.rule)) consortia.push({ lead: f.source.key, member: f.target.key, ev: evidenceOf(articleId, s, 'participates.consortium-member', 0.7) });
        if (CONSORTIUM_RULES.has(f.rule) || f.relation === 'PARTICIPATES_IN') lastLead = f.source.via === 'reference' || isLeftOut(s.text, f.source) || isRosterMember(s.text, f.source) ? lastLead : f.source;
      }
    }
    if (s.block === 'body') addEnglishProgrammeFacts(acc, articleId, s, mentions, previous, policies.named.size === 1 ? policies.last : undefined, currentProgramme(policies), enRoster);
    if (!isRetracted(s)) addPairPartnership(acc, s, mentions, articleId);
    const coordinated = s.block === 'body' ? coordinatedSubjects(s.text, mentions) : undefined;
    if (coordinated) pairs.recent = { pair: coordinated, at: i };
    if (s.block === 'body') noteTeams(s.text, mentions, teams);
    // (a base the clauses read, where no rule read one, is what a later "교사 모델(78.9점)" means too)
    if (!isRetracted(s) && !asksIfReportTrue(s)) for (const f of readClauses(clauses, articleId, s, mentions, rules, recentPolicy(policies), paragraphStarts.has(s.start), asksWhetherAtAll(s))) if (f.relation === 'BASED_ON' && !f.rule.endsWith('-carried') && f.target.via !== 'reference' && !baseOf.has(f.source.key)) noteBase(baseOf, f.source, f.target, s.text);
    addFilerRowFact(acc, articleId, cover, s, mentions);
    if (!holding) addIssuerSlides(acc, rules, articleId, cover, s, mentions, sentences[i - 1]); // (its team, partners, line-up and programmes; not inside a section on another company)
    addMarkedAffiliations(acc, articleId, s, mentions, previous, (t) => findMentions(t, rules, known, stages), (m) => addEntity(acc, m, rules, evidenceOf(articleId, s, 'mention', 1)));
    addCaptionRoster(acc, articleId, s, mentions, previous);
    readSectionRoster(rosters, articleId, s, mentions, rules);
    if (s.block === 'body' || s.block === 'heading') addFocusScoreLine(acc, articleId, s, mentions, previous, focus.get(blockKey));
    previous = { sentence: s, mentions, before: previous?.sentence };
    lastPerson = mentions.filter((m) => m.type === 'Person').at(-1) ?? lastPerson;
    if (s.block === 'body') {
      addFocusFacts(acc, articleId, s, mentions, bodySentences.at(-1), focus.get(blockKey), bodySentences.slice(-5));
      bodySentences.push({ ...s, mentions });
      lastFounded = foundedCompany(s.text, mentions) ?? lastFounded;
      const subject = sharedWorkSubject(s.text, mentions, firstSubject) ?? subjectCompanyOf(s.text, mentions);
      const investor = subject && namesInvestor(s.text, subject);
      prevSubject = investor ? prevSubject : subject;
      prevTopic = subject ?? topicModelOwner(s.text, mentions);
      // ("C는 고객사로, 개발에는 참여하지 않는다": a customer put aside, "투자는 X가 주도했다": an investor in the round, are no subject the next sentences omit)
      const aside = subject && (investor || CUSTOMER_ASIDE.test(s.text.slice(subject.end, subject.end + 90)) || SPLIT_SHARES_ASIDE.test(s.text.slice(subject.end, subject.end + 90)));
      lastSubject = (aside ? undefined : subject) ?? itemTitleMaker(s.text, mentions) ?? subjectModelOwner(s.text, mentions) ?? cleftCompany(s.text, mentions) ?? nameLineCompany(s.text, mentions, bodySentences, sentences[i - 1]?.block === 'title') ?? careerEntryCompany(s.text, mentions) ?? rosterLineCompany(s.text, mentions) ?? sheetLineCompany(s, mentions) ?? lastSubject;
      // answers name others as subjects ("투자사는 …"), and so do the interviewer's questions ("X가 인수한다는 소문도 있던데요")
      if (!interview || (!isSpoken(s) && !isQuestionTurn(s))) firstSubject ??= subject;
      // "신생 스타트업 솔빛AI의 약진이다. 이 회사가 …": the company named last since the last sentence with a subject company, not a model's owner (unless the model closes the sentence as what it introduces: "눈에 띈 건 X의 Y였다. 해당 회사는 …")
      const owners = new Set(mentions.filter((m) => m.type === 'Model' && !isClosingPredicate(s.text, m)).map((m) => mentions.find((c) => c.type === 'Company' && /^\s?(?:\([^()]*\))?(?:의)?\s?['"‘“]?$/.test(s.text.slice(c.end, m.start)))).filter(Boolean));
      lastCompany = subject ? undefined : (mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && !owners.has(m) && !/^(?:에서|에선|출신|을 떠|를 떠|에 있|에 몸)/.test(s.text.slice(m.end, m.end + 4))).at(-1) ?? lastCompany);
      if (!firstCompany) { firstCompany = mentions.find((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked' && !/^(?:\s?(?:\([^()]*\))?의|\/)/.test(s.text.slice(m.end, m.end + 30))); firstCompanyAnswered = !!firstCompany && !!interview && isSpoken(s); }
    }
    if (s.block === 'heading' && (dashEntryMaker(s.text, mentions) || (sectionCompany = markedCompanyHeading(s.text, mentions)))) lastSubject = openCompanySection(clauses, mentions[0]!, sectionCompany); // "X — Y", "■ X" heading: X the omitted subject under it
    else if (s.block === 'heading') lastSubject = closeCompanySection(clauses, headingModelMaker(s.text, mentions) ?? careerEntryCompany(s.text, mentions) ?? lineDeveloperOf(acc, titleLineModel(s.text, mentions, true)), lastSubject); // "X (Y)": Y, X's maker (or a titled model's); a plain heading ends a company's section
    noteSurnames(mentions, bySurname);
    noteEnglishSurnames(mentions, byEnSurname);
    { const tag = posterTagCompany(s.text, mentions); poster = nextThreadPoster(thread, s.text, mentions, tag !== undefined ? tag : poster); } // (a tag line may read as a heading; a thread's post header, see thread-posters.ts)
    notePolicies(policies, s, mentions);
    noteBenchmarks(benchmarks, s, mentions, blockKey);
    sectionYear = sectionYearOf(s.text, s.block, sectionYear);
    const datedAt = bareDayReference(s.text, datedFrom(publishedAt, sectionYear), updated);
    const pr = isRetracted(s) ? { facts: [], focus: focus.get(blockKey) } : readProperties(s.text, mentions, rules, focus.get(blockKey), datedAt, lastDay, lastMonth);
    // the day a body sentence names last: what "같은 날" in a later one means
    if (s.block === 'body' && MONTH_NAMED.test(s.text)) lastMonth = findDates(s.text, datedAt, undefined, lastMonth).at(-1)?.iso.slice(0, 7) ?? lastMonth;
    if (s.block === 'body' && DAY_NAMED.test(s.text)) lastDay = lastDayNamed(s.text, datedAt) ?? lastDay;
    // (the focus the next sentence reads: a card's model while the next is the card's heading or one of its lines; not the base of the one in focus; none as a company's card or numbered section starts)
    const carriedFocus = focus.get(blockKey);
    focus.set(blockKey, threadFocusAfter(thread, s.text) ?? (held ? undefined : s.block === 'heading' && sectionCompany && markedCompanyHeading(s.text, mentions) === sectionCompany ? undefined : cardModelAt.get(i + 1) ?? captionModel(s, mentions) ?? focusPastBase(acc, focus.get(blockKey), nextFocus(s, mentions, isPassingSize(pr.focus) ? focus.get(blockKey) : pr.focus, focus.get(blockKey), new Set([...developedHere].filter((k) => !basesHere.has(k))), derivedHere, derivedOnFocus), s.text, mentions)));
    if (s.block === 'body') focus.set(blockKey, focusPastTable(tableFocus, s, carriedFocus, focus.get(blockKey))); // (not the last row's model after a table)
    if ((interview ? isQuestionTurn(s) : interviewModel && isNumberedQuestion(s)) && !turned && !mentions.some((m) => m.type === 'Model')) focus.set(blockKey, interviewModel ?? focus.get(blockKey)); else if (turned && isQuestionTurn(s)) focus.set(blockKey, focus.get(blockKey) ?? askedModel(s.text, mentions));
    for (const p of spreadProperties(s.text, mentions, pr, spread, s.block === 'body', rules)) pr.facts.push(p);
    if (s.block === 'body') series.push(...seriesFactsOf(s.text, mentions, pr.facts));
    addPropertyFacts(acc, pr.facts, s.block !== 'caption', () => order++);
  }
  return closeArticle(acc, { articleId, parsed, rules, sentences, first, known, shortForms, consortia, publishedAt, nextOrder: () => order++, self: cover.company ?? narrator?.company ?? firstSubject, issuer, clauses, series, bodySentences, narrator, cover, rosters, owner, speaker: interview && !turned ? (narrator?.company ?? interviewee ?? firstSubject) : undefined, answerer: turned ? soleAnswerer(turnSpeakers) : undefined, internal });
}
