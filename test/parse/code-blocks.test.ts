/** Code blocks in a blog post: shell commands and program code are no prose; YAML and plain blocks stay. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const post = (pre: string): string => `<html><head><meta property="article:published_time" content="2026-05-02"></head><body><article>
  <h1>로컬에서 모델 돌려보기</h1><p>주말에 모델 두 개를 내려받아 돌려봤습니다.</p>${pre}<p>결과는 다음 글에 정리하겠습니다.</p></article></body></html>`;

describe('code blocks', () => {
  it.each([
    ['a bash block marked by class', '<pre class="bash"><code>ollama pull gaon-r:9b-q4\n./runner -m nuri-7b.gguf --port 8000</code></pre>'],
    ['a block marked language-sh on its <code>', '<pre><code class="language-sh">ollama pull gaon-r:9b-q4</code></pre>'],
    ['a python block marked by a data attribute', '<pre data-ke-language="python"><code>model = load("gaon-r-9b")</code></pre>'],
  ])('%s is dropped', (_name, pre) => {
    const a = parseArticle(Buffer.from(post(pre)), { source: 'p.html' });
    expect(a.text).not.toMatch(/gaon|nuri/);
    expect(a.text).toContain('결과는 다음 글에');
  });

  it.each([
    ['a YAML block (a model card)', '<pre><code class="language-yaml">base_model: gaon-r-9b</code></pre>'],
    ['a block with no language', '<pre>gaon-r-9b 를 받아 썼다</pre>'],
  ])('%s stays', (_name, pre) => {
    const a = parseArticle(Buffer.from(post(pre)), { source: 'p.html' });
    expect(a.text).toContain('gaon-r-9b');
  });
});

describe('a fixed-width results table in a code block', () => {
  it('is read cell by cell, "-" keeping its column and a note past the last column joining the last cell', () => {
    const pre = '<pre><code class="lang-plaintext">name          CLIcK   KoBEST\nGaon-R 9B     61.0    -      (공식 카드)\nNuri-Tune     58.4    80.1\nNuri-Lite     -       77.9\n</code></pre>';
    const a = parseArticle(Buffer.from(post(pre)), { source: 'p.html' });
    const lines = a.sentences.map((s) => s.text);
    expect(lines).toContain('name | CLIcK | KoBEST');
    expect(lines).toContain('Gaon-R 9B | 61.0 | - (공식 카드)');
    expect(lines).toContain('Nuri-Lite | - | 77.9');
  });

  it('leaves a block of aligned words without figures as lines', () => {
    const pre = '<pre>name    role    team\nkim     lead    nlp\nlee     dev     infra\n</pre>';
    const a = parseArticle(Buffer.from(post(pre)), { source: 'p.html' });
    expect(a.text).not.toContain(' | ');
  });
});
