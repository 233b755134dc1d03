import { fuzzRunsFromEnvironment } from "./fuzz-it";
import { describeTelephonyProperties } from "./properties/telephony";

describeTelephonyProperties(fuzzRunsFromEnvironment());
