using Catalogue.Api.Films;
using Catalogue.Api.Health;
using Catalogue.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCatalogueServices();

var app = builder.Build();
app.UseCatalogueMiddleware();

app.MapHealthApi();

var v1 = app.MapPublicApi();
v1.MapFilmsApi();

app.Run();

public partial class Program;
