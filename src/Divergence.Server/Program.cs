using Divergence.Server.Infrastructure;
using JasperFx;

var builder = WebApplication.CreateBuilder(args);
builder.AddDivergence();

var app = builder.Build();
app.UseDivergence();

return await app.RunJasperFxCommands(args);

public partial class Program;
