/** Call figures as written: the value grammar's French numbers, plus "1.520" read as a thousands group. */
import { parseFrenchNumber } from "../values";

/** "1.520" is one thousand five hundred and twenty calls, not one call and a half. */
const ONE_POINT_GROUP = /^[+\-\u2212]?\d{1,3}\.\d{3}$/;

export function parseCallFigure(text: string): number | null {
  const trimmed = text.trim();
  if (ONE_POINT_GROUP.test(trimmed)) return parseFrenchNumber(trimmed.replace(".", ""));
  return parseFrenchNumber(trimmed);
}
