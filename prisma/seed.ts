// Demo data: a manufacturer with products, a lab with a reviewer, and an administrator.
// The passwords below are for demonstration only and are printed in the README as such.
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/db/audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ZProductInput, type TProductForm } from "@/lib/products/schema";

export const DEMO_PASSWORD = "cyberlabel-demo";

export const DEMO_ACCOUNTS = {
  manufacturer: { email: "maker@demo.cyberlabel.test", name: "Mia Maker" },
  reviewer: { email: "reviewer@demo.cyberlabel.test", name: "Rui Reviewer" },
  admin: { email: "admin@demo.cyberlabel.test", name: "Ada Admin" },
} as const;

const DEMO_PRODUCTS: TProductForm[] = [
  {
    modelName: "Lumo Hub 2",
    modelNumber: "LH-200",
    hardwareVersion: "rev C",
    firmwareVersion: "2.4.1",
    category: "smart-home-hub",
    description: "Zigbee and Wi-Fi home hub with a companion app and cloud remote access.",
    supportPeriodEnd: "2031-12-31",
    updatesAutomatic: true,
    defaultCredentials: "No default password: the app asks you to create one during setup.",
    vulnDisclosureUrl: "https://example.com/security",
    privacyPolicyUrl: "https://example.com/privacy",
  },
  {
    modelName: "Lumo Cam Outdoor",
    modelNumber: "LC-310",
    hardwareVersion: "1.0",
    firmwareVersion: "1.8.0",
    category: "camera",
    description: "Outdoor Wi-Fi camera with person detection and cloud recording.",
    supportPeriodEnd: "2030-06-30",
    updatesAutomatic: true,
    defaultCredentials:
      "Each camera ships with a unique password printed on its label; change it in Settings > Security.",
    vulnDisclosureUrl: "mailto:security@example.com",
    privacyPolicyUrl: "https://example.com/privacy",
  },
  {
    modelName: "Lumo Plug Mini",
    hardwareVersion: "A1",
    firmwareVersion: "0.9.7",
    category: "lighting",
    supportPeriodEnd: "2028-03-31",
    updatesAutomatic: false,
    defaultCredentials: "Set up through the Lumo app; the plug has no password of its own.",
    vulnDisclosureUrl: "https://example.com/security",
  },
];

export async function isEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.user.count()) === 0;
}

export async function seedDemo(db: PrismaClient): Promise<string> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const upsertUser = (email: string, name: string) =>
      tx.user.upsert({ where: { email }, update: {}, create: { email, name, passwordHash } });

    const operator =
      (await tx.organization.findFirst({ where: { kind: "OPERATOR" } })) ??
      (await tx.organization.create({ data: { name: "Cyberlabel operations", kind: "OPERATOR" } }));
    const lab =
      (await tx.organization.findFirst({ where: { kind: "LAB", name: "Nordlys Test Lab" } })) ??
      (await tx.organization.create({
        data: {
          name: "Nordlys Test Lab",
          kind: "LAB",
          country: "Norway",
          accreditation: "Norsk akkreditering TEST 999 (ISO/IEC 17025:2017), demo: IoT cybersecurity testing",
        },
      }));
    const lab2 =
      (await tx.organization.findFirst({ where: { kind: "LAB", name: "Pacific Conformity Lab" } })) ??
      (await tx.organization.create({
        data: { name: "Pacific Conformity Lab", kind: "LAB", country: "Singapore" },
      }));
    void lab2; // no reviewer yet: manufacturers are not offered it (lib/db/labs.ts)
    const maker =
      (await tx.organization.findFirst({ where: { kind: "MANUFACTURER", name: "Lumo Devices" } })) ??
      (await tx.organization.create({
        data: { name: "Lumo Devices", kind: "MANUFACTURER", country: "Netherlands" },
      }));

    const admin = await upsertUser(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.name);
    const reviewer = await upsertUser(DEMO_ACCOUNTS.reviewer.email, DEMO_ACCOUNTS.reviewer.name);
    const member = await upsertUser(DEMO_ACCOUNTS.manufacturer.email, DEMO_ACCOUNTS.manufacturer.name);

    const link = (
      userId: string,
      organizationId: string,
      role: "ADMIN" | "LAB_REVIEWER" | "MANUFACTURER_MEMBER",
    ) =>
      tx.membership.upsert({
        where: { userId_organizationId: { userId, organizationId } },
        update: {},
        create: { userId, organizationId, role },
      });
    await link(admin.id, operator.id, "ADMIN");
    await link(reviewer.id, lab.id, "LAB_REVIEWER");
    await link(member.id, maker.id, "MANUFACTURER_MEMBER");

    for (const raw of DEMO_PRODUCTS) {
      const p = ZProductInput.parse(raw);
      const exists = await tx.product.findFirst({
        where: { organizationId: maker.id, modelName: p.modelName },
      });
      if (exists) continue;
      const product = await tx.product.create({
        data: {
          organizationId: maker.id,
          modelName: p.modelName,
          modelNumber: p.modelNumber ?? null,
          hardwareVersion: p.hardwareVersion,
          firmwareVersion: p.firmwareVersion,
          category: p.category,
          description: p.description ?? null,
          supportPeriodEnd: new Date(`${p.supportPeriodEnd}T00:00:00Z`),
          updatesAutomatic: p.updatesAutomatic,
          defaultCredentials: p.defaultCredentials ?? null,
          vulnDisclosureUrl: p.vulnDisclosureUrl ?? null,
          privacyPolicyUrl: p.privacyPolicyUrl ?? null,
        },
      });
      await recordAudit(tx, {
        actorId: null,
        action: "product.created",
        subjectType: "product",
        subjectId: product.id,
        organizationId: maker.id,
        details: { seeded: true },
      });
    }
  });
  return [
    "Demo data ready (demo-only passwords):",
    `  manufacturer  ${DEMO_ACCOUNTS.manufacturer.email} / ${DEMO_PASSWORD}`,
    `  lab reviewer  ${DEMO_ACCOUNTS.reviewer.email} / ${DEMO_PASSWORD}`,
    `  admin         ${DEMO_ACCOUNTS.admin.email} / ${DEMO_PASSWORD}`,
  ].join("\n");
}
