/**
 * An organisation's own newsletter or in-house paper ("새소식 | X병원 원내 소식지 제12호 … | 발행 X병원 홍보팀"): its
 * masthead names the organisation that writes it, and its stories speak of it as "우리 병원", "본원", "우리 회사". The
 * organisation is a company of the article (it builds and deploys what the stories tell), those words point to it, and
 * it is the owner whose staff the stories name with a bare post ("NAME 병원장은"), as an internal document's is.
 */
import type { Sentence } from '../parse/types.js';
import { addEntity, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import type { KnownName } from './engine/known-names.js';
import type { Mention, RuleSet } from './types.js';

/** The kind words an organisation's name ends on, and what its own staff call it. */
const KINDS: [RegExp, string[]][] = [
  [/병원$/, ['우리 병원', '저희 병원', '본원']],
  [/은행$/, ['우리 은행', '저희 은행', '당행']],
  [/(?:대학교|대학)$/, ['우리 대학', '저희 대학', '우리 학교', '저희 학교', '본교']],
  [/(?:연구원|연구소)$/, ['우리 연구원', '저희 연구원', '본원']],
  [/(?:주식회사|㈜|전자|텔레콤|소프트|테크|랩스|그룹)$/, ['우리 회사', '저희 회사']],
];
/** "X 원내 소식지", "X 사내보", "발행 X 홍보팀": the organisation a masthead names as its own. */
const MASTHEAD = /(?:^|[\s|])([가-힣A-Za-z]{2,16})\s(?:원내|사내|교내)\s?(?:소식지|신문|보|웹진)|발행\s?[:：]?\s?([가-힣A-Za-z]{2,16})\s(?:홍보팀|홍보실|대외협력팀|커뮤니케이션팀|편집실)/;
/** An institution's own site, its page title opening or closing on its name ("X연구원 - 연구성과 > …", "공지사항 | X대학교"). */
const SITE_TITLE = /^([가-힣]{2,16}(?:연구원|연구소|대학교|병원))\s?[-|–—>:]\s|\s[-|–—]\s?([가-힣]{2,16}(?:연구원|연구소|대학교|병원))$/;
/** A university's student paper ("… - X대신문", "X대학신문", "X대학보"): the paper of X대학교. */
const CAMPUS_PAPER = /(?:^|[\s|])([가-힣]{2,8})(?:대신문|대학신문|대학교신문|대학보)$/;

/** The organisation the masthead (the title line, else the page's publisher) names, as the article's company, and the words that point to it. */
export function readHouseOrgan(acc: Acc, rules: RuleSet, articleId: string, sentences: readonly Sentence[], publisher?: string): { company?: Mention; known: KnownName[] } {
  const title = sentences.find((s) => s.block === 'title');
  const name = title ? organNameOf(title.text) ?? (publisher ? organNameOf(publisher) : undefined) : undefined;
  const words = name ? KINDS.find(([kind]) => kind.test(name))?.[1] : undefined;
  if (!name || !words || !sentences.some((s) => s.block !== 'title' && words.some((w) => s.text.includes(w)))) return { known: [] };
  const company = discoveredMention('Company', name, 0, 0);
  addEntity(acc, company, rules, evidenceOf(articleId, title!, 'mention', 1));
  return { company, known: words.map((w) => ({ name: w, type: 'Company' as const, key: company.key, reference: true })) };
}

/** The organisation a title names as the page's own: a newsletter's masthead, an institution's site title, a campus paper's name. */
function organNameOf(title: string): string | undefined {
  const m = MASTHEAD.exec(title) ?? SITE_TITLE.exec(title);
  if (m) return (m[1] ?? m[2])!;
  const paper = CAMPUS_PAPER.exec(title);
  return paper ? `${paper[1]}대학교` : undefined;
}
