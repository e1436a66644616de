// 领导职数配备 (GET /reports/leadership?asOf=&unit=): per unit and category 核定 / 实配 / 空缺 / 超配, the totals per
// category and the grand total, and a chart of the categories.
import { href } from '../../router.js';
import { label } from '../../labels.js';
import { useReport, DownloadButtons, ReportFilters, barOption, COLORS, localPagination } from './common.js';

const { computed } = Vue;

const NUMS = ['approved', 'holders', 'vacant', 'over'];

export default {
  components: { DownloadButtons, ReportFilters },
  setup() {
    const r = useReport('leadership', '/reports/leadership', []);
    const rows = computed(() => ((r.data.value && r.data.value.lines) || [])
      .map((l, i) => ({ ...l, rowKey: l.unitCode + ':' + l.category + ':' + i })));
    const totals = computed(() => (r.data.value && r.data.value.totals) || []);
    const total = computed(() => (r.data.value && r.data.value.total) || null);
    const columns = [
      { title: '单位', key: 'unit', dataIndex: 'unitName', ellipsis: true },
      { title: '职数类别', key: 'category', width: 130 },
      { title: '核定职数', key: 'approved', dataIndex: 'approved', width: 90, align: 'right' },
      { title: '实配', key: 'holders', dataIndex: 'holders', width: 80, align: 'right' },
      { title: '空缺', key: 'vacant', dataIndex: 'vacant', width: 80, align: 'right' },
      { title: '超配', key: 'over', dataIndex: 'over', width: 80, align: 'right' },
    ];
    const rowProps = (row) => ({ 'data-unit-code': row.unitCode, 'data-category': row.category });
    const chart = computed(() => {
      if (!totals.value.length) return null;
      const cats = totals.value.map((t) => label('LeadershipCategory', t.category));
      return barOption(cats, [
        { name: '核定职数', data: totals.value.map((t) => t.approved), itemStyle: { color: COLORS.approved } },
        { name: '实配', data: totals.value.map((t) => t.holders), itemStyle: { color: COLORS.holders } },
        { name: '空缺', data: totals.value.map((t) => t.vacant), itemStyle: { color: COLORS.vacant } },
        { name: '超配', data: totals.value.map((t) => t.over), itemStyle: { color: COLORS.over } },
      ], { unit: '名' });
    });
    return { pagination: localPagination(), ...r, rows, totals, total, columns, rowProps, chart, NUMS, href, label };
  },
  template: `
  <div class="report-leadership">
    <report-filters :filters="filters" @change="load">
      <download-buttons path="/reports/leadership" :query="query" name="领导职数配备"></download-buttons>
    </report-filters>
    <div class="report-grid">
      <div class="report-card">
        <a-table :columns="columns" :data-source="rows" :loading="loading" row-key="rowKey" size="small"
                 :pagination="pagination"
                 :custom-row="rowProps" :scroll="{ x: 700, y: 420 }" class="report-table" data-test="leadership-table">
          <template #bodyCell="{ column, record, text }">
            <template v-if="column.key === 'unit'"><a :href="href('/units', { code: record.unitCode })">{{ record.unitName }}</a></template>
            <template v-else-if="column.key === 'category'">{{ label('LeadershipCategory', record.category) }}</template>
            <template v-else-if="column.key === 'over'"><span data-col="over" :class="text > 0 ? 'num-over' : ''">{{ text }}</span></template>
            <template v-else-if="column.key === 'vacant'"><span data-col="vacant" :class="text > 0 ? 'num-vacant' : ''">{{ text }}</span></template>
          </template>
          <template #summary>
            <a-table-summary v-if="total" fixed>
              <a-table-summary-row v-for="t in totals" :key="t.category" class="report-total" :data-category="t.category">
                <a-table-summary-cell :index="0">合计</a-table-summary-cell>
                <a-table-summary-cell :index="1">{{ label('LeadershipCategory', t.category) }}</a-table-summary-cell>
                <a-table-summary-cell v-for="(k, i) in NUMS" :key="k" :index="i + 2" align="right">
                  <span :data-col="k" :class="k === 'over' && t[k] > 0 ? 'num-over' : ''">{{ t[k] }}</span>
                </a-table-summary-cell>
              </a-table-summary-row>
              <a-table-summary-row class="report-total" data-total="total">
                <a-table-summary-cell :index="0"><strong>总计</strong></a-table-summary-cell>
                <a-table-summary-cell :index="1">全部类别</a-table-summary-cell>
                <a-table-summary-cell v-for="(k, i) in NUMS" :key="k" :index="i + 2" align="right">
                  <span :data-col="k" :class="k === 'over' && total[k] > 0 ? 'num-over' : ''">{{ total[k] }}</span>
                </a-table-summary-cell>
              </a-table-summary-row>
            </a-table-summary>
          </template>
        </a-table>
      </div>
      <div v-if="chart" class="report-card">
        <h3>按职数类别<span v-if="data" class="muted small">　统计日期 {{ data.asOf }}</span></h3>
        <bz-chart :option="chart" height="240px" data-test="leadership-chart"></bz-chart>
      </div>
    </div>
  </div>`,
};
