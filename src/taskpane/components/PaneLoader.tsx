/**
 * Around a pane fetched when first used: a spinner while its code loads, and a French message (never a blank
 * pane) if it cannot be loaded, e.g. when the connection to the add-in's server drops.
 */
import { Spinner } from "@fluentui/react-components";
import { Suspense, type ReactNode } from "react";
import { STRINGS } from "../strings";
import { ChunkBoundary } from "./ChunkBoundary";
import { FailureBar } from "./FailureBar";

export function PaneLoader({ children }: { readonly children: ReactNode }) {
  return (
    <ChunkBoundary fallback={(failure) => <FailureBar failure={failure} />}>
      <Suspense
        fallback={
          <div role="status" aria-live="polite">
            <Spinner size="small" label={STRINGS.app.loadingPane} />
          </div>
        }
      >
        {children}
      </Suspense>
    </ChunkBoundary>
  );
}
