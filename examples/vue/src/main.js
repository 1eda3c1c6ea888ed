// @wisg/widgets in Vue 3: tell Vue which tags are custom elements, bind data as
// properties (`:projects.prop`), listen with `@wisg-project-select`.
import { computed, createApp, ref } from 'vue';
// The self-defining entries: each import defines its element once.
import '@wisg/widgets/project-list.js';
import '@wisg/widgets/project-card.js';
// The bundled WISG data; your app would fetch its own.
import data from '@wisg/widgets/data/wisg-projects.json';

const app = createApp({
  setup() {
    const lang = ref('en');
    const selectedId = ref(null);
    const selected = computed(() => data.projects.find((project) => project.id === selectedId.value));
    return {
      lang,
      selected,
      projects: data.projects,
      toggleLang: () => (lang.value = lang.value === 'en' ? 'ka' : 'en'),
      onSelect: (event) => (selectedId.value = event.detail.id),
    };
  },
  template: `
    <main :lang="lang">
      <h1>{{ lang === 'ka' ? 'პროექტები' : 'Projects' }}</h1>
      <p><button type="button" @click="toggleLang">{{ lang === 'en' ? 'ქართულად' : 'In English' }}</button></p>
      <p id="selected" aria-live="polite">
        {{ selected ? 'Selected: ' + selected.title.en : 'Open a project’s activities to select it.' }}
      </p>
      <wisg-project-card v-if="selected" id="selected-card" :projects.prop="projects" :project-id="selected.id" heading-level="2" expanded></wisg-project-card>
      <wisg-project-list :projects.prop="projects" :heading="lang === 'ka' ? 'ყველა პროექტი' : 'All projects'" @wisg-project-select="onSelect"></wisg-project-list>
    </main>`,
});
// Without this, Vue would try to resolve <wisg-…> as Vue components and warn.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('wisg-');
app.mount('#app');
