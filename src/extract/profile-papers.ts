/**
 * A researcher's profile page (a scholar index, a lab member page, a personal homepage) titled by the researcher's name
 * ("NAME - 학술검색", "NAME | Homepage"): the papers it shows speak as their authors, "본 논문은 … 모델 Y를 제안한다",
 * "우리는 … Y를 함께 공개한다". A model such a paper proposes or releases, with no maker named for it anywhere, is the
 * work of the company the page's researcher works for (the one employer the page gives them); and a programme the
 * paper's acknowledgement says supported it ("본 연구는 … 'P 사업'의 지원을 받았다") had that company take part, where the
 * acknowledgement names no company or names that one among those who did the work.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** The page's title: a Hangul name (perhaps with its Latin spelling), alone or with the site after a dash or a bar. */
const NAME_TITLE = /^([가-힣]{2,4})(?:\s[A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+){1,2})?(?:\s[-–—|·]\s\S|$)/;
/** The paper's voice as the sentence's subject: "본 논문은", "이 연구에서는", "우리는", "저자들은". */
const PAPER_VOICE = /^(?:(?:또한|또|이어|아울러|나아가|특히)\s)?(?:(?:본|이)\s(?:논문|연구|보고서)(?:은|는|에서는|에서)|(?:우리|저자들|저희|연구진)(?:는|은|가))\s/;
/** After the model: what the paper does with it, proposing or releasing it. */
const PROPOSED_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:을|를)\s(?:(?:함께|새로|새롭게|처음으로|최초로|추가로)\s)?(?:제안|소개|제시|공개|발표)(?:한다|합니다|하며|하고|했다|하였다|했습니다|하였으며|했으며)/;

/** After the programme: its support received ("'P 사업'의 지원을 받았다", "」 지원으로"). */
const FUNDED_AFTER = /^['"’”」』]?\s?(?:의\s)?(?:지원|후원)(?:을\s받아|을\s받았|으로\s|을\s받고|을\s받은|을\s받으며)/;

/** The company the page's researcher works for: the title's name, as a person with one employer. */
function researcherEmployer(acc: Acc, title: string | undefined): string | undefined {
  const name = title && NAME_TITLE.exec(title.trim())?.[1];
  if (!name) return undefined;
  const person = [...acc.entities.values()].find((e) => e.type === 'Person' && e.names[name] !== undefined);
  if (!person) return undefined;
  const employers = new Set([...acc.relations.values()].filter((r) => r.type === 'WORKS_FOR' && r.source === person.key).map((r) => r.target));
  return employers.size === 1 ? [...employers][0] : undefined;
}

/** Adds DEVELOPED from the researcher's employer to each model the page's papers propose or release, where no maker is known, and the programmes that funded them. */
export function addProfilePapers(acc: Acc, articleId: string, title: string | undefined, sentences: readonly (Sentence & { mentions: Mention[] })[]): void {
  const employer = researcherEmployer(acc, title);
  if (!employer) return;
  const made = new Set([...acc.relations.values()].filter((r) => r.type === 'DEVELOPED').map((r) => r.target));
  for (const s of sentences) {
    if (!PAPER_VOICE.test(s.text)) continue;
    const companies = s.mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked');
    if (companies.every((m) => m.key === employer) || companies.some((m) => m.key === employer && m.via !== 'reference'))
      for (const p of s.mentions) if (p.type === 'Policy' && p.via !== 'reference' && FUNDED_AFTER.test(s.text.slice(p.end, p.end + 14))) addRelation(acc, { relation: 'PARTICIPATES_IN', source: employer, target: p.key, properties: {} }, evidenceOf(articleId, s, 'participates.profile-paper-funding', 0.65));
    for (const m of s.mentions) {
      if (m.type !== 'Model' || m.via === 'reference' || made.has(m.key) || !PROPOSED_AFTER.test(s.text.slice(m.end, m.end + 40))) continue;
      addRelation(acc, { relation: 'DEVELOPED', source: employer, target: m.key, properties: {} }, evidenceOf(articleId, s, 'developed.profile-paper', 0.65));
      made.add(m.key);
    }
  }
}
