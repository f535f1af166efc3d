import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type DocumentNode,
  type OperationDefinitionNode,
  parse,
  print,
  type VariableDefinitionNode,
  validate,
} from 'graphql';
import { PROJECT_ROOT } from '../config';
import { schema } from '../schema';

// The GraphQL documents kept in queries/: worked examples (GraphiQL tabs) and the analyst queries behind /q.

export const QUERIES_DIR = resolve(PROJECT_ROOT, 'queries');

export interface StoredOperation {
  /** File name under queries/, e.g. "examples/01-first-in-province.graphql". */
  file: string;
  /** The text as stored, comments included: what GraphiQL shows. */
  text: string;
  document: DocumentNode;
  operationName: string;
  /** Variable name → default value written in the document (only those that have one). */
  variableDefaults: Record<string, unknown>;
  variableNames: string[];
}

function defaultValueOf(node: VariableDefinitionNode): unknown {
  const value = node.defaultValue;
  if (!value) return undefined;
  if (value.kind === 'IntValue') return Number(value.value);
  if (value.kind === 'FloatValue') return Number(value.value);
  if (value.kind === 'StringValue' || value.kind === 'EnumValue') return value.value;
  if (value.kind === 'BooleanValue') return value.value;
  return print(value);
}

/** Reads one document and checks it against the schema: a stale stored query fails at start-up, not in a notebook. */
export function loadOperation(file: string): StoredOperation {
  const text = readFileSync(join(QUERIES_DIR, file), 'utf8');
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length > 0) {
    throw new Error(`queries/${file} does not match the schema: ${errors.map((e) => e.message).join('; ')}`);
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const [operation] = operations;
  if (operations.length !== 1 || !operation?.name) {
    throw new Error(`queries/${file} must hold exactly one named operation.`);
  }
  const variableDefaults: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    const value = defaultValueOf(v);
    if (value !== undefined) variableDefaults[v.variable.name.value] = value;
  }
  return {
    file,
    text,
    document,
    operationName: operation.name.value,
    variableDefaults,
    variableNames: (operation.variableDefinitions ?? []).map((v) => v.variable.name.value),
  };
}

/** The worked examples, in file-name order. */
export function loadExamples(): StoredOperation[] {
  return readdirSync(join(QUERIES_DIR, 'examples'))
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => loadOperation(`examples/${f}`));
}
