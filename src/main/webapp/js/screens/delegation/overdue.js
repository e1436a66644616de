// 出访报告逾期 (GET /delegation/reports/overdue?asOf=): reports missing after the 7th working day past the return,
// and reports filed late.
import { get } from '../../api.js';
import { route, setQuery, href } from '../../router.js';
import { fmtDate, showError } from '../../ui.js';

const { ref, onMounted } = Vue;

export default {
  setup() {
    const asOf = ref(route.query.asOf || null);
    const data = ref(null);
    const loading = ref(false);
    const load = async () => {
      loading.value = true;
      setQuery({ asOf: asOf.value || '' });
      try { data.value = await get('/delegation/reports/overdue', { asOf: asOf.value || '' }); } catch (e) { showError(e); }
      finally { loading.value = false; }
    };
    onMounted(load);
    const link = (r) => href('/delegations', { id: r.id });
    const columns = (late) => [
      { title: '编号', key: 'number', width: 130 },
      { title: '团组名称', dataIndex: 'name', ellipsis: true },
      { title: '组团单位', key: 'organiser', width: 200 },
      { title: '团长', key: 'leaders', width: 100 },
      { title: '回国日期', key: 'returnedOn', width: 110 },
      { title: '应交日期', key: 'reportDue', width: 110 },
      ...(late ? [{ title: '提交日期', key: 'reportedOn', width: 110 }] : []),
      { title: late ? '逾期天数' : '已逾期（天）', dataIndex: 'daysOverdue', width: 110 },
    ];
    return { asOf, data, loading, load, link, columns, fmtDate };
  },
  template: `
  <div class="delegation-overdue-page">
    <h1 class="page-title">出访报告逾期</h1>
    <form class="toolbar" @submit.prevent="load">
      <span>截至</span><bz-date v-model:value="asOf" data-test="overdue-asof"></bz-date>
      <a-button type="primary" html-type="submit" data-test="overdue-search">查询</a-button>
      <span class="muted">出访报告应于回国后7个工作日内提交（节假日、调休按系统配置）</span>
    </form>
    <template v-for="late in [false, true]" :key="String(late)">
      <h3>{{ late ? '逾期提交' : '逾期未交' }}<span v-if="data">（{{ (late ? data.late : data.missing).length }}）</span></h3>
      <a-table :columns="columns(late)" :data-source="data ? (late ? data.late : data.missing) : []" :loading="loading"
               row-key="id" size="middle" :pagination="{ pageSize: 20 }" :data-test="late ? 'overdue-late' : 'overdue-missing'">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'number'"><a :href="link(record)">{{ record.number }}</a></template>
          <template v-else-if="column.key === 'organiser'">{{ record.organiser.name }}</template>
          <template v-else-if="column.key === 'leaders'">{{ record.leaders.join('、') || '—' }}</template>
          <template v-else-if="column.key === 'returnedOn'">{{ fmtDate(record.returnedOn) }}</template>
          <template v-else-if="column.key === 'reportDue'">{{ fmtDate(record.reportDue) }}</template>
          <template v-else-if="column.key === 'reportedOn'">{{ fmtDate(record.reportedOn) }}</template>
        </template>
      </a-table>
    </template>
  </div>`,
};
