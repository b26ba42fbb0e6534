import { logLocal, type LocalEnv } from './local-env';

export interface LogLine {
  source: 'Logger' | 'console';
  level: string;
  text: string;
}

/** `Logger` and `console`, recording lines (and echoing them when `echo` is set). */
export function localLogging(env: LocalEnv, lines: LogLine[], echo: boolean) {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  const push = (source: LogLine['source'], level: string, args: unknown[]) => {
    const line = { source, level, text: text(args) };
    lines.push(line);
    if (echo) process.stderr.write(`[apps-script ${level}] ${line.text}\n`);
  };
  const logger = {
    log(format: unknown, ...values: unknown[]) {
      logLocal(env, 'Logger', 'log', []);
      const msg = typeof format === 'string' && values.length ? format.replace(/%s/g, () => String(values.shift())) : format;
      push('Logger', 'log', [msg, ...values]);
      return logger;
    },
    getLog: () => lines.filter((l) => l.source === 'Logger').map((l) => l.text).join('\n'),
    clear: () => {
      for (let i = lines.length - 1; i >= 0; i--) if (lines[i]?.source === 'Logger') lines.splice(i, 1);
    },
  };
  const consoleLike = {
    log: (...a: unknown[]) => push('console', 'log', a),
    info: (...a: unknown[]) => push('console', 'info', a),
    warn: (...a: unknown[]) => push('console', 'warn', a),
    error: (...a: unknown[]) => push('console', 'error', a),
    time: () => undefined,
    timeEnd: () => undefined,
  };
  return { Logger: logger, console: consoleLike };
}
