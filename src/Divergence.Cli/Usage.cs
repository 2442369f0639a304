namespace Divergence.Cli;

static class Usage
{
    public static int Print(TextWriter to, int exitCode)
    {
        to.WriteLine("""
            usage: divergence <command> [options]

              compare A.txt B.txt --issuer-a CODE --issuer-b CODE [--language-a en|ko] [--language-b en|ko]
                                  [--min-confidence 0..1] [--json]
                  compare two statements of one engagement offline (no database) and print the omissions
              taxonomy [--json]   list the topic taxonomy the analyzer uses
              help                this text
            """);
        return exitCode;
    }
}
