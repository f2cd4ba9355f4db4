/**
 * Generalisation rows for the forms first met in held-out set 124: a company introduced only by its foreign city's base
 * ("Osaka-based X", its country from the city), a language edition after a version ("X 2 JA"), an appositive edition "that
 * it co-developed with" a partner, "the variant was created by further training Y", and a quoted comparison
 * ("'Y 대비 90% 수준'") that names no model.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "co-developed with Osaka-based Mirai Works.": a capitalised name after a city's base is a company, its country the city's
  {
    cat: 'companies.en-city-based-name',
    text: 'Haneul Labs, a Seoul-based AI startup, signed a deal with Osaka-based Mirai Works. Mirai Works Chief Technology Officer Kenji Sato said the deal was a first.',
    nodes: ['Company:Mirai Works', 'Person:Kenji Sato'],
    props: ['Mirai Works=country:JP'],
    expect: ['WORKS_FOR Kenji Sato -> Mirai Works'],
  },
  {
    cat: 'companies.en-city-based-name',
    text: 'Haneul Labs opened an office near a Paris-based accelerator, Munich-based Voxa said on Monday.',
    nodes: ['Company:Voxa'],
    props: ['Voxa=country:DE'],
  },
  // a lower-case kind after the base is no name of its own
  {
    cat: 'companies.en-city-based-name',
    text: 'Haneul Labs raised funds from a Tokyo-based venture investor.',
    noNodes: ['Company:venture investor'],
  },
  // "X 2 JA": a language edition written after the version is a model of its own, known family or not
  {
    cat: 'models.language-edition-ja',
    text: 'Upstage unveiled Solar Pro 2 JA for Japanese banks. Haneul Labs released Garam 2 JA, a Japanese edition, on Monday.',
    nodes: ['Model:Solar Pro 2 JA', 'Model:Garam 2 JA'],
  },
  // two editions of one model, "JA" and "JP", stay two models
  {
    cat: 'models.language-edition-ja',
    text: 'Upstage unveiled Solar Pro 2 JA for Japanese banks and Solar Pro 2 JP for retailers.',
    nodes: ['Model:Solar Pro 2 JA', 'Model:Solar Pro 2 JP'],
  },
  // capitals that open the next sentence are no edition of the model before them
  {
    cat: 'models.language-edition-ja',
    text: 'Haneul Labs released Garam 2 on Monday. JA Holdings will deploy it.',
    noNodes: ['Model:Garam 2 JA'],
  },
  // "X 2 JA, a Japanese-language version that it co-developed with Y": the edition is a model; both firms made it and partner
  {
    cat: 'developed.en-appositive-co-developed-with',
    text: 'Haneul Labs released Garam 2 on Monday. Next month Haneul Labs will unveil Garam 2 JA, a Japanese-language version that it co-developed with Kyoto-based Sakura Mind. The variant was created by further training Garam 2 on Japanese news text.',
    nodes: ['Model:Garam 2 JA', 'Company:Sakura Mind'],
    expect: ['DEVELOPED Haneul Labs -> Garam 2 JA', 'DEVELOPED Sakura Mind -> Garam 2 JA', 'PARTNERS_WITH Haneul Labs -> Sakura Mind', 'BASED_ON Garam 2 JA -> Garam 2'],
    props: ['Sakura Mind=country:JP'],
  },
  // a model the partner only tested is not one it co-developed
  {
    cat: 'developed.en-appositive-co-developed-with',
    text: 'Haneul Labs released Garam 2 JA, a Japanese-language version that it benchmarked with Kyoto-based Sakura Mind.',
    absent: ['DEVELOPED Sakura Mind -> Garam 2 JA', 'PARTNERS_WITH Haneul Labs -> Sakura Mind'],
  },
  // "The variant was created by further training Y": the focus model's base
  {
    cat: 'based-on.en-focus-further-training',
    text: 'Haneul Labs released Garam 3 Mini on Friday. The variant was created by further training Llama 3.1 8B on legal documents.',
    expect: ['BASED_ON Garam 3 Mini -> Llama 3.1 8B'],
  },
  {
    cat: 'based-on.en-focus-further-training',
    text: 'Haneul Labs released Garam 3 Mini on Friday. The variant was compared against Llama 3.1 8B on legal documents.',
    absent: ['BASED_ON Garam 3 Mini -> Llama 3.1 8B'],
  },
  // a quoted comparison with another model names no model of its own
  {
    cat: 'models.quoted-comparison',
    text: '하늘랩스는 \'가람 3\'를 공개했다. 회사 측은 번역 과제에서 "GPT-4o 대비 85% 수준"의 성능을 낸다고 밝혔다.',
    noNodes: ['Model:GPT-4o 대비 85% 수준'],
    nodes: ['Model:GPT-4o'],
  },
  // a quoted name of a model that merely sits near a percentage is still read
  {
    cat: 'models.quoted-comparison',
    text: "하늘랩스는 정확도를 12% 높인 신규 모델 '가람 리걸'을 공개했다.",
    nodes: ['Model:가람 리걸'],
  },
];

describe('generalise: set 124 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
