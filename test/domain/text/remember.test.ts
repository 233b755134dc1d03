import { rememberedByText } from "../../../src/domain/text/remember";

describe("rememberedByText", () => {
  const counting = <T>(answer: (text: string) => T) => {
    const asked: string[] = [];
    const compute = (text: string): T => {
      asked.push(text);
      return answer(text);
    };
    return { asked, compute };
  };

  it("computes a text's answer once and gives it again", () => {
    const { asked, compute } = counting((text) => text.toUpperCase());
    const upper = rememberedByText(compute);
    expect(["a", "b", "a", "a", "b"].map(upper)).toEqual(["A", "B", "A", "A", "B"]);
    expect(asked).toEqual(["a", "b"]);
  });

  it("remembers an undefined or null answer as an answer", () => {
    const { asked, compute } = counting((text) => (text === "none" ? undefined : null));
    const read = rememberedByText(compute);
    expect([read("none"), read("none"), read("x"), read("x")]).toEqual([undefined, undefined, null, null]);
    expect(asked).toEqual(["none", "x"]);
  });

  it("forgets everything once it holds its limit, and stays right", () => {
    const { asked, compute } = counting((text) => text.length);
    const length = rememberedByText(compute, 2);
    expect(["a", "bb", "ccc", "a"].map(length)).toEqual([1, 2, 3, 1]);
    expect(asked).toEqual(["a", "bb", "ccc", "a"]);
  });

  it("never keeps a text longer than its bound", () => {
    const { asked, compute } = counting((text) => text.length);
    const length = rememberedByText(compute, 10, 3);
    expect(["abcd", "abcd", "abc", "abc"].map(length)).toEqual([4, 4, 3, 3]);
    expect(asked).toEqual(["abcd", "abcd", "abc"]);
  });
});
