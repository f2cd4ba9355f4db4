/**
 * A writer announcing where they go next ("다음 주 월요일부터는 X에서 ML 리드로 일하게 됩니다", "저는 1월부터 X에서 연구원으로
 * 근무하게 됐습니다"): the words before the company and after it, one source for the reader that finds the company
 * (discover-workplaces) and the one that gives the writer the post (writer-move).
 */

/** Before the company: a time the move starts from, or the writer's 나는/저는/제가/필자는, and up to three words. */
export const MOVE_OPENING = String.raw`(?:부터는?\s|부턴\s|(?:^|\s)(?:나는|저는|제가|필자는)\s)(?:[^.\s]{1,12}\s){0,3}?`;

/** After the company: 에서, a post of up to three words with 으로/로 (a capturing group), a verb of coming to work there (or of working there now: "저는 낮에는 X에서 ML 엔지니어로 일하고 있지만"). */
export const MOVE_CLOSING = String.raw`에서\s((?:[가-힣A-Za-z0-9]{1,12}\s){0,2}?[가-힣A-Za-z]{1,10}?)(?:으로|로)\s(?:(?:일하게|근무하게|합류하게)\s?(?:됩니다|됐습니다|되었습니다|된다|됐다|되었다)|(?:일하고|근무하고)\s있(?:습니다|어요|다|지만|으며|는데))`;
