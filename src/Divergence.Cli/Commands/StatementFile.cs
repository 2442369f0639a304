namespace Divergence.Cli.Commands;

static class StatementFile
{
    const int MaxBytes = 1_000_000;

    public static string Read(string path)
    {
        if (!File.Exists(path)) throw new IOException($"cannot read '{path}': no such file");
        var info = new FileInfo(path);
        if (info.Length > MaxBytes) throw new IOException($"'{path}' is {info.Length:N0} bytes; statements are limited to {MaxBytes:N0}");
        var text = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(text)) throw new IOException($"'{path}' is empty");
        return text;
    }
}
