/**
 * An event transcript's role labels ("발표자(NAME X사 TITLE): …", later "발표자: …"; "질문자 2(NAME X사 TITLE): …"): a
 * keynote's or a panel's Q&A printed turn by turn. The asking side's turns are questions; the speaker's turns speak for
 * the speaker, whom the label's parentheses name once (with the company the name is followed by).
 */

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
