import type { ComponentPropsWithRef } from "react";

/**
 * The dashboard's buttons: a native <button> (keyboard and focus come for free, so no library),
 * styled from one place. `className` adds layout and text size only, never colours.
 */
const VARIANTS = {
  /** The one main action of a form or dialog. */
  primary: "rounded-md bg-accent-700 font-medium text-white hover:bg-accent-800",
  /** Try again after a failure. */
  danger: "rounded-md bg-red-700 font-medium text-white hover:bg-red-800",
  /** Every other action; aria-pressed shows a toggle's state. */
  secondary:
    "rounded-md border border-stone-300 hover:bg-stone-100 aria-pressed:bg-accent-50 aria-pressed:font-medium aria-pressed:text-accent-800 dark:border-stone-700 dark:hover:bg-stone-800 dark:aria-pressed:bg-stone-800 dark:aria-pressed:text-accent-100",
  /** An action inside running text or a notice. */
  link: "font-medium underline",
  /** A link-like action that stands on its own line: "Show all targets". */
  "accent-link": "font-medium text-accent-700 underline dark:text-accent-100",
  /** A part of a split chip (a news item's company, its country); aria-pressed shows a filter in force. */
  segment:
    "hover:bg-stone-200 aria-pressed:bg-accent-100 aria-pressed:text-accent-800 dark:hover:bg-stone-700 dark:aria-pressed:bg-stone-600 dark:aria-pressed:text-white",
  /** An action inside an amber notice. */
  notice: "rounded border border-amber-400 hover:bg-amber-100 dark:hover:bg-amber-900",
} as const;

const SIZES = {
  sm: "px-2 py-0.5 text-sm",
  /** Inherits the text size: a chip's parts. */
  chip: "px-2 py-0.5",
  compact: "px-2.5 py-1 text-sm",
  md: "px-3 py-1.5 text-sm",
  inline: "",
} as const;

type ButtonVariant = keyof typeof VARIANTS;

interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: ButtonVariant;
  size?: keyof typeof SIZES;
}

/** The class string of a button of this variant and size, plus layout classes. */
function buttonClass(
  variant: ButtonVariant = "secondary",
  size: keyof typeof SIZES = variant === "link" || variant === "accent-link" ? "inline" : "md",
  extra = "",
): string {
  return [VARIANTS[variant], SIZES[size], extra].filter(Boolean).join(" ");
}

export function Button({ variant = "secondary", size, className, type, ...props }: ButtonProps) {
  return (
    <button
      type={type === "submit" || type === "reset" ? type : "button"}
      className={buttonClass(variant, size, className)}
      {...props}
    />
  );
}
