namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>All SQLite integration tests share one application and database (built once: migrations and demo data).</summary>
[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteAppFactory>
{
    public const string Name = "SQLite";
}

/// <summary>All PostgreSQL integration tests share one application and database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresAppFactory>
{
    public const string Name = "PostgreSQL";
}
