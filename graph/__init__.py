"""Everything that talks to Neo4j: schema, access, loading, the local launcher."""
