import { Link, useLocation } from "react-router";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found">
        There is no page at <code className="font-mono">{pathname}</code>. It may have moved, or the
        link may be mistyped.
      </PageHeader>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <Link className="underline" to={paths.overview.href()}>
            Overview of the latest brief
          </Link>
        </li>
        <li>
          <Link className="underline" to={paths.timeline.href()}>
            Policy timeline by issuing body
          </Link>
        </li>
        <li>
          <Link className="underline" to={paths.briefs.href()}>
            All briefs
          </Link>
        </li>
      </ul>
    </>
  );
}
