// 证件保管: the documents with where they are, registering one, a document's ledger, and 应收/实收 on a date.
import { get } from '../../api.js';
import { route, setQuery } from '../../router.js';
import { usePaged, showError } from '../../ui.js';
import { options } from '../../labels.js';
import { DocumentForm, DocumentDetail } from './document-forms.js';

const { reactive, ref, onMounted } = Vue;


export default {
  components: { DocumentForm, DocumentDetail },
  setup() {
    // one set of filters in the address for both tabs: the documents and the custody summary (asOf)
    const f = reactive({ unit: '', type: '', custody: '', text: '', asOf: '' });
    const tab = ref(route.query.tab || 'documents');
    const p = usePaged(({ offset, limit }) => get('/travel/documents', { ...f, asOf: '', offset, limit }), { filters: f });
    const s = usePaged(async ({ offset, limit }) => {
      const r = await get('/travel/custody', { unit: f.unit, asOf: f.asOf, offset, limit });
      summary.value = r;
      return r.movements;
    });
    const summary = ref(null);
    const search = () => {
      if (tab.value === 'documents') return p.search();
      p.page = 1;
      p.keep();
      return s.load(1);
    };
    const pick = (k) => { tab.value = k; setQuery({ ...route.query, tab: k }); search(); };
    const creating = ref(false);
    const shown = ref(null);
    onMounted(() => (tab.value === 'documents' ? p : s).load());
    const columns = [
      { title: '持证人', key: 'person', width: 110 },
      { title: '单位', key: 'unit', ellipsis: true },
      { title: '证件', key: 'type', width: 160 },
      { title: '号码', dataIndex: 'number', width: 120 },
      { title: '有效期至', dataIndex: 'expiresOn', width: 110 },
      { title: '保管状态', key: 'custody', width: 130 },
      { title: '', key: 'actions', width: 80 },
    ];
    const ledgerColumns = [
      { title: '日期', key: 'date', width: 110 },
      { title: '登记', key: 'kind', width: 90 },
      { title: '持证人', key: 'person', width: 110 },
      { title: '证件', key: 'doc' },
      { title: '经办', key: 'by', width: 100 },
    ];
    return { f, tab, p, s, summary, search, pick, creating, shown, columns, ledgerColumns,
      types: options('DocumentType'), states: options('CustodyState'), showError };
  },
  template: `
  <div class="travel-documents">
    <h1 class="page-title">证件保管</h1>
    <form class="toolbar" @submit.prevent="search" role="search">
      <bz-unit-select v-model:value="f.unit" placeholder="单位（含下级）" data-test="documents-unit"></bz-unit-select>
      <template v-if="tab === 'documents'">
        <a-select v-model:value="f.type" :options="[{value: '', label: '全部证件'}, ...types]" style="width: 190px"></a-select>
        <a-select v-model:value="f.custody" :options="[{value: '', label: '全部状态'}, ...states]" style="width: 120px"
                  data-test="documents-custody"></a-select>
        <a-input v-model:value="f.text" placeholder="证件号、姓名或身份证号" allow-clear style="width: 180px"></a-input>
      </template>
      <bz-date v-else v-model:value="f.asOf" placeholder="日期（默认今天）"></bz-date>
      <a-button type="primary" html-type="submit" data-test="documents-search">查询</a-button>
      <span class="toolbar-spacer"></span>
      <a-button type="primary" @click="creating = true" data-test="document-new">登记证件</a-button>
    </form>
    <a-tabs :active-key="tab" @change="pick" data-test="documents-tabs">
      <a-tab-pane key="documents" tab="证件"></a-tab-pane>
      <a-tab-pane key="summary" tab="保管汇总（应收/实收）"></a-tab-pane>
    </a-tabs>
    <a-table v-if="tab === 'documents'" :columns="columns" :data-source="p.rows" :loading="p.loading" row-key="id" size="middle"
             :pagination="p.pagination" @change="p.change" data-test="documents-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'person'">{{ record.person.name }}</template>
        <template v-else-if="column.key === 'unit'">{{ record.person.unitName || '—' }}</template>
        <template v-else-if="column.key === 'type'">{{ record.typeLabel }}</template>
        <template v-else-if="column.key === 'custody'">
          <a-tag :color="record.cancelledOn ? 'default' : record.custody === 'HELD' ? 'green' : 'orange'">
            {{ record.cancelledOn ? '已注销' : record.custodyLabel }}</a-tag>
        </template>
        <template v-else-if="column.key === 'actions'"><a @click="shown = record.id" data-test="document-open">台账</a></template>
      </template>
    </a-table>
    <template v-else>
      <a-table v-if="summary" :data-source="summary.lines" :row-key="(l) => l.type" size="small" :pagination="false"
               data-test="custody-summary" style="margin-bottom: 16px"
               :columns="[{title: '证件类别', key: 'type'}, {title: '应收数', dataIndex: 'expected'}, {title: '实收数', dataIndex: 'held'},
                          {title: '领用中', dataIndex: 'checkedOut'}]">
        <template #bodyCell="{ column, record }"><template v-if="column.key === 'type'">{{ record.typeLabel }}</template></template>
      </a-table>
      <a-table :columns="ledgerColumns" :data-source="s.rows" :loading="s.loading" :row-key="(r) => r.movement.id" size="middle"
               :pagination="s.pagination" @change="s.change" data-test="custody-ledger">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'date'">{{ record.movement.movedOn }}</template>
          <template v-else-if="column.key === 'kind'">{{ record.movement.kindLabel }}</template>
          <template v-else-if="column.key === 'person'">{{ record.person.name }}</template>
          <template v-else-if="column.key === 'doc'"><a @click="shown = record.documentId">{{ record.typeLabel }} {{ record.number }}</a></template>
          <template v-else-if="column.key === 'by'">{{ record.movement.recordedBy }}</template>
        </template>
      </a-table>
    </template>
    <document-form v-model:open="creating" @done="(d) => { shown = d.document.id; search(); }"></document-form>
    <document-detail :document-id="shown" @close="shown = null" @changed="search"></document-detail>
  </div>`,
};
