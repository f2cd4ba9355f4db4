/** The viewer's GraphQL calls: same origin only (/graphql beside this page). */

export interface ViewArticle {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  publisher: string | null;
}

export interface ViewEvidence {
  sentence: string;
  rule: string;
  confidence: number;
  article: ViewArticle | null;
}

export interface ViewNode {
  id: string;
  type: string;
  label: string;
  aliases: string[];
  properties: Record<string, unknown>;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
  evidence: ViewEvidence[];
}

export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: boolean;
}

export interface SearchHit {
  __typename: string;
  id: string;
  name: string;
  aliases: string[];
}

export interface GraphRequest {
  center?: string;
  ids?: string[];
  depth: number;
  types?: string[];
  limit: number;
}

export const GRAPH_QUERY = `query ViewerGraph($center: String, $ids: [ID!], $depth: Int, $types: [NodeType!], $limit: Int) {
  graph(center: $center, ids: $ids, depth: $depth, types: $types, limit: $limit) {
    nodes { id type label aliases properties }
    edges {
      id source target type label properties
      evidence { sentence rule confidence article { id title url publishedAt publisher } }
    }
    truncated
  }
}`;

export const SEARCH_QUERY = `query ViewerSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    __typename
    ... on Node { id name aliases }
  }
}`;

/** Ids of some companies: the overview when no centre is given. */
export const OVERVIEW_QUERY = `query ViewerOverview($first: Int) { companies(first: $first) { nodes { id } } }`;

/** An error the page shows as it is (a one-line message from the API or the network). */
export class ViewerError extends Error {}

/** POSTs a GraphQL operation to this origin's /graphql; throws ViewerError with the first error message. */
export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL('/graphql', window.location.href), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ViewerError('the API does not answer (is `kg serve` running?)');
  }
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ViewerError(`the API answered HTTP ${response.status} without JSON`);
  }
  if (body.errors?.length) throw new ViewerError(body.errors[0]!.message);
  if (!body.data) throw new ViewerError(`the API answered HTTP ${response.status} without data`);
  return body.data;
}

export async function fetchGraph(request: GraphRequest): Promise<GraphView> {
  const data = await graphql<{ graph: GraphView }>(GRAPH_QUERY, { ...request });
  return data.graph;
}

export async function searchNodes(text: string, first = 10): Promise<SearchHit[]> {
  const data = await graphql<{ search: SearchHit[] }>(SEARCH_QUERY, { text, first });
  return data.search;
}

export async function overviewIds(first = 12): Promise<string[]> {
  const data = await graphql<{ companies: { nodes: { id: string }[] } }>(OVERVIEW_QUERY, { first });
  return data.companies.nodes.map((n) => n.id);
}

/**
 * The `foreign` flag of BASED_ON edges the feed left unmarked, from Model.basedOn.foreign
 * (the API's own meaning), asked for the derived models in batches of aliased `node` lookups.
 */
export async function fetchForeignFlags(edges: readonly ViewEdge[]): Promise<Map<string, boolean>> {
  const flags = new Map<string, boolean>();
  const unmarked = edges.filter((e) => e.type === 'BASED_ON' && typeof e.properties.foreign !== 'boolean');
  const models = [...new Set(unmarked.map((e) => e.source))];
  for (let i = 0; i < models.length; i += 40) {
    const batch = models.slice(i, i + 40);
    const fields = batch.map((_, j) => `m${j}: node(id: $id${j}) { ... on Model { id basedOn { foreign base { id } } } }`).join('\n');
    const params = batch.map((_, j) => `$id${j}: ID!`).join(', ');
    const variables = Object.fromEntries(batch.map((id, j) => [`id${j}`, id]));
    const data = await graphql<Record<string, { id: string; basedOn: { foreign: boolean; base: { id: string } }[] } | null>>(
      `query ViewerForeign(${params}) {\n${fields}\n}`,
      variables,
    );
    for (const model of Object.values(data)) {
      for (const b of model?.basedOn ?? []) flags.set(`${model!.id}\u0000${b.base.id}`, b.foreign);
    }
  }
  const out = new Map<string, boolean>();
  for (const e of edges) {
    if (e.type !== 'BASED_ON') continue;
    const own = e.properties.foreign;
    const flag = typeof own === 'boolean' ? own : flags.get(`${e.source}\u0000${e.target}`);
    if (flag !== undefined) out.set(e.id, flag);
  }
  return out;
}
