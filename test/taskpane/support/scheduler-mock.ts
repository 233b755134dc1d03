/**
 * The lockfile leaves `scheduler` nested under react-dom, where Fluent's context selector cannot
 * resolve it; give it react-dom's own copy. Import this module first in every pane test.
 */
jest.mock(
  "scheduler",
  () => {
    const path = jest.requireActual<typeof import("path")>("path");
    const reactDom = path.dirname(require.resolve("react-dom/package.json"));
    return jest.requireActual(require.resolve("scheduler", { paths: [reactDom] }));
  },
  { virtual: true },
);

export {};
