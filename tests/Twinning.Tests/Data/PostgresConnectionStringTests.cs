using Npgsql;
using Shouldly;
using Twinning.Data;

namespace Twinning.Tests.Data;

public class PostgresConnectionStringTests
{
    [Fact]
    public void Statements_are_prepared_automatically_when_the_operator_says_nothing()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Tuned("Host=db;Database=twinning;Username=app;Password=secret"));

        tuned.MaxAutoPrepare.ShouldBe(PostgresConnectionString.StatementsPreparedPerConnection);
        tuned.Host.ShouldBe("db");
        tuned.Database.ShouldBe("twinning");
        tuned.Username.ShouldBe("app");
        tuned.Password.ShouldBe("secret");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=7", 7)]
    [InlineData("Host=db;max auto prepare=12", 12)]
    public void An_operators_own_setting_is_kept(string connectionString, int expected) =>
        new NpgsqlConnectionStringBuilder(PostgresConnectionString.Tuned(connectionString)).MaxAutoPrepare.ShouldBe(expected);
}
