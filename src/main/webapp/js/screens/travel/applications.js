// 因私审批: the applications with filters kept in the address, and 申请 for the office, 干部监督 and unit clerks.
import { get } from '../../api.js';
import { href, navigate } from '../../router.js';
import { usePaged, fmtDate, showOk } from '../../ui.js';
import { options } from '../../labels.js';
import { can } from '../../session.js';
import { APPLICATION_COLOR } from './common.js';
import ApplicationForm from './application-form.js';

const { reactive, ref, onMounted } = Vue;

const FILTERS = ['status', 'unit', 'from', 'to'];

export default {
  components: { ApplicationForm },
  setup() {
    const f = reactive(Object.fromEntries(FILTERS.map((k) => [k, ''])));
    const creating = ref(false);
    const p = usePaged(({ offset, limit }) => get('/travel/applications', { ...f, offset, limit }), { filters: f });
    const reset = () => { for (const k of FILTERS) f[k] = ''; p.search(); };
    const saved = (a) => { creating.value = false; showOk('已提交申请 ' + a.number); navigate('/travel/applications/' + a.id); };
    onMounted(() => p.load());
    const columns = [
      { title: '编号', key: 'number', width: 130 },
      { title: '申请人', key: 'person', width: 220 },
      { title: '前往国家（地区）', key: 'destinations' },
      { title: '事由', key: 'purpose', width: 100 },
      { title: '行程', key: 'dates', width: 200 },
      { title: '状态', key: 'status', width: 140 },
    ];
    return { f, p, reset, saved, creating, columns, href, fmtDate, APPLICATION_COLOR,
      statuses: options('ApplicationStatus'), submits: can('OFFICE', 'CADRE_SUPERVISION', 'UNIT_CLERK') };
  },
  template: `
  <div class="travel-applications-page">
    <h1 class="page-title">因私出国（境）审批</h1>
    <form class="toolbar" @submit.prevent="p.search" role="search">
      <a-select v-model:value="f.status" :options="[{value: '', label: '全部状态'}, ...statuses]" style="width: 110px"
                data-test="applications-status"></a-select>
      <bz-unit-select v-model:value="f.unit" placeholder="单位（含下级）" data-test="applications-unit"></bz-unit-select>
      <bz-date v-model:value="f.from" placeholder="出发日期自" data-test="applications-from"></bz-date>
      <bz-date v-model:value="f.to" placeholder="出发日期至" data-test="applications-to"></bz-date>
      <a-button type="primary" html-type="submit" data-test="applications-search">查询</a-button>
      <a-button @click="reset">重置</a-button>
      <span class="toolbar-spacer"></span>
      <a-button v-if="submits" type="primary" @click="creating = true" data-test="application-new">申请</a-button>
    </form>
    <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" row-key="id" size="middle"
             :pagination="p.pagination" @change="p.change" data-test="applications-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'number'">
          <a :href="href('/travel/applications/' + record.id)" data-test="application-link">{{ record.number }}</a>
        </template>
        <template v-else-if="column.key === 'person'">
          {{ record.person.name }} <span class="muted">{{ record.person.unitName }}</span>
        </template>
        <template v-else-if="column.key === 'destinations'"><a-tag v-for="d in record.destinations" :key="d">{{ d }}</a-tag></template>
        <template v-else-if="column.key === 'purpose'">{{ record.purposeLabel }}</template>
        <template v-else-if="column.key === 'dates'">{{ fmtDate(record.departsOn) }} 至 {{ fmtDate(record.returnsOn) }}</template>
        <template v-else-if="column.key === 'status'">
          <a-tag :color="APPLICATION_COLOR[record.status]">{{ record.statusLabel }}</a-tag>
          <a-tag v-if="record.source === 'IMPORT'">{{ record.sourceLabel }}</a-tag>
        </template>
      </template>
    </a-table>
    <a-drawer :open="creating" title="申请因私出国（境）" width="640" :mask-closable="false" destroy-on-close @close="creating = false">
      <application-form v-if="creating" @saved="saved" @cancel="creating = false"></application-form>
    </a-drawer>
  </div>`,
};
