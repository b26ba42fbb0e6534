import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's own clasp (a devDependency), so no global install is needed. */
const CLASP = fileURLToPath(new URL('../../node_modules/.bin/clasp', import.meta.url));

/** Runs clasp in `cwd` with the terminal attached (it may ask questions); resolves with its exit code. */
export function runClasp(args: string[], cwd: string): number {
  const result = spawnSync(CLASP, args, { cwd, stdio: 'inherit' });
  if (result.error) {
    console.error(`Could not start clasp (${result.error.message}); run \`npm ci\` first.`);
    return 1;
  }
  return result.status ?? 1;
}
