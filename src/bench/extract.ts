/**
 * `npm run bench:extract [-- --articles 1000 --seed 42 --min-seconds 2]`
 *
 * Extraction articles/s over generated articles and over copies of seed/ (as many), in one
 * process (one core) and through the build with one worker and with all workers, beside the
 * htmlparser2 parse-only time as a ratio; and the generated corpus scored against its gold.
 */
import { Command, InvalidArgumentError } from 'commander';
import { formatExtraction, formatScore, runExtractBench } from './extract-bench.js';
import { describeMachine } from './machine.js';

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

async function main(): Promise<void> {
  const o = new Command('bench:extract')
    .option('--articles <n>', 'articles per page set (≥ 1000 for the recorded figure)', positiveInt, 1000)
    .option('--seed <n>', 'corpus seed', positiveInt, 42)
    .option('--min-seconds <s>', 'repeat in-process passes for at least this long', Number, 2)
    .parse()
    .opts<{ articles: number; seed: number; minSeconds: number }>();
  const m = describeMachine();
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}, load average ${m.loadAverage}, node flags ${m.nodeFlags?.join(' ') || 'none'}`);
  const r = await runExtractBench(o);
  for (const line of [...formatExtraction('generated corpus', r.generated), ...formatExtraction('seed copies', r.seedCopies)]) console.log(line);
  console.log(formatScore(r.score));
}

main().catch((e: unknown) => {
  console.error(`bench:extract: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
