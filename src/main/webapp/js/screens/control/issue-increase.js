// 开具增人通知单: POST /notices kind INCREASE (unit, quota type, entry date and route, optional approved
// staffing plan, the person). Without a vacant slot the API answers 409 with 核定/实有/预留/空编: shown large.
// Only an administrator may let a person in beyond the quota (overrideReason).
import { get, post } from '../../api.js';
import { session } from '../../session.js';
import { useForm, today, clean } from '../../ui.js';
import { label, options } from '../../labels.js';

const { ref, watch } = Vue;

const EMPTY = () => ({ kind: 'INCREASE', unitCode: '', quotaType: undefined, entryDate: today(), entryRoute: undefined,
  staffingPlanId: undefined, overrideReason: '', person: { idNumber: '', name: '', identity: undefined } });

export default {
  // plan: an approved staffing plan (PlanView) to issue the notice against; it fixes unit and quota type
  props: { open: Boolean, plan: Object },
  emits: ['update:open', 'issued'],
  setup(props, { emit }) {
    const form = useForm(EMPTY());
    watch(() => [props.open, props.plan], ([o, p]) => {
      if (o && p) form.reset({ ...EMPTY(), unitCode: p.unitCode, quotaType: p.quotaType, staffingPlanId: p.id });
    }, { immediate: true });
    const plans = ref([]);
    // the approved plans of the unit and quota type that still reserve a slot
    let seq = 0;
    watch(() => [form.model.unitCode, form.model.quotaType], async ([unit, type]) => {
      const mine = ++seq;
      plans.value = [];
      if (!unit || !type) return;
      try {
        const all = await get('/staffing-plans', { unit, status: 'APPROVED', limit: 100 });
        if (mine !== seq) return;
        plans.value = all.items.filter((p) => p.unitCode === unit && p.quotaType === type && p.remaining > 0)
          .map((p) => ({ value: p.id, label: `第 ${p.id} 号：${p.count} 名，尚余 ${p.remaining} 名，有效期至 ${p.validUntil}${p.decisionDocument ? '（' + p.decisionDocument + '）' : ''}` }));
        if (form.model.staffingPlanId && !plans.value.some((o) => o.value === form.model.staffingPlanId)) form.model.staffingPlanId = undefined;
      } catch (e) { /* the plan is optional: the API says what is wrong on submit */ }
    });
    const save = async () => {
      const n = await form.run((m) => post('/notices', clean(m)));
      if (!n) return;
      form.reset(EMPTY());
      emit('update:open', false);
      emit('issued', n);
    };
    return { form, save, plans, isAdmin: session.role === 'ADMIN', quotaTypes: options('QuotaType'),
      routes: options('EntryRoute'), identities: options('PersonIdentity'), label };
  },
  template: `
    <bz-form-modal :open="open" @update:open="$emit('update:open', $event)" title="开具增人通知单" :form="form"
                test="notice-form" submit-test="notice-submit" ok-text="开具通知单" :width="640" @ok="save">
      <a-alert v-if="plan" type="info" show-icon class="form-hint" data-test="notice-from-plan"
               :message="'按用编计划第 ' + plan.id + ' 号开具：' + plan.unitName + ' ' + label('QuotaType', plan.quotaType) + '，核准 ' + plan.count + ' 名，尚余 ' + plan.remaining + ' 名'"></a-alert>
      <bz-field :form="form" name="unitCode" label="进编单位" required>
        <a-input v-if="plan" :value="plan.unitName + '（' + plan.unitCode + '）'" disabled></a-input>
        <bz-unit-select v-else v-model:value="form.model.unitCode" style="width: 100%"></bz-unit-select>
      </bz-field>
      <a-row :gutter="12">
        <a-col :span="8">
          <bz-field :form="form" name="quotaType" label="编制类型" required>
            <a-select v-model:value="form.model.quotaType" :options="quotaTypes" placeholder="选择" :disabled="!!plan"></a-select>
          </bz-field>
        </a-col>
        <a-col :span="8">
          <bz-field :form="form" name="entryDate" label="入编日期" required>
            <bz-date v-model:value="form.model.entryDate"></bz-date>
          </bz-field>
        </a-col>
        <a-col :span="8">
          <bz-field :form="form" name="entryRoute" label="入编方式" required>
            <a-select v-model:value="form.model.entryRoute" :options="routes" placeholder="选择"></a-select>
          </bz-field>
        </a-col>
      </a-row>
      <bz-field :form="form" name="staffingPlanId" label="用编计划"
                :extra="form.model.unitCode && form.model.quotaType && !plans.length ? '该单位此类编制没有可用的已核准用编计划：将占用空编' : '使用已核准的用编计划预留的名额；不选则占用空编'">
        <a-select v-model:value="form.model.staffingPlanId" :options="plans" allow-clear placeholder="不使用用编计划"
                  :disabled="!plans.length"></a-select>
      </bz-field>
      <a-divider orientation="left" plain>进编人员</a-divider>
      <a-row :gutter="12">
        <a-col :span="10">
          <bz-field :form="form" name="person.idNumber" label="公民身份号码" required>
            <a-input v-model:value="form.model.person.idNumber" :maxlength="18" autocomplete="off"></a-input>
          </bz-field>
        </a-col>
        <a-col :span="7">
          <bz-field :form="form" name="person.name" label="姓名" required>
            <a-input v-model:value="form.model.person.name" :maxlength="50" autocomplete="off"></a-input>
          </bz-field>
        </a-col>
        <a-col :span="7">
          <bz-field :form="form" name="person.identity" label="人员身份" required>
            <a-select v-model:value="form.model.person.identity" :options="identities" placeholder="选择"></a-select>
          </bz-field>
        </a-col>
      </a-row>
      <bz-field v-if="form.errors.person" :form="form" name="person"></bz-field>
      <bz-field v-if="isAdmin" :form="form" name="overrideReason" label="超编进人理由（仅管理员）"
                extra="确需超编进人（如军转干部指令性安置）时填写法定理由；超编进人将被记录并在稽核中报告">
        <a-textarea v-model:value="form.model.overrideReason" :rows="2" :maxlength="300"></a-textarea>
      </bz-field>
    </bz-form-modal>`,
};
