import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** Builds the bench-only vis-timeline page; the bench serves it at /vis-timeline/ of its build. */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/vis-timeline/",
  logLevel: "warn",
  // vis-timeline with its bundled moment.js and vis-data is one large chunk, and that is fine here.
  build: { emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});
