// 混编混岗人员花名册 (GET /reports/mixed-posts?asOf=&unit=): the people of the three mixed-post rules with their
// unit, rule, situation, basis and status. The API answers the whole roster (it has no paging); shown 50 a page.
import { href } from '../../router.js';
import { label } from '../../labels.js';
import { useReport, DownloadButtons, ReportFilters, localPagination } from './common.js';

const { computed } = Vue;

const STATUS_COLORS = { OPEN: 'red', ACKNOWLEDGED: 'orange', RESOLVED: 'green' };

export default {
  components: { DownloadButtons, ReportFilters },
  setup() {
    const r = useReport('mixed-posts', '/reports/mixed-posts', []);
    const rows = computed(() => ((r.data.value && r.data.value.people) || [])
      .map((f, i) => ({ ...f, n: i + 1, rowKey: (f.id || '') + ':' + f.rule + ':' + (f.personId || '') + ':' + i })));
    const columns = [
      { title: '序号', key: 'n', width: 64 },
      { title: '单位', key: 'unit', width: 200, ellipsis: true },
      { title: '姓名', key: 'name', width: 90 },
      { title: '身份证号', dataIndex: 'idNumber', key: 'idNumber', width: 180 },
      { title: '问题类型', key: 'rule', width: 190 },
      { title: '情况说明', dataIndex: 'message', key: 'message' },
      { title: '处理状态', key: 'status', width: 90 },
    ];
    return { pagination: localPagination('条'), ...r, rows, columns, href, label, STATUS_COLORS };
  },
  template: `
  <div class="report-mixed-posts">
    <report-filters :filters="filters" @change="load">
      <download-buttons path="/reports/mixed-posts" :query="query" name="混编混岗人员花名册"></download-buttons>
    </report-filters>
    <div class="report-card">
      <h3>混编混岗人员<span v-if="data" class="muted small">　统计日期 {{ data.asOf }}，共 {{ data.total }} 人次</span></h3>
      <a-table :columns="columns" :data-source="rows" :loading="loading" row-key="rowKey" size="small"
               :pagination="pagination"
               :custom-row="(x) => ({ 'data-rule': x.rule, 'data-unit-code': x.unitCode })" :scroll="{ x: 1000 }"
               data-test="mixed-posts-table">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'n'">{{ record.n }}</template>
          <template v-else-if="column.key === 'unit'"><a :href="href('/units', { code: record.unitCode })">{{ record.unitName }}</a></template>
          <template v-else-if="column.key === 'name'">
            <a v-if="record.personId" :href="href('/people/' + record.personId)">{{ record.personName }}</a>
          </template>
          <template v-else-if="column.key === 'message'"><div class="finding-message" :title="record.message">{{ record.message }}</div></template>
          <template v-else-if="column.key === 'rule'">{{ record.ruleLabel || label('Rule', record.rule) }}</template>
          <template v-else-if="column.key === 'status'">
            <a-tag v-if="record.status" :color="STATUS_COLORS[record.status]">{{ record.statusLabel }}</a-tag>
          </template>
        </template>
      </a-table>
    </div>
  </div>`,
};
