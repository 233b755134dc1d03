/**
 * A failed operation, in French: an Excel error in red, an unusable workbook as a warning. Fluent's MessageBar
 * comes in its own chunk, fetched while the browser is idle after the first paint; until it is there (or if it
 * cannot be fetched) the same words show as plain text, in the same alert.
 */
import { lazy, Suspense } from "react";
import type { Failure } from "../errors";
import { failureTitle } from "../format/failure-title";
import { ChunkBoundary } from "./ChunkBoundary";

const FailureMessageBar = lazy(() =>
  import(/* webpackChunkName: "failure-bar", webpackPrefetch: true */ "./FailureMessageBar").then((m) => ({ default: m.FailureMessageBar })),
);

export function FailureBar({ failure }: { readonly failure: Failure }) {
  const plain = <PlainFailure failure={failure} />;
  return (
    <div role="alert">
      <ChunkBoundary fallback={() => plain}>
        <Suspense fallback={plain}>
          <FailureMessageBar failure={failure} />
        </Suspense>
      </ChunkBoundary>
    </div>
  );
}

function PlainFailure({ failure }: { readonly failure: Failure }) {
  return (
    // Title above message, as in the MessageBar: the same words in the same order.
    <div>
      <div>
        <strong>{failureTitle(failure)}</strong>
      </div>
      {failure.message}
    </div>
  );
}
