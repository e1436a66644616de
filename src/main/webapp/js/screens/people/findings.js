// 稽核问题 of one person: GET /findings?person={id}&status=ALL (FindingView.Page, paged by offset/limit).
// A service that does not know the person filter yet answers every finding: then only the rows about this
// person are kept and the screen says the list may be incomplete, rather than show other people's findings.
import { get } from '../../api.js';
import { href } from '../../router.js';
import { usePaged, fmtDate } from '../../ui.js';
import { unitHref } from './common.js';

const { ref, onMounted } = Vue;

const about = (f, id) => String(f.personId) === String(id)
  || (f.persons || []).some((p) => String(p.personId) === String(id));

export default {
  props: { personId: [String, Number] },
  setup(props) {
    const unfiltered = ref(false);
    const paged = usePaged(async ({ offset, limit }) => {
      const r = await get('/findings', { person: props.personId, status: 'ALL', offset, limit });
      const items = r.items || [];
      const mine = items.filter((f) => about(f, props.personId));
      unfiltered.value = mine.length < items.length;
      return unfiltered.value ? { items: mine, total: mine.length } : { items, total: r.total };
    }, { size: 10 });
    onMounted(() => paged.load());
    const columns = [
      { title: '问题', dataIndex: 'ruleLabel', width: 150 },
      { title: '说明', dataIndex: 'message' },
      { title: '单位', key: 'unit', width: 180 },
      { title: '状态', key: 'status', width: 90 },
      { title: '首次发现', key: 'firstSeen', width: 110 },
    ];
    const color = { OPEN: 'red', ACKNOWLEDGED: 'orange', RESOLVED: 'green' };
    return { paged, columns, unfiltered, color, fmtDate, unitHref,
      auditHref: href('/audit', { person: props.personId }) };
  },
  template: `
    <div data-test="person-findings">
      <div class="section-tools">
        <a :href="auditHref" data-test="person-findings-audit">在稽核中查看此人的全部问题</a>
      </div>
      <a-alert v-if="unfiltered" type="info" show-icon class="findings-note"
               message="稽核服务尚不支持按人员查询：下表仅列出最近一页问题中与此人有关的，可能不全。"></a-alert>
      <a-table :columns="columns" :data-source="paged.rows" :loading="paged.loading" row-key="id" size="small"
               :pagination="unfiltered ? false : paged.pagination" @change="paged.change" :scroll="{ x: 760 }">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'unit'"><a :href="unitHref(record.unitCode)">{{ record.unitName }}</a></template>
          <template v-else-if="column.key === 'status'">
            <a-tag :color="color[record.status]">{{ record.statusLabel || record.status || '—' }}</a-tag></template>
          <template v-else-if="column.key === 'firstSeen'">{{ fmtDate(record.firstSeen) }}</template>
        </template>
        <template #emptyText><span class="muted">没有与此人有关的稽核问题</span></template>
      </a-table>
    </div>`,
};
