using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Catalogue.Api.Changes;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Partners;

public class ExportAndChangesTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    private readonly HttpClient client = catalogue.CreatePartnerClient();

    [Fact]
    public async Task The_export_streams_every_film_once_in_the_shape_of_the_film_resource()
    {
        var response = await client.GetAsync("/v1/export/films", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Exactly the documented type, no charset (NDJSON is UTF-8 by definition).
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt64()).ToList();
        await using var db = catalogue.CreateContext();
        Assert.Equal(await db.Films.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync(), ids);
        foreach (var line in lines)
        {
            var slug = JsonDocument.Parse(line).RootElement.GetProperty("slug").GetString();
            Assert.Equal(await catalogue.CreateClient().GetStringAsync($"/v1/films/{slug}"), line);
        }
    }

    [Fact]
    public async Task Each_exported_line_is_the_film_as_the_EF_Core_loader_builds_it()
    {
        // The export reads films in batches with one statement per section; curation's ETags come from the EF Core
        // loader. Both must give the same bytes for every film.
        var lines = (await client.GetStringAsync("/v1/export/films")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var options = catalogue.Factory.Services
            .GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        await using var db = catalogue.CreateContext();
        var films = await Catalogue.Api.Films.FilmDetailLoader.LoadManyAsync(db, db.Films, withProvenance: false, CancellationToken.None);
        Assert.True(films.Count > 1);
        Assert.Equal(films.Select(f => JsonSerializer.Serialize(f, options)), lines);
    }

    [Fact]
    public async Task The_export_is_gzip_compressed_when_the_client_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/export/films");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        var response = await client.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var unzipped = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        var text = await new StreamReader(unzipped).ReadToEndAsync();
        Assert.Equal(5, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_export_tells_where_to_follow_the_change_feed_from()
    {
        var response = await client.GetAsync("/v1/export/films");

        var cursor = long.Parse(Assert.Single(response.Headers.GetValues("Catalogue-Changes-Cursor")));
        await using var db = catalogue.CreateContext();
        Assert.Equal(await db.ChangeEvents.MaxAsync(c => c.Sequence), cursor);
        Assert.Contains($"/v1/changes?cursor={cursor}", response.Headers.GetValues("Link").Single());
        Assert.False(response.Headers.Contains("ETag"));
    }

    [Fact]
    public async Task Walking_the_change_feed_yields_every_change_once_in_sequence_order()
    {
        var walked = new List<ChangeEntry>();
        var cursor = "0";
        for (var page = 0; page < 100; page++)
        {
            var changes = await client.GetOkAsync<ChangePage>($"/v1/changes?cursor={cursor}&limit=4");
            walked.AddRange(changes.Items);
            cursor = changes.NextCursor;
            if (!changes.HasMore) break;
        }

        await using var db = catalogue.CreateContext();
        Assert.Equal(await db.ChangeEvents.OrderBy(c => c.Sequence).Select(c => c.Sequence).ToListAsync(), walked.Select(c => c.Sequence));
        Assert.Contains(walked, c => c is { EntityType: "film", Slug: "last-men-in-aleppo-2017", Operation: "created", Href: not null });
        Assert.Contains(walked, c => c is { EntityType: "person", Slug: "firas-fayyad" } || c.EntityType == "person");
        var atEnd = await client.GetOkAsync<ChangePage>($"/v1/changes?cursor={cursor}");
        Assert.Empty(atEnd.Items);
        Assert.Equal(cursor, atEnd.NextCursor);
    }

    [Theory]
    [InlineData("/v1/changes?cursor=-1", "cursor")]
    [InlineData("/v1/changes?cursor=abc", "cursor")]
    [InlineData("/v1/changes?limit=0", "limit")]
    [InlineData("/v1/changes?limit=1001", "limit")]
    public async Task A_bad_change_feed_parameter_is_a_problem_naming_it(string url, string parameter)
    {
        await client.GetValidationProblemAsync(url, parameter);
    }

    [Theory]
    [InlineData("/v1/changes?limit=ten", "limit", "limit must be a whole number from 1 to 1000.")]
    [InlineData("/v1/changes?cursor=12345678901234567890", "cursor", "cursor must be a sequence number: a whole number, 0 or more.")]
    [InlineData("/v1/changes?cursor=%2B5", "cursor", "cursor must be a sequence number: a whole number, 0 or more.")]
    public async Task A_bad_change_feed_parameter_is_named_with_what_it_must_be(string url, string parameter, string message)
    {
        var problem = await client.GetValidationProblemAsync(url, parameter);

        Assert.Equal([message], problem.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(m => m.GetString()));
    }
}

public class PartnerAccessTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    [Theory]
    [InlineData("/v1/export/films")]
    [InlineData("/v1/changes")]
    public async Task Export_and_the_change_feed_need_a_key_with_the_export_scope(string url)
    {
        await catalogue.CreateClient().GetProblemAsync(url, HttpStatusCode.Unauthorized);
        await catalogue.CreateCuratorClient().GetProblemAsync(url, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await catalogue.CreatePartnerClient().GetAsync(url)).StatusCode);
    }
}
