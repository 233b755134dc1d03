/** Pieces of a number format section: format codes and the literal text around them. */

export interface Token {
  readonly kind: "code" | "literal";
  readonly text: string;
}
