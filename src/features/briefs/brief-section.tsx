import type { ReactNode } from "react";

interface BriefSectionProps {
  /** The anchor of the section, for the contents and for links. */
  id: string;
  title: string;
  /** 2 for the brief's parts (Top 5, Noteworthy), 3 for the lists inside Noteworthy. */
  level: 2 | 3;
  /** Printed on a new page, as the brief starts its parts. */
  isNewPage?: boolean;
  children: ReactNode;
}

/** A part of the brief under a heading styled as in the brief. */
export function BriefSection({ id, title, level, isNewPage = false, children }: BriefSectionProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className={`scroll-mt-6 ${level === 2 ? "mt-12" : "mt-6"} ${isNewPage ? "print-break-before" : ""}`}
    >
      <Heading
        id={`${id}-title`}
        className={
          level === 2
            ? "mb-5 border-b-2 border-accent-600 pb-1 text-sm font-bold uppercase tracking-widest text-accent-700 dark:text-accent-100"
            : "mb-3 text-lg font-semibold"
        }
      >
        {title}
      </Heading>
      {children}
    </section>
  );
}
