/** Choosing what a chart or a sentence can show when a table is long. */

/** Columns a chart can show and still be read. */
export const MAX_CHART_INDICATORS = 12;
/** Names a sentence of the assessment lists before "et N autres". */
export const MAX_NAMES_IN_SENTENCE = 5;
/** Sentences about changes the assessment gives before pointing to the table. */
export const MAX_CHANGE_SENTENCES = 8;

/** The `limit` items of greatest weight (the earlier first on a tie), kept in their original order. */
export function mostTelling<T>(items: readonly T[], weight: (item: T) => number, limit: number): T[] {
  if (items.length <= limit) return [...items];
  const chosen = new Set(
    items
      .map((item, index) => ({ index, weight: weight(item) }))
      .sort((a, b) => b.weight - a.weight || a.index - b.index)
      .slice(0, limit)
      .map((entry) => entry.index),
  );
  return items.filter((_, index) => chosen.has(index));
}
