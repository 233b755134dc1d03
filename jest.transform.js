/**
 * Jest's transformer for TypeScript: @swc/jest, which only transpiles (types are checked once by
 * `npm run typecheck`, not per test file). Its output follows tsconfig.json: ES2020, CommonJS with
 * esModuleInterop, class fields assigned in the constructor as tsc does for ES2020
 * (useDefineForClassFields false), JSX through React 17+'s automatic runtime (`"jsx": "react-jsx"`).
 */
const swc = (tsx) => [
  "@swc/jest",
  {
    jsc: {
      target: "es2020",
      parser: { syntax: "typescript", tsx },
      transform: { useDefineForClassFields: false, react: { runtime: "automatic" } },
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  "^.+\\.ts$": swc(false),
  "^.+\\.tsx$": swc(true),
};
