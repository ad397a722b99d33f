/**
 * A test-runner command `ax-tree`: the page's accessibility tree as Chromium builds it for screen readers, read
 * through the Chrome DevTools Protocol (`Accessibility.getFullAXTree`), with ignored nodes left out and their
 * children lifted to the nearest kept ancestor. Each node is `{ role, name, description, focusable, children }`.
 * Answers an empty list in a browser without the protocol (Firefox and WebKit run through WebDriver; the runner takes
 * null for "no plugin knows this command"), so a test can say why it checks the DOM there instead. Used by test/core/ax-tree.test.ts through test/helpers/ax-tree.ts.
 */
export function axTreePlugin() {
  // One DevTools session per page, with the accessibility domain enabled once.
  const sessions = new WeakMap();
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser?.getPage?.(session.id);
      if (!page?.createCDPSession) return [];
      if (!sessions.has(page)) {
        const cdp = await page.createCDPSession();
        try {
          await cdp.send('Accessibility.enable');
        } catch {
          // Firefox runs through puppeteer's WebDriver BiDi, whose stand-in session speaks only media emulation
          // (scripts/engines/firefox.js): no accessibility tree to read there.
          return [];
        }
        sessions.set(page, cdp);
      }
      const { nodes } = await sessions.get(page).send('Accessibility.getFullAXTree');
      return lift(nodes);
    },
  };
}

/** The CDP's flat node list as a tree of the nodes a screen reader gets (the root document node first). */
function lift(nodes) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const kept = (node) => {
    const children = (node.childIds ?? []).flatMap((id) => (byId.has(id) ? kept(byId.get(id)) : []));
    if (node.ignored) return children;
    const property = (name) => node.properties?.find((p) => p.name === name)?.value?.value;
    return [
      {
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        description: String(node.description?.value ?? ''),
        focusable: property('focusable') === true,
        children,
      },
    ];
  };
  const root = nodes.find((node) => !node.parentId);
  return root ? kept(root) : [];
}
