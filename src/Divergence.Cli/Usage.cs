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
              analyze A.txt [--language en|ko]   list the claims, topics and debris the engine sees
              bench-analysis [A.txt] [--runs N]   warm ms per ~2,000-character statement and ratio to bare inference
              taxonomy [--json]   list the topic taxonomy the analyzer uses
              eval CORPUS [--min-confidence 0..1] [--verbose] [--split odd|even|all] [--features FILE]
                  score the engine on a labelled corpus (tests/corpus): omission P/R/F1, framing recall, false alarms
              submit FILE --engagement KEY --issuer CODE --published-at TIME --title T --source-url URL
                          [--issuer-name NAME] [--engagement-title T] [--language en|ko] [--server URL] [--json]
                  record one statement on a running server (DIVERGENCE_URL or http://127.0.0.1:5080)
              import FILE.jsonl [--batch N] [--server URL]
                  record many statements, one JSON object a line (the fields of POST /api/statements), N a request
              report KEY [--as-of D] [--known-at T] [--analysis recorded|current] [--min-confidence 0..1] [--json]
                  print an engagement's omission report from a running server
              replay --as-of D [--known-at T] [--json]
                  every engagement's omissions as published by D (and/or as recorded by T)
              reanalyze [--engagement KEY]     re-read statements with the current analyzer (appends, never overwrites)
              projections rebuild              rebuild every projection from the events
              timeline TOPIC [--as-of D]       who stated or omitted a topic, engagement by engagement
              stats [--stated-by X] [--omitted-by Y] [--topic T] [--as-of D]
                  how often Y omits a topic when X states it
              subscriptions create --name N (--webhook URL [--format json|slack] [--secret S] | --email ADDR [--mode each|digest])
                            [--issuers A,B] [--topics T,U] [--country-pairs US-KR] [--kinds omission,framing,revision,withdrawal]
                            [--min-confidence 0..1]
              subscriptions list | show ID | pause ID | resume ID | delete ID
                  alert subscriptions on a running server (create shows the signing secret once)
              help                this text
            """);
        return exitCode;
    }
}
