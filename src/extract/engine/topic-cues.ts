/** Cues of what a sentence is about, for property reading and the focus it passes on (engine/properties.ts). */

/** The maker's team or consortium ("X 컨소시엄의 'Y'는"), or a rank reached and the maker ("3위로 관문을 넘은 X의 'Y'는"), before a sentence's topic model. */
export const TEAM_OR_RANK_BEFORE_TOPIC = /^(?:[가-힣A-Za-z0-9.]{1,15}\s(?:컨소시엄|팀|연합|진영)의\s|(?:공동\s?)?\d{1,2}\s?(?:위|등)(?:로|으로)\s[^.,'"‘“]{1,24}\s[가-힣A-Za-z0-9.]{1,15}의\s)['"‘“]?$/;

/** "이번 테스트의 주인공은 … Y다", "올해의 다크호스는 … Y다": a sentence whose topic is a starring role names its holder in the copula. */
export const STAR_TOPIC = /^(?:[가-힣A-Za-z0-9]{1,10}\s){0,2}(?:주인공|승자|우승자|화제작|다크호스|복병|주역|돌풍의 주역|히든카드)(?:은|는)\s/;

/** "…X의 후속작." closing a sentence: a head noun of which the model named is only the predecessor. */
export const SUCCESSOR_HEAD = /^['"’”]?의\s?(?:후속작|후속\s?(?:모델|버전)|차기작|차기\s?(?:모델|버전)|업그레이드\s?(?:모델|버전)|개선판)(?:이다|다)?\.?\s*$/;
