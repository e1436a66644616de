// 修改 (PUT /people/{id}: name, identity, 职务层次 and 户口所在地 from a date, with the document it rests on) and 进编 (POST
// /people/{id}/occupancies: an existing occupancy registered as found, OFFICE only).
import { post, put } from '../../api.js';
import { useForm, showOk, clean } from '../../ui.js';
import { options } from '../../labels.js';

const { watch } = Vue;

export const EditPerson = {
  props: { open: Boolean, person: Object },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const form = useForm({});
    // fill the form from the record each time it is opened (a refused form keeps what was typed until closed)
    watch(() => props.open, (o) => {
      if (o) form.reset({ name: props.person.name, identity: props.person.identity, rank: props.person.rank,
        household: props.person.household || '', factsFrom: '', basisDocument: '' });
    }, { immediate: true });
    const save = async () => {
      const p = await form.run((m) => put('/people/' + props.person.id, clean(m), props.person));
      if (!p) return;
      showOk('人员信息已修改');
      emit('update:open', false);
      emit('done', p);
    };
    return { form, save, identities: options('PersonIdentity'), ranks: options('CadreRank') };
  },
  template: `
    <bz-form-modal :open="open" @update:open="$emit('update:open', $event)" title="修改人员信息" :form="form"
                test="edit-person-form" ok-text="保存" @ok="save">
      <a-alert type="info" class="form-hint" message="身份证号码不能修改；号码登记错误时，请登记正确号码的人员并办理相应手续。"></a-alert>
      <bz-field :form="form" name="name" label="姓名" required>
        <a-input v-model:value="form.model.name" :maxlength="50"></a-input>
      </bz-field>
      <bz-field :form="form" name="identity" label="人员身份" required>
        <a-select v-model:value="form.model.identity" :options="identities"></a-select>
      </bz-field>
      <bz-field :form="form" name="rank" label="职务层次">
        <a-select v-model:value="form.model.rank" :options="ranks" allow-clear></a-select>
      </bz-field>
      <bz-field :form="form" name="household" label="户口所在地">
        <a-input v-model:value="form.model.household" :maxlength="100" placeholder="如：浙江省青田县鹤城街道"></a-input>
      </bz-field>
      <bz-field :form="form" name="factsFrom" label="职务层次、户口所在地生效日期">
        <bz-date v-model:value="form.model.factsFrom"></bz-date>
      </bz-field>
      <bz-field :form="form" name="basisDocument" label="变更依据（文号）" required>
        <a-input v-model:value="form.model.basisDocument" :maxlength="100" placeholder="如：青人社〔2026〕12号"></a-input>
      </bz-field>
    </bz-form-modal>`,
};

const OCCUPANCY = { unitCode: '', quotaType: undefined, validFrom: '', entryRoute: undefined,
  increaseNoticeNumber: '', basisDocument: '' };

export const AddOccupancy = {
  props: { open: Boolean, person: Object },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const form = useForm(OCCUPANCY);
    const save = async () => {
      const o = await form.run((m) => post('/people/' + props.person.id + '/occupancies', clean(m)));
      if (!o) return;
      showOk(`已登记占编：${o.unitName}`);
      form.reset(OCCUPANCY);
      emit('update:open', false);
      emit('done', o);
    };
    return { form, save, quotaTypes: options('QuotaType'), routes: options('EntryRoute') };
  },
  template: `
    <bz-form-modal :open="open" @update:open="$emit('update:open', $event)" title="登记存量占编（不经控编，如实登记现状）" :form="form"
                test="occupancy-form" ok-text="登记占编" @ok="save">
      <a-alert type="info" class="form-hint"
               message="此处如实登记已有的占编。新进人员须通过“控编”开具增人通知单办理，占用空编并受编制数控制。"></a-alert>
      <bz-field :form="form" name="unitCode" label="编制所在单位" required>
        <bz-unit-select v-model:value="form.model.unitCode" style="width: 100%"></bz-unit-select>
      </bz-field>
      <a-row :gutter="12">
        <a-col :span="12">
          <bz-field :form="form" name="quotaType" label="编制类型" required>
            <a-select v-model:value="form.model.quotaType" :options="quotaTypes" placeholder="选择编制类型"></a-select>
          </bz-field>
        </a-col>
        <a-col :span="12">
          <bz-field :form="form" name="validFrom" label="入编日期" required>
            <bz-date v-model:value="form.model.validFrom"></bz-date>
          </bz-field>
        </a-col>
      </a-row>
      <a-row :gutter="12">
        <a-col :span="12">
          <bz-field :form="form" name="entryRoute" label="入编方式">
            <a-select v-model:value="form.model.entryRoute" :options="routes" allow-clear placeholder="选择入编方式"></a-select>
          </bz-field>
        </a-col>
        <a-col :span="12">
          <bz-field :form="form" name="increaseNoticeNumber" label="增人通知单号">
            <a-input v-model:value="form.model.increaseNoticeNumber" :maxlength="40" placeholder="如：Z2019-00012"></a-input>
          </bz-field>
        </a-col>
      </a-row>
      <bz-field :form="form" name="basisDocument" label="依据（文号）">
        <a-input v-model:value="form.model.basisDocument" :maxlength="100"></a-input>
      </bz-field>
    </bz-form-modal>`,
};
