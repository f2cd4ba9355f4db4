/**
 * @neo4j/graphql serving a schema equivalent to ours over the same Neo4j data (the Neo4j store's
 * labels, properties and relationship types), and the same questions written in its query
 * language, so the two can be compared on one machine in one run. Names are looked up by their
 * normal form in `nameKeys`, as our API does.
 */
import { normalizeName } from '../graph/index.js';
import type { Operation } from './api.js';

export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
type Company @node {
  id: ID!
  name: String!
  aliases: [String!]
  nameKeys: [String!]
  country: String
  models: [Model!]! @relationship(type: "DEVELOPED", direction: OUT)
  partners: [Company!]! @relationship(type: "PARTNERS_WITH", direction: OUT, queryDirection: UNDIRECTED)
}

type Model @node {
  id: ID!
  name: String!
  aliases: [String!]
  nameKeys: [String!]
  parameters: Float
  fromScratch: Boolean
  openSource: Boolean
  releasedOn: String
  developers: [Company!]! @relationship(type: "DEVELOPED", direction: IN)
  basedOn: [Model!]! @relationship(type: "BASED_ON", direction: OUT, properties: "BasedOnProperties")
  benchmarks: [Benchmark!]! @relationship(type: "SCORED", direction: OUT, properties: "ScoredProperties")
  lineage: [Model!]!
    @cypher(statement: "MATCH p = (this)-[:BASED_ON*1..]->(b:Model) WITH b, min(length(p)) AS d ORDER BY d RETURN b", columnName: "b")
}

type Benchmark @node {
  id: ID!
  name: String!
  nameKeys: [String!]
  models: [Model!]! @relationship(type: "SCORED", direction: IN, properties: "ScoredProperties")
}

type BasedOnProperties @relationshipProperties {
  status: String
  evidence: [String!]
}

type ScoredProperties @relationshipProperties {
  score: Float
}
`;

const key = (name: string): string => JSON.stringify(normalizeName(name));

/**
 * Our operations that have an equivalent here, by our operation name. Graph (a breadth-first
 * neighbourhood) and Search (ranked fuzzy search) have none without hand-written Cypher.
 */
export function neo4jGraphqlOperations(lineageModel?: string): Operation[] {
  const ops: Operation[] = [
    {
      name: 'ModelBasedOn',
      query: `query ModelBasedOn { models(where: { nameKeys: { includes: ${key('A.X 4.0')} } }) {
        name developers { name country } basedOn { developers { name country } } } }`,
    },
    {
      name: 'AliasLookup',
      query: `query AliasLookup {
        byKoreanName: models(where: { nameKeys: { includes: ${key('에이닷 엑스 4.0')} } }) { name openSource releasedOn }
        withoutColon: models(where: { nameKeys: { includes: ${key('믿음 2.0')} } }) { developers { name } } }`,
    },
    {
      name: 'ForeignBased',
      query: `query ForeignBased { models(where: {
          developers: { some: { country: { eq: "KR" } } }
          basedOn: { some: { developers: { some: { NOT: { country: { eq: "KR" } } } } } } }) { name developers { name } } }`,
    },
    {
      name: 'Leaderboard',
      query: `query Leaderboard { benchmarks(where: { nameKeys: { includes: ${key('KMMLU')} } }) {
        name modelsConnection(sort: [{ edge: { score: DESC } }]) { edges { properties { score } node { name } } } } }`,
    },
    {
      name: 'Evidence',
      query: `query Evidence { models(where: { nameKeys: { includes: ${key('익시젠')} } }) {
        basedOnConnection { edges { properties { evidence } node { name } } } } }`,
    },
    {
      name: 'CompanyView',
      query: `query CompanyView { companies(where: { nameKeys: { includes: ${key('KT')} } }) {
        name country partners { name country } models { name } } }`,
    },
    {
      name: 'Lineage',
      query: `query Lineage { models(where: { nameKeys: { includes: ${key('익시젠')} } }) { lineage { name developers { name } } } }`,
    },
  ];
  if (lineageModel) {
    ops.push({
      name: 'Lineage3Hop',
      variables: { key: normalizeName(lineageModel) },
      query: `query Lineage3Hop($key: String!) { models(where: { nameKeys: { includes: $key } }) {
        name developers { name country }
        basedOn { name developers { name country }
          basedOn { name developers { name country }
            basedOn { name developers { name country } } } } } }`,
    });
  }
  return ops;
}
