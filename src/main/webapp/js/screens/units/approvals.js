// 核定历史 and 领导职数: the effective-dated approvals of a unit, each with its document (批准文号).
import { get } from '../../api.js';
import { label, LABELS } from '../../labels.js';
import { showError, today, fmtDate, fmtTime } from '../../ui.js';
import { LeadershipTable, useEstablishment } from './establishment.js';

const { ref, computed, watch, onMounted } = Vue;

/** A list of approvals: GET /units/{code}/quotas or /leadership. */
export const ApprovalHistory = {
  props: { code: String, kind: String, refreshKey: Number },
  setup(props) {
    const rows = ref([]);
    const loading = ref(false);
    let seq = 0;
    const load = async () => {
      const mine = ++seq;
      loading.value = true;
      try {
        const r = await get('/units/' + encodeURIComponent(props.code) + '/' + props.kind);
        if (mine === seq) rows.value = r;
      } catch (e) {
        if (mine === seq) { rows.value = []; showError(e); }
      } finally {
        if (mine === seq) loading.value = false;
      }
    };
    watch(() => [props.code, props.kind, props.refreshKey], load);
    onMounted(load);
    const enumKind = computed(() => (props.kind === 'quotas' ? 'QuotaType' : 'LeadershipCategory'));
    const order = computed(() => Object.keys(LABELS[enumKind.value] || {}));
    // newest first; within a date in the order of the types (categories)
    const sorted = computed(() => [...rows.value].sort((a, b) =>
      (b.validFrom || '').localeCompare(a.validFrom || '') || order.value.indexOf(a.subject) - order.value.indexOf(b.subject)));
    const state = (a) => {
      const t = today();
      if (a.validFrom > t) return { text: '待生效', color: 'orange' };
      if (a.validTo && a.validTo <= t) return { text: '已被替代', color: 'default' };
      return { text: '现行', color: 'green' };
    };
    const columns = computed(() => [
      { title: props.kind === 'quotas' ? '编制类型' : '职数类别', key: 'subject', width: 130 },
      { title: props.kind === 'quotas' ? '核定数' : '核定职数', dataIndex: 'approved', key: 'approved', width: 80, align: 'right' },
      { title: '生效日期', key: 'validFrom', width: 110 },
      { title: '截止日期', key: 'validTo', width: 110 },
      { title: '批准文号', dataIndex: 'basisDocument', key: 'basisDocument', width: 170 },
      { title: '状态', key: 'state', width: 90 },
      { title: '登记', key: 'recorded', width: 190 },
    ]);
    return { rows: sorted, loading, columns, state, label, enumKind, fmtDate, fmtTime };
  },
  template: `
    <a-table :columns="columns" :data-source="rows" :loading="loading" row-key="id" size="small" :pagination="false"
             :scroll="{ x: 820 }" :data-test="kind === 'quotas' ? 'quota-history-table' : 'leadership-history-table'">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'subject'"><span :data-subject="record.subject">{{ label(enumKind, record.subject) }}</span></template>
        <template v-else-if="column.key === 'validFrom'">{{ fmtDate(record.validFrom) }}</template>
        <template v-else-if="column.key === 'validTo'">{{ record.validTo ? fmtDate(record.validTo) : '—' }}</template>
        <template v-else-if="column.key === 'basisDocument'"><span class="doc-no">{{ record.basisDocument }}</span></template>
        <template v-else-if="column.key === 'state'"><a-tag :color="state(record).color">{{ state(record).text }}</a-tag></template>
        <template v-else-if="column.key === 'recorded'">
          <span class="muted nowrap">{{ record.recordedBy }} {{ fmtTime(record.recordedAt) }}</span></template>
      </template>
      <template #emptyText><span class="muted">{{ kind === 'quotas' ? '尚未核定编制' : '尚未核定领导职数' }}</span></template>
    </a-table>`,
};

/** 领导职数: today's leadership numbers (核定 / 实配) and the approvals behind them. */
export const LeadershipTab = {
  components: { ApprovalHistory, LeadershipTable },
  props: { code: String, refreshKey: Number },
  setup(props) {
    const asOf = ref(today());
    const { data, loading } = useEstablishment(props, asOf);
    const lines = computed(() => (data.value ? data.value.leadership : []));
    return { asOf, lines, loading };
  },
  template: `
    <div>
      <h3 class="section-title">{{ asOf }} 的领导职数</h3>
      <leadership-table :lines="lines" :loading="loading"></leadership-table>
      <h3 class="section-title">领导职数核定记录</h3>
      <approval-history :code="code" kind="leadership" :refresh-key="refreshKey"></approval-history>
    </div>`,
};
