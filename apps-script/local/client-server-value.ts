/**
 * What google.script.run does to values crossing between the sidebar and the
 * server. Legal: primitives, null, and arrays/plain objects made of them.
 * Arguments with a Date, a function or another object type make the call fail;
 * a return value holding such a thing arrives as null (the whole value).
 */
export function clientServerValue(value: unknown, direction: 'argument' | 'result'): unknown {
  const illegal = (v: unknown, path: string): string | null => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return null;
    if (typeof v === 'number') return null;
    if (v === undefined) return null;
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return path;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const bad = illegal(v[i], `${path}[${i}]`);
        if (bad) return bad;
      }
      return null;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    const plain = proto === null || Object.prototype.toString.call(v) === '[object Object]';
    if (!plain || Object.prototype.toString.call(v) === '[object Date]') return path;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const bad = illegal(x, `${path}.${k}`);
      if (bad) return bad;
    }
    return null;
  };
  const bad = illegal(value, direction === 'argument' ? 'argument' : 'result');
  if (bad) {
    if (direction === 'argument') throw new Error(`Failed due to illegal value in property: ${bad}`);
    return null;
  }
  if (value === undefined) return direction === 'result' ? null : undefined;
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))) as unknown;
}
