import type { ReactNode } from "react";
import { BODY_KIND_LABELS, ISSUING_BODY_KINDS, type IssuingBodyKind } from "@/core/body-kinds";
import type { Registries } from "@/data/model";
import type { CompanyFile, IssuingBodyFile } from "@/data/schema";
import type { IngestReport, Proposal } from "@/ingest/report";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField, TextField } from "@/components/ui/field";
import type { CompanyEdit, IssuerEdit, ReviewEdits } from "./review-edits";

interface UnknownNamesProps {
  /** Every name the registries lacked on the first reading. */
  names: IngestReport["proposals"];
  /** Proposals still incomplete in the current reading, with what they miss. */
  open: IngestReport["proposals"];
  registries: Pick<Registries, "issuingBodies" | "companies" | "countries">;
  edits: ReviewEdits;
  onEdit: (edits: ReviewEdits) => void;
}

const FIELD_NAMES: Record<string, string> = {
  id: "an id",
  acronym: "acronym",
  nameEn: "English name",
  nameZh: "Chinese name",
  kind: "kind",
  country: "country",
};

type Mode = "new" | "registry";

/**
 * Names the registries lack: the analyst says which registry entry a name means, or fills in the
 * new entry (names, a body's kind, a company's country). Each choice becomes an annotation.
 */
export function UnknownNames({ names, open, registries, edits, onEdit }: UnknownNamesProps) {
  const total = names.issuingBodies.length + names.companies.length;
  if (total === 0) return null;
  const missingOf = (list: Proposal<object>[], name: string) =>
    list.find((proposal) => proposal.name === name)?.missing ?? [];
  return (
    <section aria-labelledby="unknown-names">
      <h2 id="unknown-names" className="text-xl font-semibold">
        Names not in the registries ({total})
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        Say which registry entry each name means, or describe it so it is added with this brief.
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        {names.issuingBodies.map((proposal) => (
          <IssuerName
            key={proposal.name}
            proposal={proposal}
            missing={missingOf(open.issuingBodies, proposal.name)}
            bodies={registries.issuingBodies}
            edit={edits.issuers[proposal.name]}
            onChange={(edit) =>
              onEdit({ ...edits, issuers: { ...edits.issuers, [proposal.name]: edit } })
            }
          />
        ))}
        {names.companies.map((proposal) => (
          <CompanyName
            key={proposal.name}
            proposal={proposal}
            missing={missingOf(open.companies, proposal.name)}
            registries={registries}
            edit={edits.companies[proposal.name]}
            onChange={(edit) =>
              onEdit({ ...edits, companies: { ...edits.companies, [proposal.name]: edit } })
            }
          />
        ))}
      </div>
    </section>
  );
}

type What = "issuing body" | "company";

/** Where a name stands after the analyst's choice, in the current reading. */
function statusOf(what: What, resolvesTo: string | undefined, missing: string[]): string {
  if (resolvesTo === "") return "Choose the registry entry it means.";
  if (resolvesTo !== undefined) return "Read as that registry entry.";
  if (missing.length > 0) {
    return `Still needed: ${missing.map((field) => FIELD_NAMES[field] ?? field).join(", ")}.`;
  }
  const registry = what === "company" ? "companies" : "issuing-bodies";
  return `Complete: added to the ${registry} registry with this brief.`;
}

/** One unknown name: the registry entry it means, or (children) the fields of a new entry. */
function NameCard({
  what,
  proposal,
  missing,
  resolvesTo,
  entries,
  onResolve,
  children,
}: {
  what: What;
  proposal: Proposal<object>;
  missing: string[];
  /** undefined: a new entry; "": one in the registry, not chosen yet. */
  resolvesTo: string | undefined;
  entries: { value: string; label: string }[];
  onResolve: (resolvesTo: string | undefined) => void;
  children: ReactNode;
}) {
  const mode: Mode = resolvesTo === undefined ? "new" : "registry";
  return (
    <fieldset className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
      <legend className="px-1 font-medium">
        {`Unknown ${what} “${proposal.name}”`}
        {proposal.line !== null && `, line ${proposal.line}`}
      </legend>
      <ChoiceGroup
        label="It is"
        value={mode}
        onChange={(next) => onResolve(next === "registry" ? "" : undefined)}
        options={[
          { value: "new", label: `A new ${what}` },
          { value: "registry", label: "One in the registry" },
        ]}
      />
      <div className="flex flex-wrap gap-3">
        {mode === "registry" ? (
          <SelectField
            label="Registry entry"
            value={resolvesTo ?? ""}
            options={entries}
            onChange={onResolve}
          />
        ) : (
          children
        )}
      </div>
      <p className="mt-3 text-sm" aria-live="polite">
        {statusOf(what, resolvesTo, missing)}
      </p>
    </fieldset>
  );
}

function IssuerName({
  proposal,
  missing,
  bodies,
  edit,
  onChange,
}: {
  proposal: Proposal<IssuingBodyFile>;
  missing: string[];
  bodies: Registries["issuingBodies"];
  edit: IssuerEdit | undefined;
  onChange: (edit: IssuerEdit) => void;
}) {
  const shown = (field: "acronym" | "nameEn" | "nameZh") =>
    edit?.[field] ?? proposal.record[field] ?? "";
  const set = (field: keyof IssuerEdit, value: string) =>
    onChange({ ...edit, resolvesTo: undefined, [field]: value });
  return (
    <NameCard
      what="issuing body"
      proposal={proposal}
      missing={missing}
      resolvesTo={edit?.resolvesTo}
      entries={bodies.map((body) => ({
        value: body.id,
        label: `${body.acronym} — ${body.nameEn}`,
      }))}
      onResolve={(resolvesTo) => onChange({ ...edit, resolvesTo })}
    >
      <TextField label="Acronym" value={shown("acronym")} onChange={(v) => set("acronym", v)} />
      <TextField label="English name" value={shown("nameEn")} onChange={(v) => set("nameEn", v)} />
      <TextField
        label="Chinese name"
        lang="zh-CN"
        value={shown("nameZh")}
        onChange={(v) => set("nameZh", v)}
      />
      <SelectField
        label="Kind"
        value={edit?.kind ?? proposal.record.kind ?? ""}
        options={ISSUING_BODY_KINDS.map((kind) => ({
          value: kind,
          label: BODY_KIND_LABELS[kind],
        }))}
        onChange={(value) => {
          const kind = ISSUING_BODY_KINDS.find((k): k is IssuingBodyKind => k === value);
          onChange({ ...edit, resolvesTo: undefined, kind });
        }}
      />
    </NameCard>
  );
}

function CompanyName({
  proposal,
  missing,
  registries,
  edit,
  onChange,
}: {
  proposal: Proposal<CompanyFile>;
  missing: string[];
  registries: Pick<Registries, "companies" | "countries">;
  edit: CompanyEdit | undefined;
  onChange: (edit: CompanyEdit) => void;
}) {
  const set = (field: keyof CompanyEdit, value: string) =>
    onChange({ ...edit, resolvesTo: undefined, [field]: value });
  return (
    <NameCard
      what="company"
      proposal={proposal}
      missing={missing}
      resolvesTo={edit?.resolvesTo}
      entries={registries.companies.map((company) => ({ value: company.id, label: company.name }))}
      onResolve={(resolvesTo) => onChange({ ...edit, resolvesTo })}
    >
      <TextField
        label="English name"
        value={edit?.nameEn ?? proposal.record.name ?? proposal.name}
        onChange={(v) => set("nameEn", v)}
      />
      <TextField
        label="Chinese name"
        lang="zh-CN"
        value={edit?.nameZh ?? proposal.record.nameZh ?? ""}
        onChange={(v) => set("nameZh", v)}
      />
      <SelectField
        label="Country"
        value={edit?.country ?? proposal.record.country ?? ""}
        options={registries.countries.map((country) => ({
          value: country.code,
          label: country.nameEn,
        }))}
        onChange={(code) => set("country", code)}
      />
    </NameCard>
  );
}
