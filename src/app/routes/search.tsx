import { useLoadedDataset } from "@/data/dataset-query";
import { SearchResultsPage } from "@/features/search/search-results-page";

export function SearchPage() {
  return <SearchResultsPage dataset={useLoadedDataset()} />;
}
