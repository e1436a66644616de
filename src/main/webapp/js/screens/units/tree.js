// The unit tree of 机构编制, loaded lazily: a node's children are asked for only when it is expanded, one page at
// a time ("加载更多"). The API has no filter for top-level units, so the roots are picked out of the flat list
// (GET /units, ordered by code) page by page; a unit clerk's tree starts at their own unit.
import { get } from '../../api.js';
import { session } from '../../session.js';
import { href } from '../../router.js';
import { showError } from '../../ui.js';
import { label } from '../../labels.js';

const { reactive, ref, watch, onMounted } = Vue;

/** children asked for per page */
export const CHILD_PAGE = 100;
/** top-level units asked for per page */
const ROOT_SCAN = 100;

const LEVEL_ORDER = { PROVINCE: 0, CITY: 1, COUNTY: 2, TOWNSHIP: 3 };
const collator = new Intl.Collator('zh-CN-u-co-pinyin');
/** Loaded units in a stable, readable order: higher levels first, organs before institutions, then by the name shown. */
function byLevelKindName(a, b) {
  return (LEVEL_ORDER[a.unit.level] ?? 9) - (LEVEL_ORDER[b.unit.level] ?? 9)
    || (a.unit.kind === b.unit.kind ? 0 : a.unit.kind === 'ORGAN' ? -1 : 1)
    || collator.compare(a.unit.shortName || a.unit.name, b.unit.shortName || b.unit.name);
}

function makeNode(unit) {
  return reactive({ unit, expanded: false, children: null, total: 0, loading: false });
}

/** One node with its loaded children (recursive). */
const TreeNode = {
  name: 'TreeNode',
  props: { node: Object, selected: String, linkFor: Function, depth: Number },
  emits: ['toggle', 'more'],
  setup(props, { emit }) {
    const kindTag = (u) => (u.kind === 'INSTITUTION' ? '事' : '机');
    return { kindTag, label, emit };
  },
  template: `
    <li role="treeitem" :aria-expanded="node.children && node.children.length === 0 ? undefined : node.expanded"
        :aria-selected="node.unit.code === selected" :data-unit-code="node.unit.code">
      <div class="ut-row" :class="{ 'ut-selected': node.unit.code === selected, 'ut-abolished': !!node.unit.abolishedOn }"
           :style="{ paddingLeft: (depth * 16 + 4) + 'px' }">
        <button v-if="!(node.children && node.children.length === 0 && !node.loading)" type="button" class="ut-toggle"
                :aria-label="(node.expanded ? '收起' : '展开') + node.unit.name" data-test="unit-tree-toggle"
                @click="emit('toggle', node)">
          <span v-if="node.loading" class="ut-spin">…</span>
          <span v-else>{{ node.expanded ? '▾' : '▸' }}</span>
        </button>
        <span v-else class="ut-toggle ut-leaf" aria-hidden="true">·</span>
        <a :href="linkFor(node.unit.code)" class="ut-link" :title="node.unit.name + '（' + node.unit.code + '）'"
           data-test="unit-tree-node">
          <span class="ut-kind" :class="node.unit.kind === 'INSTITUTION' ? 'ut-kind-i' : 'ut-kind-o'"
                :title="label('UnitKind', node.unit.kind)">{{ kindTag(node.unit) }}</span>
          <span class="ut-name">{{ node.unit.shortName || node.unit.name }}</span>
          <span v-if="node.unit.abolishedOn" class="ut-abolished-tag">已撤销</span>
        </a>
      </div>
      <ul v-if="node.expanded && node.children && node.children.length" role="group">
        <tree-node v-for="c in node.children" :key="c.unit.code" :node="c" :selected="selected" :link-for="linkFor"
                   :depth="depth + 1" @toggle="(n) => emit('toggle', n)" @more="(n) => emit('more', n)"></tree-node>
        <li v-if="node.children.length < node.total" class="ut-more" :style="{ paddingLeft: ((depth + 1) * 16 + 22) + 'px' }">
          <a-button type="link" size="small" :loading="node.loading" data-test="unit-tree-more"
                    @click="emit('more', node)">加载更多（已显示 {{ node.children.length }} / {{ node.total }}）</a-button>
        </li>
      </ul>
    </li>`,
};
TreeNode.components = { TreeNode };

export default {
  components: { TreeNode },
  props: { selected: String, includeAbolished: Boolean, linkFor: Function },
  setup(props, { expose }) {
    const roots = ref([]);
    const rootState = reactive({ loading: false, offset: 0, total: 0, done: false, clerk: false });
    const byCode = new Map();

    /** nodes to open again as they come back after a reload (the switch 显示已撤销 reloads the tree) */
    let reopen = new Set();
    const remember = (nodes) => {
      for (const n of nodes) {
        byCode.set(n.unit.code, n);
        if (reopen.has(n.unit.code)) { reopen.delete(n.unit.code); toggle(n); }
      }
      return nodes;
    };

    const loadChildren = async (node, append) => {
      node.loading = true;
      try {
        const offset = append ? node.children.length : 0;
        const page = await get('/units', { parent: node.unit.code, includeAbolished: props.includeAbolished || undefined,
          offset, limit: CHILD_PAGE });
        const fresh = remember(page.items.map((u) => {
          const old = byCode.get(u.code);
          if (old && old.unit.code === u.code) { old.unit = u; return old; }
          return makeNode(u);
        }));
        // each page is sorted by itself, so what was shown before stays where it was
        fresh.sort(byLevelKindName);
        node.children = append ? [...node.children, ...fresh] : fresh;
        node.total = page.total;
      } catch (e) {
        showError(e);
      } finally {
        node.loading = false;
      }
    };

    const toggle = async (node) => {
      if (node.expanded) { node.expanded = false; return; }
      node.expanded = true;
      if (node.children == null) await loadChildren(node, false);
    };

    const more = (node) => loadChildren(node, true);

    /** The next page of top-level units (those without a superior). */
    const moreRoots = async () => {
      rootState.loading = true;
      try {
        const page = await get('/units', { top: true, includeAbolished: props.includeAbolished || undefined,
          offset: rootState.offset, limit: ROOT_SCAN });
        rootState.total = page.total;
        rootState.offset += page.items.length;
        roots.value = [...roots.value, ...remember(page.items.map(makeNode)).sort(byLevelKindName)];
        if (!page.items.length || rootState.offset >= page.total) rootState.done = true;
      } catch (e) {
        showError(e);
        rootState.done = true;
      } finally {
        rootState.loading = false;
      }
    };

    const reset = async (keepOpen) => {
      reopen = keepOpen ? new Set([...byCode.values()].filter((n) => n.expanded).map((n) => n.unit.code)) : new Set();
      byCode.clear();
      roots.value = [];
      Object.assign(rootState, { offset: 0, total: 0, done: false, clerk: false });
      if (session.role === 'UNIT_CLERK' && session.unitCode) {
        // a unit clerk sees their own unit and its subordinates: the tree starts there
        rootState.clerk = true;
        rootState.loading = true;
        try {
          const own = makeNode(await get('/units/' + encodeURIComponent(session.unitCode)));
          roots.value = remember([own]);
          rootState.done = true;
          if (!own.expanded) await toggle(own);
        } catch (e) {
          showError(e);
        } finally {
          rootState.loading = false;
        }
        return;
      }
      await moreRoots();
    };

    /**
     * Reloads the children of the given units (null: the top level), where they are loaded: after a unit is set up,
     * renamed, moved or abolished.
     */
    const refresh = async (codes) => {
      for (const code of new Set(codes)) {
        if (code == null) {
          if (!rootState.clerk) { await reset(true); return; }
          continue;
        }
        const node = byCode.get(code);
        if (node && node.children != null) {
          await loadChildren(node, false);
          node.expanded = true;
        }
        if (node) {
          try { node.unit = await get('/units/' + encodeURIComponent(code)); } catch (e) { /* out of sight now */ }
        }
      }
    };

    watch(() => props.includeAbolished, () => reset(true));
    onMounted(() => reset(false));
    expose({ refresh, reset });
    return { roots, rootState, toggle, more, moreRoots };
  },
  template: `
    <div class="unit-tree" data-test="unit-tree">
      <ul role="tree" aria-label="单位树" class="ut-list">
        <tree-node v-for="n in roots" :key="n.unit.code" :node="n" :selected="selected" :link-for="linkFor" :depth="0"
                   @toggle="toggle" @more="more"></tree-node>
      </ul>
      <div v-if="rootState.loading && !roots.length" class="ut-empty muted">正在加载单位…</div>
      <div v-else-if="!roots.length && rootState.done" class="ut-empty muted">没有可显示的单位</div>
      <div v-if="!rootState.done" class="ut-more">
        <a-button type="link" size="small" :loading="rootState.loading" data-test="unit-tree-more-roots" @click="moreRoots">
          加载更多（已显示 {{ rootState.offset }} / {{ rootState.total }} 个顶级单位）</a-button>
      </div>
    </div>`,
};
