// The steps of a case: 转入核查 (with a note) and 办结 (result and conclusion). A 409 shows the API's message.
import { post } from '../../api.js';
import { useForm } from '../../ui.js';
import { options } from '../../labels.js';

const { ref } = Vue;

export const InvestigateButton = {
  props: { complaint: Object },
  emits: ['done'],
  setup(props, { emit }) {
    const open = ref(false);
    const form = useForm({ note: '' });
    const show = () => { form.reset({ note: '' }); open.value = true; };
    const ok = () => form.run(async (m) => {
      const d = await post(`/complaints/${props.complaint.id}/investigate`, { note: m.note.trim() || null });
      open.value = false;
      emit('done', d, '已转入核查');
    });
    return { open, form, show, ok };
  },
  template: `
    <a-button @click="show" data-test="complaint-investigate">转入核查</a-button>
    <a-modal v-model:open="open" title="转入核查" ok-text="转入核查" :confirm-loading="form.busy" @ok="ok"
             :ok-button-props="{ 'data-test': 'complaint-investigate-ok' }">
      <a-form layout="vertical">
        <bz-form-error :form="form"></bz-form-error>
        <bz-field :form="form" name="note" label="说明（可选）">
          <a-textarea v-model:value="form.model.note" :rows="3" :maxlength="500" data-test="complaint-investigate-note"></a-textarea>
        </bz-field>
      </a-form>
    </a-modal>`,
};

export const ConcludeButton = {
  props: { complaint: Object },
  emits: ['done'],
  setup(props, { emit }) {
    const open = ref(false);
    const form = useForm({ result: undefined, conclusion: '' });
    const show = () => { form.errors = {}; form.message = ''; open.value = true; };
    const ok = () => form.run(async (m) => {
      const d = await post(`/complaints/${props.complaint.id}/conclude`, { result: m.result, conclusion: m.conclusion });
      open.value = false;
      emit('done', d, '已办结');
    });
    return { open, form, show, ok, results: options('Result') };
  },
  template: `
    <a-button type="primary" @click="show" data-test="complaint-conclude">办结</a-button>
    <a-modal v-model:open="open" title="办结举报件" ok-text="办结" :confirm-loading="form.busy" @ok="ok"
             :ok-button-props="{ 'data-test': 'complaint-conclude-ok' }">
      <a-form layout="vertical">
        <bz-form-error :form="form"></bz-form-error>
        <bz-field :form="form" name="result" label="核查结论" required>
          <a-radio-group v-model:value="form.model.result" :options="results" data-test="complaint-result"></a-radio-group>
        </bz-field>
        <bz-field :form="form" name="conclusion" label="办结意见" required>
          <a-textarea v-model:value="form.model.conclusion" :rows="4" :maxlength="2000" data-test="complaint-conclusion"></a-textarea>
        </bz-field>
      </a-form>
    </a-modal>`,
};
