/** A thread saved as text: the profile line's name is the author where the same handle heads two posts or more. */
import { describe, expect, it } from 'vitest';
import { socialThreadAuthor } from '../../src/parse/social-thread.js';

const rows: { name: string; lines: string[]; author: string | undefined }[] = [
  { name: 'profile line with a Latin name, two posts', lines: ['김하람 Haram Kim @haram_ml', '소개', '[1] 김하람 Haram Kim @haram_ml · 오전 9:02', '본문', '[2] 김하람 Haram Kim @haram_ml · 오전 9:04', '본문'], author: '김하람' },
  { name: 'profile line without a Latin name', lines: ['서지율 @jiyul', '[1] 서지율 @jiyul · 1시간', '가', '[2] 서지율 @jiyul · 1시간', '나'], author: '서지율' },
  { name: 'one post only: no thread', lines: ['김하람 Haram Kim @haram_ml', '[1] 김하람 Haram Kim @haram_ml · 오전 9:02', '본문'], author: undefined },
  { name: 'a handle in a story line is no profile line', lines: ['기사 제목', '트위터 @news_desk 에서 보기', '본문'], author: undefined },
];

describe('socialThreadAuthor', () => {
  it.each(rows)('$name', ({ lines, author }) => expect(socialThreadAuthor(lines, 0)).toBe(author));
});
