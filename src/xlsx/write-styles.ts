/** A plan's named cell styles as xlsxwriter formats, built once each. */
import type { CellStyle } from "../report/plan";
import type { XlsxWriterModule } from "./write-xlsxwriter-module";

type Format = InstanceType<XlsxWriterModule["Format"]>;

export class FormatBook {
  private readonly formats = new Map<string, Format>();
  private readonly plain: Format;

  constructor(
    private readonly xw: XlsxWriterModule,
    private readonly styles: Readonly<Record<string, CellStyle>>,
  ) {
    this.plain = new xw.Format();
  }

  /** The format of a style key; the default format for no key or an unknown key. */
  get(key: string | undefined): Format {
    if (key === undefined) return this.plain;
    const cached = this.formats.get(key);
    if (cached) return cached;
    const style = this.styles[key];
    const format = style ? this.build(style) : this.plain;
    this.formats.set(key, format);
    return format;
  }

  private build(style: CellStyle): Format {
    const { Color, Format, FormatAlign, FormatBorder, FormatUnderline } = this.xw;
    let format = new Format();
    if (style.bold) format = format.setBold();
    if (style.italic) format = format.setItalic();
    if (style.underline) format = format.setUnderline(FormatUnderline.Single);
    if (style.fontSize !== undefined) format = format.setFontSize(style.fontSize);
    if (style.fontColor) format = format.setFontColor(Color.parse(style.fontColor));
    if (style.fill) format = format.setBackgroundColor(Color.parse(style.fill));
    if (style.horizontal) {
      const horizontal = { left: FormatAlign.Left, center: FormatAlign.Center, right: FormatAlign.Right }[style.horizontal];
      format = format.setAlign(horizontal);
    }
    if (style.vertical) {
      const vertical = { top: FormatAlign.Top, center: FormatAlign.VerticalCenter, bottom: FormatAlign.Bottom }[style.vertical];
      format = format.setAlign(vertical);
    }
    if (style.wrap) format = format.setTextWrap();
    if (style.numberFormat) format = format.setNumFormat(style.numberFormat);
    if (style.border) format = format.setBorder(FormatBorder.Thin).setBorderColor(Color.parse(style.border));
    return format;
  }
}
