// pg's own conversion of a parameter to its text form (arrays as array literals), which its
// queries apply when they bind; src/db/wire-batch.ts binds the same way.
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): unknown };
  export default utils;
}
