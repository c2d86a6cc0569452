import { dataBaseUrl } from "@/config/data-source";
import { startDatasetEarly } from "@/data/dataset-channel";
import "@/app/styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// The data worker starts now, while the app's code (about half a second on a 2-core machine to
// arrive and run) loads beside it: this entry holds only what starts it.
startDatasetEarly(dataBaseUrl());
// One CJK weight (bold is synthesised) in about 100 @font-face subsets: 49 kB of CSS gzipped, six
// times the app's own styles. Loaded apart, it no longer holds up the first paint; Chinese text
// shows in a system font until it comes, and each subset is fetched only when a page needs it.
void import("@fontsource/noto-sans-sc/400.css");
import("@/app/start").then(
  ({ start }) => start(root),
  (error: unknown) => {
    root.textContent = `The app could not load (${error instanceof Error ? error.message : String(error)}); reload the page to try again.`;
  },
);
