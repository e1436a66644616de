// 开具减人通知单: POST /notices kind DECREASE (occupancyId, exitDate, reason). The clerk finds the person
// (GET /people?q=) and picks one of their current occupancies from the dossier (GET /people/{id}) instead of
// typing an occupancy number.
import { get, post } from '../../api.js';
import { useForm, today, showError, clean } from '../../ui.js';
import { label, options } from '../../labels.js';
import { isOpen, period, personHref } from '../people/common.js';

const { ref, computed, watch } = Vue;

const EMPTY = () => ({ kind: 'DECREASE', occupancyId: undefined, exitDate: today(), reason: undefined });

export default {
  props: { open: Boolean, personId: [String, Number] },
  emits: ['update:open', 'issued'],
  setup(props, { emit }) {
    const form = useForm(EMPTY());
    const q = ref('');
    const found = ref(null);
    const searching = ref(false);
    const dossier = ref(null);
    const search = async () => {
      if (!q.value.trim()) return;
      searching.value = true;
      try {
        found.value = await get('/people', { q: q.value.trim(), limit: 10 });
      } catch (e) { showError(e); } finally { searching.value = false; }
    };
    const pick = async (id) => {
      try {
        dossier.value = await get('/people/' + encodeURIComponent(id));
        const open = current.value;
        form.model.occupancyId = open.length === 1 ? open[0].id : undefined;
      } catch (e) { showError(e); }
    };
    const now = today();
    const current = computed(() => (dossier.value ? dossier.value.occupancies : []).filter((o) => isOpen(o.validTo, now)));
    watch(() => [props.open, props.personId], ([o, id]) => {
      if (!o) return;
      form.reset(EMPTY());
      found.value = null;
      dossier.value = null;
      q.value = '';
      if (id) pick(id);
    }, { immediate: true });
    const save = async () => {
      const n = await form.run((m) => post('/notices', clean(m)));
      if (!n) return;
      emit('update:open', false);
      emit('issued', n);
    };
    return { form, save, q, found, searching, search, dossier, pick, current, label, period, personHref,
      reasons: options('ExitReason') };
  },
  template: `
    <bz-form-modal :open="open" @update:open="$emit('update:open', $event)" title="开具减人通知单" :form="form"
                test="decrease-form" submit-test="decrease-submit" ok-text="开具减人通知单" :width="640" danger @ok="save">
      <!-- Enter searches here and must not submit the notice form around it -->
      <div @keydown.enter.prevent><a-form-item label="查找人员">
        <a-input-search v-model:value="q" placeholder="姓名，或身份证号码末几位" enter-button="查找" :loading="searching"
                        data-test="decrease-person-search" @search="search"></a-input-search>
      </a-form-item></div>
      <div v-if="found" class="person-pick" data-test="decrease-person-results">
        <a-list size="small" :data-source="found.items">
          <template #renderItem="{ item }">
            <a-list-item :class="{ picked: dossier && dossier.person.id === item.id }">
              <button type="button" class="link-button" @click="pick(item.id)">{{ item.name }}</button>
              <span class="muted id-number">{{ item.idNumber }}</span>
              <span class="muted">{{ label('PersonIdentity', item.identity) }}</span>
            </a-list-item>
          </template>
          <template #header v-if="found.total > found.items.length">
            <span class="muted">共 {{ found.total }} 人，只列出前 {{ found.items.length }} 人，请输入更完整的姓名或身份证号码尾号</span>
          </template>
        </a-list>
      </div>
      <template v-if="dossier">
        <p><b><a :href="personHref(dossier.person.id)" target="_blank">{{ dossier.person.name }}</a></b>
          <span class="muted id-number">　{{ dossier.person.idNumber }}</span></p>
        <bz-field :form="form" name="occupancyId" label="出编的占编记录" required>
          <a-alert v-if="!current.length" type="warning" show-icon message="此人目前不占用编制，无需开具减人通知单。"></a-alert>
          <a-radio-group v-else v-model:value="form.model.occupancyId" class="occ-choice" data-test="decrease-occupancy">
            <a-radio v-for="o in current" :key="o.id" :value="o.id">
              {{ o.unitName }} {{ label('QuotaType', o.quotaType) }}（{{ period(o.validFrom, o.validTo) }}{{ o.increaseNoticeNumber ? '，' + o.increaseNoticeNumber : '' }}）
            </a-radio>
          </a-radio-group>
        </bz-field>
      </template>
      <bz-field v-else-if="form.errors.occupancyId" :form="form" name="occupancyId" label="出编的占编记录"></bz-field>
      <a-row :gutter="12">
        <a-col :span="12">
          <bz-field :form="form" name="exitDate" label="出编日期" required>
            <bz-date v-model:value="form.model.exitDate"></bz-date>
          </bz-field>
        </a-col>
        <a-col :span="12">
          <bz-field :form="form" name="reason" label="出编原因" required>
            <a-select v-model:value="form.model.reason" :options="reasons" placeholder="选择出编原因"></a-select>
          </bz-field>
        </a-col>
      </a-row>
    </bz-form-modal>`,
};
