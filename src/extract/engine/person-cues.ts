/**
 * The words around a name that discoverPersons checks before it runs a lexicon's title regexes or reads a photo
 * caption's list: what follows a title, a company's word for itself before a title, a photo position note.
 */
import { FULL_NAME } from './full-name.js';
import { SELF_NOUN } from './company-words.js';

/** What follows the title in lx.titleIsName ("…인 홍길동"): without it, that regex finds nothing. */
export const TITLE_IS_NAME_TAIL = /(?:인|을 맡은|직을 맡은|을 맡고 있는)\s[가-힣]{3,5}(?=\s|,|$)/;
/** What follows the title in lx.titleHeldBy ("…는 홍길동이다", spoken "…가 홍길동 님인데"): without it, that regex finds nothing. */
export const TITLE_HELD_BY_TAIL = new RegExp(String.raw`(?:은|는|(?:이|가)(?=\s${FULL_NAME}\s?(?:씨|박사|님)))\s${FULL_NAME}(?:\s?(?:씨|박사|님))?(?:이다|다|입니다|이에요|예요|이며|이고|인데|이래요|이라네요|이라고)(?=[\s.,]|$)`);

/** A company's word for itself ("저희", "당사", "우리 회사") right before a title. */
export const SELF_BEFORE_TITLE = new RegExp(String.raw`(?<![가-힣])(?:저희|${SELF_NOUN}|우리\s회사)(?:의)?(?=\s)`);
export const SELF_BEFORE_TITLE_ALL = new RegExp(SELF_BEFORE_TITLE.source, 'g');

/** A name and a middle dot, or a name, a photo position note in parentheses ("(왼쪽)", "(사진 오른쪽)", "(앞줄 가운데)") and a list separator. */
export const PHOTO_NOTE_BEFORE = new RegExp(String.raw`(?<![가-힣])(${FULL_NAME})(?:\((?:사진\s?)?(?:(?:앞|뒷)줄\s?)?(?:왼쪽|오른쪽|가운데|좌측|우측|좌|우)(?:\s?(?:첫|두|세)\s?번째)?\)\s?(?:·|,|와|과)|[·ㆍ])\s?$`);
