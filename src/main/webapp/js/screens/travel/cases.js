// 问题处理: cases of travel violations with filters, 登记问题 (by hand, or ?finding=key&person=id from a finding),
// and one case in a drawer with its handlings and 登记处理 (the office and 干部监督).
import { get, download } from '../../api.js';
import { route, setQuery } from '../../router.js';
import { can } from '../../session.js';
import { usePaged, fmtDate, showOk, showError } from '../../ui.js';
import { options } from '../../labels.js';
import { CASE_COLOR, personText } from './common.js';
import { CaseForm, HandlingForm } from './case-forms.js';

const { reactive, ref, onMounted } = Vue;

const FILTERS = ['unit', 'problemClass', 'status', 'from', 'to'];

export default {
  components: { CaseForm, HandlingForm },
  setup() {
    const f = reactive(Object.fromEntries(FILTERS.map((k) => [k, ''])));
    const writes = can('OFFICE', 'CADRE_SUPERVISION');
    const creating = ref(writes && !!route.query.finding);
    const opened = ref(null);
    const p = usePaged(({ offset, limit }) => get('/travel/cases', { ...f, offset, limit }), { filters: f });
    const reset = () => { for (const k of FILTERS) f[k] = ''; p.search(); };
    // the finding a case was opened from (?finding=&person=) is done with once the form closes
    const closeCreate = () => { creating.value = false; if (route.query.finding) setQuery({ ...route.query, finding: '', person: '' }); };
    const open = async (id) => {
      try { opened.value = await get('/travel/cases/' + id); } catch (e) { showError(e); }
    };
    const saved = (c) => { closeCreate(); showOk('已登记违规问题 ' + c.id); p.load(); opened.value = c; };
    const handled = (c) => { opened.value = c; showOk('已登记处理'); p.load(); };
    const xlsx = async () => {
      try { await download('/travel/cases', { ...f, format: 'xlsx' }, '违规问题处理.xlsx'); } catch (e) { showError(e); }
    };
    onMounted(() => p.load());
    const columns = [
      { title: '问题编号', key: 'id', width: 100 },
      { title: '人员', key: 'person', width: 220 },
      { title: '问题类别', key: 'problemClass', width: 220 },
      { title: '问题情况', dataIndex: 'description', ellipsis: true },
      { title: '发现日期', key: 'foundOn', width: 110 },
      { title: '状态', key: 'status', width: 90 },
    ];
    return { f, p, reset, closeCreate, open, opened, saved, handled, creating, xlsx, columns, writes, fmtDate, CASE_COLOR,
      personText, classes: options('ProblemClass'), statuses: options('CaseStatus'),
      findingKey: route.query.finding || '', findingPerson: Number(route.query.person) || undefined };
  },
  template: `
  <div class="travel-cases-page">
    <h1 class="page-title">违规问题处理</h1>
    <form class="toolbar" @submit.prevent="p.search" role="search">
      <bz-unit-select v-model:value="f.unit" placeholder="单位（含下级）" data-test="cases-unit"></bz-unit-select>
      <a-select v-model:value="f.problemClass" :options="[{value: '', label: '全部问题类别'}, ...classes]" style="width: 220px"
                data-test="cases-class"></a-select>
      <a-select v-model:value="f.status" :options="[{value: '', label: '全部状态'}, ...statuses]" style="width: 100px"
                data-test="cases-status"></a-select>
      <bz-date v-model:value="f.from" placeholder="发现日期自"></bz-date>
      <bz-date v-model:value="f.to" placeholder="发现日期至"></bz-date>
      <a-button type="primary" html-type="submit" data-test="cases-search">查询</a-button>
      <a-button @click="reset">重置</a-button>
      <a-button @click="xlsx" data-test="cases-xlsx">导出 Excel</a-button>
      <span class="toolbar-spacer"></span>
      <a-button v-if="writes" type="primary" @click="creating = true" data-test="case-new">登记问题</a-button>
    </form>
    <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" row-key="id" size="middle"
             :pagination="p.pagination" @change="p.change" data-test="cases-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'id'"><a @click.prevent="open(record.id)" href="#" data-test="case-link">{{ record.id }}</a></template>
        <template v-else-if="column.key === 'person'">{{ personText(record.person) }}</template>
        <template v-else-if="column.key === 'problemClass'">{{ record.problemClassLabel }}</template>
        <template v-else-if="column.key === 'foundOn'">{{ fmtDate(record.foundOn) }}</template>
        <template v-else-if="column.key === 'status'"><a-tag :color="CASE_COLOR[record.status]">{{ record.statusLabel }}</a-tag></template>
      </template>
    </a-table>
    <a-drawer v-if="writes" :open="creating" title="登记违规问题" width="620" :mask-closable="false" destroy-on-close @close="closeCreate">
      <case-form v-if="creating" :finding-key="findingKey" :person-id="findingPerson" @saved="saved" @cancel="closeCreate"></case-form>
    </a-drawer>
    <a-drawer :open="!!opened" :title="opened ? '违规问题 ' + opened.id : ''" width="680" destroy-on-close @close="opened = null">
      <template v-if="opened">
        <a-descriptions bordered size="small" :column="1">
          <a-descriptions-item label="人员">{{ personText(opened.person) }} <span class="muted">{{ opened.person.idNumber }}</span></a-descriptions-item>
          <a-descriptions-item label="问题类别">{{ opened.problemClassLabel }}</a-descriptions-item>
          <a-descriptions-item label="干部级别">{{ opened.cadreRankLabel }}</a-descriptions-item>
          <a-descriptions-item v-if="opened.responsibleUnitCode" label="责任单位">{{ opened.responsibleUnitName }}</a-descriptions-item>
          <a-descriptions-item v-if="opened.responsiblePerson" label="责任人">{{ personText(opened.responsiblePerson) }}</a-descriptions-item>
          <a-descriptions-item label="发现日期">{{ fmtDate(opened.foundOn) }}</a-descriptions-item>
          <a-descriptions-item label="问题情况">{{ opened.description }}</a-descriptions-item>
          <a-descriptions-item v-if="opened.findingKey" label="检查发现">{{ opened.findingKey }}</a-descriptions-item>
          <a-descriptions-item label="状态"><a-tag :color="CASE_COLOR[opened.status]">{{ opened.statusLabel }}</a-tag>
            <span v-if="opened.approvalPossibleFrom" class="muted">因私出国（境）自 {{ fmtDate(opened.approvalPossibleFrom) }} 起方可批准</span>
          </a-descriptions-item>
        </a-descriptions>
        <h3>处理情况</h3>
        <a-empty v-if="!opened.handlings.length" description="尚未处理"></a-empty>
        <ul v-else data-test="case-handlings">
          <li v-for="h in opened.handlings" :key="h.id"><b>{{ h.methodLabel }}</b> {{ fmtDate(h.decidedOn) }} {{ h.decisionDocument }}
            <span class="muted">{{ h.note }}</span></li>
        </ul>
        <handling-form v-if="writes" :travel-case="opened" @saved="handled"></handling-form>
      </template>
    </a-drawer>
  </div>`,
};
