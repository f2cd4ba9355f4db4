/**
 * The same story in the page markup of many real platforms. Each skeleton under platforms/ is a page
 * of one platform (its head meta, header and menus, body container with the platform's real class and
 * id names, byline, photo figure, related list, comments, footer, scripts), its structure taken from
 * public markup named in its first comment, its chrome's text short and invented. The story of a
 * fixture article is poured into it; the graph extracted must be the one its plain text gives, and
 * the title and the publish date must be read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle, loadRules } from '../../src/pipeline/index.js';
import { canonical } from '../eval/canonical.js';
import { expectOffsetsHold, textsOf } from './helpers.js';
import { pour, readStory } from './platforms/pour.js';

const ROOT = join(import.meta.dirname, '../..');
const SKELETONS = join(import.meta.dirname, 'platforms');

const rules = loadRules();
const STORIES = ['same-story.txt', 'saebom-9b-blog.txt'].map(readStory);
const plainGraphs = new Map(STORIES.map((s) => [s.file, canonical(extractArticle(parseArticle(readFileSync(join(ROOT, 'test/fixtures/articles', s.file)), { source: s.file }), rules))]));
const skeletons = readdirSync(SKELETONS).filter((f) => f.endsWith('.html')).sort();

describe('the same story in the page markup of many platforms', () => {
  it('has skeletons of at least 15 platforms, each naming where its structure comes from', () => {
    expect(skeletons.length).toBeGreaterThanOrEqual(15);
    for (const f of skeletons) expect(readFileSync(join(SKELETONS, f), 'utf8')).toMatch(/^<!--\s*(?:source|structure)[^]*?-->/i);
  });

  for (const file of skeletons) {
    for (const story of STORIES) {
      it(`${file} with ${story.file}`, () => {
        const page = pour(readFileSync(join(SKELETONS, file), 'utf8'), story);
        const a = parseArticle(Buffer.from(page), { source: file });
        expect(a.meta.title).toBe(story.title);
        expect(a.meta.publishedAt).toBe(story.date);
        const body = textsOf(a, 'body').concat(textsOf(a, 'heading')).join('\n');
        // the story whole and in order, nothing of the page's chrome
        for (const p of story.paragraphs) expect(body).toContain(p);
        expect(textsOf(a, 'caption').join('\n')).toContain(story.caption.replace(/\s?사진=\S+$/, ''));
        expect(a.text).not.toMatch(/관련\s?기사|많이 본|댓글|구독|공유|좋아요|다른 글|이전 글|추천/);
        expectOffsetsHold(a);
        expect(canonical(extractArticle(a, rules))).toEqual(plainGraphs.get(story.file));
      });
    }
  }
});
