import { useId } from "react";

interface NewsSearchBoxProps {
  /** The query shown: what was typed, or the URL's after back, forward or "clear all". */
  value: string;
  onChange: (query: string) => void;
  onBlur: () => void;
}

/** The free-text search. */
export function NewsSearchBox({ value, onChange, onBlur }: NewsSearchBoxProps) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        Search text
      </label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder="Words or company names"
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        className="rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900"
      />
    </div>
  );
}
