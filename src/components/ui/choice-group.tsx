import { useId } from "react";

interface ChoiceGroupProps<T extends string> {
  label: string;
  options: readonly { value: T; label: string }[];
  /** The chosen value; null when none of the options holds (e.g. a hand-zoomed range). */
  value: T | null;
  onChange: (value: T) => void;
  /** Spacing around the group (it stands on its own line by default). */
  className?: string;
}

/**
 * A row of mutually exclusive choices (native radios, so arrows move between them): the one way
 * to pick one of several, for views, modes and periods alike.
 */
export function ChoiceGroup<T extends string>({
  label,
  options,
  value,
  onChange,
  className = "mb-3",
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className={`no-print flex flex-wrap items-center gap-2 text-sm ${className}`}>
      <legend className="float-left mr-1 text-stone-600 dark:text-stone-400">{label}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className="cursor-pointer rounded-md border border-stone-300 px-2.5 py-1 has-checked:border-accent-700 has-checked:bg-accent-50 has-checked:text-accent-800 has-focus-visible:outline-2 has-focus-visible:outline-accent-600 dark:border-stone-700 dark:has-checked:bg-stone-800 dark:has-checked:text-accent-100"
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
            className="sr-only"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
