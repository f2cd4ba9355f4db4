/**
 * Rows for the word lists two readers now share (session 54's review): a writer's move opened by 제가 or 필자는 as
 * much as by 저는 or "부터는", and universities, schools and hospitals — Korean or English — that are no company in an
 * affiliation line or an author cell. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a farewell letter whose move opens on 제가: the company is found and the writer works there in the post
  {
    cat: 'writer-move.next-workplace',
    text: "안녕하세요, 플랫폼팀 남궁별입니다.\n\n그동안 감사했습니다. 이번에 제가 환솔테크에서 추론 엔지니어로 일하게 됐습니다.\n\n남궁별 드림",
    expect: ['WORKS_FOR 남궁별 -> 환솔테크'],
    edgeProps: ['WORKS_FOR 남궁별 -> 환솔테크 title=추론 엔지니어'],
  },
  // (someone else's move, told with their own subject, is still not the writer's)
  {
    cat: 'writer-move.next-workplace',
    text: "안녕하세요, 플랫폼팀 남궁별입니다.\n\n그동안 감사했습니다. 실장님이 3월부터 환솔테크에서 고문으로 일하게 됩니다.\n\n남궁별 드림",
    absent: ['WORKS_FOR 남궁별 -> 환솔테크'],
  },
  // a numbered affiliation that is a university's or a hospital's lab, by its Hangul short name or in English: no company
  { cat: 'affiliation school', text: '한별찬1, 주하람2\n\n1포스텍 인공지능 연구소 2Brightwave Labs', expect: ['WORKS_FOR 주하람 -> Brightwave Labs'], absent: ['WORKS_FOR 한별찬 -> 포스텍 인공지능 연구소'], noNodes: ['Company:포스텍 인공지능 연구소', 'Company:포스텍'] },
  { cat: 'affiliation school', text: '한별찬1, 주하람2\n\n1Riverside Hospital AI Research 2Brightwave Labs', expect: ['WORKS_FOR 주하람 -> Brightwave Labs'], noNodes: ['Company:Riverside Hospital AI Research'] },
];

describe('shared word lists (review54)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
