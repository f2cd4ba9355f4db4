/** Types shared by the extraction engine: gazetteer entries, mentions, facts, rule sets. */
import type { ArticleRecord, EdgeType, Evidence, NodeType, PropertyValue } from '../graph/index.js';

/** A gazetteer row (companies, models, benchmarks, policies, persons, non-entities). */
export interface GazetteerEntry {
  /** Stable id, unique within its file. */
  id: string;
  /** 'Company' … 'Person', or 'None' for non-entities (press, generic words, places). */
  type: NodeType | 'None';
  names: string[];
  country?: string;
  /** Companies: company, group, lab, startup, subsidiary, or branch (a foreign firm's local arm: 구글코리아). */
  kind?: string;
  parent?: string;
  /** Companies: id of their main model family (Alibaba → qwen). */
  mainFamily?: string;
  /** Models: developer company id and parent family id. */
  developer?: string;
  family?: string;
  /** Names that only count when a version or size follows ("믿음" alone is a common word). */
  versionOnly?: string[];
  /** Matched only when the text spells a name exactly (case and punctuation). */
  strict?: boolean;
  role?: string;
  /** The data file and line the entry came from. */
  origin: string;
}

/** One pattern row of patterns.jsonl, compiled. */
export interface CompiledPattern {
  id: string;
  /** The type char of the token a match starts at (undefined: try every token). */
  startType?: string;
  relation: EdgeType;
  confidence: number;
  regex: RegExp;
  /** Slot names in the regex and the mention type each holds. */
  slots: { name: string; type: string; group: boolean }[];
  /** Entity types that must occur in the sentence for the pattern to be tried. */
  needs: string[];
  requires?: RegExp;
  veto?: RegExp;
  /** The rule vetoes hedges: a sentence that ends in a conjecture ("…할 것으로 점쳐진다") gives it nothing. */
  hedged?: boolean;
  dispute?: RegExp;
  /** WORKS_FOR rules: a title that is a public office (lexicon publicOfficeTitle) gives no edge. */
  titleVeto?: RegExp;
  /**
   * Cues that, right after the match, make it a reported claim ("…을 기반으로 했다는 의혹"): the
   * negation that follows is the claim's denial, read as a dispute, not a veto.
   */
  claim?: RegExp;
  /** With a claim: cues after it that confirm it ("사실로 확인됐다"), so the claimed fact is stated after all. */
  confirm?: RegExp;
  /** Characters after the match that veto/dispute cues are looked for in. */
  windowAfter: number;
  /** 'all' relates every pair of the `all` slot's members (undirected relations). */
  pairwise?: boolean;
  /** 'source' ('target'): the source (target) is the model in focus (from the previous sentences). */
  focus?: 'source' | 'target';
  spread?: 'target';
  reads?: PatternReading;
}

/**
 * What a rule's match says beyond its edge: 'own-model', the target is the source company's own model ("X는 … 자체 모델
 * 'Y'를", "Z와 'Y'를 함께 개발하고 있다"), which the sentences after it are about; 'likened-source', the source is a model
 * the sentence likens its own to ("X와 마찬가지로 Y를 바탕으로"), not the one model the sentence is about.
 */
export type PatternReading = 'own-model' | 'likened-source';

export interface Lexicon {
  /** Variant form (lower-cased) → canonical key: "라이트" → "lite". */
  variants: Map<string, string>;
  variantForms: string[];
  /** Hangul spellings of the loanwords benchmark and model names are made of, longest first: ["에이전트", "agent"]. */
  loanwords: [string, string][];
  titles: string[];
  modelNouns: string[];
  benchmarkNouns: string[];
  notModelNouns: string[];
  /** Foreign given names as Korean news writes them ("젠슨", "루카스"): with the next word, a person. */
  givenNames: string[];
  /** Heads of universities and institutes ("총장"): they name a person, never an employer that is a company. */
  academicTitles: string[];
  /** Words that, after a model line's name, name one of its variants and alone point back to it ("미니", "Lite"): see variant-words.ts. */
  variantWords: string[];
  /** The variant words that name a model alone even where the article never names its stem ("미니"; not "프로"). */
  variantWordsAlone: string[];
  /** Variant forms read only right after a size ("12B IT", a checkpoint's instruction-tuned build): alone after a name they are ordinary words ("X IT 서비스"). */
  variantsAfterSize: string[];
  /** Government officials' titles ("장관", "차관보"): the {OFFICIAL} pattern macro and references.ts read them. */
  officialTitles: string[];
  /** Titles of a public office (minister, lawmaker, agency head): whoever holds one holds no post at a company. */
  publicOfficeTitles: string[];
  /** Public agencies that run programmes ("정보통신산업진흥원", "NIPA"): a post there ("NIPA 인공지능산업본부장") is an official's, for {OFFICIAL}. */
  publicAgencies: string[];
  /** Titles read only right after a surname ("홍 연구원은"; alone, "연구원" names an institute). */
  surnameTitles: string[];
  /** Roles that label a speaker's turn in minutes and hearings beside the titles ("○위원장 NAME", "○NAME 위원", "○참고인 NAME"): see discover-speakers.ts. */
  speakerRoles: string[];
  /** Cue lists by name (negation, hedge, releaseVerb, openSource, country:US …). */
  cues: Map<string, string[]>;
}

/** Everything the extractor needs, loaded from the data files. */
export interface RuleSet {
  entries: GazetteerEntry[];
  byKey: Map<string, GazetteerEntry>;
  patterns: CompiledPattern[];
  lexicon: Lexicon;
  /** Precompiled matchers built from the above (see engine/). */
  compiled: unknown;
  /** The clause pass's roles, predicates and frames (clauses/data.ts), from clauses.jsonl. */
  clauses?: unknown;
}

/** A mention of an entity in one sentence. Offsets are relative to the sentence. */
export interface Mention {
  type: NodeType;
  /** Entity key: 'company:skt', 'model:ax-4-0-lite', 'model:익시젠', 'person:신동훈' … */
  key: string;
  /** The name as written, cleaned of particles, footnote digits and parenthesised aliases. */
  surface: string;
  aliases: string[];
  start: number;
  end: number;
  /** 'gazetteer' | 'version' | 'discovered' | 'anonymous'. */
  via: string;
  /** Models: family node key and the developer company key the gazetteer gives. */
  family?: string;
  developer?: string;
  /** Anonymous models ("알리바바의 오픈소스 LLM"): the owning company key. */
  anonymousOf?: string;
  /** "ENT-11" of "코난 LLM ENT-11": a version the article may use alone for the same model. */
  versionToken?: string;
  /** "엑사원 4.0 32B": the key of the same name without its size ("엑사원 4.0"). */
  bareKey?: string;
  /** "양사가": a reference to two companies; this is the second one's mention (the reference itself stands for the first). */
  alsoFor?: Mention;
  /** Properties the mention itself shows (size in a name, country of a discovered company). */
  properties?: Record<string, PropertyValue>;
}

/** Where a fact was read, and the page block (paragraph, caption…) the sentence came from. */
export interface FactEvidence extends Evidence {
  block: string;
}

/** An entity seen in one article, before resolution across articles. */
export interface EntityDraft {
  key: string;
  type: NodeType;
  /** Surface form → number of mentions. */
  names: Record<string, number>;
  aliases: string[];
  properties: Record<string, PropertyValue>;
  /** Gazetteer names to keep as aliases for lookups. */
  knownNames: string[];
  /** Discovered entities have no gazetteer id; their key is a normalised name. */
  discovered: boolean;
}

/** A relation read in one article. */
export interface RelationDraft {
  type: EdgeType;
  source: string;
  target: string;
  properties: Record<string, PropertyValue>;
  evidence: FactEvidence[];
}

/** What extraction makes of one article: plain data (crosses worker threads). */
export interface ArticleFacts {
  article: ArticleRecord;
  entities: EntityDraft[];
  relations: RelationDraft[];
}
