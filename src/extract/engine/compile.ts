/**
 * Pattern compilation: a pattern row is a regular expression over an *encoded* sentence, where
 * every entity mention is one token `<type char><index><END>` and numbers are SCORE tokens.
 * Macros in braces stand for typed slots and bounded gaps, so rows read like
 * `{MODEL:target}(?:을|를)?\s*기반으로\s*{CLAUSE:45}{MODEL:source}`. Compiled once at load.
 */
import type { NodeType } from '../../graph/index.js';
import { escapeRegex } from '../../parse/text.js';
import { NOT_SCORE, SCORE_BOUND, STATED_BEFORE } from '../score-scale.js';

export const TYPE_CHAR: Record<NodeType | 'SCORE', string> = {
  Company: '\uE001',
  Model: '\uE002',
  Benchmark: '\uE003',
  Policy: '\uE004',
  Person: '\uE005',
  SCORE: '\uE006',
};
export const END_CHAR = '\uE00F';

const SLOT_TYPES: Record<string, NodeType | 'SCORE'> = {
  COMPANY: 'Company',
  MODEL: 'Model',
  BENCHMARK: 'Benchmark',
  POLICY: 'Policy',
  PERSON: 'Person',
  SCORE: 'SCORE',
};

const ENTITY_CHARS = '\\uE001-\\uE005';
/** After an object's comma, the next partner's subject of the same gapped verb ("A가 X를, B가 Y를 보태"). */
const GAPPED_SHARE = '(?<=(?:을|를),)\\s\\uE001\\d+\\uE00F(?:이|가)\\s';
/**
 * After a comma between short nouns of a list: the next item (of up to three words: "배송 기록, 고객 문의, …") and another comma, or the list's last item (of up to five words) and its object particle,
 * or the last item closed by 등 and the measured amount of it all ("판례, 약관, 한국어 웹 문서 등 1.2조 토큰을", "… 등 약 80만 건의 데이터를";
 * not a comparing "등 훨씬 많은 데이터를").
 */
const LIST_COMMA_AFTER = '\\s[가-힣A-Za-z·]{1,8}(?:(?:\\s[가-힣A-Za-z·]{1,8}){0,2},\\s|(?:\\s[가-힣A-Za-z·]{1,8}){1,4}(?:을|를)\\s|(?:\\s[가-힣A-Za-z·]{1,8}){0,3}\\s등\\s(?!(?:훨씬|더|보다|많은|적은)\\s)(?:[^\\s,;]{1,12}\\s){0,2}[가-힣A-Za-z]{1,8}(?:을|를)\\s)';
/**
 * "격차가 5점", "점수 차는 3.4점", "차이가 2점": a number after a gap noun is a difference, not a score; so is one after a change
 * noun and its particle ("하락이 0.5점으로", "하락폭을 1점 이내로", "상승폭은 3점"); so is a range's high end ("0.77~0.78").
 */
const GAP_BEFORE = '(?:\\uE006\\d+\\uE00F\\s?(?:점|%)?\\s?[~〜∼]|격차|차이|점수\\s?차|점\\s?차|(?:하락|상승|향상|감소|증가)폭?(?=[이은을]\\s?\\uE006)|(?:하락|상승|향상|감소|증가)폭)(?:가|는|도|를|이|은|을)?\\s?(?:(?:약|불과|겨우|단|최대|최소)\\s?)?';
/** "KMMLU는 6.6점, B는 19.4점 올랐다": a number listed before a later number's change verb is a change too. */
const DELTA_LIST =
  '\\s?(?:점|%|포인트|%p)\\s?(?:,|와|과|및)\\s?[^\\uE006.]{0,30}\\uE006\\d+\\uE00F\\s?(?:점|%\\s?포인트|%p|%|포인트)\\s?(?:씩\\s?)?(?:올랐|오른|올라|상승|높아|향상|개선|늘었|늘어|증가|뛰었|떨어|하락|낮아|줄었|줄어|감소|밀렸)';
/** "72점을 받을 것으로 예상된다", "80점을 목표로": a score expected or aimed at, not one reached. */
const FUTURE_SCORE = '\\s?(?:점|%)?\\s?(?:을|를)?\\s(?:받을|기록할|얻을|달성할|넘을|넘길|돌파할|넘어설|넘길지|받을지)\\s?(?:것|전망|예정|계획|수\\s|목표)|\\s?(?:점|%)?(?:을|를)?\\s?목표로';
/** A share of a reference figure, not a score ("FP16 기준 KMMLU의 99%", "원본 대비 98%"): a percentage after "기준 …의" or "대비". */
const shareOfReference = (c: string): string => `(?!(?<=(?:기준\\s[^\\uE006.]{0,20}의|대비)\\s?${c}\\d+${END_CHAR})\\s?%)`;
/** Words that, between an object and its verb, change what the verb does to it ("Z를 기반으로 개발한"; "Z를 공급받아 … 출시하는 제품": Z was received). */
const VERB_SHIFTERS = '기반|바탕|토대|활용|이용|통해|가져다|가져와|가져온|대비|비해|보다|탑재|적용|(?:공급|제공|이전|전수|넘겨)\\s?받|사용|도입|참고|맞서|제치|결합|접목|쓰(?:지만|고|며|는|던|면서)|써(?:서|\\s?왔|\\s?온)|지만\\s';
/** A title's gloss in the other script or words ("CTO(최고기술책임자)", "최고기술책임자(CTO)"), before a particle. */
const TITLE_GLOSS = '(?:\\((?:[가-힣]{2,12}|[A-Z]{2,6})\\)(?=은|는|이|가|을|를|의|에|과|와|도|로|으로|,|\\s))?';
const PARTICLE_END = '(?=$|[^가-힣]|(?:은|는|이|가|을|를|의|에|에는|과|와|도|로|으로|로는|으로는|께서는|께서도|께서|에게는|에게도|에게|께도|께|이자|인|직|으로서|이며|이고|다|이다|입니다|이에요|예요|이랑|랑|하고|한테)(?![가-힣]))';

/**
 * "Z 모델을 기반으로", "Z 계열 모델을", "Z 원본은" (the original, as a fine-tune's base): a model noun after a model's name belongs to the name's slot, and so does a size the name left out ("누리-1.5 14B의")
 * or its parameter count in parentheses ("'Y'(15억 개)를", "Y(7B)는").
 */
const MODEL_NOUN = '(?:\\s[1-9]\\d{0,3}(?:\\.\\d)?[BM](?![A-Za-z0-9]))?(?:[\'"’”]?\\s?\\((?:(?:파라미터|매개변수)\\s)?(?:\\uE006\\d+\\uE00F|\\d[\\d.,]{0,6})\\s?(?:억|조|천만|백만|만)?\\s?(?:개|[BM])?(?:\\s?(?:파라미터|매개변수|규모))?\\))?(?:\\s?(?:(?:계열|시리즈|패밀리|제품군|라인업)\\s)?(?:모델|LLM|sLLM|sLM|시리즈|라인업|제품군|패밀리|계열|원본|오리지널)(?=$|[^가-힣A-Za-z0-9]|은|는|이|가|을|를|의|에|과|와|도|로|으로))?';
/** The optional noun that may follow a mention of this type. */
/** "현대제철 당진제철소와", "삼성디스플레이 아산캠퍼스가": one of a company's sites after its name, the company itself;
 * "X AI혁신부와", "X 디지털혁신실은": one of its units after a company's name (a stem of two syllables or a Latin word: not "X 정부", "X 내부"; only as a partner joined to another: "X 비전팀은 NAME 님이 팀장을 맡을지", "X 창업팀이 몸담았던 연구실" name no acting company), the company itself. */
const COMPANY_SITE = '(?:\\s(?:[가-힣]{1,6}(?:제철소|캠퍼스|공장|사업장|조선소)|(?:[A-Za-z]{1,5}[가-힣]{0,6}|[가-힣]{2,6})(?:사업부|본부|부문|연구소|센터|팀|실|부)(?=[와과]\\s))(?=[은는이가의와과도에을를로]))?';
const nounAfter = (t: NodeType | 'SCORE'): string => (t === 'Model' ? MODEL_NOUN : t === 'Company' ? COMPANY_SITE : '');

/** A country before a listed company ("프랑스 B"). */
const COUNTRY_WORD = '(?:국내|해외|미국|프랑스|독일|영국|중국|일본|캐나다|이스라엘|사우디아라비아|사우디|아랍에미리트|UAE|인도|대만|싱가포르|스웨덴|네덜란드|스위스|핀란드|베트남|인도네시아|태국|홍콩|호주|스페인|이탈리아|오스트리아|벨기에|덴마크|노르웨이|폴란드|브라질|러시아|카타르|말레이시아|필리핀|아일랜드|튀르키예)(?:의)?';
/**
 * An English description before a listed company: its kind in lower case, perhaps after its owner's possessive
 * ("game developer B", "AI chip designer C", "X Group's autonomous driving software unit D"; a nationality first: "Thai telecommunications company E").
 */
const EN_COMPANY_DESCRIPTION = `(?:the\\s)?(?:\\uE001\\d+\\uE00F(?:\\s[A-Z][a-z]+)?['’]?s\\s)?(?:(?:[A-Z][a-z]{2,12}|U\\.S\\.|U\\.K\\.)\\s(?=[a-z]|AI\\s))?(?:AI\\s)?(?:[a-z][a-z\\-]{1,19}\\s){0,3}(?:developer|designer|publisher|maker|chipmaker|startup|start-up|company|firm|unit|subsidiary|affiliate|carrier|provider|operator|specialist)\\s`;
/**
 * A description before a listed company: a kind of company ("진주의 정밀가공업체 B", "물류 솔루션 기업 C") or a country ("프랑스 B");
 * its age may be counted in it ("창업 3년 차 스타트업 D", "설립 2년 만의 기업 E").
 */
const COMPANY_DESCRIPTION = `(?:(?:(?:[가-힣A-Za-z]{1,8}(?:·[가-힣A-Za-z]{1,8})?|\\uE006\\d+\\uE00F[가-힣]{0,2})\\s){0,3}[가-힣]{0,4}(?:기업|스타트업|업체|회사|빅테크|연구기업)\\s|${COUNTRY_WORD}\\s|㈜\\s?|\\(주\\)\\s?|${EN_COMPANY_DESCRIPTION})?`;
/**
 * A listed model's maker before it ("A와 알리바바의 B"), or what it is to the model before ("A와 경량판인 B", "A와 그 후속작인 B"),
 * or whose it is ("자사 A와 공개 모델 B", "A와 오픈소스 모델 B").
 */
const MAKER_OF_MODEL = '(?:\\uE001\\d+\\uE00F의\\s|(?:그\\s)?(?:경량|소형|축소|미니|파생|후속|개량)\\s?(?:판|버전|모델|작)인\\s|(?:자사|공개|오픈소스|오픈\\s?웨이트|외부|타사)\\s(?:모델\\s)?)?';
/** A short note in parentheses after a listed company: its head ("대표 홍길동"), an English name. */
const COMPANY_NOTE = '(?:\\s?\\((?:[^()\\n\\uE001-\\uE005]|\\uE005\\d+\\uE00F){1,30}\\))?';
/** ("A이랑 B", "A랑 B": the spoken and blog-style 'and' joins a list too) */
const LIST_SEP = '\\s?(?:와|과|이랑|랑|,|및|、|·|-|–|그리고|, 그리고|,? and|(?:을|를) 비롯(?:해|하여|한),?)\\s?';
/** "A와 B 외에 C가 참여": companies named besides others join the same list. */
const BESIDES_SEP = '\\s외에(?:도)?\\s';
/** ("A가 주관한 컨소시엄과 B 컨소시엄은": a listed company's consortium named by a clause of its own, before the next item) */
const LED_CONSORTIUM = '(?:이|가)\\s(?:이끄는|이끈|주도하는|주도한|주관하는|주관한|꾸린)\\s컨소시엄(?=\\s?(?:와|과|,|및|·)\\s?)';
/**
 * One item of a `{TYPE*:name}` list: a mention, optionally a consortium with its members in
 * parentheses ("A 컨소시엄(B, C 참여)", "D(E·F)"); every mention inside belongs to the list.
 */
function groupItem(c: string): string {
  const one = `${c}\\d+${END_CHAR}`;
  return `${one}(?:\\s?(?:컨소시엄|팀(?=\\s?(?:와|과|,|및|·)\\s?))|${LED_CONSORTIUM})?(?:\\s?\\(\\s?${one}(?:${LIST_SEP}${one}){0,12}(?:\\s?등)?(?:\\s?(?:[가-힣]{1,6}\\s)?(?:참여|포함|합류|참가))?\\s?\\)(?:\\s?컨소시엄)?)?`;
}

export interface MacroResult {
  source: string;
  slots: { name: string; type: string; group: boolean }[];
}


/** The matches of sticky `re`, every one of which starts with `lead`, left to right and not overlapping: what a global search finds. */
export function literalLedMatches(text: string, lead: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let at = text.indexOf(lead); at >= 0; ) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) out.push(m);
    at = text.indexOf(lead, m ? at + m[0].length : at + 1);
  }
  return out;
}

/** A value built once per rule set (regexes compiled from its lexicon), then cached: `const res = perRuleSet((rules) => …)`. */
export function perRuleSet<R extends object, T>(build: (rules: R) => T): (rules: R) => T {
  const cache = new WeakMap<R, T>();
  return (rules) => {
    let v = cache.get(rules);
    if (v === undefined) cache.set(rules, (v = build(rules)));
    return v;
  };
}

/** Literal forms as one alternation, longest first. */
export function alternation(forms: string[]): string {
  return [...forms].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

/** Korea's metropolitan cities and provinces, as their names are shortened before 시/도 and titles. */
export const REGIONS = '(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주|충청북|충청남|전라북|전라남|경상북|경상남)';
/** Any city's mayor, the city glued to the title ("수원시장", "창원특례시장"); not a market ("주식시장", "국내시장"). */
export const CITY_MAYOR = '(?!(?:주식|증권|금융|노동|국내|해외|세계|전통|재래|자본|외환|채권|소비|내수|수출|중고|유통|도매|소매|수산|벼룩|반도체|부동산|농산물|글로벌|가상|코인|거대|신흥|대형|중소)시장)[가-힣]{2,3}(?:특례)?시장';
/** A regional head: the region glued to the title ("광주시장은"), never a bare "시장". */
export const REGIONAL_HEAD = `(?:${REGIONS}(?:특별자치|특별|광역)?(?:시장|도지사|지사)|${CITY_MAYOR})`;
/** A city or province's office head: the region's government, then the office's title ("광주시 AI산업실장", "경남도 디지털정책국장"). */
export const REGIONAL_OFFICE_HEAD = `${REGIONS}(?:특별|광역)?(?:시|도)\\s(?:[가-힣A-Za-z]{1,12}\\s)?[가-힣A-Za-z]{0,12}(?:실장|국장|과장|단장|본부장)`;

/** A post at a public agency named before it ("NIPA 인공지능산업본부장", "정보통신기획평가원 PM단장"): an official's post. */
function agencyPost(agencies: string[]): string {
  return `(?:${alternation(agencies)})\\s(?:[가-힣A-Za-z]{1,12}\\s)?[가-힣A-Za-z]{0,12}(?:원장|본부장|단장|센터장|실장|국장)`;
}

/** A score's scale in parentheses right after it ("(10점 만점)", "(만점 100점)"). */
const SCALE_NOTE = `(?:\\s?\\((?:\\uE006\\d+${END_CHAR}\\s?점\\s?만점|만점\\s?\\uE006\\d+${END_CHAR}\\s?점?)\\))?`;

/** Expands the macros of one pattern row into a plain regular-expression source (`agencies`: public agencies, whose posts are officials'). */
export function expandMacros(pattern: string, titles: string[], officialTitles: string[] = [], agencies: string[] = []): MacroResult {
  const slots: MacroResult['slots'] = [];
  const titleAlt = alternation(titles);
  const source = pattern.replace(/\{([A-Z]+)([+*~])?(?::(\w+))?\}/g, (whole, macro: string, plus: string | undefined, arg: string | undefined) => {
    const n = arg && /^\d+$/.test(arg) ? Number(arg) : 0;
    const slotType = SLOT_TYPES[macro];
    if (slotType && arg && !/^\d+$/.test(arg)) {
      const c = TYPE_CHAR[slotType];
      slots.push({ name: arg, type: slotType, group: Boolean(plus) });
      if (slotType === 'SCORE' && plus) {
        const one = `${c}\\d+${END_CHAR}(?!${NOT_SCORE})(?:\\s?(?:점|%))?`;
        return `(?<${arg}>${one}(?:\\s?(?:,|와|과|및|·|/|그리고)\\s?${one}){1,11})`;
      }
      // the gap test looks behind only where a score's marker stands (before it, it ran at every position the pattern tried)
      // a bound ("70점 이상", "75점을 넘겼다") is no score, unless the number is stated as someone's score ("GPT-4o가 받은 70.1점에 근접한")
      // (a scale note after the score is passed over: "8.21(10점 만점)을 받았다")
      if (slotType === 'SCORE') return `${c}(?<!${GAP_BEFORE}${c})(?<${arg}>\\d+)${END_CHAR}${shareOfReference(c)}(?!${NOT_SCORE}|${DELTA_LIST}|${FUTURE_SCORE})(?:(?<=${STATED_BEFORE}${c}\\d+${END_CHAR})|(?!\\s?점\\s?${SCORE_BOUND}))${SCALE_NOTE}`;
      // (listed companies may each carry a description, as in a plain list: "A와 진주의 정밀가공업체 B")
      if (plus === '*') return `(?<${arg}>${groupItem(c)}(?:${slotType === 'Company' ? `(?:${LIST_SEP}|${BESIDES_SEP})${COMPANY_DESCRIPTION}` : LIST_SEP}${groupItem(c)}){0,15})`;
      // a tight list, joined without commas ("KT-KT클라우드", "A·B", "A와 B"): one group, where "A, B, C" lists several
      if (plus === '~') return `(?<${arg}>${c}\\d+${END_CHAR}(?:\\s?(?:와|과|·|-|–|/)\\s?${c}\\d+${END_CHAR}){0,15})`;
      const noun = nounAfter(slotType);
      // benchmarks in a list may each carry a description ("KMMLU와 한국 문화 평가 HAE-RAE")
      // companies may each carry a country ("프랑스 B"), a corporate mark ("A와 ㈜B") or a note in parentheses ("A(대표 홍길동)와 B")
      // models may each carry their maker's possessive ("A와 알리바바의 B")
      const described = slotType === 'Benchmark' ? '(?:[가-힣]{1,8}\\s){0,3}' : slotType === 'Company' ? COMPANY_DESCRIPTION : slotType === 'Model' ? MAKER_OF_MODEL : '';
      const note = slotType === 'Company' ? COMPANY_NOTE : '';
      if (plus) return `(?<${arg}>${c}\\d+${END_CHAR}${noun}${note}(?:${LIST_SEP}${described}${c}\\d+${END_CHAR}${noun}${note}){0,15})`;
      return `${c}(?<${arg}>\\d+)${END_CHAR}${noun}`;
    }
    switch (macro) {
      case 'GAP':
        return `[^${ENTITY_CHARS}]{0,${n}}?`;
      case 'VGAP':
        return `(?:(?!${VERB_SHIFTERS})[^${ENTITY_CHARS}]){0,${n}}?`;
      case 'NP':
        return `[^${ENTITY_CHARS},;]{0,${n}}?`;
      case 'CLAUSE':
        // (nor past a contrast with what comes next: "Y를 바탕으로 했던 것과 달리 이번에는 Z를"; a headline's "…" ends its first clause:
        // "X 기반 LLM 공개…Y 기반 아냐")
        return `(?:(?!,|;|…|며\\s|고\\s|다\\s|[.!?]\\s|지만|는데|으나|면서|[와과]\\s(?:달리|다르게)\\s)[^${ENTITY_CHARS}]){0,${n}}?`;
      case 'NOSUBJ':
        // a subject inside a relative clause ("네이버클라우드가 지난해 공개한 'HCX-005'", "C가 병원에 공급하는 'X'", "C가 Y에 … 학습해 만든 (30억 파라미터) 모델") is not the sentence's
        // nor does a gap run past a clause that opens on another model's topic or subject ("…모델이고, Y는 Z 기반으로",
        // "…미세조정한 모델인데, Y 자체가 Z를 바탕으로"), or past a quotation
        // that opens on one after the one before ("…학습했다"며 "Y는 Z를 기반으로": quotation marks are gone by now)
        return `(?:(?![\\uE001\\uE005]\\d+${END_CHAR}(?:은|는|이|가|도)[\\s,](?![^\\uE001-\\uE005,]{0,20}?(?:공개한|개발한|선보인|내놓은|출시한|만든|발표한|공급하는|공급한|제공하는|제공한)\\s|[^,.]{0,80}?(?:해|하여|시켜)\\s만든\\s(?:[^\\s,.]{1,12}\\s){0,3}?(?:모델|LLM|언어모델))|,\\s?\\uE002\\d+${END_CHAR}(?:은|는|이|가|\\s?자체(?:는|가|도))\\s|(?:다며|라며|면서|다고|라고)\\s(?:[가-힣]{1,6}\\s){0,2}\\uE002\\d+${END_CHAR}(?:은|는)\\s)[^]){0,${n}}?`;
      case 'CLAUSEX':
        // (a comma inside a list of short nouns is no clause end: "한국의 법·제도, 역사, 지역 정보를 추가 학습시킨"; nor one between
        // partners' gapped shares of one verb: "A가 X를, B가 Y를 보태 학습시킨다")
        // (a comma after a past verb's "-고" ends a clause, whatever list follows: "…을 모았고, 기록을 …")
        return `(?:(?!(?<=[았었였했됐]고),|,(?!${LIST_COMMA_AFTER}|${GAPPED_SHARE})|;|며\\s|고\\s|다\\s|[.!?]\\s|지만|는데|으나|면서)[^\\uE002-\\uE004]){0,${n}}?`;
      case 'NOAGENT':
        return `[^\\uE001\\uE005]{0,${n}}?`;
      case 'NOMODEL':
        return `[^\\uE002]{0,${n}}?`;
      case 'NOCOMPANY':
        return `[^\\uE001]{0,${n}}?`;
      case 'NOBENCH':
        return `[^\\uE003]{0,${n}}?`;
      case 'SKIP':
        return `[^]{0,${n}}?`;
      case 'MODELHEAD':
        // (nor a model something is taken from: "Y를 뼈대로 해서 Z한테서 증류", "Z로부터 지식을 옮겨")
        return `\\uE002\\d+${END_CHAR}(?!\\s?(?:대비|와|과|보다|를 제치|을 제치|에 비해)|한테서|에게서|로부터|으로부터)`;
      case 'OFFICIAL':
        // (with the honorific a post or a talk adds to the title: "장관님이", "실장님은")
        return agencies.length ? `(?:${alternation(officialTitles)}|${agencyPost(agencies)})(?:님)?` : `(?:${alternation(officialTitles)})(?:님)?`;
      case 'AGENCY':
        // a public agency's name ("NIPA 홍길동 원장": the agency before its head's name)
        return agencies.length ? `(?:${alternation(agencies)})` : '(?!)';
      case 'REGIONHEAD':
        return REGIONAL_HEAD;
      case 'REGIONOFFICE':
        return REGIONAL_OFFICE_HEAD;
      case 'TITLE':
        if (!arg) throw new Error('{TITLE} needs a name, e.g. {TITLE:title}');
        slots.push({ name: arg, type: 'TITLE', group: false });
        // a product or team name may lead the title ("카카오 카나나 성과리더": 카나나 is a Model mention)
        // "A 출신 CTO 홍길동": a background, not a title at A
        // "CTO(최고기술책임자)로", "최고기술책임자(CTO)로": a gloss of the title in parentheses goes with it, outside the value
        // no title opens on a particle left by the word before it ("X에 아시아 리서치 리드로")
        return `(?!(?:출신|에|에서|의|와|과|은|는|을|를|로|으로)\\s)(?<${arg}>(?:\\uE002\\d+${END_CHAR}\\s?)?(?:[A-Za-z가-힣][\\w&.+\\-가-힣]*\\s){0,3}?(?:[A-Za-z가-힣]{1,10}·(?=[가-힣]{1,10}?(?:사업부|본부|부문|센터|연구소|그룹|부|실|팀)장))?(?:[A-Za-z가-힣](?:[A-Za-z가-힣]|(?<=[A-Za-z])\\d){0,9}?)??(?:${titleAlt}|(?<=[A-Za-z])장))${TITLE_GLOSS}(?:님)?${PARTICLE_END}`;
      default:
        throw new Error(`unknown macro ${whole}`);
    }
  });
  return { source, slots };
}

/** Stems that join a cue opening on 비 ("비해") into a verb of their own: 준비해 (preparing), 구비해, 정비해, 장비, 설비. */
const STEM_BEFORE_BI = '(?<![준구정장설])';

/** A cue form written with a closing "$" holds only where the text ends (a full stop allowed): "다고 보도$", a memo's noun ending. */
function cueFormSource(f: string): string {
  const literal = f.endsWith('$') ? `${escapeRegex(f.slice(0, -1))}(?=\\.?\\s*$)` : escapeRegex(f);
  return f.startsWith('비') ? `${STEM_BEFORE_BI}${literal}` : literal;
}

/** One matcher per cue form, global so a search can start at any offset: the same reading of a form ("…$" at the text's end only) as `cueRegex`. */
const formMatchers = new Map<string, RegExp>();
export function cueFormMatcher(form: string): RegExp {
  let re = formMatchers.get(form);
  if (!re) formMatchers.set(form, (re = new RegExp(cueFormSource(form), 'gu')));
  return re;
}

/** A regex alternation of literal cue forms. */
export function cueRegex(forms: string[], anchored = false): RegExp {
  const alt = [...forms].sort((a, b) => b.length - a.length).map(cueFormSource).join('|');
  return new RegExp(anchored ? `^\\s?(?:${alt})` : `(?:${alt})`, 'u');
}

export { escapeRegex };
