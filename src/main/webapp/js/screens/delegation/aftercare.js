// 回国后 (GET /delegation/delegations/{id}/return, seed 000): each member's 出国人员鉴定表 and the financial audit,
// recorded once each, and what is still due with its due day.
import { get, post } from '../../api.js';
import { useForm, showOk, showError, fmtDate } from '../../ui.js';

const { ref, reactive, watch } = Vue;

export default {
  props: { delegation: Object },
  setup(props) {
    const r = ref(null);
    const load = async () => {
      try { r.value = await get(`/delegation/delegations/${props.delegation.id}/return`); } catch (e) { showError(e); }
    };
    watch(() => [props.delegation.id, props.delegation.version], load, { immediate: true });
    const open = reactive({ evaluation: false, audit: false });
    const evaluation = useForm({});
    const audit = useForm({});
    const startEvaluation = (personId) => {
      evaluation.reset({ personId, filedOn: null, conduct: '', leaderOpinion: '', reviewedByUnit: props.delegation.organiser.name });
      open.evaluation = true;
    };
    const startAudit = () => { audit.reset({ auditedOn: null, auditor: '', spentYuan: null, disallowedYuan: 0, conclusion: '' }); open.audit = true; };
    const save = async (form, path, key, text) => {
      const v = await form.run((m) => post(`/delegation/delegations/${props.delegation.id}/${path}`, m));
      if (v) { r.value = v; open[key] = false; showOk(text); }
    };
    const members = () => props.delegation.members.map((m) => ({ value: m.personId, label: m.name }));
    return { r, open, evaluation, audit, startEvaluation, startAudit, save, members, fmtDate };
  },
  template: `
  <div v-if="r" data-test="delegation-aftercare">
    <h3 style="margin-top: 16px">回国后：出国人员鉴定表与财务审计</h3>
    <a-alert v-for="m in r.missing" :key="m.what + (m.personId || '')" :type="m.daysOverdue > 0 ? 'error' : 'info'" show-icon
             style="margin-bottom: 6px" :message="(m.personName ? m.personName + '的' : '') + m.label + '应于 ' + fmtDate(m.due) + ' 前提交'
               + (m.daysOverdue > 0 ? '，已逾期 ' + m.daysOverdue + ' 天' : '')" data-test="aftercare-missing"></a-alert>
    <div v-for="e in r.evaluations" :key="e.id">鉴定表 {{ e.personName }}（{{ fmtDate(e.filedOn) }}）：{{ e.conduct }}；团组长意见：{{ e.leaderOpinion }}；
      审核盖章：{{ e.reviewedByUnit }} <span class="muted">（{{ e.recordedBy }}）</span></div>
    <div v-if="r.audit">财务审计（{{ fmtDate(r.audit.auditedOn) }}，{{ r.audit.auditor }}）：支出 {{ r.audit.spentYuan }} 元，不予报销
      {{ r.audit.disallowedYuan }} 元；{{ r.audit.conclusion }}</div>
    <div class="toolbar" style="margin-top: 8px">
      <a-button @click="startEvaluation(undefined)" data-test="evaluation-add">登记鉴定表</a-button>
      <a-button v-if="!r.audit" @click="startAudit" data-test="audit-add">登记财务审计</a-button>
    </div>
    <bz-form-modal v-model:open="open.evaluation" title="登记出国人员鉴定表" :form="evaluation" test="evaluation-form" ok-text="登记"
                @ok="save(evaluation, 'evaluations', 'evaluation', '已登记鉴定表')">
      <bz-field :form="evaluation" name="personId" label="成员" required><a-select v-model:value="evaluation.model.personId" :options="members()"></a-select></bz-field>
      <bz-field :form="evaluation" name="filedOn" label="填表日期" required><bz-date v-model:value="evaluation.model.filedOn"></bz-date></bz-field>
      <bz-field :form="evaluation" name="conduct" label="境外表现鉴定" required><a-textarea v-model:value="evaluation.model.conduct" :rows="3" :maxlength="2000"></a-textarea></bz-field>
      <bz-field :form="evaluation" name="leaderOpinion" label="团组长意见" required><a-input v-model:value="evaluation.model.leaderOpinion" :maxlength="1000"></a-input></bz-field>
      <bz-field :form="evaluation" name="reviewedByUnit" label="审核盖章的组团（派遣）部门" required><a-input v-model:value="evaluation.model.reviewedByUnit" :maxlength="200"></a-input></bz-field>
    </bz-form-modal>
    <bz-form-modal v-model:open="open.audit" title="登记财务审计" :form="audit" test="audit-form" ok-text="登记" @ok="save(audit, 'audit', 'audit', '已登记财务审计')">
      <bz-field :form="audit" name="auditedOn" label="审计日期" required><bz-date v-model:value="audit.model.auditedOn"></bz-date></bz-field>
      <bz-field :form="audit" name="auditor" label="审计单位" required><a-input v-model:value="audit.model.auditor" :maxlength="200"></a-input></bz-field>
      <bz-field :form="audit" name="spentYuan" label="实际支出（元）" required><a-input-number v-model:value="audit.model.spentYuan" :min="0" :precision="2" style="width: 100%"></a-input-number></bz-field>
      <bz-field :form="audit" name="disallowedYuan" label="不予报销（元）" required><a-input-number v-model:value="audit.model.disallowedYuan" :min="0" :precision="2" style="width: 100%"></a-input-number></bz-field>
      <bz-field :form="audit" name="conclusion" label="审计结论" required><a-textarea v-model:value="audit.model.conclusion" :rows="3" :maxlength="2000"></a-textarea></bz-field>
    </bz-form-modal>
  </div>`,
};
