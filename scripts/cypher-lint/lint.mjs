#!/usr/bin/env node
// Offline Cypher linter built on Neo4j's @neo4j-cypher/language-support.
//
// Usage:
//   node scripts/cypher-lint/lint.mjs --schema SCHEMA.json FILE.cypher [FILE.cypher ...]
//   node scripts/cypher-lint/lint.mjs --schema SCHEMA.json --stdin < queries.json
//
// SCHEMA.json: {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...],
//               "parameters": {"name": example value, ...}}
// optional:    "defaultLanguage": "CYPHER 5" | "CYPHER 25" (default "CYPHER 5")
// --stdin reads a JSON array of {"name": str, "query": str}.
// --builtin-functions also checks function names against the built-in
//   function list shipped with the package (unknown functions become errors).
//
// Output (stdout): JSON list of {"name", "diagnostics": [{"severity",
// "message", "line", "column"}]} with 1-based line and column.
// Exit status: 0 no diagnostics, 1 any diagnostic, 2 usage/input error.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The package's ESM build uses extensionless imports that Node cannot
// resolve, so load its CommonJS bundle.
const require = createRequire(import.meta.url);
let ls;
try {
  ls = require('@neo4j-cypher/language-support');
} catch (e) {
  process.stderr.write(
    `lint.mjs: cannot load @neo4j-cypher/language-support (${e.code ?? e.message}); ` +
      'run scripts/cypher-lint/install first\n',
  );
  process.exit(2);
}
const { lintCypherQuery, parserWrapper } = ls;

const USAGE =
  'usage: node scripts/cypher-lint/lint.mjs --schema SCHEMA.json [--builtin-functions] ' +
  '(FILE.cypher [FILE.cypher ...] | --stdin)';

class UsageError extends Error {}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function parseArgs(argv) {
  const opts = { schema: null, stdin: false, builtinFunctions: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--schema') {
      if (i + 1 >= argv.length) throw new UsageError('--schema needs a file');
      opts.schema = argv[++i];
    } else if (a.startsWith('--schema=')) {
      opts.schema = a.slice('--schema='.length);
    } else if (a === '--stdin') {
      opts.stdin = true;
    } else if (a === '--builtin-functions') {
      opts.builtinFunctions = true;
    } else if (a === '-h' || a === '--help') {
      throw new UsageError('');
    } else if (a === '--') {
      opts.files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-')) {
      throw new UsageError(`unknown option ${a}`);
    } else {
      opts.files.push(a);
    }
  }
  if (!opts.schema) throw new UsageError('--schema is required');
  if (opts.stdin && opts.files.length) throw new UsageError('give either --stdin or files, not both');
  if (!opts.stdin && !opts.files.length) throw new UsageError('no input: give files or --stdin');
  return opts;
}

function readJson(path, what) {
  let text;
  try {
    text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${e.message}`);
  }
}

function stringList(schema, key) {
  const v = schema[key];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) {
    throw new UsageError(`schema.${key} must be a list of strings`);
  }
  return v;
}

function builtinFunctions() {
  const out = {};
  for (const [version, fns] of Object.entries(ls.testData.mockSchema.functions)) {
    out[version] = Object.fromEntries(Object.entries(fns).filter(([, f]) => f.isBuiltIn));
  }
  return out;
}

// SCHEMA.json -> DbSchema accepted by lintCypherQuery.
function toDbSchema(raw, opts) {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UsageError('schema must be a JSON object');
  }
  const parameters = raw.parameters ?? {};
  if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters)) {
    throw new UsageError('schema.parameters must be an object');
  }
  // The linter treats a parameter as declared when its value !== undefined;
  // JSON cannot produce undefined, so any value (even null) declares it.
  const dbSchema = {
    labels: stringList(raw, 'labels'),
    relationshipTypes: stringList(raw, 'relationshipTypes'),
    propertyKeys: stringList(raw, 'propertyKeys'),
    parameters: { ...parameters },
  };
  if (raw.defaultLanguage !== undefined) {
    if (!ls.cypherVersions.includes(raw.defaultLanguage)) {
      throw new UsageError(`schema.defaultLanguage must be one of ${ls.cypherVersions.join(', ')}`);
    }
    dbSchema.defaultLanguage = raw.defaultLanguage;
  }
  if (opts.builtinFunctions) dbSchema.functions = builtinFunctions();
  return dbSchema;
}

// ---------------------------------------------------------------------------
// Property-key check. lintCypherQuery only checks labels and relationship
// types against the schema, so unknown property keys are found here by
// walking the package's own parse tree. Checked:
//   * keys in node/relationship pattern property maps: (a:Actor {name: ...})
//   * v.key, SET v.key, REMOVE v.key, v {.key} where v is bound by a
//     node/relationship pattern (and never rebound by AS/UNWIND/...)
//   * property lists of CREATE INDEX / CREATE CONSTRAINT
// Not checked: keys of plain map literals, map access on UNWIND/WITH-AS
// variables or parameters (row.key, $p.key), chained access (a.b.c).

const ENTITY_BINDERS = [
  'NodePatternContext',
  'RelationshipPatternContext',
  'InsertNodePatternContext',
  'InsertRelationshipPatternContext',
  'CommandNodePatternContext',
  'CommandRelPatternContext',
  'FulltextNodePatternContext',
  'FulltextRelPatternContext',
  'LookupIndexNodePatternContext',
  'LookupIndexRelPatternContext',
].map((n) => ls[n]).filter(Boolean);

// Parents of a variable that only *use* it (do not rebind it).
const VARIABLE_USES = [
  'Expression1Context',
  'MapProjectionContext',
  'MapProjectionElementContext',
  'PropertyListContext',
  'EnclosedPropertyListContext',
  'SubqueryScopeContext',
  'SetPropsContext',
  'AddPropContext',
  'SetLabelsContext',
  'SetLabelsIsContext',
  'RemoveLabelsContext',
  'RemoveLabelsIsContext',
  'HintContext',
].map((n) => ls[n]).filter(Boolean);

const isA = (ctx, classes) => classes.some((c) => ctx instanceof c);

function walk(node, fn) {
  fn(node);
  for (const child of node.children ?? []) walk(child, fn);
}

function unquote(name) {
  return name.startsWith('`') && name.endsWith('`') ? name.slice(1, -1).replace(/``/g, '`') : name;
}

// Variable name if expr1 is a bare variable, else undefined.
function bareVariable(expr1) {
  if (!(expr1 instanceof ls.Expression1Context)) return undefined;
  const v = expr1.variable?.();
  return v ? unquote(v.getText()) : undefined;
}

function propertyKeyDiagnostics(statementCtx, propertyKeys) {
  const patternBound = new Set();
  const otherBound = new Set();
  walk(statementCtx, (n) => {
    if (!(n instanceof ls.VariableContext)) return;
    const name = unquote(n.getText());
    if (isA(n.parentCtx, ENTITY_BINDERS)) patternBound.add(name);
    else if (!isA(n.parentCtx, VARIABLE_USES)) otherBound.add(name);
  });
  const isEntity = (name) => name !== undefined && patternBound.has(name) && !otherBound.has(name);

  const known = new Set(propertyKeys);
  const diags = [];
  walk(statementCtx, (n) => {
    if (!(n instanceof ls.PropertyKeyNameContext)) return;
    const parent = n.parentCtx;
    let check = false;
    if (parent instanceof ls.MapContext) {
      // map literal directly used as pattern properties
      const gp = parent.parentCtx;
      check =
        gp instanceof ls.PropertiesContext ||
        gp instanceof ls.InsertNodePatternContext ||
        gp instanceof ls.InsertRelationshipPatternContext;
    } else if (parent instanceof ls.PropertyContext) {
      const holder = parent.parentCtx;
      if (holder instanceof ls.PropertyPostfixContext) {
        // expression2: expression1 postFix*  -> only the first postfix on a variable
        const expr2 = holder.parentCtx;
        if (expr2 instanceof ls.Expression2Context && expr2.postFix(0) === holder) {
          check = isEntity(bareVariable(expr2.expression1()));
        }
      } else if (holder instanceof ls.PropertyExpressionContext) {
        // SET v.key = ... / REMOVE v.key
        check = holder.property(0) === parent && isEntity(bareVariable(holder.expression1()));
      } else if (holder instanceof ls.MapProjectionElementContext) {
        const proj = holder.parentCtx;
        check = proj instanceof ls.MapProjectionContext && isEntity(unquote(proj.variable().getText()));
      } else if (holder instanceof ls.PropertyListContext || holder instanceof ls.EnclosedPropertyListContext) {
        check = true;
      }
    }
    if (!check) return;
    const raw = n.getText();
    const key = unquote(raw);
    if (known.has(key)) return;
    diags.push({
      severity: 2,
      message:
        `Property key ${raw} is not present in the schema. Make sure you didn't misspell it ` +
        'or add it to propertyKeys in the schema file',
      range: { start: { line: n.start.line - 1, character: n.start.column } },
    });
  });
  return diags;
}

// Labels / relationship types that lintCypherQuery does not check:
//  * those the statement may create (CREATE, MERGE): it skips them, so a
//    typo like MERGE (:Actr) would pass;
//  * SET/REMOVE a:Label and the patterns of CREATE INDEX / CONSTRAINT,
//    which it does not collect at all.
// The schema file is the project's closed list, so flag those too.
function labelDiagnostics(stmt, dbSchema) {
  const labels = new Set(dbSchema.labels);
  const relTypes = new Set(dbSchema.relationshipTypes);
  const diags = [];
  const report = (kind, raw, token) => {
    const name = unquote(raw);
    const known =
      kind === 'Label' ? labels.has(name)
      : kind === 'Relationship type' ? relTypes.has(name)
      : labels.has(name) || relTypes.has(name);
    if (known) return;
    diags.push({
      severity: 2,
      message:
        `${kind} ${raw} is not present in the schema. Make sure you didn't ` +
        'misspell it or add it to the schema file',
      range: { start: { line: token.line - 1, character: token.column } },
    });
  };
  for (const item of stmt.collectedLabelOrRelTypes ?? []) {
    if (item.couldCreateNewLabel) report(item.labelType, item.labelText, item);
  }
  walk(stmt.ctx, (n) => {
    if (n instanceof ls.LabelTypeContext || n instanceof ls.RelTypeContext) {
      const sym = n.symbolicNameString();
      if (sym) report(n instanceof ls.RelTypeContext ? 'Relationship type' : 'Label', sym.getText(), sym.start);
    } else if (n instanceof ls.NodeLabelsIsContext) {
      const sym = n.symbolicNameString();
      if (sym) report('Label', sym.getText(), sym.start);
    }
  });
  return diags;
}

// ---------------------------------------------------------------------------

const TRIVIA = new Set(
  [ls.CypherLexer.SPACE, ls.CypherLexer.SINGLE_LINE_COMMENT, ls.CypherLexer.MULTI_LINE_COMMENT, ls.CypherLexer.EOF].filter(
    (t) => t !== undefined,
  ),
);

function lintText(text, dbSchema) {
  const raw = lintCypherQuery(text, dbSchema, false);
  const parsed = parserWrapper.parse(text, false); // cached from lintCypherQuery
  // The package reports "Expected any of CYPHER, EXPLAIN, PROFILE or a
  // statement" for a statement made only of comments (e.g. a comment after
  // the last ';', or a file of comments). Drop diagnostics inside those.
  const triviaRanges = [];
  const extra = [];
  for (const stmt of parsed.statementsParsing) {
    const toks = stmt.tokens ?? [];
    if (toks.length && toks.every((t) => TRIVIA.has(t.type))) {
      triviaRanges.push([Math.min(...toks.map((t) => t.start)), Math.max(...toks.map((t) => t.stop + 1))]);
      continue;
    }
    if (stmt.command?.type !== 'cypher' || stmt.syntaxErrors.length) continue;
    extra.push(...labelDiagnostics(stmt, dbSchema));
    extra.push(...propertyKeyDiagnostics(stmt.ctx, dbSchema.propertyKeys));
  }
  const inTrivia = (d) =>
    d.offsets !== undefined && triviaRanges.some(([a, b]) => d.offsets.start >= a && d.offsets.start <= b);
  return raw
    .filter((d) => !inTrivia(d))
    .concat(extra)
    .map((d) => ({
      severity: SEVERITY[d.severity] ?? String(d.severity ?? 'error'),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1));
}

function loadInputs(opts) {
  if (opts.stdin) {
    const items = readJson('-', 'stdin');
    if (!Array.isArray(items)) throw new UsageError('stdin must be a JSON array of {"name", "query"}');
    return items.map((it, i) => {
      if (!it || typeof it.name !== 'string' || typeof it.query !== 'string') {
        throw new UsageError(`stdin item ${i} must be {"name": str, "query": str}`);
      }
      return { name: it.name, text: it.query };
    });
  }
  return opts.files.map((f) => {
    try {
      return { name: f, text: readFileSync(f, 'utf8') };
    } catch (e) {
      throw new UsageError(`cannot read ${f}: ${e.message}`);
    }
  });
}

function main() {
  let opts, dbSchema, inputs;
  try {
    opts = parseArgs(process.argv.slice(2));
    dbSchema = toDbSchema(readJson(opts.schema, 'schema'), opts);
    inputs = loadInputs(opts);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) process.stderr.write(`lint.mjs: ${e.message}\n`);
      process.stderr.write(USAGE + '\n');
      return 2;
    }
    throw e;
  }
  const results = inputs.map(({ name, text }) => ({ name, diagnostics: lintText(text, dbSchema) }));
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return results.some((r) => r.diagnostics.length) ? 1 : 0;
}

process.exitCode = main();
