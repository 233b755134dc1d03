/** The state of one asynchronous operation started from the pane: idle, running, done or failed. */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { describeFailure, type Failure } from "../errors";

export type AsyncState<T> =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly value: T }
  | { readonly kind: "failed"; readonly failure: Failure };

export interface AsyncAction<A extends unknown[], T> {
  readonly state: AsyncState<T>;
  /** The value of the last run that succeeded, kept while a new run is going or after it fails. */
  readonly lastValue: T | null;
  /**
   * Starts the latest action given to the hook; resolves once the state is updated (never rejects).
   * The same function for the component's whole life, so it can go in an effect's dependencies.
   */
  readonly run: (...args: A) => Promise<void>;
  readonly reset: () => void;
  /** Shows a value obtained elsewhere (a live check) as the last run's, without running the action. */
  readonly replace: (value: T) => void;
}

export function useAsyncAction<A extends unknown[], T>(action: (...args: A) => Promise<T>): AsyncAction<A, T> {
  const [state, setState] = useState<AsyncState<T>>({ kind: "idle" });
  const [lastValue, setLastValue] = useState<T | null>(null);
  const latest = useRef(0);
  // The action of the last render, read when `run` is called: callers pass an inline arrow, `run` stays the same.
  const currentAction = useRef(action);
  useLayoutEffect(() => {
    currentAction.current = action;
  });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (...args: A) => {
      const ticket = ++latest.current;
      setState({ kind: "running" });
      let next: AsyncState<T>;
      try {
        next = { kind: "done", value: await currentAction.current(...args) };
      } catch (error) {
        next = { kind: "failed", failure: describeFailure(error) };
      }
      // Only the latest run may set the state: an older, slower answer must not overwrite it.
      if (!mounted.current || ticket !== latest.current) return;
      setState(next);
      if (next.kind === "done") {
        const value = next.value;
        setLastValue(() => value);
      }
    },
    [],
  );
  const reset = useCallback(() => {
    latest.current++;
    setState({ kind: "idle" });
  }, []);
  const replace = useCallback((value: T) => {
    setState({ kind: "done", value });
    setLastValue(() => value);
  }, []);
  return { state, lastValue, run, reset, replace };
}
