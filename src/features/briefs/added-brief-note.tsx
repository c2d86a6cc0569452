import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { AddedOnDeviceMark } from "@/components/entities/added-on-device-mark";
import { removeAddedBrief } from "@/data/added-briefs-store";
import { dataKeys } from "@/data/dataset-query";
import type { AddedOnDevice } from "@/data/model";
import { Button } from "@/components/ui/button";

/** "Added on this device, 2 December 2026 from june.pdf", with a way to take it out again. */
export function AddedBriefNote({ briefId, added }: { briefId: string; added: AddedOnDevice }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const remove = async () => {
    try {
      await removeAddedBrief(briefId);
      await queryClient.invalidateQueries({ queryKey: dataKeys.all });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="no-print mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <AddedOnDeviceMark added={added} />
      <span className="text-stone-600 dark:text-stone-400">from {added.source}</span>
      <Button
        onClick={() => void remove()}
        aria-label={`Remove the brief ${briefId} from this device`}
        size="sm"
      >
        Remove
      </Button>
      {failure && (
        <p role="alert" className="w-full text-red-800 dark:text-red-300">
          Could not remove it: {failure}
        </p>
      )}
    </div>
  );
}
