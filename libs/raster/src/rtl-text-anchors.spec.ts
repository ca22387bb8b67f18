import { physicalTextAnchors } from './rtl-text-anchors';

describe('physicalTextAnchors', () => {
  it('turns the logical anchor of right-to-left text into the physical one', () => {
    expect(physicalTextAnchors('<svg><text x="380" direction="rtl">ع</text></svg>')).toBe(
      '<svg><text x="380" direction="rtl" text-anchor="end">ع</text></svg>',
    );
    expect(physicalTextAnchors('<text direction="rtl" text-anchor="end">ع</text>')).toBe(
      '<text direction="rtl" text-anchor="start">ع</text>',
    );
    expect(physicalTextAnchors('<text direction="rtl" text-anchor="middle">ع</text>')).toBe(
      '<text direction="rtl" text-anchor="middle">ع</text>',
    );
  });

  it('follows direction and anchor inherited from groups, and the inline style', () => {
    const svg =
      '<svg direction="rtl"><g text-anchor="end"><text>أ</text><text style="text-anchor: start">ب</text></g><text>ج<tspan>د</tspan></text></svg>';
    expect(physicalTextAnchors(svg)).toBe(
      '<svg direction="rtl"><g text-anchor="end"><text text-anchor="start">أ</text><text style=";" text-anchor="end">ب</text></g>' +
        '<text text-anchor="end">ج<tspan text-anchor="end">د</tspan></text></svg>',
    );
  });

  it('leaves left-to-right text, comments and self-closed elements as they are', () => {
    const svg =
      '<svg><!-- <text direction="rtl"> --><g direction="rtl"><rect width="2"/></g><text x="1">A</text><text style="direction:rtl"/></svg>';
    expect(physicalTextAnchors(svg)).toBe(
      '<svg><!-- <text direction="rtl"> --><g direction="rtl"><rect width="2"/></g><text x="1">A</text><text style="direction:rtl" text-anchor="end"/></svg>',
    );
  });
});
