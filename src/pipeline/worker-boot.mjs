// Worker entry: registers the TypeScript loader (tsx) in this thread, then runs worker.ts.
// Needed when the parent process was not itself started with `--import tsx` (e.g. under vitest).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
