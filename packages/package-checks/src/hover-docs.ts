/**
 * What a TypeScript user sees: a consumer file compiled against the unpacked packages with the
 * language service, for its diagnostics (strict) and the hover text at given identifiers.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface Hover {
  readonly display: string;
  readonly documentation: string;
  readonly tags: readonly string[];
}

export class Consumer {
  readonly #files = new Map<string, string>();
  readonly #service: ts.LanguageService;

  constructor(readonly directory: string) {
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    };
    const host: ts.LanguageServiceHost = {
      getScriptFileNames: () => [...this.#files.keys()],
      getScriptVersion: () => '1',
      getScriptSnapshot: (name) => {
        const text = this.#files.get(name) ?? (ts.sys.fileExists(name) ? readFileSync(name, 'utf8') : undefined);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => directory,
      getCompilationSettings: () => options,
      getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
      fileExists: (name) => this.#files.has(name) || ts.sys.fileExists(name),
      readFile: (name) => this.#files.get(name) ?? ts.sys.readFile(name),
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath,
    };
    this.#service = ts.createLanguageService(host);
  }

  /** Adds a consumer source file (a .cts file: CommonJS, like most users' setups). */
  add(name: string, source: string): string {
    const path = `${this.directory}/${name}`;
    this.#files.set(path, source);
    return path;
  }

  diagnostics(path: string): string[] {
    const all = [...this.#service.getSyntacticDiagnostics(path), ...this.#service.getSemanticDiagnostics(path)];
    return all.map((d) => `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  }

  /** The hover at the first occurrence of `marker` in the file (on its first character). */
  hoverAt(path: string, marker: string): Hover | undefined {
    const position = this.#files.get(path)!.indexOf(marker);
    if (position < 0) throw new Error(`${marker} is not in ${path}`);
    const info = this.#service.getQuickInfoAtPosition(path, position + 1);
    if (!info) return undefined;
    return {
      display: ts.displayPartsToString(info.displayParts),
      documentation: ts.displayPartsToString(info.documentation),
      tags: (info.tags ?? []).map((tag) => tag.name),
    };
  }
}
