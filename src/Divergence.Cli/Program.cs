using Divergence.Cli;
using Divergence.Cli.Commands;

// Every failure a user can cause ends as one line on stderr and a non-zero exit, never a stack trace.
try
{
    var parsed = CommandLine.Parse(args);
    return parsed.Command switch
    {
        "compare" => CompareCommand.Run(parsed),
        "taxonomy" => TaxonomyCommand.Run(parsed),
        "eval" => EvalCommand.Run(parsed),
        "analyze" => AnalyzeCommand.Run(parsed),
        "bench-analysis" => BenchAnalysisCommand.Run(parsed),
        "submit" => await SubmitCommand.Run(parsed),
        "import" => await ImportCommand.Run(parsed),
        "report" => await ReportCommand.Run(parsed),
        "replay" => await ReplayCommand.Run(parsed),
        "reanalyze" => await AdminCommands.Reanalyze(parsed),
        "projections" => await AdminCommands.Projections(parsed),
        "timeline" => await PatternsCommands.Timeline(parsed),
        "stats" => await PatternsCommands.Stats(parsed),
        "subscriptions" => await SubscriptionsCommand.Run(parsed),
        "help" or "--help" or "-h" => Usage.Print(Console.Out, 0),
        null => Usage.Print(Console.Error, 2),
        _ => throw new UsageException($"unknown command '{parsed.Command}' (try 'divergence help')"),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"divergence: {e.Message}");
    return 2;
}
catch (IOException e)
{
    Console.Error.WriteLine($"divergence: {e.Message}");
    return 1;
}
catch (UnauthorizedAccessException e)
{
    Console.Error.WriteLine($"divergence: {e.Message}");
    return 1;
}
