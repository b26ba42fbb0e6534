import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function files(dir: string, exts = ['.ts', '.tsx']): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) out.push(...files(path, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(path);
  }
  return out;
}

/** Source text without comments and string contents, so JSDoc examples don't count. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('house rules', () => {
  const shared = files(join(ROOT, 'shared')).filter((f) => !f.endsWith('tsconfig.json'));

  test.each(shared.map((f) => [relative(ROOT, f)]))('%s is pure: no platform imports or globals', (rel) => {
    const text = code(join(ROOT, rel));
    expect(text).not.toMatch(/from\s+['"][^'"]*(apps-script|extension)\//);
    expect(text).not.toMatch(/\bchrome\s*\./);
    expect(text).not.toMatch(/\bSpreadsheetApp\b|\bPropertiesService\b|\bHtmlService\b|\bLockService\b/);
    expect(text).not.toMatch(/\bdocument\s*\.|\bwindow\s*\.|\bfetch\s*\(/);
    expect(text).not.toMatch(/\bDate\.now\b/);
  });

  test('platform calls live only in platform/ folders', () => {
    const offenders: string[] = [];
    for (const f of files(join(ROOT, 'apps-script'))) {
      const rel = relative(ROOT, f);
      if (rel.includes('/platform/') || rel.startsWith('apps-script/local/') || rel.startsWith('apps-script/build/')) continue;
      if (/\b(SpreadsheetApp|PropertiesService|LockService|HtmlService|Session|Utilities)\s*\./.test(code(f))) offenders.push(rel);
    }
    for (const f of files(join(ROOT, 'extension'))) {
      const rel = relative(ROOT, f);
      if (rel.includes('/platform/') || rel.startsWith('extension/build/')) continue;
      if (/\bchrome\s*\.|\bfetch\s*\(/.test(code(f))) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });

  test('apps-script/platform/ imports no commands/: names both use live in names/, shapes in plans/', () => {
    const importsOf = (f: string) => [...code(f).matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => resolve(dirname(f), m[1]!));
    const inside = (target: string, folder: string) => target.startsWith(join(ROOT, 'apps-script', folder) + '/');
    const offenders: string[] = [];
    for (const f of files(join(ROOT, 'apps-script', 'platform'))) {
      for (const target of importsOf(f)) if (inside(target, 'commands')) offenders.push(`${relative(ROOT, f)} -> ${relative(ROOT, target)}`);
    }
    for (const folder of ['names', 'plans']) {
      for (const f of files(join(ROOT, 'apps-script', folder))) {
        for (const target of importsOf(f)) {
          if (['commands', 'platform', 'sidebar', 'import-dialog', 'local'].some((o) => inside(target, o))) offenders.push(`${relative(ROOT, f)} -> ${relative(ROOT, target)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  test('file names are kebab-case and exports are named (no default exports)', () => {
    const all = [...shared, ...files(join(ROOT, 'apps-script')), ...files(join(ROOT, 'extension'))];
    const bad = all.filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.test)?\.tsx?$/.test(f.split('/').pop()!));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
    const defaults = all.filter((f) => /^export default\b/m.test(code(f)));
    expect(defaults.map((f) => relative(ROOT, f))).toEqual([]);
  });

  test('no enums: string literal unions only', () => {
    const all = [...shared, ...files(join(ROOT, 'apps-script')), ...files(join(ROOT, 'extension'))];
    expect(all.filter((f) => /^\s*(export\s+)?(const\s+)?enum\s/m.test(code(f))).map((f) => relative(ROOT, f))).toEqual([]);
  });

  test("a shared file's main export is the camelCase of its name", () => {
    const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    const bad: string[] = [];
    for (const f of shared) {
      const base = f.split('/').pop()!.replace(/\.ts$/, '');
      if (base === 'index' || base === 'types') continue;
      const text = code(f);
      const name = camel(base);
      const constName = base.toUpperCase().replace(/-/g, '_');
      const ok = new RegExp(`export (function|const|type|interface) (${name}|${constName}|${name[0]!.toUpperCase() + name.slice(1)})\\b`).test(text);
      if (!ok) bad.push(relative(ROOT, f));
    }
    expect(bad).toEqual([]);
  });
});
