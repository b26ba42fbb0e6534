import type { Problem } from '../../shared/types';

/** The problems found while reading the sheet, each with a link to its row. */
export function ProblemList(props: { problems: Problem[]; onRow: (row: number) => void }) {
  if (!props.problems.length) return <p class="empty">No problems found.</p>;
  return (
    <ul class="problems">
      {props.problems.map((p, i) => (
        <li class={`problem problem-${p.severity}`} key={`${p.row}-${i}`}>
          <a href="#" class="row-link" onClick={(e) => { e.preventDefault(); props.onRow(p.row); }}>
            Row {p.row}
          </a>{' '}
          <span class="severity">{p.severity}</span> <span class="message">{p.message}</span>
        </li>
      ))}
    </ul>
  );
}
