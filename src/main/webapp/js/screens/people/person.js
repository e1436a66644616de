// 人员档案: GET /people/{id} (the dossier: person, occupancies, postings, appointments, notices, changes),
// the person's audit findings, and the actions on the record for the roles that may take them.
import { get } from '../../api.js';
import { route, href } from '../../router.js';
import { can } from '../../session.js';
import { fmtDate, fmtTime, today } from '../../ui.js';
import { label } from '../../labels.js';
import { isOpen } from './common.js';
import Timeline from './timeline.js';
import Findings from './findings.js';
import { PersonNotices, PersonChanges } from './dossier-parts.js';
import { EditPerson, AddOccupancy } from './person-forms.js';
import { AddPosting, AddAppointment, EndRecord } from './record-forms.js';

const { ref, reactive, computed, onMounted } = Vue;

export default {
  components: { 'person-timeline': Timeline, 'person-findings': Findings, 'person-notices': PersonNotices,
    'person-changes': PersonChanges, 'edit-person': EditPerson, 'add-occupancy': AddOccupancy,
    'add-posting': AddPosting, 'add-appointment': AddAppointment, 'end-record': EndRecord },
  setup() {
    const id = route.params.id;
    const dossier = ref(null);
    const loading = ref(true);
    const failure = ref(null);
    const load = async () => {
      try {
        dossier.value = await get('/people/' + encodeURIComponent(id));
        failure.value = null;
      } catch (e) {
        failure.value = e;
      } finally {
        loading.value = false;
      }
    };
    onMounted(load);
    const person = computed(() => dossier.value && dossier.value.person);
    const now = today();
    const current = computed(() => (dossier.value ? dossier.value.occupancies : []).filter((o) => isOpen(o.validTo, now)));
    const open = reactive({ edit: false, occupancy: false, posting: false, appointment: false, end: false });
    const ending = reactive({ kind: 'posting', record: null });
    const end = (kind, record) => { ending.kind = kind; ending.record = record; open.end = true; };
    return { id, dossier, loading, failure, person, current, open, ending, end, load, label, fmtDate, fmtTime, href,
      canEdit: can('OFFICE', 'UNIT_CLERK'), canOccupy: can('OFFICE'), canNotice: can('OFFICE'),
      seesFindings: can('OFFICE', 'INSPECTOR', 'UNIT_CLERK') };
  },
  template: `
    <div class="person-page">
      <div class="crumbs"><a :href="href('/people')">人员</a> / 人员档案</div>
      <a-spin v-if="loading" class="page-spin"></a-spin>
      <a-result v-else-if="failure && failure.status === 404" status="404" title="未找到该人员"
                sub-title="人员编号不存在，或该人员不在您可查看的单位范围内。">
        <template #extra><a :href="href('/people')">返回人员查询</a></template>
      </a-result>
      <a-result v-else-if="failure" status="error" title="人员档案加载失败" :sub-title="failure.message">
        <template #extra><a-button @click="load">重试</a-button></template>
      </a-result>
      <template v-else-if="person">
        <div class="person-head">
          <h1 class="page-title">
            <span data-test="person-name">{{ person.name }}</span>
            <span class="muted person-no">人员编号 {{ person.id }}</span>
          </h1>
          <div class="toolbar person-actions">
            <a-button v-if="canEdit" data-test="edit-person" @click="open.edit = true">修改</a-button>
            <a-button v-if="canOccupy" data-test="add-occupancy" @click="open.occupancy = true" title="如实登记已有的占编；新进人员请在“控编”开具增人通知单">登记存量占编</a-button>
            <a-button v-if="canEdit" data-test="add-posting" @click="open.posting = true">登记岗位</a-button>
            <a-button v-if="canEdit" data-test="add-appointment" @click="open.appointment = true">登记任职</a-button>
            <a-button v-if="canNotice && current.length" data-test="issue-decrease-for-person"
                      :href="href('/control', { tab: 'notices', decrease: person.id })">开具减人通知单</a-button>
          </div>
        </div>
        <a-descriptions bordered size="small" :column="3" class="person-facts">
          <a-descriptions-item label="公民身份号码">
            <span data-test="person-id-number" class="id-number">{{ person.idNumber }}</span></a-descriptions-item>
          <a-descriptions-item label="性别">{{ label('Gender', person.gender) }}</a-descriptions-item>
          <a-descriptions-item label="出生日期">{{ fmtDate(person.birthDate) }}</a-descriptions-item>
          <a-descriptions-item label="人员身份">{{ label('PersonIdentity', person.identity) }}</a-descriptions-item>
          <a-descriptions-item label="职务层次">{{ person.rank ? label('CadreRank', person.rank) : '未登记' }}</a-descriptions-item>
          <a-descriptions-item label="户口所在地">{{ person.household || '未登记' }}</a-descriptions-item>
          <a-descriptions-item label="现占编制">
            <span v-if="!current.length" class="muted">不占编制</span>
            <span v-for="o in current" :key="o.id" class="current-occ">
              <a :href="href('/units', { code: o.unitCode })">{{ o.unitName }}</a> {{ label('QuotaType', o.quotaType) }}
            </span>
          </a-descriptions-item>
          <a-descriptions-item label="登记">{{ person.recordedBy }} {{ fmtTime(person.recordedAt) }}</a-descriptions-item>
        </a-descriptions>

        <a-card title="履历（占编、岗位、任职）" size="small" class="person-card">
          <template #extra><span class="muted">由近及远；结束日期当日起不再在该编制、岗位或职务上</span></template>
          <person-timeline :dossier="dossier" @end-posting="end('posting', $event)"
                           @end-appointment="end('appointment', $event)"></person-timeline>
        </a-card>

        <a-card title="增人、减人通知单" size="small" class="person-card">
          <person-notices :notices="dossier.notices || []" :occupancies="dossier.occupancies || []"></person-notices>
        </a-card>

        <a-card v-if="seesFindings" title="稽核问题" size="small" class="person-card">
          <person-findings :person-id="person.id"></person-findings>
        </a-card>

        <a-card title="变更记录" size="small" class="person-card">
          <template #extra><span class="muted">由近及远；点击行首“+”查看变更前后的内容（有变化的项目突出显示）</span></template>
          <person-changes :changes="dossier.changes || []"></person-changes>
        </a-card>

        <template v-if="canEdit">
          <edit-person v-model:open="open.edit" :person="person" @done="load"></edit-person>
          <add-posting v-model:open="open.posting" :person="person" @done="load"></add-posting>
          <add-appointment v-model:open="open.appointment" :person="person" @done="load"></add-appointment>
          <end-record v-model:open="open.end" :kind="ending.kind" :record="ending.record" @done="load"></end-record>
        </template>
        <add-occupancy v-if="canOccupy" v-model:open="open.occupancy" :person="person" @done="load"></add-occupancy>
      </template>
    </div>`,
};
