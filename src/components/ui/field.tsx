import { useId } from "react";

/** The look of every text box and select, for the few controls laid out by hand. */
export const fieldClass =
  "rounded-md border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900";

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled one-line text box; `lang` for names in another script. */
export function TextField({ label, value, onChange, lang }: FieldProps & { lang?: string }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        lang={lang}
        className={fieldClass}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** A labelled select whose first option, "Choose…", stands for no choice (""). */
export function SelectField({
  label,
  value,
  options,
  onChange,
}: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className={fieldClass}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
