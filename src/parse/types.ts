/** What the parse stage makes of one news page: clean text with offsets, and its metadata. */

/** The role of a block of text on the page. Captions are kept apart from the body. */
export type BlockKind = 'title' | 'summary' | 'heading' | 'body' | 'caption';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Offsets into ParsedArticle.text. */
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  text: string;
  /** Offsets into ParsedArticle.text: text.slice(start, end) === sentence text. */
  start: number;
  end: number;
  block: BlockKind;
}

export interface ArticleMetadata {
  /** `article:<12 hex of sha256 of the input bytes>`. */
  id: string;
  sha256: string;
  /** The file the article was read from. */
  source: string;
  title: string;
  url?: string;
  /** ISO date YYYY-MM-DD. */
  publishedAt?: string;
  publisher?: string;
  author?: string;
  /** Which page layout was recognised: 'daum' | 'naver' | 'naver-blog' | 'generic' | 'text' | 'chat'. */
  layout: string;
}

export interface ParsedArticle {
  meta: ArticleMetadata;
  /** Blocks joined by "\n\n": the extracted text all offsets point into. */
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  /** Honest notes for the user (e.g. "no article body found"). */
  warnings: string[];
  /** Names the page printed with a stock exchange code ("큐브랩(458920)"), which the text leaves out: listed companies. */
  listed?: string[];
  /** Profile cards the page printed, each as its line "NAME — HEADLINE" (a post's author, its commenters). */
  profiles?: string[];
  /** The workspace (an organisation) whose team chat channel the page exports: its members write the messages. */
  workspace?: string;
  /** The corporation whose own site the page is (its Hangul name and the Latin one its copyright line gives): what its "당사" means. */
  siteOwner?: { name: string; latin: string; internal?: boolean; filer?: boolean; union?: boolean; brand?: string };
}
