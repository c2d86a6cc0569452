import { useState } from "react";
import { Menu, MenuGroup, MenuItem, MenuItemRadio } from "@/components/ui/menu";
import {
  DEFAULT_EXPORT_SETTINGS,
  EXPORT_SIZES,
  type ExportAction,
  type ExportSettings,
} from "@/lib/export/export-options";

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
  const [settings, setSettings] = useState(DEFAULT_EXPORT_SETTINGS);
  const size = EXPORT_SIZES[settings.layout];

  const radios = <K extends keyof ExportSettings>(key: K, choices: readonly Choice<K>[]) =>
    choices.map((choice) => (
      <MenuItemRadio
        key={String(choice.value)}
        checked={settings[key] === choice.value}
        onSelect={() => setSettings((current) => ({ ...current, [key]: choice.value }))}
      >
        {choice.label}
      </MenuItemRadio>
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
    <Menu label="Export" menuLabel="Export chart" onOpenChange={onOpenChange}>
      {actions.map(({ action, label }) => (
        <MenuItem key={action} onSelect={() => onExport({ ...settings, action })}>
          {label}
        </MenuItem>
      ))}
      <MenuGroup label="Pixel density">{radios("density", DENSITIES)}</MenuGroup>
      <MenuGroup label="Background">{radios("background", BACKGROUNDS)}</MenuGroup>
      <MenuGroup label="Size">{radios("layout", LAYOUTS)}</MenuGroup>
    </Menu>
  );
}
