import { useRef, useState, type KeyboardEvent } from "react";
import type { IssuingBody } from "@/data/model";
import type { CoIssuanceMatrix } from "@/domain/timeline/co-issuance";
import { countText } from "@/lib/count-text";

const LABEL = 84;

function cellName(a: IssuingBody, b: IssuingBody, count: number): string {
  const documents = countText(count, "document");
  return a.id === b.id
    ? `${a.acronym}: ${documents} in all`
    : `${a.acronym} with ${b.acronym}: ${documents}`;
}

/**
 * The matrix as an ARIA grid: rows and columns are issuing bodies, each cell the number of
 * documents the two issued together (the diagonal: all of one body's). Arrow keys move
 * between cells, Enter or a click shows those documents on the timeline.
 */
export function CoIssuanceMatrixChart({
  matrix,
  width,
  onPick,
}: {
  matrix: CoIssuanceMatrix;
  width: number;
  onPick: (a: IssuingBody, b: IssuingBody) => void;
}) {
  const { bodies, counts, maxPair } = matrix;
  const n = bodies.length;
  const cell = Math.max(14, Math.min(32, Math.floor((width - LABEL) / Math.max(n, 1))));
  const size = LABEL + n * cell;
  const [active, setActive] = useState({ row: 0, column: Math.min(1, n - 1) });
  const gridRef = useRef<SVGSVGElement>(null);

  const move = (row: number, column: number) => {
    const next = {
      row: Math.max(0, Math.min(n - 1, row)),
      column: Math.max(0, Math.min(n - 1, column)),
    };
    setActive(next);
    gridRef.current
      ?.querySelector<SVGGElement>(`[data-cell="${next.row}-${next.column}"]`)
      ?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const { row, column } = active;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, column],
      ArrowDown: [row + 1, column],
      ArrowLeft: [row, column - 1],
      ArrowRight: [row, column + 1],
      Home: [row, 0],
      End: [row, n - 1],
    };
    const target = moves[event.key];
    const a = bodies[row];
    const b = bodies[column];
    if (target) move(...target);
    else if (
      (event.key === "Enter" || event.key === " ") &&
      a &&
      b &&
      (counts[row]?.[column] ?? 0) > 0
    )
      onPick(a, b);
    else return;
    event.preventDefault();
  };

  return (
    <svg
      ref={gridRef}
      role="grid"
      aria-label="Co-issuance matrix: documents issued jointly by each pair of bodies"
      aria-rowcount={n + 1}
      aria-colcount={n + 1}
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      onKeyDown={onKeyDown}
      className="block text-stone-900 dark:text-stone-50"
    >
      <g role="row" aria-rowindex={1}>
        <g role="columnheader" aria-colindex={1}>
          <text
            x={LABEL - 6}
            y={LABEL - 6}
            textAnchor="end"
            className="fill-stone-500 text-[10px] dark:fill-stone-400"
          >
            Body
          </text>
        </g>
        {bodies.map((body, column) => (
          <g key={body.id} role="columnheader" aria-colindex={column + 2} aria-label={body.acronym}>
            <text
              transform={`translate(${LABEL + column * cell + cell / 2} ${LABEL - 6}) rotate(-60)`}
              className="fill-stone-700 text-[10px] dark:fill-stone-300"
            >
              {body.acronym}
            </text>
          </g>
        ))}
      </g>
      {bodies.map((a, row) => (
        <g key={a.id} role="row" aria-rowindex={row + 2}>
          <g role="rowheader" aria-colindex={1} aria-label={`${a.acronym}, ${a.nameEn}`}>
            <text
              x={LABEL - 6}
              y={LABEL + row * cell + cell / 2}
              dy="0.35em"
              textAnchor="end"
              className="fill-stone-800 text-[11px] font-medium dark:fill-stone-200"
            >
              {a.acronym}
            </text>
          </g>
          {bodies.map((b, column) => {
            const count = counts[row]?.[column] ?? 0;
            const diagonal = row === column;
            const strength = diagonal || maxPair === 0 ? 0 : count / maxPair;
            const isActive = active.row === row && active.column === column;
            return (
              <g
                key={b.id}
                role="gridcell"
                aria-colindex={column + 2}
                aria-label={cellName(a, b, count)}
                aria-disabled={count === 0 || undefined}
                data-cell={`${row}-${column}`}
                tabIndex={isActive ? 0 : -1}
                transform={`translate(${LABEL + column * cell} ${LABEL + row * cell})`}
                onClick={() => {
                  setActive({ row, column });
                  if (count > 0) onPick(a, b);
                }}
                onFocus={() => setActive({ row, column })}
                className={count > 0 ? "cursor-pointer" : undefined}
              >
                <rect
                  width={cell - 1}
                  height={cell - 1}
                  fillOpacity={diagonal ? 1 : count === 0 ? 1 : 0.15 + 0.85 * strength}
                  className={
                    diagonal
                      ? "fill-stone-200 dark:fill-stone-700"
                      : count === 0
                        ? "fill-stone-50 dark:fill-stone-800/40"
                        : "fill-accent-600 dark:fill-red-400"
                  }
                />
                {count > 0 && cell >= 16 && (
                  <text
                    x={(cell - 1) / 2}
                    y={(cell - 1) / 2}
                    dy="0.35em"
                    textAnchor="middle"
                    className={`pointer-events-none text-[10px] ${diagonal ? "font-semibold" : ""} ${!diagonal && strength > 0.45 ? "fill-white dark:fill-stone-950" : "fill-stone-900 dark:fill-stone-100"}`}
                  >
                    {count}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
