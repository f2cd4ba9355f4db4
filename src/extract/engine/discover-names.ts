/**
 * Benchmarks and programmes no gazetteer lists: Latin names in a score sentence's benchmark slot or
 * after 벤치마크/리더보드, and programmes named after a ministry, before joining them, or as a
 * government's national plan.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, MINISTRY, overlaps, SCORE_SENTENCE, type DiscoveryLexicon } from './discover-common.js';
import { matchesIn } from './text-scans.js';
import { discoverLabelledBenchmarks, discoverListedBenchmarks } from './discover-bench-list.js';
import { discoverBoardTitles } from './discover-board-titles.js'; import { discoverSubsetBenchmarks, GLOSSED_BOARD, HANGUL_LEADERBOARD, withRoundAlias } from './discover-board-rounds.js';
import { discoverEnglishBenchmarks, isBenchmarkLike } from './discover-en-benchmarks.js';
import { discoverNounGlossedBenchmarks } from './discover-noun-glossed.js'; import { calledModel, namesModelLine } from './model-line-names.js';

// (or after an evaluation set: "방언 평가셋 K-Dialect에서", maybe with its spelled-out name: "평가셋 KPR-300(Korean Precedent Reasoning)을")
// (a benchmark word may carry a variant after a hyphen: "KoLawQA-Hard", "MedBench-Lite"; a name with its edition year after it,
// "K-WorkBench 2026", is another benchmark's alias, read with the quoted name it glosses; a kind before "벤치마크인 NAME",
// "문서 VQA 벤치마크인 K-DocQA", describes the name after it and is none)
// (a Latin name with the Hangul word for the test glued on by a hyphen is one too: "HanQA-벤치에서", and a Hangul one with its language mark: "누리벤치-KR"; and, a name ending in a test word, as a label before a colon: "수학 벤치마크 K-MathBench: …", not "평가 D-30:")
// (an edition year is the name's where the name labels scores after a colon: "사내 평가셋 X-Defect 2026: …")
// (the place it is in, "새 평가셋 K-Dial에 있다", as any particle; its edition is its name's, "요약 벤치마크 K-Sum v2에서"; one named as the benchmark's earlier version is one too: "벤치마크의 첫 버전인 K-Sum(v1)에서")
const BENCH_AFTER_NOUN = /(?:(?:(?:벤치마크|리더보드|평가 지표|평가지표|평가셋|평가 세트|테스트셋|평가)(?:인|로|으로)?|(?:벤치마크|리더보드|평가셋|테스트셋)의\s(?:첫|이전|옛|구|초기|기존|직전|최신|새|다음)\s?(?:버전|판)인)\s([A-Z][A-Za-z0-9\-]{1,20}?(?:\sv\d{1,2}(?:\.\d)?(?![A-Za-z0-9])|\s(?:19|20)\d{2}(?=[:：]\s))?|[A-Z][A-Za-z0-9]{0,5}-[가-힣]{1,6}(?:[A-Za-z0-9]{1,8}|\sv\d{1,2}(?:\.\d)?(?![A-Za-z0-9])))(?:\d{1,2}\))?|(?<![A-Za-z0-9])([A-Z][A-Za-z0-9\-]{0,20}(?:Bench|BENCH|Eval|EVAL|Arena|QA)(?:-(?:Hard|Lite|Pro|Plus|Easy|Full|Mini|Redux|Verified|Ko|KO))?|(?<![가-힣])[가-힣]{2,8}-?(?:Bench|BENCH|Eval|EVAL|QA)|(?<![A-Za-z0-9\-])[A-Z][A-Za-z0-9]{1,12}-벤치(?!마크)|(?<![가-힣A-Za-z0-9\-])[가-힣]{1,8}벤치-(?:KR|Ko|KO)(?![A-Za-z0-9]))(?!\s(?:19|20)\d{2}))(?!\s(?:벤치마크|벤치|평가\s?세트|평가셋|데이터셋)인\s)(?=(?:\s?\([A-Za-z][A-Za-z\s\-]{2,40}\)|\([vV]\d{1,2}(?:\.\d)?\))?(?:에서|에선|에서는|에서도|에|의|는|은|로|를|을|와|과)?(?:[\s,.]|$)|(?<=Bench|BENCH|Eval|EVAL|QA|Arena|\s(?:19|20)\d{2}):\s)/g;
/** The words one of BENCH_AFTER_NOUN's forms needs (a cheap test before it). */
const BENCH_WORD = /벤치마크|-벤치|벤치-|리더보드|평가|테스트셋|Bench|BENCH|Eval|EVAL|Arena|QA/;

/** A common word for a test or its results ("결과", "검증", "점수"): before a benchmark's Latin name in parentheses, it names no benchmark. */
const RESULTS_WORD = /^(?:결과|검증|평가|점수|성능|성적|순위|비교|측정|테스트|시험|분석|기준|지표|종합)$/;

/** A Hangul name and its Latin gloss ending in a benchmark word: "한결벤치(HanGyeol-Bench)", "누리평가(Nuri-Eval)". */
/** (or a Latin acronym, a hyphen and a Hangul word: "KTX-벤치(KTX-Bench)") */
const GLOSSED_BENCH = /(?<![가-힣A-Za-z0-9])([가-힣][가-힣A-Za-z0-9\-]{1,10}|[A-Z][A-Z0-9]{0,5}-[가-힣]{1,6})\s?\(([A-Z][A-Za-z0-9]*(?:[\s-]?[A-Z][A-Za-z0-9]*)?[\s-]?(?:Bench|BENCH|Eval|EVAL|QA|Arena))\)/g;

/** "KEval에서 81.2점", "HANUL 기준 … 점수는", "AraLogic-Hard 평가에서": a Latin name in the benchmark slot of a score sentence. */
/** (its Hangul gloss may come between: "KMD-Bench(한국 의료 벤치)에서", and before "점수는" it must: "KMD-Bench(한국 의료 벤치마크) 점수는", or the language pair it tests: "WebToon-MT(한→일)에서"; a footnote mark glued to it is none of it, all its digits: "KMQ12)에서") */
const BENCH_SLOT = /(?<![A-Za-z0-9.\-_])([A-Z][A-Za-z0-9]{1,15}?(?:-[A-Za-z][A-Za-z0-9]{0,9}?){0,2})(?:\d{1,2}\))?(?=(?:\s?\((?:[가-힣][가-힣\s]{1,20}|[가-힣A-Za-z]{1,6}\s?(?:→|->)\s?[가-힣A-Za-z]{1,6})\))?(?:\s?(?:평가|벤치마크|벤치|테스트|리더보드))?(?:에서|에선|에서는|에서도)\s|\s?\([가-힣][가-힣\s]{1,20}\)\s(?:점수|성적)(?:는|은)\s|\s기준\s)/g;
/** "법률시험 문항 평가(QLT 벤치)에서 71.4점": a Latin name in parentheses after a word for a test (not a name it glosses: "X이발(XEval)에서"), in the slot of a score sentence. */
const PAREN_BENCH_SLOT = /(?<=(?:평가|시험|테스트|검증)\s?\()([A-Z][A-Za-z0-9]{1,15}(?:-[A-Za-z][A-Za-z0-9]{0,9}){0,2})(?:\s?(?:벤치마크|벤치|평가|테스트))?(?=\)(?:에서|에선|에서는|에서도)\s)/g;
/** "자체 추론 벤치 KoArgue-500 71.0", "평가 KLUE-X 68점": a Latin name a benchmark noun introduces, its score right after. */
const NOUN_BENCH_SCORE = /(?<=(?:벤치마크|벤치|평가)\s)([A-Z][A-Za-z0-9]{1,15}(?:-[A-Za-z0-9]{1,9}){0,2})(?=\s\d{1,3}(?:\.\d{1,2})?\s?(?:점|%)?(?:[\s,/.]|$))/g;
/** "K-워크벤치 2025", "한결벤치 2026": a Hangul name ending in 벤치 and an edition year, unquoted (last year's edition beside this year's). */
const EDITION_BENCH = /(?<![가-힣A-Za-z0-9\-])((?:[A-Z]{1,3}-)?[가-힣]{1,8}벤치\s(?:19|20)\d{2})(?=(?:에서|에선|에서는|에서도|의|은|는|을|를|와|과|로|으로)?(?:[\s,.)]|$))/g;
/** "K-휴먼이벨에서는 71.5점": a Hangul name behind a Latin edition prefix ("K-", "Ko-") in the benchmark slot of a score sentence (an arena's or a board's with its rating after: "Ko-아레나 Elo 1,204점"; a results heading's "(K-논리벤치, 100점 만점)"). */
const PREFIXED_HANGUL_SLOT = /(?<![가-힣A-Za-z0-9.\-])([A-Z][a-z]?-[가-힣]{2,8})(?=(?:\s?(?:평가|벤치마크|벤치|테스트))?(?:에서|에선|에서는|에서도)\s|(?<=아레나|리더보드)\s(?:Elo\s)?\d|(?<=벤치),\s?\d{1,4}점\s?만점\))/g;
/** "자체 수학 벤치마크인 한빛 벤치에서 72.5점": a Hangul name a benchmark noun defines by apposition, in the slot of a score sentence. */
const APPOSED_HANGUL_BENCH = /(?:벤치마크|평가셋|평가 세트|테스트셋)인\s([가-힣]{2,8}(?:\s?벤치(?!마크))?)(?=(?:에서|에선|에서는|에서도)\s)/g;
const MAX_SLOT_BENCHMARKS = 8;
/**
 * "KNT-300 (자체 한국어 테스트, 300문항, 100점 만점)": a line that is only a Latin name and a note saying it is a test, the heading of its scores;
 * or a list item that opens on one and gives its scores after a colon ("▪ KR-300(자체 추론 평가셋): Y 47.9점").
 */
const BENCH_HEADING = /^(?:[-•·*▪▸◦]\s?)?([A-Z][A-Za-z0-9]{1,15}(?:-[A-Za-z0-9]{1,10}){0,2})\s?\((?=[^()]{0,60}(?:테스트|벤치마크|평가셋|평가 세트|평가 데이터셋|문항|만점|-shot|샷))[^()]{1,80}\)(?:$|\s?[:：]\s)/;
const NOT_LEADERBOARD = /^(?:다만|특히|또|또한|한편|반면|실제|최근|당시|지난|이번|해당|같은|한국어|글로벌|오픈|자체|공개|국내|해외|대표|주요|최신|종합|전체|각종|여러|유명|공식|이|그|한)\s/;


/**
 * "K-법률문서 요약(KLDS)은 X가 자체 구축한 평가 세트로": a sentence that opens by defining a name glossed with its acronym as
 * a test set names a benchmark (the acronym its alias), whatever the name's words.
 */
const DEFINED_BENCH = /^['"‘“]?([A-Za-z가-힣][가-힣A-Za-z0-9\-]{0,12}(?:\s[가-힣A-Za-z0-9\-]{1,8}){0,2})\s?\(([A-Z][A-Z0-9\-]{1,10})\)['"’”]?(?:는|은)\s[^.]{0,40}?(?:평가\s?세트|평가셋|테스트\s?셋|벤치마크)(?:로|으로|다|이다|입니다)(?![가-힣])/;

/** Latin names right after 벤치마크/리더보드 ("수학 추론 벤치마크 MATH2)에서는"). */
export function discoverBenchmarks(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  // (a chart's heading names its board with no score: "X 아레나 42주차 순위")
  const scored = SCORE_SENTENCE.test(text);
  // (a benchmark noun before a Latin name with its score right after needs no other score cue: "벤치 X-500 71.0")
  const nounBench = text.includes('벤치') || text.includes('평가') ? [NOUN_BENCH_SCORE] : [];
  // (a board glossed with its English name is named with no score: "반딧불 리더보드 v2(Banditbul Leaderboard v2)")
  if (scored || text.includes('순위') || GLOSSED_BOARD.test(text) || nounBench.length) {
    for (const re of scored ? [BENCH_SLOT, ...(text.includes(')에') ? [PAREN_BENCH_SLOT] : []), HANGUL_LEADERBOARD, ...(text.includes('-') ? [PREFIXED_HANGUL_SLOT] : []), ...(text.includes('인 ') ? [APPOSED_HANGUL_BENCH] : []), ...nounBench] : [...(text.includes('순위') || GLOSSED_BOARD.test(text) ? [HANGUL_LEADERBOARD] : []), ...nounBench]) {
      re.lastIndex = 0;
      // a real sentence names a few benchmarks; a page of repeated junk must not make hundreds
      for (let m = re.exec(text); m && out.length < MAX_SLOT_BENCHMARKS; m = re.exec(text)) {
        const name = m[1]!;
        const end = m.index + m[0].length;
        if (re === BENCH_SLOT || re === NOUN_BENCH_SCORE || re === PAREN_BENCH_SLOT ? !isBenchmarkLike(name) : NOT_LEADERBOARD.test(name)) continue;
        // a generic word blocked inside the name ("리더보드") does not stop it
        const inside = ms.filter((x) => x.via !== 'blocked' || x.start < m!.index || x.end > end);
        if (lx.generic.has(normalizeName(name)) || isTaken(inside, out, m.index, end)) continue;
        out.push(withRoundAlias(discoveredMention('Benchmark', name, m.index, end)));
      }
    }
  }
  // "한결벤치(HanGyeol-Bench)는": a Hangul name glossed with a Latin benchmark name is that benchmark
  if (text.includes('(')) {
    for (const m of matchesIn(GLOSSED_BENCH, text)) {
      const end = m.index + m[0].length;
      // "검증 결과(KPA-Bench)": a word for the results glossed by the benchmark's name is no name: the gloss is the benchmark
      if (RESULTS_WORD.test(m[1]!)) {
        const at = end - 1 - m[2]!.length;
        if (!overlaps([...ms, ...out], at, end - 1)) out.push(discoveredMention('Benchmark', m[2]!, at, end - 1));
        continue;
      }
      if (lx.generic.has(normalizeName(m[1]!)) || overlaps([...ms, ...out], m.index, end) || namesModelLine(m[2]!, text, ms)) continue;
      const men = discoveredMention('Benchmark', m[1]!, m.index, end);
      men.aliases.push(m[2]!);
      out.push(men);
    }
  }
  const defined = text.includes('(') && (text.includes('평가') || text.includes('벤치마크') || text.includes('테스트')) ? DEFINED_BENCH.exec(text) : null;
  if (defined && !lx.generic.has(normalizeName(defined[1]!))) {
    const start = text.indexOf(defined[1]!);
    const end = text.indexOf(')', start) + 1;
    if (!overlaps(out, start, end)) {
      const men = discoveredMention('Benchmark', defined[1]!, start, end);
      men.aliases.push(defined[2]!);
      out.push(men);
    }
  }
  EDITION_BENCH.lastIndex = 0;
  for (let m = text.includes('벤치') ? EDITION_BENCH.exec(text) : null; m; m = EDITION_BENCH.exec(text)) {
    const end = m.index + m[1]!.length;
    if (lx.generic.has(normalizeName(m[1]!)) || overlaps([...ms, ...out], m.index, end)) continue;
    out.push(discoveredMention('Benchmark', m[1]!, m.index, end));
  }
  const heading = text.includes('(') ? BENCH_HEADING.exec(text.trim()) : null;
  if (heading && isBenchmarkLike(heading[1]!) && !lx.generic.has(normalizeName(heading[1]!))) {
    const start = text.indexOf(heading[1]!);
    if (!overlaps([...ms, ...out], start, start + heading[1]!.length)) out.push(discoveredMention('Benchmark', heading[1]!, start, start + heading[1]!.length));
  }
  discoverEnglishBenchmarks(text, ms, out, lx);
  out.push(...discoverNounGlossedBenchmarks(text, ms, out, lx));
  BENCH_AFTER_NOUN.lastIndex = 0;
  for (let m = BENCH_WORD.test(text) ? BENCH_AFTER_NOUN.exec(text) : null; m; m = BENCH_AFTER_NOUN.exec(text)) {
    const name = (m[1] ?? m[2])!;
    const realStart = text.indexOf(name, m.index);
    const end = m.index + m[0].length;
    if (lx.generic.has(normalizeName(name)) || overlaps(ms, realStart, realStart + name.length) || (m[2] !== undefined && calledModel(name, realStart, text, ms))) continue;
    const men = discoveredMention('Benchmark', name, realStart, end);
    out.push(men);
  }
  out.push(...discoverListedBenchmarks(text, [...ms, ...out], lx));
  out.push(...discoverLabelledBenchmarks(text, [...ms, ...out], lx));
  out.push(...discoverBoardTitles(text, [...ms, ...out], lx));
  out.push(...discoverSubsetBenchmarks(text, [...ms, ...out], lx));
  return out;
}

/** (a ministry's name may stand bare before its programme, as speech runs: "중소벤처기업부 글로벌 AI 챌린지 사업에"; any ministry or agency that runs it: "…부와 …진흥원이 운영하는 X 지원사업으로") */
const POLICY_CONTEXT = new RegExp(String.raw`(?:(?:정부|${MINISTRY}|NIPA|IITP|정보통신산업진흥원|정보통신기획평가원)(?:의|가 추진하는|가 주관하는|이 추진하는|이 주관하는|가 추진 중인|가 진행하는)|(?<![가-힣])${MINISTRY}|(?<![가-힣])[가-힣]{1,12}(?:부|처|청|진흥원|평가원|재단|공단)(?:이|가)\s(?:운영하는|시행하는|추진하는|주관하는))\s([가-힣A-Za-z0-9·\- ]{2,30}?(?:지원\s?사업|사업|프로젝트|프로그램|바우처|챌린지))(?=(?:에|에서|의|을|를|은|는|이|가|으로|로|에도)?[\s,.]|$)`, 'g');

/**
 * "사토르다이내믹스는 공공 오픈소스 AI 생태계 사업에도 참여하겠다는": a programme's name (up to seven
 * words, none ending in a particle) right before taking part in it, or before an event of its own ("X 실증사업 착수보고회",
 * "X 사업 출범식", "X 사업의 첫 삽을 뜹니다"), or before the list of those it selected ("X 지원사업 선정 현황", "X 사업(부제) 선정 기업 명단").
 */
const POLICY_BEFORE_JOINING = /(?<=^|[\s(])((?:[가-힣A-Za-z0-9·\-]+\s){0,6}?[가-힣A-Za-z0-9·\-]*(?:지원\s?사업|사업|프로젝트|프로그램))(?:\s(?:수행|참여|주관)\s?(?:기업|기관|사업자|컨소시엄))?(?=(?:에도|에|의)\s?(?:최종\s)?(?:참여|참가|선정|지원|도전|신청|합류|응모|뛰어들|출사표|이름을 올)|(?:의)?\s?(?:착수\s?보고회|착수식|출범식|발대식|협약식|성과\s?(?:보고회|공유회)|첫\s삽)|\s(?:수행|참여|주관)\s?(?:기업|기관|사업자)(?:으로|로|에)\s?(?:최종\s)?선정|(?:을|를)?\s(?:따냈|따냄|따내|따낸|수주했|수주해|수주한|수주함|수주하)|(?:\s?\([^()]{1,20}\))?\s(?:최종\s)?선정\s?(?:기업|업체|기관|과제)?\s?(?:현황|결과|명단))/g;
/** A project won right after its name ("… 사업을 따냈다", "… 사업 수주"). */
const WON_AFTER = /^(?:을|를)?\s(?:따냈|따냄|따내|따낸|수주)/;
/** The words that make a won project a public programme: public, national or government work, a pilot or a lead project. */
const PUBLIC_PROGRAMME_WORD = /공공|국가|정부|국책|실증|시범|선도/;
/** Right after a programme's name, the list of those it selected ("(부제) 선정 기업 현황", " 선정 결과"), and the words that date a round. */
const SELECTION_LIST_AFTER = /^(?:\s?\([^()]{1,20}\))?\s(?:최종\s)?선정\s?(?:기업|업체|기관|과제)?\s?(?:현황|결과|명단)/;
const ROUND_DATE = /^(?:올해|내년|작년|지난해|금년|새해|상반기|하반기|연내|(?:['’]\d{2}|\d{4})(?:년도?)?)$/;
/** A programme's own event right after its name ("착수보고회", "출범식", "의 첫 삽"). */
const EVENT_AFTER = /^(?:의)?\s?(?:착수\s?보고회|착수식|출범식|발대식|협약식|성과\s?(?:보고회|공유회)|첫\s삽)/;
/** Before such an event: a day, a time word or the event's verb, no word of the programme's name. */
const EVENT_STOP = /^(?:\d{1,4}(?:년|월|일)|지난|지난해|올해|작년|내년|이날|오늘|어제|열린|열리는|열렸던|개최된|진행된)$/;
const VOUCHER_PROGRAMME = /(?<=^|[\s(])((?:[가-힣A-Za-z0-9·\-]+\s){2,6}바우처)(?=\s사업)/g;
/** Programme words that end on a particle's letter but are nouns of the name ("… 선도 실증사업", "… 제도 개선 사업"). */
const PARTICLE_LIKE_NOUN = /^(?:선도|제도|지도|고도)$/;
const PARTICLE_WORD = /(?:은|는|이|가|을|를|의|에|에서|로|으로|와|과|이랑|랑|도|만|까지|부터)$/;
/** (and an adnominal verb of another ending: "'…방안'에 따른 X 사업" names "X 사업"; or a postposition as a word: "창업팀 가운데 X 사업에") */
const VERB_WORD = /(?:려|고|며|서|해|하여|한|된|던|다|게|지|면|는)$|^(?:따른|다른|만든|갖춘|맞춘|거친|이룬|모은|받은|얻은|가운데|중에서|사이에서)$/;
/** "정부 창업 지원사업", "정부 R&D 과제 사업": the government and one kind of support describe a kind of programme, no name. */
const GOVERNMENT_KIND = /^정부\s[가-힣A-Za-z&]{1,6}\s?(?:지원\s?)?(?:사업|프로젝트|프로그램)$/;
const QUALIFIED_ONLY = /^(?:(?:내년|올해|작년|지난해|새해|다음|향후|새|새로운|신규|차기|후속|정부|국가)\s)+(?:지원\s?)?(?:사업|프로젝트|프로그램)$/;
/** "대형 AI 모델 개발 사업", "초거대 인공지능 구축 프로젝트": a size word and generic words before the programme noun describe a kind of project, no name. */
const DESCRIBED_KIND = /^(?:대형|초대형|초거대|거대|대규모)\s(?:(?:AI|인공지능|언어|모델|언어모델|개발|구축|연구)\s?)+(?:사업|프로젝트|프로그램)$/;
/** "과기정통부 실증사업", "중기부 지원사업": one word for a kind of programme after the ministry names none (the article names it elsewhere). */
const KIND_WORD_ONLY = /^(?:실증|시범|지원|연구|개발|육성|공모|보조|국책|정책|후속|R&D)\s?(?:지원\s?)?(?:사업|프로젝트|프로그램)$/;
/** Adverbs that open the clause before a programme, not its name: '모두', '함께', '나란히', '각각'. */
const CLAUSE_ADVERB = /^(?:모두|함께|같이|나란히|각각|각기|이미|또|또한|다시|역시|직접|잇달아|동시에|공동으로|처음으로|올해도|정작|막상|오히려|실제로|당장|결국)$/;
const DEMONSTRATIVE = /^(?:이|이번|해당|그|같은|이런|그런|동|본|각)$/;
/** "2단계 사업", "3차 프로젝트": a name that opens on a phase or round. */
const PHASE_WORD = /^\d{1,2}\s?(?:단계|차|기)\s/;
/** The end of a programme's name right before: "…프로젝트' ", "…사업 ". */
const PROGRAMME_BEFORE = /(?:사업|프로젝트|프로그램|이니셔티브|바우처|챌린지)['"’”」』]?\s$/;

/** Programmes named after a ministry ("과기정통부의 AI 컴퓨팅 지원사업에 선정") or before joining them. */
const NATIONAL_PLAN = /정부(?:의|가 (?:내놓은|발표한|추진하는|세운|마련한))\s((?:국가|범정부)\s?(?:AI|인공지능)\s(?:[가-힣]{1,6}\s)?(?:로드맵|전략|기본계획|종합계획|이니셔티브))(?=(?:은|는|이|가|을|를|에|에서|의|과|와|으로|로|도)?[\s,.]|$)/g;

/**
 * "사업명 : X 고도화 사업", "사 업 명 : …", "사업명: X 프로그램": a public notice's labelled project name (the label's letters may be
 * spaced out, as government documents align them), up to the next label or the line's end.
 */
const LABELLED_PROGRAMME = /(?:^|\s)(?:사\s?업\s?명|과\s?제\s?명)\s?[:：]\s?((?:[가-힣A-Za-z0-9·\-]+\s){1,8}?(?:[가-힣A-Za-z0-9·\-]*)?(?:사업|프로젝트|프로그램))(?=\s|$|[,.(])/g;

/** "the K-Data Voucher Program", "the government's National AI Compute Initiative", "the Ministry of Science and ICT's AI Compute Program": an English programme's capitalised name. */
const EN_PROGRAMME = /(?<=\b(?:the|[Gg]overnment['’]s|[Mm]inistry['’]s|ICT['’]s|MSIT['’]s)\s)((?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\s){2,6}(?:[Pp]rogram|[Pp]rogramme|[Pp]roject|Initiative))\b/g;

/** Words that open a sentence's point, not a name ("Third, the …", "Finally, the …"). */
const DISCOURSE_OPENER = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly|Next|Also|Meanwhile|However|Separately|Overall|Similarly|Again|Still|Today)$/;
/** "Dr. Answer 3.0, the medical AI program run by the health ministry": a capitalised name put in apposition to a programme noun. */
const EN_PROGRAMME_APPOSITIVE = /(?<![A-Za-z])((?:Dr\.\s)?[A-Z][A-Za-z0-9.\-]*(?:\s[A-Z0-9][A-Za-z0-9.\-]*){0,4}),\s(?:a|an|the)\s(?:[a-z][a-z\-]*\s|AI\s|[A-Z]{2,5}\s){0,5}(?:program|programme|project|initiative|scheme)\b(?=\s(?:run|led|funded|launched|backed|operated|overseen|managed|that|which|of|for|by)\b|,|\.)/g;

/** "중소벤처기업부의 기술창업 지원 프로그램 '딥테크 팁스'에": a programme noun right before a quoted programme's name is the kind it is, no programme of its own. */
function kindOfQuotedProgramme(text: string, end: number, ms: Mention[]): boolean {
  return /^\s?['‘"“]/.test(text.slice(end, end + 2)) && ms.some((x) => x.type === 'Policy' && x.via !== 'blocked' && x.start > end && x.start <= end + 3);
}

/** "'금융분야 AI 가이드라인'", "'AI 프라이버시 리스크 관리 모델'": a quoted guidance document's name (its kind ends it). */
/** (or in the corner brackets a public body writes a document's title in: "「X 분야 AI 활용 안내서」") */
/** (a draft's mark after the kind, "「X 가이드라인(안)」", is no part of the name) */
const QUOTED_GUIDANCE = /['‘"“「『]((?:[가-힣A-Za-z0-9()·\-]{1,16}\s){1,6}(?:[가-힣A-Za-z0-9·\-]{0,8}(?:가이드라인|안내서|지침)|관리\s(?:모델|체계)))(?:\s?\((?:안|초안|시안)\))?['’"”」』]/g;
/** A government body as the sentence's topic or subject ("위원회는", "과학기술정보통신부가"): who issues or recommends the guidance. */
const GOVERNMENT_SUBJECT = /(?:[가-힣]부|위원회|[가-힣]청|[가-힣]처|정부|당국)(?:는|은|가|이)\s/;

/** The quoted guidance documents of a sentence whose subject is a government body: public policies. */
function quotedGuidance(text: string, ms: Mention[], out: Mention[]): void {
  // (a title in the corner brackets a public body writes its documents' titles in needs no such subject: "「X 가이드라인(안)」 공청회")
  const official = GOVERNMENT_SUBJECT.test(text);
  for (const m of matchesIn(QUOTED_GUIDANCE, text)) {
    if (!official && !'「『'.includes(m[0][0]!)) continue;
    const start = m.index + 1;
    const end = start + m[1]!.length;
    if (!ms.some((x) => x.via !== 'blocked' && x.start < end && start < x.end)) out.push(discoveredMention('Policy', m[1]!, start, end));
  }
}

export function discoverPolicies(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (/가이드라인|안내서|지침|관리\s(?:모델|체계)/.test(text)) quotedGuidance(text, ms, out);
  if (/명\s?[:：]/.test(text)) {
    for (const m of matchesIn(LABELLED_PROGRAMME, text)) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      if (name.split(' ').length < 3 || ms.some((x) => x.via !== 'blocked' && x.start < start + name.length && start < x.end) || lx.generic.has(normalizeName(name))) continue;
      out.push(discoveredMention('Policy', name, start, start + name.length));
    }
  }
  if (/사업|프로젝트|프로그램/.test(text)) {
    for (const m of matchesIn(POLICY_BEFORE_JOINING, text)) {
      // the name's words, read back from the suffix, stop at a particle or a verb ("산업통상자원부의",
      // "꾸려"); a demonstrative there makes it a reference ("이번 사업"), not a name
      const words = m[1]!.split(' ');
      let from = words.length - 1;
      // (before an event of its own, a day or the event's verb opens no name either: "지난해 8월 프로젝트 출범식", "지난 2일 열린 사업 착수보고회")
      const event = EVENT_AFTER.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 8));
      while (from > 0 && !(PARTICLE_WORD.test(words[from - 1]!) && words[from - 1]!.length > 1 && !PARTICLE_LIKE_NOUN.test(words[from - 1]!)) && !VERB_WORD.test(words[from - 1]!) && !(event && EVENT_STOP.test(words[from - 1]!))) from--;
      // a list dash or bullet before the name is no word of it ('- 정부 사업에도 참여하나')
      while (from < words.length - 1 && !/[가-힣A-Za-z0-9]/.test(words[from]!)) from++;
      // nor an adverb of the clause ('A, B, C가 모두 실증 사업에 이름을 올리면서')
      while (from < words.length - 1 && CLAUSE_ADVERB.test(words[from]!)) from++;
      // (before the list of those it selected, a year or a half-year opening the words dates the round, no part of the name: "올해 하반기 X 사업 선정 결과", "2026 X 프로그램 선정 결과")
      if (SELECTION_LIST_AFTER.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 30))) while (from < words.length - 1 && ROUND_DATE.test(words[from]!)) from++;
      if (DEMONSTRATIVE.test(words[from]!)) continue;
      // ("올해 처음 이 사업에": a demonstrative right before the programme's noun makes a reference, whatever adverbs open the clause)
      if (words.length - from > 1 && DEMONSTRATIVE.test(words[words.length - 2]!)) continue;
      const name = words.slice(from).join(' ');
      const start = m.index + m[1]!.length - name.length;
      const end = start + name.length;
      // two words only with a Latin or digit part ('K-AI 사업'): '자체 사업', '신규 프로젝트' are not names
      const n = name.split(' ').length;
      // ('내년 새 사업', '올해 신규 프로젝트': time and novelty words only name none either; nor a phase alone, '2단계 사업')
      if (n < 2 || (n < 3 && (!/[A-Za-z0-9]/.test(name) || PHASE_WORD.test(name))) || QUALIFIED_ONLY.test(name) || GOVERNMENT_KIND.test(name) || DESCRIBED_KIND.test(name) || /^(?:이|이번|해당|관련|각종|여러|다양한|신규|기존|같은|이런|그|자체|사내|회사|공동)\s/.test(name) || lx.generic.has(normalizeName(name))) continue;
      // a shorter programme name inside it ("K-AI" in "K-AI 컴퓨팅 인프라 사업") does not stop it
      const inside = (x: Mention) => x.type === 'Policy' && x.start >= start && x.end < end && !/^\s?(?:지원\s?)?(?:사업|프로젝트|프로그램)$/.test(text.slice(x.end, end));
      if (ms.some((x) => x.via !== 'blocked' && x.start < end && start < x.end && !inside(x))) continue;
      // "'K-클라우드 프로젝트' 2단계 사업에": a phase of the programme just named, no programme of its own
      if (PHASE_WORD.test(name) && PROGRAMME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (kindOfQuotedProgramme(text, end, ms)) continue;
      // (a project won, not joined, is a public programme only where its name says so: "공공 … 실증사업을 따냈다", not "… 전환 사업을 수주")
      if (WON_AFTER.test(text.slice(end, end + 8)) && !PUBLIC_PROGRAMME_WORD.test(name)) continue;
      out.push(discoveredMention('Policy', name, start, end));
    }
  }
  // "지난해 처음 연 지역 AI 서비스 확산 바우처 사업을": a voucher programme, named before '바우처 사업' (three words or more, read back to a particle or a verb)
  if (text.includes('바우처 사업')) {
    for (const m of matchesIn(VOUCHER_PROGRAMME, text)) {
      const words = m[1]!.split(' ');
      let from = words.length - 1;
      while (from > 0 && !PARTICLE_WORD.test(words[from - 1]!) && !VERB_WORD.test(words[from - 1]!) && !CLAUSE_ADVERB.test(words[from - 1]!) && !DEMONSTRATIVE.test(words[from - 1]!)) from--;
      const name = words.slice(from).join(' ');
      const start = m.index + m[1]!.length - name.length;
      if (name.split(' ').length < 3 || QUALIFIED_ONLY.test(`${name} 사업`) || ms.some((x) => x.via !== 'blocked' && x.start < start + name.length && start < x.end) || out.some((x) => x.start < start + name.length && start < x.end)) continue;
      out.push(discoveredMention('Policy', name, start, start + name.length));
    }
  }
  // "말레이시아 정부의 국가 AI 로드맵에", "정부가 내놓은 국가 인공지능 전략은": a government's national plan, unquoted
  if (text.includes('정부')) {
    for (const m of matchesIn(NATIONAL_PLAN, text)) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      if (ms.some((x) => x.via !== 'blocked' && x.start < start + name.length && start < x.end) || lx.generic.has(normalizeName(name))) continue;
      out.push(discoveredMention('Policy', name, start, start + name.length));
    }
  }
  if (/\b(?:[Pp]rogram|[Pp]rogramme|[Pp]roject|Initiative)\b/.test(text)) {
    for (const re of [EN_PROGRAMME, EN_PROGRAMME_APPOSITIVE]) {
      for (const m of matchesIn(re, text)) {
        const [name, start] = [m[1]!, m.index + m[0].indexOf(m[1]!)];
        if (DISCOURSE_OPENER.test(name)) continue; // "Third, the government programme.": a list's step, no programme's name
        if (!ms.some((x) => x.via !== 'blocked' && x.start < start + name.length && start < x.end) && !out.some((x) => x.start < start + name.length && start < x.end)) out.push(discoveredMention('Policy', name, start, start + name.length));
      }
    }
  }
  for (const m of matchesIn(POLICY_CONTEXT, text)) {
    const name = m[1]!.trim();
    const start = m.index + m[0].length - m[1]!.length + (m[1]!.length - m[1]!.trimStart().length);
    const end = start + name.length;
    if (name.length < 4 || /^(?:이|이번|해당|관련|각종|여러|다양한|신규|기존|공공)\s/.test(name) || DESCRIBED_KIND.test(name) || KIND_WORD_ONLY.test(name) || lx.generic.has(normalizeName(name))) continue;
    // (after a bare ministry, a word that ends in a particle or a verb is the clause's, no part of a name: "행정안전부 기획관은 사업 설명회")
    const bare = !/(?:의|는|인)\s$/.test(m[0].slice(0, m[0].length - m[1]!.length));
    if (bare && name.split(' ').slice(0, -1).some((w) => PARTICLE_WORD.test(w) || VERB_WORD.test(w))) continue;
    if (ms.some((x) => x.via !== 'blocked' && x.start < end && start < x.end) || kindOfQuotedProgramme(text, end, ms)) continue;
    out.push(discoveredMention('Policy', name, start, end));
  }
  return out;
}
