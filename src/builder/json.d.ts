/** JSON modules (the builder's main.ts imports custom-elements.json; the bundler inlines it). */
declare module '*.json' {
  const value: unknown;
  export default value;
}
