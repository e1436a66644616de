// 公示 of a delegation (GET /delegation/delegations/{id}/notice, seed 000): its contents as posted, the period, the
// objections received during it with every re-examination (复核), and what keeps the delegation from approval.
import { get, post } from '../../api.js';
import { can } from '../../session.js';
import { useForm, showOk, showError, fmtDate } from '../../ui.js';
import { options } from '../../labels.js';

const { ref, reactive, watch } = Vue;

const STATE = { NONE: '未公示', PENDING: '未开始', RUNNING: '公示中', ENDED: '已期满' };

export default {
  props: { delegation: Object },
  setup(props) {
    const n = ref(null);
    const load = async () => {
      try { n.value = await get(`/delegation/delegations/${props.delegation.id}/notice`); } catch (e) { showError(e); }
    };
    watch(() => [props.delegation.id, props.delegation.version], load, { immediate: true });
    const open = reactive({ objection: false, review: false });
    const objection = useForm({});
    const review = useForm({});
    const reviewing = ref(null);
    const startObjection = () => { objection.reset({ receivedOn: null, channel: 'PHONE', personId: undefined, raisedBy: '', content: '' }); open.objection = true; };
    const startReview = (o) => { reviewing.value = o; review.reset({ date: null, outcome: undefined, finding: '', basisDocument: '' }); open.review = true; };
    const saveObjection = async () => {
      const v = await objection.run((m) => post(`/delegation/delegations/${props.delegation.id}/objections`, m));
      if (v) { n.value = v; open.objection = false; showOk('已登记公示异议'); }
    };
    const saveReview = async () => {
      const v = await review.run((m) => post(`/delegation/delegations/${props.delegation.id}/objections/${reviewing.value.id}/reviews`, m));
      if (v) { n.value = v; open.review = false; showOk('已登记复核结论'); }
    };
    const members = () => props.delegation.members.map((m) => ({ value: m.personId, label: m.name }));
    return { n, STATE, open, objection, review, reviewing, startObjection, startReview, saveObjection, saveReview, members, fmtDate,
      channels: options('ObjectionChannel'), outcomes: options('ObjectionOutcome'), canReview: can('OFFICE', 'CADRE_SUPERVISION') };
  },
  template: `
  <div v-if="n" data-test="delegation-notice">
    <h3 style="margin-top: 16px">公示 <a-tag>{{ STATE[n.state] }}</a-tag>
      <span v-if="n.from" class="muted">{{ fmtDate(n.from) }} 至 {{ fmtDate(n.to) }}（{{ n.days }} 天）{{ n.place || '' }}</span>
      <a-tag v-if="n.required && !n.from" color="red">领导干部出访须行前公示一周</a-tag></h3>
    <a-descriptions bordered size="small" :column="2">
      <a-descriptions-item label="拟出国（境）人员及身份" :span="2">
        <div v-for="p in n.contents.people" :key="p.personId">{{ p.name }}（{{ p.roleLabel }}）：{{ p.identity }}</div>
      </a-descriptions-item>
      <a-descriptions-item label="邀请单位">{{ n.contents.inviter || '—' }}</a-descriptions-item>
      <a-descriptions-item label="组团单位">{{ n.contents.organiser.name }}</a-descriptions-item>
      <a-descriptions-item label="派遣单位">{{ n.contents.dispatchingUnits.map((u) => u.name).join('、') || '—' }}</a-descriptions-item>
      <a-descriptions-item label="批准单位">{{ n.contents.approvingUnit }} {{ n.contents.approvalDocument || '' }}</a-descriptions-item>
      <a-descriptions-item label="出国（境）目的和任务" :span="2">{{ n.contents.purpose }}</a-descriptions-item>
      <a-descriptions-item label="国家和地区">{{ n.contents.destinations.join('、') }}</a-descriptions-item>
      <a-descriptions-item label="行期">{{ fmtDate(n.contents.departsOn) }} 至 {{ fmtDate(n.contents.returnsOn) }}</a-descriptions-item>
      <a-descriptions-item label="经费来源" :span="2">{{ n.contents.fundingSource || '—' }}</a-descriptions-item>
    </a-descriptions>
    <a-alert v-for="(b, i) in n.blockers" :key="i" type="warning" show-icon :message="b" style="margin-top: 8px" data-test="notice-blocker"></a-alert>
    <h4 style="margin-top: 12px">公示期间收到的异议（{{ n.objections.length }} 件）</h4>
    <div v-for="o in n.objections" :key="o.id" class="delegation-objection" :data-test="'objection-' + o.id">
      <p><b>{{ fmtDate(o.receivedOn) }}</b> {{ o.channelLabel }}反映<span v-if="o.personName">（涉及 {{ o.personName }}）</span>
        <span v-if="o.raisedBy">，反映人：{{ o.raisedBy }}</span>：{{ o.content }}
        <a-tag :color="!o.outcome ? 'orange' : o.outcome === 'UPHELD' ? 'red' : 'green'">{{ o.outcome ? o.outcomeLabel : '待复核' }}</a-tag>
        <span class="muted">登记：{{ o.recordedBy }}</span>
        <a-button v-if="canReview" size="small" @click="startReview(o)" data-test="objection-review">复核</a-button></p>
      <ul v-if="o.reviews.length"><li v-for="r in o.reviews" :key="r.id">{{ fmtDate(r.reviewedOn) }} 复核：{{ r.outcomeLabel }}，{{ r.finding }}
        {{ r.basisDocument || '' }} <span class="muted">（{{ r.recordedBy }}）</span></li></ul>
    </div>
    <a-button v-if="n.from && delegation.status !== 'CANCELLED'" @click="startObjection" data-test="objection-add">登记异议</a-button>
    <bz-form-modal v-model:open="open.objection" title="登记公示异议" :form="objection" test="objection-form" ok-text="登记" @ok="saveObjection">
      <bz-field :form="objection" name="receivedOn" label="收到日期（公示期内）" required><bz-date v-model:value="objection.model.receivedOn"></bz-date></bz-field>
      <bz-field :form="objection" name="channel" label="反映形式" required><a-select v-model:value="objection.model.channel" :options="channels"></a-select></bz-field>
      <bz-field :form="objection" name="personId" label="涉及成员（不选：针对团组）"><a-select v-model:value="objection.model.personId" :options="members()" allow-clear></a-select></bz-field>
      <bz-field :form="objection" name="raisedBy" label="反映人（可匿名）"><a-input v-model:value="objection.model.raisedBy" :maxlength="100"></a-input></bz-field>
      <bz-field :form="objection" name="content" label="异议内容" required><a-textarea v-model:value="objection.model.content" :rows="3" :maxlength="2000"></a-textarea></bz-field>
      <p class="muted">异议登记后不能修改；复核结论另行登记。</p>
    </bz-form-modal>
    <bz-form-modal v-model:open="open.review" title="复核异议" :form="review" test="review-form" ok-text="登记" @ok="saveReview">
      <p v-if="reviewing">{{ reviewing.content }}</p>
      <bz-field :form="review" name="date" label="复核日期" required><bz-date v-model:value="review.model.date"></bz-date></bz-field>
      <bz-field :form="review" name="outcome" label="复核结论" required><a-select v-model:value="review.model.outcome" :options="outcomes"></a-select></bz-field>
      <bz-field :form="review" name="finding" label="调查核实情况" required><a-textarea v-model:value="review.model.finding" :rows="3" :maxlength="2000"></a-textarea></bz-field>
      <bz-field :form="review" name="basisDocument" label="文号"><a-input v-model:value="review.model.basisDocument" :maxlength="200"></a-input></bz-field>
      <p class="muted">异议成立的，团组不能按现有人员批准；以前的复核保留。</p>
    </bz-form-modal>
  </div>`,
};
