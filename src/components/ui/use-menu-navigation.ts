import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from "react";

const ITEM_SELECTOR = '[role="menuitem"], [role="menuitemradio"]';
/** Room kept between the popup and the window's edge. */
const EDGE = 8;

/**
 * Menu button behaviour after the WAI-ARIA menu pattern: Enter, Space or ↓ opens on the first
 * item, ↑ on the last; arrows, Home and End move; Escape closes and returns focus to the button;
 * Tab, a click outside or focus leaving closes. `onOpenChange` hears every opening and closing.
 * An open popup slides sideways into the window (on a phone the button may sit at the left of
 * its row, and a popup aligned to the button's right edge would start off screen).
 */
export function useMenuNavigation({
  onOpenChange,
}: { onOpenChange?: (open: boolean) => void } = {}) {
  const [open, setOpenState] = useState(false);
  const notify = useRef(onOpenChange);
  useLayoutEffect(() => {
    notify.current = onOpenChange;
  }, [onOpenChange]);
  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    notify.current?.(next);
  }, []);
  const [initialItem, setInitialItem] = useState<"first" | "last">("first");
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const items = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? []);

  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!open || !menu) return;
    const { left, right, width } = menu.getBoundingClientRect();
    const room = document.documentElement.clientWidth;
    if (width === 0 || room === 0) return;
    const shift = left < EDGE ? EDGE - left : right > room - EDGE ? room - EDGE - right : 0;
    menu.style.translate = shift === 0 ? "" : `${shift}px`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const all = items();
    (initialItem === "first" ? all[0] : all[all.length - 1])?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOnOutside);
    return () => document.removeEventListener("pointerdown", closeOnOutside);
  }, [open, initialItem, setOpen]);

  const openAt = (item: "first" | "last") => {
    setInitialItem(item);
    setOpen(true);
  };

  const close = ({ returnFocus }: { returnFocus: boolean }) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    openAt(event.key === "ArrowDown" ? "first" : "last");
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.findIndex((item) => item === document.activeElement);
    const target = {
      ArrowDown: all[(at + 1) % all.length],
      ArrowUp: all[(at - 1 + all.length) % all.length],
      Home: all[0],
      End: all[all.length - 1],
    }[event.key];
    if (target) {
      event.preventDefault();
      target.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close({ returnFocus: true });
    } else if (event.key === "Tab") {
      // Focus the button first so the browser's own Tab moves on from there.
      close({ returnFocus: true });
    }
  };

  const onRootBlur = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !rootRef.current?.contains(next)) setOpen(false);
  };

  return {
    open,
    toggle: () => (open ? close({ returnFocus: false }) : openAt("first")),
    close,
    buttonRef,
    menuRef,
    rootRef,
    onButtonKeyDown,
    onMenuKeyDown,
    onRootBlur,
  };
}
