/**
 * `npm run create` and `npm run push` check clasp's login and the script id before building or sending
 * anything, and say the exact next command. Run with a fake HOME and a copy of .clasp.json: clasp itself
 * is never reached (and a proxy that answers nothing is set, in case it were), so nothing goes to Google.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { claspReadiness, SCRIPT_ID_PLACEHOLDER } from '../../apps-script/tools/clasp-readiness';
import { repoRoot } from './addon-harness';

const REAL_LOOKING_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijKLMNOP';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'scorecard-clasp-'));
}

/** A HOME whose ~/.clasprc.json holds a (fake) clasp 3 token, or none. */
function fakeHome(loggedIn: boolean): string {
  const home = tempDir();
  if (loggedIn) writeFileSync(path.join(home, '.clasprc.json'), JSON.stringify({ tokens: { default: { access_token: 'fake', refresh_token: 'fake', token_type: 'Bearer' } } }));
  return home;
}

function claspJson(scriptId: string | undefined): string {
  const file = path.join(tempDir(), '.clasp.json');
  writeFileSync(file, `${JSON.stringify({ ...(scriptId === undefined ? {} : { scriptId }), rootDir: '../dist/apps-script' })}\n`);
  return file;
}

/** Runs an npm script with a fake HOME; resolves with its exit code and output, never throws. */
async function npmRun(script: string, home: string, clasp: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, SCORECARD_CLASP_JSON: clasp, HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '' };
  delete env.clasp_config_auth;
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', script], { cwd: repoRoot, env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('claspReadiness', () => {
  it('not logged in: says to run npx clasp login', () => {
    const home = fakeHome(false);
    const ready = claspReadiness({ claspJson: claspJson(REAL_LOOKING_ID), authFile: path.join(home, '.clasprc.json') });
    expect(ready.loggedIn).toBe(false);
    expect(ready.next).toMatch(/`npx clasp login`/);
  });

  it('logged in with the placeholder, an empty or no script id, or no .clasp.json: says to run npm run create', () => {
    const authFile = path.join(fakeHome(true), '.clasprc.json');
    for (const file of [claspJson(SCRIPT_ID_PLACEHOLDER), claspJson(''), claspJson(undefined), path.join(tempDir(), 'missing.json')]) {
      const ready = claspReadiness({ claspJson: file, authFile });
      expect(ready.loggedIn).toBe(true);
      expect(ready.scriptId).toBeNull();
      expect(ready.next).toMatch(/`npm run create`/);
    }
  });

  it('logged in (clasp 3 tokens or an older clasp login) with a script id: ready', () => {
    const legacy = path.join(tempDir(), '.clasprc.json');
    writeFileSync(legacy, JSON.stringify({ access_token: 'x', refresh_token: 'y' }));
    for (const authFile of [path.join(fakeHome(true), '.clasprc.json'), legacy]) {
      expect(claspReadiness({ claspJson: claspJson(REAL_LOOKING_ID), authFile })).toEqual({ loggedIn: true, scriptId: REAL_LOOKING_ID, next: null });
    }
  });

  it('a login file with no token (after clasp logout) is not a login', () => {
    const file = path.join(tempDir(), '.clasprc.json');
    writeFileSync(file, JSON.stringify({ tokens: { default: null } }));
    expect(claspReadiness({ claspJson: claspJson(REAL_LOOKING_ID), authFile: file }).loggedIn).toBe(false);
  });
});

describe('npm run push / npm run create (fake HOME, no network)', () => {
  it('push without a clasp login says `npx clasp login` and builds nothing', async () => {
    const run = await npmRun('push', fakeHome(false), claspJson(REAL_LOOKING_ID));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('`npx clasp login`');
    expect(run.stdout).not.toMatch(/built/);
  });

  it('push with the placeholder script id says `npm run create`', async () => {
    const run = await npmRun('push', fakeHome(true), claspJson(SCRIPT_ID_PLACEHOLDER));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('`npm run create`');
    expect(run.stderr).toContain(SCRIPT_ID_PLACEHOLDER);
    expect(run.stdout).not.toMatch(/built|push/i);
  });

  it('create without a login says `npx clasp login`; over an existing script id it says `npm run push` and changes nothing', async () => {
    const noLogin = await npmRun('create', fakeHome(false), claspJson(SCRIPT_ID_PLACEHOLDER));
    expect(noLogin.code).not.toBe(0);
    expect(noLogin.stderr).toContain('`npx clasp login`');
    const existing = claspJson(REAL_LOOKING_ID);
    const before = readFileSync(existing, 'utf8');
    const bound = await npmRun('create', fakeHome(true), existing);
    expect(bound.code).not.toBe(0);
    expect(bound.stderr).toContain(`already names script ${REAL_LOOKING_ID}`);
    expect(bound.stderr).toContain('`npm run push`');
    expect(readFileSync(existing, 'utf8')).toBe(before);
  });

  it('push builds only the add-on (no extension build), and the source .clasp.json points at that build output', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.push).toBe('tsx apps-script/tools/push-add-on.ts');
    const pushSource = readFileSync(path.join(repoRoot, 'apps-script/tools/push-add-on.ts'), 'utf8');
    expect(pushSource).toMatch(/buildAddOn\(\)/);
    const imports = [...pushSource.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((i) => /extension/.test(i!))).toEqual([]);
    const source = JSON.parse(readFileSync(path.join(repoRoot, 'apps-script/.clasp.json'), 'utf8')) as { rootDir: string };
    expect(path.resolve(repoRoot, 'apps-script', source.rootDir)).toBe(path.join(repoRoot, 'dist/apps-script'));
  });
});
