using Catalogue.Api.Health;
using Catalogue.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCatalogueServices();

var app = builder.Build();
app.UseCatalogueMiddleware();

app.MapHealthApi();

app.Run();

public partial class Program;
