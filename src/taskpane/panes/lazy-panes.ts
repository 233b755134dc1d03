/**
 * The panes other than Analyser, each in its own webpack chunk fetched the first time its tab is chosen, so the
 * first paint loads only Analyser (and the tab bar).
 */
import { lazy } from "react";

export const ChecksPane = lazy(() => import(/* webpackChunkName: "pane-checks" */ "./ChecksPane").then((m) => ({ default: m.ChecksPane })));
export const GeneratePane = lazy(() => import(/* webpackChunkName: "pane-generate" */ "./GeneratePane").then((m) => ({ default: m.GeneratePane })));
export const TelephonyPane = lazy(() => import(/* webpackChunkName: "pane-telephony" */ "./TelephonyPane").then((m) => ({ default: m.TelephonyPane })));
export const SettingsPane = lazy(() => import(/* webpackChunkName: "pane-settings" */ "./SettingsPane").then((m) => ({ default: m.SettingsPane })));
