import type { TAnswers, TAnswerValue, TCatalog } from "@/lib/schemes/types";

/**
 * Realistic answer sets used by the tests and the benchmark. A consumer Wi-Fi camera with cloud and app,
 * answering every control well, is the baseline; scenarios change a few answers from there.
 */

export const CAMERA_PROFILE: Record<string, TAnswerValue> = {
  "p.category": "camera",
  "p.consumer": true,
  "p.market_date": "2026-03-01",
  "p.medical": false,
  "p.fda_medical": false,
  "p.vehicle": false,
  "p.aviation_toll": false,
  "p.radio": true,
  "p.internet": true,
  "p.network_interface": true,
  "p.network_equipment": false,
  "p.user_interface": true,
  "p.machine_interface": true,
  "p.sensor_actuator": true,
  "p.sensing": true,
  "p.debug_interface": true,
  "p.cloud": true,
  "p.components": true,
  "p.password_auth": true,
  "p.factory_password": true,
  "p.user_password": true,
  "p.personal_data": true,
  "p.special_category": false,
  "p.sensitive_pi": true,
  "p.uploads_pi_cloud": true,
  "p.shares_pi": false,
  "p.cross_border_pi": false,
  "p.childcare": false,
  "p.toy": false,
  "p.external_content": false,
  "p.wearable": false,
  "p.payment": false,
  "p.firmware": true,
  "p.updatable": true,
  "p.constrained": false,
  "p.persistent_storage": true,
  "p.crypto_keys": true,
  "p.generates_keys": true,
  "p.preinstalled_keys": true,
  // Catalog 1.2.0 (ETSI EN 303 645 conditions): left out on older versions, which do not ask them.
  "p.device_identity": true,
  "p.telemetry": true,
  "p.consent_basis": true,
};

const GOOD_NUMBERS: Record<string, number> = {
  "c.pw.min_length": 12,
  "c.pw.char_classes": 3,
  "c.log.min_events": 500,
  "c.support.years": 6,
};

const GOOD_CHOICES: Record<string, string> = { "c.reg.update_mode": "automatic", "c.reg.bom": "both" };

/** Every control answered in the satisfying way, on top of the given profile. */
export function goodAnswers(
  catalog: TCatalog,
  profile: Record<string, TAnswerValue> = CAMERA_PROFILE,
): Record<string, TAnswerValue> {
  // Profile facts the catalog does not ask (p.fda_medical on 1.0.0) are left out, so parseAnswers() accepts the set.
  const known = new Set(catalog.questions.map((q) => q.id));
  const out: Record<string, TAnswerValue> = {};
  for (const [k, v] of Object.entries(profile)) if (known.has(k)) out[k] = v;
  for (const q of catalog.questions) {
    if (q.kind !== "control") continue;
    switch (q.type) {
      case "control":
        out[q.id] = { status: "yes" };
        break;
      case "number":
        out[q.id] = GOOD_NUMBERS[q.id] ?? q.max ?? 1;
        break;
      case "date":
        out[q.id] = "2031-12-31";
        break;
      case "text":
        out[q.id] = `https://example.com/support/${q.id.replace(/\./g, "-")}`;
        break;
      case "choice":
        out[q.id] = GOOD_CHOICES[q.id] ?? q.options[0]?.value ?? "";
        break;
      case "multi":
        out[q.id] = q.options.slice(0, 1).map((o) => o.value);
        break;
      case "boolean":
        out[q.id] = true;
        break;
    }
  }
  return out;
}

/** A realistic mid-way draft: good baseline with typical weak spots and a few N/A claims with justification. */
export function realisticAnswers(catalog: TCatalog): TAnswers {
  const a = goodAnswers(catalog);
  a["c.test.pentest"] = { status: "no" };
  a["c.test.binary_analysis"] = { status: "partial" };
  a["c.test.mlps"] = { status: "no" };
  a["c.pi.on_device"] = { status: "partial" };
  a["c.if.fuzz_tested"] = { status: "no" };
  a["c.log.protected"] = { status: "partial" };
  a["c.com.replay"] = {
    status: "not_applicable",
    justification: "All messages are idempotent state reads; a repeated delivery creates no threat.",
  };
  a["c.support.years"] = 3;
  delete a["c.us.agent"];
  delete a["c.reg.secure_config_info"];
  return a;
}
