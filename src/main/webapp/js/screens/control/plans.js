// 用编申请 tab: GET /staffing-plans?unit=&status=&offset=&limit=, filters and page in the address, the plan detail
// in a drawer (?plan=<id>), and 申请 for OFFICE and UNIT_CLERK.
import { get } from '../../api.js';
import { route, setQuery } from '../../router.js';
import { can } from '../../session.js';
import { fmtDate, usePaged } from '../../ui.js';
import { label } from '../../labels.js';
import { unitHref } from '../people/common.js';
import { PLAN_STATUS, PLAN_STATUS_COLOR, planStatusOptions } from './common.js';
import { ApplyPlan, PlanDetail } from './plan-forms.js';

const { reactive, ref, computed, onMounted } = Vue;

export default {
  components: { 'apply-plan': ApplyPlan, 'plan-detail': PlanDetail },
  setup() {
    const f = reactive({ unit: '', status: undefined });
    const list = usePaged(({ offset, limit }) => get('/staffing-plans', { ...f, offset, limit }), { filters: f });
    const planId = computed(() => route.query.plan || '');
    const show = (id) => setQuery({ ...route.query, plan: id });
    const applying = ref(false);
    onMounted(() => list.load());
    const columns = [
      { title: '编号', dataIndex: 'id', width: 70 },
      { title: '单位', key: 'unit' },
      { title: '编制类型', key: 'quotaType', width: 120 },
      { title: '申请', key: 'count', width: 70, align: 'right' },
      { title: '已用/预留', key: 'used', width: 90, align: 'right' },
      { title: '状态', key: 'status', width: 90 },
      { title: '申请日期', key: 'appliedOn', width: 110 },
      { title: '有效期至', key: 'validUntil', width: 110 },
      { title: '', key: 'open', width: 70 },
    ];
    return { f, list, planId, show, applying, columns, label, fmtDate, unitHref,
      PLAN_STATUS, PLAN_STATUS_COLOR, planStatusOptions, canApply: can('OFFICE', 'UNIT_CLERK'),
      changed: () => list.load(), applied: (p) => { list.load(); show(p.id); } };
  },
  template: `
    <div>
      <div class="toolbar">
        <bz-unit-select v-model:value="f.unit" placeholder="单位（含下级单位）" data-test="plans-unit" @change="list.search"></bz-unit-select>
        <a-select v-model:value="f.status" :options="planStatusOptions" allow-clear placeholder="全部状态" style="width: 130px"
                  data-test="plans-status" @change="list.search"></a-select>
        <span class="toolbar-gap"></span>
        <a-button v-if="canApply" type="primary" data-test="apply-plan" @click="applying = true">用编申请</a-button>
      </div>
      <a-alert v-if="list.error" type="error" show-icon :message="list.error" class="form-error"></a-alert>
      <a-table :columns="columns" :data-source="list.rows" :loading="list.loading" row-key="id" size="middle"
               :pagination="list.pagination" @change="list.change" :scroll="{ x: 900 }" data-test="plans-table"
               :custom-row="(r) => ({ 'data-plan-id': r.id })">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'unit'"><a :href="unitHref(record.unitCode)">{{ record.unitName }}</a>
            <div class="muted" v-if="record.reason">{{ record.reason }}</div></template>
          <template v-else-if="column.key === 'quotaType'">{{ label('QuotaType', record.quotaType) }}</template>
          <template v-else-if="column.key === 'count'">{{ record.count }}</template>
          <template v-else-if="column.key === 'used'">
            <span v-if="record.status === 'APPROVED'">{{ record.used }} / {{ record.remaining }}</span><span v-else class="muted">—</span></template>
          <template v-else-if="column.key === 'status'">
            <a-tag :color="PLAN_STATUS_COLOR[record.status]">{{ PLAN_STATUS[record.status] || record.status }}</a-tag></template>
          <template v-else-if="column.key === 'appliedOn'">{{ fmtDate(record.appliedOn) }}</template>
          <template v-else-if="column.key === 'validUntil'">{{ fmtDate(record.validUntil) }}</template>
          <template v-else-if="column.key === 'open'">
            <a-button type="link" size="small" data-test="plan-open" @click="show(record.id)">详情</a-button></template>
        </template>
        <template #emptyText><span class="muted">没有符合条件的用编计划</span></template>
      </a-table>
      <plan-detail :plan-id="planId" @close="show('')" @changed="changed"></plan-detail>
      <apply-plan v-if="canApply" v-model:open="applying" @done="applied"></apply-plan>
    </div>`,
};
