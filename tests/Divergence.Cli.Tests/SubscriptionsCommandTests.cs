namespace Divergence.Cli.Tests;

/// <summary>`divergence subscriptions ...` against the real server over loopback.</summary>
public class SubscriptionsCommandTests(ServerProcess server) : IClassFixture<ServerProcess>
{
    Task<Run> Cli(params string[] args) => Processes.Cli([.. args, "--server", server.Url]);

    [Fact]
    public async Task Create_list_pause_resume_and_delete()
    {
        var created = await Cli("subscriptions", "create", "--name", "Seoul desk", "--email", "desk@example.org", "--mode", "digest",
            "--issuers", "KR-MOFA", "--topics", "taiwan-strait,denuclearization", "--min-confidence", "0.6");
        created.ExitCode.ShouldBe(0, created.Err);
        created.Out.ShouldContain("Seoul desk");
        created.Out.ShouldContain("secret: ");
        var id = created.Out.Split(' ', '\n')[0].Trim();
        Guid.TryParse(id, out _).ShouldBeTrue(created.Out);

        (await Cli("subscriptions", "list")).Out.ShouldContain(id);
        (await Cli("subscriptions", "pause", id)).Out.ShouldContain("[paused]");
        (await Cli("subscriptions", "show", id)).Out.ShouldContain("[paused]");
        (await Cli("subscriptions", "resume", id)).Out.ShouldNotContain("[paused]");
        (await Cli("subscriptions", "delete", id)).ExitCode.ShouldBe(0);
        (await Cli("subscriptions", "list")).Out.ShouldNotContain(id);
        var gone = await Cli("subscriptions", "show", id);
        gone.ExitCode.ShouldBe(1);
        gone.Err.ShouldContain("404");
    }

    [Fact]
    public async Task A_webhook_to_a_private_address_is_refused_with_the_reason()
    {
        var run = await Cli("subscriptions", "create", "--name", "bad", "--webhook", "http://169.254.169.254/latest");
        run.ExitCode.ShouldBe(1);
        run.Err.ShouldContain("400");
        run.Err.ShouldContain("webhook");
    }

    [Theory]
    [InlineData("subscriptions")]
    [InlineData("subscriptions", "frobnicate")]
    [InlineData("subscriptions", "pause", "not-an-id")]
    [InlineData("subscriptions", "create", "--name", "x")]
    [InlineData("subscriptions", "create", "--name", "x", "--email", "a@b.org", "--webhook", "https://example.org")]
    public async Task Bad_usage_is_one_line_and_exit_2(params string[] args)
    {
        var run = await Cli(args);
        run.ExitCode.ShouldBe(2);
        run.Err.Trim().Split('\n').Length.ShouldBe(1);
    }
}
