// 检查发现 (OFFICE, CADRE_SUPERVISION, UNIT_CLERK): the findings of the whole module (GET /travel/findings) by check
// group (应备尽备/应交尽交/应审尽审), rule, unit, person and date, with the count of each rule and the XLSX; "立案处理"
// opens the approval desk's case form with the finding's key (OFFICE, CADRE_SUPERVISION), else the person.
import { get, download } from '../../api.js';
import { caseFormFor } from './common.js';
import { can } from '../../session.js';
import { href } from '../../router.js';
import { label, options } from '../../labels.js';
import { usePaged, showError } from '../../ui.js';

const { ref, reactive, computed, onMounted } = Vue;

export default {
  setup() {
    const filters = reactive({ group: '', rule: '', unit: '', person: '', asOf: '', recordedOn: '' });
    const counts = ref({});
    const downloading = ref(false);
    const p = usePaged(async ({ offset, limit }) => {
      const r = await get('/travel/findings', { ...filters, offset, limit });
      counts.value = r.counts || {};
      return { items: r.items, total: r.total };
    }, { size: 50, filters });
    const reload = p.search;
    const pickGroup = (g) => { filters.group = g; filters.rule = ''; reload(); };
    const pickRule = (r) => { filters.rule = filters.rule === r ? '' : r; reload(); };
    const xlsx = async () => {
      downloading.value = true;
      try {
        await download('/travel/findings', { ...filters, format: 'xlsx' }, '出国（境）管理检查发现.xlsx');
      } catch (e) {
        showError(e);
      } finally {
        downloading.value = false;
      }
    };
    onMounted(() => p.load());

    const groups = [{ value: '', label: '全部' }, ...options('CheckGroup')];
    const RULE_GROUP = { FILING: ['FILING_MISSING', 'FILING_REPORT_OVERDUE', 'FILING_OUTDATED'],
      CUSTODY: ['DOCUMENT_NOT_IN_CUSTODY', 'DOCUMENT_HANDED_IN_LATE', 'DOCUMENT_NOT_RETURNED', 'CROSSING_WHILE_IN_CUSTODY'] };
    const inGroup = (rule) => !filters.group || (RULE_GROUP[filters.group] ? RULE_GROUP[filters.group].includes(rule)
      : ![...RULE_GROUP.FILING, ...RULE_GROUP.CUSTODY].includes(rule));
    const tags = computed(() => options('TravelRule').filter((o) => inGroup(o.value)).map((o) => ({ ...o, n: counts.value[o.value] || 0 })));
    const opensCases = can('OFFICE', 'CADRE_SUPERVISION');
    const caseLink = (f) => caseFormFor(f, opensCases, href) || href('/people/' + f.personId);
    const columns = [
      { title: '检查规则', key: 'rule', width: 170 },
      { title: '单位', key: 'unit', width: 170 },
      { title: '姓名', key: 'person', width: 100 },
      { title: '日期', dataIndex: 'date', key: 'date', width: 110 },
      { title: '情况', dataIndex: 'message', key: 'message' },
      { title: '', key: 'action', width: 100 },
    ];
    return { filters, counts, p, reload, pickGroup, pickRule, xlsx, downloading, groups, tags, columns, href, label,
      caseLink, ruleOptions: computed(() => [{ value: '', label: '全部规则' }, ...options('TravelRule').filter((o) => inGroup(o.value))]) };
  },
  template: `
  <div class="travel-findings">
    <h2>检查发现</h2>
    <a-tabs :active-key="filters.group" @change="pickGroup" data-test="travel-findings-groups">
      <a-tab-pane v-for="g in groups" :key="g.value"><template #tab><span :data-test="'travel-group-' + (g.value || 'ALL')">{{ g.label }}</span></template></a-tab-pane>
    </a-tabs>
    <div class="toolbar">
      <a-select v-model:value="filters.rule" :options="ruleOptions" style="width: 220px" @change="reload" data-test="travel-filter-rule" aria-label="检查规则"></a-select>
      <span data-test="travel-filter-unit"><bz-unit-select v-model:value="filters.unit" @change="reload" placeholder="单位（含下级），输入名称或代码"></bz-unit-select></span>
      <a-input v-model:value="filters.person" placeholder="人员编号" style="width: 120px" @press-enter="reload" data-test="travel-filter-person" aria-label="人员编号"></a-input>
      <bz-date v-model:value="filters.asOf" placeholder="检查日期（默认今天）" @change="reload" data-test="travel-filter-asof"></bz-date>
      <bz-date v-model:value="filters.recordedOn" placeholder="登记截止日（默认现在）" @change="reload" data-test="travel-filter-recorded-on"></bz-date>
      <a-button :loading="downloading" @click="xlsx" data-test="travel-download-xlsx">下载 XLSX</a-button>
    </div>
    <div class="rule-counts" data-test="travel-rule-counts">
      <span class="muted">按规则：</span>
      <a-tag v-for="t in tags" :key="t.value" :color="filters.rule === t.value ? '#b71c1c' : undefined" class="rule-tag" :data-rule="t.value">
        <a href="javascript:void(0)" role="button" :aria-pressed="filters.rule === t.value" @click="pickRule(t.value)">{{ t.label }} {{ t.n }}</a>
      </a-tag>
    </div>
    <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" :pagination="p.pagination" @change="p.change"
             :row-key="(r) => r.key" size="middle" :scroll="{ x: 1000 }" data-test="travel-findings-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'rule'">{{ record.ruleLabel }}<div class="muted small">{{ record.groupLabel }}</div></template>
        <template v-else-if="column.key === 'unit'">
          <a v-if="record.unitCode" :href="href('/units', { code: record.unitCode })">{{ record.unitName || record.unitCode }}</a>
        </template>
        <template v-else-if="column.key === 'person'"><a :href="href('/people/' + record.personId)">{{ record.personName }}</a></template>
        <template v-else-if="column.key === 'message'"><div class="finding-message" :title="record.message">{{ record.message }}</div></template>
        <template v-else-if="column.key === 'action'"><a :href="caseLink(record)" data-test="travel-open-case">立案处理</a></template>
      </template>
    </a-table>
  </div>`,
};
