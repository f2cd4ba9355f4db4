/**
 * Making the API safe to expose: limits on depth, aliases, cost, tokens and body size with clear
 * refusals; a bearer token for mutations; request errors as JSON without stack traces.
 *
 * @example
 *   const limits = readLimits();
 *   new ApolloServer({ ..., parseOptions: { maxTokens: limits.maxTokens }, plugins: [createLimitsPlugin(limits)] });
 *   app.use('/graphql', express.json({ limit: limits.maxBodyBytes }), ...);
 *   app.use(createRequestErrorHandler(limits.maxBodyBytes));
 */
export { DEFAULT_LIMITS, readLimits, formatBytes, type ApiLimits } from './limits.js';
export { createDepthLimitRule } from './depth.js';
export { createAliasLimitRule } from './aliases.js';
export { createCostLimitRule, type CostOptions } from './cost.js';
export { checkLimits, createLimitRules, createLimitsPlugin } from './plugin.js';
export { createFinalErrorHandler, createRequestErrorHandler, requestErrorAnswer } from './http.js';
export { authenticate, requireAuthenticated, secretsMatch, ANONYMOUS, type RequestAuth } from './auth.js';
export type { LimitCode } from './errors.js';
export { ExtractionSandbox, type SandboxOptions } from './sandbox.js';
