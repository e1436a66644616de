// 人员: find people by name or the last digits of their ID number, within a unit and its subordinates
// (GET /people?q=&unit=), paged by the API; OFFICE and UNIT_CLERK register people here.
import { get } from '../api.js';
import { route, setQuery, navigate } from '../router.js';
import { can } from '../session.js';
import { usePaged, fmtDate, fmtTime } from '../ui.js';
import { label } from '../labels.js';
import { personHref } from './people/common.js';
import RegisterPerson from './people/register.js';

const { ref, watch, onMounted } = Vue;

export default {
  components: { 'register-person': RegisterPerson },
  setup() {
    const q = ref(route.query.q || '');
    const unit = ref(route.query.unit || '');
    const paged = usePaged(({ offset, limit }) => get('/people', { q: q.value.trim(), unit: unit.value, offset, limit }),
      Number(route.query.size) || 20);
    paged.page = Number(route.query.page) || 1;
    const keep = () => setQuery({ q: q.value.trim(), unit: unit.value,
      page: paged.page > 1 ? paged.page : '', size: paged.size !== 20 ? paged.size : '' });
    const search = () => { paged.page = 1; keep(); paged.load(); };
    const change = (p) => { paged.change(p); keep(); };
    const registering = ref(false);
    onMounted(() => paged.load());
    // a link to other filters on this same screen changes the address without a new screen
    watch(() => route.query, (rq) => {
      const nq = rq.q || '', nu = rq.unit || '', np = Number(rq.page) || 1;
      if (nq === q.value.trim() && nu === unit.value && np === paged.page) return;
      q.value = nq; unit.value = nu;
      paged.load(np);
    });
    const columns = [
      { title: '姓名', key: 'name', width: 120 },
      { title: '公民身份号码', dataIndex: 'idNumber', width: 190 },
      { title: '性别', key: 'gender', width: 60 },
      { title: '出生日期', key: 'birthDate', width: 110 },
      { title: '人员身份', key: 'identity', width: 120 },
      { title: '登记人', dataIndex: 'recordedBy', width: 110 },
      { title: '登记时间', key: 'recordedAt', width: 150 },
    ];
    return { q, unit, paged, search, change, columns, registering, label, fmtDate, fmtTime, personHref,
      canRegister: can('OFFICE', 'UNIT_CLERK'), opened: (p) => navigate('/people/' + p.id) };
  },
  template: `
    <div class="people-list">
      <h1 class="page-title">人员</h1>
      <div class="toolbar">
        <a-input-search v-model:value="q" placeholder="姓名，或身份证号码末几位" allow-clear enter-button="查询"
                        style="width: 300px" data-test="people-search" @search="search"></a-input-search>
        <bz-unit-select v-model:value="unit" data-test="people-unit" placeholder="限定单位（含下级单位）"
                        @change="search"></bz-unit-select>
        <span class="toolbar-gap"></span>
        <a-button v-if="canRegister" type="primary" data-test="register-person" @click="registering = true">登记人员</a-button>
      </div>
      <a-table :columns="columns" :data-source="paged.rows" :loading="paged.loading" row-key="id" size="middle"
               :pagination="paged.pagination" @change="change" :scroll="{ x: 860 }" data-test="people-table">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'name'"><a :href="personHref(record.id)" data-test="person-link">{{ record.name }}</a></template>
          <template v-else-if="column.key === 'gender'">{{ label('Gender', record.gender) }}</template>
          <template v-else-if="column.key === 'birthDate'">{{ fmtDate(record.birthDate) }}</template>
          <template v-else-if="column.key === 'identity'">{{ label('PersonIdentity', record.identity) }}</template>
          <template v-else-if="column.key === 'recordedAt'">{{ fmtTime(record.recordedAt) }}</template>
        </template>
        <template #emptyText>
          <span class="muted">{{ q || unit ? '没有符合条件的人员' : '暂无人员' }}</span>
        </template>
      </a-table>
      <register-person v-if="canRegister" v-model:open="registering" @registered="opened"></register-person>
    </div>`,
};
