/**
 * resvg reads text-anchor as physical (start = left edge) whatever the direction, while SVG and
 * the browsers read it logically: in right-to-left text, start is the right edge. This rewrites
 * the anchor of each text and tspan under direction="rtl" (attribute or inline style, inherited)
 * to its physical equivalent, so a picture drawn for a browser lands in the same place in the PNG.
 * Stylesheets (<style> rules) are not read: the pictures set direction on elements.
 */
export function physicalTextAnchors(svg: string): string {
  const stack: TextLayout[] = [{ direction: 'ltr', anchor: 'start' }];
  return svg.replace(MARKUP, (markup: string, closing?: string, name?: string, attributes = '', selfClosing = '') => {
    if (closing !== undefined) {
      if (stack.length > 1) stack.pop();
      return markup;
    }
    if (name === undefined) return markup;
    const parent = stack[stack.length - 1];
    const layout: TextLayout = {
      direction: property(attributes, 'direction') ?? parent.direction,
      anchor: property(attributes, 'text-anchor') ?? parent.anchor,
    };
    if (!selfClosing) stack.push(layout);
    const localName = name.replace(/^.*:/u, '');
    if (layout.direction !== 'rtl' || !TEXT_ELEMENTS.has(localName)) return markup;
    return `<${name}${withAnchor(attributes, FLIPPED[layout.anchor] ?? layout.anchor)}${selfClosing}>`;
  });
}

interface TextLayout {
  readonly direction: string;
  readonly anchor: string;
}

const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);
const FLIPPED: Readonly<Record<string, string>> = { start: 'end', end: 'start' };

// Comments, CDATA, declarations and processing instructions pass through; then a closing tag;
// then an opening (or self-closing) tag with its attributes.
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/gu;

/** The value of a presentation attribute or of the same property in the inline style (which wins). */
function property(attributes: string, name: string): string | undefined {
  const style = attributeValue(attributes, 'style');
  const fromStyle = style && new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([\\w-]+)`, 'u').exec(style)?.[1];
  return (fromStyle || attributeValue(attributes, name))?.trim().toLowerCase();
}

function attributeValue(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'u').exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

function withAnchor(attributes: string, anchor: string): string {
  const withoutStyleAnchor = attributes.replace(/(\sstyle\s*=\s*["'][^"']*?)(?:^|;)?\s*text-anchor\s*:\s*[\w-]+\s*;?/u, '$1;');
  const withoutAttribute = withoutStyleAnchor.replace(/\stext-anchor\s*=\s*(?:"[^"]*"|'[^']*')/u, '');
  return `${withoutAttribute} text-anchor="${anchor}"`;
}
