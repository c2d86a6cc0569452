import { useId, useState } from "react";

interface NewsSearchBoxProps {
  /** The query in the URL. */
  value: string;
  onChange: (query: string) => void;
}

/**
 * The free-text search. The field keeps its own text so typing never waits for the URL; a URL
 * value that is not an echo of what was typed (back, forward, "clear all") replaces the text.
 */
export function NewsSearchBox({ value, onChange }: NewsSearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [sent, setSent] = useState<string[]>([]);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    const echo = sent.indexOf(value);
    if (echo >= 0) {
      setSent(sent.slice(echo + 1));
    } else {
      setText(value);
      setSent([]);
    }
  }
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        Search text
      </label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder="Words or company names"
        autoComplete="off"
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          setSent([...sent, next]);
          onChange(next);
        }}
        className="rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900"
      />
    </div>
  );
}
