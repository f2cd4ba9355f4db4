/**
 * A team's group chat exported as text (layout 'chat'): a room named after a company's unit ("X 코어팀",
 * "X AI랩", "X 개발본부") is that company's room, and the speakers who write in it under their full
 * Korean names ("NAME: …" opening a turn) work for it. A room of friends or a study group ("AI 뉴스
 * 스터디") names no company; a nickname ("방장 지훈", "데이터곰") is no person.
 */
import type { ParsedArticle, Sentence } from '../parse/types.js';
import { addEmployee, addEntity, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import { isKoreanName } from './engine/person-names.js';
import { GENERIC_COMPANY_STEMS, NOT_COMPANY } from './engine/company-words.js';
import type { RuleSet } from './types.js';

/** "X 님과 카카오톡 대화": the room's name in an export's first line. */
const ROOM_TITLE = /^(.+?)\s?님과 카카오톡 대화$/;
/** A company's unit as the room's name: the company, then a unit word (maybe one word before it). */
const UNIT_ROOM = /^([가-힣][가-힣A-Za-z0-9]{1,11}|[A-Z][A-Za-z0-9&]{1,15})\s(?:[가-힣A-Za-z0-9]{1,10}\s)?[가-힣A-Za-z0-9]{0,8}(?:팀|본부|랩|연구소|사업부|TF)$/;
/** A turn's speaker label: a full name and a colon opening the paragraph. */
const SPEAKER = /^([가-힣]{3,4}): /;

/** WORKS_FOR for each named speaker of a chat room named after a company's unit. */
export function addChatRoomMembers(acc: Acc, rules: RuleSet, articleId: string, parsed: ParsedArticle, sentences: Sentence[]): void {
  if (parsed.meta.layout !== 'chat') return;
  const room = ROOM_TITLE.exec(parsed.meta.title)?.[1] ?? parsed.meta.title;
  const name = UNIT_ROOM.exec(room)?.[1];
  const title = sentences.find((s) => s.block === 'title');
  if (!name || !title || NOT_COMPANY.has(name) || GENERIC_COMPANY_STEMS.test(name)) return;
  const known = [...acc.entities.values()].find((e) => e.type === 'Company' && Object.keys(e.names).includes(name));
  const company = known ? undefined : discoveredMention('Company', name, title.start, title.start + name.length);
  if (company) addEntity(acc, company, rules, evidenceOf(articleId, title, 'works-for.chat-room', 0.65));
  const target = known?.key ?? company!.key;
  for (const s of sentences) {
    const speaker = s.block === 'body' ? SPEAKER.exec(s.text)?.[1] : undefined;
    if (!speaker || !isKoreanName(speaker)) continue;
    const ev = evidenceOf(articleId, s, 'works-for.chat-room', 0.65);
    addEmployee(acc, rules, ev, speaker, s.start, s.start + speaker.length, target, {});
  }
}
