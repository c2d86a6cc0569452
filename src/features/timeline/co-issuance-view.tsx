import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { ChartFigure } from "@/components/chart-figure/chart-figure";
import { EmptyState } from "@/components/feedback/empty-state";
import type { Brief, IssuingBody, Policy } from "@/data/model";
import { buildCoIssuanceMatrix } from "@/domain/timeline/co-issuance";
import type { FilterLookup } from "@/domain/timeline/describe-filters";
import type { PolicyFilter } from "@/domain/timeline/timeline-filters";
import { CoIssuanceMatrixChart } from "@/features/timeline/co-issuance-matrix";
import { toCoIssuanceSpec } from "@/features/timeline/timeline-specs";

/** Most bodies the matrix shows; beyond this the cells become too small to read or hit. */
const MAX_BODIES = 40;

/** Which bodies issue together and how often; a cell filters the timeline to those documents. */
export function CoIssuanceView({
  policies,
  filter,
  lookup,
  briefs,
  onPick,
}: {
  policies: readonly Policy[];
  filter: PolicyFilter;
  lookup: FilterLookup;
  briefs: readonly Brief[];
  onPick: (a: IssuingBody, b: IssuingBody) => void;
}) {
  const full = useMemo(() => buildCoIssuanceMatrix(policies), [policies]);
  const matrix = useMemo(
    () =>
      full.bodies.length <= MAX_BODIES
        ? full
        : {
            ...full,
            bodies: full.bodies.slice(0, MAX_BODIES),
            counts: full.counts.slice(0, MAX_BODIES).map((row) => row.slice(0, MAX_BODIES)),
          },
    [full],
  );
  const spec = useMemo(
    () => toCoIssuanceSpec(full, { filter, lookup, briefs }),
    [full, filter, lookup, briefs],
  );
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => setWidth(ref.current?.clientWidth ?? 0), []);
  const jointly = spec.table.rows.length;

  return (
    <ChartFigure spec={spec}>
      <div ref={ref} className="overflow-x-auto">
        {jointly === 0 ? (
          <EmptyState title="No documents were issued jointly under these filters">
            Each policy here has a single issuing body. Widen the filters to compare bodies.
          </EmptyState>
        ) : (
          width > 0 && <CoIssuanceMatrixChart matrix={matrix} width={width} onPick={onPick} />
        )}
      </div>
      <p className="no-print mt-2 text-xs text-stone-500 dark:text-stone-400">
        {full.bodies.length > MAX_BODIES &&
          `The ${MAX_BODIES} bodies with the most documents are shown; the data table lists every pair. `}
        Darker cells: more documents issued together; the diagonal counts each body&apos;s
        documents. Click a cell, or use the arrow keys and Enter, to see those documents on the
        timeline.
      </p>
    </ChartFigure>
  );
}
