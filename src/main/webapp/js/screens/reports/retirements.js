// 退休预测 (GET /reports/retirements?asOf=&unit=&years=&offset=&limit=): who reaches the statutory retirement age
// within years (1–10), a page at a time; the slots that opens per year (chart) and per unit, quota type and year.
import { route, href } from '../../router.js';
import { label } from '../../labels.js';
import { fmtDate } from '../../ui.js';
import { useReport, DownloadButtons, ReportFilters, barOption, COLORS } from './common.js';

const { reactive, computed } = Vue;

const YEARS = Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: `今后 ${i + 1} 年` }));

export default {
  components: { DownloadButtons, ReportFilters },
  setup() {
    const paging = reactive({ page: Number(route.query.page) > 0 ? Number(route.query.page) : 1, size: 50 });
    const r = useReport('retirements', '/reports/retirements', ['years'], {
      api: () => ({ offset: (paging.page - 1) * paging.size, limit: paging.size }),
      address: () => ({ page: paging.page > 1 ? paging.page : '' }),
    });
    const changed = () => { paging.page = 1; r.load(); };
    const onTable = (p) => {
      if (p.pageSize !== paging.size) { paging.size = p.pageSize; paging.page = 1; } else { paging.page = p.current; }
      r.load();
    };

    const people = computed(() => (r.data.value && r.data.value.people) || { items: [], total: 0 });
    const pagination = computed(() => ({ current: paging.page, pageSize: paging.size, total: people.value.total,
      showSizeChanger: true, pageSizeOptions: ['20', '50', '100'], showTotal: (t) => `共 ${t} 人` }));
    const byYear = computed(() => (r.data.value && r.data.value.byYear) || []);
    const openings = computed(() => ((r.data.value && r.data.value.openings) || [])
      .map((o, i) => ({ ...o, rowKey: o.unitCode + o.quotaType + o.year + ':' + i })));
    const years = computed(() => byYear.value.map((y) => y.year));

    const chart = computed(() => {
      if (!byYear.value.length) return null;
      return barOption(byYear.value.map((y) => y.year + '年'),
        [{ name: '退休腾出编制', data: byYear.value.map((y) => y.slots), itemStyle: { color: COLORS.approved },
          label: { show: true, position: 'top' } }], { unit: '名' });
    });

    const peopleColumns = [
      { title: '姓名', dataIndex: 'name', key: 'name', width: 90 },
      { title: '身份证号', dataIndex: 'idNumber', key: 'idNumber', width: 180 },
      { title: '性别', key: 'gender', width: 60 },
      { title: '出生日期', key: 'birthDate', width: 104 },
      { title: '退休年龄', dataIndex: 'retirementAge', key: 'retirementAge', width: 100 },
      { title: '退休日期', key: 'retirementDate', width: 104 },
      { title: '单位', key: 'unit', ellipsis: true },
      { title: '编制类型', key: 'quotaType', width: 120 },
    ];
    const openingColumns = [
      { title: '单位', key: 'unit', ellipsis: true },
      { title: '编制类型', key: 'quotaType', width: 130 },
      { title: '年份', dataIndex: 'year', key: 'year', width: 80 },
      { title: '腾出编制', dataIndex: 'slots', key: 'slots', width: 90, align: 'right' },
    ];
    const query = () => ({ ...r.query() });
    return { ...r, query, paging, changed, onTable, people, pagination, byYear, openings, years, chart, peopleColumns,
      openingColumns, YEARS, href, label, fmtDate };
  },
  template: `
  <div class="report-retirements">
    <report-filters :filters="filters" @change="changed">
      <a-select :value="filters.years || undefined" :options="YEARS" placeholder="今后 5 年" allow-clear style="width: 130px"
                @change="(v) => { filters.years = v || ''; changed(); }" data-test="retirement-years" aria-label="预测年数"></a-select>
      <download-buttons path="/reports/retirements" :query="query" name="退休预测"></download-buttons>
    </report-filters>
    <div class="report-grid">
      <div v-if="chart" class="report-card">
        <h3>各年退休腾出编制<span v-if="data" class="muted small">　{{ data.asOf }} 至 {{ data.until }}</span></h3>
        <bz-chart :option="chart" height="230px" data-test="retirement-chart"></bz-chart>
      </div>
      <div class="report-card">
        <h3>退休人员</h3>
        <a-table :columns="peopleColumns" :data-source="people.items" :loading="loading" :pagination="pagination"
                 @change="onTable" :row-key="(x, i) => x.idNumber + ':' + i" size="small" :scroll="{ x: 900 }"
                 data-test="retirement-table">
          <template #bodyCell="{ column, record }">
            <template v-if="column.key === 'gender'">{{ label('Gender', record.gender) }}</template>
            <template v-else-if="column.key === 'birthDate'">{{ fmtDate(record.birthDate) }}</template>
            <template v-else-if="column.key === 'retirementDate'">{{ fmtDate(record.retirementDate) }}</template>
            <template v-else-if="column.key === 'unit'"><a :href="href('/units', { code: record.unitCode })">{{ record.unitName }}</a></template>
            <template v-else-if="column.key === 'quotaType'">{{ label('QuotaType', record.quotaType) }}</template>
          </template>
        </a-table>
      </div>
      <div class="report-card">
        <h3>各单位腾出编制（按年份）</h3>
        <a-table :columns="openingColumns" :data-source="openings" :loading="loading" row-key="rowKey" size="small"
                 :pagination="{ defaultPageSize: 20, showSizeChanger: true, showTotal: (t) => '共 ' + t + ' 行' }"
                 :custom-row="(x) => ({ 'data-unit-code': x.unitCode, 'data-year': x.year })" data-test="retirement-openings">
          <template #bodyCell="{ column, record }">
            <template v-if="column.key === 'unit'"><a :href="href('/units', { code: record.unitCode })">{{ record.unitName }}</a></template>
            <template v-else-if="column.key === 'quotaType'">{{ label('QuotaType', record.quotaType) }}</template>
          </template>
        </a-table>
      </div>
    </div>
  </div>`,
};
