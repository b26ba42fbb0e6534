/**
 * `npm run bench [section]`: runs the bench sections below in order and prints their figures, each
 * marked against its goal (`✓ met` / `✗ missed`, see goal.ts), then a summary. Timings live here, never
 * in tests. To add a section: write `tests/bench/<name>-bench.ts` exporting an async function, and add
 * one line to SECTIONS with about how long it takes.
 */
import { addOnBench } from './add-on-bench';
import { engineBench } from './engine-bench';
import { extensionBench } from './extension-bench';
import { goalResults } from './goal';
import { historyBench } from './history-bench';
import { localAppsScriptBench } from './local-apps-script-bench';
import { pasteBench } from './paste-bench';
import { sheetsApiBench } from './sheets-api-bench';

interface BenchSection {
  name: string;
  /** About how long it takes on a 2-core machine, for the estimate printed first. */
  seconds: number;
  run: () => Promise<void>;
}

const SECTIONS: BenchSection[] = [
  { name: 'engine', seconds: 10, run: engineBench },
  { name: 'paste', seconds: 10, run: pasteBench },
  { name: 'add-on', seconds: 60, run: addOnBench },
  { name: 'local-apps-script', seconds: 5, run: localAppsScriptBench },
  { name: 'history', seconds: 15, run: historyBench },
  { name: 'extension', seconds: 30, run: extensionBench },
  { name: 'sheets-api', seconds: 5, run: sheetsApiBench },
];

function duration(seconds: number): string {
  return seconds >= 90 ? `${Math.round(seconds / 60)} min` : `${Math.round(seconds)} s`;
}

const only = process.argv[2];
const sections = SECTIONS.filter((s) => !only || s.name.startsWith(only));
if (sections.length === 0) {
  console.error(`No bench section "${only}"; there are: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
const expected = sections.reduce((n, s) => n + s.seconds, 0);
console.log(
  `npm run bench: ${sections.length} section(s), about ${duration(expected)} in all on a calm 2-core machine, longer when it is busy (${sections.map((s) => `${s.name} ~${duration(s.seconds)}`).join(', ')}).`,
);

const started = performance.now();
for (const section of sections) {
  console.log(`\n## ${section.name} (about ${duration(section.seconds)})`);
  const t = performance.now();
  await section.run();
  console.log(`(${section.name} took ${duration((performance.now() - t) / 1000)})`);
}

const results = goalResults();
const missed = results.filter((r) => !r.met);
const took = duration((performance.now() - started) / 1000);
console.log(results.length ? `\n## Goals: ${results.length - missed.length} of ${results.length} met, in ${took}` : `\n(no goals in ${only ?? 'these sections'}; ${took})`);
for (const r of missed) console.log(`✗ missed: ${r.label}`);
