// Types for the one seedrandom generator the engine imports directly. Importing the
// package root would pull in its Node `crypto` autoseeding, which the engine must not touch.
declare module 'seedrandom/lib/alea.js' {
  import type seedrandom from 'seedrandom';
  const alea: (seed: string) => seedrandom.PRNG;
  export default alea;
}
