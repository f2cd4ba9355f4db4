/**
 * An event transcript's role labels ("발표자(NAME X사 TITLE): …", later "발표자: …"; "질문자 2(NAME X사 TITLE): …"): a
 * keynote's or a panel's Q&A printed turn by turn. The asking side's turns are questions; the speaker's turns speak for
 * the speaker, whom the label's parentheses name once (with the company the name is followed by).
 */
import type { Sentence } from '../parse/types.js';
import { isKoreanName } from './engine/person-names.js';

/** A role label, maybe numbered, maybe with the speaker in parentheses, then a colon. */
const ROLE_TURN = /^(?:(질문자|청중|객석|방청객)|(발표자|연사|강연자|답변자|발제자))\s?\d{0,2}\s?(?:\(([^()]{2,40})\))?\s?[:：]\s?(?=\S)/;
/** The parentheses' speaker: a Hangul name, then the company and post ("변지율 카카오 AI통합리더"), or "NAME, X사 TITLE". */
const NAMED = /^([가-힣]{2,4}),?\s(\S.*)$/;

/**
 * A Q&A tool's export (Slido and the like): each answer opens on its status tag, then the one answering, name and post
 * ("[ANSWERED] NAME 대표: …", "[답변완료] NAME CTO: …"); the answerer speaks for the company the page places them at.
 */
const STATUS_TURN = /^[[(](?:ANSWERED|Answered|answered|답변|답변\s?완료|답변됨)[\])]\s?([가-힣]{2,4})\s([가-힣A-Za-z]{1,10})\s?[:：]\s?(?=\S)/;

export interface RoleTurn {
  /** The asking side's turn. */
  question: boolean;
  /** The speaker's name and the affiliation after it, from this label or an earlier one of the same role. */
  name?: string;
  affiliation?: string;
  /** Where the turn's own words start: after a bare label (a label that names its speaker is kept, to be read as a byline). */
  cut: number;
}

/** The role turn a paragraph's first sentence opens, with the speakers the labels named so far (by role). */
export function roleTurnOf(text: string, named: Map<string, { name: string; affiliation: string }>): RoleTurn | undefined {
  const bare = BARE_NAME_TURN.exec(text);
  if (bare && named.has(`${BARE}${bare[1]}`)) return { question: false, name: bare[1]!, cut: 0 }; // (the name kept, the speaker's mention)
  if (!text.includes(':') && !text.includes('：')) return undefined;
  const status = STATUS_TURN.exec(text);
  if (status) return { question: false, name: status[1]!, cut: status[0].length };
  const r = ROLE_TURN.exec(text);
  if (!r) return undefined;
  if (r[1]) return { question: true, cut: r[3] ? 0 : r[0].length };
  const n = r[3] ? NAMED.exec(r[3].trim()) : null;
  if (n && !named.has(r[2]!)) named.set(r[2]!, { name: n[1]!, affiliation: n[2]! });
  return { question: false, ...named.get(r[2]!), cut: r[3] ? 0 : r[0].length };
}

/** The key a bare-name speaker is noted under among the roles (no role label is spelled so). */
const BARE = '\u0000bare:';
/** A paragraph opening on a bare name, then the speaker's words ("NAME 기대 이상입니다."). */
/** (not a name and its title, "NAME 팀장 …": a caption's or an answer label's, read as such elsewhere) */
const BARE_NAME_TURN = /^([가-힣]{2,4})\s(?=[^\s.,])(?!(?:[가-힣A-Za-z]{0,8}(?:(?:팀|파트|실|본부|센터|부|소|원|단|국|과|랩|그룹|부문)장|책임|매니저|연구원|리더)|(?:공동\s?|각자\s?)?(?:대표|이사|상무|전무|부사장|사장|회장|위원|교수|박사|기자)|C[A-Z]{1,2}O)(?:님)?(?:[\s,(]|$))/;
/** A spoken sentence's ending: the polite style of an answer ("…입니다.", "…했죠.", "…거든요."). */
const SPOKEN_END = /(?:니다|니까|[요죠])[.?!]?["”’]?$/;
/** How many paragraphs each of at least two speakers must open for the page to be a dialogue of bare-name turns. */
const MIN_TURNS = 2;

/**
 * A print dialogue's (대담's) answers opened by the speaker's bare name, once bold ("NAME 기대 이상입니다. …"): names that open
 * two paragraphs or more in the spoken style, at least two such speakers, each named elsewhere on the page too (a subtitle's
 * "NAME X부 TITLE × NAME Y사 TITLE"), noted as roles for roleTurnOf.
 */
export function bareNameRoles(sentences: Sentence[], text: string): Map<string, { name: string; affiliation: string }> {
  const roles = new Map<string, { name: string; affiliation: string }>();
  const opened = new Map<string, number>();
  for (const [i, s] of sentences.entries()) {
    const prev = sentences[i - 1];
    if (prev && !text.slice(prev.end, s.start).includes('\n')) continue;
    const n = BARE_NAME_TURN.exec(s.text)?.[1];
    if (n && isKoreanName(n) && SPOKEN_END.test(s.text)) opened.set(n, (opened.get(n) ?? 0) + 1);
  }
  const speakers = [...opened].filter(([n, k]) => k >= MIN_TURNS && sentences.some((s) => s.text.includes(`${n} `) && !(s.text.startsWith(n) && SPOKEN_END.test(s.text))));
  if (speakers.length >= 2) for (const [n] of speakers) roles.set(`${BARE}${n}`, { name: n, affiliation: '' });
  return roles;
}
