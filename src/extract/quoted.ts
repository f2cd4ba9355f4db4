/**
 * A paragraph that is one quotation and nothing else (an interview answer, a quoted statement on a
 * line of its own: "…입니다. …이고요. …했습니다.") is read sentence by sentence, like any other
 * paragraph: the parser keeps a quotation whole, so its sentences would otherwise be one.
 */
import { DASH_QUESTION, dashInterviewTurns } from './dash-interview.js';
import { roleNarrator } from './role-narrator.js';
import type { Sentence } from '../parse/types.js';
import { splitSentences } from '../parse/sentences.js';
import type { Mention } from './types.js';
import { bareNameRoles, roleTurnOf } from './role-turns.js';
import { selfIntroduced } from './self-intro-narrator.js';
import { EN_POST_CORE } from './engine/english-posts.js';

/** The sentences read out of a quotation-only paragraph: someone speaking. */
const quotedParts = new WeakSet<Sentence>();

/** The whole sentence is one quotation: it opens on a quote mark and closes on the matching one, with no reporting verb after. */
const WHOLE_QUOTE = /^(["“])([^"“”]+)(["”])$/;

/** An answer turn of a Q&A interview: "대표: …", "CTO: …", "답: …", "A. …" (not the question's "기자:"/"Q:"). */
/** (and a transcript's guest label before the guest's name: "출연자 홍길동 네, …") */
/** (a wire 일문일답's answer opens on "=", the speaker maybe in parentheses: "=(한지오 대표) …", "=(김 CTO) …") */
const ANSWER_TURN = /^(?:(?:대표|대표이사|CEO|CTO|CSO|CPO|이사|부사장|사장|회장|연구소장|센터장|팀장|리더|총괄|답|A)\s?[:：.]\s|(?:출연자|게스트|초대\s?손님)\s(?=[가-힣]{2,4}\s)|=\s?(?:\([^()]{1,20}\)\s?)?(?=[가-힣A-Za-z'‘"“]))/;
/** A label and nothing but a person's name after it (no reply's ending: "답: 그렇습니다", "A: 맞아요"). */
const NAME_ONLY = /^[가-힣A-Z]{1,4}\s?[:：]\s?[가-힣]{2,4}(?<![다요죠네까지음])\s*$/;
/** A question turn: "기자: …", "Q. …", a transcript's host label ("진행자 …", "사회자: …"), a briefing's "- (질문) …", "[문] …". */
const QUESTION_TURN = /^(?:(?:기자|질문|문|Q|진행자|사회자|MC)\s?[:：.]?\s|(?:[-―—–·]\s?)?[(\[【〔]\s?(?:질문|문|Q)\s?[)\]】〕]\s?)/;
/** Question headings: an interview that prints each question as a heading line over a paragraph of the quoted answer (two such pairs or more). */
function headingQuestions(sentences: Sentence[]): Set<number> {
  const at = sentences.flatMap((s, i) => (s.block === 'heading' && sentences[i + 1]?.block === 'body' && /^["“]/.test(sentences[i + 1]!.text) ? [i] : []));
  return new Set(at.length >= 2 ? at : []);
}
/** The sentences of question turns: the interviewer speaking, whose subjects are no answer's company. */
const questionParts = new WeakSet<Sentence>();

/** A yes-no question in one clause ("A는 X에 신청했나.", "B도 참여합니까?"): what it asks is not stated. */
const ASKED_ONLY = /[가-힣](?:나|는가|은가|습니까|니까|니)\s?[.?？]?\s*$/;
/** The polite form a Q&A board's asker writes ("…에도 X가 참여하나요?"), maybe with the asker's handle after a dash ("— kim***"). */
const ASKED_POLITELY = /[가-힣](?:나요|는지요|을까요|ㄹ까요)\s?[?？]?(?:\s[—–]\s?[A-Za-z0-9_.*]{1,24})?\s*$/;
/** True for an interviewer's question that only asks whether (no clause before it states a fact: "…를 공개했는데, …하나."). */
export function asksWhetherOnly(s: Sentence): boolean {
  return questionParts.has(s) && ASKED_ONLY.test(s.text) && !/(?:는데|지만|면서|으며|했고|하고|이고),?\s/.test(s.text);
}
/** True for a question turn that asks whether in either form, the plain one or a board's polite one (see readClauses). */
export function asksWhetherAtAll(s: Sentence): boolean {
  return asksWhetherOnly(s) || (questionParts.has(s) && ASKED_POLITELY.test(s.text) && !/(?:는데|지만|면서|으며|했고|하고|이고),?\s/.test(s.text));
}

/** A question whether a report is true ("C와 협력한다는 보도가 있던데 사실인가요?"): the reported act is not stated. */
const ASKS_IF_REPORT_TRUE = /다는\s(?:기사|보도|소문|얘기|이야기|말)(?:가|이|도)?\s(?:있던데|있는데|나왔던데|나왔는데|돌던데|도는데)[,\s]{1,3}(?:그게\s|이게\s)?(?:사실인가요|사실입니까|사실이에요|사실인지요|맞나요|맞습니까|맞아요)\s?[?？]?\s*$/;
/** True for a question turn that only asks whether a report is true. */
export function asksIfReportTrue(s: Sentence): boolean {
  return questionParts.has(s) && ASKS_IF_REPORT_TRUE.test(s.text);
}

/** True for a sentence of an interviewer's question turn. */
export function isQuestionTurn(s: Sentence): boolean {
  return questionParts.has(s);
}

/** A video transcript's turn: a timestamp, then the speaker's name and one word of role ("[02:05] 홍길동 대표 …"). */
const TIMED_TURN = /^[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s?([가-힣]{2,4}\s[가-힣A-Za-z]{1,10})\s(?=\S)/;
/** A transcript speaker whose role is asking: the host or the reporter. */
const HOST_ROLE = /\s(?:기자|앵커|진행자|사회자|아나운서|에디터|PD|MC)$/;

/**
 * A roundtable's or a print interview's turn mark: "▶사회=", "▶홍길동 대표=", later "▶홍 대표=" (a mark, the speaker's
 * name or surname and one word of post, then "="; or the full name alone, "◆홍길동 = "). The host's turns are questions; the others speak for the speaker.
 */
const MARKED_TURN = /^[▶◆◇■△▲▷►]\s?(?:(사회|사회자|진행|진행자|기자)|([가-힣]{1,4})\s([가-힣A-Za-z]{1,14})|(?!질문|답변|대답|응답|정리)([가-힣]{2,4}))\s?=\s?(?=\S)/;
/**
 * A podcast transcript's turn: a timestamp, a role label and maybe the speaker in parentheses with their affiliation,
 * then a colon ("[00:12:22] 게스트(홍길동, X랩 CTO): …", "[00:12:15] 진행자: …"): the host's turns are questions.
 */
const LABELED_TURN = /^[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s?(?:(진행자|사회자|앵커|호스트|MC|기자)|(?:게스트|출연자|패널|초대\s?손님)?\s?\(([가-힣]{2,4}|[A-Z][a-z]+\s[A-Z][a-z]+),\s?([^()]{2,30})\))\s?[:：]\s?(?=\S)/;
/** The speaker of each sentence of a marked turn: a full name (a surname alone resolved to the name an earlier turn gave it with the same post). */
const turnSpeakers = new WeakMap<Sentence, string>();
/** The affiliation a labelled turn gives its speaker ("X랩 CTO" in "게스트(홍길동, X랩 CTO):"). */
const turnAffiliations = new WeakMap<Sentence, string>();

/** The affiliation a transcript's turn label gives the speaker of this sentence ("X랩 CTO"), if any. */
export function turnAffiliationOf(s: Sentence): string | undefined {
  return turnAffiliations.get(s);
}

/** The name of the one who speaks a marked turn's sentence ("▶홍길동 대표=…" → 홍길동). */
export function turnSpeakerOf(s: Sentence): string | undefined {
  return turnSpeakers.get(s);
}

/** The full name a turn mark's name stands for: itself, or the full name an earlier mark with the same surname and post gave. */
function resolveTurnName(name: string, post: string, full: Map<string, string>): string {
  if (name.length >= 2) {
    full.set(`${name[0]} ${post}`, name);
    return name;
  }
  return full.get(`${name} ${post}`) ?? name;
}

/** The labels of timed turns that open two paragraphs or more: a transcript's speakers (a label once is no speaker). */
function timedSpeakers(sentences: Sentence[], text: string): Set<string> {
  const seen = new Map<string, number>();
  for (const [i, s] of sentences.entries()) {
    const prev = sentences[i - 1];
    const label = (!prev || text.slice(prev.end, s.start).includes('\n')) && TIMED_TURN.exec(s.text)?.[1];
    if (label) seen.set(label, (seen.get(label) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([label]) => label));
}

/**
 * Marks the sentences of each answer turn of a Q&A interview as someone speaking: from a sentence that
 * opens with "대표: " to the end of its paragraph (the turn's label is cut off the first sentence). A video
 * transcript's timed turns ("[02:05] 홍길동 대표 …") lose their label too: the host's are questions, the others answers.
 */
export function markAnswerTurns(sentences: Sentence[], text: string): Sentence[] {
  let inTurn = false;
  const speakers = timedSpeakers(sentences, text);
  const fullNames = new Map<string, string>();
  /** The marked turn the paragraph is: the host's (null) or a speaker's name. */
  let speaker: string | null | undefined;
  let affiliation: string | undefined;
  const headed = headingQuestions(sentences);
  const dashed = dashInterviewTurns(sentences, text);
  const roles = bareNameRoles(sentences, text); // (a print dialogue's bare names opening its answers, "NAME 네, …니다.")
  return sentences.map((s, i) => {
    const prev = sentences[i - 1];
    if (!prev || text.slice(prev.end, s.start).includes('\n')) {
      inTurn = false;
      speaker = undefined;
      affiliation = undefined;
    }
    const marked = s.text.includes('=') ? MARKED_TURN.exec(s.text) : null;
    if (marked) speaker = marked[2] ? resolveTurnName(marked[2], marked[3]!, fullNames) : (marked[4] ?? null);
    const labeled = !marked && speaker === undefined && s.text.includes(':') ? LABELED_TURN.exec(s.text) : null;
    if (labeled) [speaker, affiliation] = labeled[1] ? [null, undefined] : [labeled[2]!, labeled[3]!.trim()];
    const role = !marked && !labeled && speaker === undefined && !inTurn ? roleTurnOf(s.text, roles) : undefined;
    if (role) [speaker, affiliation] = role.question ? [null, undefined] : [role.name ?? '', role.affiliation];
    // (an answer right under an unlabelled question, a Q&A export's "…인가요?" line: that line asked it)
    if (role && !role.question && prev && /[?？]\s*$/.test(prev.text) && !quotedParts.has(prev)) questionParts.add(prev);
    if (speaker !== undefined) {
      const cut = (marked ?? labeled)?.[0].length ?? role?.cut ?? 0;
      const part = cut ? { ...s, text: s.text.slice(cut), start: s.start + cut } : s;
      (speaker !== null ? quotedParts : questionParts).add(part);
      if (speaker) turnSpeakers.set(part, speaker);
      if (affiliation) turnAffiliations.set(part, affiliation);
      return part;
    }
    const timed = TIMED_TURN.exec(s.text);
    if (timed && speakers.has(timed[1]!) && (!prev || text.slice(prev.end, s.start).includes('\n'))) {
      const part = { ...s, text: s.text.slice(timed[0].length), start: s.start + timed[0].length };
      inTurn = !HOST_ROLE.test(timed[1]!);
      (inTurn ? quotedParts : questionParts).add(part);
      return part;
    }
    // ("대표: 홍길동": a details list's labelled row naming the head is no answer turn, nothing follows the name)
    const a = NAME_ONLY.test(s.text) ? null : ANSWER_TURN.exec(s.text);
    if (a || dashed.answers.has(i)) inTurn = true;
    if (!inTurn) {
      if (headed.has(i) || dashed.questions.has(i) || QUESTION_TURN.test(s.text) || (DASH_QUESTION.test(s.text) && (WHOLE_QUOTE.test(sentences[i + 1]?.text ?? '') || /^=/.test(sentences[i + 1]?.text ?? '')))) questionParts.add(s);
      return s;
    }
    const part = a ? { ...s, text: s.text.slice(a[0].length), start: s.start + a[0].length } : s;
    quotedParts.add(part);
    return part;
  });
}

/** A quotation-only sentence split into the sentences inside it; any other sentence as it is. */
export function splitQuotedParagraph(s: Sentence): Sentence[] {
  const q = WHOLE_QUOTE.exec(s.text);
  if (!q || (q[1] === '"') !== (q[3] === '"')) return [s];
  const inner = splitSentences(q[2]!, s.start + 1);
  if (!inner.length) return [s];
  return inner.map((x) => {
    const part = { ...s, text: x.text, start: x.start, end: x.end };
    quotedParts.add(part);
    return part;
  });
}

/** Marks sentences as someone's speech (a team chat's messages: the organisation speaking, see workspace-chat.ts). */
export function markSpoken(sentences: Sentence[]): void {
  for (const s of sentences) quotedParts.add(s);
}

/** True for a sentence someone speaks (an answer, a quotation-only paragraph, a first-person essay). */
export function isSpoken(s: Sentence): boolean {
  return quotedParts.has(s);
}

/** '"…"고 밝혔습니다': a sentence that reports what someone said in quotation marks (in a first-person letter, another person's words, not the writer's). */
const REPORTED_QUOTE = /["“][^"“”]{4,}["”]\s?(?:이)?(?:라|라고|고|며|라며)\s(?:[가-힣]{1,6}\s)?(?:밝혔|말했|전했|강조했|설명했|덧붙였|했)/;

/** True for a spoken sentence (a first-person letter's) that only reports another person's quoted words. */
export function reportsQuote(s: Sentence): boolean {
  return quotedParts.has(s) && (s.text.includes('"') || s.text.includes('“')) && REPORTED_QUOTE.test(s.text);
}

/** A company speaking of itself: "저희", "당사", "우리 회사", "우리가 설계한"; in an English answer "We …", "Our …". */
const FIRST_PERSON = /(?<![가-힣])(?:저희|당사|당행|우리 회사|우리(?=가\s|는\s))(?=[가-힣\s])|(?<![A-Za-z])(?:We|Our)\s/;

/** True when some quotation-only paragraph speaks for a company in the first person (an interview with its head). */
export function speaksForCompany(sentences: Sentence[]): boolean {
  return sentences.some((s) => quotedParts.has(s) && FIRST_PERSON.test(s.text));
}

/** A list item's mark before a line's first word ("- ", "• ", "2) "). */
const ITEM_MARK_BEFORE = /^\s?(?:[-–•·▪◦*]|\d{1,2}[.)])\s?$/;
const SUBJECT_AFTER = /^(?:\s?\([^()]{1,20}\))?(?:은|는|이|가)\s/;

/**
 * In an interview whose answers speak for a company ("저희는 …"), an answer's sentence that names
 * no company as its subject ("올해 X 사업에 선정됐습니다", "Y와 서비스를 함께 만들고 있어요") is
 * about the speaker's company: a reference to it at the sentence's start, as for an omitted subject.
 */
export function addSpeakerSubject(s: Sentence, ms: Mention[], speaker: Mention | undefined): void {
  if (!speaker || !quotedParts.has(s) || ms.some((m) => m.key === speaker.key)) return;
  // (a sentence already given its omitted subject, another company, keeps it: a letter's report of what someone said there)
  if (ms.some((m) => m.via === 'reference' && m.type === 'Company' && m.end === 0)) return;
  // a line that opens on a model is about that model ("Y 32B: Z를 base로 …", a list's item "- Y 32B: …"), not the speaker's company
  if (ms.some((m) => m.type === 'Model' && (m.start === 0 || ITEM_MARK_BEFORE.test(s.text.slice(0, m.start))))) return;
  if (ms.some((m) => m.type === 'Company' && m.via !== 'blocked' && SUBJECT_AFTER.test(s.text.slice(m.end, m.end + 24)))) return;
  ms.unshift({ ...speaker, aliases: [], start: 0, end: 0, via: 'reference', properties: undefined });
}

/** "나는 판교의 스타트업 X에서 ML 엔지니어로 일한다": the narrator of a first-person essay works at X (as the role before 로). */
const NARRATOR = /(?:^|\s)(?:나는|저는|필자는)\s[^.]{0,50}?에서\s(?:([^.\s][^.]{0,18}?)(?:으로|로)\s)?[^.]{0,10}?(?:일한다|일하고 있다|근무한다|근무하고 있다|일합니다|일하고 있습니다|근무합니다|근무하고 있습니다)/;

/** "저는 … 2년 전 X에 (ML 리드로) 합류했습니다.": the narrator joined X and is there still (the sentence ends on it; not "합류했다가"). */
const JOINED_NARRATOR = /(?:^|\s)(?:나는|저는|필자는)\s[^.]{0,80}?(에)\s(?:([^.\s][^.]{0,18}?)(?:으로|로)\s)?(?:정식\s)?(?:합류했|입사했|합류하게\s됐|입사하게\s됐)(?:습니다|다)[.!]?$/d;

export interface Narrator {
  company: Mention;
  /** The narrator's role ("ML 엔지니어"), when the sentence gives one. */
  title?: string;
  sentence: Sentence;
  /** The post opened by introducing its writer as the company's ("X ML 팀입니다"): the whole body is the company's voice. */
  voice?: boolean;
}

/** "I'm an ML engineer at X", "I work at X": an English post's writer says where they work (the role before "at"). */
const EN_NARRATOR_BEFORE = /(?:^|\s)(?:I['’]m|I am|I work as)\s(?:an?\s|the\s)?([A-Za-z][A-Za-z\- ]{1,40}?)\s(?:at|for)\s$|(?:^|\s)I\s(?:work|am working|have been working)\s(?:at|for)\s$/;

/** The company an English post's writer says they work at, in the body's first sentences (no speech marking: see narratorCompany). */
function englishNarrator(sentences: Sentence[], mentions: Mention[][]): Narrator | undefined {
  let seen = 0;
  for (const [i, s] of sentences.entries()) {
    if (s.block !== 'body' || ++seen > 8) continue;
    for (const m of mentions[i] ?? []) {
      if (m.type !== 'Company' || m.via === 'blocked') continue;
      const before = EN_NARRATOR_BEFORE.exec(s.text.slice(Math.max(0, m.start - 60), m.start));
      if (before) return { company: m, sentence: s, ...(before[1] ? { title: before[1].trim() } : {}) };
    }
  }
  return authorCardNarrator(sentences, mentions);
}

/** An author card's line under "Written by NAME": the writer's role at the company, and nothing else ("Research Engineer at X."). */
const EN_CARD_ROLE = new RegExp(String.raw`^((?:[A-Z][A-Za-z\-]*\s){0,3}(?:${EN_POST_CORE}|Developer|Designer|Officer|Intern|Analyst|Architect|Founder|Co-founder|CEO|CTO|CFO|COO|VP|President)|Head of [A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*)?)\s(?:at|@)\s$`);
const EN_CARD_HEAD = /^(?:Written by|About the author|By)\s[A-Z]/;

/** A blog's author card at the foot of the post ("Written by NAME" / "Research Engineer at X."): the writer works at X. */
function authorCardNarrator(sentences: Sentence[], mentions: Mention[][]): Narrator | undefined {
  for (const [i, s] of sentences.entries()) {
    if (i === 0 || !s.text.includes(' at ') || !EN_CARD_HEAD.test(sentences[i - 1]!.text)) continue;
    const m = mentions[i]?.find((x) => x.type === 'Company' && x.via !== 'blocked');
    const role = m && /^\.?$/.test(s.text.slice(m.end).trim()) ? EN_CARD_ROLE.exec(s.text.slice(0, m.start)) : null;
    if (m && role) return { company: m, sentence: s, title: role[1]! };
  }
  return undefined;
}

/**
 * A first-person essay by someone who says where they work: its body speaks for that company, as an
 * interview's answers do ("우리 팀이 Y를 공개했다", "우리 회사가 선정돼"). Marks the body sentences
 * as speech and returns the company (and the narrator's role).
 */
export function narratorCompany(sentences: Sentence[], mentions: Mention[][]): Narrator | undefined {
  for (const [i, s] of sentences.entries()) {
    const worked = NARRATOR.exec(s.text);
    const n = worked ?? JOINED_NARRATOR.exec(s.text);
    if (!n) continue;
    const at = worked ? n.index + n[0].indexOf('에서 ') : n.indices![1]![0];
    const company = mentions[i]?.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.end === at);
    if (!company) return undefined;
    for (const x of sentences) if (x.block === 'body') quotedParts.add(x);
    const title = worked ? n[1] : n[2];
    return { company, sentence: s, ...(title ? { title: title.trim() } : {}) };
  }
  const own = roleNarrator(sentences, mentions) ?? selfIntroduced(sentences, mentions);
  if (own) markNarratedBody(sentences);
  return own ?? englishNarrator(sentences, mentions);
}

/** A narrator's post: its body sentences are the narrator's (their company's) speech. */
export function markNarratedBody(sentences: Sentence[]): void {
  for (const x of sentences) if (x.block === 'body') quotedParts.add(x);
}
