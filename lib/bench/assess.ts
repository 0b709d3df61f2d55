import os from "node:os";
import { getCatalog, parseAnswers } from "@/lib/schemes";
import { assess } from "@/lib/scoring";
import { realisticAnswers } from "@/lib/scoring/fixtures";
import { compare, fmtUs } from "./measure";

export type TBenchSection = { title: string; markdown: string; ok: boolean };

/**
 * assess() on the full catalog against JSON.parse of the same answers payload, in one process and one run.
 * The target (issue 3) is ratio ≤ 1.0: scoring must cost no more than parsing its input.
 */
export function benchAssess(): TBenchSection {
  const catalog = getCatalog();
  const payload = JSON.stringify(realisticAnswers(catalog));
  const parsed = parseAnswers(catalog, JSON.parse(payload));
  if (!parsed.success) throw new Error("benchmark fixture does not parse");
  const answers = parsed.data;
  assess(catalog, answers); // compile the catalog once, as a long-running server would have done

  const cmp = compare([
    () => JSON.parse(payload),
    () => assess(catalog, answers),
    () => parseAnswers(catalog, JSON.parse(payload)),
  ]);
  const [parse, scoring, validate] = cmp.timings as [
    (typeof cmp.timings)[0],
    (typeof cmp.timings)[0],
    (typeof cmp.timings)[0],
  ];
  const ratio = cmp.medianRatio;
  const ok = ratio <= 1;
  const markdown = [
    `Full catalog ${catalog.version}: ${catalog.criteria.length} criteria, ${catalog.questions.length} questions; answers payload ` +
      `${Object.keys(answers).length} answers, ${payload.length} bytes of JSON (a realistic draft with gaps and N/A claims).`,
    "",
    "| Operation | Median per call | Fastest round |",
    "|---|---|---|",
    `| \`JSON.parse(payload)\` | ${fmtUs(parse.medianNs)} | ${fmtUs(parse.minNs)} |`,
    `| \`assess(catalog, answers)\` | ${fmtUs(scoring.medianNs)} | ${fmtUs(scoring.minNs)} |`,
    `| \`parseAnswers(catalog, JSON.parse(payload))\` (zod, for reference) | ${fmtUs(validate.medianNs)} | ${fmtUs(validate.minNs)} |`,
    "",
    `**Ratio assess / JSON.parse = ${ratio.toFixed(2)}** (target ≤ 1.00: ${ok ? "met" : "NOT met"}). ` +
      `Ratio = median over ${cmp.rounds} interleaved rounds (JSON.parse, assess, parseAnswers, back to back; ~20 ms each ` +
      `after a 300 ms warm-up) of assess time / JSON.parse time, so background load hits both sides alike. The catalog ` +
      `is compiled once (questions indexed into slots, conditions into closures, per-part index plans), as in a running server.`,
    "",
    `Fastest-round ratio (least disturbed by other load): ${(scoring.minNs / parse.minNs).toFixed(2)}. Load average at ` +
      `the start of this run: ${os.loadavg()[0]?.toFixed(2)} on ${os.cpus().length} cores; on a busy machine the ` +
      `median ratio varies by about ±0.2 between runs, so rerun before drawing conclusions.`,
  ].join("\n");
  return { title: "Scoring engine: assess() vs JSON.parse", markdown, ok };
}
