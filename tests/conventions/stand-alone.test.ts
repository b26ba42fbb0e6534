/**
 * The repository stands alone: no tracked file reads or names a path outside it (a folder next to
 * the clone, a machine's absolute paths, documents kept elsewhere). Scoring rules are cited as
 * docs/scoring.md; test inputs live in tests/fixtures/.
 *
 * The forbidden words are built from pieces below, so this file does not match its own rules.
 */
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Tracked files (git ls-files), or every file outside node_modules/dist/.git when git is unavailable. */
function trackedFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\0').filter((f) => f !== '' && existsSync(join(ROOT, f)));
  } catch {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        if (['node_modules', 'dist', '.git', 'test-results', 'coverage'].includes(name)) return [];
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [relative(ROOT, path)];
      });
    return walk(ROOT);
  }
}

const BINARY = /\.(png|jpe?g|gif|ico|zip|woff2?)$/i;
const files = trackedFiles().filter((f) => !BINARY.test(f));

const join2 = (...parts: string[]) => parts.join('');

/** Words that name something outside the repository, each with what to write instead. */
const FORBIDDEN: { rule: RegExp; instead: string }[] = [
  { rule: new RegExp(join2('\\b', 'SP', 'EC', '\\b')), instead: 'cite docs/scoring.md and its section name' },
  { rule: new RegExp(join2('\\b', 'DES', 'IGN', '\\.md\\b')), instead: 'say the rule itself (tests/conventions/ checks it)' },
  { rule: new RegExp(join2('shared', '/', 'samples')), instead: 'read test inputs from tests/fixtures/samples/' },
  { rule: new RegExp(join2('\\.\\.', '/', 'shared', '\\b(?!/)')), instead: 'stay inside the repository' },
  { rule: new RegExp(join2('(^|[^\\w.])', '/', 'work', '/')), instead: 'use a path relative to the repository' },
  { rule: new RegExp(join2('/', '(home|Users)', '/', '[\\w.-]+')), instead: 'use a path relative to the repository or os.tmpdir()' },
  { rule: new RegExp(join2('[A-Za-z]:', '\\\\', 'Users')), instead: 'use a path relative to the repository' },
];

/** Relative paths written in a file (`../x`, `../../x/y`), resolved against the file's own folder. */
const RELATIVE = /(?<![\w./-])((?:\.\.\/)+)([\w@.-]*)/g;

interface Finding {
  where: string;
  text: string;
  instead: string;
}

function findings(file: string): Finding[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const out: Finding[] = [];
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    for (const { rule, instead } of FORBIDDEN) {
      const m = rule.exec(line);
      if (m) out.push({ where, text: m[0], instead });
    }
    for (const m of line.matchAll(RELATIVE)) {
      const target = resolve(ROOT, dirname(file), m[1]!, m[2]!);
      if (target !== ROOT && !target.startsWith(ROOT + sep)) out.push({ where, text: m[0], instead: 'a path inside the repository' });
    }
  });
  return out;
}

describe('the repository stands alone', () => {
  test('the check sees the tracked files, this one included', () => {
    expect(files).toContain('package.json');
    expect(files).toContain('tests/conventions/stand-alone.test.ts');
  });

  test.each([
    ['a folder next to the clone', join2('const dir = "', '../', 'shared', '/samples"')],
    ['the scoring contract kept outside', join2('// see ', 'SP', 'EC 3')],
    ['a section of it', join2('(', 'SP', 'EC section 7)')],
    ['the design notes kept outside', join2('see ', 'DES', 'IGN.md')],
    ['a machine path', join2("readFileSync('", '/wo', "rk/main/x.csv')")],
    ['a home folder', join2("'/", 'home', "/ana/okrs.csv'")],
  ])('the rules catch %s', (_, line) => {
    expect(FORBIDDEN.some(({ rule }) => rule.test(line))).toBe(true);
  });

  test.each([
    ["import { readSheet } from '../../shared/read-sheet';"],
    ['see docs/scoring.md, "Key result scores"'],
    ["const samples = path.join(fixturesDir, 'samples');"],
    ['the specification of the format'],
  ])('the rules let through %s', (line) => {
    expect(FORBIDDEN.filter(({ rule }) => rule.test(line))).toEqual([]);
  });

  test('no tracked file reads or names a path outside the repository', () => {
    const found = files.flatMap(findings).map((f) => `${f.where}: "${f.text}" (${f.instead})`);
    expect(found).toEqual([]);
  });

  test('docs/scoring.md exists, and every section a tracked file cites by name is one of its headings', () => {
    const doc = 'docs/scoring.md';
    expect(files).toContain(doc);
    const headings = new Set(
      readFileSync(join(ROOT, doc), 'utf8')
        .split('\n')
        .filter((l) => /^#{2,4} /.test(l))
        .map((l) => l.replace(/^#+ /, '').trim().toLowerCase()),
    );
    const cited = /docs\/scoring\.md,\s*((?:"[^"\n]+"(?:,\s*|\s+and\s+)?)+)/g;
    const missing: string[] = [];
    for (const file of files) {
      if (file === doc) continue;
      readFileSync(join(ROOT, file), 'utf8').split('\n').forEach((line, i) => {
        for (const m of line.matchAll(cited)) {
          for (const name of m[1]!.matchAll(/"([^"]+)"/g)) {
            if (!headings.has(name[1]!.toLowerCase())) missing.push(`${file}:${i + 1}: "${name[1]}"`);
          }
        }
      });
    }
    expect(missing).toEqual([]);
  });

  test('a relative path that climbs out of the repository is caught', () => {
    const climbs = [...join2("readFileSync('", '../'.repeat(3), "elsewhere/x.csv')").matchAll(RELATIVE)].map((m) =>
      resolve(ROOT, 'tests/shared', m[1]!, m[2]!),
    );
    expect(climbs).toHaveLength(1);
    expect(climbs[0]!.startsWith(ROOT + sep)).toBe(false);
  });
});
