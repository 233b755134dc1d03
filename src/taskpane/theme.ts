/** Fluent's light theme for the pane, written in by webpack at build time (webpack.common.js, webLightThemeAtBuildTime). */
import type { Theme } from "@fluentui/react-components";

declare const __FLUENT_WEB_LIGHT_THEME__: Theme;

export const webLightTheme: Theme = __FLUENT_WEB_LIGHT_THEME__;
