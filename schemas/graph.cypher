// Constraints and indexes of the knowledge graph, applied idempotently on first use
// (by kg.store.Store.ensure_schema) on the embedded server and on Neo4j 5.
// One statement per entry, separated by semicolons.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
// Relationship indexes: statement id (how the loader finds a stored statement) and valid-time date, one pair per predicate.
CREATE INDEX supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id);
CREATE INDEX supports_date IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.date);
CREATE INDEX provides_aid_to_id IF NOT EXISTS FOR ()-[r:PROVIDES_AID_TO]-() ON (r.id);
CREATE INDEX provides_aid_to_date IF NOT EXISTS FOR ()-[r:PROVIDES_AID_TO]-() ON (r.date);
CREATE INDEX sends_troops_to_id IF NOT EXISTS FOR ()-[r:SENDS_TROOPS_TO]-() ON (r.id);
CREATE INDEX sends_troops_to_date IF NOT EXISTS FOR ()-[r:SENDS_TROOPS_TO]-() ON (r.date);
CREATE INDEX supplies_weapons_to_id IF NOT EXISTS FOR ()-[r:SUPPLIES_WEAPONS_TO]-() ON (r.id);
CREATE INDEX supplies_weapons_to_date IF NOT EXISTS FOR ()-[r:SUPPLIES_WEAPONS_TO]-() ON (r.date);
CREATE INDEX cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);
CREATE INDEX cooperates_with_date IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.date);
CREATE INDEX signs_agreement_with_id IF NOT EXISTS FOR ()-[r:SIGNS_AGREEMENT_WITH]-() ON (r.id);
CREATE INDEX signs_agreement_with_date IF NOT EXISTS FOR ()-[r:SIGNS_AGREEMENT_WITH]-() ON (r.date);
CREATE INDEX meets_with_id IF NOT EXISTS FOR ()-[r:MEETS_WITH]-() ON (r.id);
CREATE INDEX meets_with_date IF NOT EXISTS FOR ()-[r:MEETS_WITH]-() ON (r.date);
CREATE INDEX visits_id IF NOT EXISTS FOR ()-[r:VISITS]-() ON (r.id);
CREATE INDEX visits_date IF NOT EXISTS FOR ()-[r:VISITS]-() ON (r.date);
CREATE INDEX concerned_about_id IF NOT EXISTS FOR ()-[r:CONCERNED_ABOUT]-() ON (r.id);
CREATE INDEX concerned_about_date IF NOT EXISTS FOR ()-[r:CONCERNED_ABOUT]-() ON (r.date);
CREATE INDEX condemns_id IF NOT EXISTS FOR ()-[r:CONDEMNS]-() ON (r.id);
CREATE INDEX condemns_date IF NOT EXISTS FOR ()-[r:CONDEMNS]-() ON (r.date);
CREATE INDEX accuses_id IF NOT EXISTS FOR ()-[r:ACCUSES]-() ON (r.id);
CREATE INDEX accuses_date IF NOT EXISTS FOR ()-[r:ACCUSES]-() ON (r.date);
CREATE INDEX threatens_id IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.id);
CREATE INDEX threatens_date IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.date);
CREATE INDEX sanctions_id IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.id);
CREATE INDEX sanctions_date IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.date);
CREATE INDEX attacks_id IF NOT EXISTS FOR ()-[r:ATTACKS]-() ON (r.id);
CREATE INDEX attacks_date IF NOT EXISTS FOR ()-[r:ATTACKS]-() ON (r.date);
CREATE INDEX occupies_id IF NOT EXISTS FOR ()-[r:OCCUPIES]-() ON (r.id);
CREATE INDEX occupies_date IF NOT EXISTS FOR ()-[r:OCCUPIES]-() ON (r.date);
CREATE INDEX defeats_id IF NOT EXISTS FOR ()-[r:DEFEATS]-() ON (r.id);
CREATE INDEX defeats_date IF NOT EXISTS FOR ()-[r:DEFEATS]-() ON (r.date);
CREATE INDEX represents_id IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.id);
CREATE INDEX represents_date IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.date);
CREATE INDEX leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.id);
CREATE INDEX leads_date IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.date);
