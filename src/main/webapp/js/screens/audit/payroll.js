// 工资比对 (OFFICE and INSPECTOR): the months of the payroll list held (GET /payroll/months), a month's findings
// against the registry a page at a time (GET /payroll/findings, offset/limit) with counts per rule, and the XLSX.
import { get, download } from '../../api.js';
import { can } from '../../session.js';
import { href } from '../../router.js';
import { label, options } from '../../labels.js';
import { usePaged, showError, fmtTime } from '../../ui.js';

const { ref, reactive, computed, onMounted } = Vue;

// The names of PayrollRule (README "Payroll reconciliation"), for as long as labels.js has none for it.
const FALLBACK = {
  PAID_WITHOUT_OCCUPANCY: '有薪无编',
  PAID_AFTER_EXIT: '出编后仍发薪',
  OCCUPANCY_NOT_PAID: '有编无薪（疑似空挂）',
  PAYING_UNIT_MISMATCH: '发薪单位与编制单位不符',
};
const ruleLabel = (c) => (label('PayrollRule', c) !== c ? label('PayrollRule', c) : FALLBACK[c] || c);
const ruleOptions = () => (options('PayrollRule').length ? options('PayrollRule')
  : Object.entries(FALLBACK).map(([value, text]) => ({ value, label: text })));

export default {
  setup() {
    const months = ref([]);
    const monthsLoaded = ref(false);
    const filters = reactive({ month: '', rule: '', unit: '' });
    const counts = ref({});
    const downloading = ref(false);

    const p = usePaged(async ({ offset, limit }) => {
      if (!filters.month) return { items: [], total: 0 };
      const r = await get('/payroll/findings', { ...filters, offset, limit });
      counts.value = r.counts || {};
      return { items: r.items, total: r.total };
    }, { size: 50, filters });
    const reload = p.search;
    const pickRule = (r) => { filters.rule = filters.rule === r ? '' : r; reload(); };

    const xlsx = async () => {
      downloading.value = true;
      try {
        await download('/payroll/findings', { ...filters, format: 'xlsx' }, `工资比对${filters.month}.xlsx`);
      } catch (e) {
        showError(e);
      } finally {
        downloading.value = false;
      }
    };

    onMounted(async () => {
      try {
        // a month a year: one page holds every month the registry will ever keep
        months.value = (await get('/payroll/months', { limit: 500 })).items;
      } catch (e) {
        showError(e);
      }
      monthsLoaded.value = true;
      if (!filters.month && months.value.length) {
        filters.month = [...months.value].map((m) => m.month).sort().pop();
        p.keep();
      }
      p.load();
    });

    const monthOptions = computed(() => months.value.map((m) => ({ value: m.month,
      label: `${m.month}（${m.lines} 条，${m.payingUnits} 个发薪单位）` })));
    const current = computed(() => months.value.find((m) => m.month === filters.month));
    const tags = computed(() => ruleOptions().map((o) => ({ ...o, n: counts.value[o.value] || 0 })));
    const columns = [
      { title: '问题类型', key: 'rule', width: 170 },
      { title: '单位', key: 'unit', width: 200 },
      { title: '姓名', key: 'person', width: 100 },
      { title: '身份证号', dataIndex: 'idNumber', key: 'idNumber', width: 180 },
      { title: '情况说明', dataIndex: 'message', key: 'message' },
    ];
    const rowProps = (r) => ({ 'data-rule': r.rule });
    return { months, monthsLoaded, filters, counts, p, reload, pickRule, xlsx, downloading, monthOptions, current,
      tags, columns, rowProps, ruleLabel, ruleOptions: ruleOptions(), href, fmtTime, canImport: can('OFFICE') };
  },
  template: `
  <div class="audit-payroll">
    <a-empty v-if="monthsLoaded && !months.length" description="尚未导入财政统发工资名单">
      <a v-if="canImport" :href="href('/transfers')">到“导入导出”导入工资名单</a>
    </a-empty>
    <template v-else>
      <div class="toolbar">
        <a-select v-model:value="filters.month" :options="monthOptions" style="width: 300px" placeholder="选择月份"
                  @change="reload" data-test="payroll-month" aria-label="发薪月份"></a-select>
        <a-select v-model:value="filters.rule" :options="[{ value: '', label: '全部比对问题' }, ...ruleOptions]"
                  style="width: 210px" @change="reload" data-test="payroll-filter-rule" aria-label="比对问题类型"></a-select>
        <span data-test="payroll-filter-unit"><bz-unit-select v-model:value="filters.unit" @change="reload" placeholder="单位（含下级），输入名称或代码"></bz-unit-select></span>
        <a-button :loading="downloading" :disabled="!filters.month" @click="xlsx" data-test="payroll-download-xlsx">下载 XLSX</a-button>
      </div>
      <p v-if="current" class="muted small">该月名单最近导入于 {{ fmtTime(current.lastImportedAt) }}；比对结果在查询时按实名制数据计算。</p>
      <div class="rule-counts" data-test="payroll-rule-counts">
        <span class="muted">按问题类型：</span>
        <a-tag v-for="t in tags" :key="t.value" :color="filters.rule === t.value ? '#b71c1c' : undefined" class="rule-tag"
               :data-rule="t.value">
          <a href="javascript:void(0)" role="button" :aria-pressed="filters.rule === t.value" @click="pickRule(t.value)">{{ t.label }} {{ t.n }}</a>
        </a-tag>
      </div>
      <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" :pagination="p.pagination" @change="p.change"
               :row-key="(r, i) => r.rule + (r.idNumber || '') + r.unitCode + i" size="middle" :custom-row="rowProps"
               :scroll="{ x: 900 }" data-test="payroll-table">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'rule'">{{ record.ruleLabel || ruleLabel(record.rule) }}</template>
          <template v-else-if="column.key === 'unit'">
            <a v-if="record.unitCode" :href="href('/units', { code: record.unitCode })">{{ record.unitName || record.unitCode }}</a>
          </template>
          <template v-else-if="column.key === 'message'"><div class="finding-message" :title="record.message">{{ record.message }}</div></template>
          <template v-else-if="column.key === 'person'">
            <a v-if="record.personId" :href="href('/people/' + record.personId)">{{ record.personName }}</a>
            <span v-else>{{ record.personName }}</span>
          </template>
        </template>
      </a-table>
    </template>
  </div>`,
};
