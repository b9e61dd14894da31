// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Locals {
      /** A page's <head> tags written by the server (the story pages: $lib/server/page-head.ts). */
      head?: string;
    }
  }
}
declare module '*.yaml?raw' {
  const text: string;
  export default text;
}
export {};
