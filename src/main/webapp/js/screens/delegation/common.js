// Shared by the delegation screens.
export const STATUS_COLOR = { DRAFT: 'default', SUBMITTED: 'blue', APPROVED: 'green', RETURNED: 'orange', REPORTED: 'cyan', CANCELLED: 'default' };
export const ROLES = ['OFFICE', 'CADRE_SUPERVISION', 'UNIT_CLERK'];
