// Pieces shared by the 出国（境）管理 screens: status colours and a picker of one person.
import { PersonPicker } from '../complaints/common.js';

const { computed } = Vue;

export const APPLICATION_COLOR = { SUBMITTED: 'blue', APPROVED: 'green', REJECTED: 'red', WITHDRAWN: 'default' };
export const CASE_COLOR = { OPEN: 'orange', HANDLED: 'green' };

/** One person, picked through GET /search (the 12310 picker, keeping only the latest choice); v-model:value is an id. */
export const OnePerson = {
  components: { PersonPicker },
  props: { value: Number, known: { type: Object, default: () => ({}) } },
  emits: ['update:value'],
  setup(props, { emit }) {
    const chosen = computed(() => (props.value ? [props.value] : []));
    const pick = (ids) => emit('update:value', ids.length ? ids[ids.length - 1] : undefined);
    return { chosen, pick };
  },
  template: `<person-picker :value="chosen" :known="known" @update:value="pick"></person-picker>`,
};

/** A person as the module's views give them: name, unit, ID number as the caller may see it. */
export function personText(p) {
  if (!p) return '';
  return `${p.name}${p.unitName ? '（' + p.unitName + '）' : ''}`;
}

/**
 * The address that opens the approval desk's case form (违规问题立案) for a finding, or null where there is no such
 * screen or the caller may not open cases (a unit clerk): "立案处理" then leads to the person.
 */
export const caseFormFor = (finding, canOpen, href) => (canOpen ? href('/travel/cases', { finding: finding.key, person: finding.personId }) : null);
