/** What a result or target cell says, once read. */

export type Comparator = ">" | ">=" | "<" | "<=";

export type Dimension =
  /** A share, in percent (94 means 94 %). */
  | "percent"
  /** A time span; `unit` says which one. */
  | "duration"
  /** A count or a rate of things ("14", "6 usagers par jour", "4 exercices/an"). */
  | "count"
  /** A mark on a scale ("2,75 sur 5", "8/10"); `scale` holds the maximum. */
  | "score";

export type DurationUnit = "secondes" | "minutes" | "heures" | "jours";

export interface Quantity {
  readonly value: number;
  readonly dimension: Dimension;
  /**
   * The unit as shown and as given in the JSON: "%" for a percent, a DurationUnit for a duration,
   * the noun as written for a count ("usagers par jour", "exercices/an"), null for a bare number.
   */
  readonly unit: string | null;
  /** Durations: "jours ouvrés" and the like. */
  readonly workingDays?: boolean;
  /** Scores: the top of the scale (5 for "2,75 sur 5"). */
  readonly scale?: number;
  /**
   * True when the cell gave a bare number with nothing to say what it measures
   * (94, 0.94 in a General cell, 14): the analysis decides from the target and the name.
   */
  readonly bare: boolean;
}

export interface Target extends Quantity {
  readonly comparator: Comparator | null;
  /** "100 % en 1 h": the time limit that goes with the rate. */
  readonly within?: Quantity;
}

export type Parsed<T> =
  | { readonly kind: "empty" }
  | { readonly kind: "not_applicable"; readonly raw: string }
  | { readonly kind: "excel_error"; readonly raw: string }
  /** formulaLike: text starting with =, +, - or @ that is not a value. */
  | { readonly kind: "unreadable"; readonly raw: string; readonly formulaLike: boolean }
  | { readonly kind: "value"; readonly raw: string; readonly quantity: T };

export type ParsedResult = Parsed<Quantity>;
export type ParsedTarget = Parsed<Target>;
