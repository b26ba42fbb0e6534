/**
 * `npm run push`: checks that clasp is logged in and that apps-script/.clasp.json names a script (else
 * says the exact next command and stops, before building or sending anything), builds the add-on only
 * (dist/apps-script), and runs `clasp push` there. Extra arguments go to clasp (`npm run push -- --force`).
 */
import path from 'node:path';
import { buildAddOn } from '../build/build-add-on';
import { claspReadiness, sourceClaspJson } from './clasp-readiness';
import { runClasp } from './run-clasp';

const ready = claspReadiness({ claspJson: sourceClaspJson() });
if (ready.next) {
  console.error(ready.next);
  process.exit(1);
}
const built = await buildAddOn();
console.log(`apps-script: built ${path.relative(process.cwd(), built.outDir) || '.'}; pushing to script ${ready.scriptId} with clasp`);
const status = runClasp(['push', ...process.argv.slice(2)], built.outDir);
if (status === 0) console.log('Pushed. Reload the spreadsheet: the menu is under Extensions > Scorecard.');
process.exit(status);
