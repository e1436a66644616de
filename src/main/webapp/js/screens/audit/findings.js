// 稽核问题清单: filters kept in the address (#/audit?unit=...&rule=...&status=...&asOf=...&person=...&page=...),
// counts per rule as clickable tags, a page of findings from GET /findings (offset/limit), the detail in a drawer.
import { get } from '../../api.js';
import { href } from '../../router.js';
import { label, options } from '../../labels.js';
import { usePaged, fmtDate, today } from '../../ui.js';
import FindingDrawer from './finding-drawer.js';
import NoticeButton from './notice.js';

const { reactive, computed, onMounted } = Vue;

/** 处理状态 choices: the API's default (present now), one status, or every state. */
export const STATUS_OPTIONS = [
  { value: '', label: '当前存在的问题' },
  { value: 'OPEN', label: '待处理' },
  { value: 'ACKNOWLEDGED', label: '已确认' },
  { value: 'RESOLVED', label: '已整改' },
  { value: 'ALL', label: '全部' },
];

const STATUS_COLORS = { OPEN: 'red', ACKNOWLEDGED: 'orange', RESOLVED: 'green' };

const KEYS = ['asOf', 'rule', 'unit', 'status', 'person'];

export default {
  components: { FindingDrawer, NoticeButton },
  setup() {
    const filters = reactive(Object.fromEntries(KEYS.map((k) => [k, ''])));
    const counts = reactive({ byRule: {}, asOf: '' });
    const drawer = reactive({ open: false, id: null });
    /** the unit last chosen in the picker (which then shows its name itself) */

    // the address follows the filters and the page, so a link or a reload shows the same list
    const p = usePaged(async ({ offset, limit }) => {
      let r;
      try {
        r = await get('/findings', { ...filters, offset, limit });
      } catch (e) {
        counts.byRule = {};
        throw e;
      }
      counts.byRule = r.countByRule || {};
      counts.asOf = r.asOf;
      return { items: r.items, total: r.total };
    }, { size: 50, filters });
    const reload = p.search;

    const pickRule = (rule) => { filters.rule = filters.rule === rule ? '' : rule; reload(); };
    const clearPerson = () => { filters.person = ''; reload(); };
    const reset = () => { for (const k of KEYS) filters[k] = ''; reload(); };

    const ruleTags = computed(() => options('Rule').map((o) => ({ ...o, n: counts.byRule[o.value] || 0 }))
      .filter((o) => o.n > 0 || o.value === filters.rule));
    const countTotal = computed(() => Object.values(counts.byRule).reduce((a, b) => a + b, 0));
    const pastDate = computed(() => !!filters.asOf && filters.asOf !== today());
    // the person of person=<id>: named from the rows (no extra call: opening a person's record is logged)
    const personName = computed(() => {
      const id = String(filters.person || '');
      for (const r of p.rows) {
        if (String(r.personId) === id) return r.personName;
        const x = (r.persons || []).find((y) => String(y.personId) === id);
        if (x) return x.name;
      }
      return '';
    });
    /** the service answered findings of other people: it does not (yet) filter by person */
    const personIgnored = computed(() => !!filters.person && p.rows.some((r) => String(r.personId) !== String(filters.person)
      && !(r.persons || []).some((y) => String(y.personId) === String(filters.person))));

    const columns = [
      { title: '问题类型', key: 'rule', width: 150 },
      { title: '单位', key: 'unit', width: 190 },
      { title: '涉及人员', key: 'person', width: 170 },
      { title: '情况说明', dataIndex: 'message', key: 'message' },
      { title: '处理状态', key: 'status', width: 92 },
      { title: '首次发现', key: 'firstSeen', width: 104 },
      { title: '最近发现', key: 'lastSeen', width: 104 },
      { title: '操作', key: 'action', width: 64 },
    ];
    const rowProps = (r) => ({ 'data-rule': r.rule, 'data-finding-id': r.id == null ? '' : r.id });
    const open = (r) => { drawer.id = r.id; drawer.open = true; };
    const changed = () => p.load();

    onMounted(() => p.load());
    return { filters, counts, p, drawer, columns, rowProps, open, changed, reload, pickRule, clearPerson, reset,
      ruleTags, countTotal, pastDate, personName, personIgnored, href, label, fmtDate, ruleOptions: options('Rule'), STATUS_OPTIONS, STATUS_COLORS };
  },
  template: `
  <div class="audit-findings">
    <div class="toolbar">
      <a-select v-model:value="filters.rule" :options="[{ value: '', label: '全部问题类型' }, ...ruleOptions]"
                style="width: 230px" @change="reload" data-test="findings-filter-rule" aria-label="问题类型"></a-select>
      <span data-test="findings-filter-unit">
        <bz-unit-select v-model:value="filters.unit" @change="reload"
                        placeholder="单位（含下级），输入名称或代码"></bz-unit-select>
      </span>
      <a-select v-model:value="filters.status" :options="STATUS_OPTIONS" style="width: 150px" @change="reload"
                data-test="findings-filter-status" aria-label="处理状态"></a-select>
      <span data-test="findings-filter-asof" class="asof-picker">
        <bz-date v-model:value="filters.asOf" placeholder="稽核日期（默认今天）" @change="reload"></bz-date>
      </span>
      <a-tag v-if="filters.person" closable @close.prevent="clearPerson" data-test="findings-filter-person">
        人员：{{ personName || ('编号 ' + filters.person) }}
      </a-tag>
      <a-button @click="reset" data-test="findings-reset">清空条件</a-button>
      <notice-button v-if="filters.unit" :unit="filters.unit"></notice-button>
    </div>
    <div class="rule-counts" data-test="rule-counts">
      <span class="muted">{{ counts.asOf || '' }} 按问题类型：</span>
      <a-tag v-for="t in ruleTags" :key="t.value" :color="filters.rule === t.value ? '#b71c1c' : undefined"
             class="rule-tag" :data-rule="t.value">
        <a href="javascript:void(0)" role="button" :aria-pressed="filters.rule === t.value" @click="pickRule(t.value)">{{ t.label }} {{ t.n }}</a>
      </a-tag>
      <span v-if="!ruleTags.length" class="muted">没有问题</span>
      <span v-else class="muted">共 {{ countTotal }} 条</span>
    </div>
    <a-alert v-if="pastDate" type="info" show-icon class="audit-past"
             message="过去日期的问题按当时的历史数据即时计算；未在当天记录过的问题没有处理记录。"></a-alert>
    <a-alert v-if="personIgnored" type="warning" show-icon class="audit-past"
             message="服务暂不支持按人员筛选，下表列出的是其他条件下的全部问题。"></a-alert>
    <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" :pagination="p.pagination" @change="p.change"
             :row-key="(r, i) => r.id || (r.rule + r.unitCode + (r.personId || '') + i)" size="middle"
             :custom-row="rowProps" :scroll="{ x: 1000 }" data-test="findings-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'rule'">
          <span>{{ record.ruleLabel || label('Rule', record.rule) }}</span>
          <div v-if="record.subjectLabel" class="muted small">{{ record.subjectLabel }}</div>
        </template>
        <template v-else-if="column.key === 'unit'">
          <a :href="href('/units', { code: record.unitCode })">{{ record.unitName || record.unitCode }}</a>
        </template>
        <template v-else-if="column.key === 'person'">
          <a v-if="record.personId" :href="href('/people/' + record.personId)">{{ record.personName || record.personId }}</a>
          <span v-else-if="record.persons && record.persons.length" class="persons">
            <template v-for="(x, i) in record.persons.slice(0, 3)" :key="x.personId">
              <span v-if="i">、</span><a :href="href('/people/' + x.personId)">{{ x.name || x.personId }}</a>
            </template>
            <span v-if="record.persons.length > 3" class="muted"> 等 {{ record.persons.length }} 人</span>
          </span>
          <span v-else class="muted">—</span>
        </template>
        <template v-else-if="column.key === 'status'">
          <a-tag v-if="record.status" :color="STATUS_COLORS[record.status]">{{ record.statusLabel || label('FindingStatus', record.status) }}</a-tag>
          <span v-else class="muted">未记录</span>
          <div v-if="record.reopened" class="muted small">重新打开 {{ record.reopened }} 次</div>
        </template>
        <template v-else-if="column.key === 'message'"><div class="finding-message" :title="record.message">{{ record.message }}</div></template>
        <template v-else-if="column.key === 'firstSeen'">{{ fmtDate(record.firstSeen) }}</template>
        <template v-else-if="column.key === 'lastSeen'">{{ fmtDate(record.lastSeen) }}</template>
        <template v-else-if="column.key === 'action'">
          <a-button v-if="record.id" type="link" size="small" @click="open(record)" :data-test="'finding-open-' + record.id">详情</a-button>
        </template>
      </template>
    </a-table>
    <finding-drawer v-model:open="drawer.open" :id="drawer.id" @changed="changed"></finding-drawer>
  </div>`,
};
