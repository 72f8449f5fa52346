import type { CSSProperties } from "react";

// Government of Canada palette; every text colour has at least 7:1 contrast on its background.
export const colours = {
  text: "#333333", // 12.6:1 on white
  muted: "#4d4d4d", // 8.5:1 on white, 7.9:1 on the footer grey
  link: "#284162", // 10.9:1 on white
  banner: "#26374a", // white text on it: 11.9:1
  page: "#f1f2f3",
  footer: "#f8f8f8",
  rule: "#cccccc",
};

export const fontFamily = '"Noto Sans", Helvetica, Arial, sans-serif';

export const styles = {
  body: { backgroundColor: colours.page, color: colours.text, fontFamily, margin: 0 },
  container: { backgroundColor: "#ffffff", maxWidth: "600px", margin: "0 auto" },
  banner: { backgroundColor: colours.banner, padding: "16px 24px" },
  bannerName: {
    color: "#ffffff",
    fontSize: "20px",
    fontWeight: 700,
    lineHeight: "28px",
    margin: 0,
  },
  bannerGovernment: { color: "#ffffff", fontSize: "14px", lineHeight: "20px", margin: 0 },
  content: { padding: "8px 24px" },
  note: { color: colours.muted, fontSize: "14px", lineHeight: "20px", margin: "16px 0 0" },
  heading: { color: colours.text, fontSize: "24px", lineHeight: "32px", margin: "16px 0" },
  paragraph: { color: colours.text, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" },
  small: { color: colours.muted, fontSize: "14px", lineHeight: "20px", margin: "0 0 16px" },
  link: { color: colours.link, textDecoration: "underline" },
  action: {
    backgroundColor: colours.banner,
    borderRadius: "4px",
    color: "#ffffff",
    fontSize: "16px",
    fontWeight: 700,
    lineHeight: "24px",
    padding: "12px 20px",
    textDecoration: "underline",
  },
  fallbackUrl: { color: colours.link, textDecoration: "underline", wordBreak: "break-all" },
  quote: {
    borderLeft: `4px solid ${colours.rule}`,
    margin: "0 0 16px",
    padding: "0 0 0 16px",
  },
  list: { color: colours.text, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" },
  rule: { borderColor: colours.rule, margin: "16px 0" },
  footer: { backgroundColor: colours.footer, padding: "8px 24px" },
} satisfies Record<string, CSSProperties>;
