/**
 * Timing helpers shared by bench modules. Rounds of the compared functions are interleaved (A, B, A, B…) so
 * that noise from other processes on the machine hits both sides alike; we report medians per call.
 */
import type { TBenchSection } from "./assess";

export type TTiming = { medianNs: number; minNs: number };
export type TComparison = {
  timings: TTiming[];
  medianRatio: number;
  rounds: number;
  callsPerRound: number[];
};

let sink = 0;
function run(fn: () => unknown, calls: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) sink ^= fn() === undefined ? 0 : 1;
  return Number(process.hrtime.bigint() - t0) / calls;
}

function calibrate(fn: () => unknown, roundMs: number): number {
  // Warm-up lets the JIT optimise before anything is recorded; it also tells how many calls fill a round.
  let calls = 0;
  const until = performance.now() + 300;
  while (performance.now() < until) {
    sink ^= fn() === undefined ? 0 : 1;
    calls++;
  }
  return Math.max(1, Math.ceil((calls / 300) * roundMs));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Interleaved rounds; ratio = median over rounds of (fns[1] time / fns[0] time) measured back to back. */
export function compare(fns: (() => unknown)[], { rounds = 41, roundMs = 20 } = {}): TComparison {
  const calls = fns.map((f) => calibrate(f, roundMs));
  const samples: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) fns.forEach((f, i) => samples[i]?.push(run(f, calls[i] ?? 1)));
  const ratios = (samples[0] ?? []).map((base, r) => (samples[1]?.[r] ?? 0) / base);
  if (sink === 42) console.log(""); // keeps results observable so the calls are not optimised away
  return {
    timings: samples.map((s) => ({ medianNs: median(s), minNs: Math.min(...s) })),
    medianRatio: median(ratios),
    rounds,
    callsPerRound: calls,
  };
}

export const fmtUs = (ns: number) => `${(ns / 1000).toFixed(1)} µs`;

/** The section a benchmark writes when it could not run: its error, and not ok. */
export function failedSection(title: string, err: unknown): TBenchSection {
  return {
    title,
    markdown: `Benchmark failed: ${err instanceof Error ? err.message : String(err)}`,
    ok: false,
  };
}
