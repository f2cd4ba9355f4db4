/**
 * "업스테이지는 왜 다른 길을 갔나 — NAME 리드가 말하는 'Y'.", "개발자가 직접 설명하는 'Y'", "현장에서 살펴본 'Y'": a title
 * line (a chapter, a section, a programme's segment) that ends on a model a speaker tells of, introduces, explains or looks
 * into presents that model: the lines under it are about it, as they are under a line ending on a model its maker released.
 */

/** A telling verb's relative clause, then up to three words (the model's kind), right before a name. */
export const TOLD_BEFORE_NAME = /(?:말하는|말한|소개하는|소개한|설명하는|설명한|들려주는|들려준|풀어놓는|풀어낸|짚어보는|짚어본|파헤치는|파헤친|살펴보는|살펴본|뜯어보는|뜯어본)\s(?:[^\s,.'"‘“]{1,10}\s){0,3}['"‘“]?$/;
