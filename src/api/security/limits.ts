import { InputError } from '../../errors/index.js';

/** What a single GraphQL request may ask for. Every value can be set by an environment variable. */
export interface ApiLimits {
  /** Deepest field nesting (introspection fields excepted). KG_API_MAX_DEPTH */
  maxDepth: number;
  /** Aliased fields in one document. KG_API_MAX_ALIASES */
  maxAliases: number;
  /** Estimated cost: each field 1, list fields multiply what they select (see cost.ts). KG_API_MAX_COST */
  maxCost: number;
  /** Multiplier for a list field with no first/limit argument. KG_API_DEFAULT_LIST_SIZE */
  defaultListSize: number;
  /** Tokens the parser reads before giving up. KG_API_MAX_TOKENS */
  maxTokens: number;
  /** Largest request body in bytes (ingestArticle sends whole pages). KG_API_MAX_BODY_BYTES */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: Readonly<ApiLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 100,
  maxCost: 600_000,
  defaultListSize: 10,
  maxTokens: 15_000,
  maxBodyBytes: 5 * 1024 * 1024,
});

const ENV_NAMES: Record<keyof ApiLimits, string> = {
  maxDepth: 'KG_API_MAX_DEPTH',
  maxAliases: 'KG_API_MAX_ALIASES',
  maxCost: 'KG_API_MAX_COST',
  defaultListSize: 'KG_API_DEFAULT_LIST_SIZE',
  maxTokens: 'KG_API_MAX_TOKENS',
  maxBodyBytes: 'KG_API_MAX_BODY_BYTES',
};

/** The limits: defaults, overridden by environment variables, overridden by `overrides`. */
export function readLimits(overrides: Partial<ApiLimits> = {}, env: NodeJS.ProcessEnv = process.env): ApiLimits {
  const limits: ApiLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(ENV_NAMES) as (keyof ApiLimits)[]) {
    const name = ENV_NAMES[key];
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new InputError(name, `must be a positive whole number, got "${raw}"`);
    limits[key] = value;
  }
  for (const [key, value] of Object.entries(overrides) as [keyof ApiLimits, number | undefined][]) {
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

/** "5 MB", "512 KB", "300 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}
