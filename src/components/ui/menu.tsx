import { createContext, use, useId, type ReactNode } from "react";
import { useMenuNavigation } from "@/components/ui/use-menu-navigation";
import { Button } from "@/components/ui/button";

const ITEM =
  "flex w-full items-center gap-2 px-3 py-1.5 text-left text-sm hover:bg-stone-100 focus:bg-stone-100 dark:hover:bg-stone-800 dark:focus:bg-stone-800";

/** Closes the menu and returns focus to its button, for an item that acts. */
const CloseMenu = createContext<() => void>(() => undefined);

/**
 * A menu button after the WAI-ARIA menu pattern (keyboard in `useMenuNavigation`): the button,
 * and a popup of items below it. Written by hand: one menu in the app, and its pattern is short.
 */
export function Menu({
  label,
  menuLabel,
  onOpenChange,
  className = "w-72",
  children,
}: {
  /** What the button says. */
  label: ReactNode;
  /** The popup's accessible name. */
  menuLabel: string;
  /** Every opening and closing. */
  onOpenChange?: (open: boolean) => void;
  /** The popup's width. */
  className?: string;
  children: ReactNode;
}) {
  const menuId = useId();
  const {
    open,
    toggle,
    close,
    buttonRef,
    menuRef,
    rootRef,
    onButtonKeyDown,
    onMenuKeyDown,
    onRootBlur,
  } = useMenuNavigation({ onOpenChange });
  return (
    <div ref={rootRef} className="no-print relative" onBlur={onRootBlur}>
      <Button
        ref={buttonRef}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={toggle}
        onKeyDown={onButtonKeyDown}
        size="compact"
      >
        {label}
      </Button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={menuLabel}
          onKeyDown={onMenuKeyDown}
          className={`absolute right-0 top-full z-20 mt-1 max-w-[calc(100vw-1rem)] rounded-md border border-stone-200 bg-white py-1 shadow-lg dark:border-stone-700 dark:bg-stone-900 ${className}`}
        >
          <CloseMenu value={() => close({ returnFocus: true })}>{children}</CloseMenu>
        </div>
      )}
    </div>
  );
}

/** An action: choosing it closes the menu, focus back on the button, then acts. */
export function MenuItem({ onSelect, children }: { onSelect: () => void; children: ReactNode }) {
  const close = use(CloseMenu);
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={ITEM}
      onClick={() => {
        close();
        onSelect();
      }}
    >
      {children}
    </button>
  );
}

/** One of a group's choices; the menu stays open, so several can be set in one visit. */
export function MenuItemRadio({
  checked,
  onSelect,
  children,
}: {
  checked: boolean;
  onSelect: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      role="menuitemradio"
      aria-checked={checked}
      tabIndex={-1}
      className={ITEM}
      onClick={onSelect}
    >
      <span aria-hidden="true" className="w-3 text-accent-700 dark:text-accent-100">
        {checked ? "✓" : ""}
      </span>
      {children}
    </button>
  );
}

/** A labelled group of items, set apart by a rule. */
export function MenuGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="group"
      aria-label={label}
      className="border-t border-stone-200 py-1 dark:border-stone-700"
    >
      <div
        aria-hidden="true"
        className="px-3 pt-1 text-xs font-medium text-stone-500 dark:text-stone-400"
      >
        {label}
      </div>
      {children}
    </div>
  );
}
