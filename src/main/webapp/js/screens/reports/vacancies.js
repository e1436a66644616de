// 空编/超编 (GET /reports/vacancies?asOf=&unit=&rollup=): per unit and quota type, or rolled up by parent unit,
// region or unit kind (each group opens into its quota types); the totals; a chart of vacant vs over.
import { href } from '../../router.js';
import { label } from '../../labels.js';
import { useReport, DownloadButtons, ReportFilters, barOption, COLORS, localPagination } from './common.js';

const { computed } = Vue;

/** VacancyRollup.By of the service: no roll-up, or parent | region | kind. */
const ROLLUPS = [
  { value: '', label: '不汇总（按单位和编制类型）' },
  { value: 'parent', label: '按上级单位汇总' },
  { value: 'region', label: '按行政区划汇总' },
  { value: 'kind', label: '按机构类型汇总' },
];

const NUMS = ['approved', 'occupied', 'reserved', 'vacant', 'over'];

export default {
  components: { DownloadButtons, ReportFilters },
  setup() {
    const r = useReport('vacancies', '/reports/vacancies', ['rollup']);
    const rolled = computed(() => !!(r.data.value && r.data.value.rollup));

    /** table rows: the lines, or one row per group with its quota types as children */
    const rows = computed(() => {
      const d = r.data.value;
      if (!d) return [];
      if (!d.rollup) {
        return (d.lines || []).map((l, i) => ({ ...l, rowKey: l.unitCode + ':' + l.quotaType + ':' + i,
          name: l.unitName, type: label('QuotaType', l.quotaType) }));
      }
      return (d.rows || []).map((g) => ({ ...g.total, rowKey: g.key, key: g.key, name: g.label, group: true,
        unitCode: d.rollup === 'parent' ? g.key : undefined, type: '合计',
        children: (g.quotas || []).map((q) => ({ ...q, rowKey: g.key + ':' + q.quotaType, name: '',
          type: label('QuotaType', q.quotaType), unitCode: d.rollup === 'parent' ? g.key : undefined })) }));
    });
    const total = computed(() => (r.data.value && r.data.value.total) || null);

    const columns = computed(() => [
      { title: rolled.value ? '汇总项' : '单位', key: 'name', dataIndex: 'name', ellipsis: true },
      { title: '编制类型', key: 'type', dataIndex: 'type', width: 150 },
      { title: '核定', key: 'approved', dataIndex: 'approved', width: 80, align: 'right' },
      { title: '实有', key: 'occupied', dataIndex: 'occupied', width: 80, align: 'right' },
      { title: '已核准未到岗', key: 'reserved', dataIndex: 'reserved', width: 110, align: 'right' },
      { title: '空编', key: 'vacant', dataIndex: 'vacant', width: 80, align: 'right' },
      { title: '超编', key: 'over', dataIndex: 'over', width: 80, align: 'right' },
    ]);
    const rowProps = (row) => ({ 'data-unit-code': row.unitCode || '', 'data-quota-type': row.quotaType || '',
      'data-group': row.group ? row.key : '', class: row.over > 0 ? 'row-over' : '' });

    /** vacant vs over per group when rolled up, otherwise per quota type of the total */
    const chart = computed(() => {
      const d = r.data.value;
      if (!d) return null;
      const src = d.rollup ? (d.rows || []).map((g) => ({ name: g.label.replace('（含下属单位）', ''), ...g.total }))
        : ((d.total && d.total.quotas) || []).map((q) => ({ name: label('QuotaType', q.quotaType), ...q }));
      if (!src.length) return null;
      return barOption(src.map((x) => x.name), [
        { name: '空编', data: src.map((x) => x.vacant), itemStyle: { color: COLORS.vacant } },
        { name: '超编', data: src.map((x) => x.over), itemStyle: { color: COLORS.over } },
      ], { unit: '名' });
    });
    const perType = computed(() => ((total.value && total.value.quotas) || []));

    return { pagination: localPagination(), ...r, rolled, rows, total, columns, rowProps, chart, perType, ROLLUPS, NUMS, href, label };
  },
  template: `
  <div class="report-vacancies">
    <report-filters :filters="filters" @change="load">
      <a-select v-model:value="filters.rollup" :options="ROLLUPS" style="width: 230px" @change="load"
                data-test="vacancy-rollup" aria-label="汇总方式"></a-select>
      <download-buttons path="/reports/vacancies" :query="query" name="空编超编统计"></download-buttons>
    </report-filters>
    <div class="report-grid">
      <div class="report-card">
        <a-table :columns="columns" :data-source="rows" :loading="loading" row-key="rowKey" size="small"
                 :pagination="pagination"
                 :custom-row="rowProps" :scroll="{ x: 760, y: 420 }" class="report-table" data-test="vacancy-table">
          <template #bodyCell="{ column, record, text }">
            <template v-if="column.key === 'name'">
              <a v-if="record.unitCode && record.name" :href="href('/units', { code: record.unitCode })">{{ record.name }}</a>
              <span v-else>{{ record.name }}</span>
            </template>
            <template v-else-if="column.key === 'over'">
              <span data-col="over" :class="text > 0 ? 'num-over' : ''">{{ text }}</span>
            </template>
            <template v-else-if="column.key === 'vacant'">
              <span data-col="vacant" :class="text > 0 ? 'num-vacant' : ''">{{ text }}</span>
            </template>
            <template v-else-if="NUMS.includes(column.key)"><span :data-col="column.key">{{ text }}</span></template>
          </template>
          <template #summary>
            <template v-if="total">
              <a-table-summary fixed>
                <a-table-summary-row v-for="q in perType" :key="q.quotaType" :data-quota-type="q.quotaType" class="report-total">
                  <a-table-summary-cell :index="0">合计</a-table-summary-cell>
                  <a-table-summary-cell :index="1">{{ label('QuotaType', q.quotaType) }}</a-table-summary-cell>
                  <a-table-summary-cell v-for="(k, i) in NUMS" :key="k" :index="i + 2" align="right">
                    <span :data-col="k" :class="k === 'over' && q[k] > 0 ? 'num-over' : ''">{{ q[k] }}</span>
                  </a-table-summary-cell>
                </a-table-summary-row>
                <a-table-summary-row class="report-total" data-total="total">
                  <a-table-summary-cell :index="0"><strong>总计</strong></a-table-summary-cell>
                  <a-table-summary-cell :index="1">全部编制类型</a-table-summary-cell>
                  <a-table-summary-cell v-for="(k, i) in NUMS" :key="k" :index="i + 2" align="right">
                    <span :data-col="k" :class="k === 'over' && total.total[k] > 0 ? 'num-over' : ''">{{ total.total[k] }}</span>
                  </a-table-summary-cell>
                </a-table-summary-row>
              </a-table-summary>
            </template>
          </template>
        </a-table>
      </div>
      <div v-if="chart" class="report-card">
        <h3>空编与超编{{ rolled ? '（按汇总项）' : '（按编制类型）' }}<span v-if="data" class="muted small">　统计日期 {{ data.asOf }}</span></h3>
        <bz-chart :option="chart" height="260px" data-test="vacancy-chart"></bz-chart>
      </div>
    </div>
  </div>`,
};
