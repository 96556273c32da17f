import type { Lawhall } from './lawhall';
import type { LoadParameters, Measurement, Target } from './measure';

/** What a section gets: the running lawhall, and measure() bound to the run's load parameters. */
export interface BenchContext {
  lawhall: Lawhall;
  /** The bare Fastify hello world of row (a), e.g. for the same load at a paced rate. */
  referenceUrl: string;
  parameters: LoadParameters;
  measure(target: Target): Promise<Measurement>;
  say(line: string): void;
}

/**
 * One table of `npm run bench`: registered in bench/run.ts, selected by name (`npm run bench -- http`).
 * Its rows are printed beside the bare-Fastify reference (a), measured once per run.
 */
export interface BenchSection {
  name: string;
  title: string;
  run(context: BenchContext): Promise<Measurement[]>;
}
