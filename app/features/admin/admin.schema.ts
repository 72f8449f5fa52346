import { z } from "zod";
import { ROLES } from "../accounts/permissions";

export const EMAIL_STATUSES = ["queued", "sending", "retrying", "sent", "failed"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

const id = z.coerce.number().int().positive().max(2_147_483_647);

export const UserIdParamsSchema = z.object({ userId: id });
export const MessageIdParamsSchema = z.object({ messageId: id });

/** `?q=` on the people page: anything longer than a name or an address is cut, not refused. */
export const PeopleSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .transform((value) => value.slice(0, 200).normalize("NFC"))
    .catch(""),
});

/** `?person=` on the audit page; anything else shows everyone. */
export const AuditFilterSchema = z.object({ person: id.optional().catch(undefined) });

/** `?status=` on the deliveries page; anything else shows every status. */
export const DeliveriesFilterSchema = z.object({
  status: z.enum(EMAIL_STATUSES).optional().catch(undefined),
});

/** The forms of a person's page, told apart by the button pressed (`intent`). */
export const PersonChangeSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("roles"),
    roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  }),
  z.object({
    intent: z.literal("add-membership"),
    organizationId: z.coerce
      .number({ error: "admin.person.chooseOrganization" })
      .int()
      .positive("admin.person.chooseOrganization"),
  }),
  z.object({ intent: z.literal("remove-membership"), organizationId: id }),
  z.object({ intent: z.literal("deactivate") }),
  z.object({ intent: z.literal("reactivate") }),
  z.object({ intent: z.literal("reset-two-factor") }),
]);
export type PersonChange = z.infer<typeof PersonChangeSchema>;

export const DeliveryActionSchema = z.object({ intent: z.literal("retry"), messageId: id });
