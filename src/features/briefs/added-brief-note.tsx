import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { DateText } from "@/components/entities/date-text";
import { removeAddedBrief } from "@/data/added-briefs-store";
import { dataKeys } from "@/data/dataset-query";
import type { AddedOnDevice } from "@/data/model";
import { parseCalendarDate } from "@/core/calendar-date";
import { Button } from "@/components/ui/button";

/** The day in the analyst's own time zone, as a calendar date. */
function localDay(at: string) {
  const when = new Date(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  return parseCalendarDate(
    `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`,
  );
}

/** "Added on this device on 2 December 2026 from june.pdf", with a way to take it out again. */
export function AddedBriefNote({ briefId, added }: { briefId: string; added: AddedOnDevice }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const day = localDay(added.at);
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
      <span className="rounded bg-accent-50 px-2 py-0.5 font-medium text-accent-800 dark:bg-stone-800 dark:text-accent-100">
        Added on this device
      </span>
      <span className="text-stone-600 dark:text-stone-400">
        {day && (
          <>
            on <DateText date={day} />{" "}
          </>
        )}
        from {added.source}
      </span>
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
