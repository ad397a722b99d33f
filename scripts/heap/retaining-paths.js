/**
 * Why is an object still alive? Given a V8 heap snapshot (the JSON of CDP `HeapProfiler.takeHeapSnapshot`), finds
 * each object that holds a marker (an instance of a class whose name starts with `markerPrefix`, stored on the
 * object under `markerProperty`) and prints the shortest chain of strong references from the GC roots to it: the
 * retaining path DevTools shows. Weak edges and DevTools' shortcut edges are not followed, so a path printed here
 * really keeps the object alive. Used by the robustness-heap tests (test/robustness/groups.js) to explain a widget
 * that survived garbage collection.
 */
export function retainingPaths(snapshot, { markerPrefix, markerProperty, maxSteps = 40 }) {
  const { meta } = snapshot.snapshot;
  const NF = meta.node_fields.length;
  const EF = meta.edge_fields.length;
  const [nodeTypes] = meta.node_types;
  const [edgeTypes] = meta.edge_types;
  const field = (fields, name) => fields.indexOf(name);
  const TYPE = field(meta.node_fields, 'type');
  const NAME = field(meta.node_fields, 'name');
  const EDGES = field(meta.node_fields, 'edge_count');
  const EDGE_TYPE = field(meta.edge_fields, 'type');
  const EDGE_NAME = field(meta.edge_fields, 'name_or_index');
  const EDGE_TO = field(meta.edge_fields, 'to_node');
  const { nodes, edges, strings } = snapshot;
  const count = nodes.length / NF;

  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += nodes[i * NF + EDGES] * EF;
    firstEdge[i + 1] = e;
  }
  const name = (i) => strings[nodes[i * NF + NAME]];
  const describe = (i) => `${nodeTypes[nodes[i * NF + TYPE]]} ${JSON.stringify(name(i).slice(0, 100))}`;
  const edgeName = (e) => {
    const type = edgeTypes[edges[e + EDGE_TYPE]];
    const value = edges[e + EDGE_NAME];
    return `${type} ${type === 'element' || type === 'hidden' ? value : strings[value]}`;
  };

  // Breadth first from the synthetic root (node 0): the first parent found gives the shortest path.
  const parentEdge = new Int32Array(count).fill(-1);
  const parent = new Int32Array(count).fill(-1);
  const reached = new Uint8Array(count);
  reached[0] = 1;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const from = queue[q];
    for (let e = firstEdge[from]; e < firstEdge[from + 1]; e += EF) {
      const type = edgeTypes[edges[e + EDGE_TYPE]];
      if (type === 'weak' || type === 'shortcut') continue;
      const to = edges[e + EDGE_TO] / NF;
      if (reached[to]) continue;
      reached[to] = 1;
      parent[to] = from;
      parentEdge[to] = e;
      queue.push(to);
    }
  }

  const report = [];
  for (let holder = 0; holder < count; holder++) {
    for (let e = firstEdge[holder]; e < firstEdge[holder + 1]; e += EF) {
      const to = edges[e + EDGE_TO] / NF;
      if (edgeTypes[edges[e + EDGE_TYPE]] !== 'property' || strings[edges[e + EDGE_NAME]] !== markerProperty) continue;
      if (!name(to).startsWith(markerPrefix)) continue;
      const label = name(to).slice(markerPrefix.length);
      if (!reached[holder]) {
        report.push(`${label}: no strong path from the GC roots (held only weakly, or from the stack)`);
        continue;
      }
      const steps = [];
      for (let at = holder; at > 0 && steps.length < maxSteps; at = parent[at]) steps.push(`${describe(at)}  ← ${edgeName(parentEdge[at])} of`);
      steps.push('(GC roots)');
      report.push(`${label}:\n    ${steps.join('\n    ')}`);
    }
  }
  return report;
}
