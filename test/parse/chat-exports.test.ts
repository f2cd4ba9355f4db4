/** A messenger's group chat exported as text: one paragraph per speaker's turn, time stamps and system lines gone. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { expectOffsetsHold, textsOf } from './helpers.js';

const MOBILE = `누리랩 연구팀 님과 카카오톡 대화
저장한 날짜 : 2025. 11. 7. 오후 8:15


2025년 11월 7일 금요일
2025. 11. 7. 오전 10:02, 한가람 : 새 체크포인트 올렸어요
2025. 11. 7. 오전 10:03, 한가람 : 사진
2025. 11. 7. 오전 10:03, 한가람 : 평가는 오후에 돌릴게요
2025. 11. 7. 오전 10:05, 윤소리 : 확인했습니다. 내일 회의에서 봐요
2025. 11. 7. 오전 10:06, 윤소리 : https://example.com/notes
`;

const PC = `스터디방 님과 카카오톡 대화
저장한 날짜 : 2025-11-08 09:00:00

--------------- 2025년 11월 7일 금요일 ---------------
[별빛] [오후 1:02] 오늘 기사 공유합니다
[별빛] [오후 1:03] 다들 읽어보세요
[구름] [오후 1:10] 이모티콘
[구름] [오후 1:11] 좋네요
이어지는 줄입니다
`;

describe('a chat export saved as text', () => {
  it('reads a mobile export: a turn a paragraph, the speaker kept, time stamps, photos and links gone, a message ending on a final ending closed by a stop', () => {
    const a = parseArticle(MOBILE, { source: 'chat.txt' });
    expect(a.meta.layout).toBe('chat');
    expect(a.meta.title).toBe('누리랩 연구팀 님과 카카오톡 대화');
    expect(a.meta.publishedAt).toBe('2025-11-07');
    expect(textsOf(a, 'body')).toEqual(['한가람: 새 체크포인트 올렸어요. 평가는 오후에 돌릴게요', '윤소리: 확인했습니다. 내일 회의에서 봐요']);
    expectOffsetsHold(a);
  });
  it('reads a PC export with bracketed speakers and times, a message of two lines joined', () => {
    const a = parseArticle(PC, { source: 'chat.txt' });
    expect(a.meta.layout).toBe('chat');
    expect(a.meta.publishedAt).toBe('2025-11-08');
    expect(textsOf(a, 'body')).toEqual(['별빛: 오늘 기사 공유합니다. 다들 읽어보세요', '구름: 좋네요 이어지는 줄입니다']);
  });
  it('leaves prose with a few time stamps in it to the plain-text reader', () => {
    const a = parseArticle('회의 메모\n2025-11-07\n\n오전 10:00에 시작했다.\n\n오후 2:00에 끝났다.\n', { source: 'memo.txt' });
    expect(a.meta.layout).toBe('text');
  });
});
