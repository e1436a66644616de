// What every report shares: filters kept in the address, the loading of the JSON answer, and the
// 下载 XLSX / 下载 CSV buttons (the same path and filters with format=xlsx|csv).
import { get, download } from '../../api.js';
import { route, setQuery } from '../../router.js';
import { showError } from '../../ui.js';

const { reactive, ref, watch, onMounted } = Vue;

/**
 * The report's filters (asOf, unit and its own keys) read from and written to the address, and its JSON answer
 * from path. load() asks again; filters that are empty are left out of the query. more.api() adds parameters for
 * the API only (offset, limit), more.address() for the address only (page).
 */
export function useReport(report, path, keys, more = {}) {
  const all = ['asOf', 'unit', ...keys];
  const read = (q) => Object.fromEntries(all.map((k) => [k, q[k] || '']));
  const filters = reactive(read(route.query));
  const data = ref(null);
  const loading = ref(false);
  let seq = 0;
  const query = () => ({ ...filters });
  const keep = () => setQuery({ report, ...filters, ...(more.address ? more.address() : {}) });
  const load = async () => {
    keep();
    const mine = ++seq;
    loading.value = true;
    try {
      const r = await get(path, { ...query(), ...(more.api ? more.api() : {}) });
      if (mine === seq) data.value = r;
    } catch (e) {
      if (mine === seq) { data.value = null; showError(e); }
    } finally {
      if (mine === seq) loading.value = false;
    }
  };
  // a link to this report with other filters while it is open
  watch(() => route.query, (q) => {
    if (q.report && q.report !== report) return;
    const next = read(q);
    if (all.some((k) => next[k] !== (filters[k] || ''))) { Object.assign(filters, next); load(); }
  });
  onMounted(load);
  return { filters, data, loading, load, query };
}

/** 下载 XLSX and 下载 CSV of a report: path and the current filters (a function, so they are read when clicked). */
export const DownloadButtons = {
  props: { path: String, query: Function, name: String },
  setup(props) {
    const busy = ref('');
    const save = async (format) => {
      busy.value = format;
      try {
        await download(props.path, { ...(props.query ? props.query() : {}), format },
          `${props.name || '报表'}.${format}`);
      } catch (e) {
        showError(e);
      } finally {
        busy.value = '';
      }
    };
    return { busy, save };
  },
  template: `
  <a-space class="download-buttons">
    <a-button :loading="busy === 'xlsx'" :disabled="!!busy" @click="save('xlsx')" data-test="download-xlsx">下载 XLSX</a-button>
    <a-button :loading="busy === 'csv'" :disabled="!!busy" @click="save('csv')" data-test="download-csv">下载 CSV</a-button>
  </a-space>`,
};

/** The date and unit every report takes, and its own filters in the default slot. */
export const ReportFilters = {
  props: { filters: Object },
  emits: ['change'],
  template: `
  <div class="report-filters">
    <span data-test="report-asof"><bz-date v-model:value="filters.asOf" placeholder="统计日期（默认今天）" @change="$emit('change')"></bz-date></span>
    <span data-test="report-unit"><bz-unit-select v-model:value="filters.unit" placeholder="单位（含下属单位），默认全部"
                                                 @change="$emit('change')"></bz-unit-select></span>
    <slot></slot>
  </div>`,
};

/** A bar chart option: categories and named series of numbers (colours: vacant green, over red, others default). */
export function barOption(categories, series, opts = {}) {
  const many = categories.length > 12 || categories.join('').length > 60;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: many ? 56 : 16, right: 24, top: 36, bottom: categories.length > 20 ? 30 : 8, containLabel: true },
    xAxis: { type: 'category', data: categories,
      axisLabel: { interval: 0, rotate: many ? 35 : 0, width: 110, overflow: 'truncate' } },
    yAxis: { type: 'value', minInterval: 1, name: opts.unit || '' },
    dataZoom: categories.length > 20 ? [{ type: 'slider', start: 0, end: Math.max(5, Math.round(2000 / categories.length)), bottom: 4, height: 14 }] : [],
    series: series.map((s) => ({ type: 'bar', barMaxWidth: 28, ...s })),
  };
}

/** Paging of a report the API answers whole: done in the browser, 50 rows a page; {@code what} counts the rows. */
export function localPagination(what = '行') {
  return { defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: ['20', '50', '100', '200'],
    showTotal: (t) => '共 ' + t + ' ' + what };
}

export const COLORS = { vacant: '#52c41a', over: '#cf1322', approved: '#1677ff', holders: '#faad14' };
