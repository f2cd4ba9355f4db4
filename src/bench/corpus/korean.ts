/** Korean particles chosen by the final sound of the word they follow (받침). */

const DIGIT_BATCHIM: Record<string, boolean> = {
  '0': true, // 영
  '1': true, // 일
  '2': false, // 이
  '3': true, // 삼
  '4': false, // 사
  '5': false, // 오
  '6': true, // 육
  '7': true, // 칠
  '8': true, // 팔
  '9': false, // 구
};

/** Latin letters read with a final consonant when they end a word (엘, 엠, 엔, 알…). */
const LATIN_BATCHIM_LETTER = new Set(['l', 'm', 'n', 'r']);
/** Word endings read with a final consonant (…랩 "lab", …북 "book", …ck 크 no). */
const LATIN_BATCHIM_ENDINGS = ['ab', 'ob', 'up', 'ap', 'ing', 'ong', 'ang', 'om', 'um', 'on', 'en', 'an', 'in', 'un', 'el', 'al', 'il', 'ol', 'ul'];

/** True when the word's last sound has a final consonant, as a Korean reader would say it. */
export function hasBatchim(word: string): boolean {
  const s = spokenForm(word);
  const last = s.at(-1);
  if (!last) return false;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (last in DIGIT_BATCHIM) return DIGIT_BATCHIM[last] as boolean;
  const lower = s.toLowerCase();
  if (/[A-Z]$/.test(s) && !/[a-z]/.test(s.slice(-2))) return LATIN_BATCHIM_LETTER.has(last.toLowerCase());
  return LATIN_BATCHIM_ENDINGS.some((e) => lower.endsWith(e));
}

/** The word as it is read before a particle: closing quotes and a trailing "(English)" dropped. */
function spokenForm(word: string): string {
  return word
    .replace(/[\s'"‘’“”「」『』]+$/u, '')
    .replace(/\s?\([^()]*\)$/u, '')
    .replace(/[\s'"‘’“”「」『』]+$/u, '');
}

/** True when the final consonant is ㄹ (for 로/으로). */
function endsWithRieul(word: string): boolean {
  const last = spokenForm(word).at(-1);
  if (!last) return false;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 === 8;
  return /[178l]$/i.test(last);
}

export type Particle = '은' | '는' | '이' | '가' | '을' | '를' | '와' | '과' | '로' | '으로' | '이다' | '다' | '의' | '에' | '도' | '에서';

/** Word + the right form of a particle: josa('KT', '는') → 'KT는'; josa('엑사원', '가') → '엑사원이'. */
export function josa(word: string, particle: Particle): string {
  const b = hasBatchim(word);
  switch (particle) {
    case '은':
    case '는':
      return word + (b ? '은' : '는');
    case '이':
    case '가':
      return word + (b ? '이' : '가');
    case '을':
    case '를':
      return word + (b ? '을' : '를');
    case '와':
    case '과':
      return word + (b ? '과' : '와');
    case '로':
    case '으로':
      return word + (b && !endsWithRieul(word) ? '으로' : '로');
    case '이다':
    case '다':
      return word + (b ? '이다' : '다');
    default:
      return word + particle;
  }
}
