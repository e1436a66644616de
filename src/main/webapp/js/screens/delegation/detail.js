// 团组详情 (GET /delegation/delegations/{id}) in a drawer: members with their units, the notice, the report's due
// day, and the steps the role may take. A refused submission or approval shows each reason next to its member.
import { get, post } from '../../api.js';
import { can } from '../../session.js';
import { useForm, showOk, showError, fmtDate } from '../../ui.js';
import { personHref, unitHref } from '../people/common.js';
import { STATUS_COLOR } from './common.js';
import DelegationForm from './form.js';
import DelegationNotice from './notice.js';
import DelegationAftercare from './aftercare.js';

const { ref, reactive, watch } = Vue;

export default {
  components: { DelegationForm, DelegationNotice, DelegationAftercare },
  props: { delegationId: [String, Number] },
  emits: ['close', 'changed'],
  setup(props, { emit }) {
    const d = ref(null);
    const editing = ref(false);
    const refusal = useForm({});
    const load = async () => {
      d.value = null;
      editing.value = false;
      refusal.reset({});
      if (!props.delegationId) return;
      try { d.value = await get('/delegation/delegations/' + encodeURIComponent(props.delegationId)); } catch (e) { showError(e); emit('close'); }
    };
    watch(() => props.delegationId, load, { immediate: true });
    const changed = (v, text) => { d.value = v; editing.value = false; showOk(text); emit('changed', v); };
    const step = async (path, body, text) => {
      const v = await refusal.run(() => post(`/delegation/delegations/${d.value.id}/${path}`, body));
      if (v) changed(v, text + ' ' + v.number);
      return v;
    };
    const submit = () => step('submit', {}, '已报审');
    const open = reactive({ approve: false, ret: false, report: false, cancel: false });
    const forms = { approve: useForm({}), ret: useForm({}), report: useForm({}), cancel: useForm({}) };
    const start = (k, values) => { forms[k].reset(values); open[k] = true; };
    const finish = async (k, path, text) => {
      const v = await forms[k].run((m) => post(`/delegation/delegations/${d.value.id}/${path}`, m));
      if (v) { open[k] = false; changed(v, text + ' ' + v.number); }
      else if (k === 'approve' && Object.keys(forms.approve.errors).some((f) => f.startsWith('members') || f === 'notice' || f === 'objections')) {
        open.approve = false;
        refusal.errors = forms.approve.errors;
        refusal.message = forms.approve.message;
      }
    };
    const memberError = (i) => refusal.errors['members[' + i + ']'];
    const saved = (v) => changed(v, '已保存团组');
    const memberColumns = [
      { title: '#', key: 'i', width: 40 }, { title: '姓名', key: 'name', width: 90 }, { title: '团内职务', key: 'role', width: 80 },
      { title: '出发日所在单位', key: 'unit', width: 160 }, { title: '问题', key: 'problem' },
    ];
    return { d, editing, refusal, memberColumns, submit, open, forms, start, finish, memberError, saved, fmtDate, personHref, unitHref,
      STATUS_COLOR, canDecide: can('OFFICE', 'CADRE_SUPERVISION') };
  },
  template: `
    <a-drawer :open="!!delegationId" :title="d ? '团组 ' + d.number : '团组'" width="820" @close="$emit('close')" data-test="delegation-detail">
      <template v-if="d && editing">
        <delegation-form :delegation="d" @saved="saved" @cancel="editing = false"></delegation-form>
      </template>
      <template v-else-if="d">
        <bz-form-error :form="refusal"></bz-form-error>
        <a-descriptions bordered size="small" :column="2">
          <a-descriptions-item label="状态"><a-tag :color="STATUS_COLOR[d.status]" data-test="delegation-status">{{ d.statusLabel }}</a-tag></a-descriptions-item>
          <a-descriptions-item label="团组名称">{{ d.name }}</a-descriptions-item>
          <a-descriptions-item label="组团单位"><a :href="unitHref(d.organiser.code)">{{ d.organiser.name }}</a></a-descriptions-item>
          <a-descriptions-item label="邀请单位">{{ d.inviter || '—' }}</a-descriptions-item>
          <a-descriptions-item label="出访任务" :span="2">{{ d.task }}</a-descriptions-item>
          <a-descriptions-item label="前往国家（地区）">{{ d.destinations.join('、') }}</a-descriptions-item>
          <a-descriptions-item label="经费来源">{{ d.fundingSource || '—' }}</a-descriptions-item>
          <a-descriptions-item label="行期">{{ fmtDate(d.departsOn) }} 至 {{ fmtDate(d.returnsOn) }}</a-descriptions-item>
          <a-descriptions-item label="公示">
            <template v-if="d.notice.from">{{ fmtDate(d.notice.from) }} 至 {{ fmtDate(d.notice.to) }} {{ d.notice.place || '' }}</template>
            <span v-else class="muted">未公示</span>
          </a-descriptions-item>
          <a-descriptions-item label="批准" v-if="d.approvedOn">{{ fmtDate(d.approvedOn) }} {{ d.approvalDocument }}</a-descriptions-item>
          <a-descriptions-item label="实际回国" v-if="d.returnedOn">{{ fmtDate(d.returnedOn) }}</a-descriptions-item>
          <a-descriptions-item label="出访报告应交" v-if="d.reportDue">
            <span data-test="delegation-report-due">{{ fmtDate(d.reportDue) }}</span>
            <a-tag v-if="d.reportDaysLate > 0" color="red">逾期 {{ d.reportDaysLate }} 天</a-tag>
          </a-descriptions-item>
          <a-descriptions-item label="出访报告" v-if="d.reportedOn" :span="2">{{ fmtDate(d.reportedOn) }}：{{ d.reportSummary }}</a-descriptions-item>
          <a-descriptions-item label="撤销" v-if="d.cancelledOn" :span="2">{{ fmtDate(d.cancelledOn) }}：{{ d.cancelReason }}</a-descriptions-item>
        </a-descriptions>
        <h3 style="margin-top: 16px">团组成员（{{ d.members.length }} 人）</h3>
        <a-table :columns="memberColumns" :data-source="d.members.map((m, i) => ({ ...m, i }))" row-key="personId" size="small"
                 :pagination="false" data-test="delegation-members">
          <template #bodyCell="{ column, record }">
            <template v-if="column.key === 'i'">{{ record.i + 1 }}</template>
            <template v-else-if="column.key === 'name'"><a :href="personHref(record.personId)">{{ record.name }}</a></template>
            <template v-else-if="column.key === 'role'">{{ record.roleLabel }}</template>
            <template v-else-if="column.key === 'unit'">{{ record.unit ? record.unit.name : '—' }}</template>
            <template v-else-if="column.key === 'problem'">
              <span style="color: #cf1322" :data-test="'member-error-' + record.i">{{ memberError(record.i) || '' }}</span>
            </template>
          </template>
        </a-table>
        <delegation-notice :delegation="d"></delegation-notice>
        <delegation-aftercare v-if="['RETURNED', 'REPORTED'].includes(d.status)" :delegation="d"></delegation-aftercare>
        <div class="toolbar" style="margin-top: 16px">
          <template v-if="d.status === 'DRAFT'">
            <a-button @click="editing = true" data-test="delegation-edit">修改</a-button>
            <a-button type="primary" :loading="refusal.busy" @click="submit" data-test="delegation-submit">报审</a-button>
          </template>
          <a-button v-if="d.status === 'SUBMITTED' && canDecide" type="primary" data-test="delegation-approve"
                    @click="start('approve', { approvalDocument: '' })">批准</a-button>
          <a-button v-if="d.status === 'APPROVED'" type="primary" data-test="delegation-return"
                    @click="start('ret', { date: d.returnsOn })">登记回国</a-button>
          <a-button v-if="d.status === 'RETURNED'" type="primary" data-test="delegation-report"
                    @click="start('report', { date: null, summary: '' })">登记出访报告</a-button>
          <a-button v-if="['DRAFT', 'SUBMITTED', 'APPROVED'].includes(d.status)" danger data-test="delegation-cancel"
                    @click="start('cancel', { reason: '' })">撤销</a-button>
        </div>
      </template>
      <bz-form-modal v-model:open="open.approve" title="批准团组" :form="forms.approve" test="approve-form" ok-text="批准" @ok="finish('approve', 'approve', '已批准')">
        <p>批准时按当日重新检查全部规则（人数、年度次数、主要领导、纪律审查、公示）；有公示的须公示期满、异议均已复核且无成立的异议。</p>
        <bz-field :form="forms.approve" name="approvalDocument" label="批准文号" required>
          <a-input v-model:value="forms.approve.model.approvalDocument" :maxlength="200" placeholder="如：瑞外〔2026〕3号"></a-input></bz-field>
      </bz-form-modal>
      <bz-form-modal v-model:open="open.ret" title="登记回国" :form="forms.ret" test="return-form" ok-text="登记" @ok="finish('ret', 'return', '已登记回国')">
        <bz-field :form="forms.ret" name="date" label="实际回国日期" required><bz-date v-model:value="forms.ret.model.date"></bz-date></bz-field>
      </bz-form-modal>
      <bz-form-modal v-model:open="open.report" title="登记出访报告" :form="forms.report" test="report-form" ok-text="登记" @ok="finish('report', 'report', '已登记出访报告')">
        <bz-field :form="forms.report" name="date" label="报告日期" required><bz-date v-model:value="forms.report.model.date"></bz-date></bz-field>
        <bz-field :form="forms.report" name="summary" label="报告摘要" required>
          <a-textarea v-model:value="forms.report.model.summary" :rows="4" :maxlength="4000"></a-textarea></bz-field>
      </bz-form-modal>
      <bz-form-modal v-model:open="open.cancel" title="撤销团组" :form="forms.cancel" test="cancel-form" ok-text="撤销" danger @ok="finish('cancel', 'cancel', '已撤销')">
        <bz-field :form="forms.cancel" name="reason" label="撤销原因" required>
          <a-textarea v-model:value="forms.cancel.model.reason" :rows="3" :maxlength="1000"></a-textarea></bz-field>
      </bz-form-modal>
    </a-drawer>`,
};
