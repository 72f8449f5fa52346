import { createContext, useContext, type ReactNode } from "react";

// The CSP nonce is made per request by the server; the browser hides it from the DOM, so on
// the client the value is empty and never compared.
const NonceContext = createContext("");

export function NonceProvider({ value, children }: { value: string; children: ReactNode }) {
  return <NonceContext.Provider value={value}>{children}</NonceContext.Provider>;
}

export function useNonce(): string {
  return useContext(NonceContext);
}
