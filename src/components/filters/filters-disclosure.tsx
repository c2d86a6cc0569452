import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

interface FiltersDisclosureProps {
  /** How many filter values are in force, shown on the button: "Filters (2)". */
  activeCount: number;
  /** Classes for the sidebar, such as when a page hides it at some widths. */
  className?: string;
  children: ReactNode;
}

/**
 * A page's filters: a sidebar on a wide screen; on a narrow one folded behind one "Filters"
 * button with the count of active filters, so the page's data comes first.
 */
export function FiltersDisclosure({
  activeCount,
  className = "",
  children,
}: FiltersDisclosureProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <aside aria-label="Filters" className={`min-w-0 ${className}`}>
      <Button
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((shown) => !shown)}
        className="lg:hidden"
      >
        Filters
        {activeCount > 0 && <span className="tabular-nums"> ({activeCount})</span>}
      </Button>
      <div id={id} className={`mt-4 lg:mt-0 ${open ? "" : "max-lg:hidden"}`}>
        {children}
      </div>
    </aside>
  );
}
