// 登记举报件 / 修改举报件: one form; a change sends only the fields that differ from the case as read.
import { post, put } from '../../api.js';
import { useForm, today, clean } from '../../ui.js';
import { options } from '../../labels.js';
import { session } from '../../session.js';
import { PersonPicker, UnitsPicker, personLabel } from './common.js';

const { computed, nextTick } = Vue;

const FIELDS = ['channel', 'receivedOn', 'incidentDate', 'subject', 'categories', 'unitCodes', 'personIds', 'findingIds',
  'handler', 'dueDate', 'anonymous', 'reporterName', 'reporterContact'];

/** The form's values of a case as GET /complaints/{id} answers it. */
function valuesOf(detail) {
  const c = detail.complaint;
  const r = detail.reporter || {};
  return {
    channel: c.channel, receivedOn: c.receivedOn || '', incidentDate: c.incidentDate || '',
    subject: c.subject || '', categories: [...(c.categories || [])], unitCodes: [...(c.unitCodes || [])],
    personIds: [...(c.personIds || [])], findingIds: (c.findingIds || []).map(String), handler: c.handler || '',
    dueDate: c.dueDate || '', anonymous: !!c.anonymous, reporterName: r.name || '', reporterContact: r.contact || '', note: '',
  };
}

const same = (a, b) => JSON.stringify(Array.isArray(a) ? [...a].sort() : a ?? '') === JSON.stringify(Array.isArray(b) ? [...b].sort() : b ?? '');

export default {
  components: { PersonPicker, UnitsPicker },
  props: { detail: Object },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const editing = !!props.detail;
    const start = editing ? valuesOf(props.detail) : {
      channel: 'PHONE', receivedOn: today(), incidentDate: '', subject: '', categories: [], unitCodes: [], personIds: [],
      findingIds: [], handler: session.username || '', dueDate: '', anonymous: false, reporterName: '', reporterContact: '', note: '',
    };
    const form = useForm(start);
    const unitNames = {};
    const personNames = {};
    if (editing) {
      for (const u of props.detail.units || []) unitNames[u.code] = u.name;
      for (const p of props.detail.people || []) {
        const occ = p.current && p.current.occupancies && p.current.occupancies[0];
        personNames[p.person.id] = personLabel({ name: p.person.name, idNumber: p.person.idNumber,
          quotas: occ ? [{ unitName: occ.unitName }] : [] });
      }
    }
    const reporterProblem = editing && props.detail.reporter && props.detail.reporter.problem;

    const body = (m) => {
      const b = {};
      for (const f of FIELDS) {
        const reporter = f === 'reporterName' || f === 'reporterContact';
        if (reporter && m.anonymous) continue;
        let v = m[f];
        if (f === 'findingIds') v = (v || []).map((x) => Number(String(x).trim())).filter((x) => !Number.isNaN(x));
        if (!editing) b[f] = v;
        // a change only; a field emptied is null, but an emptied reporter field is "" (the API deletes it then)
        else if (!same(v, f === 'findingIds' ? start.findingIds.map(Number) : start[f])) b[f] = v === '' && !reporter ? null : v;
      }
      if (editing && m.note && m.note.trim()) b.note = m.note.trim();
      return editing ? b : clean(b);
    };
    const changed = computed(() => !editing || Object.keys(body(form.model)).length > 0);
    /** After a refusal, bring the first field at fault (or the message) into view. */
    const showFault = () => nextTick(() => {
      const el = document.querySelector('.complaint-form .ant-form-item-has-error, .complaint-form .form-error');
      if (el) el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
    const save = () => form.run(async (m) => {
      const b = body(m);
      const d = editing ? await put('/complaints/' + props.detail.complaint.id, b, props.detail.complaint) : await post('/complaints', b);
      emit('saved', d, ['anonymous', 'reporterName', 'reporterContact'].some((k) => k in b));
    }).then(() => { if (form.message) showFault(); });
    return { form, editing, save, changed, unitNames, personNames, reporterProblem,
      channels: options('Channel'), categories: options('Category') };
  },
  template: `
  <a-form layout="vertical" class="complaint-form" @submit.prevent="save" data-test="complaint-form">
    <bz-form-error :form="form"></bz-form-error>
    <a-row :gutter="16">
      <a-col :span="8"><bz-field :form="form" name="channel" label="受理渠道" required>
        <a-select v-model:value="form.model.channel" :options="channels" data-test="complaint-channel"></a-select>
      </bz-field></a-col>
      <a-col :span="8"><bz-field :form="form" name="receivedOn" label="受理日期" required>
        <span data-test="complaint-received"><bz-date v-model:value="form.model.receivedOn" :allow-clear="false"></bz-date></span>
      </bz-field></a-col>
      <a-col :span="8"><bz-field :form="form" name="incidentDate" label="举报事项发生日期" extra="不填则为受理日期">
        <span data-test="complaint-incident"><bz-date v-model:value="form.model.incidentDate"></bz-date></span>
      </bz-field></a-col>
    </a-row>
    <bz-field :form="form" name="subject" label="举报事项" required>
      <a-textarea v-model:value="form.model.subject" :rows="2" :maxlength="500" show-count data-test="complaint-subject"></a-textarea>
    </bz-field>
    <bz-field :form="form" name="categories" label="问题类别" required>
      <a-select v-model:value="form.model.categories" mode="multiple" :options="categories" placeholder="可选多项"
                data-test="complaint-categories"></a-select>
    </bz-field>
    <bz-field :form="form" name="unitCodes" label="涉及单位">
      <units-picker v-model:value="form.model.unitCodes" :names="unitNames"></units-picker>
    </bz-field>
    <bz-field :form="form" name="personIds" label="涉及人员">
      <person-picker v-model:value="form.model.personIds" :known="personNames"></person-picker>
    </bz-field>
    <bz-field :form="form" name="findingIds" label="相关稽核问题编号" extra="可选；输入编号后回车">
      <a-select v-model:value="form.model.findingIds" mode="tags" :open="false" placeholder="如 12"
                data-test="complaint-findings"></a-select>
    </bz-field>
    <div class="reporter-edit">
      <bz-field :form="form" name="anonymous" label="匿名举报">
        <a-switch v-model:checked="form.model.anonymous" checked-children="匿名" un-checked-children="实名"
                  data-test="complaint-anonymous"></a-switch>
      </bz-field>
      <a-alert v-if="reporterProblem" type="warning" show-icon :message="reporterProblem" class="form-error"></a-alert>
      <a-row :gutter="16" v-if="!form.model.anonymous">
        <a-col :span="10"><bz-field :form="form" name="reporterName" label="举报人姓名（加密保存）">
          <a-input v-model:value="form.model.reporterName" :maxlength="50" autocomplete="off" data-test="complaint-reporter-name"></a-input>
        </bz-field></a-col>
        <a-col :span="14"><bz-field :form="form" name="reporterContact" label="举报人联系方式（加密保存）">
          <a-input v-model:value="form.model.reporterContact" :maxlength="200" autocomplete="off" data-test="complaint-reporter-contact"></a-input>
        </bz-field></a-col>
      </a-row>
    </div>
    <a-row :gutter="16">
      <a-col :span="12"><bz-field :form="form" name="handler" label="承办人（用户名）" extra="举报受理人员或系统管理员的账户">
        <a-input v-model:value="form.model.handler" data-test="complaint-handler"></a-input>
      </bz-field></a-col>
      <a-col :span="12"><bz-field :form="form" name="dueDate" label="办理期限" extra="不填则为受理日期后 60 天">
        <span data-test="complaint-due"><bz-date v-model:value="form.model.dueDate"></bz-date></span>
      </bz-field></a-col>
    </a-row>
    <bz-field v-if="editing" :form="form" name="note" label="修改说明">
      <a-input v-model:value="form.model.note" :maxlength="500" data-test="complaint-note"></a-input>
    </bz-field>
    <a-space>
      <a-button type="primary" html-type="submit" :loading="form.busy" :disabled="!changed" data-test="complaint-submit">
        {{ editing ? '保存修改' : '登记' }}</a-button>
      <a-button @click="$emit('cancel')">取消</a-button>
      <span v-if="editing && !changed" class="muted">尚未修改任何内容</span>
    </a-space>
  </a-form>`,
};
