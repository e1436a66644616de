// 人员: find people by name or the last digits of their ID number, within a unit and its subordinates
// (GET /people?q=&unit=), paged by the API; OFFICE and UNIT_CLERK register people here.
import { get } from '../../api.js';
import { navigate } from '../../router.js';
import { can } from '../../session.js';
import { usePaged, fmtDate, fmtTime } from '../../ui.js';
import { label } from '../../labels.js';
import { personHref } from './common.js';
import RegisterPerson from './register.js';

const { reactive, ref, onMounted } = Vue;

export default {
  components: { 'register-person': RegisterPerson },
  setup() {
    const f = reactive({ q: '', unit: '' });
    const paged = usePaged(({ offset, limit }) => get('/people', { q: f.q.trim(), unit: f.unit, offset, limit }), { filters: f });
    const registering = ref(false);
    onMounted(() => paged.load());
    const columns = [
      { title: '姓名', key: 'name', width: 120 },
      { title: '公民身份号码', dataIndex: 'idNumber', width: 190 },
      { title: '性别', key: 'gender', width: 60 },
      { title: '出生日期', key: 'birthDate', width: 110 },
      { title: '人员身份', key: 'identity', width: 120 },
      { title: '登记人', dataIndex: 'recordedBy', width: 110 },
      { title: '登记时间', key: 'recordedAt', width: 150 },
    ];
    return { f, paged, columns, registering, label, fmtDate, fmtTime, personHref,
      canRegister: can('OFFICE', 'UNIT_CLERK'), opened: (p) => navigate('/people/' + p.id) };
  },
  template: `
    <div class="people-list">
      <h1 class="page-title">人员</h1>
      <div class="toolbar">
        <a-input-search v-model:value="f.q" placeholder="姓名，或身份证号码末几位" allow-clear enter-button="查询"
                        style="width: 300px" data-test="people-search" @search="paged.search"></a-input-search>
        <bz-unit-select v-model:value="f.unit" data-test="people-unit" placeholder="限定单位（含下级单位）"
                        @change="paged.search"></bz-unit-select>
        <span class="toolbar-gap"></span>
        <a-button v-if="canRegister" type="primary" data-test="register-person" @click="registering = true">登记人员</a-button>
      </div>
      <a-table :columns="columns" :data-source="paged.rows" :loading="paged.loading" row-key="id" size="middle"
               :pagination="paged.pagination" @change="paged.change" :scroll="{ x: 860 }" data-test="people-table">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'name'"><a :href="personHref(record.id)" data-test="person-link">{{ record.name }}</a></template>
          <template v-else-if="column.key === 'gender'">{{ label('Gender', record.gender) }}</template>
          <template v-else-if="column.key === 'birthDate'">{{ fmtDate(record.birthDate) }}</template>
          <template v-else-if="column.key === 'identity'">{{ label('PersonIdentity', record.identity) }}</template>
          <template v-else-if="column.key === 'recordedAt'">{{ fmtTime(record.recordedAt) }}</template>
        </template>
        <template #emptyText>
          <span class="muted">{{ f.q || f.unit ? '没有符合条件的人员' : '暂无人员' }}</span>
        </template>
      </a-table>
      <register-person v-if="canRegister" v-model:open="registering" @registered="opened"></register-person>
    </div>`,
};
