// 核定编制 (POST /units/{code}/quotas) and 核定领导职数 (POST /units/{code}/leadership): a number from a date, on a document.
import { post, get } from '../../api.js';
import { options, label } from '../../labels.js';
import { useForm, showOk, today } from '../../ui.js';

const { computed, ref, watch } = Vue;

/** the quota types a unit of each kind may be approved (DOMAIN.md §3) */
const ALLOWED = { ORGAN: ['ADMINISTRATIVE', 'POLITICAL_LEGAL', 'ORGAN_WORKER'], INSTITUTION: ['PUBLIC_INSTITUTION'] };

export default {
  props: { open: Boolean, unit: Object, /** 'quotas' or 'leadership' */ kind: String },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const form = useForm({});
    const isQuota = computed(() => props.kind === 'quotas');
    const subjectField = computed(() => (isQuota.value ? 'quotaType' : 'category'));
    const subjectOptions = computed(() => (isQuota.value
      ? options('QuotaType').filter((o) => (ALLOWED[props.unit.kind] || []).includes(o.value))
      : options('LeadershipCategory')));
    const current = ref(null);
    watch(() => props.open, async (o) => {
      if (!o) return;
      const first = subjectOptions.value[0];
      form.reset({ [subjectField.value]: first ? first.value : undefined, approved: null, validFrom: today(), basisDocument: '' });
      current.value = null;
      try {
        current.value = await get('/units/' + encodeURIComponent(props.unit.code) + '/establishment');
      } catch (e) { /* the hint is optional */ }
    }, { immediate: true });
    /** what is approved today for the chosen type or category, as a hint */
    const hint = computed(() => {
      const c = current.value;
      const s = form.model[subjectField.value];
      if (!c || !s) return '';
      const line = isQuota.value ? c.quotas.find((q) => q.quotaType === s) : c.leadership.find((l) => l.category === s);
      if (!line) return `目前未核定${label(isQuota.value ? 'QuotaType' : 'LeadershipCategory', s)}`;
      return isQuota.value
        ? `目前核定 ${line.approved} 名，实有 ${line.occupied} 名，预留 ${line.reserved} 名`
        : `目前核定 ${line.approved} 职，实配 ${line.holders} 人`;
    });
    const close = () => emit('update:open', false);
    const submit = () => form.run(async (m) => {
      const body = { [subjectField.value]: m[subjectField.value] || null, approved: m.approved == null ? null : m.approved,
        validFrom: m.validFrom || null, basisDocument: (m.basisDocument || '').trim() || null };
      const saved = await post('/units/' + encodeURIComponent(props.unit.code) + '/' + props.kind, body);
      const what = label(isQuota.value ? 'QuotaType' : 'LeadershipCategory', saved.subject);
      showOk(`已核定${what} ${saved.approved} ${isQuota.value ? '名' : '职'}，自 ${saved.validFrom} 起（${saved.basisDocument}）`);
      const over = saved.overQuota;
      if (over) {
        // recorded all the same (a reform may cut a quota); the office must know who is then beyond it
        antd.Modal.warning({ title: '核定后将超编', content: `自 ${over.from} 起核定 ${over.approved} 名、实有 ${over.occupied} 名，超编 `
          + `${over.occupied - over.approved} 名。超出核定数的人员（按入编日期由近及远）：`
          + over.beyond.map((b) => `${b.name}（${b.entryDate} 入编）`).join('、') + '。审计将自该日起列为超编问题。' });
      }
      emit('done', saved);
      close();
    });
    return { form, isQuota, subjectField, subjectOptions, hint, close, submit };
  },
  template: `
    <a-modal destroy-on-close :open="open" :title="isQuota ? '核定编制' : '核定领导职数'" :width="520" :mask-closable="false" @cancel="close">
      <div class="modal-body" :data-test="isQuota ? 'approve-quota-modal' : 'approve-leadership-modal'">
      <bz-form-error :form="form"></bz-form-error>
      <p class="muted">为 <strong>{{ unit.name }}</strong> 核定{{ isQuota ? '编制' : '领导职数' }}：新的核定数自生效日期起取代此前的核定。</p>
      <a-form layout="vertical" @submit.prevent="submit">
        <bz-field :form="form" :name="subjectField" :label="isQuota ? '编制类型' : '职数类别'" required :extra="hint">
          <a-select v-model:value="form.model[subjectField]" :options="subjectOptions" data-test="approval-subject-input"></a-select>
        </bz-field>
        <div class="form-grid">
          <bz-field :form="form" name="approved" :label="isQuota ? '核定数（名）' : '核定职数（职）'" required>
            <a-input-number v-model:value="form.model.approved" :min="0" :max="100000" :precision="0" style="width: 100%"
                            data-test="approval-approved-input"></a-input-number>
          </bz-field>
          <bz-field :form="form" name="validFrom" label="生效日期" required>
            <span class="bz-date-wrap" data-test="approval-valid-from-input"><bz-date v-model:value="form.model.validFrom"></bz-date></span>
          </bz-field>
        </div>
        <bz-field :form="form" name="basisDocument" label="批准文号（依据文件）" required class="doc-field"
                  extra="必填：核定所依据的机构编制文件，如“青编〔2026〕8号”">
          <a-input v-model:value="form.model.basisDocument" placeholder="如 青编〔2026〕8号" data-test="approval-basis-input"></a-input>
        </bz-field>
        <button type="submit" hidden></button>
      </a-form>
      </div>
      <template #footer>
        <a-button @click="close">取消</a-button>
        <a-button type="primary" :loading="form.busy" @click="submit" data-test="approval-submit">核定</a-button>
      </template>
    </a-modal>`,
};
