import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const extension = join(root, 'extension');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
const sources = files(extension).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('extension boundaries', () => {
  test('only extension/platform/ calls chrome.* or fetch (build scripts aside)', () => {
    const offenders = sources
      .filter((f) => !f.path.startsWith('extension/platform/') && !/build/.test(f.path))
      .filter((f) => /\bchrome\.[a-z]/.test(code(f.text)) || /\bfetch\(/.test(code(f.text)))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  test('cell text is never set as HTML; no eval', () => {
    const offenders = sources.filter((f) => /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|\beval\(|new Function\(/.test(code(f.text))).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  test('the popup and options bundles import the engine only through files, not shared/index', () => {
    const offenders = sources.filter((f) => /from '\.\.\/(\.\.\/)?shared(\/index)?'/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  test('file names are kebab-case and exports are named', () => {
    for (const f of sources) {
      expect(f.path).toMatch(/^[a-z0-9/-]+\.tsx?$/);
      expect(f.text).not.toMatch(/export default/);
    }
  });
});
