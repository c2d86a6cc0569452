import { useId, useState, type ReactNode } from "react";
import { useMenuNavigation } from "@/components/chart-figure/use-menu-navigation";
import {
  DEFAULT_EXPORT_SETTINGS,
  EXPORT_SIZES,
  type ExportAction,
  type ExportSettings,
} from "@/lib/export/export-options";
import { Button } from "@/components/ui/button";

export interface ExportMenuRequest extends ExportSettings {
  action: ExportAction;
}

type Choice<K extends keyof ExportSettings> = { value: ExportSettings[K]; label: string };

const DENSITIES: Choice<"density">[] = [
  { value: 1, label: "1×" },
  { value: 2, label: "2× (default)" },
  { value: 3, label: "3×" },
];
const BACKGROUNDS: Choice<"background">[] = [
  { value: "white", label: "White background" },
  { value: "transparent", label: "Transparent background" },
];
const LAYOUTS: Choice<"layout">[] = [
  { value: "landscape", label: "Landscape, 1200 × 675" },
  { value: "square", label: "Square, 1080 × 1080" },
];

const ITEM =
  "flex w-full items-center gap-2 px-3 py-1.5 text-left text-sm hover:bg-stone-100 focus:bg-stone-100 dark:hover:bg-stone-800 dark:focus:bg-stone-800";

function Group({ label, children }: { label: string; children: ReactNode }) {
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

/**
 * The export menu of a chart: downloads (PNG, SVG, CSV), copy to clipboard, and the PNG's
 * density, background and size, which stay chosen while the menu is open.
 */
export function ExportMenu({
  onExport,
  onOpenChange,
}: {
  onExport: (request: ExportMenuRequest) => void;
  /** Opening the menu is the moment to load what an export will need. */
  onOpenChange?: (open: boolean) => void;
}) {
  const menuId = useId();
  const [settings, setSettings] = useState(DEFAULT_EXPORT_SETTINGS);
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
  const size = EXPORT_SIZES[settings.layout];

  const act = (action: ExportAction) => {
    close({ returnFocus: true });
    onExport({ ...settings, action });
  };

  const radios = <K extends keyof ExportSettings>(key: K, choices: readonly Choice<K>[]) =>
    choices.map((choice) => (
      <button
        key={String(choice.value)}
        type="button"
        role="menuitemradio"
        aria-checked={settings[key] === choice.value}
        tabIndex={-1}
        className={ITEM}
        onClick={() => setSettings((current) => ({ ...current, [key]: choice.value }))}
      >
        <span aria-hidden="true" className="w-3 text-accent-700 dark:text-accent-100">
          {settings[key] === choice.value ? "✓" : ""}
        </span>
        {choice.label}
      </button>
    ));

  const actions: { action: ExportAction; label: string }[] = [
    {
      action: "png",
      label: `Download PNG (${size.width * settings.density} × ${size.height * settings.density} px)`,
    },
    { action: "svg", label: "Download SVG" },
    { action: "csv", label: "Download CSV (data)" },
    { action: "copy", label: "Copy image" },
  ];

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
        Export
      </Button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Export chart"
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 top-full z-20 mt-1 w-72 rounded-md border border-stone-200 bg-white py-1 shadow-lg dark:border-stone-700 dark:bg-stone-900"
        >
          {actions.map(({ action, label }) => (
            <button
              key={action}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={ITEM}
              onClick={() => act(action)}
            >
              {label}
            </button>
          ))}
          <Group label="Pixel density">{radios("density", DENSITIES)}</Group>
          <Group label="Background">{radios("background", BACKGROUNDS)}</Group>
          <Group label="Size">{radios("layout", LAYOUTS)}</Group>
        </div>
      )}
    </div>
  );
}
