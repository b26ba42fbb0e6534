import { sparklinePoints } from '../../shared/sparkline-points';

/** A KPI's recent values as a small line (oldest left), with the target as a dashed line when known. */
export function Sparkline(props: { values: (number | null)[]; target?: number | null; width?: number; height?: number }) {
  const width = props.width ?? 90;
  const height = props.height ?? 22;
  const drawn = props.values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (drawn.length < 2) return null;
  const all = [...drawn, ...(props.target !== null && props.target !== undefined ? [props.target] : [])];
  const { points: line, y } = sparklinePoints(props.values, { width, height, padX: 2, padY: 2, lo: Math.min(...all), hi: Math.max(...all) });
  return (
    <svg class="spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {props.target !== null && props.target !== undefined && (
        <line x1="0" x2={width} y1={y(props.target)} y2={y(props.target)} stroke="#9aa0a6" stroke-dasharray="3 2" />
      )}
      <polyline points={line} fill="none" stroke="#1a73e8" stroke-width="1.5" />
    </svg>
  );
}
