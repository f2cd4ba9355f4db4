/**
 * What may open a sentence before the model it is about (its topic): a rank, an interview question's label,
 * the maker's possessive and a describing noun, an adverbial phrase — the words readProperties looks past.
 */

/** An interview question's label ("Q. X는 어떻게 만들었나요?", "질문: …"): the question's topic model is what the answer is about. */
export const QUESTION_TURN = /^\s*(?:Q|질문|문)\s?[.:：]\s?['"‘“]?$/;

/** "네, ", "아니요, ": a spoken answer's yes or no before the model the answer opens on as its topic ("네, X는 머지로 만들었어요"). */
export const ANSWER_LEAD = /^(?:네|예|아니요|아뇨|맞아요|맞습니다|그렇습니다),\s['"‘“]?$/;
/** "4위 ", "2위에 오른 ": a rank before the model a sentence opens on as its topic ("4위 X는 …"). */
export const RANK_LEAD = /^(?:공동\s?)?\d{1,2}\s?(?:위|등)(?:에\s오른|을\s차지한|인)?\s['"‘“]?$/;
/** "2위는 ", "그 뒤는 X사의 ": a rank as the topic of a copula sentence whose predicate is a model. */
export const RANK_TOPIC = /^(?:공동\s?)?(?:\d{1,2}\s?(?:위|등)|다음|그\s?뒤|뒤)(?:은|는|를|도)\s(?:[^.]{0,30}(?:의|인)\s)?['"‘“]?$/;
/**
 * "1.2B 크기의 ‘Y’입니다", "경량 모델인 Y다": a sentence that only names a model after what describes it (no subject of its own);
 * and after a release clause ("지난 3일 오픈 웨이트로 공개한 Y다", "이번에 내놓은 Y입니다").
 */
export const PREDICATE_MODIFIED = /^(?![^.]*[가-힣](?:은|는|이|가)\s)(?:[^.]|\.(?=\d)){0,30}(?:의|인|공개한|출시한|내놓은|선보인|발표한|만든|개발한)\s['"‘“]?$/;

/** "루멘AI의 주력 모델 '루멘 2'는", "경량 모델 '세리-1 라이트'는", "같은 회사의 A.X 3.1은": the topic model after its maker's possessive and a noun describing it, or after the same maker named again. */
/**
 * (or only the maker's possessive, maybe after its kind: "하늘AI의 'Y'는 …", "스타트업 하늘AI의 'Y'는 …"; the company the article is on, named again, even after a clause that
 * modifies the model with no subject of its own: "이달 초 서비스에 탑재된 이 회사의 'Y'는", not a rival's "비슷한 규모인 X의 'Y'는")
 */
export const NOUN_BEFORE_TOPIC = /^(?:(?:(?![^.]*[가-힣](?:은|는|이|가)\s)[^.,"“”'‘’]{1,40}(?:된|한|던)\s)?(?:같은|이|그|해당)\s?(?:회사|기업|업체)의\s|(?:[가-힣A-Za-z0-9]{1,15}의\s)?(?:[가-힣A-Za-z0-9]{1,8}\s){0,3}(?:모델|LLM|sLM|언어모델|버전)\s?|(?:(?:스타트업|신생\s?기업|벤처기업|자회사|계열사)\s)?[가-힣A-Za-z0-9]{1,15}의\s)['"‘“]?$/;
/** The maker's team or consortium ("X 컨소시엄의 'Y'는"), or a rank reached and the maker ("3위로 관문을 넘은 X의 'Y'는"), before a sentence's topic model. */
export const TEAM_OR_RANK_BEFORE_TOPIC = /^(?:[가-힣A-Za-z0-9.]{1,15}\s(?:컨소시엄|팀|연합|진영)의\s|(?:공동\s?)?\d{1,2}\s?(?:위|등)(?:로|으로)\s[^.,'"‘“]{1,24}\s[가-힣A-Za-z0-9.]{1,15}의\s)['"‘“]?$/;

/** "이번 테스트의 주인공은 … Y다", "올해의 다크호스는 … Y다": a sentence whose topic is a starring role names its holder in the copula. */
export const STAR_TOPIC = /^(?:[가-힣A-Za-z0-9]{1,10}\s){0,2}(?:주인공|승자|우승자|화제작|다크호스|복병|주역|돌풍의 주역|히든카드)(?:은|는)\s/;

/** Words before a sentence's topic model that name no topic of their own: an adverbial phrase, then maybe the maker's possessive ("국내 모델 가운데 X사의 '"). */
export const TOPIC_AFTER_ADVERBIAL = /^(?![^.]*[가-힣](?<!서)(?:은|는)\s)[^.,"“”]{0,30}(?:가운데|중에서는|중에선|중에서|중|사이에서는|사이에서|이어|한편)\s(?:[가-힣A-Za-z0-9]{1,12}(?:의)?\s)?['"‘“]?$/;

/**
 * "저희가 지난달 공개한 X는", "함께 공개하는 'X'는", "함께 나온 X는", "회사가 내놓은 항만 특화 언어모델 'X'는", "자료를 보면 X는", "이번 X는",
 * "B가 낸 'X'는" (quoted only: "메타가 낸 라마 3.3은" names a rival in passing):
 * a clause that modifies the model (past or present, maybe with describing words and a model noun after it, but no other
 * owner's possessive: not "…가 만든 이 회사의 협력 모델 'Y'는"), a source clause or a word of novelty before a sentence's topic model.
 */
export const MODIFIED_TOPIC = /(?:(?:한|된|인|작은|큰|새로운|내놓은|선보인|만든|나온|하는|되는|내놓는|선보이는)\s(?:(?:(?![가-힣A-Za-z0-9]{0,7}의\s)[가-힣A-Za-z0-9]{1,8}\s){0,3}(?:모델|LLM|sLM|언어모델)\s?)?|낸\s(?=['"‘“]$)|(?:보면|따르면|의하면),?\s|^(?:[-•·*]\s)?(?:이번|이번에|새|신형|최신|신모델|새\s?모델|신규\s?모델)\s)['"‘“]?$/;
