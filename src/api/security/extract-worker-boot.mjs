// Worker entry when running from TypeScript sources: registers tsx in this thread, then runs
// extract-worker.ts (needed when the parent was not started with `--import tsx`, e.g. under vitest).
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
