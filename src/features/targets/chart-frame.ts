import { isSameFocus, type TargetFocus } from "@/domain/targets/targets-view";
import { countText } from "@/lib/count-text";

/** What every chart on the Targets page shares: the words around it and the selection. */
export interface TargetChartFrame {
  /** The active filters in words, from `describeTargetFilters`. */
  subtitle: string;
  source: string;
  filterSlug: string;
  focus: TargetFocus;
  /** Selects the targets behind a bar; an empty focus clears the selection. */
  onFocus: (focus: TargetFocus) => void;
  /** Whether a bar standing for these targets shows any selected one; the others step back. */
  isLit: (element: TargetFocus) => boolean;
}

export function pluralTargets(count: number): string {
  return countText(count, "target");
}

/** A bar standing for these targets: pressed when they are the selection, which it toggles. */
export function focusBarLook(frame: TargetChartFrame, focus: TargetFocus) {
  const selected = isSameFocus(frame.focus, focus);
  return {
    selected,
    dimmed: !frame.isLit(focus),
    onSelect: () => frame.onFocus(selected ? {} : focus),
  };
}
