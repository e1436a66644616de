// 登记违规问题 (by hand, or from a finding's key) and 登记处理 (method, day, document). Field errors at their fields.
import { post } from '../../api.js';
import { useForm, today } from '../../ui.js';
import { options } from '../../labels.js';
import { OnePerson } from './common.js';

export const CaseForm = {
  components: { OnePerson },
  props: { findingKey: String, personId: Number },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const form = useForm({ personId: props.personId, problemClass: undefined, description: '', foundOn: today(),
      cadreRank: undefined, findingKey: props.findingKey || '', responsibleUnit: undefined, responsiblePersonId: undefined });
    // 审批把关不严 is the approver's and the approving unit's (left empty: the approving unit of the finding's application)
    const lax = () => form.model.problemClass === 'LAX_APPROVAL';
    const save = () => form.run(async (m) => emit('saved', await post('/travel/cases', { ...m,
      findingKey: m.findingKey.trim() || null, foundOn: m.foundOn || null,
      responsibleUnit: lax() ? m.responsibleUnit || null : null, responsiblePersonId: lax() ? m.responsiblePersonId || null : null })));
    return { form, save, lax, classes: options('ProblemClass'), ranks: options('CadreRank') };
  },
  template: `
  <a-form layout="vertical" @submit.prevent="save">
    <bz-form-error :form="form"></bz-form-error>
    <bz-field :form="form" name="personId" label="人员" required>
      <one-person v-model:value="form.model.personId" data-test="case-person"></one-person>
    </bz-field>
    <bz-field :form="form" name="problemClass" label="问题类别" required>
      <a-select v-model:value="form.model.problemClass" :options="classes" data-test="case-class"></a-select>
    </bz-field>
    <template v-if="lax()">
      <bz-field :form="form" name="responsibleUnit" label="责任单位（审批单位）" extra="不填：取检查发现所指申请的审批单位">
        <bz-unit-select v-model:value="form.model.responsibleUnit" data-test="case-responsible-unit"></bz-unit-select>
      </bz-field>
      <bz-field :form="form" name="responsiblePersonId" label="责任人（审批人，可选）">
        <one-person v-model:value="form.model.responsiblePersonId" data-test="case-responsible-person"></one-person>
      </bz-field>
    </template>
    <bz-field :form="form" name="findingKey" label="检查发现（可选）" extra="从检查发现清单登记时自动填入">
      <a-input v-model:value="form.model.findingKey" data-test="case-finding"></a-input>
    </bz-field>
    <bz-field :form="form" name="description" label="问题情况" required>
      <a-textarea v-model:value="form.model.description" :rows="3" :maxlength="2000" data-test="case-description"></a-textarea>
    </bz-field>
    <div class="form-row">
      <bz-field :form="form" name="foundOn" label="发现日期" required><bz-date v-model:value="form.model.foundOn"></bz-date></bz-field>
      <bz-field :form="form" name="cadreRank" label="干部级别" extra="不选：取该人员发现之日登记的职务层次">
        <a-select v-model:value="form.model.cadreRank" :options="ranks" style="width: 140px" data-test="case-rank"></a-select>
      </bz-field>
    </div>
    <a-space>
      <a-button type="primary" html-type="submit" :loading="form.busy" data-test="case-save">登记</a-button>
      <a-button @click="$emit('cancel')">取消</a-button>
    </a-space>
  </a-form>`,
};

export const HandlingForm = {
  props: { travelCase: Object },
  emits: ['saved'],
  setup(props, { emit }) {
    const form = useForm({ method: undefined, decidedOn: today(), decisionDocument: '', note: '' });
    const save = () => form.run(async (m) => {
      const c = await post(`/travel/cases/${props.travelCase.id}/handlings`, { ...m, decidedOn: m.decidedOn || null,
        decisionDocument: m.decisionDocument.trim() || null, note: m.note.trim() || null });
      form.reset();
      emit('saved', c);
    });
    return { form, save, methods: options('HandlingMethod') };
  },
  template: `
  <a-form layout="vertical" @submit.prevent="save" class="handling-form">
    <bz-form-error :form="form"></bz-form-error>
    <bz-field :form="form" name="method" label="处理方式" required>
      <a-radio-group v-model:value="form.model.method" :options="methods" data-test="handling-method"></a-radio-group>
    </bz-field>
    <div class="form-row">
      <bz-field :form="form" name="decidedOn" label="处理日期" required><bz-date v-model:value="form.model.decidedOn"></bz-date></bz-field>
      <bz-field :form="form" name="decisionDocument" label="处理决定文号" required>
        <a-input v-model:value="form.model.decisionDocument" :maxlength="200" data-test="handling-document"></a-input>
      </bz-field>
    </div>
    <bz-field :form="form" name="note" label="说明"><a-input v-model:value="form.model.note" :maxlength="1000"></a-input></bz-field>
    <a-button type="primary" html-type="submit" :loading="form.busy" data-test="handling-save">登记处理</a-button>
  </a-form>`,
};
