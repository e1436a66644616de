// 人员: the people of a unit on a date (who occupy its quota or work there), one page at a time.
import { get } from '../../api.js';
import { href } from '../../router.js';
import { label } from '../../labels.js';
import { usePaged, today, fmtDate } from '../../ui.js';

const { reactive, computed, watch, onMounted } = Vue;

const COLUMNS = [
  { title: '姓名', dataIndex: 'name', key: 'name', width: 120 },
  { title: '公民身份号码', dataIndex: 'idNumber', key: 'idNumber', width: 190 },
  { title: '性别', dataIndex: 'gender', key: 'gender', width: 60 },
  { title: '出生日期', dataIndex: 'birthDate', key: 'birthDate', width: 110 },
  { title: '人员身份', dataIndex: 'identity', key: 'identity', width: 120 },
];

export default {
  /** asOf: the date shown (v-model:as-of, kept in the address by the screen) */
  props: { code: String, refreshKey: Number, asOf: String },
  emits: ['update:asOf'],
  setup(props) {
    // the page stays in the address (page; the date is the screen's asOf), so going back returns to the same page
    const asOf = computed(() => props.asOf || today());
    const p = usePaged(({ offset, limit }) => get('/units/' + encodeURIComponent(props.code) + '/people',
      { asOf: asOf.value, offset, limit }), { filters: reactive({}) });
    watch(() => [props.code, asOf.value, props.refreshKey], () => p.search());
    onMounted(() => p.load());
    return { asOf, p, columns: COLUMNS, href, label, fmtDate, today };
  },
  template: `
    <div class="people-tab">
      <div class="toolbar">
        <label>在编在岗日期 <span class="bz-date-wrap" data-test="people-asof"><bz-date :value="asOf" :allow-clear="false" @update:value="(v) => $emit('update:asOf', v)"></bz-date></span></label>
        <a-button v-if="asOf !== today()" size="small" @click="$emit('update:asOf', today())">回到今天</a-button>
        <span class="muted">占用本单位编制或在本单位工作的人员，共 {{ p.total }} 人</span>
      </div>
      <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" :pagination="p.pagination" row-key="id"
               size="small" :scroll="{ x: 600 }" data-test="people-table" @change="p.change">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'name'">
            <a :href="href('/people/' + record.id)" data-test="person-link">{{ record.name }}</a>
          </template>
          <template v-else-if="column.key === 'idNumber'"><span class="id-number">{{ record.idNumber }}</span></template>
          <template v-else-if="column.key === 'gender'">{{ label('Gender', record.gender) }}</template>
          <template v-else-if="column.key === 'birthDate'">{{ fmtDate(record.birthDate) }}</template>
          <template v-else-if="column.key === 'identity'">{{ label('PersonIdentity', record.identity) }}</template>
        </template>
        <template #emptyText><span class="muted">该日期没有人员</span></template>
      </a-table>
    </div>`,
};
