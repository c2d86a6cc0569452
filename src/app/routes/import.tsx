import { ImportPage as ImportFeature } from "@/features/import/import-page";

export function ImportPage() {
  return <ImportFeature />;
}
