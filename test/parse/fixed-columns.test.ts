import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { unwrapFixedColumns } from '../../src/parse/fixed-columns.js';

/** Cuts text into lines of exactly `width` characters, wherever the count runs out (as a wire terminal does). */
const wrapAt = (text: string, width: number): string => text.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n');

const STORY =
  '(부산=새벽통신) 한도윤 기자 = 해오름전자는 자체 언어모델 \'해오름 LM 2.5\'를 바탕으로 만든 상담 모델 \'해오름 상담 9B\'를 공개했다고 7일 밝혔다. ' +
  '회사에 따르면 해오름 상담 9B는 상담 평가 \'CallBench-KO\'에서 77.2점을 받아 비교 모델 Orion-3.5(71.0점)를 앞섰다. ' +
  '해오름전자 서다인 연구소장은 "고객센터 데이터를 밖으로 보내지 않고도 쓸 수 있다"고 말했다. 회사는 올해 안에 물류센터 다섯 곳에 모델을 들일 계획이다. ' +
  '한편 경쟁사 누리소프트는 같은 평가에 참여하지 않았으며, 업계에서는 하반기 공공 상담 시장을 두고 두 회사가 맞붙을 것으로 내다봤다. ' +
  '해오름전자는 다음 달 개발자 행사에서 모델의 경량판도 함께 소개할 예정이다.';

describe('text hard-wrapped at a fixed count of characters (a wire feed): lines are joined as they are', () => {
  it('joins names and numbers broken at the wrap without adding or losing a space', () => {
    const out = unwrapFixedColumns(['새벽통신 2026/05/07 송고', '=====', wrapAt(STORY, 31), '(끝)'].join('\n'));
    expect(out).toContain(STORY);
    expect(out).toContain('=====\n(부산');
  });

  it('reads the joined story through the plain-text reader', () => {
    const page = ['새벽통신 2026/05/07 송고', '', wrapAt(STORY, 29), '', 'dyhan@example.kr', '(끝)'].join('\n');
    const text = parseArticle(page, { source: 'feed.txt' }).sentences.map((s) => s.text).join('\n');
    expect(text).toContain("'해오름 상담 9B'");
    expect(text).toContain('Orion-3.5(71.0점)');
    expect(text).toContain('CallBench-KO');
  });

  it('leaves alone text whose lines break where its writer broke them, and lines of one width without words (base64)', () => {
    const ragged = STORY.split('. ').join('.\n');
    expect(unwrapFixedColumns(ragged)).toBe(ragged);
    const encoded = Array.from({ length: 14 }, (_, k) => `QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2${k % 10}`).join('\n');
    expect(unwrapFixedColumns(encoded)).toBe(encoded);
  });
});
