/** The seed's workbook with a small 2021 survey beside it (test/domain/survey/fixtures), as the engine analyses it. */
import { analyzeWorkbook } from "../../../src/domain/analysis";
import type { Analysis } from "../../../src/domain/analysis/types";
import { grid, workbook } from "../../helpers/cells";
import { seed2020, seed2021, seedTelephony2021 } from "../../fixtures/seed";
import { SURVEY_HEADER, SURVEY_ROWS } from "../../domain/survey/fixtures";

export function seedWithSurvey(): Analysis {
  const outcome = analyzeWorkbook(workbook(seed2021(), seed2020(), seedTelephony2021(), grid("Enquête 2021", [SURVEY_HEADER, ...SURVEY_ROWS])));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.analysis;
}
