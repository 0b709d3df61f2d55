// Minimal structured logging to stderr; unexpected errors keep their cause here and never reach the client.
export function logError(message: string, err?: unknown): void {
  const cause = err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : err;
  console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), message, cause }));
}

export function logInfo(message: string, details?: Record<string, unknown>): void {
  console.log(JSON.stringify({ level: "info", time: new Date().toISOString(), message, ...details }));
}
