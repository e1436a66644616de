// 登记备案: the filed people on a date (filters in the address, the 查询表 as XLSX), 应备未备 from the registry's rule,
// and the steps of a filing.
import { get, download } from '../../api.js';
import { route, setQuery } from '../../router.js';
import { usePaged, showError, fmtDate } from '../../ui.js';
import { options } from '../../labels.js';
import { FilingForm, FilingHistory } from './filing-forms.js';

const { reactive, ref, onMounted } = Vue;


export default {
  components: { FilingForm, FilingHistory },
  setup() {
    // one set of filters in the address for both tabs: the filed people and those who should be (应备未备)
    const f = reactive({ unit: '', category: '', status: '', text: '', asOf: '' });
    const tab = ref(route.query.tab || 'filed');
    const p = usePaged(({ offset, limit }) => get('/travel/filings', { ...f, offset, limit }), { filters: f });
    const required = usePaged(({ offset, limit }) => get('/travel/filings/required',
      { unit: f.unit, asOf: f.asOf, missing: 'true', offset, limit }));
    const search = () => {
      if (tab.value === 'filed') return p.search();
      p.page = 1;
      p.keep();
      return required.load(1);
    };
    const pick = (k) => { tab.value = k; setQuery({ ...route.query, tab: k }); search(); };
    const step = reactive({ action: '', filing: null, preset: null });
    const open = (action, filing, preset) => Object.assign(step, { action, filing: filing || null, preset: preset || null });
    const fileRequired = (r) => open('create', null, { personId: r.person.id, category: r.suggestedCategory || undefined, since: r.since });
    const done = () => { step.action = ''; search(); };
    const historyOf = ref(null);
    const exporting = ref(false);
    const xlsx = async () => {
      exporting.value = true;
      try { await download('/travel/filings', { ...f, format: 'xlsx' }, '登记备案人员因私出国（境）信息查询表.xlsx'); }
      catch (e) { showError(e); } finally { exporting.value = false; }
    };
    onMounted(() => (tab.value === 'filed' ? p : required).load());
    const columns = [
      { title: '姓名', key: 'name', width: 100 },
      { title: '身份证号', key: 'idNumber', width: 170 },
      { title: '单位 / 现任职务', key: 'post', width: 240, ellipsis: true },
      { title: '人员类型', key: 'category', width: 170 },
      { title: '人事主管部门', dataIndex: 'department', width: 140, ellipsis: true },
      { title: '起始', dataIndex: 'validFrom', width: 105 },
      { title: '状态', key: 'status', width: 150 },
      { title: '证件', key: 'documents', width: 150 },
      { title: '', key: 'actions', width: 200 },
    ];
    const requiredColumns = [
      { title: '姓名', key: 'name', width: 100 },
      { title: '身份证号', key: 'idNumber', width: 170 },
      { title: '职务', dataIndex: 'post', ellipsis: true },
      { title: '建议类型', key: 'category', width: 180 },
      { title: '任职起始', dataIndex: 'since', width: 110 },
      { title: '', key: 'actions', width: 110 },
    ];
    return { f, tab, p, required, search, pick, step, open, fileRequired, done, historyOf, xlsx, exporting,
      columns, requiredColumns, fmtDate, categories: options('FilingCategory'), statuses: options('FilingStatus') };
  },
  template: `
  <div class="travel-filings">
    <h1 class="page-title">登记备案</h1>
    <form class="toolbar" @submit.prevent="search" role="search">
      <bz-unit-select v-model:value="f.unit" placeholder="单位（含下级）" data-test="filings-unit"></bz-unit-select>
      <template v-if="tab === 'filed'">
        <a-select v-model:value="f.category" :options="[{value: '', label: '全部类型'}, ...categories]" style="width: 190px"
                  data-test="filings-category"></a-select>
        <a-select v-model:value="f.status" :options="[{value: '', label: '全部状态'}, ...statuses]" style="width: 110px"
                  data-test="filings-status"></a-select>
        <a-input v-model:value="f.text" placeholder="姓名或身份证号" allow-clear style="width: 150px" data-test="filings-text"></a-input>
      </template>
      <bz-date v-model:value="f.asOf" placeholder="日期（默认今天）"></bz-date>
      <a-button type="primary" html-type="submit" data-test="filings-search">查询</a-button>
      <span class="toolbar-spacer"></span>
      <a-button v-if="tab === 'filed'" :loading="exporting" @click="xlsx" data-test="filings-xlsx">下载查询表（XLSX）</a-button>
      <a-button type="primary" @click="open('create')" data-test="filing-new">登记备案</a-button>
    </form>
    <a-tabs :active-key="tab" @change="pick" data-test="filings-tabs">
      <a-tab-pane key="filed" tab="登记备案人员"></a-tab-pane>
      <a-tab-pane key="required" tab="应备未备"></a-tab-pane>
    </a-tabs>
    <a-table v-if="tab === 'filed'" :columns="columns" :data-source="p.rows" :loading="p.loading" row-key="id" size="middle"
             :pagination="p.pagination" @change="p.change" :scroll="{ x: 1400 }" data-test="filings-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'name'">{{ record.person.name }}</template>
        <template v-else-if="column.key === 'idNumber'">{{ record.person.idNumber }}</template>
        <template v-else-if="column.key === 'post'">{{ record.post || record.person.unitName || '—' }}</template>
        <template v-else-if="column.key === 'category'">{{ record.categoryLabel }}</template>
        <template v-else-if="column.key === 'status'">
          <a-tag :color="record.status === 'NOT_FILED' ? 'orange' : 'green'">{{ record.statusLabel }}</a-tag>
          <span v-if="record.reportDue" class="muted">限 {{ fmtDate(record.reportDue) }}</span>
        </template>
        <template v-else-if="column.key === 'documents'">
          <div v-for="d in record.documents" :key="d.id">{{ d.typeLabel }} {{ d.custodyLabel }}</div>
          <span v-if="!record.documents.length" class="muted">无</span>
        </template>
        <template v-else-if="column.key === 'actions'">
          <a-space>
            <a v-if="record.status === 'NOT_FILED'" @click="open('report', record)" data-test="filing-report">报备</a>
            <a v-if="!record.validTo" @click="open('change', record)" data-test="filing-change">变更</a>
            <a v-if="!record.validTo" @click="open('end', record)" data-test="filing-end">撤销</a>
            <a @click="historyOf = record.person.id" data-test="filing-history-link">历史</a>
          </a-space>
        </template>
      </template>
    </a-table>
    <a-table v-else :columns="requiredColumns" :data-source="required.rows" :loading="required.loading" :row-key="(r) => r.person.id"
             size="middle" :pagination="required.pagination" @change="required.change" data-test="required-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'name'">{{ record.person.name }}</template>
        <template v-else-if="column.key === 'idNumber'">{{ record.person.idNumber }}</template>
        <template v-else-if="column.key === 'category'">{{ record.suggestedCategoryLabel }}{{ record.rank ? '（' + record.rankLabel + '）' : '' }}</template>
        <template v-else-if="column.key === 'actions'">
          <a-button size="small" type="primary" @click="fileRequired(record)" data-test="required-file">登记备案</a-button>
        </template>
      </template>
    </a-table>
    <filing-form :action="step.action" :filing="step.filing" :preset="step.preset" @close="step.action = ''" @done="done"></filing-form>
    <filing-history :person-id="historyOf" @close="historyOf = null"></filing-history>
  </div>`,
};
