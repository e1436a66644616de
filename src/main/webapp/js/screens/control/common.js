// Pieces of the 控编 screen: the names of plan states and notice kinds.

// Not in labels.js (they are nested enums of the service: StaffingPlan.Status, Notice.Kind).
export const PLAN_STATUS = { APPLIED: '申请中', APPROVED: '已核准', REJECTED: '未核准', WITHDRAWN: '已撤回' };
export const PLAN_STATUS_COLOR = { APPLIED: 'gold', APPROVED: 'green', REJECTED: 'red', WITHDRAWN: 'default' };
export const NOTICE_KIND = { INCREASE: '增人通知单', DECREASE: '减人通知单' };

export const planStatusOptions = Object.entries(PLAN_STATUS).map(([value, label]) => ({ value, label }));
export const noticeKindOptions = Object.entries(NOTICE_KIND).map(([value, label]) => ({ value, label }));
