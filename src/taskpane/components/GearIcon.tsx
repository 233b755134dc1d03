/** A drawn gear, the usual sign for settings; decorative, the tab it sits in carries the name. */
import type { CSSProperties } from "react";

// Inline, not makeStyles: the first paint carries no style compiler (README, "The first paint").
const ICON_STYLE: CSSProperties = { flexShrink: 0, width: "16px", height: "16px" };

const TEETH = [0, 45, 90, 135, 180, 225, 270, 315];

export function GearIcon() {
  return (
    <svg style={ICON_STYLE} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {TEETH.map((angle) => (
        <rect key={angle} x="6.8" y="0.6" width="2.4" height="3.4" rx="0.6" fill="currentColor" transform={`rotate(${angle} 8 8)`} />
      ))}
      <circle cx="8" cy="8" r="4.3" fill="none" stroke="currentColor" strokeWidth="2.4" />
    </svg>
  );
}
