/**
 * The mark a Korean signature ends on: a seal or a signature in brackets after the signer's name ("(인)", "(서명)",
 * "(날인)", "(印)", full-width brackets too). Agreements' signature blocks and minutes' signature lines both end on it.
 */

/** The mark as a regular-expression source, to end a signer pattern with. */
export const SEAL_MARK = String.raw`[(（](?:인|印|서명|날인)[)）]`;

const SEAL_MARK_RE = new RegExp(SEAL_MARK);

/** True when the text carries a seal or signature mark (a cheap test before a signer pattern runs). */
export function hasSealMark(text: string): boolean {
  return SEAL_MARK_RE.test(text);
}
