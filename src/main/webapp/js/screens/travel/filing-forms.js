// The forms of 登记备案: file a person, report to public security, change, end; and a person's history of versions.
import { get, post } from '../../api.js';
import { useForm, showOk, showError, fmtDate, today, clean } from '../../ui.js';
import { options } from '../../labels.js';

const { ref, watch } = Vue;

const TITLES = { create: '登记备案', report: '报备公安机关', change: '变更登记备案', end: '撤销登记备案' };

/** One modal for the four steps; `action` names the step, `filing` the version it applies to, `preset` fills a new filing. */
export const FilingForm = {
  props: { action: String, filing: Object, preset: Object },
  emits: ['close', 'done'],
  setup(props, { emit }) {
    const form = useForm({});
    watch(() => [props.action, props.filing, props.preset], () => {
      const p = props.preset || {};
      form.reset({
        create: { personId: p.personId, category: p.category, department: '', since: p.since || '', reportedOn: '', basisDocument: '' },
        report: { reportedOn: today(), basisDocument: '' },
        change: { category: props.filing && props.filing.category, department: props.filing && props.filing.department,
          effectiveOn: today(), basisDocument: '' },
        end: { endDate: today(), reason: '', basisDocument: '' },
      }[props.action] || {});
    }, { immediate: true });
    const save = async () => {
      const path = props.action === 'create' ? '/travel/filings' : `/travel/filings/${props.filing.id}/${props.action}`;
      const d = await form.run((m) => post(path, clean(m), undefined, props.filing || undefined));
      if (!d) return;
      showOk(TITLES[props.action] + '：' + d.filing.person.name + '，' + d.filing.statusLabel);
      emit('done', d);
    };
    return { form, save, TITLES, categories: options('FilingCategory') };
  },
  template: `
    <bz-form-modal :open="!!action" @update:open="(v) => !v && $emit('close')" :title="TITLES[action]" :form="form"
                test="filing-form" @ok="save">
      <p v-if="filing">{{ filing.person.name }}：{{ filing.categoryLabel }}，{{ filing.department }}，{{ filing.validFrom }} 起</p>
      <bz-field v-if="action === 'create'" :form="form" name="personId" label="人员编号" required>
        <a-input-number v-model:value="form.model.personId" :min="1" style="width: 100%" data-test="filing-person"></a-input-number>
      </bz-field>
      <template v-if="action === 'create' || action === 'change'">
        <bz-field :form="form" name="category" label="登记备案人员类型" required>
          <a-select v-model:value="form.model.category" :options="categories" data-test="filing-category"></a-select>
        </bz-field>
        <bz-field :form="form" name="department" label="人事主管部门" required>
          <a-input v-model:value="form.model.department" :maxlength="200" placeholder="如：瑞安市委组织部" data-test="filing-department"></a-input>
        </bz-field>
      </template>
      <bz-field v-if="action === 'create'" :form="form" name="since" label="备案事项发生日期（任职等）" required>
        <bz-date v-model:value="form.model.since"></bz-date>
      </bz-field>
      <bz-field v-if="action === 'change'" :form="form" name="effectiveOn" label="变更日期" required>
        <bz-date v-model:value="form.model.effectiveOn"></bz-date>
      </bz-field>
      <bz-field v-if="action === 'create' || action === 'report'" :form="form" name="reportedOn" label="报备公安机关日期"
                :required="action === 'report'" :extra="action === 'create' ? '已报备的填写，未报备的留空' : ''">
        <bz-date v-model:value="form.model.reportedOn"></bz-date>
      </bz-field>
      <template v-if="action === 'end'">
        <bz-field :form="form" name="endDate" label="撤销日期（当日起不再备案）" required>
          <bz-date v-model:value="form.model.endDate"></bz-date>
        </bz-field>
        <bz-field :form="form" name="reason" label="撤销原因" required>
          <a-auto-complete v-model:value="form.model.reason" :options="[{value: '退休'}, {value: '调离'}, {value: '不再担任领导职务'}]"
                           data-test="filing-reason"></a-auto-complete>
        </bz-field>
      </template>
      <bz-field :form="form" name="basisDocument" label="依据（文号）" :required="action !== 'report'">
        <a-input v-model:value="form.model.basisDocument" :maxlength="200" placeholder="如：瑞组〔2026〕5号" data-test="filing-basis"></a-input>
      </bz-field>
    </bz-form-modal>`,
};

/** A person's filing versions (GET /travel/people/{id}/filing) in a drawer. */
export const FilingHistory = {
  props: { personId: [Number, String] },
  emits: ['close'],
  setup(props) {
    const versions = ref([]);
    watch(() => props.personId, async (id) => {
      versions.value = [];
      if (!id) return;
      try { versions.value = await get(`/travel/people/${id}/filing`); } catch (e) { showError(e); }
    }, { immediate: true });
    return { versions, fmtDate };
  },
  template: `
    <a-drawer :open="!!personId" title="登记备案历史" width="560" @close="$emit('close')" data-test="filing-history">
      <p v-if="versions.length">{{ versions[0].person.name }}（{{ versions[0].person.unitName || '无在职记录' }}）</p>
      <a-timeline>
        <a-timeline-item v-for="v in versions" :key="v.id" :color="v.validTo ? 'gray' : 'blue'">
          <b>{{ v.validFrom }} 至 {{ v.validTo || '今' }}</b>：{{ v.categoryLabel }}，{{ v.department }}
          <a-tag>{{ v.statusLabel }}</a-tag><span v-if="v.reportedOn">{{ v.reportedOn }} 报备</span>
          <div class="muted">{{ v.endReason ? '撤销：' + v.endReason + '；' : '' }}依据 {{ v.basisDocument || '—' }}，{{ v.recordedBy }}</div>
        </a-timeline-item>
      </a-timeline>
    </a-drawer>`,
};
