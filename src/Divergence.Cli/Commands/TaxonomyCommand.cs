using System.Text.Json;
using Divergence.Analysis.Topics;

namespace Divergence.Cli.Commands;

/// <summary>`divergence taxonomy`: what the analyzer knows, so analysts can see what a report can contain.</summary>
static class TaxonomyCommand
{
    public static int Run(CommandLine cl)
    {
        cl.RejectUnknown("json");
        var taxonomy = Taxonomy.Default;
        if (cl.Flag("json"))
        {
            var topics = taxonomy.Topics.Select(t => new
            {
                t.Id, t.Label, english = t.EnglishPhrases, korean = t.KoreanPhrases,
                qualifiers = t.Qualifiers.Select(q => q.Id), items = t.Items.Select(i => i.Id),
            });
            Console.WriteLine(JsonSerializer.Serialize(new { version = taxonomy.Version, topics }, CompareJson.Options));
            return 0;
        }
        Console.WriteLine($"taxonomy {taxonomy.Version}: {taxonomy.Topics.Count} topics");
        foreach (var t in taxonomy.Topics)
        {
            var qualifiers = t.Qualifiers.Count > 0 ? $"  [qualifiers: {string.Join(", ", t.Qualifiers.Select(q => q.Id))}]" : "";
            var items = t.Items.Count > 0 ? $"  [items: {string.Join(", ", t.Items.Select(i => i.Id))}]" : "";
            Console.WriteLine($"  {t.Id,-28} {t.Label}{qualifiers}{items}");
        }
        return 0;
    }
}
