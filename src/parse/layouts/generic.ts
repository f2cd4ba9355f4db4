/** Any other news page: <article>/<main>/known body containers, else the densest block of <p>s. */
import { insideArticle, insideFooter, isLinkText, textOf } from '../dom.js';
import type { Cheerio, CheerioAPI } from 'cheerio';
import { contains } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { walkBlocks } from '../blocks.js';
import { readBylineName } from '../chrome.js';
import { normalizeDate, YMD } from '../dates.js';
import { cleanAuthorName, readLabelledAuthor, readCopyrightNotice, readJsonLd, readMeta, readPublishedDate } from '../meta.js';
import { pruneChrome, selectWithin, storyParent } from '../prune.js';
import { namesReplies } from '../chrome-elements.js';
import { openAccordionPanels, unwrapAccordionToggles } from '../accordion-headers.js';
import { expandRowSpans, markEmptyCells } from '../row-spans.js';
import { dropRowNumberColumns } from '../row-numbers.js';
import { markRosterTables } from '../roster-tables.js';
import { readProfileCards } from '../profile-cards.js';
import { readSideBoxes } from '../maker-box.js';
import { firstMatches, select } from '../simple-select.js';
import { normalizeSpace } from '../text.js';
import type { LayoutResult } from './result.js';
import { koreanSibling, translationBlocks } from './bilingual.js';
import { withAdjacentTables, withTablesBeside } from './adjacent-tables.js';
import { listOfItems, widenToMainThread, widenToReplies, widenToOpeningProse, widenToProseSiblings, widenToScatteredProse, widenToSiblingArticles, type Densest } from './items.js';
import { readLeadBefore } from './lead.js';
import { flashListBeside, preferItemList } from './item-lists.js';
import { widenToHeadedCards } from './headed-cards.js';
import { readWorkspaceTitle } from './workspace.js';
import { readCompanyWiki, readFiler, readInternalSystem, readOperatedSite, readSiteOwner, readUnionSite } from '../site-owner.js';
import { isBadgedCommentThread, isHeadlinedCommentThread, isSignedCommentThread } from './signed-comments.js';
import { holdsReplies, hubDiscussionRepository, isAnsweredBoardPost, isBadgedThread, isBoardPost, isCodeHostThread, isDiscussionThread, isReviewForum, isShowOrAskPost, withRepliesBeside } from './board.js';
import { readThreadPosts } from './thread-posts.js';
import { readMailThread } from './mail-thread.js';
import { disclosureFiling } from './disclosure-form.js';
import { cardGridMain } from './card-grids.js';
import { newestCardDate, teaserList } from './teaser-lists.js';
import { widenToPhotoGallery } from './photo-galleries.js';
import { readDateAfterHeadline, readUrlDate, readVisibleDate } from './generic-dates.js';
import { readTitle } from './generic-title.js';
import { ownerStrips } from './owner-strips.js';
import { CELL_TEXT_HOLDERS, SENTENCE_END, brokenTextLength, isFontParagraph, isTextLeaf } from './text-leaves.js';
import { notedTableCell, sectionedTableCell } from './noted-tables.js';

/** Body containers of common Korean news CMSs, tried before <article>/<main>. */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]', '#article-view-content-div', '#articleBody', '#article_body', '#articleText',
  '.article_body', '.article-body', '.articleBody', '.article_txt', '.article-text', '.art_body', '.news_body',
  '#news_body_area', '.news-article-body', '.view_con', '.story-news', '.entry-content', '.post-content',
  // platforms many sites share: GnuBoard and XE/Rhymix boards, Tistory blogs, Ghost, the WordPress "Newspaper" theme
  '#bo_v_con', '.xe_content', '.tt_article_useless_p_margin', '.gh-content', '.td-post-content',
];

/** Sub-headline decks inside the body container, kept as 'summary'. */
const SUMMARY_SELECTORS = '.summary, .subtitle, .sub_title, .sub-title, .article-summary, .article_summary, .summary_view';

/** An element with sub-headings and paragraphs of its own, and more text than a deck has: a story's body. */
function holdsStorySections($: CheerioAPI, el: Element): boolean {
  const kids = el.children.filter((c): c is Element => c.type === 'tag');
  return kids.some((c) => /^h[2-6]$/.test(c.name)) && kids.filter((c) => c.name === 'p').length >= 3 && textLength($, el) > 200;
}

function textLength($: CheerioAPI, el: Element): number {
  return normalizeSpace(textOf($(el))).length;
}

/** The element whose direct <p> (or text-with-<br>) children hold the most text (one iterative pass). */
function findDensestBlock($: CheerioAPI): Densest | undefined {
  const scores = new Map<Element, number>();
  const cells = new Map<Element, number>();
  const fonts = new Map<Element, number>();
  const add = (el: Element, n: number): void => {
    scores.set(el, (scores.get(el) ?? 0) + n);
  };
  // from the document down, each node once (a page of 10,000 nested <body> tags walked each again)
  const stack: AnyNode[] = [...(($.root()[0] as unknown as { children: AnyNode[] }).children ?? [])];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'p') {
      const len = textLength($, el);
      // (a teaser of another story is a link: a paragraph inside one, or all link text, is no prose of this page)
      const parent = storyParent(el);
      if (len >= 20 && parent && !isLinkText(el, len)) add(parent, len);
      continue;
    }
    if (el.name === 'div' || CELL_TEXT_HOLDERS.has(el.name)) {
      const own = brokenTextLength(el);
      if (el.name !== 'div') {
        // (a table cell, <font> or <span> of an old table layout: the story only where no <p> or <div> outside the page footer holds one)
        if (own >= 80) cells.set(el, own);
        else if (isFontParagraph(el)) {
          // (an old table layout's paragraph written as a <font> with no <br> in it: a programme row's abstract, scored for its cell)
          const text = normalizeSpace(textOf($(el)));
          const parent = storyParent(el);
          if (text.length >= 20 && SENTENCE_END.test(text) && parent) fonts.set(parent, (fonts.get(parent) ?? 0) + text.length);
        }
      } else if (own >= 80) add(el, own);
      else if (isTextLeaf(el)) {
        // CMSs that write each paragraph as a <div> ("<div class="tx-line">…</div>") score like <p>s
        const len = textLength($, el);
        const parent = storyParent(el);
        if (len >= 20 && parent) add(parent, len);
        continue;
      }
    }
    for (const c of el.children) stack.push(c);
  }
  // (a page footer's address lines in <p>s are no story beside a cell's)
  if (![...scores.keys()].some((el) => !insideFooter(el))) {
    for (const [el, own] of cells) scores.set(el, own);
    for (const [el, len] of fonts) if (!cells.has(el)) add(el, len);
  }
  let best: Densest | undefined;
  for (const [el, score] of scores) if (!best || score > best.score) best = { el, score };
  // (a list page with no prose of its own, its footer's lines aside: the teaser cards of its stories)
  const teasers = !best || best.score < 40 || insideFooter(best.el) ? teaserList(($.root()[0] as unknown as { children: AnyNode[] }).children ?? [], (e) => textLength($, e)) : undefined;
  if (teasers) return teasers;
  if (!best || best.score < 40) return undefined;
  const gallery = widenToPhotoGallery(best, ($.root()[0] as unknown as { children: AnyNode[] }).children ?? []);
  if (gallery !== best) return gallery;
  best = preferItemList(best, scores);
  const cardList = widenToHeadedCards(best, (e) => textLength($, e));
  if (cardList !== best) return cardList;
  const gathered = widenToScatteredProse(best, scores);
  if (gathered !== best) return gathered;
  const items = listOfItems(best, scores);
  if (items === best) {
    const opened = widenToOpeningProse(best, scores, (e) => normalizeSpace(textOf($(e))));
    if (opened !== best) return opened;
  }
  return items === best ? { ...best, run: widenToProseSiblings(best, scores, (e) => textLength($, e)) } : items;
}

/** The article container: known CMS selectors, <article>, <main>, else the densest block of paragraphs (which an <article>/<main> missing it loses to). */
function findContainer($: CheerioAPI, forum: boolean): { el: Cheerio<AnyNode>; keep?: Element; filing?: true } | undefined {
  const firsts = firstMatches($.root()[0] as AnyNode, BODY_SELECTORS);
  for (const [i, sel] of BODY_SELECTORS.entries()) {
    const el = firsts ? (firsts[i] ? $(firsts[i]!) : undefined) : select($, sel).first();
    if (el && el.length > 0 && textLength($, el[0] as Element) >= 40) {
      // (a story split by an ad slot into two containers of the same name, side by side: both halves)
      const first = el[0] as Element;
      const halves = select($, sel).toArray().filter((e) => e === first || (e.parent === first.parent && textLength($, e as Element) >= 40));
      return { el: halves.length > 1 ? $(halves) : el };
    }
  }
  let chosen: Element | undefined;
  let chosenLength = 0;
  // An <article> inside another has no more text than it and comes after it: only the outermost
  // ones can win (measuring each of n nested ones walked the page n times).
  for (const el of select($, 'article').toArray()) {
    if (insideArticle(el)) continue;
    const len = textLength($, el);
    if (len > chosenLength) [chosen, chosenLength] = [el, len];
  }
  if (chosen) {
    const widened = widenToSiblingArticles(chosen, (e) => textLength($, e), chosenLength);
    if (widened !== chosen) [chosen, chosenLength] = [cardGridMain(widened, (e) => textLength($, e)) ?? widened, 0];
    if (!chosenLength) chosenLength = textLength($, chosen);
  }
  if (!chosen || chosenLength < 40) {
    const main = select($, 'main, [role="main"]').first()[0];
    if (main) [chosen, chosenLength] = [main, textLength($, main)];
  }
  const densest = findDensestBlock($);
  if (chosen && chosenLength >= 40) {
    const missesDensest = densest && !contains(chosen, densest.el) && densest.el !== chosen;
    // (a forum thread's post: with its replies beside it)
    if (!missesDensest || (densest && densest.score * 2 < chosenLength)) return { el: $(forum ? widenToReplies(chosen) : chosen) };
    const thread = widenToMainThread(chosen, densest!.el);
    if (thread) return { el: $(thread) };
  }
  if (!densest) return undefined;
  // (a mail client's printed thread: every message, not the longest one's body alone)
  const messages = chosen ? undefined : readMailThread(densest.el);
  if (messages) return { el: $(messages) };
  // (an old layout's cell holding a lead, a table of note cells and <br>-broken notes: the whole cell, see noted-tables.ts)
  const noted = notedTableCell(densest.el, (e) => normalizeSpace(textOf($(e)))) ?? sectionedTableCell(densest.el, (e) => normalizeSpace(textOf($(e))));
  if (noted) return { el: $(noted) };
  const run = densest.run ?? flashListBeside(densest.el);
  // (a record page's data table right before or after its run of prose blocks: a thesis record's 저자 / 공동연구자 table)
  if (run) return { el: $(densest.run ? withTablesBeside(run, (e) => normalizeSpace(textOf($(e)))) : run) };
  // (a discussion page with no story of its own: the longest post and the posts of its class beside it)
  const posts = chosen ? undefined : readThreadPosts(densest.el, (e) => textLength($, e));
  if (posts) return { el: $(posts) };
  // a bilingual release: the densest block may be the (longer) English one; its Korean twin is the article
  if (densest.keep) return { el: $(densest.el), keep: densest.keep };
  return { el: $(withAdjacentTables(koreanSibling(densest.el) ?? densest.el, (e) => normalizeSpace(textOf($(e))))) };
}

function readAuthor($: CheerioAPI, jsonLdAuthor: string | undefined): string | undefined {
  const metaAuthor = readMeta($, 'meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]', 'meta[property="dable:author"]');
  const candidates = [
    metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : undefined,
    jsonLdAuthor,
    normalizeSpace(textOf(select($, '[rel="author"], [itemprop="author"], .byline, .reporter, .writer, .author, .author-name, .post-author').first())) || undefined,
  ];
  for (const c of candidates) {
    if (!c) continue;
    const name = readBylineName(c) ?? cleanAuthorName(c);
    if (name) return name;
  }
  return readLabelledAuthor($);
}

const BYLINE_DATE = new RegExp(String.raw`\s*[|·,/]?\s*(?:입력|등록|발행|게재)?\s?:?\s?(${YMD})[^]*$`);
/** Reads a generic news page. */
export function parseGeneric($: CheerioAPI, html: string): LayoutResult {
  const jsonLd = readJsonLd($);
  const publisher =
    readMeta($, 'meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="application-name"]') ??
    jsonLd.publisher ??
    readCopyrightNotice($);
  // (a team chat's export: its <title> names the workspace the channel's heading leaves out)
  const workspace = readWorkspaceTitle(normalizeSpace(textOf(select($, 'title').first())));
  const wiki = readCompanyWiki($); // (a team's page on its company's wiki, by the logo in the header pruned below)
  const title = workspace?.title ?? readTitle($, jsonLd.headline, publisher);
  let author = readAuthor($, jsonLd.author);
  const url = readMeta($, 'meta[property="og:url"]') ?? select($, 'link[rel="canonical"]').attr('href') ?? jsonLd.url;
  // a forum thread by its JSON-LD, a show-and-tell or question post by its title, or a board post by its markup (a writer's
  // nickname, replies with theirs)
  const review = isReviewForum($);
  const forum = jsonLd.thread === true || isDiscussionThread(url) || isShowOrAskPost(title) || isBoardPost($) || isAnsweredBoardPost($) || isBadgedThread($) || isCodeHostThread($) || isSignedCommentThread($) || isBadgedCommentThread($) || isHeadlinedCommentThread($) || review;
  // (a model hub's discussion: the repository it is about, "owner/Model", from the header bar the container leaves out)
  const repository = hubDiscussionRepository($);
  const found = disclosureFiling($) ?? findContainer($, forum); // (a disclosure viewer: the filing its receipt bar names a filer of)
  const post = found?.el[0] as Element | undefined;
  const container = forum && found?.el.length === 1 && post && !holdsReplies(post) ? $(withRepliesBeside(post, review)) : found?.el;
  let publishedAt = readPublishedDate($, jsonLd) ?? readVisibleDate($) ?? readUrlDate(url) ?? readDateAfterHeadline($, container);
  publishedAt ??= newestCardDate(container?.toArray() ?? [], (e) => textOf($(e))); // (a list page: its newest card's)
  // "By Matthew Finnegan, 편집: 박예린 | 2026.11.26": a date the byline carries is the page's, and no part of the author
  const inByline = author ? BYLINE_DATE.exec(author) : null;
  if (inByline) {
    publishedAt ??= normalizeDate(inByline[1]);
    author = author!.slice(0, inByline.index).trim() || author;
  }
  const warnings: string[] = [];
  let body: LayoutResult['body'] = [];
  const summary: string[] = [];
  let cards: ReturnType<typeof readProfileCards> | undefined;
  if (container) {
    // (a thread's posts and replies print their writer's card in a <header>: read before the headers go)
    cards = readProfileCards($, container, html);
    selectWithin($, container, 'header, h1').remove();
    if (repository) summary.push(repository);
    summary.push(...readLeadBefore(container));
    // (a section classed "summary" that holds the story itself, a session summary's headings and paragraphs, is no deck)
    const deck = selectWithin($, container, SUMMARY_SELECTORS).filter((_, el) => !holdsStorySections($, el as Element));
    deck.each((_, el) => {
      for (const b of walkBlocks([el], { captionFromAlt: false, hardBreaks: true })) summary.push(b.text);
    });
    deck.remove();
    // (a campaign's maker box beside the story, a model hub's model details and tree; read before pruning, which drops an <aside>)
    const sideBoxes = readSideBoxes($, container.toArray());
    unwrapAccordionToggles($, container); // (a Q&A accordion's questions are its headings' text, not controls)
    openAccordionPanels($, container); // (and a FAQ's toggles before their hidden answers: the questions and the answers)
    pruneChrome($, container, found?.keep, forum);
    // (a thread's replies under their count, "<h3>댓글 47</h3>": the count is no widget title ending the story there)
    if (forum) selectWithin($, container, 'h2, h3, h4').filter((_, h) => h.parent?.type === 'tag' && namesReplies(h.parent as Element)).remove();
    expandRowSpans($, container);
    markEmptyCells($, container);
    dropRowNumberColumns($, container);
    markRosterTables($, container);
    $(translationBlocks(container.toArray() as Element[])).remove();
    body = walkBlocks(container.toArray(), { captionFromAlt: true, ...(found?.filing ? { hardBreaks: true } : {}) }); // (a filing's lines each its own)
    for (const text of cards.after) body.push({ kind: 'body', text });
    for (const text of sideBoxes) body.push({ kind: 'body', text });
  }
  const result: LayoutResult = { layout: 'generic', title, summary, body, publishedAt, publisher, author, url, warnings };
  if (cards?.lines.length) result.profiles = cards.lines;
  if (workspace) result.workspace = workspace.name;
  // (a corporation's own site: its Hangul name in the logo or the footer, what the page's "당사" means; an internal system's footer; its union's site)
  const owner = readSiteOwner($, publisher, textOf(select($, 'title').first())) ?? readFiler($) ?? readInternalSystem($, publisher) ?? wiki ?? readUnionSite($, textOf(select($, 'title').first())) ?? readOperatedSite($, textOf(select($, 'title').first()));
  if (owner) result.siteOwner = owner;
  // (a company's own page that speaks of the company by name, not a news site's: what its about strip and its footer's business line say of it, after the story)
  if (owner && !owner.internal && !owner.filer && !owner.union && container && body.some((b) => b.text.includes(owner.name))) body.push(...ownerStrips($, container.toArray() as Element[], owner.name));
  return result;
}
