// 证件: register a document, and one document with its custody ledger and the moves a clerk records.
import { get, post } from '../../api.js';
import { useForm, showOk, showError, fmtDate, today, clean } from '../../ui.js';
import { options } from '../../labels.js';

const { ref, watch } = Vue;

export const DocumentForm = {
  props: { open: Boolean },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const initial = () => ({ personId: undefined, docType: 'PASSPORT', docNumber: '', issuedOn: '', expiresOn: '', declaredOn: today(),
      basisDocument: '' });
    const form = useForm(initial());
    const save = async () => {
      const d = await form.run((m) => post('/travel/documents', clean(m)));
      if (!d) return;
      showOk('已登记证件 ' + d.document.typeLabel + ' ' + d.document.number);
      form.reset(initial());
      emit('update:open', false);
      emit('done', d);
    };
    return { form, save, types: options('DocumentType') };
  },
  template: `
    <bz-form-modal :open="open" @update:open="$emit('update:open', $event)" title="登记证件" :form="form" test="document-form" @ok="save">
      <bz-field :form="form" name="personId" label="持证人（人员编号）" required>
        <a-input-number v-model:value="form.model.personId" :min="1" style="width: 100%" data-test="document-person"></a-input-number>
      </bz-field>
      <a-row :gutter="12">
        <a-col :span="12"><bz-field :form="form" name="docType" label="证件类别" required>
          <a-select v-model:value="form.model.docType" :options="types" data-test="document-type"></a-select>
        </bz-field></a-col>
        <a-col :span="12"><bz-field :form="form" name="docNumber" label="证件号码" required>
          <a-input v-model:value="form.model.docNumber" :maxlength="30" placeholder="如 E12345678" data-test="document-number"></a-input>
        </bz-field></a-col>
      </a-row>
      <a-row :gutter="12">
        <a-col :span="8"><bz-field :form="form" name="issuedOn" label="签发日期"><bz-date v-model:value="form.model.issuedOn"></bz-date></bz-field></a-col>
        <a-col :span="8"><bz-field :form="form" name="expiresOn" label="有效期至"><bz-date v-model:value="form.model.expiresOn"></bz-date></bz-field></a-col>
        <a-col :span="8"><bz-field :form="form" name="declaredOn" label="报告持有日期" required><bz-date v-model:value="form.model.declaredOn"></bz-date></bz-field></a-col>
      </a-row>
      <bz-field :form="form" name="basisDocument" label="依据">
        <a-input v-model:value="form.model.basisDocument" :maxlength="200" placeholder="如：个人有关事项报告"></a-input>
      </bz-field>
    </bz-form-modal>`,
};

const STEPS = { 'hand-in': '上交保管', 'check-out': '领用', return: '归还', release: '退还本人', cancel: '注销证件' };
const ALLOWED = { NOT_HANDED_IN: ['hand-in'], RELEASED: ['hand-in'], HELD: ['check-out', 'release'], CHECKED_OUT: ['return', 'release'] };

/** GET /travel/documents/{id} in a drawer: the document, its ledger, and the next moves. */
export const DocumentDetail = {
  props: { documentId: [Number, String] },
  emits: ['close', 'changed'],
  setup(props, { emit }) {
    const detail = ref(null);
    const load = async () => {
      detail.value = null;
      if (!props.documentId) return;
      try { detail.value = await get('/travel/documents/' + props.documentId); } catch (e) { showError(e); emit('close'); }
    };
    watch(() => props.documentId, load, { immediate: true });
    const step = ref('');
    const form = useForm({});
    const start = (s) => { form.reset({ date: today(), applicationId: undefined, note: '', reason: '', lateReason: '' }); step.value = s; };
    const next = () => {
      const d = detail.value && detail.value.document;
      if (!d) return [];
      return d.cancelledOn ? ALLOWED[d.custody].filter((s) => s === 'release') : [...ALLOWED[d.custody], 'cancel'];
    };
    const save = async () => {
      const d = await form.run((m) => post(`/travel/documents/${props.documentId}/${step.value}`, clean(m)));
      if (!d) return;
      showOk(STEPS[step.value] + '：' + d.document.typeLabel + ' ' + d.document.number);
      detail.value = d;
      step.value = '';
      emit('changed', d);
    };
    return { detail, step, form, start, next, save, STEPS, fmtDate };
  },
  template: `
    <a-drawer :open="!!documentId" title="证件保管台账" width="620" @close="$emit('close')" data-test="document-detail">
      <template v-if="detail">
        <a-descriptions bordered size="small" :column="2">
          <a-descriptions-item label="持证人">{{ detail.document.person.name }}</a-descriptions-item>
          <a-descriptions-item label="单位">{{ detail.document.person.unitName || '—' }}</a-descriptions-item>
          <a-descriptions-item label="证件">{{ detail.document.typeLabel }}</a-descriptions-item>
          <a-descriptions-item label="号码">{{ detail.document.number }}</a-descriptions-item>
          <a-descriptions-item label="有效期">{{ detail.document.issuedOn || '—' }} 至 {{ detail.document.expiresOn || '—' }}</a-descriptions-item>
          <a-descriptions-item label="报告持有">{{ detail.document.declaredOn }}</a-descriptions-item>
          <a-descriptions-item label="保管状态"><a-tag data-test="document-custody">{{ detail.document.custodyLabel }}</a-tag></a-descriptions-item>
          <a-descriptions-item label="注销" v-if="detail.document.cancelledOn">{{ detail.document.cancelledOn }} {{ detail.document.cancelReason }}</a-descriptions-item>
        </a-descriptions>
        <div class="toolbar" style="margin: 16px 0">
          <a-button v-for="s in next()" :key="s" @click="start(s)" :danger="s === 'cancel'" :data-test="'document-' + s">{{ STEPS[s] }}</a-button>
        </div>
        <a-table :data-source="detail.ledger" row-key="id" size="small" :pagination="false" data-test="document-ledger"
                 :columns="[{title: '日期', dataIndex: 'movedOn', width: 110}, {title: '登记', key: 'kind', width: 90},
                            {title: '审批', dataIndex: 'applicationId', width: 80}, {title: '说明', dataIndex: 'note'},
                            {title: '经办', dataIndex: 'recordedBy', width: 100}]">
          <template #bodyCell="{ column, record }"><template v-if="column.key === 'kind'">{{ record.kindLabel }}</template></template>
        </a-table>
      </template>
      <bz-form-modal :open="!!step" @update:open="(v) => !v && (step = '')" :title="STEPS[step]" :form="form" test="move-form" @ok="save">
        <bz-field :form="form" name="date" label="日期" required><bz-date v-model:value="form.model.date"></bz-date></bz-field>
        <bz-field v-if="step === 'check-out'" :form="form" name="applicationId" label="已批准的因私出国（境）申请（编号）" required>
          <a-input-number v-model:value="form.model.applicationId" :min="1" style="width: 100%" data-test="move-application"></a-input-number>
        </bz-field>
        <bz-field v-if="step === 'release' || step === 'cancel'" :form="form" name="reason" :label="step === 'cancel' ? '注销原因' : '退还原因'" required>
          <a-auto-complete v-model:value="form.model.reason" data-test="move-reason"
                           :options="step === 'cancel' ? [{value: '注销'}, {value: '吊销'}, {value: '遗失'}] : [{value: '不再列为登记备案人员'}, {value: '证件注销'}]"></a-auto-complete>
        </bz-field>
        <bz-field v-if="step !== 'release' && step !== 'cancel'" :form="form" name="note" label="说明">
          <a-input v-model:value="form.model.note" :maxlength="500"></a-input>
        </bz-field>
        <bz-field :form="form" name="lateReason" label="补录原因（日期早于今天7天以上时填写）">
          <a-input v-model:value="form.model.lateReason" :maxlength="500" data-test="move-late-reason"></a-input>
        </bz-field>
      </bz-form-modal>
    </a-drawer>`,
};
