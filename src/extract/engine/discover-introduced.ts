/**
 * Companies no gazetteer lists and whose names carry no company suffix, found by how a story
 * introduces them: the maker of a model named right after ("X가 개발한 'Y'"), the owner of a quoted
 * model ("X의 'Y'"), a chief executive in parentheses ("X(대표 홍길동)"), an investee ("X에 50억원을
 * 투자", "X는 시리즈B 투자를 유치"), a headquarters ("본사를 둔 X"), a founding year ("X는 2021년
 * 설립됐다"), one of a count of companies ("X 등 5개사"). Words that name no company (generic nouns,
 * government bodies, schools, people) are left alone.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { perRuleSet } from './compile.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { CONNECTIVE_ENDING, FIELD_WORD, GENERIC_COMPANY_STEMS, GENERIC_STEMS, NOT_COMPANY, NOT_COMPANY_MEMBER, NOT_NAMING_SUBJECTS } from './company-words.js';
import { isKoreanName } from './person-names.js';
import { isParticleTail } from '../korean.js';
import { closedAt } from '../hangul.js';
import { matchesIn } from './text-scans.js';

const NAME = '(?<![가-힣A-Za-z0-9·\\-])([가-힣][가-힣A-Za-z0-9]{1,7}|[A-Z][A-Za-z0-9]{1,15})';
/** The verbs of MAKER: made, released, or to be released. */
const MAKING = '개발한|만든|공개한|출시한|선보인|내놓은|발표한|(?:공개|출시|발표)\\s?예정인|공개할|출시할|선보일|내놓을';
/**
 * "X가 개발한 'Y'", "X가 새로 공개한 Y", "X가 이달 말 공개 예정인 'Y'", "X가 지난 18일 허깅페이스에 오픈소스로 내놓은 'Y'": a
 * subject that made a model named right after, or will release it (checked below); a day, a place and a manner may come between.
 */
const MAKER = new RegExp(`${NAME}(?:이|가)\\s(?:(?:새로|최근|올해|이번에|처음|처음으로|지난달|지난해|직접|함께|(?:이달|다음\\s?달|내달|연말|연내)(?:\\s?(?:초|중|말))?|(?:지난\\s)?\\d{1,2}(?:월|일)|[가-힣A-Za-z]{2,8}(?:에|에서|으로|로))\\s){0,3}(?:${MAKING})\\s`, 'g');
/** "X의 'Y'", "X의 상담용 모델 'Y'": the owner of a quoted model, perhaps with the model's use and kind between (checked below). */
const OWNER = new RegExp(`${NAME}의\\s(?:[가-힣]{1,6}(?:용|형)\\s)?(?:(?:AI\\s|언어\\s?)?모델\\s)?(?=['"‘“])`, 'g');
/** "X의 Aster 2": the owner of an unquoted model (checked below: a versioned model right after). */
const OWNER_BARE = new RegExp(`${NAME}의\\s(?=[A-Za-z가-힣])`, 'g');
/** "누비온은 새 언어모델 Aster 2를 내놨다": a subject (checked below: a model as the object of a release verb follows). */
const SUBJECT = new RegExp(`${NAME}(?:\\([A-Za-z][A-Za-z .&-]{0,30}\\))?(?:은|는|이|가)\\s`, 'g');
const RELEASE_VERB = /공개|출시|선보|선봬|내놓|내놨|발표/;
/** A clause's last word describing what follows ("가능한", "뛰어난", "강화된"), not one of making it ("개발한", "만든"). */
const DESCRIBING_ADNOMINAL = /(?<!개발|제작|학습|구축|설계|공개|출시|발표|훈련)(?:한|된|난|진|운|은|인)$/;
/**
 * A verb's adnominal "…는" read as a subject's topic: a stem in 하/내/이/되/주 ("지원하는", "뽑아내는"), or a connective
 * 아/어/여 and an auxiliary 가/오/지 ("인터넷 없이 돌아가는", "이어오는", "만들어지는").
 */
const VERB_BEFORE_NEUN = /(?:[하내이되주]|[아어여][가오지])$/;
/** "X(이)라는 스타트업 Y는", "X라는 회사가": a name the quotative introduces as a company's (the quotative fitting the name's last sound);
 * not a bound noun between ("비상업 라이선스라는 게 회사 입장에선": the quotative names a thing, the company is another's), nor the
 * company word before what it holds ("새로운 도전이라는 회사 비전": a motto of the company's). */
const QUOTED_PREDICATE = /(?:다|요|고|지|것|게|한|된|는|은|을|를|의|에|도)$/;
const QUOTED_COMPANY = /(?<![가-힣A-Za-z0-9·\-'"‘“’”])([가-힣][가-힣A-Za-z0-9]{1,11}?|[A-Z][A-Za-z0-9]{1,15})(이)?라는\s(?:(?:AI|인공지능|(?!(?:게|건|것|거|점|말|데)\s)[가-힣]{1,6})\s)?(?:스타트업|회사|기업|업체|개발사)(?!\s(?:비전|방침|입장|측|관계자|설명|정책|문화|철학|목표|슬로건|모토|전략|차원|방향|이름|가치))(?=(?:이|가|은|는|을|를|의|에서|도|와|과)?[\s,.])/g;
/** The object particle of a model and a release verb soon after ("를 내놨다", "'를 이달 말 공개한다"). */
const RELEASED_AFTER = /^['"’”]?(?:을|를)\s(?:[가-힣0-9]{1,6}\s){0,2}?(?:공개|출시|선보|선봬|내놓|내놨|발표)/;
/** "X(대표 홍길동)", "X(CEO 홍길동)", "X(대표이사 홍길동, 주소)": a company and its chief executive. */
const CHIEF = new RegExp(`${NAME}\\((?:대표|대표이사|공동대표|각자대표|CEO)\\s[가-힣]{2,4}(?:\\)|,\\s)`, 'g');
/** "X에 50억원을 투자", "X는 시리즈B 투자를 유치", "X(Latin)가 100억 원 규모의 시리즈A 투자를 마무리": an investee (no clause ends between: "…한 사실이 없으며, 지분 투자 유치 역시"). */
const INVESTEE = new RegExp(
  `${NAME}(?:에\\s(?:약\\s)?\\d[\\d,.]*\\s?(?:억|조|만)\\s?(?:원|달러)(?:을|를)?\\s(?:추가\\s)?투자|(?:\\([A-Za-z][A-Za-z .&-]{0,30}\\))?(?:은|는|이|가)\\s(?:[가-힣A-Za-z0-9]*[^은는이가\\s,.]\\s){0,4}?투자(?:를)?\\s(?:유치|마무리))`,
  'g',
);
/** "본사를 둔 X", "X는 2021년 설립됐다": a headquarters or a founding. */
const FOUNDED = new RegExp(`(?:본사를\\s둔\\s${NAME}(?=은|는|이|가|의|와|과)|${NAME}(?:은|는)\\s(?:지난\\s)?\\d{4}년\\s(?:\\d{1,2}월\\s)?(?:설립됐|설립된|창업됐|창업한|문을\\s연))`, 'g');
/** "X 등 5개사", "X, Y 등 3곳": one of a count of companies. */
const COUNTED = new RegExp(`${NAME}\\s등\\s(\\d{1,2})\\s?(?:개사|개\\s?기업|개\\s?업체|곳)`, 'g');
/** "A, B, C 등 4개 기업": a name listed before another, read back from the end of the list. */
const LISTED_BEFORE = new RegExp(`${NAME}(?:,\\s?|·|\\s및\\s)$`);

/** The names listed before the last one of a count ("A, B, C 등 4개 기업"), no more names in all than the count. */
function addListedBefore(text: string, lastAt: number, count: number, add: (name: string, start: number) => void): void {
  let at = lastAt;
  for (let n = 1; n < count; n++) {
    const from = Math.max(0, at - 20);
    const m = LISTED_BEFORE.exec(text.slice(from, at));
    if (!m) return;
    at = from + m.index;
    add(m[1]!, at);
  }
}

/** "A, B, C가", "A·B·C", "A, B 및 C": a list of three or more single words. */
const LIST_RUN = /(?<![가-힣A-Za-z0-9·\-])[가-힣A-Za-z][가-힣A-Za-z0-9&]{0,15}(?:(?:,\s?|·|\s및\s)[가-힣A-Za-z][가-힣A-Za-z0-9&]{0,15}){2,11}/g;
const LIST_SEPARATOR = /,\s?|·|\s및\s/g;
/** Particles of the last word of a list, with the final sound they follow ("웨이브가", "데이타다", "랩스는", "엔진이다"). */
const AFTER_VOWEL = /(?:가|는|를|와|다|도|의|에|로|입니다)$/;
const AFTER_CONSONANT = /(?:이|은|을|과|이다|도|의|에|으로|입니다)$/;

/** The last word of a list without its particle, by the final sound the particle needs; the word itself when none fits. */
function withoutListParticle(word: string): string {
  for (const re of [AFTER_CONSONANT, AFTER_VOWEL]) {
    const m = re.exec(word);
    if (!m || m.index < 2) continue;
    const final = closedAt(word, m.index - 1);
    if (final === undefined) continue;
    if (/^(?:도|의|에|입니다)$/.test(m[0]) || final === (re === AFTER_CONSONANT)) return word.slice(0, m.index);
  }
  return word;
}

/**
 * "한빛소프트, 솔빛웨이브, 노을랩스가 참여했다", "참여 기업은 네이버, KT, 누리데이타다": the unlisted words of a list
 * whose other words name at least two companies (and nothing else) are companies too.
 */
function addListSiblings(text: string, taken: Mention[], add: (name: string, start: number) => void): void {
  LIST_RUN.lastIndex = 0;
  for (let run = LIST_RUN.exec(text); run; run = LIST_RUN.exec(text)) {
    const items: { start: number; word: string }[] = [];
    let from = 0;
    LIST_SEPARATOR.lastIndex = 0;
    for (let sep = LIST_SEPARATOR.exec(run[0]); ; sep = LIST_SEPARATOR.exec(run[0])) {
      items.push({ start: run.index + from, word: run[0].slice(from, sep ? sep.index : undefined) });
      if (!sep) break;
      from = sep.index + sep[0].length;
    }
    // one kind of separator ("A·B, 제휴 발표" is a headline's pair and its news, not a list of three)
    if (/·/.test(run[0]) && /,/.test(run[0])) continue;
    let known = 0;
    const unknown: { start: number; word: string }[] = [];
    for (const [i, it] of items.entries()) {
      const end = it.start + it.word.length;
      const m = taken.find((c) => c.start <= it.start && it.start < c.end);
      if (!m && !taken.some((c) => c.start < end && it.start < c.end)) unknown.push(i === items.length - 1 ? { start: it.start, word: withoutListParticle(it.word) } : it);
      else if (m && m.type === 'Company' && m.via !== 'blocked' && (m.end >= end || isParticleTail(text, m.end))) known++;
      else {
        known = -1;
        break;
      }
    }
    if (known >= 2 && unknown.length <= known) for (const u of unknown) if (u.word.length >= 2) add(u.word, u.start);
  }
}

/**
 * "솔가람 리서치 리드 김하나입니다", "X AI플랫폼팀에서 ML 엔지니어로 일하고 있는 NAME입니다": a speaker introducing
 * themselves by their organisation, right before a title (maybe after their team: "X 모델링팀 리드 NAME입니다") or a team they
 * work in, and their name.
 */
const selfIntroOf = perRuleSet((lx: DiscoveryLexicon): RegExp => new RegExp(`${NAME}\\s(?:[가-힣A-Za-z0-9]{1,12}(?:팀|실|본부|파트|사업부|센터|그룹|랩)에서\\s[^.!?]{0,30}?(?:일하고\\s?있는|일하는|근무하고\\s?있는|근무하는|재직\\s?중인)\\s|(?:[가-힣A-Za-z0-9]{1,12}(?:팀|실|본부|파트|사업부|센터|랩)\\s)?${lx.anyTitle.source}\\s)[가-힣]{2,4}(?:입니다|이에요|예요|인데요)`, 'g'));


/** What a subject, owner or investee may be that is no company. */
const NOT_INTRODUCED = new RegExp(`^(?:${NOT_NAMING_SUBJECTS}|파라미터|매개변수|크기|규모|방식|버전|구조|성능|형태|계열|시리즈|라인업|후속|후속작|이름|명칭|기반|체급|사이즈|경량|소형|대형|중형|상반기|하반기|연내|연말|연초|당국|업계|학계|누구|누가|이것|그것|올해|지난해|작년|내년|최근|당시|현재|이후|이전|오늘|내일|어제|지금|요즘|오늘날|그때|당초|한국|미국|중국|일본|유럽|세계|국가|국민|시민|사용자|개발자|연구자|투자자|고객|고객사|외국|글로벌)(?:들)?$`);
/** Ministries, agencies, local governments, public bodies and schools. */
const PUBLIC_BODY = /(?:부|처|청|원|위원회|공단|공사|재단|협회|학회|조합|시|도|군|구|대|대학|대학교|대학원|연구실|고|병원)$/;
/** An institute's '원' ("진흥원", "연구원", "감사원"), unlike a company named with the syllable ("세종원", "에이원"). */
const INSTITUTE_WON = /(?:연구|진흥|평가|관리|정보|교육|기술|감독|심사|지원|개발|조사|소비자|감사|법|국어|의|연수|수련|기획)원$/;

/**
 * Whether a name is a public body's; a name ending in '원' with a chief executive after it ("X원(대표이사 홍길동)": an
 * institute has a 원장, not a 대표) is a company's unless an institute's word comes before the syllable.
 */
function isPublicBody(name: string, withChief: boolean): boolean {
  if (!PUBLIC_BODY.test(name)) return false;
  return !(withChief && name.endsWith('원') && !INSTITUTE_WON.test(name));
}

const PARTICLE_END = /[가-힣](?:에|에서|에는|로|으로|까지|부터|에게)$/;

/** "부사장", "센터장": a name that ends in a person's title is the title. */
function endsInTitle(name: string, lx: DiscoveryLexicon): boolean {
  const m = lx.anyTitle.exec(name);
  return Boolean(m && m.index + m[0].length === name.length);
}

/**
 * The first model mention within `reach` characters after `from`, with nothing but words between (no sentence
 * punctuation, no other mention); `quotes` lets an opening quote stand between ("개발한 'X'").
 */
function modelAfter(text: string, taken: Mention[], from: number, reach: number, quotes: boolean): Mention | undefined {
  const next = taken.filter((m) => m.start >= from && m.via !== 'blocked').sort((a, b) => a.start - b.start)[0];
  const between = text.slice(from, next?.start ?? from);
  return next && next.type === 'Model' && next.start - from <= reach && !(quotes ? /[.,!?]/ : /[.,!?'"‘“]/).test(between) ? next : undefined;
}

/** "가람솔의 가람 K2": an owner's possessive right before a model whose name opens with the owner's first two syllables. */
function namedAfterProduct(text: string, taken: Mention[], name: string, end: number): boolean {
  const model = text.startsWith('의 ', end) ? modelAfter(text, taken, end + 2, 0, false) : undefined;
  return name.length > 2 && model !== undefined && model.surface.startsWith(name.slice(0, 2)) && !model.surface.startsWith(name);
}

/** Whether a subject or topic particle is the one the name's last sound takes (이/은 after a final consonant, 가/는 after a vowel; any after Latin). */
function particleFits(name: string, particle: string): boolean {
  const final = closedAt(name, name.length - 1);
  return final === undefined || final === (particle === '이' || particle === '은');
}

/**
 * Makers of models the later passes found (Latin and hyphenated names): "누비온이 만든 Aster 2", "누비온의 Aster 2는",
 * "누비온은 새 언어모델 Aster 2를 내놨다" (the subject of a release whose object is the model).
 */
/**
 * "Y은 X가 지난 10월 29일 공개한 새 모델로": after a model's topic, the subject of a making or releasing clause that
 * describes it as a model (maybe after a time: "지난 3일", "올해 5월").
 */
const DESCRIBED_MAKER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:은|는)\s([가-힣]{2,8}|[A-Z][A-Za-z0-9]{1,15})(이|가)\s(?:(?:지난|올해|지난해|최근|새로|직접|자체|독자적으로)\s?(?:\d{1,4}(?:년|월|일)\s?){0,3}\s?)?(?:개발한|공개한|출시한|선보인|내놓은|만든)\s(?:[가-힣A-Za-z0-9]{1,10}\s){0,3}(?:모델|LLM|sLM|언어\s?모델)(?:이다|입니다|이에요|예요|로|으로|이며|이고|인데)/;

export function discoverModelMakers(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  return taken.some((m) => m.type === 'Model') ? discoverIntroduced(text, taken, lx, true) : [];
}

export function discoverIntroduced(text: string, taken: Mention[], lx: DiscoveryLexicon, makersOnly = false): Mention[] {
  const out: Mention[] = [];
  const add = (name: string, start: number, personToo: boolean, withChief = false): void => {
    const end = start + name.length;
    if (NOT_INTRODUCED.test(name) || isPublicBody(name, withChief) || NOT_COMPANY_MEMBER.test(name) || NOT_COMPANY.has(name)) return;
    if (GENERIC_STEMS.test(name) || GENERIC_COMPANY_STEMS.test(name) || lx.generic.has(normalizeName(name))) return;
    // "상반기에는": a noun with a place or time particle; "부사장이 새로 만든": a title
    // ("41개사가 신청했으며, A, B 등 6개사": a verb's connective ending is no name)
    if (PARTICLE_END.test(name) || CONNECTIVE_ENDING.test(name) || endsInTitle(name, lx)) return;
    // "23억 개 파라미터의 'X'": a measure after a number
    if (/(?:\d|개|억|조|만)\s?$/.test(text.slice(Math.max(0, start - 3), start))) return;
    // a person makes and owns models too ("김하늘이 개발한 'X'"): there a name that may be a person's is left alone
    // (but not a name whose first two syllables open the model it owns: "가람솔의 가람 K2" names a company after its product)
    if (personToo && isKoreanName(name) && !namedAfterProduct(text, taken, name, end)) return;
    if (isTaken(taken, out, start, end)) return;
    out.push(discoveredMention('Company', name, start, end));
  };
  const scan = (re: RegExp, cue: string | RegExp, ok: (m: RegExpExecArray) => boolean = () => true, personToo = false, withChief = false): void => {
    if (typeof cue === 'string' ? !text.includes(cue) : !cue.test(text)) return;
    for (const m of matchesIn(re, text)) {
      const name = m[1] ?? m[2];
      if (name && ok(m)) add(name, m.index + m[0].indexOf(name), personToo, withChief);
    }
  };
  // ("바다랩이라는 회사가": the name before the quotative, no topic "바다랩이라")
  // ("좋다라는 회사 반응", "…것이라는 회사 설명": a predicate or a common noun quoted is no name)
  scan(QUOTED_COMPANY, '라는 ', (m) => (closedAt(m[1]!, m[1]!.length - 1) ?? false) === (m[2] !== undefined) && !QUOTED_PREDICATE.test(m[1]!));
  scan(MAKER, new RegExp(MAKING), (m) => modelAfter(text, taken, m.index + m[0].length, 24, true) !== undefined, true);
  scan(OWNER, /의\s/, (m) => modelAfter(text, taken, m.index + m[0].length, 1, true) !== undefined, true);
  if (makersOnly) {
    scan(OWNER_BARE, '의 ', (m) => /\d/.test(modelAfter(text, taken, m.index + m[0].length, 0, false)?.surface ?? ''), true);
    // (two words at most between, the particle one the name's last sound takes, and no verb's "…하는/…내는" read as a name)
    scan(SUBJECT, RELEASE_VERB, (m) => {
      const from = m.index + m[0].length;
      const model = modelAfter(text, taken, from, 20, false);
      if (!model || !RELEASED_AFTER.test(text.slice(model.end, model.end + 24)) || text.slice(from, model.start).split(' ').length > 3) return false;
      const name = m[1]!;
      const particle = m[0].trimEnd().slice(-1);
      // "이미지 이해가 가능한 Y를 내놓을": a subject of 이/가 before a describing adnominal ("가능한", "뛰어난") is that clause's, not the release's
      if ((particle === '이' || particle === '가') && DESCRIBING_ADNOMINAL.test(text.slice(from, model.start).trim().replace(/['"‘“]$/, ''))) return false;
      return particleFits(name, particle) && !(particle === '는' && VERB_BEFORE_NEUN.test(name));
    }, true);
    // "에이블런스는 교육용 모델 '에이블-튜터'를 …": a subject that names the model it has after itself (the model's stem opens its name)
    scan(SUBJECT, /[을를]\s/, (m) => {
      const model = modelAfter(text, taken, m.index + m[0].length, 30, true);
      const stem = model ? /^[가-힣]{2,}/.exec(model.surface)?.[0] : undefined;
      const name = m[1]!;
      return !!stem && name !== stem && name.startsWith(stem) && /^['"’”]?(?:을|를)\s/.test(text.slice(model!.end, model!.end + 3)) && particleFits(name, m[0].trimEnd().slice(-1));
    });
    // "Y은 X가 … 공개한 새 모델로": the maker of a model its describing clause names (the name's particle fitting its sound)
    if (/(?:개발|공개|출시)한\s|선보인\s|내놓은\s|만든\s/.test(text))
      for (const x of taken) {
        const d = x.type === 'Model' && x.via !== 'reference' && x.via !== 'blocked' ? DESCRIBED_MAKER.exec(text.slice(x.end, x.end + 80)) : null;
        if (d && particleFits(d[1]!, d[2]!)) add(d[1]!, x.end + d[0].indexOf(`${d[1]!}${d[2]!} `), true);
      }
    return out;
  }
  scan(CHIEF, /\((?:대표|공동대표|각자대표|CEO)/, () => true, false, true);
  scan(INVESTEE, '투자');
  scan(FOUNDED, /본사를|설립|창업|문을/);
  scan(COUNTED, /\s등\s\d/, (m) => {
    addListedBefore(text, m.index + m[0].indexOf(m[1]!), Number(m[2]), (name, start) => add(name, start, false));
    return true;
  });
  if (/[,·]|\s및\s/.test(text)) addListSiblings(text, taken, (name, start) => add(name, start, true));
  // (not a verb's form or a particle-ended word before the title: "담당하고 있는 부사장 NAME입니다")
  scan(selfIntroOf(lx), /입니다|이에요|예요|인데요/, (m) => !FIELD_WORD.test(m[1] ?? '') && !/(?:는|은|던|된|을|를|의|와|과|도)$/.test(m[1] ?? ''), true);
  return out;
}
