/** Developer long reads: hyphenated Latin model names, headings with a developer note, comparison tables with a weights column. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // a capitalised hyphenated name after a release verb is a model no gazetteer knows
    cat: 'discover.hyphenated-latin-name',
    text: 'AI 스타트업 하늘소프트가 지난 3일 공개한 Nimbus-Ko-Chat는 라마 3.1 8B를 베이스로 삼았다.',
    nodes: ['Model:Nimbus-Ko-Chat'],
    expect: ['BASED_ON Nimbus-Ko-Chat -> 라마 3.1 8B'],
  },
  {
    // … and as the topic of a sentence that says what it was trained on
    cat: 'discover.hyphenated-latin-name',
    text: '가람웍스의 Orca-Law-Ko는 미스트랄 스몰 3.2 위에 판례 데이터를 얹은 모델이다.',
    nodes: ['Model:Orca-Law-Ko'],
    expect: ['BASED_ON Orca-Law-Ko -> 미스트랄 스몰 3.2'],
  },
  {
    // no cue: a hyphenated word in passing is no model; nor an all-capitals pair
    cat: 'discover.hyphenated-latin-name',
    text: '행사장에서는 Wi-Fi 연결이 자주 끊겼다. HAE-RAE 점수는 따로 공개되지 않았다.',
    noNodes: ['Model:Wi-Fi', 'Model:HAE-RAE'],
  },
  {
    // a known model after a hyphen inside a longer token, then a size: one model of another company, not the family's
    cat: 'discover.model-inside-hyphenated-token',
    text: '법률 스타트업 다온로가 만든 LexA-Gemma 12B는 구글의 젬마 3 12B를 파인튜닝한 모델이다.',
    nodes: ['Model:LexA-Gemma 12B'],
    expect: ['BASED_ON LexA-Gemma 12B -> 젬마 3 12B', 'DEVELOPED 다온로 -> LexA-Gemma 12B'],
    absent: ['DEVELOPED 구글 -> LexA-Gemma 12B'],
    props: ['LexA-Gemma 12B=parameters:12000000000'],
  },
  {
    // a hyphenated tail glued to a model the article already named makes a model of its own ("X-2-V")
    cat: 'discover.known-name-hyphen-tail',
    text: "다온랩스는 지난 3월 'SOL-2'를 공개했다.\n\n다온랩스는 지난달 SOL-2-V를 공개했다. 문서 이해에 특화시킨 모델이다.",
    nodes: ['Model:SOL-2-V'],
    expect: ['DEVELOPED 다온랩스 -> SOL-2-V'],
  },
  {
    // spoken and plain forms of 내다 ("냈어요", "낸 X") release a model: its size and the focus follow it
    cat: 'property.release-verb-naeda',
    text: "다온랩스는 지난 3월 'SOL-2'를 공개했다. SOL-2는 KMMLU에서 60.1점을 받았다.\n\n출연자 한지수 네, 저희가 지난달 SOL-2-V를 냈어요. KoVQA에서 71.5점을 받았습니다.",
    expect: ['SCORED SOL-2-V -> KoVQA'],
    absent: ['SCORED SOL-2 -> KoVQA'],
  },
  {
    // … but not 내다 with an object that is no model ("도전장을 냈다", "성과를 냈다")
    cat: 'property.release-verb-naeda',
    text: 'KT는 지난 17일 추가 공모에 믿:음 2.0을 앞세워 다시 도전장을 냈다.',
    publishedAt: '2026-11-20',
    props: ['믿:음 2.0=releasedOn:undefined'],
  },
  {
    // a day read for a model beats a month read for it in an earlier sentence
    cat: 'property.day-beats-month',
    text: "다온랩스는 올해 'SOL-2'를 공개했다.\n\n지난 3월에 낸 SOL-2는 반응이 좋았다. SOL-2는 다온랩스가 3월 12일에 공개한 모델이다.",
    publishedAt: '2026-11-20',
    props: ['SOL-2=releasedOn:2026-03-12'],
  },
  {
    // a model hub's repository id ("Org/Model") names one model: the namespace is its owner, no model of its own
    cat: 'discover.repo-id-namespace',
    text: '아래는 기본 코드입니다. vllm serve Gemma/Gemma-3-12B --enable-lora 로 서빙합니다.',
    noNodes: ['Model:Gemma', 'Model:젬마'],
    absent: ['DEVELOPED 구글 -> 젬마'],
  },
  {
    // a bare verb noun ("구조 설계 일부를") is no relative clause: the model named later is not the company's
    cat: 'developed.bare-verb-noun',
    text: "스타트업 하늬소프트가 만든 '하늬-2'를 두고 잡음이 일었다. 회사 측은 \"구조 설계 일부를 참고했을 뿐 큐웬의 가중치는 쓰지 않았다\"고 밝혔다.",
    expect: ['DEVELOPED 하늬소프트 -> 하늬-2'],
    absent: ['DEVELOPED 하늬소프트 -> 큐웬'],
  },
  {
    // … while a bare verb noun right before the model still reads as a headline's "X 개발 Y"
    cat: 'developed.bare-verb-noun',
    text: "하늬소프트가 개발 '하늬-2'를 내놨다.",
    expect: ['DEVELOPED 하늬소프트 -> 하늬-2'],
  },
];

describe('developer long reads', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));

  const page = (body: string) =>
    `<html><head><meta property="og:title" content="파생 모델 비교"><meta property="article:published_time" content="2026-05-04"></head><body><article><h1>파생 모델 비교</h1>${body}</article></body></html>`;
  const graph = (body: string) => extractArticle(parseArticle(Buffer.from(page(body)), { source: 't.html' }));
  const facts = (g: ReturnType<typeof graph>) => {
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    return g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}${e.properties.score !== undefined ? ` ${e.properties.score}` : ''}`).sort();
  };

  it('a heading "Name (Company)" names the developer, not an alias of the model', () => {
    const g = graph(`<h3>Nimbus-Ko-Chat (하늘소프트)</h3><p>AI 스타트업 하늘소프트가 지난 3일 공개한 Nimbus-Ko-Chat는 라마 3.1 8B를 베이스로 삼았다.</p>`);
    const model = g.nodes.find((n) => n.name === 'Nimbus-Ko-Chat');
    expect(model?.aliases ?? []).not.toContain('하늘소프트');
    expect(facts(g)).toContain('DEVELOPED 하늘소프트 -> Nimbus-Ko-Chat');
  });

  it('a heading "Name (Hangul name)" names the developer no other cue finds; a community note is no company', () => {
    const g = graph(`<h3>Orca-Law-Ko (바람결)</h3><p>바람결의 Orca-Law-Ko는 미스트랄 스몰 3.2 위에 판례 데이터를 얹은 모델이다.</p><h3>Kite-Mini-Chat (커뮤니티)</h3><p>Kite-Mini-Chat는 개인 개발자가 라마 3.1 8B를 파인튜닝한 모델이다.</p>`);
    expect(facts(g)).toContain('DEVELOPED 바람결 -> Orca-Law-Ko');
    expect(g.nodes.some((n) => n.type === 'Company' && n.name === '커뮤니티')).toBe(false);
  });

  it('reads a comparison table whose last column says whether the weights are out (가중치: 공개 / 비공개)', () => {
    const g = graph(`<p>아래 표는 두 파생 모델의 점수다. 점수는 KMMLU와 CLIcK으로 쟀다.</p>
      <table><tr><th>모델</th><th>베이스</th><th>파라미터</th><th>KMMLU</th><th>CLIcK</th><th>가중치</th></tr>
      <tr><td>Orca-Law-Ko</td><td>미스트랄 스몰 3.2</td><td>24B</td><td>55.2</td><td>—</td><td>공개(Apache 2.0)</td></tr>
      <tr><td>Nimbus-Ko-Chat</td><td>라마 3.1 8B</td><td>8B</td><td>47.9</td><td>61.3</td><td>비공개(API)</td></tr></table>
      <p>가람웍스의 Orca-Law-Ko는 판례 데이터를 학습한 모델이다. 하늘소프트가 공개한 Nimbus-Ko-Chat는 상담용이다.</p>`);
    const f = facts(g);
    expect(f).toEqual(expect.arrayContaining(['SCORED Orca-Law-Ko -> KMMLU 55.2', 'SCORED Nimbus-Ko-Chat -> KMMLU 47.9', 'SCORED Nimbus-Ko-Chat -> CLIcK 61.3', 'BASED_ON Orca-Law-Ko -> 미스트랄 스몰 3.2']));
    expect(f.filter((x) => x.startsWith('SCORED'))).toHaveLength(3);
    expect(g.nodes.find((n) => n.name === 'Orca-Law-Ko')?.properties.openSource).toBe(true);
    expect(g.nodes.find((n) => n.name === 'Nimbus-Ko-Chat')?.properties.openSource).toBeUndefined();
  });

  it("a quantisation note in a model cell ('(GPTQ)') names no developer, and a GPU tool's name ('nvidia-smi') no company", () => {
    const g = graph(`<p>nvidia-smi 화면으로 메모리를 확인한 뒤 세 모델을 돌렸다.</p>
      <table><tr><th>모델</th><th>KMMLU</th></tr>
      <tr><td>Orca-Law-Ko (GPTQ)</td><td>51.2</td></tr><tr><td>Nimbus-Ko-Chat (GGUF)</td><td>47.9</td></tr></table>
      <p>가람웍스의 Orca-Law-Ko는 판례 데이터를 학습한 모델이다.</p>`);
    expect(g.nodes.some((n) => n.type === 'Company' && ['GPTQ', 'GGUF', 'nvidia'].includes(n.name))).toBe(false);
    expect(facts(g)).toContain('SCORED Orca-Law-Ko -> KMMLU 51.2');
  });
});
