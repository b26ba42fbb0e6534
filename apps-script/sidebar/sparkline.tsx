/** A KPI's recent values as a small line (oldest left), with the target as a dashed line when known. */
export function Sparkline(props: { values: (number | null)[]; target?: number | null; width?: number; height?: number }) {
  const width = props.width ?? 90;
  const height = props.height ?? 22;
  const points = props.values.map((v, i) => ({ i, v })).filter((p): p is { i: number; v: number } => p.v !== null && Number.isFinite(p.v));
  if (points.length < 2) return null;
  const all = [...points.map((p) => p.v), ...(props.target !== null && props.target !== undefined ? [props.target] : [])];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || 1;
  const x = (i: number): number => (props.values.length === 1 ? 0 : (i / (props.values.length - 1)) * (width - 4) + 2);
  const y = (v: number): number => height - 2 - ((v - lo) / span) * (height - 4);
  const line = points.map((p) => `${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  return (
    <svg class="spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {props.target !== null && props.target !== undefined && (
        <line x1="0" x2={width} y1={y(props.target)} y2={y(props.target)} stroke="#9aa0a6" stroke-dasharray="3 2" />
      )}
      <polyline points={line} fill="none" stroke="#1a73e8" stroke-width="1.5" />
    </svg>
  );
}
