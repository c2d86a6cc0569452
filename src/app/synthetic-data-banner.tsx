import { useLoadedDataset } from "@/data/dataset-query";

/** Generated scale data must never pass for real briefs. */
export function SyntheticDataBanner() {
  const { synthetic } = useLoadedDataset();
  if (!synthetic) return null;
  return (
    <p
      role="status"
      className="mb-4 rounded-md bg-violet-100 px-3 py-2 text-sm font-medium text-violet-950 dark:bg-violet-950 dark:text-violet-100"
    >
      Synthetic data for testing and benchmarks: nothing shown here is a real policy, company or
      number.
    </p>
  );
}
