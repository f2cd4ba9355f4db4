/**
 * A paper's or a project's page: its author block numbers each author's affiliation ("NAME1, NAME1,† 1X AI 연구소
 * 2Y Labs"), and its prose speaks as "우리" ("우리는 … 모델 Z를 소개합니다", "우리의 기여는"). The first affiliation,
 * the lead and corresponding authors' lab, is who "we" are: the body is its voice, as a post's writer's company is.
 */
import type { Sentence } from '../parse/types.js';
import { AFFILIATIONS_OPENING, MARKED_AUTHORS_OPENING, readAffiliationLine, readMarkedAuthors } from './engine/discover-marked-authors.js';
import { markSpoken, type Narrator } from './quoted.js';
import type { Mention } from './types.js';

/** The author block is among the first lines of the page. */
const AUTHOR_BLOCK_WITHIN = 4;
/** The prose speaks as the authors: "우리는", "우리의", "우리가", "저희는". */
const WE = /(?:^|\s)(?:우리|저희)(?:는|의|가|도|\s연구진)(?=\s)/;
/** How many of the body's first sentences are looked at for "우리". */
const WE_WITHIN = 8;

/** The company of the first numbered affiliation, when the page's prose speaks as "우리"; the body marked as its voice. */
export function paperNarrator(sentences: Sentence[], mentions: Mention[][]): Narrator | undefined {
  let seen = 0;
  for (const [i, s] of sentences.entries()) {
    if (s.block === 'title') continue;
    if (++seen > AUTHOR_BLOCK_WITHIN) return undefined;
    const inline = MARKED_AUTHORS_OPENING.test(s.text) ? readMarkedAuthors(s.text)?.affiliations : undefined;
    const line = !inline && i > 0 && AFFILIATIONS_OPENING.test(s.text) && MARKED_AUTHORS_OPENING.test(sentences[i - 1]!.text) ? readAffiliationLine(s.text) : undefined;
    const first = (inline ?? line)?.[0];
    if (!first) continue;
    const company = mentions[i]?.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start >= first.start && m.end <= first.end);
    if (!company) return undefined;
    const body = sentences.slice(i + 1).filter((x) => x.block === 'body');
    if (!body.slice(0, WE_WITHIN).some((x) => WE.test(x.text))) return undefined;
    markSpoken(body);
    return { company, sentence: s, voice: true };
  }
  return undefined;
}
