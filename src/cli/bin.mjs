#!/usr/bin/env -S node --max-semi-space-size=64 --no-regexp-tier-up
// The `kg` command: runs the TypeScript CLI through tsx, so it works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
