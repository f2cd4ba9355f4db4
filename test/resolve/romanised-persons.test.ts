/** A person named in Latin letters in one article and in Hangul in another: one person where the name and an employer agree. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadRules } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { graphFromFacts } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { spellsKoreanName, syllableSpellings } from '../../src/resolve/romanised-names.js';

const rules = loadRules();
const facts = (text: string, source: string) => extractFacts(parseText(`제목\n\n${text}`, { source, publishedAt: '2026-03-02' }), rules);
const idsOf = (g: GraphDocument, name: string) => g.nodes.filter((n) => n.type === 'Person' && (n.name === name || n.aliases.includes(name))).map((n) => n.id);

describe('a romanised Korean name spells a Hangul one, however it is romanised', () => {
  it.each([
    ['Kang Do-hyun', '강도현'],
    ['Gang Do-hyeon', '강도현'],
    ['Dohyun Kang', '강도현'],
    ['Do-hyun Kang', '강도현'],
    ['Bae Kyung-hoon', '배경훈'],
    ['Bae Kyunghoon', '배경훈'],
    ['Kyunghoon Bae', '배경훈'],
    ['Kim Tae-yoon', '김태윤'],
    ['Gim Tae-yun', '김태윤'],
    ['Oh Tae-jun', '오태준'],
    ['O Tae-joon', '오태준'],
    ['Lee Seo-yeon', '이서연'],
    ['Yi Suh-yun', '이서연'],
    ['Rhee Seoyeon', '이서연'],
    ['Park Min-seo', '박민서'],
    ['Jung Ha-rin', '정하린'],
    ['Chung Ha-rin', '정하린'],
    ['Choi Woo-jin', '최우진'],
    ['Lee Jae Myung', '이재명'],
    ['Namgoong Min', '남궁민'],
    ['Kim Young-sum', '김영섬'],
    ['Kyoung-min Park', '박경민'],
    ['Lim Woo-hyung', '임우형'],
  ])('%s is %s', (latin, hangul) => {
    expect(spellsKoreanName(latin, hangul)).toBe(true);
  });

  it.each([
    ['Park Ji-won', '박지운'],
    ['Park Ji-woon', '박지원'],
    ['Kang Do-hun', '강도현'],
    ['Kim Tae-yoon', '김태연'],
    ['Lee Seo-yeon', '이서영'],
    ['Kang', '강도현'],
    ['Do-hyun', '강도현'],
    ['Kang Do-hyun', '강도'],
    ['Kang Do-hyun', '강도현수'],
    ['Ji-won Park Lee Kim', '박지원'],
    ['Kang Dohyunn', '강도현'],
    ['Do-hy-un Kang', '강도현'],
    ['Kim Young-sum', '김용섬'],
  ])('%s is not %s', (latin, hangul) => {
    expect(spellsKoreanName(latin, hangul)).toBe(false);
  });

  it('spells a syllable in Revised Romanisation first', () => {
    expect(syllableSpellings('현')[0]).toBe('hyeon');
    expect(syllableSpellings('현')).toContain('hyun');
    expect(syllableSpellings('우')).toContain('woo');
    expect(syllableSpellings('A')).toEqual([]);
  });
});

describe('a person named in Latin letters in one article meets the one named in Hangul in another', () => {
  const ko = '윤하림 네이버 연구원은 새 검색 모델을 소개했다.';
  it.each([
    [ko, 'Yoon Ha-rim, a researcher at Naver, presented the model.', 'Yoon Ha-rim'],
    [ko, 'Naver CEO Harim Yun said the model is ready.', 'Harim Yun'],
  ])('joins them where they work for the same company: %s / %s', (kor, en, latin) => {
    const g = graphFromFacts([facts(kor, 'ko.txt'), facts(en, 'en.txt')]);
    expect(idsOf(g, '윤하림')).toHaveLength(1);
    expect(idsOf(g, latin)).toEqual(idsOf(g, '윤하림'));
  });

  it.each([
    // another company, or none named
    [[ko, 'Yoon Ha-rim, a researcher at Kakao, presented the model.'], 'Yoon Ha-rim', '윤하림'],
    [[ko, 'Yoon Ha-rim presented the model on Monday.'], 'Yoon Ha-rim', '윤하림'],
    // a near name: 윤하린 is not Yoon Ha-rim
    [['윤하린 네이버 연구원은 새 검색 모델을 소개했다.', 'Yoon Ha-rim, a researcher at Naver, presented the model.'], 'Yoon Ha-rim', '윤하린'],
    // two Hangul names one Latin name spells: 윤서윤 and 윤서연 are both "Yoon Seo-yun"
    [['윤서윤 네이버 연구원은 새 검색 모델을 소개했다.', '윤서연 네이버 연구원은 새 번역 모델을 소개했다.', 'Yoon Seo-yun, a researcher at Naver, presented the model.'], 'Yoon Seo-yun', '윤서윤'],
  ])('keeps them apart otherwise: %j', (texts, latin, hangul) => {
    const g = graphFromFacts(texts.map((t, i) => facts(t, `a${i}.txt`)));
    expect(idsOf(g, latin)).toHaveLength(1);
    expect(idsOf(g, hangul)).toHaveLength(1);
    expect(idsOf(g, latin)).not.toEqual(idsOf(g, hangul));
  });
});
