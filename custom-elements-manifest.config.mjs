// `npm run analyze` → dist/custom-elements.json (package.json "customElements"; Storybook's
// controls and docs read it too). Everything in it comes from the JSDoc in src/. The events,
// parts and CSS properties the elements share are documented once, on WisgElement
// (src/shared/widget-element.ts); the analyzer's inheritance gives them to each element, and an
// element that names one again keeps its own description and takes the base's type. The README's
// tables are checked against this file (test/node/readme-api.test.mjs).
//
// The elements are defined through defineElement() (src/shared/define.ts, guarded against
// double inclusion), which the analyzer does not know: the plugin below tells it which
// tag each class gets, as it would for customElements.define().

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'wisg-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.CallExpression || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (tag?.kind === ts.SyntaxKind.StringLiteral && klass?.kind === ts.SyntaxKind.Identifier) {
        definitions.push({ module: moduleDoc.path, tag: tag.text, className: klass.text });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const { module, tag, className } of definitions) {
        const home = modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === className && m.path !== module));
        const declaration = home?.declarations.find((d) => d.name === className);
        if (!declaration) throw new Error(`custom-elements.json: no class ${className} for <${tag}>`);
        declaration.tagName = tag;
        declaration.customElement = true;
        const entry = modules.find((m) => m.path === module);
        entry.exports = [...(entry.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } }];
      }
    },
  };
}

/**
 * Only the interface: private and protected members go, and so do fields the analyzer
 * invents from `this.controller.x = …` assignments (every real field in our TypeScript
 * has a type). defineElement's own `customElements.define(tag, constructor)` is no element.
 */
function interfaceOnly() {
  return {
    name: 'wisg-interface-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          // Internal state (\`static properties = { x: { state: true } }\`) is not an attribute.
          const hidden = new Set(declaration.members.filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          declaration.members = declaration.members.filter(
            (m) => (!m.privacy || m.privacy === 'public') && !(m.kind === 'field' && !m.type && !m.description && !m.inheritedFrom?.module?.includes('node_modules')),
          );
        }
        if (module.path === 'src/shared/define.ts') module.exports = module.exports?.filter((e) => e.kind !== 'custom-element-definition');
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/localize/generated/**'],
  outdir: 'dist',
  litelement: true,
  // package.json's "customElements" is written by hand.
  packagejson: false,
  plugins: [defineElementCalls(), interfaceOnly()],
};
