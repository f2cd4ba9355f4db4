/**
 * Parenthesised aliases after a mention, folded into it: a stock code, the same name spelled again
 * ("마이크로소프트(MS)", "익시젠(ixi-GEN)"), one version of a family word, the other script's
 * spelling; or, after a model in a score list or a heading, its developer as a company of its own.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention, RuleSet } from '../types.js';
import { discoveredMention } from './discover.js';
import { isModelNote } from './model-notes.js';
import { scanGazetteer } from './gazetteer.js';
import type { Matchers } from './matchers.js';
import { ENGLISH_PARTY, ROLE_TERM } from '../defined-terms.js';
import { consonantSkeleton, romanize, sameModelInTwoScripts } from '../transliterate.js';
import { foldQuotedSpelling } from './quoted-spelling.js';
import { latinSpellingsOf, namesAnother, sameBrandGloss, sameInitials } from './paren-spellings.js';
import { FULL_NAME } from './full-name.js';
import { EN_POST_CORE } from './english-posts.js';

const DEVELOPER_NAME = /^[가-힣A-Za-z][가-힣A-Za-z0-9&. ]{0,19}$/;
const NOT_DEVELOPER = /^(?:커뮤니티|개인|개인 개발자|미상|비공식|원본|기존|이전|베이스|기반|기본|비교|평균|추론|비추론|씽킹|사고|영어|한국어|국문|영문|전체|종합|최고|최저|자체|오픈|공개|비공개|미공개|참고|제로샷|퓨샷|신규|최신|경량|대형|소형|[A-Za-z]{1,3}$)/;
/** An item's mark before a heading's name ("② ", "3. "). */
const ITEM_MARK = /^\s*(?:[①-⑳]|\d{1,2}[.)])\s?/;
/** A Hangul company name ending in a kind of company ("새봄정보기술", "가온소프트", "하늘랩스"). */
const COMPANY_KIND_END = /^[가-힣]{2,8}(?:정보기술|정보통신|소프트|테크|랩스|시스템즈|솔루션즈|네트웍스|에이아이)$/;
/** A version number in the parentheses ("론제 2.5 플래시"): the model's other spelling, no developer. */
const VERSION_IN = /\d\.\d|\s\d{1,2}(?:\s|$)/;
/** "(루멘 자체 개발)": a company and a note that the model is its own; the company is the developer. */
const OWN_MODEL_NOTE = /^(.+?)\s(?:자체\s?(?:개발|구축|제작|학습|튜닝|모델)|배포|업로드)$/;
const SCORE_AFTER = /^\s?(?:[–—-]\s)?\d+(?:\.\d+)?\s?(?:점|%)/;
/** An encyclopedia's word for the language of the spelling that follows ("영어: ", "영문: "). */
const ENGLISH_GLOSS = /^(?:영어|영문|영문명|English)\s?:\s?/;
/** A checkpoint's variant word ending a Latin name ("-Instruct", " Chat", "-IT"). */
/** "가람 3.1 미니" and "GARAM-3.1-Mini": a Hangul name whose Revised Romanisation is the Latin one, spaces and hyphens aside (a stem too short for its consonants to be compared). */
function sameRomanised(hangul: string, latin: string): boolean {
  const flat = (x: string) => x.toLowerCase().replace(/[\s-]+/g, '');
  return /^[가-힣]{2}/.test(hangul) && flat(romanize(hangul)) === flat(latin);
}

/** A name's stem, then its version and size ("바람-코더 3 9B": "바람-코더", "3 9B"). */
const STEM_THEN_VERSION = /^(.+?)\s(\d{1,2}(?:\.\d{1,2})?(?:\s\d{1,3}(?:\.\d)?[BbMm])?)$/;

/**
 * "바람-코더 3 9B" and "Baram-Coder 3 9B": the same version and size after stems with the same consonants once an English
 * word's final "-er", which a loanword writes as 어 ("Coder", 코더), is read without its r.
 */
function sameLoanword(hangul: string, latin: string): boolean {
  const [h, l] = [STEM_THEN_VERSION.exec(hangul), STEM_THEN_VERSION.exec(latin)];
  if (!h || !l || h[2]!.toLowerCase() !== l[2]!.toLowerCase() || !/^[가-힣][가-힣-]{1,12}$/.test(h[1]!) || !/^[A-Za-z][A-Za-z-]{1,20}$/.test(l[1]!)) return false;
  const skeleton = consonantSkeleton(l[1]!.replace(/er(?=-|$)/gi, 'e').replace(/-/g, ''));
  return skeleton.length >= 3 && skeleton === consonantSkeleton(romanize(h[1]!.replace(/-/g, '')));
}

/** A size at the end of a name ("-32B", " 4B"). */
const SIZE_END = /[-_\s]\d{1,3}(?:\.\d)?[BbMm]$/;
const VARIANT_TAIL = /[-\s](?:Instruct|Chat|Base|IT|Preview|Thinking|Think)$/;
/** A model hub checkpoint's suffix after its size ("-pt" pretrained, "-it" instruction-tuned, "-base"). */
const CHECKPOINT_TAIL = /(?<=\d[BbMm])[-_](?:pt|it|base|PT|IT|Base)$/;

/** "gemma-3-12b-pt" and "Gemma 3 12B": the same name once the checkpoint suffix, case, spaces and hyphens are set aside. */
function sameCheckpoint(id: string, name: string): boolean {
  if (!CHECKPOINT_TAIL.test(id)) return false;
  const fold = (s: string) => s.toLowerCase().replace(/[\s\-_]/g, '');
  return fold(id.replace(CHECKPOINT_TAIL, '')) === fold(name);
}
/** A mixture-of-experts checkpoint's active size after its total ("-A22B" of "Qwen3-235B-A22B"). */
const ACTIVE_SIZE_TAIL = /(?<=\d[Bb])-A\d{1,3}(?:\.\d)?[Bb]$/;

/** "하루-코 1.3B": a Hangul name of two hyphened parts and its size. */
const HANGUL_SIZED = /^[가-힣]{1,8}-[가-힣]{1,8} (\d{1,3}(?:\.\d{1,2})?[BM])$/;
/** "ThinkForge Inc.", "Gaon Soft Co., Ltd.": a Latin company name ending in its legal form. */
const LATIN_LEGAL_NAME = /^[A-Za-z][A-Za-z0-9&.\- ]{1,30}?,?\s(?:Inc\.?|Corp\.?|Corporation|Co\.,?\s?Ltd\.?|Ltd\.?|LLC)$/;
/** The legal form ending such a name, with the comma before it. */
const LATIN_LEGAL_FORM = /,?\s(?:Inc\.?|Corp\.?|Corporation|Co\.,?\s?Ltd\.?|Ltd\.?|LLC)$/;
const ALIAS_TEXT = /^[A-Za-z][A-Za-z0-9 .&+:'\-]{0,29}$/;
/** A person's name in Latin letters ("James Oh", "Ji-hoon Park"). */
const LATIN_PERSON = /^[A-Z][a-z]+(?:-[a-z]+)?(?:\s[A-Z][a-z]+(?:-[a-z]+)?){1,2}$/;
const TITLE_WORD = new RegExp(String.raw`\b(?:${EN_POST_CORE}|Chief|Head|Officer|Senior|Principal|Research|President|Founder|Partner|Fellow|Professor|Vice)\b`);

/** After a person's parenthesised note: a title or a word for the person, with its particle ("교수는", "동문은"). */
const PERSON_WORD_AFTER_NOTE = /^\s[가-힣A-Za-z]{1,8}(?:은|는|이|가|도)\s/;

/** A given name then a surname, Western order in Hangul ("제이슨 박", "마크 리", "대니얼 초이"). */
const WESTERN_ORDER = /^[가-힣]{2,4} ([가-힣]{1,2})$/;
/** A Korean name, surname first ("박재성"). */
const KOREAN_NAME = new RegExp(String.raw`^${FULL_NAME}$`);

/**
 * A surname as a Western name writes it, in Hangul: with the initial ㄹ or ㄴ that Korean drops (리 Lee → 이, 림 Lim → 임,
 * 류 Ryu → 유), or sounded out from its Western spelling (킴 Kim → 김, 파크 Park → 박, 초이 Choi → 최).
 */
const WESTERN_SURNAME: Record<string, string> = {
  리: '이', 림: '임', 류: '유', 로: '노', 라: '나', 량: '양', 려: '여', 룡: '용', 킴: '김', 팍: '박', 파크: '박', 초이: '최',
};

/**
 * "제이슨 박" and "박재성", "이민혁" and "마크 리" (either way round): one person's Western and Korean names, which share the
 * surname (two names in parentheses with different surnames, "데이비드 최(박준호)", are not taken for one person's).
 */
function sameSurnameInTwoOrders(a: string, b: string): boolean {
  const pair = (western: string, korean: string): boolean => {
    const surname = WESTERN_ORDER.exec(western)?.[1];
    return KOREAN_NAME.test(korean) && !!surname && (surname === korean[0] || WESTERN_SURNAME[surname] === korean[0]);
  };
  return pair(a, b) || pair(b, a);
}

/** "마이크로소프트(MS)", "믿:음 2.0(믿음 2.0)", "익시젠(ixi-GEN)", "SK텔레콤(017670)": folds the parentheses in. */
export function foldParenAlias(text: string, m: Mention, all: Mention[], rules: RuleSet, mt: Matchers): void {
  if (m.type === 'Company' && foldDefinedParty(text, m)) return;
  // "‘하이퍼클로바X 씽크’(HyperCLOVA X THINK)": the alias may follow the closing quote of a quoted name
  const quoted = /^['"’”」』]\s?\(/.test(text.slice(m.end, m.end + 3)) && /['"‘“「『]$/.test(text.slice(0, m.start)) ? text.indexOf('(', m.end) : -1;
  const open = text[m.end] === '(' ? m.end : text[m.end] === ' ' && text[m.end + 1] === '(' ? m.end + 1 : quoted;
  if (open < 0) return;
  const close = text.indexOf(')', open);
  if (close < 0 || close - open > (m.type === 'Person' ? 64 : 32)) return; // (a person's two Latin spellings may run longer)
  // ("‘엑사원 4.0’(EXAONE 4.0) 32B 모델": a size after the parentheses is the name's, which the quotes closed before; left as it was)
  // (and only before a topic, subject or possessive particle: "‘X’(Y)는 83.2점", "‘X’(Y)의"; an object's fold moved dates and bases)
  if (open === quoted && (/^\s?\d/.test(text.slice(close + 1, close + 3)) || !/^(?:은|는|이|가|의|도)(?![가-힣])/.test(text.slice(close + 1, close + 3)))) {
    if (/^(?:을|를|과|와|로|으로)(?![가-힣])/.test(text.slice(close + 1, close + 4))) foldQuotedSpelling(text.slice(open + 1, close), open, m, all, rules);
    return;
  }
  const inner = text.slice(open + 1, close).trim();
  // (a document's draft mark, "X 가이드라인(안)", is no other name of it)
  if (!inner || (m.type === 'Policy' && /^(?:안|초안|시안|잠정안)$/.test(inner))) return;
  if (/^\d{6}(?:\.K[SQ])?$/.test(inner) || /^(?:KRX|코스피|코스닥|KOSPI|KOSDAQ)\s?:?\s?\d{6}$/.test(inner)) {
    m.end = close + 1;
    return;
  }
  const inside = scanGazetteer(inner, rules, mt.gazetteer).filter((g) => g.mention);
  // ("SD-4(새달-4)": a model's capitals glossed by the Hangul syllables they stand for, the version the same; see paren-spellings.ts)
  if (m.type === 'Model' && !inside.length && sameInitials(m.surface, inner)) {
    m.aliases.push(inner);
    m.end = close + 1;
    return;
  }
  // ("누리별(영어: Nuribyeol)": an encyclopedia's gloss word may stand before the other spelling)
  const gloss = ENGLISH_GLOSS.exec(inner)?.[0].length ?? 0;
  if (inside.length === 1 && inside[0]!.mention!.key === m.key && inside[0]!.start === gloss && inside[0]!.end === inner.length) {
    m.aliases.push(inside[0]!.mention!.surface);
    m.end = close + 1;
    return;
  }
  // "큐원(Qwen2.5)", "라마(Llama 3.1)": a family word whose parentheses name one version of it stands for that version
  const version = inside.length === 1 && inside[0]!.start === 0 && inside[0]!.end === inner.length ? inside[0]!.mention! : undefined;
  if (version && m.type === 'Model' && version.type === 'Model' && version.family === m.key && !m.family) {
    const surface = m.surface;
    Object.assign(m, { key: version.key, surface: version.surface, family: version.family, developer: version.developer ?? m.developer, via: version.via });
    m.aliases.push(surface);
    m.end = close + 1;
    return;
  }
  // "Dalbit-R 7B(달빛-R 7B)": the same model spelled in the other script, discovered on its own, is this mention's alias
  // (the inner mention, now covered, gives way when overlaps are resolved)
  const spelled = m.type === 'Model' ? all.find((x) => x !== m && x.type === 'Model' && x.via === 'discovered' && x.start === open + 1 + gloss && x.end === close) : undefined;
  // ("Hanui-12B-Instruct (하늬-12B)": the gloss may leave out the checkpoint's variant word)
  // (after a gloss word, a name with no version is the same where its sounds agree: "누리별(영어: Nuribyeol)")
  const sounded = gloss > 0 && !!spelled && /^[가-힣]+$/.test(m.surface) && consonantSkeleton(spelled.surface).length >= 3 && consonantSkeleton(romanize(m.surface)) === consonantSkeleton(spelled.surface);
  // ("가람 3.1(GARAM-3.1-14B)": the Latin checkpoint may add the size the Hangul name leaves out)
  const unsized = spelled && /[A-Za-z]/.test(spelled.surface) && !SIZE_END.test(m.surface) ? spelled.surface.replace(SIZE_END, '') : undefined;
  // ("바람-코더 3 9B(Baram-Coder-3-9B)": a checkpoint id joins its version and size with hyphens where the Hangul name spaces
  // them; the words of a hyphened stem are compared joined, "바람코더" and "BaramCoder")
  const hyphened = spelled && /[A-Za-z]-\d/.test(spelled.surface) && /\s\d/.test(m.surface) ? spelled.surface.replace(/-(?=\d)/g, ' ') : undefined;
  if (spelled && !inside.length && (sounded || sameModelInTwoScripts(m.surface, spelled.surface, rules) || sameModelInTwoScripts(m.surface.replace(VARIANT_TAIL, ''), spelled.surface, rules) || (!!unsized && unsized !== spelled.surface && (sameModelInTwoScripts(m.surface, unsized, rules) || sameRomanised(m.surface, unsized))) || (hyphened !== undefined && (sameModelInTwoScripts(m.surface.replace(/(?<=[가-힣])-(?=[가-힣])/g, ''), hyphened.replace(/(?<=[A-Za-z])-(?=[A-Za-z])/g, ''), rules) || sameLoanword(m.surface, hyphened))) || sameBrandGloss(m.surface, spelled.surface))) {
    m.aliases.push(spelled.surface);
    m.end = close + 1;
    return;
  }
  // "gemma-3-12b-pt(Gemma 3 12B)": a hub checkpoint's id glossed by the model's name without the checkpoint word is that model
  if (version && m.type === 'Model' && version.type === 'Model' && m.via === 'discovered' && sameCheckpoint(m.surface, version.surface)) {
    m.aliases.push(version.surface);
    m.end = close + 1;
    return;
  }
  // "큐웬3-235B(Qwen3-235B-A22B)": a mixture-of-experts checkpoint glossed with its active size is the model of that total size
  const total = version && m.type === 'Model' && version.type === 'Model' && ACTIVE_SIZE_TAIL.test(version.surface) ? version.surface.replace(ACTIVE_SIZE_TAIL, '') : undefined;
  const totalNamed = total ? scanGazetteer(total, rules, mt.gazetteer).filter((g) => g.mention) : [];
  if (total && totalNamed.length === 1 && totalNamed[0]!.start === 0 && totalNamed[0]!.end === total.length && totalNamed[0]!.mention!.key === m.key) {
    m.aliases.push(version!.surface);
    m.end = close + 1;
    return;
  }
  if (inside.length) return;
  if (m.type === 'Company' && foldLatinNameBeforeRole(inner, open, m, all)) return;
  // "제이슨 박(박재성)", "이민혁(마크 리)": a person's Western name in Hangul and Korean name with the same surname, either
  // in the parentheses (the inner mention, now covered, gives way when overlaps are resolved)
  if (m.type === 'Person' && sameSurnameInTwoOrders(m.surface, inner)) {
    m.aliases.push(inner);
    m.end = close + 1;
    return;
  }
  // "이정민(정보대 컴퓨터학과) 교수는", "강도현(컴퓨터학과 19학번) 동문은": a Hangul note on the person's school or class before a
  // title or a word for them is no name; it goes with the name, so the title follows the person
  if (m.type === 'Person' && /^[가-힣]/.test(inner) && PERSON_WORD_AFTER_NOTE.test(text.slice(close + 1, close + 12)) && !all.some((x) => x !== m && x.start > open && x.start < close)) {
    m.end = close + 1;
    return;
  }
  // "Aurora LM 2 (전작)", "(distilled)": a note on the model's place in the story, neither its name nor its maker (a table's
  // column heading is the model all the same)
  if (m.type === 'Model' && isModelNote(inner, m.surface)) {
    m.end = close + 1;
    return;
  }
  // "주식회사 씽크포지 (ThinkForge Inc.)": the company's Latin name with its legal form, discovered on its own, is its alias
  // ("가온소프트 (Gaon Soft Co., Ltd.)": the comma of the legal form may end the Latin mention at its bare name)
  const bareEnd = open + 1 + inner.replace(LATIN_LEGAL_FORM, '').length;
  const latinCompany = m.type === 'Company' && /[가-힣]/.test(m.surface) && LATIN_LEGAL_NAME.test(inner) ? all.find((x) => x !== m && x.type === 'Company' && x.via === 'discovered' && x.start === open + 1 && x.end >= Math.min(close - 1, bareEnd)) : undefined;
  if (latinCompany && !all.some((x) => x !== m && x !== latinCompany && x.start > open && x.start < close)) {
    m.aliases.push(inner);
    m.end = close + 1;
    return;
  }
  // "Qwen3-32B (base)", "(Instruct)": a variant word in parentheses says which checkpoint, it is no other name
  const generic = mt.discovery.generic.has(normalizeName(inner)) || rules.lexicon.variants.has(inner.toLowerCase());
  // "▲1위 Foo-32B(노바라인) 78.2점": in a score list the parentheses hold the developer, not an alias
  // and "Nimbus-Ko-Chat (하늘소프트)" alone on its line (a section heading): a Hangul name that is no spelling of the model's is its developer
  // and "WeldX-2(누리정밀 자체 개발)": a company named as the maker of its own model
  const own = m.type === 'Model' ? OWN_MODEL_NOTE.exec(inner)?.[1] : undefined;
  const maker = own ?? inner;
  // (a Hangul company name that shares the model's brand word, "새봄-상담 2B (새봄정보기술)", by the kind word it ends in)
  const headingNote = m.type === 'Model' && text.slice(0, m.start).replace(ITEM_MARK, '').trim() === '' && text.slice(close + 1).trim() === '' && /^[가-힣]/.test(inner) && (namesAnother(m.surface, inner) || COMPANY_KIND_END.test(inner));
  if (m.type === 'Model' && !generic && DEVELOPER_NAME.test(maker) && !NOT_DEVELOPER.test(maker) && !VERSION_IN.test(maker) && (own || headingNote || SCORE_AFTER.test(text.slice(close + 1, close + 12)))) {
    if (all.some((x) => x !== m && x.start > open && x.start < close)) return;
    const at = text.indexOf(maker, open);
    all.push(discoveredMention('Company', maker, at, at + maker.length));
    return;
  }
  // ("K-Sum(v1)", "X-7B(v2.0)": an edition mark alone says which edition the name is, it is no other name for it)
  if (/^[vV]\d{1,2}(?:\.\d{1,2})?$/.test(inner)) {
    m.end = close + 1;
    return;
  }
  // ("Y 1 (a 7B from March)": an English note opening on an article or a possessive describes the model, it names nothing)
  const latinAlias = ALIAS_TEXT.test(inner) && !/^\d/.test(inner) && !/^(?:a|an|the|its|our|their)\s/.test(inner) && !generic;
  // ("HaRu-Ko 1.3B (하루-코 1.3B)": a hyphened Hangul name with the same size as the Latin one)
  const sizedHangul = HANGUL_SIZED.exec(inner);
  const hangulAlias = m.via === 'discovered' && m.type !== 'Person' && (/^[가-힣][가-힣 ]{0,15}(?: \d{1,2}(?:\.\d{1,2})?(?: [가-힣]{1,4})?)?$/.test(inner) || (!!sizedHangul && m.surface.endsWith(` ${sizedHangul[1]}`))) && !generic && /[A-Za-z]/.test(m.surface) && !(sizedHangul ? namesAnother(m.surface.replace(/\s\S+$/, ''), inner.replace(/\s\S+$/, '')) : namesAnother(m.surface, inner));
  // ("제임스 오(James Oh)": a person's name spelt in Latin letters, two or three capitalised words that are no title)
  const spellings = m.type === 'Person' ? latinSpellingsOf(m.surface, inner) : undefined; // ("쩐 티 란(Trần Thị Lan, Tran Thi Lan)")
  if (spellings && !all.some((x) => x !== m && x.start > open && x.start < close)) return void (m.aliases.push(...spellings), (m.end = close + 1));
  const latinName = m.type === 'Person' && LATIN_PERSON.test(inner) && !TITLE_WORD.test(inner);
  if ((latinAlias && (m.type !== 'Person' || latinName)) || hangulAlias) {
    // ("바다AI연구소 (Bada AI Research)": a Latin company read from the head of the Hangul company's gloss is that company)
    const within = all.filter((x) => x !== m && x.start > open && x.start < close);
    // (and "HaRu-Ko 1.3B (하루-코 1.3B)": the Hangul model read inside the parentheses is the Latin one)
    const sameModel = sizedHangul && within.length === 1 && within[0]!.type === 'Model' && within[0]!.via === 'discovered' && within[0]!.surface === inner;
    // (and "Hanul Law (법무법인 하늘)": a Latin company glossed by its Hangul name read whole is that company, with that name's country)
    const sameCompany = hangulAlias && m.type === 'Company' && within.length === 1 && within[0]!.type === 'Company' && within[0]!.via === 'discovered' && within[0]!.start === open + 1 && within[0]!.end === close;
    if (sameCompany && !m.properties?.country) m.properties = { ...m.properties, country: within[0]!.properties?.country ?? 'KR' };
    if (sameModel || sameCompany || (latinAlias && m.type === 'Company' && /[가-힣]/.test(m.surface) && within.length === 1 && within[0]!.type === 'Company' && within[0]!.via === 'discovered' && within[0]!.start === open + 1)) {
      if (all.indexOf(within[0]!) > all.indexOf(m)) all.splice(all.indexOf(within[0]!), 1);
      else Object.assign(within[0]!, { key: m.key, aliases: [...within[0]!.aliases, m.surface] });
      m.aliases.push(inner);
      m.end = close + 1;
      return;
    }
    if (within.length) return;
    m.aliases.push(inner);
    m.end = close + 1;
  }
}

/** "Pacific Bridge AI·대표 홍길동", "Haneul Soft, CEO 홍길동": a Latin name, then after '·' or ',' a note on who heads the company. */
const LATIN_BEFORE_ROLE = /^([A-Za-z][A-Za-z0-9 .&+'\-]{0,29}?)\s?[·,]\s?(?:(?:공동\s?)?대표(?:이사)?|CEO|회장|사장|의장|창업자|설립자)\s?[=:：]?\s?\S/;

/**
 * "퍼시픽브릿지AI(Pacific Bridge AI·대표 제이슨 한)": the company's Latin name before a note on its head is its alias; a mention
 * discovered on that Latin name is dropped (or, when the caller's loop has passed it, becomes the company's own), and the note
 * stays in the text for the role's rules. True when folded.
 */
function foldLatinNameBeforeRole(inner: string, open: number, m: Mention, all: Mention[]): boolean {
  const latin = LATIN_BEFORE_ROLE.exec(inner)?.[1];
  if (!latin || !/[가-힣]/.test(m.surface)) return false;
  const head = all.find((x) => x !== m && x.start === open + 1);
  if (head && (head.type !== 'Company' || head.via !== 'discovered' || head.end > open + 1 + latin.length)) return false;
  const at = head ? all.indexOf(head) : -1;
  if (at > all.indexOf(m)) all.splice(at, 1);
  else if (head) Object.assign(head, { key: m.key, aliases: [...head.aliases, m.surface] });
  m.aliases.push(latin);
  return true;
}

/**
 * "Harbor Pine AI, Inc. ("Harbor Pine")", "X Corporation (the "Company")": a party's legal form and the term a filing or a
 * contract defines for it belong to its mention (its short name an alias; a role noun such as "Company" is no name of it),
 * so the sentence reads on from the name ("X, Inc. ("X") and Y will jointly develop …"). True when folded.
 */
function foldDefinedParty(text: string, m: Mention): boolean {
  if (text[m.end] !== ',' && text[m.end] !== ' ' && text[m.end] !== '(') return false;
  const p = ENGLISH_PARTY.exec(text.slice(m.end, m.end + 90));
  if (!p) return false;
  for (const short of [p[1], p[2]]) if (short && !ROLE_TERM.test(short) && short !== m.surface) m.aliases.push(short);
  m.end += p[0].length;
  return true;
}
