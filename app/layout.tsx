import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cyberlabel: cybersecurity labels for connected products", template: "%s · Cyberlabel" },
  description:
    "One questionnaire for EU RED (EN 18031), the US Cyber Trust Mark and China's cybersecurity label: results, lab review, signed labels and a public page behind every QR code.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
