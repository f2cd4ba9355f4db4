/**
 * Sino-Korean numerals as a speech recogniser writes them ("육십칠 점 삼", "삼백억", "이백 장") turned into
 * digits ("67.3", "300억", "200 장"), as a written article would print them. Only for speech transcribed
 * without punctuation (an auto-generated transcript): in written Korean these syllables are mostly words.
 * A word counts as a numeral only when every digit syllable is followed by a unit (십, 백, 천, 만, 억)
 * — "칠십일", "이천억" — so "오일", "삼일" (a date), "사이" stay words; a decimal is "<numeral> 점 <digit>".
 */

const DIGITS: Readonly<Record<string, number>> = { 영: 0, 공: 0, 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };
const SMALL_UNITS: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8 };

/** A run of numeral syllables at the start of a word, and the decimal "점 D" after it. */
const SPOKEN = /(?<![가-힣0-9])([영공일이삼사오육칠팔구십백천만억]{2,12})(?:\s?점\s?([영공일이삼사오육칠팔구]))?/g;

/**
 * The value of a Sino-Korean numeral ("육십칠" → 67, "삼백억" → 300억 as { value: 300, big: '억' }),
 * or undefined when the syllables are no well-formed numeral (two digits in a row, no unit at all).
 */
export function readSinoKorean(word: string): { value: number; big: string } | undefined {
  // a trailing 만/억 stays a written unit ("300억"), as articles print it
  const big = /[만억]$/.test(word) ? word.slice(-1) : '';
  const body = big ? word.slice(0, -1) : word;
  let total = 0;
  let group = 0;
  let digit: number | undefined;
  let units = 0;
  for (const ch of body) {
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      group += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = undefined;
      units++;
    } else if (ch in BIG_UNITS) {
      total += (group + (digit ?? 0) || 1) * BIG_UNITS[ch]!;
      group = 0;
      digit = undefined;
      units++;
    } else return undefined;
  }
  if (units === 0 && !big) return undefined;
  // a last digit only after 십 ("육십칠"): "만일", "천사", "백일" are words
  if (digit !== undefined && body.at(-2) !== '십') return undefined;
  const value = total + group + (digit ?? 0);
  return value > 0 ? { value, big } : undefined;
}

/** Spoken numerals in unpunctuated speech as digits; other text unchanged. */
export function writeSpokenNumbers(text: string): string {
  if (!/[십백천만억]/.test(text)) return text;
  return text.replace(SPOKEN, (whole: string, word: string, decimal: string | undefined, at: number) => {
    // (the numeral may run into a particle that is also a digit syllable: "칠십이 나왔다" is 72 or 70 + 이; read as written)
    // (a last 일 with no decimal is the day: "지난 이십일" is the 20th, but "오십일 점 정도" is 51 points)
    const points = /^\s?점(?![가-힣])/.test(text.slice(at + whole.length, at + whole.length + 3));
    const day = decimal === undefined && !points && word.length > 2 && word.endsWith('일');
    const n = readSinoKorean(day ? word.slice(0, -1) : word);
    if (!n) return whole;
    return `${n.value}${decimal !== undefined ? `.${DIGITS[decimal]}` : ''}${n.big}${day ? '일' : ''}`;
  });
}

/**
 * "칠십억 개", "삼백억 개의": in written text, a whole word of Sino-Korean numerals ending in 만 or 억 right before the
 * counter 개 is a count spelt out, written as digits ("70억 개"); "개발", "개선" after it are no counter.
 */
const SPELT_COUNT = /(?<![가-힣0-9])([영공일이삼사오육칠팔구십백천]{1,10}[만억])(?=\s?개(?:의|를|을|로|가|에|는|다|이다|입니다|\s|[,.)]|$))/g;

/** Counts spelt in Sino-Korean numerals before the counter 개, as digits; other text unchanged. */
export function writeSpeltCounts(text: string): string {
  if (!text.includes('개') || !/[만억]\s?개/.test(text)) return text;
  return text.replace(SPELT_COUNT, (whole: string, word: string) => {
    const n = readSinoKorean(word);
    return n ? `${n.value}${n.big}` : whole;
  });
}

/**
 * "칠십칠 점으로", "칠십일 점 사,": in written text, a word of Sino-Korean numerals (with a unit: "칠십", not "이") before
 * the counter 점 (a particle after it, no word: "오백 점포" is no score) is a score spelt out, maybe with its decimal digit
 * after the counter, written as digits ("77점", "71.4점"); a digit syllable that opens a word ("칠십 점 이상") is no decimal.
 */
const SPELT_SCORE = /(?<![가-힣0-9])([영공일이삼사오육칠팔구십백]{2,6})\s?점(?=[^가-힣]|$|으로|을|이|은|대|에|만|까지|과|와|도|의|보다|가량|남짓|씩|짜리)(?:\s([영공일이삼사오육칠팔구])(?![가-힣]))?/g;
/** "81.2점(81.2점)": a spelt score and the digits restating it in brackets. */
const RESTATED_SCORE = /(?<![0-9.])(\d{1,3}(?:\.\d)?)점\s?\(\1\s?점\)/g;

/** Scores spelt in Sino-Korean numerals before the counter 점, as digits (a restatement in brackets after it dropped). */
export function writeSpeltScores(text: string): string {
  if (!text.includes('점') || !/[십백][영공일이삼사오육칠팔구]?\s?점/.test(text)) return text;
  const written = text.replace(SPELT_SCORE, (whole: string, word: string, decimal: string | undefined) => {
    const n = readSinoKorean(word);
    return n && !n.big ? `${n.value}${decimal !== undefined ? `.${DIGITS[decimal]}` : ''}점` : whole;
  });
  return written.replace(RESTATED_SCORE, '$1점');
}
