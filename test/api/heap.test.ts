import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowingFlag } from '../../src/api/index.js';

describe('heap growth of the server process', () => {
  it('caps the old generation at twice the live heap unless the process was started with its own setting', () => {
    expect(HEAP_GROWING_PERCENT).toBe(100);
    expect(heapGrowingFlag([], '')).toBe('--heap-growing-percent=100');
    expect(heapGrowingFlag(['--import', 'tsx', '--max-old-space-size=8192'], '--enable-source-maps')).toBe('--heap-growing-percent=100');
    expect(heapGrowingFlag(['--heap-growing-percent=30'], '')).toBeNull();
    expect(heapGrowingFlag([], '--max-old-space-size=4096 --heap_growing_percent=250')).toBeNull();
  });
});
