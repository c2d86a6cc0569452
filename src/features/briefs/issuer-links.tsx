import { Link } from "react-router";
import type { IssuingBody } from "@/data/model";
import { paths } from "@/config/paths";
import { ISSUER_PARAM } from "@/core/url-params";

/** Issuing bodies by acronym, lead issuer first, each linked to its policies on the timeline. */
export function IssuerLinks({ issuers }: { issuers: readonly IssuingBody[] }) {
  return (
    <ul aria-label="Issuing bodies" className="inline">
      {issuers.map((body, at) => (
        <li key={body.id} className="inline">
          {at > 0 && ", "}
          <Link
            to={paths.timeline.href({ [ISSUER_PARAM]: body.id })}
            title={`${body.nameEn} · ${body.nameZh}: its policies on the timeline`}
            className="font-medium underline decoration-stone-400 decoration-dotted underline-offset-2 hover:decoration-solid"
          >
            {body.acronym}
          </Link>
        </li>
      ))}
    </ul>
  );
}
