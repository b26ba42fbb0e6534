/**
 * `npm start` on a busy port takes the next free one and says which; stopping it (SIGTERM, as Ctrl-C's
 * SIGINT) stops its server. Loopback only; the port is occupied by this test first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { askedPort } from '../../apps-script/local/preview';
import { repoRoot } from '../apps-script/addon-harness';

const started: ChildProcess[] = [];
const occupied: Server[] = [];

afterEach(async () => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  await Promise.all(occupied.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** Listens on a free loopback port and keeps it, so that the preview finds it busy. */
async function occupyPort(): Promise<number> {
  const server = createServer();
  occupied.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

/** `npm start` in its own process group, with its output collected until the preview's line. */
function npmStart(env: Record<string, string>): { child: ChildProcess; output: () => string; ready: Promise<string> } {
  const child = spawn('npm', ['start', '--silent'], { cwd: repoRoot, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let text = '';
  const ready = new Promise<string>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const url = /Scorecard preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
      if (url) resolve(url[1]!);
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${text}`)));
  });
  return { child, output: () => text, ready };
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** Whether `url` still answers after up to 5 s of retries. */
async function stillServing(url: string): Promise<boolean> {
  for (let i = 0; i < 25; i++) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
    } catch {
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return true;
}

describe('npm start and its port', () => {
  it('PORT: a number, 0 for any free port, else 8787', () => {
    expect(askedPort(undefined)).toBe(8787);
    expect(askedPort('9000')).toBe(9000);
    expect(askedPort('0')).toBe(0);
    expect(askedPort('http')).toBe(8787);
  });

  it('takes the next free port when PORT is busy, says so, and SIGTERM stops its server', async () => {
    const busy = await occupyPort();
    const run = npmStart({ PORT: String(busy) });
    const url = await run.ready;
    const port = Number(new URL(url).port);
    expect(port).toBeGreaterThan(busy);
    expect(run.output()).toContain(`Port ${busy} is busy; using the next free one.`);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Scorecard preview');

    process.kill(run.child.pid!, 'SIGTERM'); // npm passes it on to the preview
    await exited(run.child);
    // Nothing answers on that port any more (allowing the preview a moment to close): it stopped with npm start.
    expect(await stillServing(url)).toBe(false);
  });
});
