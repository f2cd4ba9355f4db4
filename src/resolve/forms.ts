/** The normal form names are joined by across articles (used by resolution, its programme forms and the eval). */
import { normalizeName } from '../graph/index.js';

/** An English legal suffix after a company's name: "KT Corp.", "Arcline AI Inc.", "Hanbit Co., Ltd.". */
const LEGAL_SUFFIX = /(?<=\S),?\s(?:Corp\.?|Corporation|Co\.,?\s?Ltd\.?|Co\.|Inc\.?|Ltd\.?)$/;

/**
 * A name's normal form for joining across articles: normalizeName, "AI" spelt out in Hangul
 * read as the letters, since companies write their names both ways ("마루에이아이", "마루AI"), and
 * an English legal suffix left out ("KT Corp." is KT).
 */
export function resolutionForm(form: string): string {
  return normalizeName(form.replace(LEGAL_SUFFIX, '')).replace(/에이아이/g, 'ai');
}
