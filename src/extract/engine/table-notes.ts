/**
 * What a table's remark column (비고, 특징, Notes) may say of its row's model: that it was built from scratch, that its
 * weights are open, which model it succeeds or follows, or its scores; and the short note after a row's name (see table-columns.ts, which reads a row's cells).
 */
import type { Mention } from '../types.js';

/** A short note after a row's name: "(원본)", "(기준)", "(base)", "(참고)", "(기반 모델)"; when the row's model was made or is from ("(작년)", "(기존)", "(2025)"); a paper's own rows: "(ours)", "(제안 모델)"; a remark after a reference mark ("※EOL 예정"). */
export const ROW_NOTE = /\s?\((?:작년|지난해|올해|금년|전년|이전|기존|이전\s?버전|구버전|신규|최신|현행|\d{4}년?|원본|기준|참고|비교|베이스|기반|(?:기반|베이스|원본|비교)\s?모델|base|baseline|base model|original|ref\.?|ours|proposed|제안|제안\s?모델|본\s?연구|본 모델)\)$|\s※\s?[^※()|]{1,16}$/i;

/** One remark of a note cell ("프롬 스크래치", "오픈소스(가중치 공개)"), its parenthesised gloss aside. */
export const SCRATCH_NOTE = /^(?:프롬\s?스크래치|from\s?scratch|처음부터\s?(?:자체\s?)?(?:개발|학습|구축))$/i;
export const OPEN_NOTE = /^(?:오픈\s?소스|오픈\s?웨이트|가중치\s?공개|open[-\s]?(?:source|weights?))$/i;

/** In a remark cell, a score right after a benchmark (a rating's word between: "Elo 1,182점"), closed by a unit, a gloss, a comma or the cell's end; not a count ("KMMLU 3종"). */
export const NOTE_SCORE_AFTER = /^\s?(?:Elo\s?|점수\s?)?(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{1,4})?)(?:\s?(?:점|%)|(?=\s?(?:\(|,|·|\/|$)))/;

/** "X 1.5 후속 추론 모델", "전작: X 1.0": a remark naming the model the row's succeeds (its name, then the successor word; or after 전작). */
const NOTE_SUCCEEDS = /^(.+?)\s?(?:의\s)?(?:후속|후속작)(?:\s?(?:모델|버전))?(?:\s[가-힣]{1,6}){0,2}$|^(?:전작|이전\s?(?:모델|버전)|전\s?세대)\s?[:：]\s?(.+)$/;

/** "X 2.1의 이전 버전", "후속: X 2.1": a remark naming the model that succeeds the row's (its name, then the earlier-version word; or after 후속). */
const NOTE_PRECEDES = /^(.+?)\s?의\s(?:이전|직전|구|전)\s?(?:버전|모델|세대)$|^(?:후속(?:작|\s?모델|\s?버전)?|다음\s?버전|차기작)\s?[:：]\s?(.+)$/;

/** The name of the model a remark says the row's model succeeds (`later` false) or is succeeded by (`later` true), if it says so. */
export function successionInNote(text: string): { name: string; later: boolean } | undefined {
  const n = NOTE_SUCCEEDS.exec(text);
  if (n) return { name: (n[1] ?? n[2])!.trim(), later: false };
  const p = NOTE_PRECEDES.exec(text);
  return p ? { name: (p[1] ?? p[2])!.trim(), later: true } : undefined;
}

/** A base cell's note on where the row's model started from, right before a model: "(학생 초기화: Y)", "초기 가중치: Y", "init: Y", "initialised from Y". */
const INITIALISED_BEFORE = /(?:초기화|초기\s?가중치|초깃값|init|initiali[sz]ed\s(?:from|with))\s?[:：=]?\s?['"‘“]?$/i;

/**
 * The row's further bases: the merged parts after the first ("A + B"), and a model the base cell's note says the row's
 * model was initialised from ("두루미 2.5에서 지식 증류 (학생 초기화: Y)": distilled from one, its weights started from Y).
 */
export function coBasesOf(merged: Mention[], text: string, mentions: Mention[] | undefined, base: Mention | undefined, model: Mention): { coBases?: Mention[] } {
  const init = base ? mentions?.find((m) => m.type === 'Model' && m.key !== base.key && m.key !== model.key && INITIALISED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) : undefined;
  const more = [...merged.slice(1), ...(init && !merged.some((m) => m.key === init.key) ? [init] : [])];
  return more.length ? { coBases: more } : {};
}

/** After a programme in a remark cell: support received through it, or a selection for it ("…사업으로 GPU 지원받아 학습", "…사업 선정"). */
const PROGRAMME_SUPPORT_AFTER = /^['"’”]?(?:\s?(?:프로그램|사업))?(?:(?:으로|로|을\s통해|를\s통해)\s(?:[^\s,.]{1,10}\s){0,3}?(?:지원\s?받|지원을\s받)|(?:에|에도)?\s(?:최종\s)?(?:선정|선발))/;

/** The programmes a remark cell says the row's model was supported by or selected for. */
export function notedProgrammes(text: string, mentions: Mention[] | undefined): Mention[] {
  return (mentions ?? []).filter((m) => {
    if (m.type !== 'Policy') return false;
    const at = text.indexOf(m.surface);
    return at >= 0 && PROGRAMME_SUPPORT_AFTER.test(text.slice(at + m.surface.length, at + m.surface.length + 40)) && !/않|없|아닌|아니/.test(text.slice(at + m.surface.length));
  });
}
