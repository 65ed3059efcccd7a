/**
 * Named random streams. Every draw the engine makes comes from a stream derived from
 * (scenario seed, label), so one stage's knobs never reshuffle another stage's draws.
 * The generator is seedrandom's alea: 32 random bits per plain call, ~175 M draws/s.
 */
import alea from 'seedrandom/lib/alea.js';

/** A uniform draw in [0, 1). Call it at its own site: wrapping it costs 2-10x. */
export type Rng = () => number;

/** Makes the stream for a label; injected so tests and the benchmark can count or replace draws. */
export type StreamFactory = (seed: string, label: string) => Rng;

/** The seed string handed to alea: JSON keeps (seed, label) pairs unambiguous whatever they contain. */
export function streamSeed(seed: string, label: string): string {
  return JSON.stringify(['tally-lab', seed, label]);
}

/** The engine's default streams. */
export const aleaStreams: StreamFactory = (seed, label) => alea(streamSeed(seed, label));

/** Wraps a factory so that every draw is counted (slower: for the benchmark's draw tally, not for timing). */
export function countingStreams(inner: StreamFactory = aleaStreams): { streams: StreamFactory; draws: () => number } {
  let draws = 0;
  const streams: StreamFactory = (seed, label) => {
    const rng = inner(seed, label);
    return () => {
      draws++;
      return rng();
    };
  };
  return { streams, draws: () => draws };
}
