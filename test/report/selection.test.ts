import { mostTelling } from "../../src/report/selection";

describe("mostTelling", () => {
  it("keeps everything when there is room", () => {
    expect(mostTelling([3, 1, 2], (n) => n, 5)).toEqual([3, 1, 2]);
  });

  it("keeps the heaviest, in their original order", () => {
    expect(mostTelling([1, 9, 2, 8, 3], (n) => n, 2)).toEqual([9, 8]);
  });

  it("prefers the earlier item on a tie", () => {
    expect(mostTelling(["a", "b", "c", "d"], () => 1, 2)).toEqual(["a", "b"]);
  });
});
