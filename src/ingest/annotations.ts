/**
 * Annotations: the facts a brief's text does not state, kept in one reviewed file per brief
 * (data/annotations/<brief-id>.json). Each entry says which item it is for and, in `note`, why.
 * Fields set here are listed in the record's `annotated` field so the app can mark them.
 */
import { z } from "zod";
import { DEAL_KINDS } from "@/core/deal-kinds";
import { ISSUING_BODY_KINDS } from "@/core/body-kinds";
import { IsoDateSchema, SlugSchema } from "@/data/schema";
import { DOCUMENT_STAGES } from "@/domain/documents/document-keys";

const Note = z.string().optional().describe("Why this annotation is right, for reviewers.");
const Sectors = z.array(SlugSchema).min(1).optional();
const ResolvesTo = SlugSchema.optional().describe(
  "Id of the registry entry this printed name means; the name is read as one of its names.",
);

/** What makes a policy item one document with items of other briefs (see the ingest report). */
const DocumentIdentity = {
  stage: z
    .enum(DOCUMENT_STAGES)
    .optional()
    .describe("The stage, where the brief's words do not state it."),
  sameAs: z
    .array(SlugSchema)
    .min(1)
    .optional()
    .describe("Ids of items in earlier briefs that report the same document."),
  familyOf: z
    .array(SlugSchema)
    .min(1)
    .optional()
    .describe("Ids of items in earlier briefs that report other stages of the same policy."),
};

export const AnnotationsSchema = z.strictObject({
  brief: SlugSchema.describe("Id of the brief these annotations are for."),
  about: z.string().optional(),
  header: z
    .strictObject({
      publishedOn: IsoDateSchema,
      reportingPeriod: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }),
      note: Note,
    })
    .optional()
    .describe(
      "The publication date and reporting period, for a text without its header line (a copied web page).",
    ),
  top5: z
    .array(
      z.strictObject({
        rank: z.number().int().min(1).max(5),
        id: SlugSchema.optional().describe("Pins the item's id so its URL stays stable."),
        sectors: Sectors,
        document: z
          .strictObject({
            titleEn: z.string().trim().min(1).optional(),
            titleZh: z.string().trim().min(1).optional(),
            issuers: z
              .string()
              .trim()
              .min(1)
              .optional()
              .describe("The issuing bodies as an 'Issuing bodies:' line would list them."),
            date: IsoDateSchema.optional(),
          })
          .optional()
          .describe("The document's facts, for an item copied without its Article/Date lines."),
        ...DocumentIdentity,
        note: Note,
      }),
    )
    .default([]),
  policyNews: z
    .array(
      z.strictObject({
        match: z.string().min(1).describe("The start of the item's text, as printed."),
        id: SlugSchema.optional(),
        sectors: Sectors,
        document: z
          .strictObject({
            titleZh: z.string().trim().min(1).optional(),
            number: z.string().trim().min(1).optional(),
          })
          .optional()
          .describe("The Chinese title or number of the document the item reports."),
        ...DocumentIdentity,
        note: Note,
      }),
    )
    .default([]),
  corporateNews: z
    .array(
      z.strictObject({
        match: z.string().min(1),
        id: SlugSchema.optional(),
        dealKind: z.enum(DEAL_KINDS).optional(),
        sectors: Sectors,
        location: z
          .strictObject({
            country: z
              .string()
              .regex(/^[A-Z]{2}$/)
              .optional()
              .describe("The country it happens in, where the item's words do not name it."),
            city: z
              .string()
              .trim()
              .min(1)
              .optional()
              .describe("The city the item's text names as the place, spelt as printed."),
          })
          .optional()
          .describe("Where the news happens; a city must be in the item's text."),
        note: Note,
      }),
    )
    .default([]),
  targets: z
    .array(
      z.strictObject({
        id: SlugSchema.describe("The target's id: the policy id and -t1, -t2, … by bullet."),
        metrics: z
          .array(z.string().trim().min(1).nullable())
          .optional()
          .describe(
            "Metric of each of the target's figures in order; null keeps the brief's words.",
          ),
        sector: SlugSchema.optional(),
        note: Note,
      }),
    )
    .default([]),
  companies: z
    .array(
      z.strictObject({
        name: z.string().min(1).describe("The name as printed in the brief."),
        resolvesTo: ResolvesTo,
        nameEn: z
          .string()
          .trim()
          .min(1)
          .optional()
          .describe("The company's name, where the printed one is not it."),
        nameZh: z.string().trim().min(1).optional(),
        country: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .optional(),
        note: z.string().min(1).describe("Where these facts come from."),
      }),
    )
    .default([])
    .describe(
      "Companies the registry lacks: the one in the registry the name means, or the new company's names and home country.",
    ),
  issuingBodies: z
    .array(
      z.strictObject({
        name: z.string().min(1).describe("The name or acronym as printed in the brief."),
        resolvesTo: ResolvesTo,
        acronym: z.string().min(1).optional(),
        nameEn: z.string().min(1).optional(),
        nameZh: z.string().min(1).optional(),
        kind: z.enum(ISSUING_BODY_KINDS).optional(),
        note: Note,
      }),
    )
    .default([])
    .describe(
      "Issuing bodies the registry lacks: the one in the registry the name means, or the new body's missing fields.",
    ),
});

export type Annotations = z.infer<typeof AnnotationsSchema>;

/** No annotations: what a brief gets when its file does not exist. */
export function emptyAnnotations(brief: string): Annotations {
  return {
    brief,
    top5: [],
    policyNews: [],
    corporateNews: [],
    targets: [],
    companies: [],
    issuingBodies: [],
  };
}
