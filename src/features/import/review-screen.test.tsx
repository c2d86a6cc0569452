import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@/data/model";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { readBriefText } from "./read-brief";
import { NO_EDITS, type ReviewEdits } from "./review-edits";
import { ReviewScreen } from "./review-screen";
import { toIngestRegistries } from "./to-ingest-registries";

const POLICIES = 30;
/** A brief with more items than the review draws at once: 30 policy news, 2 corporate news. */
const TEXT = [
  "JUNE 7, 2023 (REPORTING PERIOD: APRIL 25 - JUNE 2)",
  "",
  "Policy news",
  "",
  ...Array.from(
    { length: POLICIES },
    (_, at) =>
      `- *May ${at + 1}:* The MIIT published notice number ${at + 1} for this test ([MIIT notice](#))`,
  ),
  "",
  "Corporate news",
  "",
  "- *May 4:* Huawei agreed to supply batteries to a test buyer ([Test article](#))",
  "- *May 5:* Huawei opened a test plant ([Test article](#))",
].join("\n");

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadShippedDataset();
});

function Review() {
  const [read] = useState(() => readBriefText(TEXT, toIngestRegistries(dataset.registries)));
  const [edits, setEdits] = useState<ReviewEdits>(NO_EDITS);
  if (!read.result.ok) throw new Error(read.result.error);
  return (
    <ReviewScreen
      lines={TEXT.split("\n")}
      brief={read.result.brief}
      report={read.result.report}
      unknownNames={read.unknownNames}
      registries={dataset.registries}
      edits={edits}
      onEdit={setEdits}
    />
  );
}

const section = (name: string, busy: boolean) =>
  screen.getByRole("region", { name: `${name} items`, busy });
/** The items drawn in a section (named by their date), not their source lines. */
const itemsIn = (name: string, busy: boolean) =>
  within(section(name, busy)).queryAllByRole("listitem", { name: /^2023-05-\d\d$/ });

describe("the review screen of a long brief", () => {
  it("draws the summary at once and the items in later parts, busy until all are in", async () => {
    render(<Review />);
    expect(
      screen.getByText("Found 0 Top 5 items, 30 policy news items and 2 corporate news items."),
    ).toBeVisible();
    expect(itemsIn("Policy news", true)).toEqual([]);
    expect(itemsIn("Corporate news", true)).toEqual([]);
    // The first items arrive while later ones are still to come.
    await waitFor(() => expect(itemsIn("Policy news", true).length).toBeGreaterThan(0));
    expect(itemsIn("Policy news", true).length).toBeLessThan(POLICIES);

    await waitFor(() => expect(section("Corporate news", false)).toBeInTheDocument(), {
      timeout: 20_000,
    });
    expect(itemsIn("Policy news", false)).toHaveLength(POLICIES);
    expect(itemsIn("Corporate news", false)).toHaveLength(2);
    expect(screen.getByRole("listitem", { name: "2023-05-30" })).toHaveTextContent(
      "notice number 30",
    );
  });

  it("reaches the last item's controls with the keyboard once it is drawn", async () => {
    const user = userEvent.setup();
    render(<Review />);
    await waitFor(() => expect(section("Corporate news", false)).toBeInTheDocument(), {
      timeout: 20_000,
    });
    const last = itemsIn("Corporate news", false).at(-1);
    if (!last) throw new Error("no corporate news item");
    const leaveOut = within(last).getByRole("checkbox", { name: "Leave this item out" });
    // Tab until focus arrives, as a keyboard user would; the focused element is what is compared.
    // eslint-disable-next-line testing-library/no-node-access
    for (let presses = 0; presses < 200 && document.activeElement !== leaveOut; presses++) {
      await user.tab();
    }
    expect(leaveOut).toHaveFocus();
    await user.keyboard(" ");
    expect(leaveOut).toBeChecked();
  });
});
