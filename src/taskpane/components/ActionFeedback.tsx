/**
 * What an operation is doing, announced to screen readers: a spinner while it runs, a short
 * confirmation when it is done, the French error when it fails.
 */
import { Spinner } from "@fluentui/react-components";
import type { AsyncState } from "../hooks/useAsyncAction";
import { FailureBar } from "./FailureBar";

export interface ActionFeedbackProps<T> {
  readonly state: AsyncState<T>;
  readonly runningLabel: string;
  readonly doneMessage?: (value: T) => string | null;
}

export function ActionFeedback<T>({ state, runningLabel, doneMessage }: ActionFeedbackProps<T>) {
  const done = state.kind === "done" && doneMessage ? doneMessage(state.value) : null;
  return (
    <>
      <div role="status" aria-live="polite">
        {state.kind === "running" && <Spinner size="tiny" label={runningLabel} />}
        {done !== null && <span>{done}</span>}
      </div>
      {state.kind === "failed" && <FailureBar failure={state.failure} />}
    </>
  );
}
