import { Link } from "react-router";
import type { Company } from "@/data/model";
import { paths } from "@/config/paths";
import { CountryTag } from "@/components/entities/country-tag";
import { AnnotationMark } from "@/components/entities/annotation-mark";

const LINK =
  "underline decoration-stone-400 decoration-dotted underline-offset-2 hover:decoration-solid";

/**
 * The companies a news item names, each linked to its page, with its home country linked to
 * the news of that country; a country the brief does not state is marked as an annotation.
 */
export function CompanyLinks({ companies }: { companies: readonly Company[] }) {
  return (
    <ul aria-label="Companies" className="inline">
      {companies.map((company, at) => (
        <li key={company.id} className="inline">
          {at > 0 && ", "}
          <Link to={paths.company.href(company.id)} className={`font-medium ${LINK}`}>
            {company.name}
          </Link>{" "}
          (
          <Link
            to={paths.news.href({ country: company.country.code })}
            title={`Corporate news of companies from ${company.country.nameEn}`}
            className={LINK}
          >
            <CountryTag country={company.country} />
          </Link>
          {company.annotated.includes("country") && <AnnotationMark what="Home country" />})
        </li>
      ))}
    </ul>
  );
}
