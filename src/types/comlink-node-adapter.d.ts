// comlink ships this file's types as node-adapter.d.ts beside node-adapter.mjs, which TypeScript
// does not pair with a .mjs specifier. The parameter is a worker_threads Worker or MessagePort.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  export default function nodeEndpoint(nep: {
    postMessage(message: unknown, transfer?: readonly never[]): void;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Node's overloaded `on`
    on(type: 'message', listener: (value: any) => void): unknown;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    off(type: 'message', listener: (value: any) => void): unknown;
  }): Endpoint;
}
