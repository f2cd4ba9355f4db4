import { Command, InvalidArgumentError } from 'commander';
import { runBuild, runExtract } from './build.js';
import type { LoadCliOptions } from './load.js';
import type { Neo4jFlags } from './neo4j-flags.js';
import { runCommand } from './output.js';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError(`"${value}" is not a port number`);
  return port;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}

const program = new Command('kg')
  .description("sovereign-kg: the knowledge graph of Korea's AI industry, read from the news")
  .showHelpAfterError();

program
  .command('extract')
  .description('extract the graph of an article (or a folder of articles) and print it as graph JSON')
  .argument('<input>', 'an article file (.html, .htm, .txt) or a folder of them')
  .action((input: string) => runCommand(() => runExtract(input)));

program
  .command('build')
  .description('extract many articles, resolve entities across them, and write one graph file')
  .argument('<inputs...>', 'article files or folders')
  .requiredOption('-o, --out <file>', 'the graph JSON file to write')
  .option('-w, --workers <n>', 'worker threads (default: all cores)', parseCount)
  .action((inputs: string[], opts: { out: string; workers?: number }) => runCommand(() => runBuild(inputs, opts)));

program
  .command('load')
  .description('load graph JSON files or articles into Neo4j (idempotent, batched)')
  .argument('<inputs...>', 'graph JSON files, article files or folders')
  .option('--neo4j <uri>', 'bolt URI (default: $NEO4J_URI)')
  .option('--user <user>', 'Neo4j user (default: $NEO4J_USER or neo4j)')
  .option('--password <password>', 'Neo4j password (default: $NEO4J_PASSWORD)')
  .option('--database <name>', 'Neo4j database (default: $NEO4J_DATABASE or the default database)')
  .option('--batch-size <n>', 'rows per transaction', parseCount)
  .option('-w, --workers <n>', 'worker threads extracting article inputs (default: all cores)', parseCount)
  .action((inputs: string[], opts: LoadCliOptions) =>
    runCommand(async () => {
      const { runLoad } = await import('./load.js');
      await runLoad(inputs, opts);
    }),
  );

program
  .command('serve')
  .description('serve the GraphQL API and the playground')
  .option('-g, --graph <file>', 'a graph JSON file for the embedded store')
  .option('--neo4j <uri>', 'serve from Neo4j instead (also $NEO4J_URI, $NEO4J_USER, $NEO4J_PASSWORD, $NEO4J_DATABASE)')
  .option('--user <user>', 'Neo4j user')
  .option('--password <password>', 'Neo4j password')
  .option('--database <name>', 'Neo4j database')
  .option('-p, --port <port>', 'port', parsePort, 4000)
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .action((opts: ServeFlags) =>
    runCommand(async () => {
      // before serve.js loads graphql (which reads NODE_ENV once): see src/api/production.ts
      (await import('../api/production.js')).preferProduction();
      const { runServe } = await import('./serve.js');
      await runServe(opts);
    }),
  );

export interface ServeFlags extends Neo4jFlags {
  graph?: string;
  port: number;
  host: string;
}

await program.parseAsync(process.argv);
