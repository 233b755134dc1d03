/** The size a value takes in a request or response, as JSON (what the 5 MB limits count). */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  return JSON.stringify(value)?.length ?? 0;
}
