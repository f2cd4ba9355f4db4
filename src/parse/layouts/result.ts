/** What a layout reader hands to the assembler. */
import type { RawBlock } from '../blocks.js';
import type { SiteOwner } from '../site-owner.js';

export interface LayoutResult {
  layout: 'daum' | 'naver' | 'naver-blog' | 'generic' | 'text' | 'chat';
  title: string;
  summary: string[];
  body: RawBlock[];
  publishedAt?: string | undefined;
  publisher?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
  warnings: string[];
  /** Profile cards' lines ("NAME — HEADLINE"): see profile-cards.ts. */
  profiles?: string[];
  /** The workspace a team chat's exported channel belongs to: see workspace.ts. */
  workspace?: string;
  /** The corporation whose own site the page is: see site-owner.ts. */
  siteOwner?: SiteOwner;
}
