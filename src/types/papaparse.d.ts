// Types for the subset of papaparse the engine uses (src/core/series/vote-series.ts), under the package's own file
// name. Importing `papaparse` would resolve to @types/papaparse, whose `/// <reference types="node" />` (and
// DOM File/Blob types) would enter the engine's compile, which must have neither.
declare module 'papaparse/papaparse.js' {
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
    index?: number;
  }
  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
    cursor: number;
    fields?: string[];
  }
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: ParseMeta;
  }
  export interface ParseStepResult<T> {
    data: T;
    errors: ParseError[];
    meta: ParseMeta;
  }
  export interface Parser {
    abort(): void;
  }
  export interface ParseConfig<T> {
    delimiter?: string;
    header?: boolean;
    skipEmptyLines?: boolean | 'greedy';
    preview?: number;
    transformHeader?(header: string, index: number): string;
    step?(results: ParseStepResult<T>, parser: Parser): void;
  }
  export function parse<T>(input: string, config: ParseConfig<T>): ParseResult<T>;
  const Papa: { parse: typeof parse };
  export default Papa;
}
