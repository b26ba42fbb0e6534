/** The bench's goal marks, and its list of sections (every `*-bench.ts` is in it). No timings here. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goalResults, mark } from './goal';

describe('goal marks', () => {
  it('marks a figure met or missed against ≤, < and ≥, and records it', () => {
    const before = goalResults().length;
    expect(mark('size', 14.2, 15, 'KB')).toBe('14.2 KB (goal ≤ 15 KB) ✓ met');
    expect(mark('ratio', 12.84, 8, 'x')).toBe('12.8x (goal ≤ 8x) ✗ missed');
    expect(mark('time', 1000, 1000, 'ms', '<')).toBe('1000 ms (goal < 1000 ms) ✗ missed');
    expect(mark('rate', 0.0234, 0.02, 's', '≥')).toBe('0.023 s (goal ≥ 0.02 s) ✓ met');
    expect(goalResults().slice(before).map((r) => r.met)).toEqual([true, false, false, true]);
  });
});

describe('npm run bench', () => {
  it('lists every *-bench.ts file as a section with its expected duration', () => {
    const run = readFileSync(new URL('./run.ts', import.meta.url), 'utf8');
    const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('-bench.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const name = file.replace(/-bench\.ts$/, '');
      const fn = `${name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}Bench`;
      expect(run, file).toMatch(new RegExp(`\\{ name: '${name}', seconds: \\d+, run: ${fn} \\}`));
    }
  });
});
