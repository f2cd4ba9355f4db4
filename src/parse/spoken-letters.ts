/**
 * Latin letters and English number words as a Korean speech recogniser writes them ("케이엠엠엘유" for KMMLU,
 * "엘엠 쓰리" for LM 3, "삼십이 비" — after writeSpokenNumbers "32 비" — for 32B) turned back into the
 * written forms an article prints. Only for speech transcribed without punctuation (auto-generated captions):
 * a word is read as letters only when the whole of it, but for a trailing particle, spells two letters or
 * more, one of them a letter name no Korean word is made of ("엘", "엠", "케이", "티" …), so "이유", "오이"
 * and "비디오" stay words.
 */

/** Letter names, the longer spellings of a letter first. */
const LETTERS: readonly (readonly [string, string])[] = [
  ['더블유', 'W'], ['에이치', 'H'], ['에이', 'A'], ['에프', 'F'], ['에스', 'S'], ['엑스', 'X'], ['에쓰', 'S'], ['엘', 'L'], ['엠', 'M'], ['엔', 'N'],
  ['케이', 'K'], ['제이', 'J'], ['제트', 'Z'], ['브이', 'V'], ['와이', 'Y'], ['아이', 'I'], ['큐', 'Q'], ['알', 'R'], ['티', 'T'], ['피', 'P'],
  ['씨', 'C'], ['시', 'C'], ['비', 'B'], ['디', 'D'], ['지', 'G'], ['쥐', 'G'], ['이', 'E'], ['오', 'O'], ['유', 'U'],
];
/** Letter names that are no syllable of a common Korean word made only of letter names. */
const DISTINCTIVE = new Set(['더블유', '에이치', '에이', '에프', '에스', '엑스', '에쓰', '엘', '엠', '엔', '케이', '제이', '제트', '브이', '와이', '큐', '알', '티', '피', '씨']);
/** Particles and the honorific a spelled word may carry ("씨티오님을", "케이티랑"). */
const PARTICLE = /^(?:님(?:이|은|을|께서?|의)?|는|은|를|을|의|가|이|도|로|와|과|랑|이랑|에서|에|에게|하고|까지|부터|만)?$/;
/** English number words after a name ("엘엠 쓰리", "큐웬 투의"), with a particle. */
const NUMBER_WORDS: Readonly<Record<string, string>> = { 제로: '0', 원: '1', 투: '2', 쓰리: '3', 포: '4', 파이브: '5', 식스: '6', 세븐: '7', 에잇: '8', 나인: '9', 텐: '10' };
const NUMBER_WORD = /^(제로|원|투|쓰리|포|파이브|식스|세븐|에잇|나인|텐)(는|은|를|을|의|가|이|도|로|와|과|랑|에서|에)?$/;

/** The letters `syllables` spells (every letter name found, one distinctive), or undefined. */
function spellLetters(syllables: string): string | undefined {
  const read = (rest: string, distinct: boolean, out: string): string | undefined => {
    if (rest === '') return distinct && out.length >= 2 ? out : undefined;
    for (const [name, letter] of LETTERS) {
      if (!rest.startsWith(name)) continue;
      const r = read(rest.slice(name.length), distinct || DISTINCTIVE.has(name), out + letter);
      if (r) return r;
    }
    return undefined;
  };
  return read(syllables, false, '');
}

/** A Hangul word spelled in letter names, its particle kept ("씨티오님을" → "CTO님을"); undefined when it is none. */
function readLetterWord(word: string): string | undefined {
  if (!/^[가-힣]{2,12}$/.test(word)) return undefined;
  for (let k = word.length; k >= 2; k--) {
    if (!PARTICLE.test(word.slice(k))) continue;
    const letters = spellLetters(word.slice(0, k));
    if (letters) return letters + word.slice(k);
  }
  return undefined;
}

/** Spoken letters, number words after a name and a size's "비" after digits, written as an article would. */
export function writeSpokenLetters(text: string): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (const w of words) {
    const prev = out.at(-1) ?? '';
    const num = NUMBER_WORD.exec(w);
    // ("천 원" is money: "원" is 1 only after a Latin name, the other number words after any word but a numeral)
    if (num && prev !== '' && (/[A-Za-z]$/.test(prev) || (num[1] !== '원' && !/[0-9십백천만억]$/.test(prev)))) {
      out.push(NUMBER_WORDS[num[1]!]! + (num[2] ?? ''));
      continue;
    }
    // a size: "32 비를" → "32B를"
    const size = /^비(를|는|가|도|의|로)?$/.exec(w);
    if (size && /^\d+(?:\.\d+)?$/.test(prev)) {
      out[out.length - 1] = `${prev}B${size[1] ?? ''}`;
      continue;
    }
    out.push(readLetterWord(w) ?? w);
  }
  return out.join(' ');
}
