import type { Lang } from "../api/i18n";
import { type Nav, Page } from "./layout";
import { tr } from "./text";

/**
 * The API reference at /docs: the OpenAPI document rendered on the server as plain HTML (no script,
 * nothing from a CDN), so a bank's developer reads it offline, on any screen, with any assistive
 * technology. The contract itself stays /openapi.json; this page only shows it.
 */

type Json = Record<string, unknown>;

interface Operation {
  method: string;
  path: string;
  op: Json;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function asObject(value: unknown): Json {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
}

function refName(schema: Json): string | undefined {
  const ref = schema.$ref;
  return typeof ref === "string" ? ref.replace("#/components/schemas/", "") : undefined;
}

export function schemaAnchor(name: string): string {
  return `schema-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** The operations of one tag, in the document's order. */
function operationsByTag(doc: Json): Map<string, Operation[]> {
  const byTag = new Map<string, Operation[]>();
  for (const [path, item] of Object.entries(asObject(doc.paths))) {
    for (const method of METHODS) {
      const op = asObject(asObject(item)[method]);
      if (!op.operationId) continue;
      const tag = ((op.tags as string[] | undefined) ?? ["other"])[0];
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  return byTag;
}

/** A schema's type in a few words: `string (decimal)`, `array of Receipt`, `"a" | "b"`. */
function TypeOf(props: { schema: Json }) {
  const { schema } = props;
  const name = refName(schema);
  if (name) return <a href={`#${schemaAnchor(name)}`}>{name}</a>;
  const alternatives = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (alternatives) {
    return (
      <>
        {alternatives.map((alt, i) => (
          <>
            {i > 0 ? " | " : ""}
            <TypeOf schema={alt} />
          </>
        ))}
      </>
    );
  }
  if (schema.allOf) return <TypeOf schema={(schema.allOf as Json[])[0]} />;
  if (Array.isArray(schema.enum)) return <>{schema.enum.map((v) => JSON.stringify(v)).join(" | ")}</>;
  if (schema.const !== undefined) return <>{JSON.stringify(schema.const)}</>;
  if (schema.type === "array") {
    return (
      <>
        array of <TypeOf schema={asObject(schema.items)} />
      </>
    );
  }
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "any");
  return <>{schema.format ? `${type} (${schema.format})` : type}</>;
}

/** Limits a field states (pattern, bounds, lengths), for the reader who must send valid input. */
function limitsOf(schema: Json): string {
  const words: string[] = [];
  const add = (key: string, label: string) => {
    if (schema[key] !== undefined) words.push(`${label} ${schema[key]}`);
  };
  add("minimum", "≥");
  add("exclusiveMinimum", ">");
  add("maximum", "≤");
  add("exclusiveMaximum", "<");
  add("minLength", "min length");
  add("maxLength", "max length");
  add("minItems", "min items");
  add("maxItems", "max items");
  if (typeof schema.pattern === "string") words.push(`pattern ${schema.pattern}`);
  return words.join("; ");
}

function FieldTable(props: { schema: Json; lang: Lang; label: string }) {
  const t = tr(props.lang);
  const properties = Object.entries(asObject(props.schema.properties));
  const required = new Set((props.schema.required as string[] | undefined) ?? []);
  if (properties.length === 0) return <TypeOf schema={props.schema} />;
  return (
    <section class="table-wrap" aria-label={props.label} tabindex={0}>
      <table class="fields">
        <thead>
          <tr>
            <th scope="col">{t("字段", "Field")}</th>
            <th scope="col">{t("类型", "Type")}</th>
            <th scope="col">{t("说明", "Description")}</th>
          </tr>
        </thead>
        <tbody>
          {properties.map(([name, raw]) => {
            const field = asObject(raw);
            const limits = limitsOf(field);
            return (
              <tr>
                <th scope="row">
                  <code>{name}</code>
                  {required.has(name) ? <span class="req-word">{t(" 必填", " required")}</span> : ""}
                </th>
                <td>
                  <TypeOf schema={field} />
                </td>
                <td>
                  {String(field.description ?? "")}
                  {limits ? <span class="limits">{limits}</span> : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Example(props: { value: unknown; label: string }) {
  return (
    <section class="example" aria-label={props.label} tabindex={0}>
      <pre>
        <code>{JSON.stringify(props.value, null, 2)}</code>
      </pre>
    </section>
  );
}

function Parameters(props: { op: Json; lang: Lang; id: string }) {
  const t = tr(props.lang);
  const parameters = (props.op.parameters as Json[] | undefined) ?? [];
  if (parameters.length === 0) return "";
  const asSchema: Json = {
    properties: Object.fromEntries(
      parameters.map((p) => [
        `${p.name} (${p.in})`,
        { ...asObject(p.schema), description: p.description ?? asObject(p.schema).description },
      ]),
    ),
    required: parameters.filter((p) => p.required).map((p) => `${p.name} (${p.in})`),
  };
  return (
    <>
      <h4>{t("参数", "Parameters")}</h4>
      <FieldTable schema={asSchema} lang={props.lang} label={`${props.id} ${t("参数", "parameters")}`} />
    </>
  );
}

function RequestBody(props: { op: Json; lang: Lang; id: string }) {
  const t = tr(props.lang);
  const content = Object.entries(asObject(asObject(props.op.requestBody).content));
  if (content.length === 0) return "";
  return (
    <>
      <h4>{t("请求体", "Request body")}</h4>
      {content.map(([type, media]) => {
        const { schema, example } = asObject(media);
        return (
          <>
            <p>
              <code>{type}</code>: <TypeOf schema={asObject(schema)} />
            </p>
            {example !== undefined ? (
              <Example value={example} label={`${props.id} ${t("请求示例", "example request")}`} />
            ) : (
              ""
            )}
          </>
        );
      })}
    </>
  );
}

function Responses(props: { op: Json; lang: Lang; id: string }) {
  const t = tr(props.lang);
  const responses = Object.entries(asObject(props.op.responses));
  return (
    <>
      <h4>{t("应答", "Responses")}</h4>
      <section class="table-wrap" aria-label={`${props.id} ${t("应答", "responses")}`} tabindex={0}>
        <table class="fields">
          <thead>
            <tr>
              <th scope="col">{t("状态", "Status")}</th>
              <th scope="col">{t("说明", "Description")}</th>
              <th scope="col">{t("内容", "Content")}</th>
            </tr>
          </thead>
          <tbody>
            {responses.map(([status, raw]) => {
              const response = asObject(raw);
              return (
                <tr>
                  <th scope="row">{status}</th>
                  <td>{String(response.description ?? "")}</td>
                  <td>
                    {Object.entries(asObject(response.content)).map(([type, media]) => (
                      <p>
                        <code>{type}</code> <TypeOf schema={asObject(asObject(media).schema)} />
                      </p>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}

function OperationSection(props: { operation: Operation; lang: Lang }) {
  const { method, path, op } = props.operation;
  const t = tr(props.lang);
  const id = String(op.operationId);
  const keyed = Array.isArray(op.security) && op.security.length > 0;
  return (
    <section class="operation" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <code class={`method ${method}`}>{method.toUpperCase()}</code> <code>{path}</code>
      </h3>
      <p class="summary">{String(op.summary ?? "")}</p>
      {op.description ? <p>{String(op.description)}</p> : ""}
      <p class="hint">
        operationId <code>{id}</code>
        {keyed ? t("；可带 API 密钥", "; accepts an API key") : ""}
      </p>
      <Parameters op={op} lang={props.lang} id={id} />
      <RequestBody op={op} lang={props.lang} id={id} />
      <Responses op={op} lang={props.lang} id={id} />
    </section>
  );
}

function SchemaSection(props: { name: string; schema: Json; lang: Lang }) {
  const anchor = schemaAnchor(props.name);
  return (
    <section class="schema" id={anchor} aria-labelledby={`${anchor}-title`}>
      <h3 id={`${anchor}-title`}>{props.name}</h3>
      {props.schema.description ? <p>{String(props.schema.description)}</p> : ""}
      <FieldTable
        schema={props.schema}
        lang={props.lang}
        label={`${props.name} ${tr(props.lang)("字段", "fields")}`}
      />
    </section>
  );
}

function Contents(props: { tags: Json[]; byTag: Map<string, Operation[]>; lang: Lang }) {
  const t = tr(props.lang);
  return (
    <nav aria-label={t("接口目录", "Operations")} class="toc">
      <ul>
        {props.tags.map((tag) => (
          <li>
            <a href={`#tag-${tag.name}`}>{String(tag.name)}</a>
            <ul>
              {(props.byTag.get(String(tag.name)) ?? []).map(({ method, path, op }) => (
                <li>
                  <a href={`#${op.operationId}`}>
                    <code>{method.toUpperCase()}</code> <code>{path}</code>
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
        <li>
          <a href="#schemas">{t("数据结构", "Schemas")}</a>
        </li>
      </ul>
    </nav>
  );
}

export function ApiReferencePage(props: { nav: Nav; doc: Json }) {
  const { nav, doc } = props;
  const t = tr(nav.lang);
  const info = asObject(doc.info);
  const byTag = operationsByTag(doc);
  const tags = ((doc.tags as Json[] | undefined) ?? []).filter((tag) => byTag.has(String(tag.name)));
  const schemas = Object.entries(asObject(asObject(doc.components).schemas));
  return (
    <Page nav={nav} title={t("API 参考", "API reference")} wide>
      <h1>
        {String(info.title)} API {String(info.version)}
      </h1>
      <p class="lead">{String(info.description ?? "")}</p>
      <p>
        {t("机器可读的接口契约（OpenAPI 3.1）：", "The machine-readable contract (OpenAPI 3.1): ")}
        <a href="/openapi.json">/openapi.json</a>
      </p>
      <Contents tags={tags} byTag={byTag} lang={nav.lang} />
      {tags.map((tag) => (
        <section id={`tag-${tag.name}`} aria-labelledby={`tag-${tag.name}-title`}>
          <h2 id={`tag-${tag.name}-title`}>{String(tag.name)}</h2>
          {tag.description ? <p>{String(tag.description)}</p> : ""}
          {(byTag.get(String(tag.name)) ?? []).map((operation) => (
            <OperationSection operation={operation} lang={nav.lang} />
          ))}
        </section>
      ))}
      <section id="schemas" aria-labelledby="schemas-title">
        <h2 id="schemas-title">{t("数据结构", "Schemas")}</h2>
        {schemas.map(([name, schema]) => (
          <SchemaSection name={name} schema={asObject(schema)} lang={nav.lang} />
        ))}
      </section>
    </Page>
  );
}
