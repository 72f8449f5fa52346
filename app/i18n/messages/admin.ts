// Messages of the admin pages (people, organizations, invitations, audit, mailbox, deliveries).
const en = {
  "admin.title": "Administration",
} as const;

const fr: Record<keyof typeof en, string> = {
  "admin.title": "Administration",
};

export const adminMessages = { en, fr };
