import { Link } from "react-router";
import { paths } from "@/config/paths";
import type { IssuingBody } from "@/data/model";

/**
 * Issuing bodies as acronyms, lead issuer first, each linked to its page; full names on hover.
 * Each link is at least 24 px tall, the smallest target WCAG 2.2 allows (2.5.8).
 */
export function IssuerTags({ issuers }: { issuers: IssuingBody[] }) {
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Issuing bodies">
      {issuers.map((body, at) => (
        <li key={body.id}>
          <Link
            to={paths.body.href(body.id)}
            title={`${body.nameEn} · ${body.nameZh}${at === 0 && issuers.length > 1 ? " (lead issuer)" : ""}`}
            className="inline-flex min-h-6 items-center rounded bg-stone-100 px-1.5 text-xs font-medium text-stone-700 hover:underline dark:bg-stone-800 dark:text-stone-200"
          >
            {body.acronym}
          </Link>
        </li>
      ))}
    </ul>
  );
}
