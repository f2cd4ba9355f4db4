import { ensureKgError } from '../errors/index.js';

/** Prints one line to stderr, prefixed with the command name. */
export function warn(message: string): void {
  process.stderr.write(`kg: ${message}\n`);
}

/**
 * Runs a command body and turns anything thrown into a one-line error and exit code 1:
 * users see the message (naming the input and the problem), never a stack trace.
 * Set KG_DEBUG=1 to see the stack.
 */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e: unknown) {
    const err = ensureKgError(e);
    warn(err.message.split('\n')[0] ?? err.code);
    if (process.env.KG_DEBUG) process.stderr.write(`${(err.cause as Error | undefined)?.stack ?? err.stack}\n`);
    process.exitCode = 1;
    // A socket the Neo4j driver leaves open (a server that accepts TCP but never answers Bolt) must
    // not keep a failed command alive: exit once the event loop has had a moment to flush.
    setTimeout(() => process.exit(1), 250).unref();
  }
}

/** Writes a string to stdout and resolves once it is flushed (large graphs, pipes). */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
  });
}
