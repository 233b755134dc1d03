import { fuzzRunsFromEnvironment } from "./fuzz-it";
import { describeAnalysisProperties } from "./properties/analysis";

describeAnalysisProperties(fuzzRunsFromEnvironment());
