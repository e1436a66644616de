// The notices (增人/减人通知单) and the change log (变更记录) of a person's dossier.
import { label } from '../../labels.js';
import { fmtDate, fmtTime } from '../../ui.js';

const { computed } = Vue;
import { unitHref, noticeHref } from './common.js';

export const KIND_LABEL = { INCREASE: '增人通知单', DECREASE: '减人通知单' };

/**
 * The notices of the registry, and beside them the notice numbers an occupancy carries without one here (imported as
 * found: the paper notice was issued before the registry), so the record and this list never disagree.
 */
export const PersonNotices = {
  props: { notices: Array, occupancies: { type: Array, default: () => [] } },
  setup(props) {
    const rows = computed(() => {
      const issued = new Set(props.notices.map((n) => n.number));
      const recorded = [];
      for (const o of props.occupancies) {
        const common = { unitCode: o.unitCode, unitName: o.unitName, quotaType: o.quotaType, recordedOnly: true };
        if (o.increaseNoticeNumber && !issued.has(o.increaseNoticeNumber)) {
          recorded.push({ ...common, id: 'in-' + o.id, number: o.increaseNoticeNumber, kind: 'INCREASE', effectiveDate: o.validFrom, entryRoute: o.entryRoute });
        }
        if (o.decreaseNoticeNumber && !issued.has(o.decreaseNoticeNumber)) {
          recorded.push({ ...common, id: 'out-' + o.id, number: o.decreaseNoticeNumber, kind: 'DECREASE', effectiveDate: o.validTo, exitReason: o.exitReason });
        }
      }
      return [...props.notices, ...recorded];
    });
    const columns = [
      { title: '通知单号', key: 'number', width: 130 },
      { title: '类型', key: 'kind', width: 100 },
      { title: '单位', key: 'unit' },
      { title: '编制类型', key: 'quotaType', width: 110 },
      { title: '入编/出编日期', key: 'effectiveDate', width: 120 },
      { title: '入编方式/出编原因', key: 'how', width: 130 },
      { title: '开具', key: 'issued', width: 170 },
    ];
    return { columns, rows, label, fmtDate, unitHref, noticeHref, KIND_LABEL };
  },
  template: `
    <a-table :columns="columns" :data-source="rows" row-key="id" size="small" :pagination="false"
             :scroll="{ x: 820 }" data-test="person-notices">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'number'">
          <span v-if="record.recordedOnly" data-test="recorded-notice-number">{{ record.number }}</span>
          <a v-else :href="noticeHref(record.number)" title="查看并打印通知单">{{ record.number }}</a></template>
        <template v-else-if="column.key === 'kind'">
          <a-tag :color="record.kind === 'INCREASE' ? 'green' : 'volcano'">{{ KIND_LABEL[record.kind] || record.kind }}</a-tag></template>
        <template v-else-if="column.key === 'unit'"><a :href="unitHref(record.unitCode)">{{ record.unitName }}</a></template>
        <template v-else-if="column.key === 'quotaType'">{{ label('QuotaType', record.quotaType) }}</template>
        <template v-else-if="column.key === 'effectiveDate'">{{ fmtDate(record.effectiveDate) }}</template>
        <template v-else-if="column.key === 'how'">
          {{ record.kind === 'INCREASE' ? label('EntryRoute', record.entryRoute) : label('ExitReason', record.exitReason) }}
          <div v-if="record.overrideReason" class="num-over">超编：{{ record.overrideReason }}</div></template>
        <template v-else-if="column.key === 'issued'">
          <span v-if="record.recordedOnly" class="muted">登记占编时录入的通知单号（通知单在本系统启用前开具，无电子原件）</span>
          <template v-else>{{ fmtDate(record.issuedOn) }} {{ record.issuedBy }}</template></template>
      </template>
      <template #emptyText><span class="muted">没有增人或减人通知单</span></template>
    </a-table>`,
};

const ENTITY = { person: '人员', occupancy: '占编', posting: '岗位', appointment: '任职', notice: '通知单' };

const FIELD = { name: '姓名', idNumber: '公民身份号码', gender: '性别', birthDate: '出生日期', identity: '人员身份',
  unitCode: '单位代码', unitName: '单位', quotaType: '编制类型', validFrom: '开始日期', validTo: '结束日期',
  entryRoute: '入编方式', exitReason: '出编原因', increaseNoticeNumber: '增人通知单号', decreaseNoticeNumber: '减人通知单号',
  overrideReason: '超编进人理由', postType: '岗位类型', arrangement: '工作安排', secondmentEnd: '借调截止日期',
  approvalDocument: '批准文件', category: '领导职务类别', basisDocument: '依据（文号）', number: '通知单号', kind: '类型',
  effectiveDate: '生效日期', staffingPlanId: '用编计划', personName: '姓名', issuedOn: '开具日期', issuedBy: '开具人',
  occupancyId: '占编记录' };
const VALUE_KIND = { gender: 'Gender', identity: 'PersonIdentity', quotaType: 'QuotaType', entryRoute: 'EntryRoute',
  exitReason: 'ExitReason', postType: 'PostType', arrangement: 'Arrangement', category: 'LeadershipCategory' };
const SKIP = new Set(['id', 'version', 'recordedAt', 'recordedBy', 'personId', 'issuedAt', 'year', 'serial']);

function parse(json) {
  if (!json) return null;
  try { return JSON.parse(json); } catch (e) { return { '内容': json }; }
}

function show(key, v) {
  if (v == null || v === '') return '';
  if (key === 'kind') return KIND_LABEL[v] || v;
  return VALUE_KIND[key] ? label(VALUE_KIND[key], v) : String(v);
}

/** The before/after states (JSON; ID numbers already masked by the API) as rows: 项目, 变更前, 变更后. */
function diff(change) {
  const before = parse(change.before) || {};
  const after = parse(change.after) || {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !SKIP.has(k) && !k.endsWith('Label'));
  return keys.map((k) => ({ key: k, label: FIELD[k] || k, before: show(k, before[k]), after: show(k, after[k]) }))
    .filter((r) => r.before || r.after)
    .map((r) => ({ ...r, changed: r.before !== r.after }));
}

export const PersonChanges = {
  props: { changes: Array },
  setup(props) {
    const columns = [
      { title: '时间', key: 'occurredAt', width: 150 },
      { title: '操作人', dataIndex: 'actor', width: 110 },
      { title: '操作', dataIndex: 'action', width: 170 },
      { title: '对象', key: 'entity', width: 110 },
      { title: '依据（文号）', key: 'basisDocument' },
    ];
    // newest first, like the time line
    const rows = computed(() => [...(props.changes || [])].map((c, i) => ({ ...c, _key: i }))
      .sort((a, b) => String(b.occurredAt).localeCompare(String(a.occurredAt)) || b._key - a._key));
    return { columns, rows, fmtTime, diff, ENTITY };
  },
  template: `
    <a-table :columns="columns" :data-source="rows" row-key="_key"
             size="small" :pagination="changes.length > 10 ? { pageSize: 10, showTotal: (t) => '共 ' + t + ' 条' } : false"
             :scroll="{ x: 700 }" data-test="person-changes">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'occurredAt'">{{ fmtTime(record.occurredAt) }}</template>
        <template v-else-if="column.key === 'entity'">{{ ENTITY[record.entityType] || record.entityType }} {{ record.entityId }}</template>
        <template v-else-if="column.key === 'basisDocument'">{{ record.basisDocument || '—' }}</template>
      </template>
      <template #expandedRowRender="{ record }">
        <table class="change-diff">
          <thead><tr><th>项目</th><th>变更前</th><th>变更后</th></tr></thead>
          <tbody>
            <tr v-for="r in diff(record)" :key="r.key" :class="{ changed: r.changed }">
              <td>{{ r.label }}</td><td>{{ r.before || '—' }}</td><td>{{ r.after || '—' }}</td>
            </tr>
          </tbody>
        </table>
      </template>
      <template #emptyText><span class="muted">没有变更记录</span></template>
    </a-table>`,
};
