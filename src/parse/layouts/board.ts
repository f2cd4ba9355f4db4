/**
 * A community board's post page (a gallery post, a forum board's article) recognised from its markup: the post's writer
 * is named by a nickname or a masked IP ("<span class=nickname>", "<div data-nick>", "<span class=ip>(118.235)</span>"), and
 * so is each of at least two replies in a list named for them ("ul.cmt_list", "div.comment_row"). On such a page the
 * replies are the conversation the page is (corrections, confirmations), not a news page's reader comments — where the post
 * asks a question (its 말머리 "[질문]", a subject ending in "?"): the answers are what the page says. Under an announcement or a
 * repost the replies are reactions, and stay out.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { shortTextOf, textOf } from '../dom.js';
import { namesReplies } from '../chrome-elements.js';
import { select } from '../simple-select.js';
import { normalizeSpace } from '../text.js';

/** Class tokens naming who wrote a post or a reply on a board: a nickname, or the masked IP boards print beside it. */
const NICK_TOKEN = /^(?:nick|nickname|nick_name|user_nick|writer_nick)$/i;
const IP_TOKEN = /^(?:ip|ip_address|author_ip|user_ip|writer_ip)$/i;

/** An element naming a writer ("<span class=nickname>", "<span class=ip>", "<div data-nick>"), or with `nickOnly` by nickname only. */
function namesWriter(el: Element, nickOnly = false): boolean {
  if (el.attribs?.['data-nick'] !== undefined) return true;
  const cls = el.attribs?.['class'];
  return !!cls && cls.split(/\s+/).some((t) => NICK_TOKEN.test(t) || (!nickOnly && IP_TOKEN.test(t)));
}

/** A board's question label before a post's subject ("[질문]", "[Q&A]", "[궁금]"). */
const QUESTION_LABEL = /^[\[(【]\s?(?:질문|질문\/답변|Q&A|QnA|Q|궁금|궁금해요|도움|도움요청)\s?[\])】]/i;
/** Where a page title's site part starts ("SUBJECT - 갤러리", "SUBJECT : 게시판 - 사이트", "SUBJECT | 사이트"). */
const TITLE_SITE_MARK = /\s(?:-|:|\|)\s/;

/** True when the post asks: its subject ends in a question mark, or its heading carries a question label. */
function asksQuestion($: CheerioAPI): boolean {
  const title = normalizeSpace(textOf(select($, 'title').first()));
  const subject = title.split(TITLE_SITE_MARK)[0]!.trim();
  if (subject.length < 4) return false;
  if (/[?？]$/.test(subject) || QUESTION_LABEL.test(subject)) return true;
  return select($, 'h1, h2, h3, h4').toArray().some((h) => {
    // (a heading whose markup holds ten times that is more than the subject and its label, however it is indented)
    const text = normalizeSpace(shortTextOf([h], 10 * (subject.length + 20) + 1000) ?? '');
    return text.length <= subject.length + 20 && text.includes(subject) && QUESTION_LABEL.test(text);
  });
}

/**
 * True when the page is a board post asking a question, with its replies: a writer named outside the reply list, two or
 * more inside it.
 */
export function isBoardPost($: CheerioAPI): boolean {
  if (!asksQuestion($)) return false;
  return hasOwnAndTwoReplies($, (n) => (n.type !== 'tag' ? 'skip' : namesWriter(n as Element) ? 'writer' : 'open'));
}

/**
 * True when the post's writer answers in its thread: the nickname that names the post's writer outside the reply list names
 * the writer of two replies or more inside it. The writer goes on with the post there (questions answered, what was
 * asked corrected), so the replies are what the page says, as under a post that asks.
 */
export function isAnsweredBoardPost($: CheerioAPI): boolean {
  let own: string | undefined;
  let answers = 0;
  // (under a writer's review of what they used, one answer of theirs is enough: the thread discusses what was tried)
  const needed = reviewsOwnUse($) ? 1 : 2;
  return walkThread($, (n, inReplies) => {
    if (n.type !== 'tag') return 'skip';
    const el = n as Element;
    if (!namesWriter(el, true)) return 'open';
    const nick = normalizeSpace(textOf($(el)));
    if (!nick || nick.length > 30) return 'skip';
    // (a workplace community's writer shown by a company badge, "X · handle": its threads are read as isBadgedThread says)
    const line = el.parent?.type === 'tag' ? normalizeSpace(textOf($(el.parent as Element))) : nick;
    if (BADGED_WRITER.test(nick) || line.includes(`· ${nick}`) || line.includes(`| ${nick}`)) return false;
    if (!inReplies) own ??= nick;
    else if (nick === own && ++answers >= needed) return true;
    return 'skip';
  });
}

/** A board's review label before a post's subject ("[사용기]", "[후기]", "[리뷰]"). */
const REVIEW_LABEL = /^[\[(【]\s?(?:사용기|사용\s?후기|후기|리뷰|체험기|실사용기?)\s?[\])】]$/;
/** A subject that says the writer tried the thing ("… 돌려본 후기", "… 써본 리뷰", "… 사용기"). */
const REVIEW_SUBJECT = /(?:사용기|사용\s?후기|체험기|(?:써|돌려|굴려|깔아)\s?(?:본|봄|봤)|후기|리뷰)(?:\s|[(:,]|$)/;

/**
 * True when the post is the writer's review of something they used: its subject says so ("… 돌려본 후기") or a label
 * element before it does ("<span class=category>[사용기]</span>"). Unlike a repost of news, its thread goes on with it.
 */
function reviewsOwnUse($: CheerioAPI): boolean {
  const subject = normalizeSpace(textOf(select($, 'title').first())).split(TITLE_SITE_MARK)[0]!.trim();
  if (REVIEW_SUBJECT.test(subject)) return true;
  return select($, 'span, em, strong, b').toArray().slice(0, 200).some((e) => {
    const label = shortTextOf([e], 40);
    return label !== undefined && REVIEW_LABEL.test(normalizeSpace(label));
  });
}

/** A writer named with a company badge before the handle ("한빛소프트 · a1b2c3", "X | handle"). */
const BADGED_WRITER = /\S\s[·|]\s\S/;


/** What a page walk does at a node: goes into its children, passes it by, or ends with an answer. */
export type Step = 'open' | 'skip' | boolean;

/**
 * Walks the page's nodes once, in document order, each with whether a reply-named block holds it (the node itself
 * included), until `visit` answers; false when it never does.
 */
export function walkThread($: CheerioAPI, visit: (n: AnyNode, inReplies: boolean) => Step): boolean {
  const stack: Array<[AnyNode, boolean]> = [];
  const push = (nodes: AnyNode[], inReplies: boolean): void => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i]!, inReplies]);
  };
  push(($.root()[0] as unknown as { children: AnyNode[] }).children ?? [], false);
  while (stack.length > 0) {
    const [n, held] = stack.pop()!;
    const here = held || (n.type === 'tag' && namesReplies(n as Element));
    const step = visit(n, here);
    if (typeof step === 'boolean') return step;
    if (step === 'open') push((n as Element).children, here);
  }
  return false;
}

/** Counts the writers `see` finds outside and inside reply blocks: true once the post has a writer of its own and two replies. */
export function hasOwnAndTwoReplies($: CheerioAPI, see: (n: AnyNode) => 'writer' | 'open' | 'skip'): boolean {
  let own = 0;
  let replies = 0;
  return walkThread($, (n, inReplies) => {
    const kind = see(n);
    if (kind !== 'writer') return kind;
    if (inReplies) replies++;
    else own++;
    return own > 0 && replies >= 2 ? true : 'skip';
  });
}

/**
 * Hosts whose pages are discussion threads (a link aggregator's post and its nested replies, "old.reddit.com/r/X/comments/…",
 * "news.ycombinator.com/item?id=…"): the replies are the conversation the page is, whatever the post asks.
 */
const DISCUSSION_HOST = /^(?:[a-z0-9-]+\.)*(?:reddit\.com|news\.ycombinator\.com|lobste\.rs|slashdot\.org)$/i;

/** True when the page's address (canonical or og:url) is a thread on a discussion platform. */
export function isDiscussionThread(url: string | undefined): boolean {
  if (!url || !url.includes('/')) return false;
  const host = /^(?:https?:)?\/\/([^/?#]+)/i.exec(url)?.[1];
  return !!host && DISCUSSION_HOST.test(host) && /\/comments\/|\/item\?id=|\/s\/|\/story\//.test(url);
}

/**
 * "Show HN: …", "Ask HN: …", "Show GN: …": a link aggregator's post where the writer shows their own work or asks — they
 * answer in the thread below it, so the replies are part of what the page says (a plain link post's replies are reactions).
 */
const SHOW_OR_ASK_TITLE = /^(?:Show|Ask|Tell|Launch)\s(?:HN|GN|Lobsters)\s?:\s?\S/;

/** True when the page's title opens as a link aggregator's show-and-tell or question post. */
export function isShowOrAskPost(title: string | undefined): boolean {
  return !!title && SHOW_OR_ASK_TITLE.test(title.trim());
}

const ASIDE_TAGS = new Set(['aside', 'nav', 'footer', 'header']);

/**
 * The post's block and the reply lists beside it ("<div class=view_content_wrap>…</div><div class=comment_wrap>"): the
 * reply-named blocks after the post at the nearest level (three up at most) that has any, else the post alone.
 */
export function withRepliesBeside(el: Element, whole = false): Element[] {
  let branch: Element = el;
  for (let level = 0; level < 3; level++) {
    const up = branch.parent;
    if (up?.type !== 'tag' || (up as Element).name === 'html') break;
    const siblings = (up as Element).children;
    const after = siblings.slice(siblings.indexOf(branch) + 1);
    const found = after.filter((c): c is Element => c.type === 'tag' && !ASIDE_TAGS.has((c as Element).name) && namesReplies(c as Element));
    // (a review forum's submission: its whole note, the authors and their affiliations over the abstract)
    if (found.length > 0) return [whole ? branch : el, ...found];
    // (a board that lays its post and its reply list side by side right under <body> is read at that level, and no higher)
    if ((up as Element).name === 'body') break;
    branch = up as Element;
  }
  return [el];
}

/** True when a reply-named block sits inside `el` (the post's container already holds its replies). */
export function holdsReplies(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    if (namesReplies(n as Element)) return true;
    stack.push(...(n as Element).children);
  }
  return false;
}

/** A masked handle an anonymous workplace community prints beside a writer's company badge ("리버랩 · a***k"). */
const MASKED_HANDLE = /(?:^|[·|]\s?)[A-Za-z0-9]\*{2,4}[A-Za-z0-9]$/;

/**
 * An anonymous workplace community's post (each writer shown by a company badge and a masked handle, "X · a***k"), with
 * two or more replies so shown in a reply-named list: employees of the companies the post is about confirm and correct it
 * there, so the replies are what the page says, as on a board post that asks.
 */
export function isBadgedThread($: CheerioAPI): boolean {
  return hasOwnAndTwoReplies($, (n) => {
    if (n.type === 'text') return MASKED_HANDLE.test(normalizeSpace((n as unknown as { data: string }).data)) ? 'writer' : 'skip';
    return n.type !== 'tag' || (n as Element).name === 'script' || (n as Element).name === 'style' ? 'skip' : 'open';
  });
}

/** A paper's review forum (OpenReview and the like): its replies are titled as reviews and the authors' responses to them. */
const REVIEW_HEADING = /^(?:Official\s(?:Review|Comment)|Author\s(?:Response|Rebuttal)|Meta[\s-]Review|Response\sto\sReviewer|Rebuttal)\b/i;

/** True when two headings or more title a review thread's replies: the authors answer there, so the replies are what the page says. */
export function isReviewForum($: CheerioAPI): boolean {
  let n = 0;
  select($, 'h2, h3, h4, h5').each((_, h) => {
    if (REVIEW_HEADING.test(normalizeSpace(textOf($(h))))) n++;
  });
  return n >= 2;
}

/**
 * A code host's issue, discussion or merge-request page ("SUBJECT · Issue #212 · owner/repo · GitHub", "SUBJECT (#41) ·
 * Issues · owner / repo · GitLab", "SUBJECT · Discussion #9 · …"): the maintainers answer the question in the comments,
 * so the comments are what the page says; and so they are on an issue tracker's issue ("[KEY-12] SUBJECT - Jira"), the team's
 * own record of the work.
 */
const CODE_HOST_THREAD_TITLE = /\s·\s(?:Issue|Discussion|Pull Request|Merge Request)\s#\d+(?:\s·|$)|\s\(#\d+\)\s·\s(?:Issues|Merge requests)\s·/;

/** An issue tracker's issue, its key in brackets before the summary ("[LLM-482] SUBJECT - Jira", "[OPS-7] SUBJECT - X Jira"). */
const TRACKER_ISSUE_TITLE = /^\[[A-Z][A-Z0-9_]{1,9}-\d{1,6}\]\s.{1,200}?\s[-–|]\s(?:[^-–|]{1,30}\s)?(?:Jira|JIRA)(?:\s[A-Za-z]{1,12})?$/;

/** True when the page's `<title>` or og:title names a code host's issue, discussion or merge request (or a tracker's issue). */
export function isCodeHostThread($: CheerioAPI): boolean {
  const titles = [textOf(select($, 'title').first()), select($, 'meta[property="og:title"]').attr('content') ?? ''];
  return titles.some((t) => CODE_HOST_THREAD_TITLE.test(normalizeSpace(t)) || TRACKER_ISSUE_TITLE.test(normalizeSpace(t))) || isHubDiscussion($, titles);
}

/** A model hub's discussion title: the repository, then the thread's subject ("owner/Model-7B · 베이스 모델이 뭔가요?"). */
const HUB_DISCUSSION_TITLE = /^[A-Za-z0-9][\w.-]{0,60}\/[A-Za-z0-9][\w.-]{0,80}\s·\s(\S.{2,150})$/;
/**
 * The repository a model hub's community discussion is about ("owner/Model-7B" of "owner/Model-7B · SUBJECT" over its "#14 ·
 * SUBJECT" heading): the page's own subject, printed in its header bar, which names the model and the account that owns it.
 */
export function hubDiscussionRepository($: CheerioAPI): string | undefined {
  const titles = [textOf(select($, 'title').first()), select($, 'meta[property="og:title"]').attr('content') ?? ''];
  if (!isHubDiscussion($, titles)) return undefined;
  for (const t of titles) {
    const repo = /^([A-Za-z0-9][\w.-]{0,60}\/[A-Za-z0-9][\w.-]{0,80})\s·\s/.exec(normalizeSpace(t))?.[1];
    if (repo) return repo;
  }
  return undefined;
}

/** A discussion's numbered heading ("#14 · SUBJECT", "#14 SUBJECT"). */
const NUMBERED_THREAD_HEADING = /^#\d{1,6}\s?[·:]?\s?/;
/** The same number closing the heading ("SUBJECT #14"). */
const TRAILING_THREAD_NUMBER = /\s#\d{1,6}$/;

/**
 * A model hub's community discussion ("owner/Model-7B · SUBJECT" over a "#14 · SUBJECT" heading): the model's makers answer
 * the question in the comments, so the comments are what the page says. The model's own page ("owner/Model · Hugging Face")
 * has no numbered heading carrying the subject.
 */
function isHubDiscussion($: CheerioAPI, titles: string[]): boolean {
  const subjects = titles.map((t) => HUB_DISCUSSION_TITLE.exec(normalizeSpace(t))?.[1]?.trim()).filter((s): s is string => !!s);
  if (subjects.length === 0) return false;
  return select($, 'h1, h2, h3').toArray().some((h) => {
    const text = normalizeSpace(shortTextOf([h], 2000) ?? '');
    // (the number before the subject, or after it: "SUBJECT #14")
    if (!NUMBERED_THREAD_HEADING.test(text) && !TRAILING_THREAD_NUMBER.test(text)) return false;
    const rest = text.replace(NUMBERED_THREAD_HEADING, '').replace(TRAILING_THREAD_NUMBER, '');
    return subjects.some((s) => rest === s || rest.startsWith(s));
  });
}
