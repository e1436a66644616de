// 增减人通知单 tab: GET /notices?unit=&kind=&year=&offset=&limit= (filters and page in the address), 打印 per notice,
// and for OFFICE 开具增人通知单 / 开具减人通知单 (?decrease=<personId> opens the decrease form for that person).
import { get } from '../../api.js';
import { route, setQuery, navigate } from '../../router.js';
import { can } from '../../session.js';
import { fmtDate, showOk, showError, usePaged } from '../../ui.js';
import { label } from '../../labels.js';
import { unitHref, personHref, noticeHref } from '../people/common.js';
import { NOTICE_KIND, noticeKindOptions } from './common.js';
import { printNotice } from './notice-doc.js';
import IssueIncrease from './issue-increase.js';
import IssueDecrease from './issue-decrease.js';

const { reactive, ref, onMounted } = Vue;

export default {
  components: { 'issue-increase': IssueIncrease, 'issue-decrease': IssueDecrease },
  setup() {
    // nunit, npage: the plans tab has its own unit and page in the same address
    const f = reactive({ nunit: '', kind: undefined, year: undefined });
    const list = usePaged(({ offset, limit }) => get('/notices', { unit: f.nunit, kind: f.kind, year: f.year, offset, limit }),
      { filters: f, prefix: 'n' });
    const keep = (extra) => setQuery({ ...route.query, ...extra });
    const thisYear = dayjs().year();
    const years = Array.from({ length: 8 }, (_, i) => ({ value: String(thisYear - i), label: `${thisYear - i}年` }));
    const increasing = ref(false);
    // ?increase=<planId>: the increase form against that approved plan (from the plan's detail)
    const fromPlan = ref(null);
    if (route.query.increase) {
      get('/staffing-plans/' + encodeURIComponent(route.query.increase))
        .then((p) => { fromPlan.value = p; increasing.value = true; })
        .catch((e) => { showError(e); keep({ increase: '' }); });
    }
    const closeIncrease = (v) => {
      increasing.value = v;
      if (!v && fromPlan.value) { fromPlan.value = null; keep({ increase: '' }); }
    };
    const decreasing = ref(!!route.query.decrease);
    const decreaseFor = ref(route.query.decrease || '');
    const closeDecrease = (v) => { decreasing.value = v; if (!v && decreaseFor.value) { decreaseFor.value = ''; keep({ decrease: '' }); } };
    const issued = (n) => { showOk(`已开具${NOTICE_KIND[n.kind] || '通知单'} ${n.number}`); navigate('/control', { notice: n.number }); };
    onMounted(() => list.load());
    // the list's row is the same NoticeView as GET /notices/{number}
    const print = (n) => printNotice(n);
    const columns = [
      { title: '通知单号', key: 'number', width: 125 },
      { title: '类型', key: 'kind', width: 90 },
      { title: '单位', key: 'unit' },
      { title: '人员', key: 'person', width: 170 },
      { title: '编制类型', key: 'quotaType', width: 110 },
      { title: '入编/出编', key: 'effective', width: 160 },
      { title: '开具', key: 'issued', width: 150 },
      { title: '', key: 'print', width: 70 },
    ];
    return { f, years, list, increasing, fromPlan, closeIncrease, decreasing, decreaseFor, closeDecrease, issued,
      print, columns, label, fmtDate, unitHref, personHref, noticeHref, NOTICE_KIND, noticeKindOptions,
      canIssue: can('OFFICE') };
  },
  template: `
    <div>
      <div class="toolbar">
        <bz-unit-select v-model:value="f.nunit" placeholder="单位" data-test="notices-unit" @change="list.search"></bz-unit-select>
        <a-select v-model:value="f.kind" :options="noticeKindOptions" allow-clear placeholder="全部类型" style="width: 130px"
                  data-test="notices-kind" @change="list.search"></a-select>
        <a-select v-model:value="f.year" :options="years" allow-clear placeholder="全部年度" style="width: 110px"
                  data-test="notices-year" @change="list.search"></a-select>
        <span class="toolbar-gap"></span>
        <template v-if="canIssue">
          <a-button type="primary" data-test="issue-increase" @click="increasing = true">开具增人通知单</a-button>
          <a-button data-test="issue-decrease" @click="decreasing = true">开具减人通知单</a-button>
        </template>
      </div>
      <a-alert v-if="list.error" type="error" show-icon :message="list.error" class="form-error"></a-alert>
      <a-table :columns="columns" :data-source="list.rows" :loading="list.loading" row-key="id" size="middle"
               :pagination="list.pagination" @change="list.change" :scroll="{ x: 980 }" data-test="notices-table">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'number'"><a :href="noticeHref(record.number)" data-test="notice-link">{{ record.number }}</a></template>
          <template v-else-if="column.key === 'kind'">
            <a-tag :color="record.kind === 'INCREASE' ? 'green' : 'volcano'">{{ record.kind === 'INCREASE' ? '增人' : '减人' }}</a-tag></template>
          <template v-else-if="column.key === 'unit'"><a :href="unitHref(record.unitCode)">{{ record.unitName }}</a></template>
          <template v-else-if="column.key === 'person'"><a :href="personHref(record.personId)">{{ record.personName }}</a>
            <div class="muted id-number">{{ record.idNumber }}</div></template>
          <template v-else-if="column.key === 'quotaType'">{{ label('QuotaType', record.quotaType) }}</template>
          <template v-else-if="column.key === 'effective'">{{ fmtDate(record.effectiveDate) }}
            <div class="muted">{{ record.kind === 'INCREASE' ? label('EntryRoute', record.entryRoute) : label('ExitReason', record.exitReason) }}</div>
            <div v-if="record.overrideReason"><a-tag color="red" :title="record.overrideReason">超编进人</a-tag></div></template>
          <template v-else-if="column.key === 'issued'">{{ fmtDate(record.issuedOn) }}<div class="muted">{{ record.issuedBy }}</div></template>
          <template v-else-if="column.key === 'print'">
            <a-button size="small" data-test="notice-row-print" @click="print(record)">打印</a-button></template>
        </template>
        <template #emptyText><span class="muted">没有符合条件的通知单</span></template>
      </a-table>
      <template v-if="canIssue">
        <issue-increase :open="increasing" @update:open="closeIncrease" :plan="fromPlan" @issued="issued"></issue-increase>
        <issue-decrease :open="decreasing" @update:open="closeDecrease" :person-id="decreaseFor" @issued="issued"></issue-decrease>
      </template>
    </div>`,
};
