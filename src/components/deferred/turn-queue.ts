import { afterNextFrame } from "@/components/deferred/after-next-frame";

/** A part's module once loaded, or why it could not be. */
export type Loaded<M> = { module: M } | { error: unknown };

interface Turn {
  /** Settles once the part's code is in (or failed to load): the turn waits for it. */
  prepared: Promise<void>;
  isPrepared: () => boolean;
  grant: () => void;
}

/** Parts waiting for their turn, in the order they asked. */
const waiting: Turn[] = [];
let serving = false;

/**
 * The reader acting before every part is drawn gets those whose code is in at once: the control
 * they reach may need its part (Export reads the drawn chart), and input is no time to wait.
 */
const INPUT_EVENTS = ["pointerdown", "keydown"] as const;

function grantPrepared() {
  for (const turn of waiting.filter((candidate) => candidate.isPrepared())) {
    waiting.splice(waiting.indexOf(turn), 1);
    turn.grant();
  }
  listenWhileWaiting();
}

function listenWhileWaiting() {
  for (const type of INPUT_EVENTS) {
    if (waiting.length > 0) window.addEventListener(type, grantPrepared, { capture: true });
    else window.removeEventListener(type, grantPrepared, { capture: true });
  }
}

async function serve() {
  serving = true;
  for (let turn = waiting[0]; turn; turn = waiting[0]) {
    await turn.prepared;
    // A turn that went away while it prepared (its part unmounted) waits for no frame.
    if (waiting[0] !== turn) continue;
    await new Promise<void>((resolve) => afterNextFrame(resolve));
    // Unless it went away, or input granted it, meanwhile.
    if (waiting[0] === turn) {
      waiting.shift();
      listenWhileWaiting();
      turn.grant();
    }
  }
  serving = false;
}

/**
 * Queues a heavy part of the page (a Recharts chart) for its turn to render; returns a cancel
 * function. Parts take turns in the order they asked: each once its code (`load`) is in, in a
 * browser task of its own after the frame that drew the previous one (the first: the page
 * around it), where `grant` should render it at once. Rendered together, such parts made one
 * long task that held up input as the page first drew (Lighthouse's total blocking time); each
 * now costs its own task.
 */
export function takeTurn<M>(load: () => Promise<M>, grant: (loaded: Loaded<M>) => void) {
  let loaded: Loaded<M> | null = null;
  const turn: Turn = {
    // The download starts once the page around the part has drawn: started earlier, it competes
    // with what that page needs (data, fonts) and the page's largest text paints later.
    prepared: new Promise<void>((resolve) => afterNextFrame(resolve)).then(load).then(
      (module) => {
        loaded = { module };
      },
      (error: unknown) => {
        loaded = { error };
      },
    ),
    isPrepared: () => loaded !== null,
    grant: () => {
      if (loaded) grant(loaded);
    },
  };
  waiting.push(turn);
  listenWhileWaiting();
  if (!serving) void serve();
  return () => {
    const at = waiting.indexOf(turn);
    if (at >= 0) waiting.splice(at, 1);
    listenWhileWaiting();
  };
}
