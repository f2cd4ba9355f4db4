// Worker entry under tsx (tests, `npm run` scripts): registers the TypeScript loader in this thread, then runs warm-up-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./warm-up-worker.ts');
