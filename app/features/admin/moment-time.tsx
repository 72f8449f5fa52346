import type { Moment } from "./format";

export function MomentTime({ value }: { value: Moment | null }) {
  if (!value) return null;
  return <time dateTime={value.iso}>{value.text}</time>;
}
