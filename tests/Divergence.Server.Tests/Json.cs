using System.Text.Json;

namespace Divergence.Server.Tests;

static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
