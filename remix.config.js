/**
 * Remix v2, classic compiler (docs/decisions/001-remix-classic-compiler.md).
 * Routes are declared here rather than by file convention so that the whole URL space,
 * grouped by audience, reads in one place and the authorization matrix can be generated
 * from the build manifest.
 * @type {import('@remix-run/dev').AppConfig}
 */
export default {
  ignoredRouteFiles: ["**/*"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
  routes(defineRoutes) {
    return defineRoutes((route) => {
      route("/", "routes/language-redirect.tsx", { index: true });
      route("healthz", "routes/resources/healthz.ts");
      route(":lang", "routes/public/layout.tsx", () => {
        route("", "routes/public/home.tsx", { index: true });
        route("consultations/:slug", "routes/public/consultation.tsx");
        route("objectives", "routes/public/objectives.tsx");
        route("objectives/:number", "routes/public/objective.tsx");
        route("practices/:reference", "routes/public/practice.tsx");
        route("privacy", "routes/public/privacy.tsx");
        route("accessibility", "routes/public/accessibility.tsx");
        route("*", "routes/public/not-found.tsx");
      });
      route("*", "routes/not-found.tsx", { id: "routes/root-not-found" });
    });
  },
};
