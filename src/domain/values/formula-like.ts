/** Text that Excel could take for a formula: it starts with "=", "+", "-" or "@". */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text.trim());
}
