/**
 * English-language pages of Korean outlets, in this test's own words: a successor named after a long
 * relative clause, a partner after a descriptor ("with Busan-based startup X"), companies competing in
 * a programme, a programme's capitalised English name, people introduced with a company's possessive
 * role or as an analyst, parameter counts written in words.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // (h69_06: a quote's speaker introduced by the unit they head)
    cat: "'said NAME, who leads X's … team/office': NAME works for X",
    text: '"We did not copy anything," said Park Ji-won, who runs Kakao\'s multimodal research team.',
    expect: ['WORKS_FOR Park Ji-won -> Kakao'],
  },
  {
    cat: "'NAME has made P a priority/centerpiece': NAME promotes P",
    text: 'Prime Minister Han Seo-yeon has made Sovereign AI a top priority of her cabinet, officials said.',
    expect: ['PROMOTES Han Seo-yeon -> Sovereign AI'],
  },
  {
    // (h69_05 quoted a model card so)
    cat: "a model card's 'X is continually pre-trained from Y' (or 'further pretrained from Y'): X is based on Y",
    text: 'Per the model card, Kanana 2 is further pretrained from Qwen2.5-32B using 1.2T tokens of Korean web text.',
    expect: ['BASED_ON Kanana 2 -> Qwen2.5-32B'],
  },
  {
    // (h69_06: each listed member described by its kind, one by its owner's possessive, which is no member)
    cat: "'X leads a consortium that includes developer A, Y Group's unit B and chip designer C': X partners with A, B and C, not with Y",
    text: "KT heads a consortium that includes robotics developer Rainbow Robotics, LG Group's cloud services unit LG CNS and chip designer FuriosaAI.",
    expect: ['PARTNERS_WITH KT -> Rainbow Robotics', 'PARTNERS_WITH KT -> LG CNS', 'PARTNERS_WITH KT -> FuriosaAI'],
    absent: ['PARTNERS_WITH KT -> LG'],
  },
  {
    cat: "the foundation-model programme's English name in lower case ('the independent AI foundation model project') is the gazetteer's programme",
    text: 'Kakao and KT were selected for the independent AI foundation model project, the ministry said.',
    expect: ['PARTICIPATES_IN Kakao -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    // (h69_06, a wire story: the benchmark named first, then a relative clause, then three models with their scores)
    cat: "scores listed after a benchmark named with a relative clause ('On the X test, which …, A scored n, B scored m and C scored k')",
    text: "On the KMMLU benchmark, which the researchers say tests professional-level Korean, Kakao's Kanana 2 posted 61.0, KT's Mi:dm 2.0 posted 63.9 and Naver Cloud's HyperCLOVA X THINK posted 66.2 in the trial.",
    expect: ['SCORED Kanana 2 -> KMMLU', 'SCORED Mi:dm 2.0 -> KMMLU', 'SCORED HyperCLOVA X THINK -> KMMLU'],
    edgeProps: ['SCORED HyperCLOVA X THINK -> KMMLU score=66.2'],
  },
  {
    cat: "'on the same test' in the next sentence is the benchmark just named",
    text: "Kakao's Kanana 2 scored 61.0 on the KMMLU benchmark. For comparison, Google's Gemini 2.5 Pro, which the team ran as a baseline, scored 70.3 on the same benchmark.",
    expect: ['SCORED Gemini 2.5 Pro -> KMMLU'],
    edgeProps: ['SCORED Gemini 2.5 Pro -> KMMLU score=70.3'],
  },
  {
    cat: 'a successor after a relative clause with a number in it ("X, which has 22 billion parameters, is the successor to Y")',
    text: 'Solar Pro 5, which has 22 billion parameters in all, is the successor to Solar Pro 4.',
    expect: ['SUCCEEDS Solar Pro 5 -> Solar Pro 4'],
  },
  {
    cat: 'a partner after a descriptor of where it is based and what it is ("with Busan-based startup X")',
    text: 'Upstage signed a memorandum of understanding with Busan-based startup Hanul Labs to build service agents.',
    expect: ['PARTNERS_WITH Hanul Labs -> Upstage'],
  },
  {
    cat: "companies competing in a programme take part in it; the gazetteer's programme answers to its English name",
    text: 'Unlike Naver Cloud and KT, which are competing in the government\'s Independent AI Foundation Model Project, Dasom Soft has no plans to join.',
    expect: ['PARTICIPATES_IN Naver Cloud -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트'],
    absent: ['PARTICIPATES_IN Dasom Soft -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: "a programme's capitalised English name after 'the' (Program, Project, Initiative) is a programme",
    text: 'Hanul Robotics was selected for the K-Data Voucher Program, a state project run by the Ministry of Science and ICT.',
    expect: ['PARTICIPATES_IN Hanul Robotics -> K-Data Voucher Program'],
    nodes: ['Policy:K-Data Voucher Program'],
  },
  {
    cat: "a person introduced with a known company's possessive role works there, with that title",
    text: '"We build models for banks," Mina Cho, Upstage\'s head of applied research, said at the event.',
    expect: ['WORKS_FOR Mina Cho -> Upstage'],
    edgeProps: ['WORKS_FOR Mina Cho -> Upstage title=head of applied research'],
  },
  {
    cat: 'an analyst at a firm is a person with a post there',
    text: '"The bet is reasonable," said Dae Park, an analyst at Hanul Securities.',
    nodes: ['Person:Dae Park'],
    expect: ['WORKS_FOR Dae Park -> Hanul Securities'],
  },
  {
    cat: 'parameter counts written in words ("a 70-billion-parameter model", "which has 9 billion parameters"); billions of won are money',
    text: 'Upstage unveiled Solar Pro 5, a 70-billion-parameter large language model. Solar Mini 5, which has 9 billion parameters, is open source. The company raised 45 billion won.',
    props: ['Solar Pro 5=parameters:70000000000', 'Solar Mini 5=parameters:9000000000'],
  },
  {
    cat: "'and has N billion parameters' after a relative clause about the predecessor speaks of the subject",
    text: 'Solar Pro 5 is the successor to Solar Pro 4, which was unveiled in March, and has 22 billion parameters.',
    props: ['Solar Pro 5=parameters:22000000000'],
  },
  {
    // sentences of an English paragraph are read one by one: a score after a full stop is not paired with the sentence before's benchmark
    cat: 'a model an English release verb introduces ("unveiled Clover 3, a … language model"), its base, its score as "The model scored", its predecessor',
    text: "Seoul-based startup Kairos AI on Thursday unveiled K-Clover 3, a 14-billion-parameter language model fine-tuned from Meta's Llama 4. The model scored 64.2 on KMMLU, ahead of EXAONE 4.0 32B. K-Clover 3 also scored 81.0 on HAE-RAE. K-Clover 3 succeeds K-Clover 2, released last year.",
    expect: ['DEVELOPED Kairos AI -> K-Clover 3', 'BASED_ON K-Clover 3 -> Llama 4', 'SUCCEEDS K-Clover 3 -> K-Clover 2'],
    edgeProps: ['SCORED K-Clover 3 -> KMMLU score=64.2', 'SCORED K-Clover 3 -> HAE-RAE score=81'],
  },
  {
    cat: 'a person after a company and a role ("Kairos AI CEO Kim Do-hyun said"); "The company" as the article\'s company; a pair that signed an MOU',
    text: 'Kairos AI unveiled Clover 3, a new language model. Kairos AI CEO Kim Do-hyun said it would serve banks first. The company has partnered with KT to offer it. Kairos AI and Upstage signed an MOU on AI safety.',
    expect: ['WORKS_FOR Kim Do-hyun -> Kairos AI', 'PARTNERS_WITH KT -> Kairos AI', 'PARTNERS_WITH Upstage -> Kairos AI'],
  },
  {
    cat: 'a company not selected for a programme does not take part in it',
    text: 'Kairos AI was not selected for the Sovereign AI Foundation Model project.',
    absent: ['PARTICIPATES_IN Kairos AI -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: '"the model" after a sentence that says a company built a model ("built its own agent model, X, on top of Y") is that model',
    text: 'Upstage released Solar Pro 5 this week. Hanul Labs has built its own agent model, Hanul-Act 8B, on top of Solar Pro 5. The startup said the model scored 61.3 on KoAgentBench.',
    edgeProps: ['SCORED Hanul-Act 8B -> KoAgentBench score=61.3'],
    absent: ['SCORED Solar Pro 5 -> KoAgentBench'],
  },
  {
    cat: 'a kind word opening the sentence is no part of the company\'s name ("Startup Nuvion Labs released …")',
    text: 'Startup Nuvion Labs released Aster 2, a 7-billion-parameter model.',
    expect: ['DEVELOPED Nuvion Labs -> Aster 2'],
    noNodes: ['Company:Startup Nuvion Labs'],
  },
  {
    cat: 'a columnist\'s imperative opening the sentence is no part of the company\'s name ("Consider Nuvion Labs, a …")',
    text: 'Consider Nuvion Labs, a Gwangju firm that sells a legal model. Nuvion Labs released Aster 2 in May.',
    expect: ['DEVELOPED Nuvion Labs -> Aster 2'],
    noNodes: ['Company:Consider Nuvion Labs'],
  },
  // the seventeenth session's forms
  { cat: 'partners who extend or renew their partnership', text: 'Upstage and Hanul Labs extended their partnership for another two years.', expect: ['PARTNERS_WITH Hanul Labs -> Upstage'] },
  { cat: 'a company that teams up with another', text: 'Upstage teams up with Hanul Labs to co-develop a tax model.', expect: ['PARTNERS_WITH Hanul Labs -> Upstage'] },
  { cat: 'a successor to a model named with its maker\'s possessive', text: "Solar Pro 5 is the successor to Upstage's Solar Pro 4.", expect: ['SUCCEEDS Solar Pro 5 -> Solar Pro 4'] },
  { cat: 'a maker\'s possessive before its model (the apostrophe is no part of the encoded text)', text: "We compared it with Upstage's Solar Pro 4.", expect: ['DEVELOPED Upstage -> Solar Pro 4'] },
  {
    cat: '"The successor to Y scored N on B": the model in focus succeeds Y and scored N (Y did not)',
    text: 'Upstage released Solar Pro 5 on Monday. The successor to Solar Pro 4 scored 71.2 on KMMLU.',
    expect: ['SUCCEEDS Solar Pro 5 -> Solar Pro 4', 'SCORED Solar Pro 5 -> KMMLU'],
    absent: ['SCORED Solar Pro 4 -> KMMLU'],
  },
  // a technical report's abstract: a predecessor named as such, a derivative with a size in its apposition,
  // scores of compared models given in pairs aligned with the benchmarks before them, a pronoun's score
  { cat: 'a predecessor named in a leading "Unlike its predecessor X, which …" clause', text: "Hanul Labs released Sora-3 today. Unlike its predecessor Sora-2.5, which was built by continually pre-training Qwen3-8B, Sora-3 uses no outside weights.", expect: ['SUCCEEDS Sora-3 -> Sora-2.5', 'BASED_ON Sora-2.5 -> Qwen3-8B'] },
  { cat: '"X beats its predecessor Y"', text: 'Hanul Labs released Sora-3 today. Sora-3 beats its predecessor Sora-2.5 on every task.', expect: ['SUCCEEDS Sora-3 -> Sora-2.5'] },
  { cat: 'a derivative whose apposition gives a decimal size ("a 1.8B-parameter model")', text: 'Hanul Labs released Sora-3 today. Sora-3-Lite, a 1.8B-parameter model for phones, is distilled from Sora-3.', expect: ['BASED_ON Sora-3-Lite -> Sora-3'] },
  {
    cat: 'pairs of compared scores ("compared with N and M for Y") follow the benchmarks of the pair before',
    text: 'Hanul Labs released Sora-3 today. Sora-3 reaches 70.4 on KMMLU and 81.2 on CLIcK, compared with 68.8 and 79.5 for Qwen3-32B.',
    edgeProps: ['SCORED Sora-3 -> KMMLU score=70.4', 'SCORED Sora-3 -> CLIcK score=81.2', 'SCORED Qwen3-32B -> KMMLU score=68.8', 'SCORED Qwen3-32B -> CLIcK score=79.5'],
  },
  { cat: '"slightly behind Y at N" after a score', text: 'Hanul Labs released Sora-3 today. Sora-3 obtains 66.1 on MMLU-Pro, slightly behind Qwen3-32B at 67.9.', edgeProps: ['SCORED Sora-3 -> MMLU-Pro score=66.1', 'SCORED Qwen3-32B -> MMLU-Pro score=67.9'] },
  { cat: 'a second model after a semicolon, with an apposition, takes the benchmark before', text: 'Sora-3 scores 78.5 on KMMLU; GPT-4o, evaluated through its API in May 2026, scores 74.9.', edgeProps: ['SCORED GPT-4o -> KMMLU score=74.9'] },
  { cat: '"On B, which …, it scores N": the model in focus', text: 'Hanul Labs released Sora-3 today. On CLIcK, which probes culture, it scores 79.6.', edgeProps: ['SCORED Sora-3 -> CLIcK score=79.6'] },
  { cat: 'a programme "in which X takes part"', text: 'Training ran under the Independent AI Foundation Model Project, funded by the ministry, in which Hanul Labs takes part as a consortium lead.', expect: ['PARTICIPATES_IN Hanul Labs -> Independent AI Foundation Model Project'] },
  // people with their companies in English copy: an unknown company's possessive top role, an unknown company's
  // title before a name, "who leads X's unit", "who heads the company's", a listed company's first word alone
  { cat: '"said NAME, X\'s chief executive": the company discovered', text: '"We are ready," said Kang Se-rin, Borealis\'s chief executive.', expect: ['WORKS_FOR Kang Se-rin -> Borealis'] },
  { cat: '"X CEO NAME" with X unknown', text: 'Pradana Labs CEO Wira Santoso met Naver officials on Monday.', expect: ['WORKS_FOR Wira Santoso -> Pradana Labs'] },
  { cat: '"Former CEO NAME" names no company', text: 'Former CEO Kim Min-su left the firm last year.', noNodes: ['Company:Former', 'Company:Former CEO'] },
  { cat: '"NAME, who leads X\'s unit"', text: 'Lee Ha-eun, who leads Upstage\'s document AI unit, said the model ships in May.', expect: ['WORKS_FOR Lee Ha-eun -> Upstage'] },
  { cat: '"NAME, who heads the company\'s division": the company the story is about', text: 'Upstage released Solar Pro 5 on Monday. "It reads contracts," said Lee Ha-eun, who heads the company\'s document division.', expect: ['WORKS_FOR Lee Ha-eun -> Upstage'] },
  { cat: '"NAME, who left X" is no employer', text: 'Lee Ha-eun, who left Upstage last year, said so.', absent: ['WORKS_FOR Lee Ha-eun -> Upstage'] },
  { cat: 'a listed company with a kind word, later its first word alone', text: '"We will apply," said Seo Ji-ho, Motif\'s chief executive. Motif Technologies trained its model from scratch.', expect: ['WORKS_FOR Seo Ji-ho -> Motif Technologies'] },
  { cat: 'a company in Hangul and in English is one node (a suffix word in both scripts)', text: '태국 기업 방콕디지털은 네이버와 손잡았다. Bangkok Digital CEO Anan Srisuk called Naver a partner.', expect: ['WORKS_FOR Anan Srisuk -> 방콕디지털', 'PARTNERS_WITH 네이버 -> Bangkok Digital'], sameNode: ['Bangkok Digital=방콕디지털'] },
  // an officer's title in capitals, and "the company's" after a name: the company the story is about
  { cat: '"NAME, X\'s Chief Financial Officer" with the title capitalised', text: 'Tidewave Labs unveiled Nara-2 on Friday. Oh Min-ji, Tidewave Labs\'s Chief Operating Officer, said sales doubled.', expect: ['WORKS_FOR Oh Min-ji -> Tidewave Labs'] },
  { cat: '"NAME, the company\'s chief technology officer": the company the story is about', text: 'Tidewave Labs unveiled Nara-2 on Friday. Oh Min-ji, the company\'s chief technology officer, said sales doubled.', expect: ['WORKS_FOR Oh Min-ji -> Tidewave Labs'] },
  { cat: '"In PLACE, the company\'s …" names no person', text: 'Tidewave Labs unveiled Nara-2 on Friday. In Daegu, the company\'s chief executive opened an office.', noNodes: ['Person:Daegu'] },
  { cat: '"Chief AI Officer" after a name is a title, no company "Chief AI"', text: 'Tidewave Labs unveiled Nara-2 on Friday, said Dr. Oh Min-ji, Chief AI Officer.', noNodes: ['Company:Chief AI', 'Company:Chief'] },
  // a company event's participants list under its heading: each "- NAME, POST" works for the company holding it
  {
    cat: '"PARTICIPANTS" items of a name and a chief officer\'s post, under a heading opening on the company in capitals',
    text: 'TIDEWAVE LABS INC. -- 2026 ANALYST BRIEFING\n\nPARTICIPANTS\n- Oh Min-ji, Chief Operating Officer\n- Dr. Seo Tae-ho, Chief AI Officer\n- Han Bora, CFO\n\nOh Min-ji said Busan-based Tidewave Labs had grown fast.',
    edgeProps: ['WORKS_FOR Oh Min-ji -> Tidewave Labs title=Chief Operating Officer', 'WORKS_FOR Seo Tae-ho -> Tidewave Labs title=Chief AI Officer', 'WORKS_FOR Han Bora -> Tidewave Labs title=CFO'],
  },
  {
    cat: 'a participants item naming another company, or one without a post, is no row of the list',
    text: 'TIDEWAVE LABS INC. -- 2026 ANALYST BRIEFING\n\nPARTICIPANTS\n- Oh Min-ji, analyst at Garam Securities\n- Han Bora, CFO\n\nOh Min-ji said Busan-based Tidewave Labs had grown fast.',
    absent: ['WORKS_FOR Oh Min-ji -> Tidewave Labs', 'WORKS_FOR Han Bora -> Tidewave Labs'],
  },
  { cat: '"successor to last year\'s Y": Y is a model, the one succeeded', text: 'Tidewave Labs unveiled Nara 4 Pro on Friday. Nara 4 Pro is the successor to last year\'s Nara 3 Pro.', expect: ['SUCCEEDS Nara 4 Pro -> Nara 3 Pro'] },
  { cat: '"successor to the earlier Y"', text: 'Tidewave Labs unveiled Nara 4 Pro on Friday. Nara 4 Pro is the successor to the earlier Nara 3 Pro.', expect: ['SUCCEEDS Nara 4 Pro -> Nara 3 Pro'] },
  { cat: '"the Y model family, which the company developed": the story\'s company made it', text: 'Busan-based Tidewave Labs grew fast, its chief said. He introduced the Nara 4 model family, which the company developed in-house.', expect: ['DEVELOPED Tidewave Labs -> Nara 4'] },
  { cat: '"Y, which the company introduced" is the company named last, not the first sentence\'s subject', text: 'Upstage expands its pilot with Tidewave Labs. Tidewave Labs, a Busan-based developer, today announced Nara 4. Nara 4 succeeds Nara 3, which the company introduced in 2025.', expect: ['DEVELOPED Tidewave Labs -> Nara 3'], absent: ['DEVELOPED Upstage -> Nara 3', 'DEVELOPED Upstage -> Nara 4'] },
  { cat: '"Y, which the company licensed" names no maker', text: 'Busan-based Tidewave Labs grew fast. Kim praised Solar Pro 2, which the company licensed in May.', absent: ['DEVELOPED Tidewave Labs -> Solar Pro 2'] },
  { cat: 'a quotation ending the sentence before "He introduced Y, which the company developed"', text: 'Oh Min-ji said Busan-based Tidewave Labs had "become a model maker." He introduced the Nara 4 series, which the company built over two years.', expect: ['DEVELOPED Tidewave Labs -> Nara 4'] },
  // a person opening the sentence announces their company's alliance (a surname alone after the full name)
  { cat: '"SURNAME announced a strategic alliance with X": the story\'s company partners with X', text: 'Busan-based Tidewave Labs released Nara 4 on Monday, Oh Min-ji said. Oh announced a strategic alliance with Upstage to build tutors.', expect: ['PARTNERS_WITH Tidewave Labs -> Upstage'] },
  { cat: '"NAME also signed a partnership with X"', text: 'Busan-based Tidewave Labs released Nara 4 on Monday. Oh Min-ji also signed a partnership with Upstage.', expect: ['PARTNERS_WITH Tidewave Labs -> Upstage'] },
  { cat: 'another company announcing the alliance keeps it its own', text: 'Busan-based Tidewave Labs released Nara 4 on Monday, Oh Min-ji said. Kakao announced a strategic alliance with Upstage.', absent: ['PARTNERS_WITH Tidewave Labs -> Upstage'] },
  { cat: 'a person of another company announcing an alliance is no officer of the story\'s company', text: 'Busan-based Tidewave Labs released Nara 4 on Monday. Kim Do-hyun, Upstage\'s chief executive, announced a strategic alliance with Kakao.', absent: ['PARTNERS_WITH Tidewave Labs -> Kakao'] },
  // a plain-text list item "* X (note) - description." is about X: "It" in its next sentence is X
  { cat: '"* X Pro (32B parameters) - the largest. It was built on Y": X Pro is based on Y, not the family named before', text: 'Busan-based Tidewave Labs introduced the Nara 4 family. It has two sizes:\n\n  * Nara 4 Pro (32B parameters) - the largest. It was built on Qwen2.5-32B through continued pre-training.\n  * Nara 4 Lite (3B parameters) - distilled from Nara 4 Pro.', expect: ['BASED_ON Nara 4 Pro -> Qwen2.5-32B', 'BASED_ON Nara 4 Lite -> Nara 4 Pro'], absent: ['BASED_ON Nara 4 -> Qwen2.5-32B'] },
  { cat: '"- X: …" with no dash after the name keeps the focus it had', text: 'Busan-based Tidewave Labs introduced Nara 4 on Friday. Nara 4 is a chat model.\n\n- Qwen2.5-32B and Nara 4 were compared. It was built on Qwen2.5-32B.', absent: ['BASED_ON Qwen2.5-32B -> Qwen2.5-32B'] },
  { cat: 'a successor still to come is no model in focus', text: 'Upstage released Solar Pro 5 on Monday. The successor to Solar Pro 3 is due next year.', absent: ['SUCCEEDS Solar Pro 5 -> Solar Pro 3'] },
  // an English apposition that calls a name a benchmark, and "the larger/smaller model" beside one smaller variant
  {
    cat: "'On X, a reasoning benchmark built by …, M scored n': the apposition makes X a benchmark",
    text: 'On Tidal-Reason, a reasoning benchmark built by Yonsei researchers, GPT-4o scored 81.3.',
    nodes: ['Benchmark:Tidal-Reason'],
    edgeProps: ['SCORED GPT-4o -> Tidal-Reason score=81.3'],
  },
  {
    cat: "'M scored n on X, a new Korean benchmark': the apposition after the score makes X a benchmark",
    text: 'Claude 3.5 Sonnet posted 64.0 on Mokpo-QA2, a new Korean benchmark.',
    nodes: ['Benchmark:Mokpo-QA2'],
    expect: ['SCORED Claude 3.5 Sonnet -> Mokpo-QA2'],
  },
  {
    cat: "a hyphenated adjective with 'benchmark' in it ('a benchmark-setting firm') names no benchmark",
    text: 'Samsung, a benchmark-setting chipmaker, said GPT-4o scored 81.3 on KMMLU.',
    noNodes: ['Benchmark:Samsung'],
  },
  {
    cat: "'the larger model' is the stem when the article's one variant is a smaller edition ('X Lite'); 'the smaller model' that variant",
    text: 'Orca-5 has 30 billion parameters. A smaller sibling, Orca-5 Lite, has 3 billion parameters. On KMMLU, Orca-5 scored 70.1, while Orca-5 Lite recorded 55.2. On Tidal-Reason, a reasoning benchmark built by Yonsei University researchers, the larger model scored 81.3. The smaller model recorded 52.6 on KoBEST.',
    edgeProps: ['SCORED Orca-5 -> Tidal-Reason score=81.3', 'SCORED Orca-5 Lite -> KoBEST score=52.6'],
    absent: ['SCORED Orca-5 Lite -> Tidal-Reason', 'SCORED Orca-5 -> KoBEST'],
  },
  {
    cat: "'the larger model' names nothing beside a 'Pro' variant (it may be the larger one)",
    text: 'On KMMLU, Orca-5 scored 70.1, while Orca-5 Pro recorded 75.2. On Tidal-Reason, a reasoning benchmark, the larger model scored 81.3.',
    expect: ['SCORED Orca-5 Pro -> KMMLU'],
    absent: ['SCORED Orca-5 -> Tidal-Reason', 'SCORED Orca-5 Pro -> Tidal-Reason'],
  },
];

describe('English pages of Korean outlets', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});

describe('an English post whose writer says where they work', () => {
  const page = (intro: string, foot = '') =>
    `<html><head><meta charset="utf-8"><meta name="author" content="Dana Kim"><title>How we tuned our model</title><meta property="article:published_time" content="2026-08-04"></head><body><article><h1>How we tuned our model</h1>
<p>${intro}</p><p>We fine-tuned Solar Pro 4 on two years of contract reviews, and the results surprised us more than once along the way.</p><p>Our evaluation team spent a month on the test set before we trusted any of the numbers.</p>${foot}</article></body></html>`;
  const employers = (intro: string, foot = '') => {
    const g = extractArticle(parseArticle(Buffer.from(page(intro, foot)), { source: 'post.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    return g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} -> ${name(e.target)}`);
  };
  it('the byline author works at the company ("I\'m an ML engineer at X")', () => {
    expect(employers("I'm an ML engineer at Hanul Labs, a small startup in Seoul that builds legal assistants.")).toContain('Dana Kim -> Hanul Labs');
  });
  it('a colleague the writer names with "our" works there too ("NAME, our CTO and co-founder")', () => {
    expect(employers("I'm an ML engineer at Hanul Labs. Sora Jang, our CTO and co-founder, signed off on every release.")).toContain('Sora Jang -> Hanul Labs');
    expect(employers('Hanul Labs is a small startup in Seoul. Sora Jang, our CTO and co-founder, signed off on every release.')).not.toContain('Sora Jang -> Hanul Labs');
  });
  // (h101_05: a Medium-style card at the foot of the post, and "our CEO NAME")
  it('the author card under "Written by NAME" gives the writer\'s role at the company ("Staff Engineer at X.")', () => {
    const card = '<h2>Written by Dana Kim</h2><p>Staff Engineer at Hanul Labs.</p>';
    expect(employers('Hanul Labs is a small startup in Seoul. We thank our CTO Sora Jang for the long nights.', card)).toEqual(expect.arrayContaining(['Dana Kim -> Hanul Labs', 'Sora Jang -> Hanul Labs']));
    expect(employers('Hanul Labs is a small startup in Seoul. We thank our CTO Sora Jang for the long nights.', '<h2>Written by Dana Kim</h2><p>We met the team at Hanul Labs.</p>')).not.toContain('Dana Kim -> Hanul Labs');
  });
  it('"X, our partner on …" in the post of a writer who says where they work: X partners with the company', () => {
    const partners = (intro: string, foot: string) => {
      const g = extractArticle(parseArticle(Buffer.from(page(intro, foot)), { source: 'post.html' }));
      const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
      return g.edges.filter((e) => e.type === 'PARTNERS_WITH').map((e) => [name(e.source), name(e.target)].sort().join(' + '));
    };
    const card = '<h2>Written by Dana Kim</h2><p>Staff Engineer at Hanul Labs.</p>';
    expect(partners('Hanul Labs is a small startup in Seoul. Thanks to Krafton, our partner on the speech data, for the help.', card)).toContain('Hanul Labs + Krafton');
    expect(partners('Hanul Labs is a small startup in Seoul. Thanks to Krafton, our partner on the speech data, for the help.', '')).not.toContain('Hanul Labs + Krafton');
  });
  it('not where the writer only wrote about the company', () => {
    expect(employers('Hanul Labs is a small startup in Seoul that builds legal assistants for law firms.')).not.toContain('Dana Kim -> Hanul Labs');
  });
});

describe("an encyclopedia infobox's 'Key people' rows: each NAME (POST) works for the company the box is headed by", () => {
  const page = (rows: string) => `<html><head><meta property="article:published_time" content="2026-09-02"></head><body><article>
    <h1>Daon Systems</h1>
    <table class="infobox"><tr><th colspan="2">Daon Systems Co.</th></tr>
    <tr><th>Type</th><td>Private</td></tr>
    <tr><th>Key people</th><td>${rows}</td></tr>
    <tr><th>Products</th><td>Daon Voice</td></tr></table>
    <p>Daon Systems Co. is a speech-software maker in Daegu. It sells call-centre assistants to banks.</p></article></body></html>`;
  const employers = (html: string) => {
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 'box.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    return g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} -> ${name(e.target)}`);
  };
  it('reads each row with a post', () => {
    const f = employers(page('Yoon Ha-rin (CEO)<br>Seo Jun-ho (Chief Operating Officer)'));
    expect(f, f.join('\n')).toEqual(expect.arrayContaining(['Yoon Ha-rin -> Daon Systems', 'Seo Jun-ho -> Daon Systems']));
  });
  it('not a row without a post', () => {
    expect(employers(page('Yoon Ha-rin<br>Seo Jun-ho'))).toEqual([]);
  });
});
