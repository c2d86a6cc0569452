import { findAliasMentions, type AliasTable } from "@/domain/search/aliases";
import { isHan, tokenise } from "@/domain/search/tokenise";

/**
 * One condition of a query; a document must meet every clause. A clause is a typed term (also
 * matched by prefix while it is being typed, or with a typo) and/or the entities it names.
 */
export interface QueryClause {
  /** The typed term; null when the clause is a name of several words ("State Council"). */
  term: string | null;
  /** The last term of a query still being typed also matches longer words. */
  isPrefix: boolean;
  /** Entities the clause names: "VW" → @company:volkswagen. */
  keys: readonly string[];
}

/** Latin prefixes shorter than this would match half the vocabulary. */
const MIN_PREFIX = 2;

/**
 * Splits a query into clauses. Names of entities (acronyms, full names, Chinese names,
 * aliases) become entity clauses, so "工业和信息化部" finds what mentions "MIIT".
 */
export function parseQuery(query: string, aliases: AliasTable): QueryClause[] {
  const terms = tokenise(query, { isQuery: true }).map((token) => token.term);
  const isTyping = query.length > 0 && !/\s$/.test(query);
  const mentions = findAliasMentions(aliases, terms);
  const clauses: QueryClause[] = [];
  let at = 0;
  for (const mention of [...mentions, null]) {
    const stop = mention ? mention.start : terms.length;
    for (; at < stop; at += 1) clauses.push(termClause(terms, at, isTyping, []));
    if (!mention) break;
    clauses.push(
      mention.length === 1
        ? termClause(terms, at, isTyping, mention.keys)
        : { term: null, isPrefix: false, keys: mention.keys },
    );
    at += mention.length;
  }
  return clauses;
}

function termClause(
  terms: readonly string[],
  at: number,
  isTyping: boolean,
  keys: readonly string[],
): QueryClause {
  const term = terms[at] ?? "";
  const isLast = at === terms.length - 1;
  const isPrefix =
    isLast && (isHan(term) ? term.length === 1 : isTyping && term.length >= MIN_PREFIX);
  return { term, isPrefix, keys };
}
