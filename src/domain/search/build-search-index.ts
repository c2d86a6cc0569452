import type { Dataset } from "@/data/model";
import { buildAliasTable, findAliasMentions, type AliasTable } from "@/domain/search/aliases";
import {
  FIELD_KINDS,
  SEARCH_KINDS,
  listSearchRecords,
  toSearchDocument,
  type SearchRecord,
} from "@/domain/search/search-documents";
import { PostingStore, TermCounter, type Postings } from "@/domain/search/posting-store";
import { scanTerms } from "@/domain/search/tokenise";

/**
 * An inverted index over every searchable record. Weights are computed once at build time
 * (BM25 saturation per field, times the field's boost), so a query only adds numbers up.
 */
export interface SearchIndex {
  records: readonly SearchRecord[];
  /** Each record's kind as its position in SEARCH_KINDS. */
  kinds: Uint8Array;
  issuerIds: readonly (readonly string[])[];
  sectorIds: readonly (readonly string[])[];
  /** First and last day ordinal of each record's date; NO_DATE when it has none. */
  dateStart: Int32Array;
  dateEnd: Int32Array;
  termIds: ReadonlyMap<string, number>;
  postings: readonly Postings[];
  /** Every term, sorted, for prefix lookups by binary search. */
  sortedTerms: readonly string[];
  /** Latin terms by length, for typo tolerance. */
  termsByLength: ReadonlyMap<number, readonly string[]>;
  aliases: AliasTable;
}

export const NO_DATE = -2_147_483_648;
const K1 = 1.2;
const B = 0.75;
const FUZZY_CANDIDATE = /^[a-z]{3,}$/;

/** The postings of `term`, if any record has it. */
export function postingsOf(index: SearchIndex, term: string): Postings | undefined {
  const id = index.termIds.get(term);
  return id === undefined ? undefined : index.postings[id];
}

/** Builds the index a batch at a time, so a caller can yield to the browser between batches. */
export interface SearchIndexBuilder {
  readonly size: number;
  /** Indexes up to `count` more records; true once every record is indexed. */
  add(count: number): boolean;
  /** The finished index; call after `add` returned true. */
  finish(): SearchIndex;
}

export function createSearchIndexBuilder(dataset: Dataset): SearchIndexBuilder {
  const records = listSearchRecords(dataset);
  const aliases = buildAliasTable(dataset.registries);
  const size = records.length;
  const kinds = new Uint8Array(size);
  const issuerIds: (readonly string[])[] = [];
  const sectorIds: (readonly string[])[] = [];
  const dateStart = new Int32Array(size).fill(NO_DATE);
  const dateEnd = new Int32Array(size).fill(NO_DATE);
  const termIds = new Map<string, number>();
  const store = new PostingStore();
  const fieldCounts = new TermCounter();
  const docWeights = new TermCounter();
  const terms: string[] = [];
  /** The terms without run tails, in which names are looked for. */
  const phraseTerms: string[] = [];
  let next = 0;

  const intern = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
    }
    return id;
  };
  const collect = (term: string, _start: number, _end: number, isRunTail: boolean) => {
    terms.push(term);
    if (!isRunTail) phraseTerms.push(term);
  };
  /** Term ids of a text, entity keys of the names it mentions included, and its length. */
  const analyse = (text: string) => {
    terms.length = 0;
    phraseTerms.length = 0;
    scanTerms(text, collect);
    const ids = terms.map(intern);
    for (const mention of findAliasMentions(aliases, phraseTerms))
      for (const key of mention.keys) ids.push(intern(key));
    return { ids, length: terms.length };
  };
  // Registry names (issuers, companies, sectors, countries) recur in thousands of records.
  const analysed = new Map<string, { ids: number[]; length: number }>();
  const analyseShared = (text: string) => {
    let result = analysed.get(text);
    if (!result) {
      result = analyse(text);
      analysed.set(text, result);
    }
    return result;
  };

  const addDocument = (at: number, record: SearchRecord) => {
    const document = toSearchDocument(record);
    kinds[at] = SEARCH_KINDS.indexOf(record.kind);
    issuerIds.push(document.issuerIds);
    sectorIds.push(document.sectorIds);
    if (document.dates) {
      dateStart[at] = document.dates.start;
      dateEnd[at] = document.dates.end;
    }
    for (const { field, texts, keys = [] } of document.fields) {
      const { boost, typicalLength, isShared } = FIELD_KINDS[field];
      let length = 0;
      for (const list of texts) {
        for (const text of list) {
          if (!text) continue;
          const { ids, length: textLength } = isShared ? analyseShared(text) : analyse(text);
          length += textLength;
          for (const id of ids) fieldCounts.add(id, 1);
        }
      }
      for (const key of keys) fieldCounts.add(intern(key), 1);
      const norm = K1 * (1 - B + (B * length) / typicalLength);
      fieldCounts.drain((id, tf) => docWeights.add(id, (boost * tf * (K1 + 1)) / (tf + norm)));
    }
    docWeights.drain((id, weight) => store.add(id, at, weight));
  };

  return {
    size,
    add(count) {
      const stop = Math.min(size, next + count);
      for (; next < stop; next += 1) {
        const record = records[next];
        if (record) addDocument(next, record);
      }
      return next >= size;
    },
    finish() {
      const sortedTerms = [...termIds.keys()].sort();
      const termsByLength = new Map<number, string[]>();
      for (const term of sortedTerms) {
        if (!FUZZY_CANDIDATE.test(term)) continue;
        const list = termsByLength.get(term.length) ?? [];
        list.push(term);
        termsByLength.set(term.length, list);
      }
      return {
        records,
        kinds,
        issuerIds,
        sectorIds,
        dateStart,
        dateEnd,
        termIds,
        postings: store.toPostings(termIds.size),
        sortedTerms,
        termsByLength,
        aliases,
      };
    },
  };
}

/**
 * Builds the search index over every policy, target, corporate news item, company, issuing
 * body and brief in one go (the benchmarks and tests use this; the app builds in batches).
 */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const builder = createSearchIndexBuilder(dataset);
  builder.add(builder.size);
  return builder.finish();
}
