import { useState } from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@/data/model";
import type { Annotations } from "@/ingest/annotations";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { readBriefText } from "./read-brief";
import { ANNOTATION_NOTE, NO_EDITS, toAnnotations, type ReviewEdits } from "./review-edits";
import { ReviewScreen } from "./review-screen";
import { toIngestRegistries } from "./to-ingest-registries";

const TEXT = [
  "JUNE 7, 2023 (REPORTING PERIOD: APRIL 25 - JUNE 2)",
  "",
  "Policy news",
  "",
  "- *May 2:* The Ministry of Commerce (MOFCOM) published a notice for this test ([MOFCOM notice](#))",
  "",
  "Corporate news",
  "",
  "- *May 4:* Norwegian battery maker Fjordcell agreed to supply Huawei ([Test article](#))",
].join("\n");

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadShippedDataset();
});

/** The review as the import page runs it: every edit reads the text again with its annotations. */
function Review({ onAnnotations }: { onAnnotations: (annotations: Annotations) => void }) {
  const registries = toIngestRegistries(dataset.registries);
  const [first] = useState(() => readBriefText(TEXT, registries));
  const [edits, setEdits] = useState<ReviewEdits>(NO_EDITS);
  if (!first.result.ok) throw new Error(first.result.error);
  const firstBrief = first.result.brief;
  const current = readBriefText(TEXT, registries, toAnnotations(firstBrief, edits)).result;
  if (!current.ok) throw new Error(current.error);
  return (
    <ReviewScreen
      lines={TEXT.split("\n")}
      brief={firstBrief}
      report={current.report}
      unknownNames={first.unknownNames}
      registries={dataset.registries}
      edits={edits}
      onEdit={(next) => {
        setEdits(next);
        onAnnotations(toAnnotations(firstBrief, next));
      }}
    />
  );
}

/** The review with its names drawn (they follow the summary in a later part). */
async function setup() {
  let annotations: Annotations | null = null;
  render(<Review onAnnotations={(next) => (annotations = next)} />);
  await screen.findByRole("heading", { name: /^Names not in the registries/ });
  return { user: userEvent.setup(), annotations: () => annotations };
}

describe("unknown names on the review screen", () => {
  it("lists each name the registries lack, with its line and what is still needed", async () => {
    await setup();
    expect(screen.getByRole("heading", { name: "Names not in the registries (2)" })).toBeVisible();
    const body = screen.getByRole("group", { name: /Unknown issuing body “Ministry of Commerce/ });
    expect(body).toHaveAccessibleName(
      "Unknown issuing body “Ministry of Commerce (MOFCOM)”, line 5",
    );
    expect(within(body).getByLabelText("Acronym")).toHaveValue("MOFCOM");
    expect(within(body).getByLabelText("English name")).toHaveValue("Ministry of Commerce");
    expect(within(body).getByText("Still needed: Chinese name.")).toBeVisible();
    const company = screen.getByRole("group", { name: "Unknown company “Fjordcell”, line 9" });
    expect(within(company).getByText("Still needed: country.")).toBeVisible();
  });

  it("adds a new issuing body from the fields the analyst fills in, as an annotation", async () => {
    const { user, annotations } = await setup();
    const body = screen.getByRole("group", { name: /Unknown issuing body/ });
    await user.type(within(body).getByLabelText("Chinese name"), "商务部");
    expect(
      within(body).getByText("Complete: added to the issuing-bodies registry with this brief."),
    ).toBeVisible();
    expect(annotations()?.issuingBodies).toEqual([
      { name: "Ministry of Commerce (MOFCOM)", nameZh: "商务部", note: ANNOTATION_NOTE },
    ]);
  });

  it("adds a new company with its names and country", async () => {
    const { user, annotations } = await setup();
    const company = screen.getByRole("group", { name: /Unknown company/ });
    const name = within(company).getByLabelText("English name");
    await user.clear(name);
    await user.type(name, "Fjordcell AS");
    await user.type(within(company).getByLabelText("Chinese name"), "峡湾电池");
    await user.selectOptions(within(company).getByLabelText("Country"), "Sweden");
    expect(
      within(company).getByText("Complete: added to the companies registry with this brief."),
    ).toBeVisible();
    expect(annotations()?.companies).toEqual([
      {
        name: "Fjordcell",
        nameEn: "Fjordcell AS",
        nameZh: "峡湾电池",
        country: "SE",
        note: ANNOTATION_NOTE,
      },
    ]);
  });

  it("resolves a name to a registry entry, recorded as resolvesTo", async () => {
    const { user, annotations } = await setup();
    const body = screen.getByRole("group", { name: /Unknown issuing body/ });
    await user.click(within(body).getByRole("radio", { name: "One in the registry" }));
    expect(within(body).getByText("Choose the registry entry it means.")).toBeVisible();
    expect(within(body).queryByLabelText("Chinese name")).not.toBeInTheDocument();
    await user.selectOptions(
      within(body).getByLabelText("Registry entry"),
      "MOF — Ministry of Finance",
    );
    expect(within(body).getByText("Read as that registry entry.")).toBeVisible();
    expect(annotations()?.issuingBodies).toEqual([
      { name: "Ministry of Commerce (MOFCOM)", resolvesTo: "mof", note: ANNOTATION_NOTE },
    ]);
    expect(
      screen.queryByText(/unknown issuing body 'Ministry of Commerce/),
    ).not.toBeInTheDocument();
  });

  it("records nothing for a name while its registry entry is not chosen", async () => {
    const { user, annotations } = await setup();
    const company = screen.getByRole("group", { name: /Unknown company/ });
    await user.click(within(company).getByRole("radio", { name: "One in the registry" }));
    expect(annotations()?.companies).toEqual([]);
    await user.selectOptions(within(company).getByLabelText("Registry entry"), "Huawei");
    expect(annotations()?.companies).toEqual([
      { name: "Fjordcell", resolvesTo: "huawei", note: ANNOTATION_NOTE },
    ]);
  });
});
