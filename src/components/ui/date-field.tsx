import { useId, useState } from "react";
import { formatIsoDate, parseDayInput } from "@/core/calendar-date";
import { fieldClass } from "@/components/ui/field";

interface DateFieldProps {
  label: string;
  /** The chosen day as ISO ("2023-04-14"), or null for none. */
  value: string | null;
  onChange: (value: string | null) => void;
}

/**
 * A day typed in the UI's date style ("14 Apr 2023"; ISO works too). A native date input would
 * show the browser's locale (04/14/2023 beside our 14 Apr 2023) and overflow a narrow sidebar.
 * Each real day is sent as it is typed; the field shows the chosen day in the UI's style again
 * once it loses focus, or says what to write when the text is not a day.
 */
export function DateField({ label, value, onChange }: DateFieldProps) {
  const id = useId();
  // What is being typed; null while the field shows the chosen value.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = value ? formatIsoDate(value, "short") : "";
  const text = draft ?? shown;
  const isInvalid = draft !== null && draft.trim() !== "" && parseDayInput(draft) === null;
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-xs text-stone-600 dark:text-stone-400">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        placeholder="14 Apr 2023"
        value={text}
        aria-invalid={isInvalid || undefined}
        aria-describedby={isInvalid ? `${id}-problem` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (next.trim() === "") onChange(null);
          else {
            const day = parseDayInput(next);
            if (day && day !== value) onChange(day);
          }
        }}
        onBlur={() => {
          if (!isInvalid) setDraft(null);
        }}
        className={`${fieldClass} w-full min-w-0 aria-invalid:border-red-700`}
      />
      {isInvalid && (
        <p id={`${id}-problem`} className="text-xs text-red-700 dark:text-red-300">
          Write a day like 14 Apr 2023
        </p>
      )}
    </div>
  );
}
