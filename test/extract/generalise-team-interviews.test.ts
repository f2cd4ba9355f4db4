/**
 * Generalisation rows for company webzine team interviews, chat exports, community topic pages and
 * slide decks (speaker labels, photo captions with names and roles, announcements in the first
 * person). Every sentence here is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'a Hangul word before a Latin name and its version is no part of the name',
    text: "누리소프트가 자체 개발한 언어모델 'VEGA 3'를 공개했다. 지난해 나온 전작 'VEGA 2'의 후속이다. VEGA 3는 K-Bench에서 80.1점을 얻어 VEGA 2(71.4점)를 앞섰다.",
    nodes: ['Model:VEGA 2', 'Model:VEGA 3'],
    expect: ['SCORED VEGA 2 -> K-Bench'],
    noNodes: ['Model:얻어 VEGA 2'],
  },
  {
    cat: 'a Hangul word before a Latin name and its version is no part of the name',
    text: "누리소프트가 자체 개발한 언어모델 'VEGA 3'를 공개했다. 김하늘 책임연구원 VEGA 3는 K-Bench에서 80.1점을 받았습니다.",
    expect: ['SCORED VEGA 3 -> K-Bench'],
    noNodes: ['Model:책임연구원 VEGA 3'],
  },
  {
    cat: 'a table cell\'s note in parentheses that is a generic word names no developer',
    text: '표 1. 평가 결과\n\n| 모델 | 파라미터 | KMMLU |\n|---|---|---|\n| 누리 9B | 9B | 70.1 |\n| GPT-4o (API) | 비공개 | 77.5 |\n| 한빛 7B (가온랩스) | 7B | 66.0 |',
    expect: ['SCORED GPT-4o -> KMMLU', 'DEVELOPED 가온랩스 -> 한빛 7B'],
    noNodes: ['Company:API'],
  },
  {
    cat: 'a job-function word before a title is part of the title, no company',
    text: '가온랩스 AI팀. 왼쪽부터 김하늘 DevOps 매니저, 이준서 데이터파트 책임. 박소율 가온랩스 MLOps 엔지니어는 말했다.',
    expect: ['WORKS_FOR 박소율 -> 가온랩스'],
    edgeProps: ['WORKS_FOR 박소율 -> 가온랩스 title=MLOps 엔지니어'],
    noNodes: ['Company:DevOps', 'Company:MLOps'],
  },
  {
    cat: 'a note in parentheses saying when the row\'s model is from names no developer',
    text: '표 2. 사내 평가\n\n| 모델 | 파라미터 | K-Bench |\n|---|---|---|\n| 가람 2 | 14B | 71.0 |\n| 가람 1 (작년) | 7B | 64.2 |\n| 한빛 7B (기존) | 7B | 60.3 |',
    expect: ['SCORED 가람 1 -> K-Bench', 'SCORED 한빛 7B -> K-Bench'],
    noNodes: ['Company:작년', 'Company:기존'],
  },
  {
    cat: 'an unknown hyphenated Latin name as the topic of a company that made it',
    text: '발표자 노트. 다만 MedLink-K는 누리헬스가 직접 개발했고, 저희는 평가만 도왔습니다.',
    nodes: ['Model:MedLink-K'],
    expect: ['DEVELOPED 누리헬스 -> MedLink-K'],
    absent: ['DEVELOPED 저희 -> MedLink-K'],
  },
  {
    cat: 'an unknown hyphenated Latin name as the topic of a company that made it',
    text: 'TaxNote-Lite는 한결소프트가 만들었다. 세무 상담에 쓰인다.',
    expect: ['DEVELOPED 한결소프트 -> TaxNote-Lite'],
  },
  {
    cat: 'a document part and its number (a slide\'s "Case 2", "Part 3") is no model',
    text: 'Case 2 — 가온랩스가 만든 상담 모델. Part 3 모델 평가 결과를 공유합니다.',
    noNodes: ['Model:Case 2', 'Model:Part 3'],
  },
  {
    cat: 'a mixed-case Latin word ending in LM names a language model, a brand word before it leads the name',
    text: '사례 3 — 한빛생명 × 가온랩스: 한빛 CareLM. 한빛 CareLM은 두 회사가 함께 만든 모델입니다.',
    nodes: ['Model:한빛 CareLM'],
    noNodes: ['Model:CareLM'],
  },
  {
    cat: 'a mixed-case Latin word ending in LM names a language model, a brand word before it leads the name',
    text: '누리소프트는 새로운 LegalLLM을 공개했다. 우리는 LLM과 sLM, VLM을 비교했다. 불러올 때는 AutoModelForCausalLM 클래스를 쓴다.',
    expect: ['DEVELOPED 누리소프트 -> LegalLLM'],
    noNodes: ['Model:새로운 LegalLLM', 'Model:LLM', 'Model:VLM', 'Model:AutoModelForCausalLM'],
  },
  {
    cat: 'a speaker introducing themselves by an organisation no list knows, a title and their name',
    text: '안녕하세요 여러분, 누리결 데이터 리드 한서윤입니다. 오늘 새 모델을 소개합니다.',
    expect: ['WORKS_FOR 한서윤 -> 누리결'],
  },
  {
    cat: 'a speaker introducing themselves by an organisation no list knows, a title and their name',
    text: '대전에 있는 솔바람 CTO 남궁진입니다. 저희가 만든 모델을 공개합니다. 한빛랩스에서 연구를 담당하고 있는 부사장 한서윤입니다.',
    expect: ['WORKS_FOR 남궁진 -> 솔바람'],
    noNodes: ['Company:있는'],
  },
  {
    cat: 'a speaker introducing themselves by an organisation no list knows, a title and their name',
    text: '안녕하세요, 개발 리드 한서윤입니다. 저는 마케팅 파트장 남궁진입니다.',
    noNodes: ['Company:개발', 'Company:마케팅'],
  },
  {
    cat: 'a speaker working in a team of the organisation',
    text: '안녕하세요, 한올페이 결제플랫폼팀에서 데이터 엔지니어로 일하고 있는 남궁진입니다.',
    expect: ['WORKS_FOR 남궁진 -> 한올페이'],
  },
  {
    cat: 'Markdown bold marks in a plain-text message are no part of the words',
    text: '저희 한빛랩스가 오늘 **Nuri-4-8B**를 허깅페이스에 올렸습니다!',
    expect: ['DEVELOPED 한빛랩스 -> Nuri-4-8B'],
  },
  {
    cat: 'a known benchmark with a short prefix glued to it is a benchmark of its own',
    text: '누리 8B는 한국어 문서 질의응답 벤치마크 K-ChartQA에서 71.2점, Ko-GSM8K에서 64.0점을 받았다.',
    expect: ['SCORED 누리 8B -> K-ChartQA', 'SCORED 누리 8B -> Ko-GSM8K'],
    noNodes: ['Benchmark:ChartQA', 'Benchmark:GSM8K'],
  },
  {
    cat: 'a summary bullet in the nominal style naming the predecessor ("…의 후속작", "…의 후속작임")',
    text: '스타트업 한빛랩스가 언어모델 Falke 3를 공개함\n\n한빛랩스가 작년 3월 낸 모델 Falke 2(70억 파라미터)의 후속작',
    expect: ['SUCCEEDS Falke 3 -> Falke 2'],
  },
  {
    cat: 'a summary bullet in the nominal style naming the predecessor ("…의 후속작", "…의 후속작임")',
    text: '스타트업 한빛랩스가 언어모델 Falke 3를 공개함\n\n지난해 나온 Falke 2의 후속작임. 성능이 크게 올랐다고 주장함',
    expect: ['SUCCEEDS Falke 3 -> Falke 2'],
  },
  {
    cat: 'a predecessor named with its generation ("1세대 X의 뒤를 잇는 모델")',
    text: '누리소프트가 개발한 VEGA 3는 상담 특화 모델입니다. 누리소프트가 지난해 내놓은 2세대 VEGA 2의 뒤를 잇는 모델이고요.',
    expect: ['SUCCEEDS VEGA 3 -> VEGA 2'],
  },
  {
    cat: 'an interviewer\'s question about the model in focus states nothing of it',
    text: 'A. 누리 1은 메타의 라마 3.1 8B를 파인튜닝한 작은 모델이었어요.\n\nQ. 베이스 모델로 솔라 프로 2를 고른 이유가 궁금합니다.\n\nA. 한국어 성능이 좋았습니다.',
    expect: ['BASED_ON 누리 1 -> 라마 3.1 8B'],
    absent: ['BASED_ON 누리 1 -> 솔라 프로 2'],
  },
];

describe('set-51 phenomena in invented wording', () => {
  it.each(rows.map((r) => [`${r.cat}: ${r.text.slice(0, 40)}`, r] as const))('%s', (_name, row) => checkFactRow(row));
});

describe('a Markdown table in a <pre> block (a blog platform\'s code block) is read row by row, its header rule dropped', () => {
  const html = `<html><head><title>사내 평가 정리</title></head><body><article><h1>사내 평가 정리</h1>
<p>사내 벤치마크 K-Ledger로 후보 모델들을 평가했습니다. 결과는 아래와 같습니다.</p>
<pre><span>| model          | size | K-Ledger (acc) | latency |
|----------------|------|----------------|---------|
| Qwen3-8B       | 8B   | 61.5           | 0.8s    |
| Gemma 3 12B    | 12B  | 63.9           | 1.1s    |</span></pre>
<p>점수만 보면 Gemma 3 12B가 가장 좋았습니다.</p></article></body></html>`;
  const parsed = parseArticle(Buffer.from(html), { source: 'pre.html', fileName: 'pre.html' });
  it('keeps a line per row and no header rule', () => {
    expect(parsed.sentences.map((x) => x.text)).toContain('| Qwen3-8B | 8B | 61.5 | 0.8s |');
    expect(parsed.sentences.some((x) => /^\|-{3,}/.test(x.text))).toBe(false);
  });
  it.each(['SCORED Qwen3-8B -> K-Ledger score=61.5', 'SCORED Gemma 3 12B -> K-Ledger score=63.9'])('%s', (fact) => {
    const g = extractArticle(parsed);
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const facts = g.edges.map((e) => `${e.type} ${name.get(e.source)} -> ${name.get(e.target)} score=${(e.properties as { score?: number }).score}`);
    expect(facts).toContain(fact);
  });
});

describe('a chat export\'s repeated bracketed labels ("{Reactions}") are no running headers of a printed page, and a code fence frames an aligned table', () => {
  const text = [
    '==========================================',
    'Guild: 한국어 모델 개발자 모임',
    'Exported: 2026-10-08 23:41',
    '==========================================',
    '',
    '[2026-10-08 09:02] 한서윤 | 누리결',
    '안녕하세요 여러분, 누리결 데이터 리드 한서윤입니다.',
    '저희가 오늘 Nuri-4-8B를 공개했습니다.',
    '',
    '{Reactions}',
    '🎉 (31) 🔥 (18)',
    '',
    '[2026-10-08 09:10] 남궁진 | 솔바람',
    '저희 모델 점수입니다.',
    '```',
    'model          KoBench    LiveBench',
    'Sol-Coder 2    64.0       41.2',
    'Sol-Coder 1    52.7       30.1',
    '```',
    '',
    '{Reactions}',
    '📈 (11)',
  ].join('\n');
  const parsed = parseArticle(Buffer.from(text), { source: 'chat.txt', fileName: 'chat.txt' });
  it('keeps the space between a header line and the message under it', () => {
    expect(parsed.sentences.map((x) => x.text).join('\n')).not.toContain('누리결안녕하세요');
  });
  it.each(['WORKS_FOR 한서윤 -> 누리결', 'SCORED Sol-Coder 2 -> KoBench', 'SCORED Sol-Coder 1 -> LiveBench'])('%s', (fact) => {
    const g = extractArticle(parsed);
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    expect(g.edges.map((e) => `${e.type} ${name.get(e.source)} -> ${name.get(e.target)}`)).toContain(fact);
  });
});

describe('a particle a page sets off by a space after a bold or linked name is glued back ("<strong>X</strong> 를")', () => {
  const html = `<html><head><title>새 모델 공개</title></head><body><article><h1>새 모델 공개</h1>
<ul><li>독일 베를린의 AI 스타트업 <strong>Lindwurm(린트부름)</strong> 가 언어모델 <strong>Falke-3</strong> 를 공개함</li>
<li>전작 <a href="#">Falke-2</a> 의 후속작으로, 처음부터 직접 학습한 모델이라고 강조함.</li></ul></article></body></html>`;
  const parsed = parseArticle(Buffer.from(html), { source: 'gn.html', fileName: 'gn.html' });
  it('reads the particles as attached', () => {
    expect(parsed.sentences.map((x) => x.text).join('\n')).toContain('Falke-3를 공개함');
  });
  it.each(['DEVELOPED Lindwurm -> Falke-3'])('%s', (fact) => {
    const g = extractArticle(parsed);
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    expect(g.edges.map((e) => `${e.type} ${name.get(e.source)} -> ${name.get(e.target)}`)).toContain(fact);
  });
});

describe('a photo caption listing people left to right under the one company it names works for that company', () => {
  const page = (caption: string): string => `<html><head><title>팀 인터뷰</title></head><body><article><h1>팀 인터뷰</h1>
<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure>
<p>새 모델을 만든 팀을 만났다. 팀은 지난달 모델을 공개했다.</p></article></body></html>`;
  const facts = (caption: string): string[] => {
    const g = extractArticle(parseArticle(Buffer.from(page(caption)), { source: 'c.html', fileName: 'c.html' }));
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    return g.edges.map((e) => `${e.type} ${name.get(e.source)} -> ${name.get(e.target)}`);
  };
  it('reads each person of the list', () => {
    const f = facts('누리랩스 언어모델팀. 왼쪽부터 한서윤 팀장, 남궁진 선임연구원.');
    expect(f).toContain('WORKS_FOR 한서윤 -> 누리랩스');
    expect(f).toContain('WORKS_FOR 남궁진 -> 누리랩스');
  });
  it('leaves a list whose items name companies of their own to the title rules', () => {
    const f = facts('협약식 모습. 왼쪽부터 한서윤 누리랩스 대표, 남궁진 가온소프트 대표.');
    expect(f).not.toContain('WORKS_FOR 남궁진 -> 누리랩스');
  });
});
