/**
 * A company named after its kind and the copula, with its Latin name in parentheses: "한인 은행인 뱅크오브호프(Bank of
 * Hope)는", "물류 스타트업인 로지코(Logiko)가". The Hangul name has no company suffix; the kind word before it and a
 * Latin gloss that spells the same consonants make it a company.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { consonantSkeleton, romanize } from '../transliterate.js';
import { companyWithCountry } from './company-countries.js';
import { isTaken, type DiscoveryLexicon } from './discover-common.js';

/** Kind word and copula, the Hangul name, its Latin gloss (capitalised words, small joining words allowed), then a particle. */
const APPOSED_GLOSSED = /(?<=(?:스타트업|기업|업체|회사|은행|증권사|보험사|개발사|통신사|제조사)인\s)([가-힣]{2,12})\(([A-Z][A-Za-z0-9&.]*(?:\s(?:of|and|&|[A-Z][A-Za-z0-9&.]*)){0,3})\)(?=(?:은|는|이|가|의|도|와|과|를|을)\s)/g;

/**
 * A Hangul name with its Latin name and legal form in parentheses: "누리보 (Nuribo Inc.)", "가온랩(Gaon Lab Co., Ltd.)" (a
 * mail's signature, a release's boilerplate). The legal form makes the Latin name a company's, and a Hangul name spelling its
 * consonants is that company's Korean name.
 */
const LEGAL_GLOSSED = /(?<![가-힣])([가-힣]{2,12})\s?\(([A-Z][A-Za-z0-9&]{1,20}(?:\s[A-Z][A-Za-z0-9&]{1,20}){0,2}),?\s(?:Inc\.|Corp\.|Co\.,?\s?Ltd\.|Ltd\.|Corporation|LLC)\)/g;

/**
 * Whether two consonant skeletons spell the same name, one consonant apart at most (a soft g written 지, "Logiko" /
 * 로지코; a z written ㅈ, "Sunrise" / 선라이즈), both opening on the same consonant.
 */
export function nearSkeletons(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2 || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // one substitution, or one consonant more on either side, then the rest equal
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/**
 * A line that is only a Hangul name and its Latin spelling in parentheses: "솔브릿지 (SolBridge)", "누리웍스 (Nuri Works)" (a
 * directory's card title, a partner list's heading). One Latin word, or two capitalised ones, spelling the same consonants;
 * a name of three syllables or fewer with a two-word gloss may be a person's ("김하늘 (Kim Haneul)") and is left.
 */
const GLOSSED_LINE = /^([가-힣]{3,10})\s?\(([A-Z][A-Za-z0-9]{2,20}(?:\s[A-Z][A-Za-z0-9]{1,15})?)(?:,\s?([가-힣]{2,6}))?\)(?:\s(?:한국|미국|중국|일본|프랑스|영국|독일|캐나다|대만|싱가포르|베트남))?$/;

/**
 * "마루지능 (Maru Intelligence, 마루)": a name half spelt, half translated (마루 for Maru, 지능 for Intelligence), glossed with
 * its Latin name and the short name it goes by, which opens the Hangul name and spells the Latin name's first word.
 */
function shortNameSpells(name: string, latin: string, short: string | undefined): boolean {
  if (!short || !name.startsWith(short) || short === name) return false;
  return nearSkeletons(consonantSkeleton(romanize(short)), consonantSkeleton(latin.split(' ')[0]!));
}

/** Companies named after their kind with a Latin gloss of the same sounds. */
export function discoverApposedGlossed(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  // (a ranking's entry may end its heading with the country: "솔브릿지 (SolBridge) 한국")
  const line = text.length <= 48 && text.includes(')') ? GLOSSED_LINE.exec(text) : null;
  if (line && !(line[1]!.length <= 3 && line[2]!.includes(' ')) && (nearSkeletons(consonantSkeleton(romanize(line[1]!)), consonantSkeleton(line[2]!)) || shortNameSpells(line[1]!, line[2]!, line[3])) && !lx.generic.has(normalizeName(line[1]!)) && !isTaken(taken, out, 0, line[1]!.length)) {
    const mention = companyWithCountry(text, line[1]!, 0, lx);
    mention.aliases.push(line[2]!, ...(line[3] ? [line[3]] : []));
    out.push(mention);
  }
  // (Hangul before its Latin name and legal form in parentheses: the company, its Latin name no alias of its own)
  if (text.includes('(') && /\s(?:Inc|Corp|Co|Ltd|Corporation|LLC)\b/.test(text)) addSoundGlossed(text, LEGAL_GLOSSED, taken, lx, out, false);
  if (text.includes(')의 ')) addSoundGlossed(text, NAMESAKE_GLOSSED, taken, lx, out, true);
  if (text.includes('인 ')) addSoundGlossed(text, APPOSED_GLOSSED, taken, lx, out, true);
  return out;
}

/** Each match of `re` whose Hangul name (group 1) and Latin gloss (group 2) have the same sounds is a company (the gloss its alias with `aliased`). */
function addSoundGlossed(text: string, re: RegExp, taken: Mention[], lx: DiscoveryLexicon, out: Mention[], aliased: boolean): void {
  for (const m of text.matchAll(re)) {
    const [name, latin] = [m[1]!, m[2]!];
    if (!nearSkeletons(consonantSkeleton(romanize(name)), consonantSkeleton(latin)) || lx.generic.has(normalizeName(name))) continue;
    if (isTaken(taken, out, m.index, m.index + name.length)) continue;
    const mention = companyWithCountry(text, name, m.index, lx);
    if (aliased) mention.aliases.push(latin);
    out.push(mention);
  }
}

/**
 * "브리사(Brisa)의 Brisa-Coder 7B": a Hangul name glossed with its Latin spelling, owning a model named after that spelling
 * (a review's section heading, a roundup's line). The same sounds and the namesake model make it the model's company.
 */
const NAMESAKE_GLOSSED = /(?<![가-힣])([가-힣]{2,8})\(([A-Z][A-Za-z0-9]{2,20})\)의\s['"‘“]?\2[-\s][A-Za-z0-9]/g;
