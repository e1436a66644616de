// Pieces of the 控编 screen: the names of plan states and notice kinds, and a list paged by offset for the
// API's lists that answer no total (staffing plans, notices).
const { reactive } = Vue;

// Not in labels.js (they are nested enums of the service: StaffingPlan.Status, Notice.Kind).
export const PLAN_STATUS = { APPLIED: '申请中', APPROVED: '已核准', REJECTED: '未核准', WITHDRAWN: '已撤回' };
export const PLAN_STATUS_COLOR = { APPLIED: 'gold', APPROVED: 'green', REJECTED: 'red', WITHDRAWN: 'default' };
export const NOTICE_KIND = { INCREASE: '增人通知单', DECREASE: '减人通知单' };

export const planStatusOptions = Object.entries(PLAN_STATUS).map(([value, label]) => ({ value, label }));
export const noticeKindOptions = Object.entries(NOTICE_KIND).map(([value, label]) => ({ value, label }));

/**
 * A list the API answers without a total: asks for one row more than a page to know whether there is a next
 * page, and pages with 上一页/下一页. loader({offset, limit}) answers an array.
 */
export function useOffsetList(loader, size = 20) {
  const s = reactive({ rows: [], offset: 0, size, hasNext: false, loading: false, error: '' });
  let seq = 0;
  s.load = async (offset) => {
    if (offset != null) s.offset = Math.max(0, offset);
    const mine = ++seq;
    s.loading = true;
    s.error = '';
    try {
      const rows = await loader({ offset: s.offset, limit: s.size + 1 });
      if (mine !== seq) return;
      s.hasNext = rows.length > s.size;
      s.rows = rows.slice(0, s.size);
      // a page past the end (e.g. an old address): go back to the first page
      if (!s.rows.length && s.offset > 0) { s.offset = 0; s.load(); }
    } catch (e) {
      if (mine === seq) { s.rows = []; s.hasNext = false; s.error = e.message; }
    } finally {
      if (mine === seq) s.loading = false;
    }
  };
  s.next = () => s.load(s.offset + s.size);
  s.prev = () => s.load(s.offset - s.size);
  return s;
}

/** 上一页 / 下一页 with the rows shown ("第 21–40 条"): the honest pager of a list without a total. */
export const OffsetPager = {
  props: { list: Object, test: String },
  emits: ['moved'],
  template: `
    <div class="pager" :data-test="test">
      <span class="muted" v-if="list.rows.length">第 {{ list.offset + 1 }}–{{ list.offset + list.rows.length }} 条{{ list.hasNext ? '' : '（已到最后）' }}</span>
      <span class="muted" v-else></span>
      <a-button size="small" :disabled="list.offset === 0 || list.loading" @click="list.prev(); $emit('moved')">上一页</a-button>
      <a-button size="small" :disabled="!list.hasNext || list.loading" @click="list.next(); $emit('moved')">下一页</a-button>
    </div>`,
};
