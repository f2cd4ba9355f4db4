/**
 * "사외이사에는 NAME 대학 교수가 이름을 올렸다", "기타비상무이사로는 B사 리더인 NAME 리더가 선임됐다": a sentence that opens
 * on a board seat fills it at the company the story is about; the other company named beside the person is their
 * own employer, not the board's.
 */

/** A board seat opening the sentence, with the particle that makes it the seat filled ("…로는", "…에는"). */
const BOARD_SEAT_OPENING = /^(?:신임\s|새\s)?(?:사외이사|사내이사|기타비상무이사|비상무이사|상근감사|감사위원)(?:으로는|로는|에는|에)\s/;
/** The seat is filled: a person elected, appointed or put on the list. */
const SEAT_FILLED = /(?:이|가)\s(?:새로\s|각각\s|신규\s)?(?:선임됐|선임되었|선임돼|선출됐|선출되었|이름을\s올렸|합류했|내정됐|임명됐)/;

/** True where the sentence opens on a board seat that a named person fills. */
export function opensOnBoardSeat(text: string): boolean {
  return BOARD_SEAT_OPENING.test(text) && SEAT_FILLED.test(text);
}
