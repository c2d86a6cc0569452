import { QueryClientProvider } from "@tanstack/react-query";
// The DOM build of the provider lets `navigate(…, { flushSync: true })` render at once.
import { RouterProvider } from "react-router/dom";
import { createQueryClient } from "@/app/query-client";
import { createAppRouter } from "@/app/router";

const queryClient = createQueryClient();
const router = createAppRouter();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
