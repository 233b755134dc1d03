import { fuzzSettingsFromEnvironment } from "./fuzz-it";
import { describeAnalysisProperties } from "./properties/analysis";

describeAnalysisProperties(fuzzSettingsFromEnvironment());
