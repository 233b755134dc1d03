/** The value grammar: reading result and target cells, converting and displaying quantities. */
export type { Comparator, Dimension, DurationUnit, Parsed, ParsedResult, ParsedTarget, Quantity, Target } from "./types";
export { parseResult } from "./parse-result";
export { parseTarget } from "./parse-target";
export { parseFrenchNumber } from "./numbers";
export { isNotApplicable } from "./not-applicable";
export { inUnitOf } from "./conversion";
export { formatQuantity } from "./format-quantity";
export { formatNumberFr, formatPercentFr } from "./format-number";
export { formatChange } from "./format-change";
