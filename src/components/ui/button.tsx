import type { ButtonHTMLAttributes } from "react";

/**
 * The dashboard's buttons: a native <button> (keyboard and focus come for free, so no library),
 * styled from one place. `className` adds layout only (margins, alignment), never colours.
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
} as const;

const SIZES = {
  sm: "px-2 py-0.5 text-sm",
  md: "px-3 py-1.5 text-sm",
  inline: "",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: keyof typeof SIZES;
}

/** The class string of a button, for the few elements that must look like one (a file label). */
export function buttonClass(
  variant: ButtonVariant = "secondary",
  size: keyof typeof SIZES = variant === "link" ? "inline" : "md",
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
