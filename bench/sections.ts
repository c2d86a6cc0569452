import { bigBriefSection } from "./sections/big-brief";
import { browserSection } from "./sections/browser";
import { bundleSection } from "./sections/bundle";
import { dataLoadSection } from "./sections/data-load";
import { dataSizeSection } from "./sections/data-size";
import { importSection } from "./sections/import";
import { lighthouseSection } from "./sections/lighthouse";
import { manyBriefsSection } from "./sections/many-briefs";
import { pureLogicSection } from "./sections/pure-logic";
import { visTimelineSection } from "./sections/vis-timeline";
import type { BenchSection } from "./types";

/**
 * Every section `npm run bench` runs, in this order. To add one, write a `BenchSection` in
 * bench/sections/<id>.ts and list it here; `--only <id>` runs it alone.
 */
export const SECTIONS: readonly BenchSection[] = [
  dataLoadSection,
  dataSizeSection,
  pureLogicSection,
  bundleSection,
  browserSection,
  bigBriefSection,
  importSection,
  visTimelineSection,
  manyBriefsSection,
  lighthouseSection,
];
