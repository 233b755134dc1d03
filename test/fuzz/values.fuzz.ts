import { fuzzSettingsFromEnvironment } from "./fuzz-it";
import { describeValueProperties } from "./properties/values";

describeValueProperties(fuzzSettingsFromEnvironment());
