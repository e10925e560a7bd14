using Catalogue.Api.Changes;
using Catalogue.Api.Classification;
using Catalogue.Api.Curation;
using Catalogue.Api.Documents;
using Catalogue.Api.Export;
using Catalogue.Api.Films;
using Catalogue.Api.Health;
using Catalogue.Api.Index;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Telemetry;
using Catalogue.Api.People;
using Catalogue.Api.Search;

var builder = WebApplication.CreateBuilder(args);
builder.AddCatalogueServices();
builder.AddCatalogueTelemetry();
builder.Services.AddHealthApi();
builder.Services.AddFilmsApi();
builder.Services.AddSearchApi();

var app = builder.Build();
app.UseCatalogueMiddleware();

app.MapHealthApi();
app.MapScrapeEndpoint();

var v1 = app.MapPublicApi();
app.MapIndexApi(v1);
v1.MapFilmsApi();
v1.MapPeopleApi();
v1.MapClassificationApi();
v1.MapSearchApi();
v1.MapDocumentsApi();
v1.MapExportApi();
v1.MapChangesApi();
v1.MapCurationApi();

app.Run();

public partial class Program;
