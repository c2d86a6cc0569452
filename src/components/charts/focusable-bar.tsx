import type { KeyboardEvent, ReactNode } from "react";
import { Rectangle } from "recharts";

export interface FocusableBarProps {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** What the bar stands for, read out and used to find it: "Foundry and forging, 2025: 5 targets". */
  label: string;
  selected: boolean;
  /** Another bar is selected: this one steps back. */
  dimmed: boolean;
  onSelect: () => void;
  /** Drawn with the bar, such as its value label. */
  children?: ReactNode;
}

/**
 * A bar that is also a button, so the chart selection works by keyboard and screen reader as
 * well as by mouse. Empty segments of a stack draw nothing and take no tab stop.
 */
export function FocusableBar({
  x,
  y,
  width,
  height,
  fill,
  label,
  selected,
  dimmed,
  onSelect,
  children,
}: FocusableBarProps) {
  if (width === 0 || height === 0) return null;
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect();
    }
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      onClick={onSelect}
      onKeyDown={onKeyDown}
      className="cursor-pointer"
      opacity={dimmed ? 0.4 : 1}
    >
      <Rectangle
        x={x}
        y={y}
        width={width}
        height={height}
        fill={fill}
        stroke={selected ? "currentColor" : "none"}
        strokeWidth={selected ? 2 : 0}
      />
      {children}
    </g>
  );
}
