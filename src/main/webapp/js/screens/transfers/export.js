// 导出: units, quotas, leadership or the roster as CSV or XLSX, for all units the caller sees or one unit's subtree.
import { download } from '../../api.js';
import { session } from '../../session.js';
import { useForm, showOk } from '../../ui.js';
import { kindLabel } from './common.js';

export default {
  setup() {
    const form = useForm({ kind: 'roster', format: 'xlsx', unit: '' });
    const kinds = ['units', 'quotas', 'leadership', 'roster'].map((k) => ({ value: k, label: kindLabel(k) }));
    // inspectors and unit clerks see masked ID numbers, so their roster cannot be imported back
    const masked = ['INSPECTOR', 'UNIT_CLERK'].includes(session.role);
    const go = () => form.run(async (m) => {
      const name = await download('/exports/' + m.kind, { format: m.format, unit: m.unit },
        kindLabel(m.kind) + '.' + m.format);
      showOk('已导出 ' + name);
    });
    return { form, kinds, masked, go, clerk: session.role === 'UNIT_CLERK' };
  },
  template: `
  <a-form layout="vertical" class="export-form" @submit.prevent="go">
    <bz-form-error :form="form"></bz-form-error>
    <a-row :gutter="16">
      <a-col :span="6"><bz-field :form="form" name="kind" label="导出内容">
        <a-select v-model:value="form.model.kind" :options="kinds" data-test="export-kind"></a-select>
      </bz-field></a-col>
      <a-col :span="6"><bz-field :form="form" name="format" label="格式">
        <a-radio-group v-model:value="form.model.format" data-test="export-format">
          <a-radio-button value="xlsx">Excel（XLSX）</a-radio-button>
          <a-radio-button value="csv">CSV</a-radio-button>
        </a-radio-group>
      </bz-field></a-col>
      <a-col :span="12"><bz-field :form="form" name="unit" label="单位（可选，含下级单位）"
                                  :extra="clerk ? '不选则导出本单位及下属单位' : '不选则导出全部单位'">
        <bz-unit-select v-model:value="form.model.unit" data-test="export-unit"></bz-unit-select>
      </bz-field></a-col>
    </a-row>
    <a-alert v-if="masked && form.model.kind === 'roster'" type="info" show-icon class="form-error" data-test="export-masked-note"
             message="您导出的身份证号是脱敏的（如 331121********5637），这样的花名册不能再导入：导入时这些行会因身份证号无效被拒绝。需要改后导回的，请由编办业务人员导出。"></a-alert>
    <p class="muted">导出文件与导入格式相同，可在表格软件中修改后再导入（未改动的行不会产生变化）。</p>
    <a-button type="primary" html-type="submit" :loading="form.busy" data-test="export-start">导出</a-button>
  </a-form>`,
};
