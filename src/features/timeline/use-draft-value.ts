import { useState } from "react";

/**
 * A field whose value lives in the URL. The field shows what is typed at once (the URL only
 * catches up after navigation settles, which would make a controlled field drop keystrokes),
 * and takes the URL's value when it changes from elsewhere: a chip removed, the back button.
 */
export function useDraftValue(
  urlValue: string,
  write: (value: string) => void,
): [string, (value: string) => void] {
  const [draft, setDraft] = useState({ value: urlValue, sent: urlValue, seen: urlValue });
  let current = draft;
  if (urlValue !== draft.seen) {
    current =
      urlValue === draft.sent
        ? { ...draft, seen: urlValue }
        : { value: urlValue, sent: urlValue, seen: urlValue };
    setDraft(current);
  }
  const change = (value: string) => {
    setDraft({ value, sent: value, seen: current.seen });
    write(value);
  };
  return [current.value, change];
}
