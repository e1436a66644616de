// The name of a unit given by its code in the address (#/audit?unit=...): the unit picker shows only the code of a
// unit it has not found itself, so the screens name it beside the picker (GET /units/{code}, remembered).
import { get } from '../../api.js';

const { reactive, watch } = Vue;

const names = reactive({});

/** A reactive {code → name}; ask(code) looks a code up once (unknown or unseen codes stay unnamed). */
export function useUnitNames() {
  const ask = async (code) => {
    if (!code || code in names) return;
    names[code] = '';
    try {
      const u = await get('/units/' + encodeURIComponent(code));
      names[code] = u && u.name ? u.name : '';
    } catch (e) {
      names[code] = '';
    }
  };
  return { names, ask };
}

/** A small "单位：名称（含下级）" after a unit filter; watches the code it is given. */
export const UnitScope = {
  props: { code: String, suffix: { type: String, default: '（含下级）' } },
  setup(props) {
    const { names, ask } = useUnitNames();
    watch(() => props.code, ask, { immediate: true });
    return { names };
  },
  template: `<span v-if="code && names[code]" class="unit-scope muted" data-test="unit-scope">{{ names[code] }}{{ suffix }}</span>`,
};
