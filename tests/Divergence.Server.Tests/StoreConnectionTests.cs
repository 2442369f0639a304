using Divergence.Server.Infrastructure;
using Npgsql;

namespace Divergence.Server.Tests;

public class StoreConnectionTests
{
    const string Plain = "Host=127.0.0.1;Port=5432;Username=postgres;Database=divergence";

    [Fact]
    public void Statements_are_prepared_with_custom_plans_unless_configured_otherwise()
    {
        var tuned = new NpgsqlConnectionStringBuilder(StoreConnection.Tuned(Plain));
        tuned.MaxAutoPrepare.ShouldBe(StoreConnection.PreparedStatements);
        tuned.Options.ShouldBe("-c plan_cache_mode=force_custom_plan");
        tuned.Host.ShouldBe("127.0.0.1");
        tuned.Database.ShouldBe("divergence");
    }

    [Fact]
    public void What_the_operator_configured_wins()
    {
        var off = new NpgsqlConnectionStringBuilder(StoreConnection.Tuned(Plain + ";Max Auto Prepare=0"));
        off.MaxAutoPrepare.ShouldBe(0);
        off.Options.ShouldBeNull();

        var own = new NpgsqlConnectionStringBuilder(StoreConnection.Tuned(Plain + ";Options=-c statement_timeout=5000;MaxAutoPrepare=8"));
        own.MaxAutoPrepare.ShouldBe(8);
        own.Options.ShouldBe("-c statement_timeout=5000 -c plan_cache_mode=force_custom_plan");

        var plans = new NpgsqlConnectionStringBuilder(StoreConnection.Tuned(Plain + ";Options=-c plan_cache_mode=auto"));
        plans.Options.ShouldBe("-c plan_cache_mode=auto");
    }

    [Fact]
    public void A_malformed_connection_string_is_a_clear_error()
    {
        var error = Should.Throw<InvalidOperationException>(() => StoreConnection.Tuned("Host=x;Nonsense Key=1"));
        error.Message.ShouldStartWith("The database connection string is not valid");
    }
}
