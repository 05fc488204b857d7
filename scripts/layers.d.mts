export interface Layer {
  type: string;
  pattern: string | string[];
  role: string;
  mayImport: string[];
  typesOnly?: string[];
  alsoSource?: Record<string, string>;
}
export declare const LAYERS: Layer[];
export declare function layerTableMarkdown(): string;
