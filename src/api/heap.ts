import v8 from 'node:v8';
// (node-flags.ts imports nothing: the server loads it without the pipeline)
import { isFlagGiven } from '../pipeline/node-flags.js';

/**
 * How far V8 lets the old generation grow past what the last full GC kept, in percent, for a
 * long-running server. V8's own factor goes up to 4x the live heap on a large machine: with the
 * embedded store's 100k-article graph (~320 MiB live) the server sat at 1.1-1.9 GiB resident
 * under load, almost all of it garbage waiting for the next full GC. 100 (at most twice the
 * live heap) keeps it under 0.8 GiB; full GCs come more often but each is the same work.
 */
export const HEAP_GROWING_PERCENT = 100;

/** The flag to set, or null when the process was started with its own (command line or NODE_OPTIONS). */
export function heapGrowingFlag(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string | null {
  return isFlagGiven(/^--heap[-_]growing[-_]percent\b/, execArgv, nodeOptions) ? null : `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

/** Sets HEAP_GROWING_PERCENT for this process (kg serve and the bench's server call it before loading a graph). */
export function limitHeapGrowth(): void {
  const flag = heapGrowingFlag();
  if (flag) v8.setFlagsFromString(flag);
}

/**
 * The young generation's semi-space, in MiB, for a server under load. With V8's default (16 MiB)
 * the server at 100k articles scavenged every ~25 ms under 20 connections (4-5 ms each) and, with
 * ~60 KB allocated per request, promoted ~1.5 MB per scavenge of requests still in flight, which
 * brought incremental marking steps of up to 14-21 ms into the tail. At 64 MiB a scavenge comes
 * every ~180 ms for the same 4 ms and promotes a fifth as much (see README, Performance).
 * V8 reads it only when the process starts, so it is a command-line flag: src/cli/bin.mjs's
 * shebang and package.json's scripts pass it, and the bench's servers are started with it.
 */
export const YOUNG_GENERATION_MB = 64;

/** The command-line flag that sets it. */
export const YOUNG_GENERATION_FLAG = `--max-semi-space-size=${YOUNG_GENERATION_MB}`;

/** The flag that sets YOUNG_GENERATION_MB, or null when the process was started with its own semi-space setting. */
export function youngGenerationFlag(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string | null {
  return isFlagGiven(/^--max[-_]semi[-_]space[-_]size\b/, execArgv, nodeOptions) ? null : YOUNG_GENERATION_FLAG;
}
