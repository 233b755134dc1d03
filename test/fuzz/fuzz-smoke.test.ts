/** The fuzzing properties at a small count, so that every `npm test` exercises them (`npm run fuzz` runs them in depth). */
import { describeAnalysisProperties } from "./properties/analysis";
import { describeTelephonyProperties } from "./properties/telephony";
import { describeValueProperties } from "./properties/values";

const SMOKE_RUNS = 300;

describeValueProperties(SMOKE_RUNS);
describeTelephonyProperties(SMOKE_RUNS);
describeAnalysisProperties(SMOKE_RUNS);
