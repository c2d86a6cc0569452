/**
 * How a spreadsheet's columns map to policy documents, written once per spreadsheet layout
 * (e.g. data/mappings/batke-policy-documents.json) and passed with `--map`.
 */
import { z } from "zod";
import { IsoDateSchema, PersonSchema, SlugSchema } from "@/data/schema";

const Column = z.string().min(1).describe("A column name of the CSV's header row.");

export const CsvMappingSchema = z.strictObject({
  list: z
    .strictObject({
      id: SlugSchema.describe(
        "Id of the brief file the list becomes, e.g. batke-policy-documents.",
      ),
      series: z
        .string()
        .trim()
        .min(1)
        .describe("What the list is; the app shows it as the series."),
      publishedOn: IsoDateSchema.describe("When the list was published or last updated."),
      authors: z.array(PersonSchema).default([]).describe("Who compiled the list."),
    })
    .describe("The list as a whole."),
  columns: z
    .strictObject({
      date: Column.optional().describe(
        "Issue date: 2013-01-05, 2013-01, 2013, 20130105 or January 5, 2013.",
      ),
      titleZh: Column.optional(),
      titleEn: Column.optional(),
      issuingBodies: Column.optional().describe("Issuing bodies by name, separated by 、 , or ;"),
      documentNumber: Column.optional().describe("Document number such as 国办发〔2013〕1号."),
    })
    .refine((columns) => columns.titleZh !== undefined || columns.titleEn !== undefined, {
      error: "map a titleZh or a titleEn column: a document needs a title",
    }),
  jointIssuers: z
    .strictObject({
      column: Column,
      values: z
        .record(z.string(), z.array(SlugSchema))
        .describe("Cell value → issuing body ids added."),
    })
    .optional()
    .describe(
      "A column whose values name co-issuers, e.g. joint_with_state_council → state-council.",
    ),
  issuersFromTitle: z
    .boolean()
    .default(false)
    .describe("Add the bodies named at the start of the Chinese title (中共中央、国务院关于…)."),
  dateFromDocumentNumber: z
    .boolean()
    .default(false)
    .describe("When a row has no date, date it by its document number's year (year precision)."),
});

export type CsvMapping = z.infer<typeof CsvMappingSchema>;
