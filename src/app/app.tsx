import { QueryClientProvider } from "@tanstack/react-query";
// The DOM build of the provider lets `navigate(…, { flushSync: true })` render at once.
import { RouterProvider } from "react-router/dom";
import { createQueryClient } from "@/app/query-client";
import { createAppRouter } from "@/app/router";
import { onAddedBriefsChange } from "@/data/added-briefs-store";
import { dataKeys, datasetQueryOptions } from "@/data/dataset-query";

const queryClient = createQueryClient();
// The page's code loads before the layout asks for data: ask now, so both download together.
void queryClient.prefetchQuery(datasetQueryOptions());
const router = createAppRouter();
// A brief added or removed in another tab shows or disappears here without a reload.
onAddedBriefsChange(() => void queryClient.invalidateQueries({ queryKey: dataKeys.all }));

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
