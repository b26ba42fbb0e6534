/**
 * `npm run bench`: runs every `*-bench.ts` module beside this file (engine, paste, add-on, extension)
 * and prints their figures. Timings live here, never in tests.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const modules = readdirSync(here)
  .filter((f) => f.endsWith('-bench.ts') && (!only || f.startsWith(only)))
  .sort((a, b) => (a === 'engine-bench.ts' ? -1 : b === 'engine-bench.ts' ? 1 : a.localeCompare(b)));

for (const file of modules) {
  const name = file.replace(/\.ts$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const mod = (await import(pathToFileURL(`${here}/${file}`).href)) as Record<string, () => Promise<void>>;
  const run = mod[name];
  console.log(`\n## ${file.replace(/-bench\.ts$/, '')}`);
  if (typeof run !== 'function') {
    console.log(`(no export named ${name})`);
    continue;
  }
  await run();
}
