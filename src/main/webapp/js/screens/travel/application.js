// 因私出国（境）申请: one application with its opinions and decision; while it waits, what the rules hold against
// approving it today (受处理未满三年、未签署意见、先出后批) is shown in full above the buttons.
import { get } from '../../api.js';
import { route, href } from '../../router.js';
import { can } from '../../session.js';
import { fmtDate, fmtTime, showOk } from '../../ui.js';
import { APPLICATION_COLOR } from './common.js';
import { StepButton } from './actions.js';

const { ref, computed, onMounted } = Vue;

export default {
  components: { StepButton },
  setup() {
    const a = ref(null);
    const error = ref(null);
    const load = async () => {
      error.value = null;
      try {
        a.value = await get('/travel/applications/' + route.params.id);
      } catch (e) {
        error.value = e;
      }
    };
    onMounted(load);
    const waiting = computed(() => a.value && a.value.status === 'SUBMITTED');
    const done = (d, message) => { a.value = d; showOk(message); };
    return { a, error, waiting, done, href, fmtDate, fmtTime, APPLICATION_COLOR,
      // the three steps, each from its own account: the unit's clerk, 派驻纪检组, 干部监督
      clerk: can('UNIT_CLERK'), inspects: can('DISCIPLINE_INSPECTION'), decides: can('CADRE_SUPERVISION'),
      submits: can('OFFICE', 'CADRE_SUPERVISION', 'UNIT_CLERK') };
  },
  template: `
  <div class="travel-application-page">
    <a-result v-if="error" :status="error.status === 404 ? '404' : 'error'" :title="error.message">
      <template #extra><a :href="href('/travel/applications')">返回申请清单</a></template>
    </a-result>
    <a-skeleton v-else-if="!a" active></a-skeleton>
    <template v-else>
      <h1 class="page-title">
        因私出国（境）申请 {{ a.number }}
        <a-tag :color="APPLICATION_COLOR[a.status]" data-test="application-status">{{ a.statusLabel }}</a-tag>
        <a-tag v-if="a.source === 'IMPORT'">{{ a.sourceLabel }}</a-tag>
      </h1>
      <a-descriptions bordered size="small" :column="2">
        <a-descriptions-item label="申请人">
          <a :href="href('/people/' + a.person.id)">{{ a.person.name }}</a><span class="muted" style="margin-left: 8px">{{ a.person.idNumber }}</span>
        </a-descriptions-item>
        <a-descriptions-item label="单位">{{ a.person.unitName || '—' }}</a-descriptions-item>
        <a-descriptions-item label="前往国家（地区）"><a-tag v-for="d in a.destinations" :key="d">{{ d }}</a-tag></a-descriptions-item>
        <a-descriptions-item label="事由">{{ a.purposeLabel }}<span v-if="a.purposeNote">：{{ a.purposeNote }}</span></a-descriptions-item>
        <a-descriptions-item label="行程">{{ fmtDate(a.departsOn) }} 至 {{ fmtDate(a.returnsOn) }}</a-descriptions-item>
        <a-descriptions-item label="申请日期">{{ fmtDate(a.appliedOn) }}</a-descriptions-item>
        <a-descriptions-item label="所在单位意见" :span="2">
          <template v-if="a.unitOpinion"><a-tag v-if="a.unitVerdict" :color="a.unitVerdict === 'AGREE' ? 'green' : 'red'">{{ a.unitVerdictLabel }}</a-tag>{{ a.unitOpinion }} <span class="muted">（{{ a.unitOpinionBy }}<template v-if="a.unitOpinionOn">，{{ fmtDate(a.unitOpinionOn) }}</template>）</span></template>
          <span v-else class="muted">未签署</span>
        </a-descriptions-item>
        <a-descriptions-item label="纪检意见（派驻纪检组）" :span="2">
          <template v-if="a.disciplineOpinion"><a-tag v-if="a.disciplineVerdict" :color="a.disciplineVerdict === 'AGREE' ? 'green' : 'red'">{{ a.disciplineVerdictLabel }}</a-tag>{{ a.disciplineOpinion }} <span class="muted">（{{ a.disciplineOpinionBy }}<template v-if="a.disciplineOpinionOn">，{{ fmtDate(a.disciplineOpinionOn) }}</template>）</span></template>
          <span v-else class="muted">未签署</span>
        </a-descriptions-item>
        <a-descriptions-item v-if="a.decidedOn || a.decisionNote" label="审批" :span="2">
          <template v-if="a.decidedOn">{{ fmtDate(a.decidedOn) }} {{ a.decidedBy }} {{ a.decisionDocument }}<span v-if="a.approvingUnitCode">（审批单位：{{ a.approvingUnitName }}）</span></template>
          <span v-if="a.decisionNote">　{{ a.decisionNote }}</span>
        </a-descriptions-item>
        <a-descriptions-item label="登记" :span="2"><span class="muted">{{ a.recordedBy }} {{ fmtTime(a.recordedAt) }}</span></a-descriptions-item>
      </a-descriptions>
      <!-- 审查提示: seed 001's 事由、次数、在外停留期限, for the approver to weigh; not a refusal -->
      <a-alert v-if="a.flags && a.flags.length" type="info" show-icon style="margin: 12px 0" data-test="application-flags"
               message="审查提示（请重点审核，不影响批准）：">
        <template #description>
          <ul><li v-for="f in a.flags" :key="f.code"><b>{{ f.label }}</b>：{{ f.message }}</li></ul>
        </template>
      </a-alert>
      <template v-if="waiting">
        <a-alert v-if="a.blockers && a.blockers.length" type="warning" show-icon class="travel-blockers" style="margin: 12px 0" data-test="application-blockers"
                 message="按审批规定，目前不能批准：">
          <template #description>
            <ul><li v-for="b in a.blockers" :key="b.rule"><b>{{ b.ruleLabel }}</b>：{{ b.message }}</li></ul>
          </template>
        </a-alert>
        <a-alert v-else type="success" show-icon message="审批规定检查通过，可以批准" class="travel-blockers" style="margin: 12px 0"></a-alert>
        <a-space class="travel-steps" wrap style="margin-bottom: 16px">
          <step-button v-if="clerk" :application="a" step="unit-opinion" @done="done"></step-button>
          <step-button v-if="inspects" :application="a" step="discipline-opinion" @done="done"></step-button>
          <step-button v-if="decides" :application="a" step="approve" primary @done="done"></step-button>
          <step-button v-if="decides" :application="a" step="reject" danger @done="done"></step-button>
          <step-button v-if="submits" :application="a" step="withdraw" @done="done"></step-button>
        </a-space>
      </template>
      <p><a :href="href('/travel/applications')">返回申请清单</a></p>
    </template>
  </div>`,
};
