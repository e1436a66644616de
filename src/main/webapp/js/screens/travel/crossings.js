// 出入境比对 (OFFICE, CADRE_SUPERVISION, UNIT_CLERK): the trips reconstructed from public security's crossings
// (GET /travel/trips) of a person or a unit in a period, each with the approval that covers it; the office and cadre
// supervision upload a crossings extract here (POST /imports/border-crossings) or on the 导入导出 screen.
import { get, upload, ApiError } from '../../api.js';
import { can } from '../../session.js';
import { href } from '../../router.js';
import { usePaged, showError, showOk } from '../../ui.js';

const { ref, reactive, onMounted } = Vue;

export default {
  setup() {
    const filters = reactive({ person: '', unit: '', from: '', to: '' });
    const p = usePaged(async ({ offset, limit }) => get('/travel/trips', { ...filters, offset, limit }), { size: 50, filters });
    const reload = p.search;

    const canImport = can('OFFICE', 'CADRE_SUPERVISION');
    const input = ref(null);
    const uploading = ref(false);
    const report = ref(null);
    const refused = ref([]);
    const pick = () => input.value && input.value.click();
    const picked = async (ev) => {
      const file = ev.target.files && ev.target.files[0];
      ev.target.value = '';
      if (!file) return;
      uploading.value = true;
      report.value = null;
      refused.value = [];
      try {
        const r = await upload('/imports/border-crossings', file, { fileName: file.name, mode: 'valid-rows', wait: true });
        report.value = r.body;
        showOk(`已导入：新增 ${r.body.created} 条，已有 ${r.body.unchanged} 条，错误 ${r.body.rejected.length} 行`);
        reload();
      } catch (e) {
        if (e instanceof ApiError && e.rows.length) refused.value = e.rows;
        showError(e);
      } finally {
        uploading.value = false;
      }
    };

    onMounted(() => p.load());
    const columns = [
      { title: '姓名', key: 'person', width: 110 },
      { title: '单位', key: 'unit', width: 180 },
      { title: '证件', dataIndex: 'document', key: 'document', width: 190 },
      { title: '出境', key: 'out', width: 150 },
      { title: '入境', key: 'back', width: 150 },
      { title: '前往地', dataIndex: 'destination', key: 'destination', width: 100 },
      { title: '审批', key: 'approval', width: 130 },
    ];
    return { filters, p, reload, canImport, input, uploading, report, refused, pick, picked, columns, href };
  },
  template: `
  <div class="travel-crossings">
    <h2>出入境比对</h2>
    <a-alert v-if="canImport" type="info" show-icon class="hint" data-test="crossings-import-hint">
      <template #message>
        出入境记录由公安机关提供（列：身份证号、证件类型、证件号码、出入境方向、日期、口岸、前往地）。可在此上传（只导入正确的行），
        或到 <a :href="href('/transfers')">导入导出</a> 选择“出入境记录”。同一条记录重复导入只保存一次。
      </template>
    </a-alert>
    <div class="toolbar">
      <span data-test="crossings-filter-unit"><bz-unit-select v-model:value="filters.unit" @change="reload" placeholder="单位（含下级），输入名称或代码"></bz-unit-select></span>
      <a-input v-model:value="filters.person" placeholder="人员编号" style="width: 120px" @press-enter="reload" data-test="crossings-filter-person" aria-label="人员编号"></a-input>
      <bz-date v-model:value="filters.from" placeholder="起始日期" @change="reload" data-test="crossings-filter-from"></bz-date>
      <bz-date v-model:value="filters.to" placeholder="截止日期" @change="reload" data-test="crossings-filter-to"></bz-date>
      <a-button @click="reload" data-test="crossings-search">查询</a-button>
      <template v-if="canImport">
        <input ref="input" type="file" accept=".csv,.xlsx" style="display: none" @change="picked" data-test="crossings-file">
        <a-button type="primary" :loading="uploading" @click="pick" data-test="crossings-upload">上传出入境记录</a-button>
      </template>
    </div>
    <p v-if="report" class="muted small" data-test="crossings-report">本次导入 {{ report.rows }} 行：新增 {{ report.created }}，已有 {{ report.unchanged }}，错误 {{ report.rejected.length }}。
      <span v-for="n in report.notes" :key="n">{{ n }}。</span></p>
    <ul v-if="refused.length" class="error-rows" data-test="crossings-refused">
      <li v-for="r in refused.slice(0, 20)" :key="r.row + r.column">第 {{ r.row }} 行 {{ r.column }}：{{ r.reason }}</li>
    </ul>
    <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" :pagination="p.pagination" @change="p.change"
             :row-key="(r, i) => r.personId + '-' + (r.departedOn || r.returnedOn) + '-' + i" size="middle" :scroll="{ x: 1000 }"
             data-test="crossings-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'person'"><a :href="href('/people/' + record.personId)">{{ record.personName }}</a></template>
        <template v-else-if="column.key === 'unit'">{{ record.unitName || '' }}</template>
        <template v-else-if="column.key === 'out'">{{ record.departedOn || '—' }}<div class="muted small">{{ record.exitPort }}</div></template>
        <template v-else-if="column.key === 'back'">{{ record.returnedOn || '—' }}<div class="muted small">{{ record.entryPort || record.note }}</div></template>
        <template v-else-if="column.key === 'approval'">
          <span v-if="record.applicationNumber" data-test="trip-approval">{{ record.applicationNumber }}</span>
          <a-tag v-else-if="record.departedOn" color="red">无审批</a-tag>
        </template>
      </template>
    </a-table>
  </div>`,
};
