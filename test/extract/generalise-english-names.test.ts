/**
 * English copy's names: romanised Korean names (a hyphenated given name, or an honorific before the
 * name), a Hangul gloss after a romanised name with no Korean title near, and a possessive's "s"
 * that is no start of a company's name. Every row is a short article written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a Korean surname and a hyphenated given name is a person, whatever the clause around it
  { cat: 'person.en-romanised', text: '"The second round will be harder," said Baek Ji-hoon, who runs the team.', nodes: ['Person:Baek Ji-hoon'] },
  { cat: 'person.en-romanised', text: 'Kakao named Oh Ji-ho its new head of AI.', nodes: ['Person:Oh Ji-ho'], expect: ['WORKS_FOR Oh Ji-ho -> Kakao'] },
  // an honorific before the surname, the given name hyphenated or not
  { cat: 'person.en-honorific', text: 'Governor Kim Dong Yeon visited the data center on Monday.', nodes: ['Person:Kim Dong Yeon'] },
  { cat: 'person.en-honorific', text: 'Professor Yoon Da-eun of Seoul National University disagreed.', nodes: ['Person:Yoon Da-eun'] },
  // not a surname, not a person: a hyphenated product word after a capitalised word
  { cat: 'person.en-romanised', text: 'The Open Ko-LLM Leaderboard was updated on Monday.', noNodes: ['Person:Open Ko-LLM'] },
  // a Hangul gloss after a romanised name, where no Korean title is near
  { cat: 'person.en-gloss', text: '"It is early days," said Baek Ji-hoon (백지훈), the ministry\'s AI policy director.', nodes: ['Person:Baek Ji-hoon'] },
  { cat: 'person.en-gloss', text: '모델 계보 (Model Line-up)는 다음과 같다.', noNodes: ['Person:계보', 'Person:Model Line-up'] },
  // "X's K-…": the possessive's s and the next word are no company ("s K" read as SK)
  // a one-word model name before a Korean surname is a person's given name ("Gemini Park"); the model before another word stays one
  { cat: 'model.en-given-name', text: 'Thanks to Gemini Park for the review, Jul 3, 2026. We compared our model with Gemini on contract questions.', nodes: ['Model:Gemini'], noNodes: ['Model:Gemini Park'] },
  { cat: 'model.en-given-name', text: 'Reviewed by Claude Lee on Jul 3, 2026.', noNodes: ['Model:Claude'] },
  { cat: 'company.en-possessive-tail', text: "Kakao's K-Kanana beat the rest.", noNodes: ['Company:s K'] },
  // a Korean name romanised in both orders in one story ("Seo Min-jae" in a caption, "Min-jae Seo" in a list of authors): one person; two different given names stay two
  { cat: 'resolve.romanised-name-orders', text: 'Gaon Labs unveiled Gaon 3 on Monday. Seo Min-jae, chief scientist at Gaon Labs, led the work. The report lists Min-jae Seo and Han Ji-woo as its authors.', sameNode: ['Seo Min-jae=Min-jae Seo'], nodes: ['Person:Han Ji-woo'] },
  { cat: 'resolve.romanised-name-orders', text: 'Gaon Labs unveiled Gaon 3 on Monday. Seo Min-jae, chief scientist at Gaon Labs, led the work. The report lists Min-ho Seo as its author.', nodes: ['Person:Seo Min-jae', 'Person:Min-ho Seo'] },
];

describe('English names', () => {
  for (const row of rows) it(row.text.slice(0, 80), () => checkFactRow(row));
});
