// A question's topic (the questionnaire's section title, English in the catalog data) as a message key:
// "Product and market" → "product_and_market" (messages questionnaire.topic.<key>).
export function topicKey(topic: string): string {
  return topic
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}
