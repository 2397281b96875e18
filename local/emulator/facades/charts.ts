/** The Charts global: its enums and text styles (Charts.newTextStyle). */
import * as E from '../state/enums';
import type { Runtime } from '../state/runtime';
import { provide } from './factory';
import { instrument } from './instrument';

type GTextStyle = GoogleAppsScript.Charts.TextStyle;

interface TextStyleData {
  color: string;
  fontName: string;
  fontSize: number;
}

export class TextStyle implements GTextStyle {
  constructor(
    readonly rt: Runtime,
    private readonly data: TextStyleData,
  ) {}
  getColor(): string {
    return this.data.color;
  }
  getFontName(): string {
    return this.data.fontName;
  }
  getFontSize(): number {
    return this.data.fontSize;
  }
  _describe(): TextStyleData {
    return { ...this.data };
  }
}

export class TextStyleBuilder implements GoogleAppsScript.Charts.TextStyleBuilder {
  private data: TextStyleData = { color: '#000000', fontName: 'Arial', fontSize: 10 };
  constructor(readonly rt: Runtime) {}
  build(): GTextStyle {
    return new TextStyle(this.rt, { ...this.data });
  }
  setColor(cssValue: string): GoogleAppsScript.Charts.TextStyleBuilder {
    this.data.color = String(cssValue);
    return this;
  }
  setFontName(fontName: string): GoogleAppsScript.Charts.TextStyleBuilder {
    this.data.fontName = String(fontName);
    return this;
  }
  setFontSize(fontSize: number): GoogleAppsScript.Charts.TextStyleBuilder {
    this.data.fontSize = Number(fontSize);
    return this;
  }
}

export class Charts {
  readonly ChartHiddenDimensionStrategy = E.ChartHiddenDimensionStrategy;
  readonly ChartMergeStrategy = E.ChartMergeStrategy;
  readonly ChartType = E.ChartType;
  readonly ColumnType = E.ColumnType;
  readonly CurveStyle = E.CurveStyle;
  readonly Orientation = E.Orientation;
  readonly PointStyle = E.PointStyle;
  readonly Position = E.Position;

  constructor(readonly rt: Runtime) {}

  newTextStyle(): GoogleAppsScript.Charts.TextStyleBuilder {
    return new TextStyleBuilder(this.rt);
  }
}

instrument(Charts, 'Charts', 'charts');
instrument(TextStyleBuilder, 'TextStyleBuilder', 'charts');
instrument(TextStyle, 'TextStyle', 'charts');

provide({}, { textStyle: (v) => (v instanceof TextStyle ? { ...v._describe() } : null) });
