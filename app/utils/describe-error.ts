/**
 * A failed query's message carries its SQL parameters, that is what people typed (drizzle:
 * "Failed query: … params: …"); only the database's own code and message are logged.
 */
export function describeError(error: unknown) {
  if (!(error instanceof Error)) return String(error);
  if (error.message.startsWith("Failed query:")) {
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    return {
      name: error.name,
      message: "query failed",
      code: typeof cause?.code === "string" ? cause.code : undefined,
      cause: typeof cause?.message === "string" ? cause.message : undefined,
    };
  }
  return { name: error.name, message: error.message, stack: error.stack };
}
