import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { NavigationType, useLocation, useNavigate, useNavigationType } from "react-router";
import type { PageStateCodec } from "@/lib/search-params";

/** A change, or a function of the current state giving one (stable callers need not hold it). */
export type UrlStateChange<T> = Partial<T> | ((current: T) => Partial<T>);

export interface UrlStateOptions {
  /** Replace the history entry instead of pushing one (typing, gestures). */
  replace?: boolean;
  /**
   * Typing: show the change at once but write it into the URL only once typing rests (or on
   * `flush`), replacing the entry. A navigation per keystroke re-renders everything that reads
   * the location.
   */
  typing?: boolean;
}

export type UpdateUrlState<T> = (change: UrlStateChange<T>, options?: UrlStateOptions) => void;

/** How long typing must rest before it is written into the URL. */
export const TYPING_REST_MS = 300;

/** Typed values ahead of the URL, and the search string they were typed over. */
interface Draft<T> {
  values: Partial<T>;
  base: string;
}

/**
 * A page's view state in the URL: the one mechanism for every page. Discrete choices push a
 * history entry (Back undoes them); `replace` and typing do not. Updates compose: two in one
 * event both land, as each builds on the state the previous one asked for. Typed values show
 * at once over the URL and reach it once typing rests, on `flush` (the field lost focus, a link
 * may be next) or when the page is left (a reload keeps them); any other update carries them
 * along. Back and forward restore the URL's state and leave a pending draft behind.
 *
 * `state` is what the page shows (draft over URL), `urlState` what the URL says; each keeps its
 * identity while its URL form is unchanged, so memoised work downstream does not rerun.
 */
export function useUrlState<T>(
  codec: PageStateCodec<T>,
  {
    onChange,
    renderAtOnce = false,
  }: {
    /** Called with the shown state before and after each update. */
    onChange?: (previous: T, next: T) => void;
    /** Render a pushed choice synchronously (its next frame shows it), not as a transition. */
    renderAtOnce?: boolean;
  } = {},
) {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const navigationType = useNavigationType();
  const urlState = useStable(codec, codec.parse(new URLSearchParams(search)));

  const [draft, setDraft] = useState<Draft<T> | null>(null);
  let current = draft;
  if (draft !== null && draft.base !== search) {
    // The URL moved under the draft. Back or forward leaves it behind; values the URL now holds
    // are done; the rest (typing went on while an older write landed) stays over the new URL.
    const values =
      navigationType === NavigationType.Pop ? {} : without(draft.values, urlState, codec);
    current = Object.keys(values).length === 0 ? null : { values, base: search };
    setDraft(current);
  }
  const state = useStable(codec, current ? { ...urlState, ...current.values } : urlState);

  // What the next update builds on: the state last asked for (the URL may not hold it yet), the
  // pending draft and the location. React Router hands out a new location per navigation;
  // `update` reads this instead, so it stays one function and memoised children keep it.
  const latest = useRef({
    asked: urlState,
    draft: current?.values ?? null,
    search,
    pathname,
    hash,
  });
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });
  // Only when the URL changes: an unrelated render must not undo an update still in flight.
  useLayoutEffect(() => {
    latest.current.asked = urlState;
  }, [urlState]);
  useLayoutEffect(() => {
    Object.assign(latest.current, { draft: current?.values ?? null, search, pathname, hash });
  }, [current, search, pathname, hash]);

  const update = useCallback<UpdateUrlState<T>>(
    (change, options = {}) => {
      const { asked, draft: typed, search: base } = latest.current;
      const shown = { ...asked, ...typed };
      const patch = typeof change === "function" ? change(shown) : change;
      const next = { ...shown, ...patch };
      onChangeRef.current?.(shown, next);
      if (options.typing) {
        const values = { ...typed, ...patch };
        latest.current.draft = values;
        setDraft({ values, base });
        return;
      }
      latest.current.draft = null;
      latest.current.asked = next;
      // Compared with the state last asked for, not the location: a write may still be landing.
      if (codec.write(next).toString() === codec.write(asked).toString()) {
        // Nowhere to navigate: the URL says (or is about to say) this, so a draft gives way.
        setDraft(null);
        return;
      }
      const params = toSearchParams(codec, next, new URLSearchParams(base));
      // Typed values still ahead of the URL stay in the draft until the URL holds them.
      const kept = typed ? omit(typed, patch) : null;
      if (kept && Object.keys(kept).length < Object.keys(typed ?? {}).length)
        setDraft(Object.keys(kept).length ? { values: kept, base } : null);
      void navigate(
        { search: `?${params.toString()}` },
        {
          replace: options.replace ?? false,
          flushSync: renderAtOnce && !options.replace,
          preventScrollReset: true,
        },
      );
    },
    [codec, navigate, renderAtOnce],
  );
  /** Writes pending typing into the URL now. */
  const flush = useCallback(() => {
    if (latest.current.draft) update({}, { replace: true });
  }, [update]);

  useEffect(() => {
    if (current === null) return;
    const timer = window.setTimeout(flush, TYPING_REST_MS);
    return () => window.clearTimeout(timer);
  }, [current, flush]);

  useEffect(() => {
    // Leaving the page (reload, closing the tab) does not wait for the router: write the draft
    // straight into the history entry, so the reloaded page opens with what was typed.
    const keep = () => {
      const { asked, draft: typed, search: base, pathname: path, hash: fragment } = latest.current;
      if (!typed) return;
      const params = toSearchParams(codec, { ...asked, ...typed }, new URLSearchParams(base));
      const query = params.toString();
      window.history.replaceState(
        window.history.state,
        "",
        `${path}${query ? `?${query}` : ""}${fragment}`,
      );
    };
    window.addEventListener("pagehide", keep);
    return () => window.removeEventListener("pagehide", keep);
  }, [codec]);

  return { state, urlState, update, flush };
}

/**
 * The codec's parameters for `state` written over `base`: other parameters are kept (the header
 * carries the issuer selection between pages) and each keeps its place, so URLs read in the
 * order they were chosen.
 */
function toSearchParams<T>(codec: PageStateCodec<T>, state: T, base: URLSearchParams) {
  const params = new URLSearchParams(base);
  const written = codec.write(state);
  for (const name of codec.names) if (!written.has(name)) params.delete(name);
  for (const [name, value] of written) params.set(name, value);
  return params;
}

/** The same object for the same state, keyed by its URL form. */
function useStable<T>(codec: PageStateCodec<T>, state: T): T {
  const key = codec.write(state).toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the URL form on purpose
  return useMemo(() => state, [key]);
}

/** Draft values the state does not hold yet. */
function without<T>(values: Partial<T>, state: T, codec: PageStateCodec<T>): Partial<T> {
  const url = codec.write(state).toString();
  const kept: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    if (codec.write({ ...state, [key]: values[key] }).toString() !== url) kept[key] = values[key];
  }
  return kept;
}

function omit<T>(values: Partial<T>, patch: Partial<T>): Partial<T> {
  const kept = { ...values };
  for (const key of Object.keys(patch) as (keyof T)[]) delete kept[key];
  return kept;
}
