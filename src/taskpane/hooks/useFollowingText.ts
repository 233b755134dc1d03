/**
 * The text of a field that follows a value held elsewhere (the settings, the analysed year): the value until
 * the user types, then what they typed — until the followed value changes (saved, or chosen in another pane),
 * when the field shows it again. Derived at render: nothing is copied into state by an effect.
 */
import { useCallback, useState } from "react";

interface Typed {
  readonly text: string;
  /** The followed value when the user typed: the typed text stands only while it is unchanged. */
  readonly over: string;
}

export function useFollowingText(followed: string): readonly [text: string, setText: (text: string) => void] {
  const [typed, setTyped] = useState<Typed | null>(null);
  const text = typed !== null && typed.over === followed ? typed.text : followed;
  const setText = useCallback((next: string) => setTyped({ text: next, over: followed }), [followed]);
  return [text, setText];
}
