import { GraphQLScalarType } from 'graphql';
import type { Resolvers } from '../../generated/graphql.js';
import type { NodeParent } from '../mappers.js';
import { Company, CompanySovereignty, Development, Participation, Partnership } from './company.js';
import { GraphViewEdge, GraphViewNode } from './graph-view.js';
import { BasedOn, LineageStep, Model, Succession } from './model.js';
import { Article, Benchmark, Employment, Evidence, Person, Policy, Promotion, Score } from './others.js';
import { Query, connectionResolvers } from './query.js';
import { Mutation } from './mutation.js';

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (v) => v,
  parseValue: (v) => v,
});

const typeOfNode = (n: NodeParent) => n.type;

/** Every resolver, typed by the generated Resolvers type. */
export const resolvers: Resolvers = {
  JSON: JSONScalar,
  Query,
  Mutation,
  Node: { __resolveType: typeOfNode },
  SearchResult: { __resolveType: typeOfNode },
  Model,
  BasedOn,
  LineageStep,
  Succession,
  Company,
  Partnership,
  Development,
  Participation,
  CompanySovereignty,
  Benchmark,
  Score,
  Policy,
  Promotion,
  Person,
  Employment,
  Evidence,
  Article,
  GraphViewNode,
  GraphViewEdge,
  ModelConnection: connectionResolvers,
  CompanyConnection: connectionResolvers,
  BenchmarkConnection: connectionResolvers,
  PolicyConnection: connectionResolvers,
  PersonConnection: connectionResolvers,
};
