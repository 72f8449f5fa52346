import { z } from "zod";
import { ROLES } from "./permissions";

// Limits come before anything else: no field accepts more than a person could mean.
const email = z
  .string({ error: "form.required" })
  .trim()
  .min(1, "form.required")
  .max(254, "form.tooLong")
  .email("form.invalidEmail");
const password = z
  .string({ error: "form.required" })
  .min(1, "form.required")
  .max(1024, "password.tooLong");
const name = z
  .string({ error: "form.required" })
  .trim()
  .min(1, "form.required")
  .max(200, "form.tooLong")
  .transform((value) => value.normalize("NFC"));
const language = z.enum(["en", "fr"], { error: "form.required" });

export const SignInSchema = z.object({
  email,
  password,
  redirectTo: z.string().max(2000).optional(),
});
export const ForgotPasswordSchema = z.object({ email });
export const NewPasswordSchema = z.object({ password });
export const AcceptInvitationSchema = z.object({ name, language, password });
export const TotpCodeSchema = z.object({
  code: z
    .string({ error: "form.required" })
    .trim()
    .min(1, "form.required")
    .max(20, "twoFactor.invalidCode"),
});
export const ChangePasswordSchema = z.object({ currentPassword: password, newPassword: password });
export const ProfileSchema = z.object({ name, language: z.enum(["en", "fr", "none"]) });
export const EmailPreferencesSchema = z.object({
  reminders: z.literal("on").optional(),
  digest: z.literal("on").optional(),
});
export const InvitePersonSchema = z.object({
  email,
  name: z.string().trim().max(200, "form.tooLong").optional(),
  organizationId: z.coerce.number().int().positive().optional(),
  roles: z.array(z.enum(ROLES)).default([]),
  language: z.enum(["en", "fr", "none"]).default("none"),
});
