// 因公团组: the list (filters status, unit, year kept in the address), 登记团组 and the delegation's detail.
import { get } from '../../api.js';
import { route, setQuery } from '../../router.js';
import { usePaged, fmtDate } from '../../ui.js';
import { options } from '../../labels.js';
import { STATUS_COLOR } from './common.js';
import DelegationForm from './form.js';
import DelegationDetail from './detail.js';

const { reactive, ref, computed, onMounted } = Vue;

const FILTERS = ['status', 'unit', 'year'];

export default {
  components: { DelegationForm, DelegationDetail },
  setup() {
    const f = reactive(Object.fromEntries(FILTERS.map((k) => [k, ''])));
    const creating = ref(false);
    const p = usePaged(({ offset, limit }) => get('/delegation/delegations', { ...f, offset, limit }), { filters: f });
    const reset = () => { for (const k of FILTERS) f[k] = ''; p.search(); };
    // the delegation open in the drawer is in the address too (?id=)
    const id = computed(() => route.query.id || '');
    const show = (v) => setQuery({ ...route.query, id: v });
    const close = () => show('');
    const saved = (d) => { creating.value = false; p.load(); show(d.id); };
    onMounted(() => p.load());
    const columns = [
      { title: '编号', key: 'number', width: 130 },
      { title: '团组名称', dataIndex: 'name', ellipsis: true },
      { title: '组团单位', key: 'organiser', width: 200 },
      { title: '前往', key: 'destinations', width: 140 },
      { title: '行期', key: 'dates', width: 200 },
      { title: '人数', key: 'size', width: 60 },
      { title: '状态', key: 'status', width: 110 },
    ];
    return { f, p, id, reset, show, close, saved, creating, columns, fmtDate, STATUS_COLOR, statuses: options('DelegationStatus') };
  },
  template: `
  <div class="delegations-page">
    <h1 class="page-title">因公出国（境）团组</h1>
    <form class="toolbar" @submit.prevent="p.search">
      <a-select v-model:value="f.status" :options="[{value: '', label: '全部状态'}, ...statuses]" style="width: 110px" data-test="delegations-status"></a-select>
      <bz-unit-select v-model:value="f.unit" placeholder="组团单位" data-test="delegations-unit"></bz-unit-select>
      <a-input v-model:value="f.year" placeholder="出发年度" allow-clear style="width: 100px" data-test="delegations-year"></a-input>
      <a-button type="primary" html-type="submit" data-test="delegations-search">查询</a-button>
      <a-button @click="reset">重置</a-button>
      <span class="toolbar-spacer"></span>
      <a-button type="primary" @click="creating = true" data-test="delegation-new">登记团组</a-button>
    </form>
    <a-alert v-if="p.error" type="error" :message="p.error" show-icon></a-alert>
    <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" row-key="id" size="middle"
             :pagination="p.pagination" @change="p.change" data-test="delegations-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'number'"><a @click.prevent="show(record.id)" href="#" data-test="delegation-link">{{ record.number }}</a></template>
        <template v-else-if="column.key === 'organiser'">{{ record.organiser.name }}</template>
        <template v-else-if="column.key === 'destinations'">{{ record.destinations.join('、') }}</template>
        <template v-else-if="column.key === 'dates'">{{ fmtDate(record.departsOn) }} 至 {{ fmtDate(record.returnsOn) }}</template>
        <template v-else-if="column.key === 'size'">{{ record.members.length }}</template>
        <template v-else-if="column.key === 'status'">
          <a-tag :color="STATUS_COLOR[record.status]">{{ record.statusLabel }}</a-tag>
          <a-tag v-if="record.reportDaysLate > 0" color="red">报告逾期</a-tag>
        </template>
      </template>
    </a-table>
    <a-drawer :open="creating" title="登记团组" width="820" :mask-closable="false" destroy-on-close @close="creating = false">
      <delegation-form v-if="creating" @saved="saved" @cancel="creating = false"></delegation-form>
    </a-drawer>
    <delegation-detail :delegation-id="id" @close="close" @changed="p.load()"></delegation-detail>
  </div>`,
};
