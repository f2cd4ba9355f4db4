/** Model properties: a release day shared by models released together, and a size stated beside the predecessor only. */
import { describe, expect, it } from 'vitest';

describe('나온 is a release only before the model it modifies', () => {
  it('"지난 3일 나온 평가 결과에서" gives the model no release day', async () => {
    const { graphOf } = await import('./helpers.js');
    const g = graphOf("한빛AI의 '별빛 3'는 지난 3일 나온 평가 결과에서 1위를 했다.", '2026-11-21');
    expect(g.nodes.find((n) => n.name === '별빛 3')?.properties.releasedOn).toBeUndefined();
  });
});

describe('a release verb inside someone\'s words takes no day from outside them', () => {
  it('"이날 … "X는 … 라이선스로 공개된 모델로 …"고 밝혔다" gives X no release day; a day inside the words still counts', async () => {
    const { graphOf } = await import('./helpers.js');
    const text = "한빛AI의 주력 모델은 '별빛 3'다. 한빛AI는 지난 3일 '별빛 3'을 공개했다. 가온소프트 대표는 이날 \"'가온 2'는 아파치 2.0 라이선스로 공개된 모델로 누구나 쓸 수 있다\"고 말했다.";
    const g = graphOf(text, '2026-11-21');
    expect(g.nodes.find((n) => n.name === '가온 2')?.properties.releasedOn).toBeUndefined();
    const inside = graphOf("가온소프트의 주력 모델은 '가온 2'다. 대표는 이날 \"'가온 2'는 지난 5일 공개된 모델로 누구나 쓸 수 있다\"고 말했다.", '2026-11-21');
    expect(inside.nodes.find((n) => n.name === '가온 2')?.properties.releasedOn).toBe('2026-11-05');
  });
});
