// 统计表 (GET /travel/statistics/{form}?unit=&from=&to=): the forms of seeds 001 and 002 for a unit's subtree and a
// period, with the forms' nested headings; 下载 XLSX gives the form as printed (填表单位, 填表时间, signature line).
import { get, download } from '../../api.js';
import { route, setQuery } from '../../router.js';
import { showError, today } from '../../ui.js';
import { options } from '../../labels.js';

const { reactive, ref, computed, onMounted } = Vue;

/** a-table columns from the form's headings: groups become grouped headings, leaves read values[key] */
function columnsOf(headings) {
  return headings.map((h) => (h.children && h.children.length
    ? { title: h.label, key: h.label, children: columnsOf(h.children) }
    : { title: h.label, key: h.key, dataIndex: ['values', h.key], align: 'right', width: 96 }));
}

export default {
  setup() {
    const year = (today() || '').slice(0, 4);
    const filters = reactive({
      form: route.query.form || 'MANAGEMENT',
      unit: route.query.unit || '',
      from: route.query.from || (year ? year + '-01-01' : ''),
      to: route.query.to || '',
    });
    const data = ref(null);
    const loading = ref(false);
    const busy = ref(false);
    const query = () => Object.fromEntries(Object.entries({ unit: filters.unit, from: filters.from, to: filters.to }).filter(([, v]) => v));
    const load = async () => {
      setQuery({ ...filters });
      loading.value = true;
      try {
        data.value = await get('/travel/statistics/' + filters.form, query());
      } catch (e) {
        data.value = null;
        showError(e);
      } finally {
        loading.value = false;
      }
    };
    const save = async () => {
      busy.value = true;
      try {
        await download('/travel/statistics/' + filters.form, { ...query(), format: 'xlsx' }, (data.value ? data.value.title : '统计表') + '.xlsx');
      } catch (e) {
        showError(e);
      } finally {
        busy.value = false;
      }
    };
    const columns = computed(() => (data.value ? [
      { title: '序号', key: 'serial', dataIndex: 'serial', width: 56, fixed: 'left' },
      { title: data.value.form === 'GOVERNANCE' ? '地区或单位' : '地区、单位（部门）', key: 'unitName', dataIndex: 'unitName', width: 200, fixed: 'left' },
      ...columnsOf(data.value.columns),
    ] : []));
    const rows = computed(() => (data.value ? [...data.value.lines, { ...data.value.total, serial: '', unitName: '合计', total: true }] : []));
    const width = computed(() => 256 + 96 * (data.value ? Object.keys(data.value.total.values).length : 0));
    onMounted(load);
    return { filters, data, loading, busy, load, save, columns, rows, width, forms: options('StatisticsForm') };
  },
  template: `
  <div class="travel-statistics">
    <div class="report-filters">
      <a-select v-model:value="filters.form" :options="forms" style="width: 330px" @change="load" data-test="statistics-form" aria-label="统计表"></a-select>
      <bz-unit-select v-model:value="filters.unit" placeholder="单位（按其直属下级分行），默认全部" @change="load"></bz-unit-select>
      <span>统计期间</span>
      <bz-date v-model:value="filters.from" placeholder="开始日期" @change="load"></bz-date>
      <span>至</span>
      <bz-date v-model:value="filters.to" placeholder="结束日期（默认今天）" @change="load"></bz-date>
      <a-button type="primary" :loading="busy" :disabled="!data" @click="save" data-test="statistics-xlsx">下载 XLSX（按原表格式）</a-button>
    </div>
    <div class="report-card">
      <h3 v-if="data" data-test="statistics-title">{{ data.title }}<span class="muted small">　{{ data.unitName }}　{{ data.from }} 至 {{ data.to }}</span></h3>
      <a-table :columns="columns" :data-source="rows" :loading="loading" row-key="serial" size="small" bordered
               :pagination="false" :scroll="{ x: width, y: 520 }" data-test="statistics-table"
               :custom-row="(r) => ({ 'data-unit-code': r.unitCode || '', class: r.total ? 'report-total' : '' })"></a-table>
      <p class="muted small" style="margin-top: 12px">人数按人计（一人多项问题在同一类别只计一次）；“处理方式”在专项整治汇总表中按人次、在专项治理汇总表中按人计；
        问题数为统计期间检查发现的问题和立案处理的问题。</p>
      <p v-for="(n, i) in (data ? data.notes : [])" :key="i" class="muted small" data-test="statistics-note">说明：{{ n }}</p>
    </div>
  </div>`,
};
