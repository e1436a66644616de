// The notices (增人/减人通知单) and the change log (变更记录) of a person's dossier.
import { label } from '../../labels.js';
import { fmtDate, fmtTime } from '../../ui.js';
import { unitHref, noticeHref } from './common.js';

export const KIND_LABEL = { INCREASE: '增人通知单', DECREASE: '减人通知单' };

export const PersonNotices = {
  props: { notices: Array },
  setup() {
    const columns = [
      { title: '通知单号', key: 'number', width: 130 },
      { title: '类型', key: 'kind', width: 100 },
      { title: '单位', key: 'unit' },
      { title: '编制类型', key: 'quotaType', width: 110 },
      { title: '入编/出编日期', key: 'effectiveDate', width: 120 },
      { title: '入编方式/出编原因', key: 'how', width: 130 },
      { title: '开具', key: 'issued', width: 170 },
    ];
    return { columns, label, fmtDate, unitHref, noticeHref, KIND_LABEL };
  },
  template: `
    <a-table :columns="columns" :data-source="notices" row-key="id" size="small" :pagination="false"
             :scroll="{ x: 820 }" data-test="person-notices">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'number'">
          <a :href="noticeHref(record.number)" title="查看并打印通知单">{{ record.number }}</a></template>
        <template v-else-if="column.key === 'kind'">
          <a-tag :color="record.kind === 'INCREASE' ? 'green' : 'volcano'">{{ KIND_LABEL[record.kind] || record.kind }}</a-tag></template>
        <template v-else-if="column.key === 'unit'"><a :href="unitHref(record.unitCode)">{{ record.unitName }}</a></template>
        <template v-else-if="column.key === 'quotaType'">{{ label('QuotaType', record.quotaType) }}</template>
        <template v-else-if="column.key === 'effectiveDate'">{{ fmtDate(record.effectiveDate) }}</template>
        <template v-else-if="column.key === 'how'">
          {{ record.kind === 'INCREASE' ? label('EntryRoute', record.entryRoute) : label('ExitReason', record.exitReason) }}
          <div v-if="record.overrideReason" class="num-over">超编：{{ record.overrideReason }}</div></template>
        <template v-else-if="column.key === 'issued'">{{ fmtDate(record.issuedOn) }} {{ record.issuedBy }}</template>
      </template>
      <template #emptyText><span class="muted">没有增人或减人通知单</span></template>
    </a-table>`,
};

const ENTITY = { person: '人员', occupancy: '占编', posting: '岗位', appointment: '任职', notice: '通知单' };

/** before/after states are JSON (ID numbers already masked by the API for roles that may not see them). */
function pretty(json) {
  if (!json) return '';
  try { return JSON.stringify(JSON.parse(json), null, 2); } catch (e) { return json; }
}

export const PersonChanges = {
  props: { changes: Array },
  setup() {
    const columns = [
      { title: '时间', key: 'occurredAt', width: 150 },
      { title: '操作人', dataIndex: 'actor', width: 110 },
      { title: '操作', dataIndex: 'action', width: 170 },
      { title: '对象', key: 'entity', width: 110 },
      { title: '依据（文号）', key: 'basisDocument' },
    ];
    return { columns, fmtTime, pretty, ENTITY };
  },
  template: `
    <a-table :columns="columns" :data-source="changes" :row-key="(r, i) => r.occurredAt + '-' + r.entityType + '-' + r.entityId + '-' + i"
             size="small" :pagination="changes.length > 10 ? { pageSize: 10, showTotal: (t) => '共 ' + t + ' 条' } : false"
             :scroll="{ x: 700 }" data-test="person-changes">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'occurredAt'">{{ fmtTime(record.occurredAt) }}</template>
        <template v-else-if="column.key === 'entity'">{{ ENTITY[record.entityType] || record.entityType }} {{ record.entityId }}</template>
        <template v-else-if="column.key === 'basisDocument'">{{ record.basisDocument || '—' }}</template>
      </template>
      <template #expandedRowRender="{ record }">
        <div class="change-states">
          <div><div class="muted">变更前</div><pre>{{ pretty(record.before) || '（无）' }}</pre></div>
          <div><div class="muted">变更后</div><pre>{{ pretty(record.after) || '（无）' }}</pre></div>
        </div>
      </template>
      <template #emptyText><span class="muted">没有变更记录</span></template>
    </a-table>`,
};
