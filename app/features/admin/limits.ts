// How many rows each admin list shows; shared by loaders and the captions that say so.
export const PEOPLE_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 200;
export const PERSON_AUDIT_SIZE = 50;
export const DELIVERIES_PAGE_SIZE = 100;
export const MAILBOX_PAGE_SIZE = 100;
