/**
 * Just enough of a DOM for React DOM and recharts to render an SVG chart where there is no
 * document (a Web Worker), and to read the result back as markup. Layout does not exist here:
 * every box measures 0 × 0, which recharts copes with when the chart has a fixed size.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';
const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;

class MarkupNode {
  readonly childNodes: MarkupNode[] = [];
  parentNode: MarkupNode | null = null;

  constructor(
    readonly nodeType: number,
    readonly ownerDocument: MarkupDocument | null,
  ) {}

  get firstChild(): MarkupNode | null {
    return this.childNodes[0] ?? null;
  }

  get lastChild(): MarkupNode | null {
    return this.childNodes.at(-1) ?? null;
  }

  get nextSibling(): MarkupNode | null {
    const siblings = this.parentNode?.childNodes;
    return siblings ? (siblings[siblings.indexOf(this) + 1] ?? null) : null;
  }

  get textContent(): string {
    return this.childNodes.map((child) => child.textContent).join('');
  }

  set textContent(text: string) {
    for (const child of this.childNodes) child.parentNode = null;
    this.childNodes.length = 0;
    if (text !== '') this.appendChild(new MarkupText(text, this.ownerDocument));
    this.changed();
  }

  appendChild<T extends MarkupNode>(child: T): T {
    return this.insertBefore(child, null);
  }

  insertBefore<T extends MarkupNode>(child: T, before: MarkupNode | null): T {
    child.parentNode?.removeChild(child);
    const at = before === null ? -1 : this.childNodes.indexOf(before);
    if (at === -1) this.childNodes.push(child);
    else this.childNodes.splice(at, 0, child);
    child.parentNode = this;
    this.changed();
    return child;
  }

  removeChild<T extends MarkupNode>(child: T): T {
    const at = this.childNodes.indexOf(child);
    if (at !== -1) this.childNodes.splice(at, 1);
    child.parentNode = null;
    this.changed();
    return child;
  }

  // React DOM listens for events on its root; nothing is ever dispatched here.
  addEventListener(): void {}
  removeEventListener(): void {}

  protected changed(): void {
    this.ownerDocument?.noteChange();
  }
}

class MarkupText extends MarkupNode {
  constructor(
    private value: string,
    ownerDocument: MarkupDocument | null,
  ) {
    super(TEXT, ownerDocument);
  }

  get nodeValue(): string {
    return this.value;
  }

  set nodeValue(value: string) {
    this.value = value;
    this.changed();
  }

  override get textContent(): string {
    return this.value;
  }

  override set textContent(value: string) {
    this.nodeValue = value;
  }
}

class MarkupElement extends MarkupNode {
  readonly attributes = new Map<string, string>();
  /** Inline style, by CSS property name. */
  readonly styles = new Map<string, string>();
  /** React DOM sets inline styles one property at a time, by camelCase name or setProperty. */
  readonly style: Record<string, unknown>;

  constructor(
    readonly localName: string,
    readonly namespaceURI: string,
    ownerDocument: MarkupDocument,
  ) {
    super(ELEMENT, ownerDocument);
    const styles = this.styles;
    const note = () => this.changed();
    const set = (name: string, value: unknown) => {
      const property = name.startsWith('--')
        ? name
        : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      if (value === '' || value === null || value === undefined) styles.delete(property);
      else styles.set(property, String(value));
      note();
    };
    this.style = new Proxy<Record<string, unknown>>(
      {},
      {
        get: (_, name) =>
          name === 'setProperty'
            ? (property: string, value: unknown) => set(property, value)
            : name === 'removeProperty'
              ? (property: string) => set(property, '')
              : typeof name === 'string'
                ? (styles.get(name) ?? '')
                : undefined,
        set: (_, name, value) => {
          if (typeof name === 'string') set(name, value);
          return true;
        },
      },
    );
  }

  get tagName(): string {
    return this.namespaceURI === XHTML ? this.localName.toUpperCase() : this.localName;
  }

  get nodeName(): string {
    return this.tagName;
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }

  setAttribute(name: string, value: unknown): void {
    this.attributes.set(name, String(value));
    this.changed();
  }

  setAttributeNS(_namespace: string | null, name: string, value: unknown): void {
    this.setAttribute(name, value);
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
    this.changed();
  }

  // Measurements: there is no layout here.
  getBoundingClientRect() {
    return { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0 };
  }

  getElementsByClassName(): MarkupElement[] {
    return [];
  }
}

class MarkupDocument extends MarkupNode {
  /** How many changes the tree has seen; a render has settled once this stops moving. */
  changes = 0;

  constructor() {
    super(DOCUMENT, null);
  }

  createElement(name: string): MarkupElement {
    return new MarkupElement(name, XHTML, this);
  }

  createElementNS(namespace: string, name: string): MarkupElement {
    return new MarkupElement(name, namespace, this);
  }

  createTextNode(text: string): MarkupText {
    return new MarkupText(text, this);
  }

  noteChange(): void {
    this.changes += 1;
  }
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

function serialize(node: MarkupNode): string {
  if (node instanceof MarkupText) return escapeText(node.nodeValue);
  const children = node.childNodes.map(serialize).join('');
  if (!(node instanceof MarkupElement)) return children;
  const style = [...node.styles].map(([name, value]) => `${name}:${value}`).join(';');
  const attributes = [...node.attributes]
    .concat(style === '' ? [] : [['style', style]])
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${node.localName}${attributes}>${children}</${node.localName}>`;
}

/** An element to render into, and ways to read back what was rendered and to see it change. */
export interface MarkupContainer {
  /** The element to hand to React DOM's `createRoot`. */
  readonly element: unknown;
  /** The markup of everything rendered inside the element. */
  readonly markup: () => string;
  /** A number that moves whenever anything in the tree changes. */
  readonly changes: () => number;
}

/** A fresh document with one empty `div` to render into. */
export function createMarkupContainer(): MarkupContainer {
  const document = new MarkupDocument();
  const element = document.createElement('div');
  document.appendChild(element);
  return {
    element,
    markup: () => element.childNodes.map(serialize).join(''),
    changes: () => document.changes,
  };
}
