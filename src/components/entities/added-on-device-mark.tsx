import type { AddedOnDevice } from "@/data/model";
import { describeAddedOnDevice } from "@/domain/briefs/added-on-device";

/**
 * Marks a brief, or an item of one, that the analyst added in this browser rather than the
 * shipped data; nothing for shipped items, so a view can place it on every item.
 */
export function AddedOnDeviceMark({ added }: { added: AddedOnDevice | null }) {
  if (!added) return null;
  return (
    <span className="inline-block rounded bg-accent-50 px-1.5 py-0.5 text-xs font-medium text-accent-800 dark:bg-stone-800 dark:text-accent-100">
      {describeAddedOnDevice(added)}
    </span>
  );
}
