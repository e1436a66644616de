// 申请因私出国（境）: the person, destinations (several), purpose, dates. The API's field errors show at their fields.
import { post } from '../../api.js';
import { useForm, today } from '../../ui.js';
import { options } from '../../labels.js';
import { OnePerson } from './common.js';

export default {
  components: { OnePerson },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const form = useForm({ personId: undefined, destinations: [], purpose: 'FAMILY_VISIT', purposeNote: '',
      departsOn: '', returnsOn: '', appliedOn: today() });
    const save = () => form.run(async (m) => {
      const a = await post('/travel/applications', { ...m, purposeNote: m.purposeNote.trim() || null,
        departsOn: m.departsOn || null, returnsOn: m.returnsOn || null, appliedOn: m.appliedOn || null });
      emit('saved', a);
    });
    return { form, save, purposes: options('TravelPurpose') };
  },
  template: `
  <a-form layout="vertical" class="travel-application-form" @submit.prevent="save">
    <bz-form-error :form="form"></bz-form-error>
    <bz-field :form="form" name="personId" label="申请人" required>
      <one-person v-model:value="form.model.personId" data-test="application-person"></one-person>
    </bz-field>
    <bz-field :form="form" name="destinations" label="前往国家（地区）" required extra="可填多个；中国香港、香港特别行政区等写法统一记为“香港”">
      <a-select mode="tags" v-model:value="form.model.destinations" :token-separators="['、', ',', '，']" :open="false"
                placeholder="输入后回车，如 日本、香港" data-test="application-destinations"></a-select>
    </bz-field>
    <bz-field :form="form" name="purpose" label="事由" required>
      <a-radio-group v-model:value="form.model.purpose" :options="purposes" data-test="application-purpose"></a-radio-group>
    </bz-field>
    <bz-field :form="form" name="purposeNote" label="事由说明">
      <a-textarea v-model:value="form.model.purposeNote" :rows="2" :maxlength="1000" data-test="application-note"></a-textarea>
    </bz-field>
    <div class="form-row">
      <bz-field :form="form" name="departsOn" label="出发日期" required>
        <bz-date v-model:value="form.model.departsOn" data-test="application-departs"></bz-date>
      </bz-field>
      <bz-field :form="form" name="returnsOn" label="返回日期" required>
        <bz-date v-model:value="form.model.returnsOn" data-test="application-returns"></bz-date>
      </bz-field>
      <bz-field :form="form" name="appliedOn" label="申请日期">
        <bz-date v-model:value="form.model.appliedOn" data-test="application-applied"></bz-date>
      </bz-field>
    </div>
    <a-space>
      <a-button type="primary" html-type="submit" :loading="form.busy" data-test="application-save">提交申请</a-button>
      <a-button @click="$emit('cancel')">取消</a-button>
    </a-space>
  </a-form>`,
};
