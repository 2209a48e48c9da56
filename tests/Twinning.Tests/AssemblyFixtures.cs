using Twinning.Tests.Infrastructure;

// One PostgreSQL server for the whole run: starting a cluster takes seconds, a database milliseconds.
[assembly: AssemblyFixture(typeof(PostgresServer))]
