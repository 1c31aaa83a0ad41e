/**
 * The console's library of example queries about the seeded data set (the 2019 Venezuelan crisis).
 * Static Cypher, never built from user input; tests/integration/examples.test.ts runs every one of
 * them on the seeded graph and checks it answers rows.
 */
import { z } from 'zod';
import { ExampleQuery } from '@/graph/console/consoleTypes';

const examples: ExampleQuery[] = [
  {
    id: 'who-backs-maduro',
    title: 'Who backs Maduro?',
    description: 'Every positive stance (support, recognition, protection) toward the actor named by $id, oldest first.',
    query: `// Change $id in the parameters to ask about anyone else, e.g. "juan-guaido".
MATCH p = (backer)-[stance]->(target:Actor {id: $id})
WHERE stance.polarity = 1
RETURN backer.name AS backer, type(stance) AS kind, stance.certainty AS certainty,
       stance.date AS date, p
ORDER BY date, backer`,
    params: { id: 'nicolas-maduro' },
  },
  {
    id: 'actors-that-back-both-sides',
    title: 'Actors that back both sides',
    description:
      "Actors that back one camp (Maduro or Guaidó, their backers, the bodies they lead) and also back or engage the other camp: courting, mediating.",
    query: `// A camp: the leader, the actors that back him, and the bodies he leads.
MATCH (leader:Actor) WHERE leader.id IN ['nicolas-maduro', 'juan-guaido']
OPTIONAL MATCH (backer:Actor)-[b]->(leader) WHERE b.polarity = 1
OPTIONAL MATCH (leader)-[:LEADS]->(led:Actor)
WITH leader, [leader] + collect(DISTINCT backer) + collect(DISTINCT led) AS camp
UNWIND camp AS member
// Any non-hostile stance toward a camp member ties an actor to that camp.
MATCH (actor:Actor)-[s]->(member)
WHERE s.polarity >= 0 AND actor <> member AND NOT actor.id IN ['nicolas-maduro', 'juan-guaido']
WITH actor, leader, collect({member: member, stance: s}) AS ties, max(s.polarity) AS strongest
WITH actor, collect({leader: leader, ties: ties, strongest: strongest}) AS camps
// Tied to both camps, and backing (+1) at least one of them.
WHERE size(camps) = 2 AND any(c IN camps WHERE c.strongest = 1)
UNWIND camps AS c
UNWIND c.ties AS tie
RETURN actor, c.leader.name AS camp, type(tie.stance) AS kind, tie.stance.polarity AS polarity,
       tie.member AS toward, tie.stance AS stance
ORDER BY actor.name, camp`,
    params: {},
  },
  {
    id: 'chains-russia-to-united-states',
    title: 'Chains from Russia to the United States',
    description: 'Paths of up to three stances, in either direction, linking Russia and the United States; sign is the product of the polarities.',
    query: `MATCH p = (:Actor {id: 'russia'})-[*1..3]-(:Actor {id: 'united-states'})
RETURN p, length(p) AS hops,
       [r IN relationships(p) | type(r)] AS kinds,
       reduce(sign = 1, r IN relationships(p) | sign * r.polarity) AS sign
ORDER BY hops
LIMIT 25`,
    params: {},
  },
  {
    id: 'stances-by-date',
    title: 'Stances by date',
    description: 'How the crisis unfolded: the stances taken on each day, in date order.',
    query: `MATCH (a)-[s]->(b)
WHERE s.date IS NOT NULL
RETURN s.date AS date, count(*) AS stances,
       collect(a.name + ' ' + toLower(replace(type(s), '_', ' ')) + ' ' + b.name) AS what
ORDER BY date`,
    params: {},
  },
  {
    id: 'sources-and-what-they-report',
    title: 'Sources and what they report',
    description: "Each evidence quote joined to its Source node (a stance's quotes[i] comes from sourceIds[i]).",
    query: `MATCH (a)-[s]->(b)
UNWIND range(0, size(s.sourceIds) - 1) AS i
MATCH (source:Source {id: s.sourceIds[i]})
RETURN source.title AS source, source.publisher AS publisher, source.date AS published,
       a.name AS actor, type(s) AS kind, b.name AS target, s.quotes[i] AS quote, source.id AS sourceId
ORDER BY published, source, actor`,
    params: {},
  },
  {
    id: 'most-contested-actors',
    title: 'Most contested actors',
    description: 'Actors ranked by how many stances back them and how many oppose them.',
    query: `MATCH (target:Actor)<-[s]-()
WITH target, sum(CASE s.polarity WHEN 1 THEN 1 ELSE 0 END) AS backers,
     sum(CASE s.polarity WHEN -1 THEN 1 ELSE 0 END) AS opponents
WHERE backers + opponents > 0
RETURN target, backers, opponents
ORDER BY backers + opponents DESC, target.name
LIMIT 15`,
    params: {},
  },
  {
    id: 'sides-on-topics',
    title: 'Who takes which side on each topic',
    description: 'Topics such as fresh elections or foreign military intervention, with the actors for and against them.',
    query: `MATCH (actor:Actor)-[s]->(topic:Topic)
RETURN topic.name AS topic,
       [x IN collect(CASE WHEN s.polarity = 1 THEN actor.name END) WHERE x IS NOT NULL] AS for,
       [x IN collect(CASE WHEN s.polarity = -1 THEN actor.name END) WHERE x IS NOT NULL] AS against,
       count(s) AS stances
ORDER BY stances DESC, topic`,
    params: {},
  },
  {
    id: 'claims-and-allegations',
    title: 'Claims and allegations',
    description: 'Stances that rest on a party’s claim or an unconfirmed allegation rather than a statement or a report.',
    query: `MATCH p = (a)-[s]->(b)
WHERE s.certainty IN $certainties
RETURN a.name AS actor, type(s) AS kind, b.name AS target, s.certainty AS certainty, s.quotes AS quotes, p
ORDER BY certainty, actor`,
    params: { certainties: ['claimed', 'alleged'] },
  },
];

/** Parsed once at load, so a malformed entry fails the build's tests rather than the page. */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = z.array(ExampleQuery).parse(examples);
