// postgres.js 3.4.9 can run a write it scheduled (setImmediate) after the connection's
// socket was dropped, as when PostgreSQL restarts under load (QUALITY R5, found by the
// drill): "TypeError: Cannot read properties of null (reading 'write')" thrown from
// connection.js, outside any query's promise. The query on that connection has already
// failed and been answered with a 503; the process must not die for it. Any other uncaught
// error still ends the process, as Node would.

export function isPostgresSocketRace(error: unknown) {
  return (
    error instanceof TypeError &&
    error.message.includes("reading 'write'") &&
    (error.stack ?? "").includes("postgres/src/connection.js")
  );
}

export function survivePostgresSocketRace() {
  process.on("uncaughtException", (error) => {
    if (isPostgresSocketRace(error)) {
      console.error(
        JSON.stringify({
          level: "warn",
          at: new Date().toISOString(),
          event: "postgres-socket-race",
        }),
      );
      return;
    }
    console.error(error);
    process.exit(1);
  });
}
