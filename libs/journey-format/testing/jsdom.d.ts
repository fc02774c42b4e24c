// jsdom ships no types and @types/jsdom is not installed: only what the Mermaid check uses.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
