import { NavLink, useLocation } from "react-router";
import { paths } from "@/config/paths";
import { issuerParam } from "@/lib/search-params";
import { SearchBox } from "@/features/search/search-box";

/** The issuer selection travels between Timeline and Targets, so the same ministries stay chosen. */
function useSharedIssuerSearch(): URLSearchParams {
  const shared = new URLSearchParams();
  issuerParam.write(shared, issuerParam.parse(new URLSearchParams(useLocation().search)));
  return shared;
}

export function SiteHeader() {
  const shared = useSharedIssuerSearch();
  const links = [
    { to: paths.overview.href(), label: "Overview", end: true },
    { to: paths.timeline.href(shared), label: "Timeline" },
    { to: paths.targets.href(shared), label: "Targets" },
    { to: paths.news.href(), label: "Corporate news" },
    { to: paths.briefs.href(), label: "Briefs" },
    { to: paths.import.href(), label: "Add a brief" },
  ];
  return (
    <header className="no-print border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <NavLink to="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <img src="/favicon.svg" alt="" className="h-6 w-6" />
          China Industries Dashboard
        </NavLink>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-1 text-sm">
            {links.map((link) => (
              <li key={link.label}>
                <NavLink
                  to={link.to}
                  end={link.end}
                  className={({ isActive }) =>
                    `block rounded-md px-3 py-1.5 ${
                      isActive
                        ? "bg-accent-50 font-medium text-accent-800 dark:bg-stone-800 dark:text-accent-100"
                        : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
                    }`
                  }
                >
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div role="search" className="ml-auto w-full max-w-sm lg:w-72 xl:w-80">
          <SearchBox />
        </div>
      </div>
    </header>
  );
}
