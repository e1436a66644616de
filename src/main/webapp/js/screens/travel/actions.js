// The steps of an application: 单位意见 / 纪检意见 (同意 or 不同意, text and signer), 批准 / 不予批准 (文号, note, 审批单位) and 撤回. A refusal
// (409: a rule forbids it) is shown in full in the dialog, with the reason the API gives.
import { post } from '../../api.js';
import { useForm } from '../../ui.js';

const { ref } = Vue;

const STEPS = {
  'unit-opinion': { title: '签署所在单位意见', ok: '签署', fields: ['verdict', 'text', 'by'], done: '已签署单位意见' },
  'discipline-opinion': { title: '签署纪检意见（派驻纪检组）', ok: '签署', fields: ['verdict', 'text', 'by'], done: '已签署纪检意见' },
  approve: { title: '批准', ok: '批准', fields: ['decisionDocument', 'note', 'approvingUnit'], done: '已批准' },
  reject: { title: '不予批准', ok: '不予批准', fields: ['decisionDocument', 'note', 'approvingUnit'], done: '已作出不予批准决定', noteRequired: true },
  withdraw: { title: '撤回申请', ok: '撤回', fields: ['note'], done: '申请已撤回' },
};

export const StepButton = {
  props: { application: Object, step: String, primary: Boolean, danger: Boolean },
  emits: ['done'],
  setup(props, { emit }) {
    const s = STEPS[props.step];
    const open = ref(false);
    const blank = () => Object.fromEntries(s.fields.map((f) => [f, '']));
    const form = useForm(blank());
    const show = () => { form.reset(blank()); open.value = true; };
    const ok = () => form.run(async (m) => {
      const body = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.trim() || null]));
      const a = await post(`/travel/applications/${props.application.id}/${props.step}`, body);
      open.value = false;
      emit('done', a, s.done);
    });
    return { s, open, form, show, ok };
  },
  template: `
    <a-button :type="primary ? 'primary' : 'default'" :danger="danger" @click="show" :data-test="'application-' + step">{{ s.title }}</a-button>
    <a-modal v-model:open="open" :title="s.title" :ok-text="s.ok" :confirm-loading="form.busy" @ok="ok" width="560px"
             :ok-button-props="{ 'data-test': 'application-' + step + '-ok' }">
      <a-form layout="vertical">
        <bz-form-error :form="form"></bz-form-error>
        <bz-field v-if="s.fields.includes('verdict')" :form="form" name="verdict" label="意见结论" required>
          <a-radio-group v-model:value="form.model.verdict" data-test="application-opinion-verdict">
            <a-radio value="AGREE">同意</a-radio><a-radio value="DISAGREE">不同意</a-radio>
          </a-radio-group>
        </bz-field>
        <bz-field v-if="s.fields.includes('text')" :form="form" name="text" label="意见（默认为结论）">
          <a-textarea v-model:value="form.model.text" :rows="3" :maxlength="1000" data-test="application-opinion-text"></a-textarea>
        </bz-field>
        <bz-field v-if="s.fields.includes('by')" :form="form" name="by" label="签署人（默认当前用户）">
          <a-input v-model:value="form.model.by" :maxlength="100" data-test="application-opinion-by"></a-input>
        </bz-field>
        <bz-field v-if="s.fields.includes('decisionDocument')" :form="form" name="decisionDocument" label="批准文号" required>
          <a-input v-model:value="form.model.decisionDocument" :maxlength="200" data-test="application-document"></a-input>
        </bz-field>
        <bz-field v-if="s.fields.includes('approvingUnit')" :form="form" name="approvingUnit" label="审批单位代码（默认按系统设置）">
          <a-input v-model:value="form.model.approvingUnit" :maxlength="50" data-test="application-approving-unit"></a-input>
        </bz-field>
        <bz-field v-if="s.fields.includes('note')" :form="form" name="note" :label="s.noteRequired ? '不予批准的理由' : '说明'"
                  :required="!!s.noteRequired">
          <a-textarea v-model:value="form.model.note" :rows="3" :maxlength="1000" data-test="application-decision-note"></a-textarea>
        </bz-field>
      </a-form>
    </a-modal>`,
};
