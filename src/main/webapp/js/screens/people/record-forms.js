// 岗位 (POST /people/{id}/postings), 任职 (POST /people/{id}/appointments), and ending either
// (POST /postings/{id}/end, POST /appointments/{id}/end: endDate, basisDocument; If-Match the record's version).
import { post, ApiError } from '../../api.js';
import { useForm, showOk, today, clean } from '../../ui.js';
import { label, options } from '../../labels.js';
import { period } from './common.js';

const { computed, watch } = Vue;

const POSTING = { unitCode: '', postType: undefined, arrangement: 'REGULAR', validFrom: '', secondmentEnd: '',
  approvalDocument: '', basisDocument: '' };

export const AddPosting = {
  props: { open: Boolean, person: Object },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const form = useForm(POSTING);
    const secondment = computed(() => form.model.arrangement === 'SECONDMENT');
    const save = async () => {
      const m = { ...form.model };
      if (!secondment.value) m.secondmentEnd = '';
      // DOMAIN.md: a secondment carries its approval document; the API checks only its end date
      const p = await form.run(() => {
        if (secondment.value && !String(m.approvalDocument || '').trim()) {
          const errors = [{ field: 'approvalDocument', reason: '借调必须填写借调批准文件' }];
          if (!m.secondmentEnd) errors.unshift({ field: 'secondmentEnd', reason: '借调必须填写借调截止日期' });
          throw new ApiError(422, { detail: errors.map((e) => e.reason).join('；'), errors });
        }
        return post('/people/' + props.person.id + '/postings', clean(m));
      });
      if (!p) return;
      showOk(`已登记岗位：${p.unitName} ${label('PostType', p.postType)}`);
      form.reset(POSTING);
      emit('update:open', false);
      emit('done', p);
    };
    return { form, save, secondment, postTypes: options('PostType'), arrangements: options('Arrangement') };
  },
  template: `
    <bz-form-modal :open="open" @update:open="$emit('update:open', $event)" title="登记岗位" :form="form"
                test="posting-form" ok-text="登记岗位" @ok="save">
      <bz-field :form="form" name="arrangement" label="工作安排" required
                extra="新的“在岗”岗位自上岗日期起结束原在岗岗位（调动）；借调、挂职与原岗位并存">
        <a-radio-group v-model:value="form.model.arrangement" :options="arrangements" option-type="button"></a-radio-group>
      </bz-field>
      <bz-field :form="form" name="unitCode" label="工作单位" required>
        <bz-unit-select v-model:value="form.model.unitCode" style="width: 100%"></bz-unit-select>
      </bz-field>
      <a-row :gutter="12">
        <a-col :span="12">
          <bz-field :form="form" name="postType" label="岗位类型" required
                    extra="机关：行政岗位、机关工勤岗位；事业单位：管理、专业技术、工勤技能岗位">
            <a-select v-model:value="form.model.postType" :options="postTypes" placeholder="选择岗位类型"></a-select>
          </bz-field>
        </a-col>
        <a-col :span="12">
          <bz-field :form="form" name="validFrom" label="上岗日期" required>
            <bz-date v-model:value="form.model.validFrom"></bz-date>
          </bz-field>
        </a-col>
      </a-row>
      <a-row :gutter="12" v-if="secondment">
        <a-col :span="12">
          <bz-field :form="form" name="secondmentEnd" label="借调截止日期" required>
            <bz-date v-model:value="form.model.secondmentEnd"></bz-date>
          </bz-field>
        </a-col>
        <a-col :span="12">
          <bz-field :form="form" name="approvalDocument" label="借调批准文件" required>
            <a-input v-model:value="form.model.approvalDocument" :maxlength="100"></a-input>
          </bz-field>
        </a-col>
      </a-row>
      <bz-field v-else :form="form" name="approvalDocument" label="批准文件">
        <a-input v-model:value="form.model.approvalDocument" :maxlength="100"></a-input>
      </bz-field>
      <bz-field :form="form" name="basisDocument" label="依据（文号）">
        <a-input v-model:value="form.model.basisDocument" :maxlength="100"></a-input>
      </bz-field>
    </bz-form-modal>`,
};

const APPOINTMENT = { unitCode: '', category: undefined, validFrom: '', basisDocument: '' };

export const AddAppointment = {
  props: { open: Boolean, person: Object },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const form = useForm(APPOINTMENT);
    const save = async () => {
      const a = await form.run((m) => post('/people/' + props.person.id + '/appointments', clean(m)));
      if (!a) return;
      showOk(`已登记任职：${a.unitName} ${label('LeadershipCategory', a.category)}`);
      form.reset(APPOINTMENT);
      emit('update:open', false);
      emit('done', a);
    };
    return { form, save, categories: options('LeadershipCategory') };
  },
  template: `
    <bz-form-modal :open="open" @update:open="$emit('update:open', $event)" title="登记任职" :form="form"
                test="appointment-form" ok-text="登记任职" @ok="save">
      <bz-field :form="form" name="unitCode" label="任职单位" required>
        <bz-unit-select v-model:value="form.model.unitCode" style="width: 100%"></bz-unit-select>
      </bz-field>
      <a-row :gutter="12">
        <a-col :span="12">
          <bz-field :form="form" name="category" label="领导职务类别" required>
            <a-select v-model:value="form.model.category" :options="categories" placeholder="选择职务类别"></a-select>
          </bz-field>
        </a-col>
        <a-col :span="12">
          <bz-field :form="form" name="validFrom" label="任职日期" required>
            <bz-date v-model:value="form.model.validFrom"></bz-date>
          </bz-field>
        </a-col>
      </a-row>
      <bz-field :form="form" name="basisDocument" label="任职文件（文号）">
        <a-input v-model:value="form.model.basisDocument" :maxlength="100"></a-input>
      </bz-field>
    </bz-form-modal>`,
};

/** 结束岗位 or 免职: kind 'posting' or 'appointment', record the posting or appointment. */
export const EndRecord = {
  props: { open: Boolean, kind: String, record: Object },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const form = useForm({ endDate: today(), basisDocument: '' });
    watch(() => props.open, (o) => { if (o) form.reset({ endDate: today(), basisDocument: '' }); });
    const posting = computed(() => props.kind === 'posting');
    const what = computed(() => {
      const r = props.record || {};
      return posting.value
        ? `${r.unitName} ${label('Arrangement', r.arrangement)} ${label('PostType', r.postType)}（${period(r.validFrom, r.validTo)}）`
        : `${r.unitName} ${label('LeadershipCategory', r.category)}（${period(r.validFrom, r.validTo)}）`;
    });
    const save = async () => {
      const path = (posting.value ? '/postings/' : '/appointments/') + props.record.id + '/end';
      const r = await form.run((m) => post(path, clean(m), undefined, props.record));
      if (!r) return;
      showOk(posting.value ? '岗位已结束' : '已免去领导职务');
      emit('update:open', false);
      emit('done', r);
    };
    return { form, save, posting, what };
  },
  template: `
    <bz-form-modal :open="open" @update:open="$emit('update:open', $event)" :title="posting ? '结束岗位' : '免职'"
                :form="form" :test="posting ? 'end-posting-form' : 'end-appointment-form'"
                :ok-text="posting ? '结束岗位' : '免职'" danger @ok="save">
      <p class="end-what">{{ what }}</p>
      <bz-field :form="form" name="endDate" :label="posting ? '结束日期' : '免职日期'" required
                extra="自该日起不再在此岗位（职务）上，最后一天为前一日">
        <bz-date v-model:value="form.model.endDate"></bz-date>
      </bz-field>
      <bz-field :form="form" name="basisDocument" label="依据（文号）" required>
        <a-input v-model:value="form.model.basisDocument" :maxlength="100"></a-input>
      </bz-field>
    </bz-form-modal>`,
};
