/** A small drawn icon for a problem's severity; decorative, the label beside it says the same. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../domain/issues";

const useStyles = makeStyles({
  icon: { flexShrink: 0, width: "16px", height: "16px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function SeverityIcon({ severity }: { readonly severity: Severity }) {
  const styles = useStyles();
  const className = `${styles.icon} ${severity === "error" ? styles.error : styles.warning}`;
  return severity === "error" ? (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  ) : (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1.2L15.2 14.5H0.8Z" fill="currentColor" />
      <path d="M8 6v4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12.3" r="0.9" fill="#fff" />
    </svg>
  );
}
