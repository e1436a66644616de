// 编制情况: the establishment of a unit on a date, per quota type and per leadership category, with a chart.
import { get } from '../../api.js';
import { href } from '../../router.js';
import { label } from '../../labels.js';
import { showError, today } from '../../ui.js';

const { ref, computed, watch, onMounted } = Vue;

/** The quota table (also used by the leadership tab for the leadership numbers). */
export const QuotaTable = {
  props: { quotas: Array, loading: Boolean },
  setup() {
    return { label };
  },
  template: `
    <table class="bz-table est-table" data-test="establishment-table" :aria-busy="loading">
      <thead><tr><th>编制类型</th><th class="num">核定</th><th class="num">实有</th>
        <th class="num" title="已核准用编计划预留、尚未到岗">预留</th><th class="num">空编</th><th class="num">超编</th></tr></thead>
      <tbody>
        <tr v-for="q in quotas" :key="q.quotaType" :data-quota-type="q.quotaType">
          <th scope="row">{{ label('QuotaType', q.quotaType) }}</th>
          <td class="num" data-col="approved">{{ q.approved }}</td>
          <td class="num" data-col="occupied">{{ q.occupied }}</td>
          <td class="num" data-col="reserved">{{ q.reserved }}</td>
          <td class="num" data-col="vacant" :class="{ 'num-vacant': q.vacant > 0 }">{{ q.vacant }}</td>
          <td class="num" data-col="over" :class="{ 'num-over': q.over > 0 }">{{ q.over }}</td>
        </tr>
        <tr v-if="!quotas.length"><td colspan="6" class="muted empty-row">该日期没有核定编制，也没有占编人员</td></tr>
      </tbody>
      <tfoot v-if="quotas.length > 1"><tr>
        <th scope="row">合计</th>
        <td class="num">{{ quotas.reduce((s, q) => s + q.approved, 0) }}</td>
        <td class="num">{{ quotas.reduce((s, q) => s + q.occupied, 0) }}</td>
        <td class="num">{{ quotas.reduce((s, q) => s + q.reserved, 0) }}</td>
        <td class="num">{{ quotas.reduce((s, q) => s + q.vacant, 0) }}</td>
        <td class="num" :class="{ 'num-over': quotas.some((q) => q.over > 0) }">{{ quotas.reduce((s, q) => s + q.over, 0) }}</td>
      </tr></tfoot>
    </table>`,
};

export const LeadershipTable = {
  props: { lines: Array, loading: Boolean },
  setup() {
    return { label };
  },
  template: `
    <table class="bz-table est-table" data-test="leadership-table" :aria-busy="loading">
      <thead><tr><th>职数类别</th><th class="num">核定职数</th><th class="num">实配</th><th class="num">空缺</th><th class="num">超配</th></tr></thead>
      <tbody>
        <tr v-for="l in lines" :key="l.category" :data-category="l.category">
          <th scope="row">{{ label('LeadershipCategory', l.category) }}</th>
          <td class="num" data-col="approved">{{ l.approved }}</td>
          <td class="num" data-col="holders">{{ l.holders }}</td>
          <td class="num" data-col="vacant" :class="{ 'num-vacant': l.vacant > 0 }">{{ l.vacant }}</td>
          <td class="num" data-col="over" :class="{ 'num-over': l.over > 0 }">{{ l.over }}</td>
        </tr>
        <tr v-if="!lines.length"><td colspan="5" class="muted empty-row">该日期没有核定领导职数，也没有任职人员</td></tr>
      </tbody>
    </table>`,
};

/** Loads GET /units/{code}/establishment?asOf= and reloads on a change of code, date or refresh. */
export function useEstablishment(props, asOf) {
  const data = ref(null);
  const loading = ref(false);
  /** why there are no numbers, e.g. a date before the unit was set up */
  const error = ref('');
  let seq = 0;
  const load = async () => {
    if (!props.code) return;
    const mine = ++seq;
    loading.value = true;
    try {
      const r = await get('/units/' + encodeURIComponent(props.code) + '/establishment', { asOf: asOf.value || undefined });
      if (mine === seq) { data.value = r; error.value = ''; }
    } catch (e) {
      if (mine !== seq) return;
      data.value = null;
      error.value = e.message;
      if (e.status !== 422) showError(e);
    } finally {
      if (mine === seq) loading.value = false;
    }
  };
  watch(() => [props.code, props.refreshKey, asOf.value], load);
  onMounted(load);
  return { data, loading, error, load };
}

export default {
  components: { QuotaTable, LeadershipTable },
  /** asOf: the date shown (v-model:as-of, kept in the address by the screen) */
  props: { code: String, refreshKey: Number, asOf: String },
  emits: ['update:asOf'],
  setup(props) {
    const asOf = computed(() => props.asOf || today());
    const { data, loading, error } = useEstablishment(props, asOf);
    const quotas = computed(() => (data.value ? data.value.quotas : []));
    const lines = computed(() => (data.value ? data.value.leadership : []));
    const overAny = computed(() => quotas.value.some((q) => q.over > 0));
    const chart = computed(() => {
      const qs = quotas.value;
      return {
        tooltip: { trigger: 'axis' },
        legend: { data: ['核定', '实有', '预留'], top: 0 },
        grid: { left: 40, right: 16, top: 32, bottom: 28 },
        xAxis: { type: 'category', data: qs.map((q) => label('QuotaType', q.quotaType)) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: '核定', type: 'bar', data: qs.map((q) => q.approved), itemStyle: { color: '#8c8c8c' }, barMaxWidth: 36 },
          { name: '实有', type: 'bar', barMaxWidth: 36, itemStyle: { color: '#b71c1c' },
            data: qs.map((q) => ({ value: q.occupied, itemStyle: { color: q.over > 0 ? '#cf1322' : '#b71c1c' } })) },
          { name: '预留', type: 'bar', data: qs.map((q) => q.reserved), itemStyle: { color: '#faad14' }, barMaxWidth: 36 },
        ],
      };
    });
    return { asOf, data, loading, error, quotas, lines, overAny, chart, href, today };
  },
  template: `
    <div class="est-tab">
      <div class="toolbar">
        <label class="est-asof">统计日期 <span class="bz-date-wrap" data-test="establishment-asof"><bz-date :value="asOf" :allow-clear="false" @update:value="(v) => $emit('update:asOf', v)"></bz-date></span></label>
        <a-button v-if="asOf !== today()" size="small" @click="$emit('update:asOf', today())">回到今天</a-button>
        <span v-if="overAny" class="num-over" role="status">该单位超编</span>
        <a-spin v-if="loading" size="small"></a-spin>
      </div>
      <a-alert v-if="error" type="warning" show-icon :message="error" class="form-note" data-test="establishment-error"></a-alert>
      <div v-else class="est-grid">
        <div>
          <h3 class="section-title">编制</h3>
          <quota-table :quotas="quotas" :loading="loading"></quota-table>
          <h3 class="section-title">领导职数</h3>
          <leadership-table :lines="lines" :loading="loading"></leadership-table>
        </div>
        <div v-if="quotas.length" class="est-chart">
          <h3 class="section-title">核定与实有</h3>
          <bz-chart :option="chart" height="240px"></bz-chart>
        </div>
      </div>
    </div>`,
};
