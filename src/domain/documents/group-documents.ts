/**
 * Mentions of policy documents across briefs, grouped into documents (one identity however often
 * a brief mentions it) and documents into families (the stages of one policy). Grouping follows
 * only what the data states: an equal document number, an equal Chinese title, an equal title of
 * the measures concerned, or an explicit link; nothing is merged on a likeness.
 */
import {
  familyTitle,
  normaliseDocumentNumber,
  stageStatedInTitle,
  type DocumentStage,
} from "./document-keys";

export interface DocumentMention {
  id: string;
  titleZh: string | null;
  number: string | null;
  /** The stage as annotated; the title's own words are read when this is absent. */
  stage?: DocumentStage | null;
  /** Ids of other mentions an annotation says name the same document. */
  sameAs?: readonly string[];
  /** Ids of other mentions an annotation says are stages of the same policy. */
  familyOf?: readonly string[];
}

export interface GroupedDocument {
  /** The id of its first mention, in the order given. */
  id: string;
  mentionIds: string[];
  /** The stage stated by a title or an annotation; null when none states it. */
  stage: DocumentStage | null;
  familyId: string;
}

export interface DocumentGroups {
  documents: GroupedDocument[];
  documentOf: Map<string, GroupedDocument>;
  /** Family id → its documents, in the order of their first mention. */
  families: Map<string, GroupedDocument[]>;
}

/** Disjoint sets over indexes, with path halving. */
function createUnion(size: number) {
  const parent = Array.from({ length: size }, (_, index) => index);
  const find = (index: number): number => {
    let at = index;
    while (parent[at] !== at) {
      const up = parent[at] ?? at;
      parent[at] = parent[up] ?? up;
      at = parent[at] ?? at;
    }
    return at;
  };
  const join = (a: number, b: number) => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  };
  return { find, join };
}

/** Joins every pair of indexes that share a key, in one pass. */
function joinByKey(keys: readonly (string | null)[], join: (a: number, b: number) => void): void {
  const first = new Map<string, number>();
  keys.forEach((key, index) => {
    if (key === null || key === "") return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else join(seen, index);
  });
}

function joinLinks(
  mentions: readonly DocumentMention[],
  links: (mention: DocumentMention) => readonly string[] | undefined,
  indexOf: Map<string, number>,
  join: (a: number, b: number) => void,
): void {
  mentions.forEach((mention, index) => {
    for (const other of links(mention) ?? []) {
      const otherIndex = indexOf.get(other);
      if (otherIndex !== undefined) join(index, otherIndex);
    }
  });
}

function stageOf(mention: DocumentMention): DocumentStage | null {
  return mention.stage ?? (mention.titleZh ? stageStatedInTitle(mention.titleZh) : null);
}

/**
 * Joins mentions of one title and stage ("关于印发《X》的通知" and "X" are one document), except
 * two that carry different document numbers: those are different documents of the same name.
 */
function joinByTitle(
  titleKeys: readonly (string | null)[],
  numbers: readonly (string | null)[],
  join: (a: number, b: number) => void,
): void {
  const anchors = new Map<string, { index: number; number: string | null }[]>();
  titleKeys.forEach((key, index) => {
    if (key === null) return;
    const number = numbers[index] ?? null;
    const candidates = anchors.get(key) ?? [];
    const anchor = candidates.find(
      (c) => c.number === null || number === null || c.number === number,
    );
    if (!anchor) {
      candidates.push({ index, number });
      anchors.set(key, candidates);
      return;
    }
    join(anchor.index, index);
    anchor.number ??= number;
  });
}

/** Groups mentions into documents and families. Linear in the number of mentions. */
export function groupDocuments(mentions: readonly DocumentMention[]): DocumentGroups {
  const indexOf = new Map(mentions.map((mention, index) => [mention.id, index]));
  const numbers = mentions.map((m) => (m.number ? normaliseDocumentNumber(m.number) : null));
  const families = mentions.map((m) => (m.titleZh ? familyTitle(m.titleZh) : null));
  const stages = mentions.map(stageOf);
  const same = createUnion(mentions.length);
  joinByKey(numbers, same.join);
  joinByTitle(
    families.map((title, index) => (title === null ? null : `${title}|${stages[index] ?? ""}`)),
    numbers,
    same.join,
  );
  joinLinks(mentions, (m) => m.sameAs, indexOf, same.join);

  const family = createUnion(mentions.length);
  mentions.forEach((_, index) => family.join(index, same.find(index)));
  joinByKey(families, family.join);
  joinLinks(mentions, (m) => m.familyOf, indexOf, family.join);

  const byRoot = new Map<number, GroupedDocument>();
  const documentOf = new Map<string, GroupedDocument>();
  const familyMembers = new Map<string, GroupedDocument[]>();
  mentions.forEach((mention, index) => {
    const root = same.find(index);
    let document = byRoot.get(root);
    if (!document) {
      const familyId = mentions[family.find(index)]?.id ?? mention.id;
      document = { id: mention.id, mentionIds: [], stage: null, familyId };
      byRoot.set(root, document);
      const members = familyMembers.get(familyId) ?? [];
      members.push(document);
      familyMembers.set(familyId, members);
    }
    document.mentionIds.push(mention.id);
    document.stage ??= stages[index] ?? null;
    documentOf.set(mention.id, document);
  });
  return { documents: [...byRoot.values()], documentOf, families: familyMembers };
}
