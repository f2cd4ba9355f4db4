/**
 * One base error with a machine-readable `code`; a subclass per failure kind.
 * Boundaries (CLI, API) catch `unknown`, normalise with {@link ensureKgError}, and show
 * `message` only: never a stack trace.
 *
 * @example
 *   throw new InputError('seed/x.html', 'the file is empty');
 *   // → "seed/x.html: the file is empty" with code INPUT_INVALID
 */
export class KgError extends Error {
  override name = 'KgError';
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Bad input file or text: names the input and the problem. */
export class InputError extends KgError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super('INPUT_INVALID', `${input}: ${problem}`, options);
  }
}

/** A rule or gazetteer data file that fails its schema: names the file and the line. */
export class RuleFileError extends KgError {
  override name = 'RuleFileError';
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super('RULE_FILE_INVALID', `${file}:${line}: ${problem}`);
  }
}

/** A graph JSON document that does not follow the graph format. */
export class GraphFormatError extends KgError {
  override name = 'GraphFormatError';
  constructor(
    readonly input: string,
    problem: string,
  ) {
    super('GRAPH_FORMAT_INVALID', `${input}: ${problem}`);
  }
}

/** The store (Neo4j) cannot be reached, refused the credentials, or failed a write. */
export class StoreUnavailableError extends KgError {
  override name = 'StoreUnavailableError';
  constructor(
    readonly uri: string,
    cause: string,
    options?: { cause?: unknown },
  ) {
    super('SERVICE_UNAVAILABLE', `${uri}: ${cause}`, options);
  }
}

/** A request the API refuses (limits, authentication, bad arguments). */
export class RequestError extends KgError {
  override name = 'RequestError';
}

/** Turns anything thrown into a KgError, keeping the original as `cause`. */
export function ensureKgError(e: unknown): KgError {
  if (e instanceof KgError) return e;
  if (e instanceof Error) return new KgError('INTERNAL', e.message, { cause: e });
  return new KgError('INTERNAL', String(e));
}
