/** Writing the monthly call figures into the year's telephony sheet: a plan of cells the adapters apply. */
export { planTelephonyUpsert } from "./upsert";
export { planSiteFolds, type SiteFold } from "./fold-sites";
export type { TelephonyUpsertPlan, SkipReason } from "./upsert-types";
