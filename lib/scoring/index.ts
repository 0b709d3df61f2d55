/** Public entry point of the scoring engine (pure: no Next, React or Prisma). */
export { assess, decidingAnswers, resultFor } from "./assess";
export { compileCatalog } from "./compile";
export * from "./types";
