// 问题统计 (GET /reports/findings?asOf=&unit=): the findings counted by rule and unit, a chart by rule; every
// count links to the findings worklist filtered by that unit and rule (#/audit?unit=...&rule=...).
import { href } from '../../router.js';
import { label } from '../../labels.js';
import { useReport, DownloadButtons, ReportFilters, barOption, COLORS, localPagination } from './common.js';

const { computed } = Vue;

export default {
  components: { DownloadButtons, ReportFilters },
  setup() {
    const r = useReport('findings', '/reports/findings', []);
    const rules = computed(() => {
      const d = r.data.value;
      if (!d) return [];
      return Object.entries(d.rules || {}).map(([code, text]) => ({ code, text: text || label('Rule', code), n: (d.totals || {})[code] || 0 }));
    });
    /** a column per rule that has findings, so the table fits the screen */
    const shown = computed(() => rules.value.filter((x) => x.n > 0));
    const columns = computed(() => [
      { title: '单位', key: 'unit', dataIndex: 'unitName', fixed: 'left', width: 200, ellipsis: true },
      ...shown.value.map((x) => ({ title: x.text, key: x.code, width: 88, align: 'right' })),
      { title: '合计', key: 'total', dataIndex: 'total', width: 72, align: 'right', fixed: 'right' },
    ]);
    const rows = computed(() => ((r.data.value && r.data.value.units) || []));
    const chart = computed(() => {
      if (!rules.value.length) return null;
      return barOption(rules.value.map((x) => x.text), [{ name: '问题数', data: rules.value.map((x) => x.n),
        itemStyle: { color: COLORS.over }, label: { show: true, position: 'top' } }], { unit: '条' });
    });
    const link = (unit, rule) => href('/audit', { unit, rule, asOf: r.filters.asOf });
    return { pagination: localPagination('个单位'), ...r, rules, shown, columns, rows, chart, link, href };
  },
  template: `
  <div class="report-finding-stats">
    <report-filters :filters="filters" @change="load">
      <download-buttons path="/reports/findings" :query="query" name="稽核问题统计"></download-buttons>
    </report-filters>
    <div class="report-grid">
      <div class="report-card">
        <a-table :columns="columns" :data-source="rows" :loading="loading" row-key="unitCode" size="small"
                 :pagination="pagination"
                 :custom-row="(x) => ({ 'data-unit-code': x.unitCode })" :scroll="{ x: 272 + shown.length * 88, y: 420 }"
                 class="report-table" data-test="finding-stats-table">
          <template #bodyCell="{ column, record }">
            <template v-if="column.key === 'unit'"><a :href="href('/units', { code: record.unitCode })">{{ record.unitName }}</a></template>
            <template v-else-if="column.key === 'total'"><a :href="link(record.unitCode)">{{ record.total }}</a></template>
            <template v-else>
              <a v-if="record.counts[column.key]" :href="link(record.unitCode, column.key)" :data-col="column.key">{{ record.counts[column.key] }}</a>
              <span v-else class="muted">0</span>
            </template>
          </template>
          <template #summary>
            <a-table-summary v-if="data" fixed>
              <a-table-summary-row class="report-total" data-total="total">
                <a-table-summary-cell :index="0"><strong>合计</strong></a-table-summary-cell>
                <a-table-summary-cell v-for="(x, i) in shown" :key="x.code" :index="i + 1" align="right">
                  <a :href="link(filters.unit, x.code)" :data-col="x.code">{{ x.n }}</a>
                </a-table-summary-cell>
                <a-table-summary-cell :index="shown.length + 1" align="right"><strong>{{ data.total }}</strong></a-table-summary-cell>
              </a-table-summary-row>
            </a-table-summary>
          </template>
        </a-table>
      </div>
      <div v-if="chart" class="report-card">
        <h3>按问题类型<span v-if="data" class="muted small">　统计日期 {{ data.asOf }}，共 {{ data.total }} 条</span></h3>
        <bz-chart :option="chart" height="260px" data-test="finding-stats-chart"></bz-chart>
      </div>
    </div>
  </div>`,
};
