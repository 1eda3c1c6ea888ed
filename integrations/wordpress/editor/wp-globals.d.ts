/**
 * The few parts of WordPress's editor globals (wp.blocks, wp.element, …) the blocks use, typed
 * as WordPress 6.1 and later provide them. The plugin bundles none of them: they are the
 * page's own (the script's dependencies in includes/blocks.php).
 */
export type Node = unknown;
export type Props = Record<string, unknown> | null;
type Component<P> = (props: P) => Node;

export interface BlockEditProps<A> {
  readonly attributes: A;
  readonly setAttributes: (attributes: Partial<A>) => void;
  readonly isSelected: boolean;
  readonly clientId: string;
}

export interface BlockSaveProps<A> {
  readonly attributes: A;
}

export interface MediaItem {
  readonly id: number;
  readonly url: string;
  readonly filename?: string;
  readonly title?: string;
  readonly mime?: string;
}

export interface Option {
  readonly label: string;
  readonly value: string;
  readonly disabled?: boolean;
}

export interface WordPressGlobals {
  blocks: {
    registerBlockType<A>(name: string, settings: { edit: Component<BlockEditProps<A>>; save: Component<BlockSaveProps<A>> }): unknown;
  };
  element: {
    createElement(type: string | Component<never>, props?: Props, ...children: Node[]): Node;
    Fragment: Component<never>;
    /** Its children as HTML, unescaped (in save(): written into the post as they are). */
    RawHTML: Component<never>;
    useState<T>(initial: T): [T, (value: T) => void];
    useEffect(effect: () => void | (() => void), deps: readonly unknown[]): void;
    useLayoutEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
    useRef<T>(initial: T): { current: T };
  };
  blockEditor: {
    useBlockProps(props?: Record<string, unknown>): Record<string, unknown>;
    InspectorControls: Component<never>;
    MediaUpload: Component<never>;
    MediaUploadCheck: Component<never>;
  };
  components: {
    PanelBody: Component<never>;
    SelectControl: Component<never>;
    TextControl: Component<never>;
    ToggleControl: Component<never>;
    Button: Component<never>;
    BaseControl: Component<never>;
  };
  i18n: {
    __(text: string, domain: string): string;
    sprintf(format: string, ...args: unknown[]): string;
  };
}

/** What includes/blocks.php puts before the script. */
export interface EditorSettings {
  /** The site's language (`ka-GE`, `en-US`): "the page's language" of the preview. */
  readonly siteLanguage: string;
  /** MIME types a block's data file may have. */
  readonly dataTypes: readonly string[];
}

declare global {
  interface Window {
    wp: WordPressGlobals;
    wisgWidgetsEditor?: EditorSettings;
  }
}
