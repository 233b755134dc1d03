/**
 * A function of a text with its answers remembered: a workbook repeats the same labels and values on every
 * row and every year's sheet. Up to `limit` texts are kept, then forgotten all at once; a text longer than
 * `longest` characters (a note, a pasted paragraph) is never kept.
 */
export function rememberedByText<T>(compute: (text: string) => T, limit = 20_000, longest = 256): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > longest) return compute(text);
    const found = known.get(text);
    if (found !== undefined || known.has(text)) return found as T;
    if (known.size >= limit) known.clear();
    const answer = compute(text);
    known.set(text, answer);
    return answer;
  };
}
