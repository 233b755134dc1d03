/**
 * The status of a target missed by less than the tolerance. Its own module: the pane's first chunk shows it (the
 * settings' help) and must not carry the rest of the report's wording.
 */
export const WITHIN_TOLERANCE_LABEL = "Non atteint (dans la tolérance)";
