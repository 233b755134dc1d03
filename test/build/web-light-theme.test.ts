/** The theme webpack writes into the pane at build time is Fluent's webLightTheme, value for value. */
import { webLightTheme } from "@fluentui/react-components";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS configuration
const common = require("../../webpack.common.js") as { webLightThemeAtBuildTime: () => { definitions: Record<string, string> } };

describe("webLightThemeAtBuildTime", () => {
  it("defines __FLUENT_WEB_LIGHT_THEME__ as the literal of every token of Fluent's webLightTheme", () => {
    const written = JSON.parse(common.webLightThemeAtBuildTime().definitions.__FLUENT_WEB_LIGHT_THEME__) as Record<string, unknown>;
    expect(Object.keys(written)).toHaveLength(Object.keys(webLightTheme).length);
    expect(written).toEqual(webLightTheme);
  });
});
