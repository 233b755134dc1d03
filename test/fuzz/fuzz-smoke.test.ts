/**
 * The fuzzing properties at a small count and from a fixed seed, so that every `npm test` exercises them
 * reproducibly (`npm run fuzz` runs them in depth from random seeds).
 */
import type { FuzzSettings } from "./fuzz-it";
import { describeAnalysisProperties } from "./properties/analysis";
import { describeTelephonyProperties } from "./properties/telephony";
import { describeValueProperties } from "./properties/values";

const SMOKE: FuzzSettings = { numRuns: 300, seed: 20211231 };

describeValueProperties(SMOKE);
describeTelephonyProperties(SMOKE);
describeAnalysisProperties(SMOKE);
