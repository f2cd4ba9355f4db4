/**
 * What an article's reading remembers from one sentence to the next about its programmes and its
 * benchmarks: the programme a bare "사업" means, the benchmark an unnamed score is on. Each
 * `note…` is called once per sentence, after the sentence's facts are read.
 */
import type { Sentence } from '../parse/types.js';
import { isContrasted, isSpokenSlogan, onlyProgramme, topicPolicy } from './person-references.js';
import { isSpoken } from './quoted.js';
import { addTopicPolicy, LIST_INTRO, MADE_OF_NOTE, TABLE_CELL } from './article-cues.js';
import { REGIONS } from './engine/compile.js';
import { PHASE_PROGRAMME } from './programme-ref-words.js';
import { isContrastedBenchmark, isEnglishBareScore, PROGRAMME_NAME, RANKED, SCORE_STATEMENT } from './references.js';
import type { Mention } from './types.js';

/** The programmes named so far. */
export interface PolicyMemory {
  /** The last policy named. */
  last?: Mention;
  /** Sentences since the last one that named a policy by name (0: this one). */
  age: number;
  /** Sentences since the last one that named a policy or called it by a reference ("이 프로젝트"). */
  referredAge: number;
  /** Whether the last policy was named in someone's speech (a turn's "'소버린 AI'는 구호가 아니라 …"): an agenda spoken of, not one that takes teams. */
  lastSpoken?: boolean;
  /** The last policy named as a programme ("… 사업"): what a bare "사업" refers to. */
  lastProgramme?: Mention;
  /** The one programme the headline names: what "이번 사업" and an official's bare "사업" are about. */
  headlineProgramme?: Mention;
  /** The one programme the whole body names: whose round a lead's selection means before it is named ("cleared the second evaluation of the government's flagship project"). */
  bodyProgramme?: Mention;
  /** The last programme named right before one of its phases or rounds ("P 2단계에", "P 1차 평가에서"): what a bare "2단계 사업" is a phase of. */
  staged?: Mention;
  /** Every policy named by name. */
  named: Map<string, Mention>;
  /** Every policy named by name, those named only in contrast too ("Y를 잇는 사업"): what a later short form may stand for. */
  every: Map<string, Mention>;
  /** The policies named outside quoted speech: what an official's statement may be about. */
  topics: Map<string, Mention>;
}

/** The benchmarks named so far, per block kind ('body' or 'caption'). */
export interface BenchmarkMemory {
  last: Map<string, Mention>;
  /** The last benchmark named as a leaderboard: what a bare "리더보드" is. */
  board?: Mention;
  /** Sentences since the last one that named a single benchmark. */
  age: Map<string, number>;
  /** The benchmark a ranking was read on ("X가 74.8점으로 1위"): a later ranked score stays on it until another benchmark is named. */
  rankedOn: Map<string, string>;
  /** The benchmarks named so far (not by reference): one alone is the board a later ranking is on. */
  named: Map<string, Set<string>>;
}

/** An article's memory of programmes, knowing the one programme its body names (see bodyProgrammeOf). */
export function newPolicyMemory(bodyProgramme?: Mention): PolicyMemory {
  return { age: Infinity, referredAge: Infinity, named: new Map(), every: new Map(), topics: new Map(), bodyProgramme };
}

export function newBenchmarkMemory(): BenchmarkMemory {
  return { last: new Map(), age: new Map(), rankedOn: new Map(), named: new Map() };
}

/** The last policy, while it is recent (named in the last three sentences) or the only one named; else the one programme named beside funds. */
export function recentPolicy(memory: PolicyMemory): Mention | undefined {
  return memory.age <= 3 || memory.named.size === 1 ? memory.last : soleProgramme([...memory.named.values()]);
}

/**
 * The policy a team's outcome with no programme named may be about ("1차 평가에서는 A가 이끄는 팀이 탈락했다"): the last one,
 * while the sentences since call it by a reference ("이 프로젝트를 … 불러 왔다").
 */
export function referredPolicy(memory: PolicyMemory): Mention | undefined {
  return memory.referredAge <= 3 ? memory.last : undefined;
}

/** The policies an official's words may be about: those named outside quoted speech, or just the one programme named beside funds. */
export function officialTopics(memory: PolicyMemory): Mention[] {
  const topics = [...memory.topics.values()];
  const programme = topics.length > 1 ? soleProgramme(topics) : undefined;
  return programme ? [programme] : topics;
}

/** ("「X 개발사업」 … 「Y 펀드」를 조성한다" and, sentences on, "사업 전담기관으로서": a fund beside the programme leaves it the one programme) */
function soleProgramme(named: Mention[]): Mention | undefined {
  const programmes = named.filter((m) => PROGRAMME_SURFACE.test(m.surface));
  return programmes.length === 1 && named.every((m) => m === programmes[0] || FUND.test(m.surface)) ? programmes[0] : undefined;
}
const PROGRAMME_SURFACE = /(?:사업|프로젝트|프로그램)$/;
const FUND = /(?:펀드|기금)$/;

/** The programme "이번 사업" means: the headline's, else the last named. */
/** Right after a programme's name: one of its numbered phases or rounds. */
const PHASE_AFTER = /^['"’”」』]?\s?[1-9](?:단계|차)/;

/** The programme a sentence's bare phase ("2단계 사업에") belongs to: the last one named with its phases, where the sentence names a phase. */
export function phasedProgramme(memory: PolicyMemory, text: string): Mention | undefined {
  return memory.staged && PHASE_PROGRAMME.test(text) ? memory.staged : undefined;
}

/**
 * The programme the article is about now: the headline's, else the last one named as a programme. In English the bare word
 * agrees with the name ("who has overseen the project" after "… Project", then "… Pilot Program" named in passing: the project).
 */
export function currentProgramme(memory: PolicyMemory, text?: string): Mention | undefined {
  const current = memory.headlineProgramme ?? memory.lastProgramme;
  if (!text || !current) return current;
  // (so does a bare "프로젝트" after a "… 사업" named since: "'X 프로젝트' … 'Y 사업' … 프로젝트를 총괄하는 NAME 차관": X)
  if (KO_PROJECT_WORD.test(text) && !current.surface.endsWith('프로젝트')) return [...memory.named.values()].filter((m) => m.surface.endsWith('프로젝트')).at(-1) ?? current;
  if (!EN_PROJECT_WORD.test(text) || /\bProject$/.test(current.surface)) return current;
  return [...memory.named.values()].filter((m) => /^[A-Za-z]/.test(m.surface) && /\bProject$/.test(m.surface)).at(-1) ?? current;
}

/** "the project" in an English sentence. */
const EN_PROJECT_WORD = /(?<![A-Za-z])the\sproject(?![A-Za-z])/;
/** A bare "프로젝트" in a Korean sentence, no part of a name ("프로젝트를 총괄하는", "프로젝트는"). */
const KO_PROJECT_WORD = /(?<![가-힣A-Za-z0-9'"’”」』]\s?)프로젝트(?=은|는|을|를|에|의|가|이|\s(?:[1-9]차|최종))/;

/** The one programme the body sentences name, if they name just one (and no other policy). */
export function bodyProgrammeOf(sentences: Sentence[], mentions: Mention[][]): Mention | undefined {
  const named = sentences.flatMap((s, i) => (s.block === 'body' ? (mentions[i] ?? []).filter((m) => m.type === 'Policy' && m.via !== 'blocked' && m.via !== 'reference') : []));
  const only = named[0];
  return only && PROGRAMME_NAME.test(only.surface) && named.every((m) => m.key === only.key) ? only : undefined;
}

/** Whether the last benchmark of the block kind still holds for an unnamed score. */
export function benchmarkHolds(memory: BenchmarkMemory, blockKey: string): boolean {
  // (or the one benchmark the block has named at all: "X는 이번 주 1190점으로 14위에 그쳤다" far below a board's table)
  return (memory.age.get(blockKey) ?? Infinity) <= 3 || (memory.rankedOn.has(blockKey) && memory.rankedOn.get(blockKey) === memory.last.get(blockKey)?.key) || memory.named.get(blockKey)?.size === 1;
}

/** "선정 발표에서", "결과 발표 자리에서": a statement made where the programme's selection was announced. */
const SELECTION_BRIEFING = /(?:선정|결과)\s?발표(?:에서|\s자리에서|\s때)\s/;
/** A sentence that opens on a briefing with no other name ("설명회에서 ", "당시 설명회에서 ", "지난달 공모 설명회에서는 "). */
const BARE_BRIEFING_OPENING = /^(?:(?:당시|그|이|지난달|지난해|올해\s초|연초)\s)?(?:(?:공모|사업|온라인)\s?)?설명회(?:에서|에선|에서는|\s자리에서)\s/;
/** A regional head by title, the region first ("충북지사는", "부산시장이"). */
const REGIONAL_HEAD_TITLE = new RegExp(`(?<![가-힣])(${REGIONS})(?:특별자치|특별|광역)?(?:시장|도지사|지사)(?:은|는|이|가)\\s`);

/**
 * The programme an official speaks of though the article has named several: the one the sentence before named, where the
 * statement is made at that programme's briefing ("사업 설명회에서") or the official heads the region the programme is named
 * for ("충북도는 … '충북 X 지원사업' 대상으로 … 선정했다. 홍○○ 충북지사는 "…"").
 */
export function briefedProgramme(text: string, memory: PolicyMemory): Mention | undefined {
  if (!memory.last) return undefined;
  const regional = regionalOfficeProgramme(text, memory);
  if (regional) return regional;
  // (at the selection's announcement, the programme named or referred to in the sentence before: "이 사업의 … 선정했다. NAME 지사는 선정 발표에서 \"…\"")
  if (SELECTION_BRIEFING.test(text) && (memory.age === 0 || (memory.age === 1 && memory.referredAge === 0))) return memory.last;
  if (memory.age !== 0) return undefined;
  // (or a bare briefing the sentence opens on, right after the programme: "… X 사업에 참여했다. 설명회에서 NAME 본부장이 \"…\"")
  if (text.includes('설명회') && (/사업\s?설명회/.test(text) || BARE_BRIEFING_OPENING.test(text))) return memory.last;
  const head = text.includes('지사') || text.includes('시장') ? REGIONAL_HEAD_TITLE.exec(text) : null;
  return head && memory.last.surface.startsWith(head[1]!) ? memory.last : undefined;
}

/** A city's or province's official by office and title, the region first ("인천시 디지털정책과장은", "경남도 AI산업국장이"). */
const REGIONAL_OFFICIAL = new RegExp(`(?<![가-힣])(${REGIONS})(?:특별자치|특별|광역)?(?:시|도)\\s(?:[가-힣A-Za-z]{1,12}\\s)?[가-힣A-Za-z]{0,12}(?:실장|국장|과장|단장|본부장)(?:은|는|이|가)\\s`);

/**
 * The programme a region's official speaks of though the article names several (a national one beside the region's own): the
 * one programme the official's words may be about that is named for the official's region ("인천시는 '인천 X 지원사업' …
 * 아라는 'Y 바우처'에도 뽑혔다 … NAME 인천시 Z과장은 "…"고 밝혔다": the 인천 programme), however far back it was named.
 */
function regionalOfficeProgramme(text: string, memory: PolicyMemory): Mention | undefined {
  const office = text.includes('시 ') || text.includes('도 ') ? REGIONAL_OFFICIAL.exec(text) : null;
  if (!office || memory.topics.size < 2) return undefined;
  const own = [...memory.topics.values()].filter((m) => [m.surface, ...m.aliases].some((n) => new RegExp(`(?:^|\\s)${office[1]}(?:특별자치|특별|광역)?(?:시|도)?\\s`).test(`${n} `)));
  return own.length === 1 ? own[0] : undefined;
}

/** Notes the sentence's policies. */
export function notePolicies(memory: PolicyMemory, s: Sentence, mentions: Mention[]): void {
  // a programme named only in contrast ("'X 사업'과 별도로") is not the one the next sentences are about
  const policies = mentions.filter((m) => m.type === 'Policy' && !isContrasted(s.text, m));
  memory.age = policies.some((m) => m.via !== 'reference') ? 0 : memory.age + 1;
  memory.referredAge = policies.length > 0 ? 0 : memory.referredAge + 1;
  const topic = topicPolicy(s.text, policies);
  if (policies.length) memory.lastSpoken = isSpoken(s) && !PROGRAMME_NAME.test((topic ?? policies.at(-1))!.surface);
  memory.last = topic ?? policies.at(-1) ?? memory.last;
  // (the topic of a sentence naming several, "X 사업은 … Y 사업을 잇는 사업이다", is the programme a bare call means, not Y named after it)
  memory.lastProgramme = (topic && PROGRAMME_NAME.test(topic.surface) ? topic : undefined) ?? policies.filter((m) => PROGRAMME_NAME.test(m.surface)).at(-1) ?? memory.lastProgramme;
  if (s.block === 'title') memory.headlineProgramme = onlyProgramme(policies) ?? memory.headlineProgramme;
  // (a programme named by its full name keeps it over a later short form of it: "'X 프로젝트'" … "국가대표 AI 모델")
  for (const m of policies) if (m.via !== 'reference' && (PROGRAMME_NAME.test(m.surface) || !PROGRAMME_NAME.test(memory.named.get(m.key)?.surface ?? ''))) memory.named.set(m.key, m);
  for (const m of mentions) if (m.type === 'Policy' && m.via !== 'reference' && m.via !== 'blocked') memory.every.set(m.key, m);
  for (const m of policies) if (m.via !== 'reference' && PHASE_AFTER.test(s.text.slice(m.end, m.end + 8))) memory.staged = m;
  for (const m of policies) if (m.via !== 'reference' && !isSpokenSlogan(s.text, m)) addTopicPolicy(memory.topics, m);
}

/** A benchmark named as a leaderboard or an arena. */
const BOARD_NAME = /리더보드|아레나|Leaderboard|Arena/;

/** Notes the sentence's benchmarks under its block kind. */
export function noteBenchmarks(memory: BenchmarkMemory, s: Sentence, mentions: Mention[], blockKey: string): void {
  // (an older benchmark named only in contrast, with no score, "기존 KMMLU가 …", is not the one later scores are on)
  // (the board an overall score is on, "KMMLU 79.3점, 종합 0.812", is read from a reference: the test the sentence names stays the last one)
  const benches = mentions.filter((m) => m.type === 'Benchmark' && !isContrastedBenchmark(s.text, m));
  const kept = benches.some((m) => m.via !== 'reference') ? benches.filter((m) => m.via !== 'reference' || m.key !== memory.board?.key) : benches;
  const bench = kept.at(-1);
  // (a board named as an arena is one too: "한국어 추론 리더보드 'K-X 아레나'" … "같은 리더보드 5월 순위에서")
  memory.board = benches.filter((b) => b.via !== 'reference' && BOARD_NAME.test(b.surface)).at(-1) ?? memory.board;
  const single = bench !== undefined && new Set(kept.map((b) => b.key)).size === 1;
  for (const b of benches) if (b.via !== 'reference') memory.named.set(blockKey, (memory.named.get(blockKey) ?? new Set()).add(b.key));
  // an unnamed benchmark in the next sentence is this one only when this sentence named just one
  if (bench) memory.last.set(blockKey, { ...bench, via: single ? 'previous' : 'older' });
  if (bench && (!single || bench.key !== memory.rankedOn.get(blockKey))) memory.rankedOn.delete(blockKey);
  if (single && RANKED.test(s.text) && SCORE_STATEMENT.test(s.text)) memory.rankedOn.set(blockKey, bench.key);
  // a ranked list after the benchmark is named ("▲1위 X 78.2점 ▲2위 Y …" on lines of their own) keeps it while its lines give scores
  // and so does a sentence that announces the list ("비교 대상 모델의 점수는 다음과 같다.")
  // the cells of a table under a heading that names the benchmark ("순위", "1", "X 14B", "0.6883") keep it for the sentence after the table
  const cell = !bench && s.block === 'body' && TABLE_CELL.test(s.text);
  const last = memory.last.get(blockKey);
  // (and so does a maker's quoted comment on the score, "X 측은 \"…\"라고 설명했다": the next model's bare score is on the same test)
  if (!bench && !cell && last?.via === 'previous' && !(mentions.some((m) => m.type === 'Model') && (SCORE_STATEMENT.test(s.text) || isEnglishBareScore(s.text))) && !(mentions.length === 0 && (LIST_INTRO.test(s.text) || MADE_OF_NOTE.test(s.text))) && !isQuotedComment(s.text, mentions)) memory.last.set(blockKey, { ...last, via: 'older' });
  if (!cell) memory.age.set(blockKey, single ? 0 : (memory.age.get(blockKey) ?? Infinity) + 1);
}

/** A speaker's quoted words and the verb that reports them, the sentence's whole statement ("업체 관계자는 \"…\"라고 했다."). */
const QUOTED_COMMENT = /^[^"“”]{0,40}["“][^"“”]{4,120}["”](?:이?라고|고|며)\s(?:(?:덧붙여|거듭)\s)?(?:설명했|말했|했|밝혔|강조했|덧붙였|전했|답했|해명했)(?:다|습니다)\.?$/;

/** A remark on the score just given against the model's earlier one ("예전 점수(7.95점)와 거의 차이가 없다", "종전 기록보다 0.4점 올랐다"). */
const EARLIER_SCORE_REMARK = /^(?:(?:이는|이\s점수는|그\s점수는)\s)?(?:예전|이전|기존|종전|직전)\s(?:점수|기록|성적)(?:\s?\(\d{1,3}(?:\.\d{1,2})?점\))?(?:와|과|보다|에\s비해|대비)\s/;

/** Whether the sentence only reports a company's or a person's quoted comment, or remarks on the score against an earlier one, naming no model or benchmark. */
function isQuotedComment(text: string, mentions: Mention[]): boolean {
  if (!mentions.length && EARLIER_SCORE_REMARK.test(text)) return true;
  // (a named company or person speaks: "카카오 측은", "업스테이지 관계자는"; not the evaluator's unnamed voice, "센터는 \"…\"")
  return mentions.length > 0 && mentions.every((m) => m.type === 'Company' || m.type === 'Person') && !/\d(?:\.\d+)?\s?(?:점|%)/.test(text) && QUOTED_COMMENT.test(text);
}
