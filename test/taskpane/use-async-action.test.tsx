/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { useEffect } from "react";
import { useAsyncAction } from "../../src/taskpane/hooks/useAsyncAction";
import { deferred } from "./support/fake-operations";

describe("useAsyncAction", () => {
  it("keeps the same run from render to render although the action is a new arrow each time", () => {
    const { result, rerender } = renderHook(({ factor }) => useAsyncAction(async (n: number) => n * factor), { initialProps: { factor: 2 } });
    const first = result.current.run;
    rerender({ factor: 3 });
    rerender({ factor: 4 });
    expect(result.current.run).toBe(first);
  });

  it("runs the action of the latest render", async () => {
    const { result, rerender } = renderHook(({ factor }) => useAsyncAction(async (n: number) => n * factor), { initialProps: { factor: 2 } });
    const run = result.current.run;
    rerender({ factor: 10 });
    await act(() => run(4));
    expect(result.current.state).toEqual({ kind: "done", value: 40 });
    expect(result.current.lastValue).toBe(40);
  });

  it("runs an effect that depends on run once, not at each render", async () => {
    const action = jest.fn(async (_tick: number) => "lu");
    const { rerender } = renderHook(({ tick }) => {
      const { run } = useAsyncAction(async () => action(tick));
      // The pattern App.tsx uses to read the settings when the pane opens.
      useEffect(() => void run(), [run]);
    }, { initialProps: { tick: 0 } });
    rerender({ tick: 1 });
    rerender({ tick: 2 });
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
  });

  it("keeps the answer of the latest run when an older, slower one answers after it", async () => {
    const slow = deferred<string>();
    const fast = deferred<string>();
    const answers = [slow.promise, fast.promise];
    const { result } = renderHook(() => useAsyncAction(() => answers.shift()!));
    let first!: Promise<void>;
    let second!: Promise<void>;
    act(() => {
      first = result.current.run();
      second = result.current.run();
    });
    await act(async () => {
      fast.resolve("récent");
      await second;
      slow.resolve("ancien");
      await first;
    });
    expect(result.current.state).toEqual({ kind: "done", value: "récent" });
  });
});
