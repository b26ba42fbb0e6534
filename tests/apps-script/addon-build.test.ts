import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAddOn, exportedFunctions, inlineScriptProblem, type BuildAddOnResult } from '../../apps-script/build/build-add-on';
import { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';
import { loadCode } from '../../apps-script/local/load-code';
import { builtAddOn, fixturesDir, repoRoot } from './addon-harness';

const CUSTOM = ['KR_SCORE', 'KR_STATUS', 'KPI_STATUS', 'PARSE_NUMBER', 'KR_TREND'];

let built: BuildAddOnResult;
let code: string;
beforeAll(async () => {
  built = await builtAddOn();
  code = readFileSync(built.codePath, 'utf8');
});

describe('the add-on build', () => {
  it('gives every export of main.ts a top-level stub carrying its JSDoc', () => {
    const exports = exportedFunctions(path.join(repoRoot, 'apps-script/main.ts'));
    expect(exports.length).toBeGreaterThan(10);
    const local = createLocalAppsScript();
    const loaded = loadCode(built.codePath, local);
    expect(loaded.callsDuringLoad).toEqual([]);
    for (const f of exports) {
      expect(loaded.functionNames, f.name).toContain(f.name);
      expect(f.jsDoc, `${f.name} has JSDoc`).toMatch(/^\/\*\*/);
      expect(code).toContain(`${f.jsDoc}\nfunction ${f.name}(${f.params.join(', ')}) {`);
    }
    expect(built.functions.sort()).toEqual(exports.map((f) => f.name).sort());
  });

  it('makes every custom function top-level, with @customfunction, @param and @return, and real parameter names', () => {
    expect(built.customFunctions).toEqual(expect.arrayContaining(CUSTOM));
    const params: Record<string, string> = {
      KR_SCORE: 'start, target, current, kind',
      KR_STATUS: 'score, commitment, elapsed',
      KPI_STATUS: 'actual, target, direction, tolerance',
      PARSE_NUMBER: 'text, locale',
      KR_TREND: 'key_or_title, history_range',
    };
    for (const name of CUSTOM) {
      const m = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\nfunction ${name}\\(([^)]*)\\)`).exec(code);
      expect(m, name).not.toBeNull();
      expect(m![2]).toBe(params[name]);
      expect(m![1]).toContain('@customfunction');
      expect(m![1]).toMatch(/@return \{/);
      for (const p of params[name]!.split(', ')) expect(m![1]).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p}\\]?`));
    }
  });

  it('wires every menu item to an existing top-level function', async () => {
    const local = createLocalAppsScript();
    const loaded = loadCode(built.codePath, local);
    loaded.call('onOpen', { authMode: 'NONE' });
    expect(loaded.missingMenuFunctions()).toEqual([]);
    const items = local.ui.menus.flatMap((m) => m.items).filter((i) => i.type === 'item') as { caption: string; functionName: string }[];
    const captions = items.map((i) => i.caption);
    const ours = ['Score this sheet', 'Dashboard', 'Set up OKR sheet', 'Set up KPI sheet', 'Settings…'];
    expect(captions.filter((c) => ours.includes(c))).toEqual(ours); // in this order (other issues add items between)
    expect(local.ui.menus.length).toBe(1);
    for (const item of items) expect(typeof loaded.context[item.functionName]).toBe('function');
  });

  it('writes a manifest with V8, Stackdriver logging and exactly the two narrow scopes', () => {
    const manifest = JSON.parse(readFileSync(path.join(built.outDir, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
  });

  it('points clasp at the build output folder', async () => {
    const result = await buildAddOn(); // the real dist/apps-script
    const outDir = path.join(repoRoot, 'dist/apps-script');
    expect(result.outDir).toBe(outDir);
    const source = JSON.parse(readFileSync(path.join(repoRoot, 'apps-script/.clasp.json'), 'utf8'));
    expect(path.resolve(repoRoot, 'apps-script', source.rootDir)).toBe(outDir);
    expect(source.scriptId).toMatch(/^(REPLACE_WITH_YOUR_SCRIPT_ID|[\w-]{20,})$/); // the placeholder until `npm run create`
    // clasp 3 only pushes a folder inside the one holding .clasp.json: npm run push runs clasp in the output folder.
    const pushed = JSON.parse(readFileSync(path.join(outDir, '.clasp.json'), 'utf8'));
    expect(path.resolve(outDir, pushed.rootDir)).toBe(outDir);
    expect(pushed.scriptId).toBe(source.scriptId);
  });

  it('writes the sidebar and the settings dialog as single inlined HTML files', () => {
    for (const file of ['Sidebar.html', 'Settings.html']) {
      const html = readFileSync(path.join(built.outDir, file), 'utf8');
      expect(html.match(/<\/script/gi)?.length, file).toBe(1);
      expect(html).not.toMatch(/<script[^>]+src=/i);
      expect(html).not.toMatch(/<link /i);
      expect(html).toContain('<div id="app"></div>');
    }
  });

  it('fails when an export has no stub, when a custom function lacks @customfunction, or when a bundle holds </script', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'scorecard-bad-'));
    await expect(buildAddOn({ outDir, mainEntry: path.join(fixturesDir, 'addon-main-bad-export.ts') })).rejects.toThrow(/NOT_A_FUNCTION with no top-level stub/);
    await expect(buildAddOn({ outDir, mainEntry: path.join(fixturesDir, 'addon-main-no-doc.ts') })).rejects.toThrow(/DOUBLE .*no @customfunction/);
    expect(inlineScriptProblem('var a = "</script>";')).toMatch(/<\/script/);
    expect(inlineScriptProblem('var a = "<\\/script>";')).toBeNull();
  });
});
