import { Link } from "react-router";
import type { IssuingBody } from "@/data/model";
import { paths } from "@/config/paths";

/** Issuing bodies by acronym, lead issuer first, each linked to its page. */
export function IssuerLinks({ issuers }: { issuers: readonly IssuingBody[] }) {
  return (
    <ul aria-label="Issuing bodies" className="inline">
      {issuers.map((body, at) => (
        <li key={body.id} className="inline">
          {at > 0 && ", "}
          <Link
            to={paths.body.href(body.id)}
            title={`${body.nameEn} · ${body.nameZh}`}
            className="font-medium underline decoration-stone-400 decoration-dotted underline-offset-2 hover:decoration-solid"
          >
            {body.acronym}
          </Link>
        </li>
      ))}
    </ul>
  );
}
