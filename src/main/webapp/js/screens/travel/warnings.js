// 预警 (OFFICE, CADRE_SUPERVISION, UNIT_CLERK; seed 002 part 5): what falls due in the next days and is not a finding
// yet (GET /travel/warnings): documents due back or to hand in, filings to report to public security, trip reports of
// delegations; most urgent first. The list is the API's: scope, masking and the default number of days are its.
import { get } from '../../api.js';
import { href } from '../../router.js';
import { options } from '../../labels.js';
import { usePaged } from '../../ui.js';

const { reactive, onMounted } = Vue;

export default {
  setup() {
    const filters = reactive({ within: '', kind: '', unit: '' });
    const p = usePaged(({ offset, limit }) => get('/travel/warnings', { ...filters, offset, limit }), { size: 50, filters });
    const reload = p.search;
    onMounted(() => p.load());
    const kinds = [{ value: '', label: '全部类别' }, ...options('WarningKind')];
    const left = (n) => (n === 0 ? '今天到期' : n + ' 天后到期');
    const columns = [
      { title: '到期日', key: 'due', width: 130 },
      { title: '类别', dataIndex: 'kindLabel', key: 'kind', width: 150 },
      { title: '单位', key: 'unit', width: 170 },
      { title: '姓名', key: 'person', width: 100 },
      { title: '身份证号', dataIndex: 'idNumber', key: 'idNumber', width: 170 },
      { title: '事项', dataIndex: 'what', key: 'what' },
      { title: '逾期后', dataIndex: 'becomesLabel', key: 'becomes', width: 150 },
    ];
    return { filters, p, reload, kinds, left, columns, href };
  },
  template: `
  <div class="travel-warnings">
    <h2>预警提醒</h2>
    <p class="muted">以下事项将在所选天数内到期、尚未逾期；到期次日仍未办理的，列入“检查发现”。</p>
    <div class="toolbar">
      <a-input v-model:value="filters.within" placeholder="天数（默认 7 天）" style="width: 150px" @press-enter="reload" data-test="warning-within" aria-label="预警天数"></a-input>
      <a-select v-model:value="filters.kind" :options="kinds" style="width: 180px" @change="reload" data-test="warning-kind" aria-label="预警类别"></a-select>
      <span data-test="warning-unit"><bz-unit-select v-model:value="filters.unit" @change="reload" placeholder="单位（含下级），输入名称或代码"></bz-unit-select></span>
      <a-button @click="reload" data-test="warning-refresh">刷新</a-button>
    </div>
    <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" :pagination="p.pagination" @change="p.change"
             :row-key="(r) => r.kind + '|' + r.personId + '|' + r.subject" size="middle" :scroll="{ x: 1000 }" data-test="travel-warnings-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'due'">{{ record.dueOn }}<div :class="record.daysLeft === 0 ? 'warning-today small' : 'muted small'">{{ left(record.daysLeft) }}</div></template>
        <template v-else-if="column.key === 'unit'">
          <a v-if="record.unitCode" :href="href('/units', { code: record.unitCode })">{{ record.unitName || record.unitCode }}</a>
        </template>
        <template v-else-if="column.key === 'person'"><a :href="href('/people/' + record.personId)">{{ record.personName }}</a></template>
      </template>
    </a-table>
  </div>`,
};
