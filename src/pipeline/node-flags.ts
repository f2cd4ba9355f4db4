/**
 * V8 runs a regular expression's first match in its bytecode interpreter and compiles it to machine
 * code only once it has been used ("tier-up"). Extraction runs some hundreds of expressions a few
 * times per sentence, and with tier-up on the same work cost 5–20 % more CPU per page (README,
 * Performance) with identical outputs. V8 reads the flag only at start-up (set at run time it broke
 * worker threads), so it is a command-line flag: src/cli/bin.mjs's first line, package.json's
 * scripts and the benchmark's extraction processes pass it; worker threads share the process's flags.
 */
export const REGEXP_FLAG = '--no-regexp-tier-up';

/** Whether this process was started with REGEXP_FLAG (on the command line or in NODE_OPTIONS). */
export function hasRegexpFlag(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  return isFlagGiven(/^--no[-_]regexp[-_]tier[-_]up$/, execArgv, nodeOptions);
}

/** Whether a V8/Node flag matching `flag` was given on the command line or in NODE_OPTIONS (api/heap.ts asks it too). */
export function isFlagGiven(flag: RegExp, execArgv: readonly string[], nodeOptions: string): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => flag.test(a));
}
