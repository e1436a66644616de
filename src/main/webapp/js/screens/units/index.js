// 机构编制: the unit tree (lazy) on the left, the selected unit (#/units?code=...) on the right with its establishment,
// people, leadership positions, approvals and history; the office's forms to set up, change, move and abolish units
// and to approve quotas and leadership positions. The parts are in screens/units/.
import { get } from '../../api.js';
import { route, href, navigate, setQuery } from '../../router.js';
import { can, session } from '../../session.js';
import { showError, today } from '../../ui.js';
import UnitTree from './tree.js';
import UnitHeader from './header.js';
import EstablishmentTab from './establishment.js';
import PeopleTab from './people.js';
import { ApprovalHistory, LeadershipTab } from './approvals.js';
import HistoryTab from './history.js';
import UnitForm from './unit-form.js';
import { MoveForm, AbolishForm } from './lifecycle-forms.js';
import ApprovalForm from './approval-form.js';

const { ref, reactive, computed, watch } = Vue;

const TABS = ['establishment', 'people', 'leadership', 'quotas', 'history', 'findings'];

export default {
  components: { UnitTree, UnitHeader, EstablishmentTab, PeopleTab, ApprovalHistory, LeadershipTab, HistoryTab, UnitForm,
    MoveForm, AbolishForm, ApprovalForm },
  setup() {
    const code = computed(() => (route.query.code || '').trim().toUpperCase());
    const tab = computed({
      get: () => (TABS.includes(route.query.tab) ? route.query.tab : 'establishment'),
      set: (t) => setQuery({ ...route.query, tab: t === 'establishment' ? '' : t, page: '' }),
    });
    // the date of the establishment and people tabs, in the address (asOf; none: today)
    const asOf = computed({
      get: () => route.query.asOf || today(),
      set: (d) => setQuery({ ...route.query, asOf: d && d !== today() ? d : '', page: '' }),
    });
    const showAbolished = computed({
      get: () => route.query.abolished === '1',
      set: (on) => setQuery({ ...route.query, abolished: on ? '1' : '' }),
    });
    const linkFor = (c) => href('/units', { code: c, tab: route.query.tab, abolished: route.query.abolished });

    const unit = ref(null);
    const parentName = ref('');
    const missing = ref('');
    const loading = ref(false);
    const refreshKey = ref(0);
    let seq = 0;
    const loadUnit = async () => {
      const mine = ++seq;
      missing.value = '';
      if (!code.value) { unit.value = null; return; }
      loading.value = true;
      try {
        const u = await get('/units/' + encodeURIComponent(code.value));
        if (mine !== seq) return;
        unit.value = u;
        parentName.value = '';
        if (u.parentCode) {
          get('/units/' + encodeURIComponent(u.parentCode))
            .then((p) => { if (mine === seq) parentName.value = p.name; })
            // a clerk does not see the parent of their own unit: shown by its code, without a link
            .catch(() => { if (mine === seq) parentName.value = null; });
        }
      } catch (e) {
        if (mine !== seq) return;
        unit.value = null;
        if (e.status === 404) missing.value = e.message || '单位不存在';
        else showError(e);
      } finally {
        if (mine === seq) loading.value = false;
      }
    };
    watch(code, loadUnit, { immediate: true });
    // a unit clerk starts at their own unit
    if (!code.value && session.role === 'UNIT_CLERK' && session.unitCode) setQuery({ ...route.query, code: session.unitCode });

    // the jump box selects a unit without expanding the tree to it
    const jump = ref(undefined);
    const onJump = (c) => {
      if (!c) return;
      navigate('/units', { code: c, tab: route.query.tab, abolished: route.query.abolished });
    };
    // the box shows the unit jumped to, until another one is selected
    watch(code, (c) => { if (jump.value && jump.value !== c) jump.value = undefined; });

    // OFFICE (and ADMIN) forms
    const canEdit = computed(() => can('OFFICE'));
    const active = computed(() => unit.value && !unit.value.abolishedOn);
    const dialogs = reactive({ create: false, change: false, move: false, abolish: false, quota: false, leadership: false });
    const tree = ref(null);
    const refreshTree = (codes) => tree.value && tree.value.refresh(codes);

    const created = (u) => {
      refreshTree([u.parentCode || null]);
      navigate('/units', { code: u.code, abolished: route.query.abolished });
    };
    const changed = async (u) => {
      await loadUnit();
      refreshKey.value++;
      refreshTree([u.code]);
    };
    const moved = async ({ unit: u, oldParent }) => {
      await loadUnit();
      refreshKey.value++;
      refreshTree([oldParent, u.parentCode || null, u.code]);
    };
    const abolished = async (u) => {
      await loadUnit();
      refreshKey.value++;
      refreshTree([u.parentCode || null, u.code]);
    };
    const approved = () => { refreshKey.value++; };

    return { code, tab, asOf, showAbolished, linkFor, unit, parentName, missing, loading, refreshKey, jump, onJump, canEdit,
      active, dialogs, tree, created, changed, moved, abolished, approved, href };
  },
  template: `
    <div class="units-page">
      <aside class="units-side" aria-label="单位">
        <div class="units-side-tools">
          <bz-unit-select v-model:value="jump" @change="onJump" placeholder="查找单位：名称、简称或代码"
                          data-test="unit-select" style="width: 100%"></bz-unit-select>
          <div class="units-side-row">
            <label class="units-switch"><a-switch v-model:checked="showAbolished" size="small" data-test="show-abolished"></a-switch>
              显示已撤销</label>
            <a-button v-if="canEdit" size="small" type="primary" ghost data-test="btn-create-unit" @click="dialogs.create = true">
              新设机构</a-button>
          </div>
        </div>
        <unit-tree ref="tree" :selected="code" :include-abolished="showAbolished" :link-for="linkFor"></unit-tree>
      </aside>

      <section class="units-main">
        <a-result v-if="!code" status="info" title="请选择单位" data-test="unit-none"
                  sub-title="在左侧单位树中点击单位，或在上方查找框中输入单位名称、简称或统一社会信用代码。"></a-result>
        <a-result v-else-if="missing" status="404" title="找不到该单位" :sub-title="missing + '（或不在您的管理范围内）'"></a-result>
        <a-spin v-else-if="!unit" :spinning="loading"><div class="units-loading"></div></a-spin>
        <template v-else>
          <unit-header :unit="unit" :parent-name="parentName">
            <template v-if="canEdit && active">
              <a-button size="small" data-test="btn-change-unit" @click="dialogs.change = true">变更</a-button>
              <a-button size="small" data-test="btn-move-unit" @click="dialogs.move = true">划转</a-button>
              <a-button size="small" danger data-test="btn-abolish-unit" @click="dialogs.abolish = true">撤销</a-button>
            </template>
          </unit-header>

          <a-tabs v-model:activeKey="tab" class="units-tabs">
            <template #rightExtra>
              <span v-if="canEdit && active" class="units-tab-actions">
                <a-button size="small" type="primary" data-test="btn-approve-quota" @click="dialogs.quota = true">核定编制</a-button>
                <a-button size="small" type="primary" ghost data-test="btn-approve-leadership" @click="dialogs.leadership = true">
                  核定领导职数</a-button>
              </span>
            </template>
            <a-tab-pane key="establishment">
              <template #tab><span data-test="tab-establishment">编制情况</span></template>
              <establishment-tab :code="unit.code" :refresh-key="refreshKey" v-model:as-of="asOf"></establishment-tab>
            </a-tab-pane>
            <a-tab-pane key="people">
              <template #tab><span data-test="tab-people">人员</span></template>
              <people-tab :code="unit.code" :refresh-key="refreshKey" v-model:as-of="asOf"></people-tab>
            </a-tab-pane>
            <a-tab-pane key="leadership">
              <template #tab><span data-test="tab-leadership">领导职数</span></template>
              <leadership-tab :code="unit.code" :refresh-key="refreshKey"></leadership-tab>
            </a-tab-pane>
            <a-tab-pane key="quotas">
              <template #tab><span data-test="tab-quotas">核定历史</span></template>
              <approval-history :code="unit.code" kind="quotas" :refresh-key="refreshKey"></approval-history>
            </a-tab-pane>
            <a-tab-pane key="history">
              <template #tab><span data-test="tab-history">沿革</span></template>
              <history-tab :code="unit.code" :refresh-key="refreshKey"></history-tab>
            </a-tab-pane>
            <a-tab-pane key="findings">
              <template #tab><span data-test="tab-findings">问题</span></template>
              <p>该单位的稽核问题（超编、混编混岗等）在稽核问题清单中处理。</p>
              <a :href="href('/audit', { unit: unit.code })" data-test="unit-findings-link">查看“{{ unit.name }}”的稽核问题 →</a>
            </a-tab-pane>
          </a-tabs>

          <template v-if="canEdit">
            <unit-form v-model:open="dialogs.change" mode="change" :unit="unit" @done="changed"></unit-form>
            <move-form v-model:open="dialogs.move" :unit="unit" :parent-name="parentName" @done="moved"></move-form>
            <abolish-form v-model:open="dialogs.abolish" :unit="unit" @done="abolished"></abolish-form>
            <approval-form v-model:open="dialogs.quota" kind="quotas" :unit="unit" @done="approved"></approval-form>
            <approval-form v-model:open="dialogs.leadership" kind="leadership" :unit="unit" @done="approved"></approval-form>
          </template>
        </template>
      </section>
      <unit-form v-if="canEdit" v-model:open="dialogs.create" mode="create" :unit="unit" @done="created"></unit-form>
    </div>`,
};
