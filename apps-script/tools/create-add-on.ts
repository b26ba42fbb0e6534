/**
 * `npm run create [-- --title "Team OKRs"]`: makes a new Google spreadsheet with the add-on's Apps Script
 * project bound to it (`clasp create --type sheets --title … --rootDir .`, run in dist/apps-script) and
 * writes that script id into apps-script/.clasp.json, where the build and `npm run push` take it from.
 * Stops with the exact next command when clasp is not logged in, or when .clasp.json already names a script.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAddOn } from '../build/build-add-on';
import { claspReadiness, SCRIPT_ID_PLACEHOLDER, sourceClaspJson } from './clasp-readiness';
import { runClasp } from './run-clasp';

const args = process.argv.slice(2);
const titleAt = args.indexOf('--title');
const title = (titleAt >= 0 ? args[titleAt + 1] : undefined)?.trim() || 'Scorecard';
const claspJson = sourceClaspJson();

const ready = claspReadiness({ claspJson });
if (!ready.loggedIn) {
  console.error(ready.next);
  process.exit(1);
}
if (ready.scriptId) {
  console.error(
    `${path.relative(process.cwd(), claspJson)} already names script ${ready.scriptId}: \`npm run push\` updates that add-on. ` +
      `To make another spreadsheet instead, set its scriptId back to "${SCRIPT_ID_PLACEHOLDER}" and run \`npm run create\` again.`,
  );
  process.exit(1);
}

// A fresh build output without the .clasp.json the build puts there: clasp create refuses to run over a project file.
const built = await buildAddOn();
rmSync(path.join(built.outDir, '.clasp.json'), { force: true });
const status = runClasp(['create', '--type', 'sheets', '--title', title, '--rootDir', '.'], built.outDir);
if (status !== 0) process.exit(status);

const created = JSON.parse(readFileSync(path.join(built.outDir, '.clasp.json'), 'utf8')) as { scriptId?: string };
if (!created.scriptId) {
  console.error(`clasp create wrote no script id into ${path.join(built.outDir, '.clasp.json')}; nothing was changed.`);
  process.exit(1);
}
const source = JSON.parse(readFileSync(claspJson, 'utf8')) as Record<string, unknown>;
writeFileSync(claspJson, `${JSON.stringify({ ...source, scriptId: created.scriptId }, null, 2)}\n`);
await buildAddOn(); // clasp create pulled the new project's Code.js and appsscript.json over the build
console.log(
  `Spreadsheet "${title}" created with script ${created.scriptId} bound to it (its link is above); the id is now in ${path.relative(process.cwd(), claspJson)}.\n` +
    'Next: `npm run push`, then open the spreadsheet and reload it: the menu is under Extensions > Scorecard.',
);
