/** A channel export saved as plain text (r58e): each message header ("[date time] NAME | X CTO") after the page's opening lines stays a line of its own. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { expectOffsetsHold, textsOf } from './helpers.js';

const CHANNEL = `==============================
서버: 오픈 LLM 모임
채널: 출시-소식 / 신모델 공유는 하루 한 번, 벤치 숫자는 출처와 함께 올려 주세요. 잡담은 다른 채널로 부탁드립니다!
내보낸 시각: 2026-05-02 23:10
==============================

[2026-05-02 09:40] 야식요정
오늘 출시 소식이 많다고 들었는데 정말 그런가요? 다들 어떤 모델 올라오는지 궁금하네요. 벤치 숫자도 같이 보고 싶어요.

[2026-05-02 10:00] 한도윤 | 새벽랩 CTO
새벽랩이 오늘 법률 모델을 공개했어요.
가중치는 다음 주에 풀 예정입니다.

[2026-05-02 10:30] 소식봇 [BOT]
새 기사가 공유됐습니다.

[2026-05-02 10:45] 야식요정
축하드려요!
`;

describe('a channel export as plain text', () => {
  it('keeps each message header apart from the words of the message under it', () => {
    const a = parseArticle(Buffer.from(CHANNEL, 'utf8'), { source: 'channel.txt' });
    const body = textsOf(a, 'body');
    expect(body).toContain('[2026-05-02 10:00] 한도윤 | 새벽랩 CTO');
    expect(body).toContain('새벽랩이 오늘 법률 모델을 공개했어요. 가중치는 다음 주에 풀 예정입니다.');
    expect(body).toContain('[2026-05-02 10:30] 소식봇 [BOT]');
    expect(body).toContain('[2026-05-02 10:45] 야식요정');
    expectOffsetsHold(a);
  });
});
