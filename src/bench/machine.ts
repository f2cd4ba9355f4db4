/** The machine a benchmark ran on, recorded beside every figure. */
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run began: other work on the machine skews every figure. */
  loadAverage: number;
  /** V8 flags the benchmark process was started with (extraction's regexp flag among them, src/pipeline/node-flags.ts). */
  nodeFlags?: string[];
}

export function describeMachine(): MachineInfo {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: round(os.loadavg()[0] ?? 0, 2),
    nodeFlags: process.execArgv.filter((a) => a.startsWith('--') && a !== '--import' && !a.startsWith('--import=')),
  };
}

/** Loads a module that another part of the project provides, or says why it cannot. */
export async function loadOptional<T>(specifier: string): Promise<{ module?: T; reason?: string }> {
  try {
    return { module: (await import(specifier)) as T };
  } catch (e: unknown) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { reason: `${specifier} is not available (${message})` };
  }
}

/** Seconds since `started` (a performance.now() value). */
export const secondsSince = (started: number): number => (performance.now() - started) / 1000;

/** A number rounded to `digits` decimals. */
export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
