import { fuzzSettingsFromEnvironment } from "./fuzz-it";
import { describeTelephonyProperties } from "./properties/telephony";

describeTelephonyProperties(fuzzSettingsFromEnvironment());
