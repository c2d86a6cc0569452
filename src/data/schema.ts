/**
 * The data format, written once. TypeScript types are inferred from these schemas and the JSON
 * Schema files in public/data/schema/ are generated from them (npm run schema).
 */
import { z } from "zod";
import {
  isPlausibleDate,
  isValidIsoDate,
  parseCalendarDate,
  PLAUSIBLE_YEARS,
} from "@/core/calendar-date";
import { ISSUING_BODY_KINDS } from "@/core/body-kinds";
import { DEAL_KINDS } from "@/core/deal-kinds";
import { DOCUMENT_STAGES } from "@/domain/documents/document-keys";

/**
 * One wording for an absent field, whatever its type: zod's own calls a missing enum an "invalid
 * option" and a missing union "invalid input". Fields with their own message (dates) keep it.
 */
z.config({
  customError: (issue) => {
    if (issue.input !== undefined) return undefined;
    if (issue.code === "invalid_type") return `missing; expected ${issue.expected}`;
    if (issue.code === "invalid_value") {
      const values = issue.values.map((value) => JSON.stringify(value));
      return `missing; expected ${values.length === 1 ? values[0] : `one of ${values.join(" | ")}`}`;
    }
    return issue.code === "invalid_union" ? "missing" : undefined;
  },
});

/** Readable, stable identifiers used in URLs: lower-case words joined by hyphens. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `expected a slug like "miit" or "2023-04-14-foundry-forging", got ${JSON.stringify(issue.input)}`,
  })
  .describe("A stable, readable identifier: lower-case letters, digits and hyphens.");

/** A calendar date in ISO form with day, month or year precision: 2023-04-06, 2023-04 or 2023. */
export const IsoDateSchema = z
  .string({
    error: (issue) => `expected a date like 2023-04-06, got ${describeInput(issue.input)}`,
  })
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
    abort: true,
    error: (issue) => `expected a date like 2023-04-06, got ${describeInput(issue.input)}`,
  })
  .refine(isValidIsoDate, {
    abort: true,
    error: (issue) => `expected a date like 2023-04-06, got ${describeInput(issue.input)}`,
  })
  .refine((iso) => isPlausibleIso(iso), {
    error: (issue) =>
      `${describeInput(issue.input)} is outside the plausible years ${PLAUSIBLE_YEARS.first}–${PLAUSIBLE_YEARS.last}; check the year`,
  })
  .describe(
    `A date as YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known; years ${PLAUSIBLE_YEARS.first}–${PLAUSIBLE_YEARS.last}.`,
  );

function isPlausibleIso(iso: string): boolean {
  const date = parseCalendarDate(iso);
  return date !== null && isPlausibleDate(date);
}

const TextSchema = z.string().trim().min(1, { error: "expected text, got an empty string" });

export const SourceLinkSchema = z
  .strictObject({
    label: TextSchema.describe("The source label as printed, e.g. 'MIIT notice'."),
    url: z
      .string()
      .optional()
      .describe("The source's address when it is known. Leave it out rather than invent one."),
  })
  .describe("A source reference. Briefs extracted from PDF lost their URLs: keep only the label.");

export const PersonSchema = z.strictObject({
  name: TextSchema,
  role: z.string().trim().describe("Job title as printed, e.g. 'Analyst, MERICS'."),
});

/** Names of fields whose value comes from public knowledge rather than the brief's own words. */
const AnnotatedSchema = z
  .array(z.string())
  .default([])
  .describe(
    "Fields of this record that are annotations from public knowledge, not stated by the brief.",
  );

const DocumentStageSchema = z
  .enum(DOCUMENT_STAGES)
  .describe("The stage of the policy: draft for comment, issued, or implementation rules.");

export const DocumentSchema = z.strictObject({
  titleEn: TextSchema.describe("The document's English title as given in the brief."),
  titleZh: z.string().trim().min(1).nullable().describe("The document's Chinese title, if given."),
  number: z.string().optional().describe("Document number such as 国办发〔2013〕1号."),
  stage: DocumentStageSchema.optional(),
});

/** The document a policy news item is about, where the brief (or an annotation) names it. */
export const NewsDocumentSchema = DocumentSchema.extend({
  titleEn: TextSchema.optional().describe("The document's English title, if given."),
});

/** Links between mentions of one policy in different briefs, set by annotations. */
const documentLinks = {
  sameAs: z
    .array(SlugSchema)
    .optional()
    .describe("Ids of policy items (in any brief) that report the same document."),
  familyOf: z
    .array(SlugSchema)
    .optional()
    .describe("Ids of policy items reporting other stages of the same policy."),
};

export const Top5ItemSchema = z.strictObject({
  id: SlugSchema,
  rank: z.number().int().min(1).max(5),
  headline: TextSchema,
  atAGlance: TextSchema.describe("The 'At a glance' paragraph, up to the bullet list."),
  bullets: z.array(TextSchema).describe("The bullet points, in order."),
  details: z
    .array(TextSchema)
    .default([])
    .describe("Paragraphs between the bullet list and the comment, if any."),
  comment: z.array(TextSchema).min(1).describe("The MERICS comment, one string per paragraph."),
  document: DocumentSchema,
  issuingBodies: z.array(SlugSchema).min(1).describe("Issuing body ids, in the order given."),
  date: IsoDateSchema,
  sectors: z.array(SlugSchema).default([]),
  sources: z.array(SourceLinkSchema).default([]),
  ...documentLinks,
  references: z
    .array(SourceLinkSchema)
    .default([])
    .describe("Links inside the text (comment, bullets), by label, in order of appearance."),
  annotated: AnnotatedSchema,
});

export const PolicyNewsSchema = z.strictObject({
  id: SlugSchema,
  date: IsoDateSchema,
  issuingBodies: z.array(SlugSchema).min(1),
  text: TextSchema,
  document: NewsDocumentSchema.optional(),
  sectors: z.array(SlugSchema).default([]),
  sources: z.array(SourceLinkSchema).default([]),
  ...documentLinks,
  annotated: AnnotatedSchema,
});

/** A policy document listed without commentary, e.g. a row of an analyst's spreadsheet. */
export const PolicyDocumentSchema = z
  .strictObject({
    id: SlugSchema,
    date: IsoDateSchema.describe(
      "Issue date; YYYY-MM or YYYY when only the month or year is known.",
    ),
    issuingBodies: z.array(SlugSchema).min(1).describe("Issuing body ids, lead issuer first."),
    titleZh: z
      .string()
      .trim()
      .min(1)
      .nullable()
      .describe("The document's Chinese title, if known."),
    titleEn: z
      .string()
      .trim()
      .min(1)
      .nullable()
      .describe("The document's English title, if known."),
    number: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("Document number such as 国办发〔2013〕1号."),
    sectors: z.array(SlugSchema).default([]),
    sources: z.array(SourceLinkSchema).default([]),
    annotated: AnnotatedSchema,
  })
  .refine((document) => document.titleZh !== null || document.titleEn !== null, {
    error: "a document needs a Chinese or an English title",
    path: ["titleZh"],
  });

const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: "expected an ISO 3166-1 alpha-2 code such as DE" })
  .describe("ISO 3166-1 alpha-2 code.");

/** Where a corporate news item happens, which need not be any of its companies' home countries. */
export const NewsLocationSchema = z
  .strictObject({
    country: CountryCodeSchema.describe("The country it happens in: ISO 3166-1 alpha-2 code."),
    city: TextSchema.optional().describe("The city, where the brief names one."),
    words: TextSchema.optional().describe(
      "The brief's words that state the place, e.g. 'in Shanghai'; absent when it is an annotation.",
    ),
  })
  .describe(
    "Where the news happens (Tesla's factory in Shanghai, China), not where the company is from.",
  );

export const CorporateNewsSchema = z.strictObject({
  id: SlugSchema,
  date: IsoDateSchema,
  text: TextSchema,
  companies: z.array(SlugSchema).min(1).describe("Company ids of every company the item names."),
  location: NewsLocationSchema.optional(),
  dealKind: z.enum(DEAL_KINDS),
  sectors: z.array(SlugSchema).default([]),
  sources: z.array(SourceLinkSchema).default([]),
  annotated: AnnotatedSchema,
});

export const TARGET_DIRECTIONS = ["increase", "reduce", "reach"] as const;
export const TARGET_QUALIFIERS = [
  "more than",
  "over",
  "about",
  "at least",
  "up to",
  "less than",
] as const;
export const DURATION_UNITS = ["day", "week", "month", "year"] as const;

/** One figure a target sets: "reduce … by more than 30 percent compared to 2020". */
export const TargetQuantitySchema = z.strictObject({
  metric: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe("What is measured, in the brief's words where it names it."),
  value: z.number(),
  unit: z.string().trim().min(1).optional().describe("'percent' or a counted noun: 'cities'."),
  direction: z.enum(TARGET_DIRECTIONS),
  qualifier: z.enum(TARGET_QUALIFIERS).optional(),
  baselineYear: z.number().int().min(1900).max(2200).optional(),
});

export const TargetSchema = z.strictObject({
  id: SlugSchema,
  policy: SlugSchema.describe("Id of the Top 5 item or policy news item that sets the target."),
  text: TextSchema.describe("The target as printed: one bullet (or news clause), one target."),
  sector: SlugSchema,
  targetYear: z
    .number()
    .int()
    .min(1900)
    .max(2200)
    .nullable()
    .describe("The deadline: the year by which the policy wants the target met."),
  targetYearBasis: z
    .enum(["explicit", "horizon"])
    .nullable()
    .describe("explicit: the sentence names the year; horizon: the policy's stated horizon."),
  quantities: z
    .array(TargetQuantitySchema)
    .default([])
    .describe("Every figure the target sets, in the order printed; none for a qualitative one."),
  timeLimit: z
    .strictObject({
      duty: TextSchema.optional().describe("What must be done in time, as printed."),
      amount: z.number().positive(),
      unit: z.enum(DURATION_UNITS),
    })
    .optional()
    .describe(
      "A time limit on someone's duty ('update the algorithm within three months'); not a deadline.",
    ),
  annotated: AnnotatedSchema.describe(
    "Fields of this record that are annotations, e.g. 'sector' or 'quantities[0].metric'.",
  ),
});

export const TOP5_MAX_ITEMS = 5;

export const BriefSchema = z.strictObject({
  $schema: z.string().optional(),
  id: SlugSchema,
  series: TextSchema.describe("e.g. 'MERICS China Industries'; synthetic data says so here."),
  publishedOn: IsoDateSchema,
  reportingPeriod: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }),
  authors: z.array(PersonSchema).default([]),
  editors: z.array(PersonSchema).default([]),
  top5: z
    .array(Top5ItemSchema)
    .max(TOP5_MAX_ITEMS)
    .superRefine((items, ctx) =>
      repeatedRanks(items).forEach(({ at, message }) =>
        ctx.addIssue({ code: "custom", path: [at, "rank"], message }),
      ),
    ),
  policyNews: z.array(PolicyNewsSchema).default([]),
  corporateNews: z.array(CorporateNewsSchema).default([]),
  targets: z.array(TargetSchema).default([]),
  documents: z
    .array(PolicyDocumentSchema)
    .default([])
    .describe("Policy documents without commentary, e.g. imported from a spreadsheet."),
});

export const IssuingBodySchema = z.strictObject({
  id: SlugSchema,
  acronym: TextSchema,
  nameEn: TextSchema,
  nameZh: TextSchema,
  aliases: z.array(TextSchema).default([]).describe("Other names and short forms, any language."),
  kind: z.enum(ISSUING_BODY_KINDS),
});

export const CountrySchema = z.strictObject({
  code: CountryCodeSchema,
  nameEn: TextSchema,
  nameZh: TextSchema,
  demonyms: z.array(TextSchema).default([]).describe("Nationality words, e.g. 'German'."),
});

export const CompanySchema = z.strictObject({
  id: SlugSchema,
  name: TextSchema,
  nameZh: z.string().trim().min(1).optional(),
  aliases: z.array(TextSchema).default([]),
  country: z.string().regex(/^[A-Z]{2}$/, { error: "expected an ISO 3166-1 alpha-2 code" }),
  parent: SlugSchema.optional().describe("Id of the parent company, e.g. Cariad → volkswagen."),
  note: z.string().optional().describe("Why an annotated fact was chosen, for reviewers."),
  annotated: AnnotatedSchema,
});

export const SectorSchema = z.strictObject({
  id: SlugSchema,
  nameEn: TextSchema,
  nameZh: TextSchema,
});

export const IssuingBodiesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  issuingBodies: z.array(IssuingBodySchema),
});
export const CompaniesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  companies: z.array(CompanySchema),
});
export const CountriesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  countries: z.array(CountrySchema),
});
export const SectorsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  sectors: z.array(SectorSchema),
});

export const ManifestSchema = z.strictObject({
  $schema: z.string().optional(),
  synthetic: z
    .boolean()
    .default(false)
    .describe("True for generated scale data; the app then labels every view as synthetic."),
  registries: z.strictObject({
    issuingBodies: z.string().min(1),
    companies: z.string().min(1),
    countries: z.string().min(1),
    sectors: z.string().min(1),
  }),
  briefs: z.array(z.string().min(1)).describe("Brief files, relative to this manifest."),
  revision: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "must be 64 lower-case hex digits (a SHA-256)")
    .optional()
    .describe(
      "SHA-256 of every listed file, written by `npm run ingest` and `npm run generate`. A repeat " +
        "visit reuses the dataset kept in the browser only while it matches; without it every visit " +
        "loads the files.",
    ),
});

export type BriefFile = z.infer<typeof BriefSchema>;
export type Top5ItemFile = z.infer<typeof Top5ItemSchema>;
export type PolicyNewsFile = z.infer<typeof PolicyNewsSchema>;
export type PolicyDocumentFile = z.infer<typeof PolicyDocumentSchema>;
export type CorporateNewsFile = z.infer<typeof CorporateNewsSchema>;
export type NewsLocationFile = z.infer<typeof NewsLocationSchema>;
export type TargetFile = z.infer<typeof TargetSchema>;
export type TargetQuantityFile = z.infer<typeof TargetQuantitySchema>;
export type SourceLinkFile = z.infer<typeof SourceLinkSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type IssuingBodyFile = z.infer<typeof IssuingBodySchema>;
export type CompanyFile = z.infer<typeof CompanySchema>;
export type CountryFile = z.infer<typeof CountrySchema>;
export type SectorFile = z.infer<typeof SectorSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];
export type TargetQualifier = (typeof TARGET_QUALIFIERS)[number];

function describeInput(input: unknown): string {
  if (input === undefined) return "nothing";
  if (typeof input === "string") return `'${input}'`;
  return JSON.stringify(input) ?? typeof input;
}

/**
 * Top 5 items that repeat an earlier item's rank, by position, with the words every check uses
 * (the whole-file schema here, the loader item by item); null stands for an unreadable item.
 */
export function repeatedRanks(
  top5: readonly ({ rank: number } | null)[],
): { at: number; message: string }[] {
  const firstAt = new Map<number, number>();
  return top5.flatMap((item, at) => {
    if (!item) return [];
    const first = firstAt.get(item.rank);
    if (first === undefined) {
      firstAt.set(item.rank, at);
      return [];
    }
    return [{ at, message: `rank ${item.rank} is also given to top5[${first}]` }];
  });
}
