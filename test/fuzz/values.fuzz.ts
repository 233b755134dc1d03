import { fuzzRunsFromEnvironment } from "./fuzz-it";
import { describeValueProperties } from "./properties/values";

describeValueProperties(fuzzRunsFromEnvironment());
