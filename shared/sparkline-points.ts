/**
 * The `points` of a small SVG polyline for values drawn oldest left, the one way every face (sidebar,
 * popup, preview grid) lays out a sparkline: `x` spreads the positions over the width, `y` maps the
 * value range (`lo`..`hi`, default the values' own min and max) onto the height, inside `pad` pixels.
 * Null values keep their position but draw no point. Also returns `y`, to place a target line.
 *
 * @example
 * sparklinePoints([1, 2, 3], { width: 10, height: 10 }).points // '0.0,10.0 5.0,5.0 10.0,0.0'
 */
export function sparklinePoints(
  values: readonly (number | null)[],
  box: { width: number; height: number; padX?: number; padY?: number; lo?: number; hi?: number },
): { points: string; y: (v: number) => number } {
  const padX = box.padX ?? 0;
  const padY = box.padY ?? 0;
  const drawn = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const lo = box.lo ?? Math.min(...drawn);
  const hi = box.hi ?? Math.max(...drawn);
  const span = hi - lo || 1;
  const x = (i: number): number => (values.length <= 1 ? box.width / 2 : (i / (values.length - 1)) * (box.width - 2 * padX) + padX);
  const y = (v: number): number => box.height - padY - ((Math.min(hi, Math.max(lo, v)) - lo) / span) * (box.height - 2 * padY);
  const points = values.flatMap((v, i) => (v !== null && Number.isFinite(v) ? [`${x(i).toFixed(1)},${y(v).toFixed(1)}`] : [])).join(' ');
  return { points, y };
}
