/**
 * The article-level steps after its sentences are read: table facts, partnerships among several parties,
 * the clause pass's facts, a series' shared properties, rosters and officers, makers from model
 * families, then the drops (employers left, idle hubs) and the properties each entity keeps.
 */
import { addSpeakerColumns } from './speaker-columns.js';
import { addRepositoryOwners } from './hub-owners.js';
import { dropHardwareModels } from './engine/hardware-named.js';
import { addQuantisedBases } from './quantised-copies.js';
import { addTunedVariantBases } from './tuned-variants.js';
import { addBusinessLineHead, addOfficerTable } from './officer-table.js';
import { addHeadCells } from './head-cells.js';
import { addSignatories } from './signature-block.js';
import { addFilingSigners } from './filing-signature.js';
import { addOfficerCards } from './officer-cards.js';
import { addPersonnelOrders } from './personnel-orders.js';
import { addEnglishRoleCards } from './english-role-cards.js';
import { addAnswerLabelOfficers } from './answer-labels.js';
import { addProgrammeLeadPartners } from './programme-lead.js';
import { addLedEmployers } from './led-units.js';
import { dropEchoedFocusScores } from './echoed-scores.js';
import { dropRivalFormerBases } from './former-bases.js';
import { disputeBasesCorrectedLater, dropAnsweredDisputes, dropBasesCalledUntrue, dropBasesDeniedByName } from './disputed-bases.js';
import { settleRaisedClaims } from './raised-claims.js';
import type { ParsedArticle, Sentence } from '../parse/types.js';
import { isSeriesMember, type SeriesFact } from './engine/shared-properties.js';
import type { profileOwner } from './engine/spec-cards.js';
import { addProfileTeam } from './profile-team.js';
import { addLeaderCards, addSpeakerCards } from './leader-cards.js';
import { addCardCurrentPosts, addCardSidePosts } from './card-side-posts.js';
import { addSpeechModels } from './speech-we.js';
import { addAnswererModels } from './answerer-models.js';
import type { Answerer } from './turn-speakers.js';
import { addMilestoneProgrammes } from './milestone-lines.js';
import { addParagraphMembers, type ParagraphSentence } from './consortium-paragraph.js';
import { addPresentingEntrants } from './presenting-entrants.js';
import { addZoneLeaders, addZoneTenants } from './zone-tenants.js';
import { addSpeechSpeaker } from './speech-speaker.js';
import { addScopedConsortia } from './consortium-scope.js';
import { addSuccessorPosts } from './successor-posts.js';
import { addTeamSections } from './team-sections.js';
import { addSelectedRoster } from './selected-roster.js';
import { addRemainingTeams } from './remaining-teams.js';
import { addPartyHeads } from './party-heads.js';
import { addProfileHeadline } from './profile-headline.js'; import { addProfilePapers } from './profile-papers.js';
import { dropPartyClaims } from './party-claims.js';
import { addRankingScores } from './ranking-scope.js';
import { addRespectiveScores } from './respective-scores.js';
import { addTableFacts, type Consortium } from './article-tables.js';
import { multiPartyPairs } from './multiparty.js';
import { addNarratorColleagues, addNarratorEmployer } from './narrator.js';
import { addInterviewMembers, addInterviewModels } from './interview-roster.js';
import { addAnnouncedSelection } from './announced-selection.js';
import { addHeadedSelection } from './headed-selection.js';
import { addProposedModels } from './proposed-models.js';
import { addRowReferenceFacts } from './row-references.js';
import { addProgrammeOverview } from './programme-overview.js';
import { addReportRoleRows } from './report-roles.js';
import { addChatRoomMembers } from './chat-room.js';
import { addWorkspaceMembers } from './workspace-chat.js';
import { addProfileEmployers, profileBlocks } from './profile-lines.js';
import { addKnownRoleEmployers } from './known-roles.js';
import { addCoverOfficers, type readCoverTitle, type readFilingCover } from './filing-cover.js';
import type { narratorCompany } from './quoted.js';
import { addSectionRosters, type newSectionRosters } from './section-roster.js';
import { addRosterRows } from './roster-rows.js';
import { addModelCardLines } from './model-card-lines.js';
import { moveEchoedSubsetScores } from './subset-scores.js';
import { addExecutiveItems, addExecutiveLines } from './executive-lines.js';
import { addOrgChart } from './org-chart.js';
import { addCompanySheets } from './company-sheet.js';
import { addIntroducedOfficers } from './introduced-officers.js';
import { addUnnamedReleases } from './unnamed-release.js';
import { addReportBylines } from './report-bylines.js';
import { addKeyPeople } from './key-people.js';
import { addClauseFacts, type newClausePass } from './clauses/article.js';
import { addAddressedStaff, addInternalStaff, internalSystemOwner, writerTeamOwner } from './internal-staff.js';
import { unitVoiceOwner } from './unit-voice.js';
import { addTagSiblingDevelopers } from './tag-siblings.js';
import { addPersonItemPosts } from './person-items.js';
import { addFilingOfficers } from './filing-officers.js';
import { addSignOffPosts } from './mail-signoff.js';
import { addPeopleSection } from './people-section.js';
import { addFamilyWordDevelopers } from './family-word-developers.js';
import { addNamedJointModels } from './named-joint-model.js';
import { addFamilyDevelopers, addNamesakeDevelopers, addSiblingDevelopers } from './article-developers.js';
import { foldVariantLines } from './variant-lines.js';
import { dropFactlessBareVersions, foldTableOnlySizes } from './table-sizes.js';
import { dropDeniedQuestions } from './denied-questions.js';
import { addResultingModels } from './resulting-model.js';
import { addConsortiumMembers, applyProperties, dropHeadlineFamilies, dropHeadlineWords, foldHeadlineLineNames, dropGuessedEmployers, dropIdleHubs, dropLeftEmployers, dropNonDevelopingInstitutes, dropOfficerAlignments, keepAnonymous } from './article-finish.js';
import { articleRecordOf } from './article-input.js';
import { addCoDeveloperPartners, addPredecessorDevelopers, retargetGenericCoDevelopers } from './predecessor-developers.js';
import { addEnglishWeFacts } from './english-we.js';
import { addSuccessorDevelopers } from './successor-developers.js';
import { dropCrossMakerSuccessors, dropSuccessorsOfDerived, dropVariantPredecessors } from './cross-maker-successors.js';
import { addPredecessorScores } from './predecessor-scores.js';
import { addOfficialSurnamePromotes } from './official-surnames.js';
import { addSpeakerPartners } from './speaker-partners.js';
import { addPredecessorWords, addUsedBeforeVersions } from './predecessor-words.js';
import { addPredecessorBases } from './predecessor-bases.js';
import { dropBranchBlurs } from './local-branches.js';
import { addLatinSpellings } from './person-spellings.js';
import { addRelation, type Acc } from './article-acc.js';
import { addSelectedModelEntrants } from './selected-models.js';
import { addTopicProgrammeEntrants } from './topic-programme-entrants.js';
import { addTeamResults } from './team-results.js';
import { addProfileOfficialProgrammes } from './profile-officials.js';
import { addCardMakers } from './card-makers.js';
import { addMinutesApplications } from './minutes-resolutions.js';
import { addWriterMove } from './writer-move.js';
import { addAlsoSpeakingOfficials, addAnnouncingOfficials } from './announced-official.js';
import { addCallingOfficials } from './calling-official.js';
import { addBriefingSpeakers } from './briefing-speakers.js';
import { addReporterLine } from './reporter-line.js';
import { addContactLines } from './contact-lines.js';
import { addStaffSection } from './staff-section.js';
import { addProgrammeHeads } from './programme-head.js';
import type { KnownName } from './engine/known-names.js';
import type { ArticleFacts, Mention, RuleSet } from './types.js';

/** What the sentence loop of extractFacts hands on to the article-level steps. */
export interface ArticleReading {
  articleId: string;
  parsed: ParsedArticle;
  rules: RuleSet;
  sentences: Sentence[];
  /** Each sentence's mentions before the article's known names were read. */
  first: Mention[][];
  known: KnownName[];
  shortForms: Map<string, string>;
  consortia: Consortium[];
  publishedAt: string | undefined;
  /** The next order number of a property (the article's reading order). */
  nextOrder: () => number;
  /** The company the article speaks for or about (a filing's filer, an interview's narrator, the body's first subject). */
  self: Mention | undefined;
  issuer: ReturnType<typeof readCoverTitle>;
  clauses: ReturnType<typeof newClausePass>;
  series: SeriesFact[];
  bodySentences: ParagraphSentence[];
  narrator: ReturnType<typeof narratorCompany>;
  cover: ReturnType<typeof readFilingCover>;
  rosters: ReturnType<typeof newSectionRosters>;
  owner: ReturnType<typeof profileOwner>;
  /** The company an interview's answers speak for. */
  speaker?: Mention | undefined;
  /** The one company a Q&A's or a transcript's turns all answer for (see answerer-models.ts). */
  answerer?: Answerer | undefined;
  /** An internal document's owner named in its first lines (internal-staff.readInternalOwner, read once in article.ts). */
  internal?: Mention | undefined;
}

/** Runs the article-level steps and returns the article's facts. */
export function closeArticle(acc: Acc, r: ArticleReading): ArticleFacts {
  addTableFacts(acc, r.articleId, r.sentences, r.rules, { known: r.known, shortForms: r.shortForms, consortia: r.consortia, publishedAt: r.publishedAt, nextOrder: r.nextOrder, ...(r.self ? { self: r.self } : {}), ...(r.issuer ? { issuer: { company: r.issuer.company, latin: r.issuer.latin.surface } } : {}) });
  for (const p of multiPartyPairs([...acc.relations.values()])) addRelation(acc, { relation: 'PARTNERS_WITH', source: p.source, target: p.target, properties: {} }, p.ev);
  addClauseFacts(acc, r.clauses, r.rules);
  for (const f of r.series)
    for (const e of acc.entities.values())
      // a series' day beats a member's guessed one (the article's date), not one stated for it, and the series' own node's
      if (e.type === 'Model' && Object.keys(e.names).some((n) => (n === f.series || (isSeriesMember(n, f.series) && (!f.sizes || f.sizes.includes(n.slice(f.series.length + 1).replace(/\s/g, '')))))) && !acc.props.get(e.key)?.some((p) => p.property === f.property && p.order < 1e6))
        acc.props.set(e.key, [...(acc.props.get(e.key) ?? []), { property: f.property, value: f.value, body: true, order: r.nextOrder() + 5e5 }]);
  keepAnonymous(acc, r.rules);
  // teams read sentence by sentence before the paragraphs too: a programme they give beside a lead's other one leaves no
  // "one programme" to put every consortium in; and after them, with the leads the paragraphs' clauses found
  addRemainingTeams(acc, r.articleId, r.bodySentences);
  addScopedConsortia(acc, r.articleId, r.bodySentences);
  addParagraphMembers(acc, r.articleId, r.parsed.blocks, r.bodySentences);
  addScopedConsortia(acc, r.articleId, r.bodySentences);
  addTeamSections(acc, r.articleId, r.sentences, r.first, r.bodySentences);
  addSelectedRoster(acc, r.articleId, r.bodySentences);
  addHeadedSelection(acc, r.articleId, r.sentences, r.first, r.bodySentences, r.rules, r.known); // ("선발팀 5곳은 모두 …", then one heading per team)
  addPresentingEntrants(acc, r.articleId, r.bodySentences);
  addZoneTenants(acc, r.articleId, r.bodySentences);
  addZoneLeaders(acc, r.articleId, r.bodySentences);
  addSpeechSpeaker(acc, r.articleId, r.parsed.meta.title, r.bodySentences, r.rules);
  addSuccessorPosts(acc, r.articleId, r.bodySentences);
  addRankingScores(acc, r.articleId, r.bodySentences);
  addRespectiveScores(acc, r.articleId, r.bodySentences);
  addInterviewMembers(acc, r.articleId, r.sentences, r.first, r.rules, r.speaker, r.consortia);
  addInterviewModels(acc, r.articleId, r.sentences, r.rules, r.known, r.speaker);
  addAnswererModels(acc, r.articleId, r.sentences, new Map(r.bodySentences.map((b) => [b.start, b.mentions])), r.answerer);
  addAnnouncedSelection(acc, r.articleId, r.sentences, r.first, r.rules, r.shortForms);
  addProposedModels(acc, r.articleId, r.bodySentences); // ("… 모델 Y를 제안한다" under its authors' affiliations)
  addRowReferenceFacts(acc, r.articleId, r.sentences, r.first); // ("연번 1, 2번 제품은 「P」 대상으로 선정")
  addProgrammeOverview(acc, r.articleId, r.sentences, r.first); // ("사업명: P" … "사업 총괄: NAME 본부장")
  addReportRoleRows(acc, r.articleId, r.sentences, r.first); // ("주관연구기관 | ㈜X", "공동연구기관 | ㈜Y": a report's participants)
  addConsortiumMembers(acc, r.consortia);
  addProgrammeLeadPartners(acc);
  addNarratorEmployer(acc, r.rules, r.articleId, r.narrator, r.parsed.meta.author);
  addNarratorColleagues(acc, r.rules, r.articleId, r.narrator, r.bodySentences);
  addChatRoomMembers(acc, r.rules, r.articleId, r.parsed, r.sentences);
  addWorkspaceMembers(acc, r.rules, r.articleId, r.narrator, r.parsed, r.sentences);
  addProfileEmployers(acc, r.rules, r.articleId, profileBlocks(r.parsed), r.known, r.parsed.text);
  addCoverOfficers(acc, r.rules, r.articleId, r.cover);
  addMinutesApplications(acc, r.rules, r.articleId, r.sentences, r.known, r.cover);
  addWriterMove(acc, r.rules, r.articleId, r.sentences, r.known);
  addSectionRosters(acc, r.rosters);
  addRosterRows(acc, r.rules, r.articleId, r.sentences, r.parsed.meta.title);
  addSpeakerColumns(acc, r.rules, r.articleId, r.sentences, r.self); // ("시간 | 세션 | 연사": an event page's speakers, the host's unless the cell names another company)
  addKeyPeople(acc, r.rules, r.articleId, r.sentences, r.self);
  addExecutiveLines(acc, r.rules, r.articleId, r.sentences, r.self);
  addExecutiveItems(acc, r.rules, r.articleId, r.sentences, r.self); // ("[경영진]" then "- 대표이사 NAME : 前 …")
  addIntroducedOfficers(acc, r.rules, r.articleId, r.sentences); // ("X는 … 스타트업이다. 대표 NAME, CTO NAME.")
  addReportBylines(acc, r.rules, r.articleId, r.sentences, r.first, r.known); // ("X Technical Report" over "ORG · date")
  addModelCardLines(acc, r.rules, r.articleId, r.sentences, r.parsed.meta.title);
  addRepositoryOwners(acc, r.articleId, r.sentences); // ("owner/Model": the company the account spells)
  addUnnamedReleases(acc, r.articleId, r.bodySentences); // ("X가 새 모델을 공개했다. Y는 …")
  moveEchoedSubsetScores(acc, r.sentences);
  addOfficerTable(acc, r.rules, r.articleId, r.sentences, r.self);
  addOfficerCards(acc, r.rules, r.articleId, r.sentences, r.self);
  addPersonnelOrders(acc, r.rules, r.articleId, r.sentences, r.self);
  addBusinessLineHead(acc, r.rules, r.articleId, r.sentences, r.parsed.meta.publisher);
  addHeadCells(acc, r.rules, r.articleId, r.sentences);
  addSignatories(acc, r.rules, r.articleId, r.sentences);
  addPartyHeads(acc, r.rules, r.articleId, r.sentences);
  addProfileHeadline(acc, r.rules, r.articleId, r.sentences);
  addProfilePapers(acc, r.articleId, r.parsed.meta.title ?? r.sentences[0]?.text, r.bodySentences); // ("본 논문은 … Y를 제안한다" on a researcher's page)
  addFilingSigners(acc, r.rules, r.articleId, r.sentences);
  addAnswerLabelOfficers(acc, r.rules, r.articleId, r.sentences, r.self);
  addProfileTeam(acc, r.rules, r.articleId, r.owner?.company, r.sentences, r.first, r.self);
  addLeaderCards(acc, r.rules, r.articleId, r.sentences, r.first, r.self);
  addOrgChart(acc, r.rules, r.articleId, r.parsed.meta.title, r.sentences, r.first, r.self); // ("조직도": "대표이사(CEO) NAME", "데이터팀 — 팀장 NAME")
  addCompanySheets(acc, r.rules, r.articleId, r.sentences, r.first); // ("■ 회사: X" then "- 대표: NAME")
  addSpeakerCards(acc, r.rules, r.articleId, r.sentences, r.first, r.known);
  addCardSidePosts(acc, r.rules, r.articleId, r.sentences, r.first); addCardCurrentPosts(acc, r.rules, r.articleId, r.sentences, r.first);
  addEnglishRoleCards(acc, r.rules, r.articleId, r.sentences, r.first);
  addMilestoneProgrammes(acc, r.rules, r.articleId, { owner: r.owner?.company, self: r.self }, r.sentences, r.first);
  addSpeechModels(acc, r.articleId, r.sentences, r.first, r.self);
  addEnglishWeFacts(acc, r.articleId, r.sentences, r.first, r.parsed.blocks);
  // (a model agreed to be developed together, named in the next sentence: "… to co-develop an AI model. The model, named Y, …")
  addNamedJointModels(acc, r.articleId, r.sentences, r.first);
  addFamilyDevelopers(acc, r.rules);
  addFamilyWordDevelopers(acc, r.articleId, r.sentences, r.first, r.bodySentences);
  addSiblingDevelopers(acc, r.rules);
  addNamesakeDevelopers(acc);
  addTagSiblingDevelopers(acc);
  addPredecessorDevelopers(acc);
  retargetGenericCoDevelopers(acc);
  addCoDeveloperPartners(acc);
  addSuccessorDevelopers(acc);
  addPredecessorWords(acc, r.articleId, r.sentences);
  addUsedBeforeVersions(acc, r.articleId, r.sentences); // ("작년부터 써 온 X v1은 …": the line's next version named here succeeds it)
  addPredecessorScores(acc);
  addPredecessorBases(acc);
  addQuantisedBases(acc); // ("X-GGUF", "X-AWQ": a quantised copy of a model the page names)
  addTunedVariantBases(acc, r.articleId, r.sentences); // ("…로 미세조정한 X 8B-상담 변형": a tuned variant named after a sized model of the page)
  dropCrossMakerSuccessors(acc);
  dropSuccessorsOfDerived(acc);
  dropVariantPredecessors(acc);
  addSelectedModelEntrants(acc, r.articleId, r.sentences, r.first);
  addTopicProgrammeEntrants(acc, r.articleId, r.sentences, r.first);
  addTeamResults(acc, r.articleId, r.bodySentences);
  addProfileOfficialProgrammes(acc, r.rules, r.articleId, r.sentences, r.known, (x) => r.parsed.blocks.find((b) => b.start <= x.start && x.start < b.end)?.end ?? x.end);
  addCardMakers(acc, r.rules, r.articleId, r.sentences, r.known, (x) => r.parsed.blocks.find((b) => b.start <= x.start && x.start < b.end)?.end ?? x.end);
  addAnnouncingOfficials(acc, r.rules, r.articleId, r.sentences, r.known, (x) => r.parsed.blocks.find((b) => b.start <= x.start && x.start < b.end)?.end ?? x.end);
  addBriefingSpeakers(acc, r.rules, r.articleId, r.sentences, r.known);
  addReporterLine(acc, r.rules, r.articleId, r.sentences, r.known);
  addContactLines(acc, r.rules, r.articleId, r.sentences, r.self);
  addStaffSection(acc, r.rules, r.articleId, r.sentences, r.self);
  addProgrammeHeads(acc, r.rules, r.articleId, r.sentences, r.known);
  addOfficialSurnamePromotes(acc, r.rules, r.articleId, r.sentences);
  addAlsoSpeakingOfficials(acc, r.rules, r.articleId, r.sentences, r.known);
  addCallingOfficials(acc, r.rules, r.articleId, r.sentences, r.known);
  addKnownRoleEmployers(acc, r.rules, r.articleId, r.sentences);
  addLedEmployers(acc, r.articleId, r.sentences, r.first);
  dropLeftEmployers(acc);
  dropGuessedEmployers(acc);
  dropOfficerAlignments(acc);
  dropDeniedQuestions(acc, r.sentences);
  addResultingModels(acc, r.rules, r.articleId, r.sentences, r.known); // ("… Y를 파인튜닝했다. 그렇게 나온 모델이 Z다")
  addSpeakerPartners(acc, r.articleId, r.sentences);
  const internalOwner = r.internal ?? internalSystemOwner(acc, r.parsed);
  addInternalStaff(acc, r.articleId, r.sentences, internalOwner ?? writerTeamOwner(acc, r.sentences) ?? unitVoiceOwner(acc, r.sentences));
  addAddressedStaff(acc, r.rules, r.articleId, r.sentences, internalOwner);
  addPersonItemPosts(acc, r.rules, r.articleId, r.sentences, r.first, r.parsed.text); // (a members page's "NAME — … X의 CTO를 맡고 있다")
  addFilingOfficers(acc, r.articleId, r.sentences, r.parsed); // (a filing's signer and disclosure officer: the filer's)
  addSignOffPosts(acc, r.rules, r.articleId, r.sentences); // (a mail's "NAME 드림" over "X 대표")
  // (a company page's people section: "* NAME - 대표이사" lines under "인물")
  addPeopleSection(acc, r.rules, r.articleId, r.sentences, r.self);
  dropHeadlineWords(acc);
  dropHardwareModels(acc, r.sentences.map((s) => s.text)); // ("X-8 AI 가속 카드" anywhere: X-8 is hardware in its table cells too)
  foldHeadlineLineNames(acc);
  foldVariantLines(acc, r.rules, r.sentences);
  foldTableOnlySizes(acc, r.rules, r.sentences);
  dropFactlessBareVersions(acc, r.first, r.sentences); // (a gazetteer version named bare and in one size, with no fact of its own)
  dropHeadlineFamilies(acc, r.rules);
  dropBranchBlurs(acc);
  dropIdleHubs(acc, r.rules);
  dropNonDevelopingInstitutes(acc, r.rules);
  dropEchoedFocusScores(acc);
  settleRaisedClaims(acc, r.sentences, r.rules);
  disputeBasesCorrectedLater(acc);
  dropAnsweredDisputes(acc);
  dropBasesDeniedByName(acc, r.sentences);
  dropBasesCalledUntrue(acc);
  dropRivalFormerBases(acc, r.self);
  dropPartyClaims(acc, r.sentences); // (a decision's "원고의 주장 요지": what a party claims, not what the court found)
  applyProperties(acc);
  addLatinSpellings(acc, r.sentences);
  return {
    article: articleRecordOf(r.parsed),
    entities: [...acc.entities.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    relations: [...acc.relations.values()],
  };
}
