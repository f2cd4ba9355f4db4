/** Page chrome that survives DOM cleaning: copyright lines, bylines, e-mails, photo credits. */

import { EMAIL, isContactLine } from './contact-lines.js';

const EMAIL_G = new RegExp(EMAIL.source, 'g');

/** A copyright notice: starts like one, or carries the usual "no reproduction" words and is no sentence. */
const COPYRIGHT_START = /^[[<(]?\s*(?:copyright|ⓒ|©|\(c\)|저작권자\s?(?:ⓒ|©|\(c\)))/i;
const COPYRIGHT_WORDS = /무단\s?(?:전재|복제|배포)|재배포\s?금지|재판매\s?및\s?DB\s?금지|AI\s?학습\s?(?:및\s?)?(?:활용|이용)\s?금지|all rights reserved/i;

export function isCopyrightLine(s: string): boolean {
  if (s.length > 160) return false;
  if (COPYRIGHT_START.test(s)) return true;
  return COPYRIGHT_WORDS.test(s) && !/[다요]\.["'”’]?$/.test(s);
}

/** Reporter titles that end a byline. */
const REPORTER = '(?:기자|특파원|선임기자|전문기자|객원기자|인턴기자|수습기자|논설위원|통신원|에디터|리포터)';
/** "박수빈 한경닷컴 기자 waterbean@…", "[서울=뉴시스] 홍길동 기자", "홍길동 기자(hong@x.com)". */
const BYLINE = new RegExp(
  `^[\\[(<【]?(?:[^\\]>)】]{0,30}[\\])>】]\\s*)?(?:[가-힣·]{1,5}\\s?=\\s?)?([가-힣A-Za-z0-9]{2,12})(?:[\\s·,]\\s?[가-힣A-Za-z0-9·]{1,12}){0,3}\\s?${REPORTER}(?![가-힣])`,
);

/**
 * The label of a list of other headlines ("관련 기사", "많이 본 뉴스", "실시간 인기", a section's "X 다른 기사"): a whole line as a widget's title,
 * or with its items after a colon on the same line.
 */
const LIST_LABEL =
  '관련\\s?(?:기사|뉴스|보도|라이브|영상|글|콘텐츠)|(?:[가-힣A-Za-z·]{1,8}\\s){0,4}많이\\s?본\\s?(?:뉴스|기사)|인기\\s?(?:기사|뉴스)|추천\\s?(?:기사|뉴스)|주요\\s?뉴스|실시간\\s?인기|(?:이\\s?기자의|[가-힣A-Za-z·]{1,10}(?:\\s[가-힣A-Za-z·]{1,10})?)\\s다른\\s?(?:기사|뉴스)';

/** A list's label in brackets with its headlines after it on the same line: "[관련기사] A / B", "[많이 본 기사] 1. … 2. …". */
const BRACKETED_LIST = new RegExp(`^[[【<]\\s?(?:${LIST_LABEL})\\s?[\\]】>]\\s?\\S`);

/**
 * A line of a page's footer that stands alone even where a plain-text page runs it into the lines around it: a copyright
 * notice ("ⓒ 어느일보 무단전재 및 재배포 금지") or a bracketed list label with its items on the same line ("[관련기사] A / B").
 */
export function isFooterLine(line: string): boolean {
  const s = line.trim();
  return isCopyrightLine(s) || (s.length <= 300 && !/[다요]\.["'”’]?$/.test(s) && BRACKETED_LIST.test(s));
}

/** Lines that are widgets or navigation, whatever the layout. */
const WIDGET_LINE = new RegExp(
  [
    // Whole-line widget titles and buttons ("댓글 0", "관련기사", "이 기사와 관련된 기사", "공유하기").
    `^[[<【■▶◆●]?\\s?(?:${LIST_LABEL}|관련자료|관련\\s?보도\\s?자료|(?:이\\s?기사와\\s)?관련된?\\s?(?:기사|뉴스)|이전\\s?글|다음\\s?글|함께\\s?보면\\s?좋은\\s?(?:기사|글)|Related\\s(?:posts|articles|stories|news)|Read\\smore|More\\sstories|Most\\s(?:read|popular)|See\\salso|(?:지난|이전)\\s?호(?:\\s?다시)?(?:\\s?보기)?|(?:Previous|Past)\\s(?:issues|editions)|이전\\s?기사|다음\\s?기사|댓글(?:\\s?쓰기|\\s?보기)?|공유하기|기사\\s?공유|목록|좋아요|구독하기|\\d+\\s?목록)\\s?(?:\\d+\\s?개?)?[\\]>】:]?$`,
    // Widget lines followed by their content ("관련자료 이전 …", "등록된 댓글이 없습니다 …").
    // An English post's share bar read as a line: "12Share", "Like 3", "Comments".
    '^\\d{0,6}\\s?(?:Share|Like|Likes|Comments?|Subscribe)\\s?\\d{0,6}$',
    '^(?:[[<【]관련\\s?(?:기사|뉴스)[\\]>】]|관련자료\\s이전|관련자료\\s다음|댓글\\s?\\d+\\s?개?\\s(?:등록된|로그인|전체|최신순|공감순|순공감순)|등록된 댓글이 없습니다|로그인한 회원만|이전\\s?기사\\s?[:：]|다음\\s?기사\\s?[:：])',
  ].join('|'),
);

/**
 * An English page's or wire feed's list heading in any case, with the outlet or a note it may add: "RELATED (auto-generated):",
 * "MOST READ ON X ENGLISH:", "Top stories".
 */
const EN_WIDGET_HEADING = /^(?:related(?:\s(?:posts|articles|stories|news|coverage|links))?|more\s(?:stories|news)|most\s(?:read|popular|viewed)|top\sstories|see\salso)(?:\s(?:on|in|at|from)\s[A-Za-z][A-Za-z .&]{0,24})?\s?(?:\([^()]{1,20}\))?\s?:?$/i;

/** A widget's title line ("▶ 관련기사", "많이 본 뉴스", a newsletter's "지난 호 다시 보기"): in plain text, the lines under it up to a blank line are its list. */
export function isWidgetHeading(line: string): boolean {
  const s = line.trim();
  // (a newsletter's heading may open on an emoji: "📚 지난 호 다시 보기")
  const bare = s.replace(/^(?:[▶☞▷►]|\p{Extended_Pictographic}\uFE0F?)\s?/u, '');
  return s.length <= 30 && (WIDGET_LINE.test(bare) || EN_WIDGET_HEADING.test(bare));
}

/**
 * A widget's label with its items on the same line ("많이 본 뉴스: 1. … 2. …", "관련 기사: A | B", "관련 라이브: …"):
 * a short label for a list, a colon, then headlines, no sentence.
 */
const INLINE_WIDGET = new RegExp(`^[▶☞■]?\\s?(?:${LIST_LABEL})\\s?[:：]\\s?\\S`);

/** An English wire's or page's list label with its first items on the same line ("Related: [Dec. 1] A | [Nov. 30] B", "See also: …"). */
/** Headlines listed on one line: a bar or a bullet between them, or a bracketed date before one ("[Dec. 1] …"). */
const HEADLINE_ITEMS = /\s[|•·]\s|\s[|•·]$|\[[^\]]{1,20}\]\s/;
const EN_INLINE_WIDGET = /^(?:related(?:\s(?:posts|articles|stories|news|coverage|links))?|more\s(?:stories|news)|see\salso|most\s(?:read|popular|viewed))\s?:\s?\S/i;

/**
 * A line that opens a list of other headlines with its label ("관련 기사: A | B", "Related: [Dec. 1] A | …"): in plain text its
 * items may run on over the next lines, up to a blank line.
 */
export function opensInlineWidget(line: string): boolean {
  const s = line.trim();
  // (an English label's items: headlines between bars or bullets, or after bracketed dates, no sentence that opens on "Related:")
  return s.length <= 300 && !/[다요]\.["'”’]?$/.test(s) && (INLINE_WIDGET.test(s) || (EN_INLINE_WIDGET.test(s) && HEADLINE_ITEMS.test(s)));
}

/** "입력 2025.07.14 10:00 수정 …": the page's date stamp, not article text. */
const DATE_LINE = /^[\[(]?(?:입력|수정|승인|등록|기사입력|최종수정|업데이트|발행|송고|작성일)\s?[:：]?\s?(?:(?:19|20)\d{2}|\d{1,2}[-.]\d{1,2})/;

/** "어느일보 11.20 21:14", "어느경제 3시간 전": a digest item's outlet and time, not article text. */
const SOURCE_STAMP = /^[가-힣A-Za-z][가-힣A-Za-z0-9·&]{1,15}(?:\s?[가-힣A-Za-z0-9·&]{1,10})?\s?(?:(?:(?:19|20)\d{2}[./-]\s?)?\d{1,2}[./-]\s?\d{1,2}\.?\s\d{1,2}:\d{2}|\d{1,2}\s?(?:분|시간)\s?전)$/;

/** "위즈런, 교육용 sLLM '위즈튜터 2' 공개2026-11-24": a news list's headline with its date glued on (a link and a date span, flattened). */
const LISTED_HEADLINE = /[가-힣A-Za-z'"’”)\]…](?:19|20)\d{2}[-.]\d{2}[-.]\d{2}\.?$/;

/** A board's link to the post before or after ("이전글 2026년 … 공모", "다음 게시물: …", "Next post …"): a headline, not article text. */
const PREV_NEXT_POST = /^(?:(?:이전|다음)\s?(?:글|게시물|게시글)\s?[:：]?\s(?![은는을를이가에도의])|(?:Previous|Next)\s(?:post|article)\s?[:：]?\s)\S/;

/** (a registration number in parentheses after a name identifies a party of the text, "피심인 X (사업자등록번호 …)": no footer's) */
const MAIL_FOOTER = /(?<!\(\s?)사업자\s?등록\s?번호|통신판매업\s?신고|수신\s?거부|구독\s?(?:해지|취소)|unsubscribe|웹에서\s?보기|view\s(?:it\s)?in\s(?:your\s)?browser/i;

/** A registration number's label alone on its line, no number after it: a table's column title. */
const BARE_LABEL = /^사업자\s?등록\s?번호$/;

/** An outlet's imprint: "등록번호 서울 아01234", "정기간행물 등록번호: 서울, 다-12345", "발행·편집인 홍길동", "청소년보호책임자 홍길동". */
const IMPRINT = /(?:^|[\s|·])등록\s?번호\s?[:：]?\s?(?:[가-힣]{2,4}\s?,?\s?)?[아다라바자]\s?-?\d{4,5}|청소년\s?보호\s?책임자|발행\s?[·ㆍ,]?\s?편집\s?인/;

/** One item of a page's tool or service bar: share, scrap, font size, print, tip-off, subscribe, the app. */
const TOOL_ITEM = /^(?:공유(?:하기)?|스크랩|(?:글씨|글자|폰트)\s?크기(?:\s[가-힣+\-]){0,3}|인쇄(?:하기)?|기사\s?제보|제보하기|구독\s?신청|구독하기|북마크|[가-힣A-Za-z]{0,8}\s?앱\s?다운로드|(?:URL|링크)\s?복사)$/;

/**
 * "공유하기 | 글씨크기 가 가 | 스크랩", "X 앱 다운로드 | 기사제보 | 구독신청": short items between bars, one a tool's; "글씨크기 공유 스크랩 인쇄": three or more one-word items between spaces, every one a tool's.
 */
function isToolBar(s: string): boolean {
  const items = s.split(/\s?\|\s?/);
  if (items.length >= 2) return items.every((x) => x.length <= 14) && items.some((x) => TOOL_ITEM.test(x.trim()));
  const words = s.split(/\s+/);
  return (words.length >= 3 && words.every((w) => TOOL_ITEM.test(w))) || GLUED_TOOLS.test(s);
}

/** "인쇄글자크기공유스크랩", "글자크기스크랩": two tools or more whose links the page printed with no space between. */
const GLUED_TOOLS = /^(?:공유(?:하기)?|스크랩|(?:글씨|글자|폰트)크기|인쇄(?:하기)?|기사제보|제보하기|구독신청|구독하기|북마크|(?:URL|링크)복사){2,}$/;

/**
 * "[공유] 카카오톡 | 페이스북 | X | 링크복사 [글자크기] 가 가": the networks may stand between bars, the font-size buttons after them.
 * "[이 보도자료 공유하기] 페이스북 X 링크드인 이메일", "[이 기사를 공유하세요] 카카오톡 | 페이스북 | 링크 복사", an accessible text
 * mode's "공유하기 버튼 목록: 카카오톡, 페이스북, 링크 복사 / 글자 크기 버튼": a share label, then only the networks' names (a link-copy button among them), maybe the page's other tool buttons after a slash.
 */
const SHARE_BAR =
  /^(?:[[<【]?(?:이\s?)?(?:기사|보도자료|글|게시물)?(?:를|을)?\s?공유(?:하기|하세요|해\s?주세요)?(?:\s?버튼)?(?:\s?목록)?[\]>】]?\s?[:：]?\s*)?(?:(?:페이스북|트위터|X|링크드인|이메일|카카오톡|카카오스토리|밴드|네이버\s?블로그|텔레그램|Facebook|Twitter|LinkedIn|E-?mail|(?:링크|URL|주소)\s?복사)\s?[,·|]?\s*){2,}(?:\/\s?(?:글자\s?크기|인쇄|스크랩)(?:\s?버튼)?\s*)*(?:[[<【]?(?:글자|글씨)\s?크기[\]>】]?\s?(?:가\s?){0,3})?$/i;

/** True for a page's share bar: a share label and the networks' names, nothing else. */
export function isShareBar(line: string): boolean {
  const s = line.trim();
  return s.length <= 100 && SHARE_BAR.test(s);
}

/** "책임자는 NAME 전무이며, 문의는 X 사무국(a@b.kr)으로 하실 수 있습니다.": a sentence of two clauses giving an address in passing is text, no e-mail line. */
const SENTENCE_AROUND_EMAIL = /(?:이며|이고|으며|하며|하고),\s.{20,}[다요]\.["'”’]?$/;
/** "문의는 X 연구팀장 NAME(a@b.kr)에게, …는 이슈로 남겨 주세요.": an address in parentheses a particle continues, in a sentence that ends as one, is text. */
// ("모델 관련 문의는 NAME X 연구팀장(a@b.kr)에게 보내 주세요.": so is one a sentence opening on "문의는" sends to, however short its verb,
// or whose verb is a formal request: "… 대표 NAME(a@b.kr)에게 보내 주십시오.")
const ADDRESS_IN_PASSING = new RegExp(String.raw`\(\s?${EMAIL.source}\s?\)(?:에게|께|으로|로|에서|의)[\s,](?:.{10,}|(?<=^[^@]{0,30}문의(?:는|사항은)\s.*).{3,})(?:[다요]|시오)\.["'”’]?$`);
/** True for a short line that is a byline, an e-mail line, a copyright line or a widget. */
export function isChromeLine(line: string): boolean {
  const s = line.trim();
  if (s === '') return true;
  if (isCopyrightLine(s)) return true;
  if (s.length <= 100 && EMAIL.test(s) && !isContactLine(s) && !SENTENCE_AROUND_EMAIL.test(s) && !ADDRESS_IN_PASSING.test(s)) return true;
  const sentence = /[다요]\.["'”’]?$/.test(s);
  // a transcript's turn opens on the reporter's label too ("[02:34] 홍길동 기자 X랑 비교하면 어때요?"): a sentence or a question is no byline
  if (s.length <= 40 && BYLINE.test(s) && !sentence && !/[?？]$/.test(s)) return true;
  if (s.length <= 200 && WIDGET_LINE.test(s)) return true;
  if (s.length <= 300 && !sentence && (INLINE_WIDGET.test(s) || BRACKETED_LIST.test(s))) return true;
  if (s.length <= 80 && isToolBar(s)) return true;
  if (isShareBar(s)) return true;
  if (s.length <= 120 && !sentence && (s.startsWith('이전') || s.startsWith('다음') || s.startsWith('Previous') || s.startsWith('Next')) && PREV_NEXT_POST.test(s)) return true;
  if (s.length <= 70 && DATE_LINE.test(s) && !sentence) return true;
  if (s.length <= 40 && SOURCE_STAMP.test(s)) return true;
  if (s.length <= 150 && !sentence && LISTED_HEADLINE.test(s)) return true;
  // a ▶ line is a promo link, unless it is two or more sentences (a report's summary bullet)
  // or a broadcast's speaker caption ("▶ 인터뷰 : 홍길동 / X 대표")
  // or an inline list of names behind the marks ("▷A(분야) ▷B(분야)")
  if (s.length <= 100 && /^[▶☞▷►]/.test(s) && !(sentence && /다\.\s\S/.test(s)) && !SPEAKER_MARK.test(s) && !isInlineNameList(s)) return true;
  if (s.length <= 120 && (SOCIAL_LINE.test(s) || LISTEN_ON.test(s))) return true;
  if (/^(?:\(끝\)|<끝>|\[끝\]|\(END\)|-END-)$/i.test(s) || /^(?:#[^\s#]{1,30}\s?){1,20}$/.test(s)) return true;
  // a company footer, an outlet's imprint or a mailing's links: "사업자등록번호 …", "등록번호 서울 아01234", "수신거부 | 구독 설정"
  // (a table's column title alone, "사업자등록번호" over each bidder's number, is no footer)
  if (s.length <= 200 && !sentence && !BARE_LABEL.test(s) && (MAIL_FOOTER.test(s) || IMPRINT.test(s))) return true;
  if (/^[▶☞■▷◇]?\s?(?:기사\s?제보|제보하기|카카오톡|네이버에서|구독|Copyright)/i.test(s) && s.length <= 80) return true;
  return false;
}

/** "애플 팟캐스트", "스포티파이": a line that is only a podcast or streaming app's name (an episode page's "listen on" list). */
const LISTEN_ON = /^(?:애플\s?팟캐스트|Apple\s?Podcasts?|스포티파이|Spotify|팟빵|유튜브\s?뮤직|YouTube\s?Music|(?:네이버\s?)?오디오클립|구글\s?팟캐스트|Google\s?Podcasts|팟티)$/i;
/** "X(트위터) @yonhap_graphics 페이스북 tuney.kr": an outlet's social accounts, a network's name before each handle or link. */
const SNS = '(?:X|트위터|페이스북|인스타그램|유튜브|카카오톡|카카오스토리|틱톡|스레드|Facebook|Twitter|Instagram|YouTube|TikTok|Threads)(?:\\s?\\([^()]{1,10}\\))?';
const SOCIAL_LINE = new RegExp(`^(?:${SNS}\\s?[:：]?\\s?(?:@[\\w.]{2,30}|[\\w-]{2,30}(?:\\.[\\w-]{2,20})+(?:/\\S*)?)\\s*)+$`, 'i');

/** "▶ 인터뷰 : 홍길동 / X 대표", "▶ 녹취 : …": a speaker caption behind a link mark; "▶사회=…", "▶홍길동 대표=…": a roundtable's turn. */
const SPEAKER_MARK = /^[▶☞▷►]\s?(?:(?:인터뷰|녹취|싱크)\s?[:：]\s?[가-힣]|(?:사회|사회자|진행|진행자|[가-힣]{1,4}\s[가-힣A-Za-z]{1,14})\s?=\s?\S)/;

/** One entry of an inline list: a name of one word, maybe glossed in parentheses ("딥랩(영상 검사)"). */
const NAME_ENTRY = /^[^\s()]{1,20}(?:\s?\([^()]{1,30}\))?$/;

/** "▷A(분야) ▷B(분야) ▷C": two or more marks, each before one named entry; a promo link's headline is words, not one name. */
export function isInlineNameList(s: string): boolean {
  const entries = s.split(/[▶☞▷►]/).slice(1).map((e) => e.trim());
  return entries.length >= 2 && entries.every((e) => NAME_ENTRY.test(e));
}

/** Words that end outlet names, never a person's name: "한경닷컴", "미래일보". */
const OUTLET_END = /(?:닷컴|뉴스|일보|신문|경제|방송|투데이|데일리|타임즈|타임스|미디어|포커스|저널|통신|비즈|TV|온라인)$/;

/**
 * The reporter's name from a byline line, if the line is one: "박수빈 한경닷컴 기자 …" → 박수빈,
 * "[디지털포커스 오민재 기자]" → 오민재. Prefers a three-syllable word that is not an outlet name.
 */
export function readBylineName(line: string): string | undefined {
  const s = line.trim();
  if (s.length > 80) return undefined;
  const m = BYLINE.exec(s);
  if (!m) return undefined;
  const head = m[0].replace(/^[\[(<【]?(?:[^\]>)】]{0,30}[\])>】]\s*)?/, '').replace(/^[가-힣·]{1,5}\s?=\s?/, '');
  const words = head.split(/[\s·,]+/).slice(0, -1).filter((w) => /^[가-힣]{2,4}$/.test(w) && !OUTLET_END.test(w));
  const first = words.find((w) => w.length === 3) ?? words[0];
  return first ?? m[1];
}

const TRAILING_BYLINE = new RegExp(`\\s[/\\[(]?[가-힣]{2,4}(?:\\s?[가-힣A-Za-z·]{1,12}){0,2}\\s?${REPORTER}\\s*[(<\\[]?${EMAIL.source}[)>\\]]?\\s*$`);
const TRAILING_EMAIL = new RegExp(`\\s?[(<\\[]?${EMAIL.source}[)>\\]]?\\s*$`);

/** Removes a byline/e-mail tail glued to a paragraph: "…했다. 홍길동 기자 hong@x.com". */
export function stripTrailingByline(s: string): string {
  // Both tails end in an e-mail address: text without '@' has none.
  if (!s.includes('@')) return s.trim();
  return s.replace(TRAILING_BYLINE, '').replace(TRAILING_EMAIL, '').trim();
}

/** Removes e-mail addresses anywhere in a text (they are never facts about the article), and the empty brackets they leave — not a list line's unchecked task box ("- [ ] …", a thing still to do). */
export function stripEmails(s: string): string {
  // nothing to strip without an '@', a bracket or a double space
  if (!s.includes('@') && !/[([<]/.test(s) && !/\s\s/.test(s)) return s.trim();
  return s.replace(EMAIL_G, '').replace(/\(\s*\)|(?<!^(?:[-*+]\s)?)\[\s*\]|<\s*>/g, '').replace(/\s{2,}/g, ' ').trim();
}

/** Photo credits in captions: "사진=연합뉴스", "/사진=KT 제공", "(사진=…)", "게티이미지뱅크". */
const CREDIT_PATTERNS: RegExp[] = [
  /\s?[([<【]\s?(?:사진|그래픽|자료|영상|이미지|출처|제공)\s?[=:|ㅣ]\s?[^)\]>】]{0,40}[)\]>】]/g,
  /\s?\/?\s?(?:사진|그래픽|자료|이미지|출처)\s?(?:제공)?\s?[=:|ㅣ]\s?[^=.]{1,30}$/g,
  /\s?\/?\s?(?:ⓒ\s?)?(?:게티이미지(?:뱅크|코리아)?|Getty\s?Images(?:\s?Bank)?|셔터스톡|Shutterstock|AP\s?연합뉴스|EPA\s?연합뉴스|AFP\s?연합뉴스|로이터\s?연합뉴스|연합뉴스)\s*$/gi,
  /\s?\/?\s?[가-힣A-Za-z]{1,15}\s?제공\s*$/g,
  /\s?[[(<【][^\])>】]{0,30}(?:사진|이미지|제공|캡처|갈무리|DB|화면)[\])>】]\s*$/g,
  /\s?ⓒ\s?[^\sⓒ]{1,20}(?:\s(?:DB|제공))?\s*$/g,
  /\s?\/\s?[가-힣A-Za-z0-9]{1,12}(?:\s(?:제공|DB|캡처))?\s*$/g,
  /\s?(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}\.?\s*$/g,
  /\s?\*?\s?재판매\s?및\s?DB\s?금지\s*$/g,
];

/**
 * Text each CREDIT_PATTERNS row cannot match without (one of these strings occurs in every match;
 * undefined: always tried). A row is run only where it can match: the end-anchored ones are
 * otherwise tried from every position of the caption.
 */
const CREDIT_NEEDS: (string[] | undefined)[] = [['(', '[', '<', '【'], ['사진', '그래픽', '자료', '이미지', '출처'], undefined, ['제공'], [']', ')', '>', '】'], ['ⓒ'], ['/'], ['.'], ['재판매']];

/** Strips photo credits and returns what remains of a caption. */
export function stripPhotoCredits(s: string): string {
  let out = s;
  for (let i = 0; i < 2; i++) {
    const before = out;
    CREDIT_PATTERNS.forEach((re, k) => {
      const needs = CREDIT_NEEDS[k];
      if (!needs || needs.some((n) => out.includes(n))) out = out.replace(re, '');
    });
    out = out.trim();
    // a pass that changed nothing would change nothing again
    if (out === before) break;
  }
  return out.replace(/[\s/]+$/, '').trim();
}

/** Credits inside any block, in parentheses or brackets: "(사진=연합뉴스)". */
export function stripInlineCredits(s: string): string {
  const first = CREDIT_PATTERNS[0];
  if (first && !/[([<【]/.test(s)) return s.trim(); // the credit is bracketed
  return first ? s.replace(first, '').trim() : s;
}

/** "(서울=연합뉴스) 홍길동 기자 = ", "[서울=뉴시스]": the dateline that opens a wire story. */
const DATELINE = /^[[(【]\s?[^\])】=]{1,20}=\s?[^\])】]{1,20}[\])】]\s?(?:([가-힣]{2,4})(?:\s[가-힣A-Za-z]{1,10}){0,2}\s(?:기자|특파원)(?:\s?=\s?|\s))?/;
/** "[아이뉴스24 홍길동 기자] ", "[데일리안 = 홍길동 기자] ": a bracketed byline opening the story. */
const BRACKET_BYLINE = /^[[【]([^\]】]{1,30}\s?(?:기자|특파원|선임기자|전문기자))[\]】]\s?/;

/** "[AI타임스 2026년 12월 29일] 홍길동 기자 = ": an outlet and a full date in brackets opening the story. */
const BRACKET_DATELINE = /^[[(【][^\])】=]{0,24}?(?:19|20)\d{2}\s?[-./년]\s?\d{1,2}\s?[-./월]\s?\d{1,2}일?[^\])】]{0,12}[\])】]\s?(?:([가-힣]{2,4})(?:\s[가-힣A-Za-z]{1,10}){0,2}\s(?:기자|특파원)(?:\s?=\s?|\s))?/;

/** Strips an opening dateline or bracketed byline from the first paragraph; returns the reporter too. */
export function stripLeadingDateline(s: string): { text: string; name?: string } {
  const dated = BRACKET_DATELINE.exec(s);
  if (dated && dated[0].length < s.length) {
    const rest = s.slice(dated[0].length).trim();
    return dated[1] ? { text: rest, name: dated[1] } : { text: rest };
  }
  const b = BRACKET_BYLINE.exec(s);
  if (b?.[1] && b[0].length < s.length) {
    const name = readBylineName(b[1].replace(/=/g, ' ').replace(/\s+/g, ' '));
    const rest = s.slice(b[0].length).trim();
    return name ? { text: rest, name } : { text: rest };
  }
  const d = DATELINE.exec(s);
  if (d && d[0].length < s.length) {
    const rest = s.slice(d[0].length).trim();
    return d[1] ? { text: rest, name: d[1] } : { text: rest };
  }
  return { text: s };
}
