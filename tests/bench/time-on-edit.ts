import type { createLocalAppsScript } from '../../apps-script/local/create-local-apps-script';
import type { loadCode } from '../../apps-script/local/load-code';

/**
 * A person types 42 into one input cell of the `Data` tab, then the add-on's onEdit runs: its local
 * time and the service calls it made (the call log is reset just before).
 */
export function timeOnEdit(local: ReturnType<typeof createLocalAppsScript>, code: ReturnType<typeof loadCode>, row: number, column: number): { ms: number; calls: number } {
  const range = local.sheet('Data').getRange(row, column);
  range.setValue(42);
  local.resetCallLog();
  const t = performance.now();
  code.call('onEdit', { range });
  return { ms: performance.now() - t, calls: local.callCount() };
}
