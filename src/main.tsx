import { dataBaseUrl } from "@/config/data-source";
import { startDatasetEarly } from "@/data/dataset-channel";
import "@/app/styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// The data worker starts now, while the app's code (about half a second on a 2-core machine to
// arrive and run) loads beside it: this entry holds only what starts it.
startDatasetEarly(dataBaseUrl());
import("@/app/start").then(
  ({ start }) => start(root),
  (error: unknown) => {
    root.textContent = `The app could not load (${error instanceof Error ? error.message : String(error)}); reload the page to try again.`;
  },
);
