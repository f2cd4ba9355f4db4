/** Names of one model written in two scripts, told by the sound of their stems. */
import { consonantSkeleton, romanize } from './transliterate.js';

/** "Mirae-Coder-3B" and "미래코더 3B": stems (before the size `sized` reads) whose consonants agree (one's a prefix of the other's, three classes at least). */
export function sameStemSound(a: string, b: string, sized: RegExp): boolean {
  const sound = (n: string) => {
    const stem = (sized.exec(n)?.[1] ?? n).replace(/[\s\-]/g, '');
    return /^[A-Za-z]+$/.test(stem) ? consonantSkeleton(stem) : /^[가-힣]+$/.test(stem) ? consonantSkeleton(romanize(stem)) : '';
  };
  const [x, y] = [sound(a), sound(b)];
  return Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x));
}
