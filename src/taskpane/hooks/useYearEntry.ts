/** A year typed in a field that shows a followed year (or nothing) until the user types: its text and what it reads as. */
import { readYearInput, type YearInput } from "../format/year-input";
import { useFollowingText } from "./useFollowingText";

export interface YearEntry {
  readonly text: string;
  readonly input: YearInput;
  readonly setText: (text: string) => void;
}

export function useYearEntry(followed: number | null): YearEntry {
  const [text, setText] = useFollowingText(followed === null ? "" : String(followed));
  return { text, setText, input: readYearInput(text) };
}
