// 登记人员: POST /people (idNumber, name, identity; gender and birth date are read from the ID number and,
// if given, must agree with it).
import { post } from '../../api.js';
import { useForm, showOk, clean } from '../../ui.js';
import { options } from '../../labels.js';

const EMPTY = { idNumber: '', name: '', identity: undefined, gender: undefined, birthDate: '', basisDocument: '' };

export default {
  props: { open: Boolean },
  emits: ['update:open', 'registered'],
  setup(props, { emit }) {
    const form = useForm(EMPTY);
    const save = async () => {
      const p = await form.run((m) => post('/people', clean(m)));
      if (!p) return;
      showOk(`已登记人员“${p.name}”`);
      form.reset(EMPTY);
      emit('update:open', false);
      emit('registered', p);
    };
    return { form, save, identities: options('PersonIdentity'), genders: options('Gender') };
  },
  template: `
    <bz-form-modal :open="open" @update:open="$emit('update:open', $event)" title="登记人员" :form="form"
                test="register-form" ok-text="登记" @ok="save">
      <bz-field :form="form" name="idNumber" label="公民身份号码" required
                extra="18位；港澳台居民居住证号码、外国人永久居留身份证号码同样可用">
        <a-input v-model:value="form.model.idNumber" :maxlength="18" allow-clear autocomplete="off"></a-input>
      </bz-field>
      <bz-field :form="form" name="name" label="姓名" required>
        <a-input v-model:value="form.model.name" :maxlength="50" autocomplete="off"></a-input>
      </bz-field>
      <bz-field :form="form" name="identity" label="人员身份" required>
        <a-select v-model:value="form.model.identity" :options="identities" placeholder="选择人员身份"></a-select>
      </bz-field>
      <a-row :gutter="12">
        <a-col :span="12">
          <bz-field :form="form" name="gender" label="性别" extra="可不填，由身份证号码得出">
            <a-select v-model:value="form.model.gender" :options="genders" allow-clear placeholder="由身份证号码得出"></a-select>
          </bz-field>
        </a-col>
        <a-col :span="12">
          <bz-field :form="form" name="birthDate" label="出生日期" extra="可不填，由身份证号码得出">
            <bz-date v-model:value="form.model.birthDate" placeholder="由身份证号码得出"></bz-date>
          </bz-field>
        </a-col>
      </a-row>
      <bz-field :form="form" name="basisDocument" label="依据（文号）">
        <a-input v-model:value="form.model.basisDocument" :maxlength="100"></a-input>
      </bz-field>
    </bz-form-modal>`,
};
