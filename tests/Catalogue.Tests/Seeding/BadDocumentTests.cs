using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Seeding;

public class BadDocumentTests
{
    [Fact]
    public async Task Each_kind_of_bad_document_is_reported_with_its_reason_and_the_good_one_still_lands()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder()
            .Write("good.txt", LoaderTests.Listing)
            .Write("empty.txt", "")
            .Write("blank.txt", "  \n\n  ")
            .WriteBytes("binary.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02])
            .WriteBytes("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72])
            .WriteBytes("huge.txt", Enumerable.Repeat((byte)'a', 5 * 1024 * 1024 + 1).ToArray())
            .Write("shopping.txt", "eggs\nmilk\nbread\n");

        var report = await LoaderTests.SeedAsync(database, folder);

        Assert.Equal(["good.txt"], report.Added);
        var reasons = report.Rejected.ToDictionary(r => r.FileName, r => r.Reason);
        Assert.Equal(6, reasons.Count);
        Assert.Contains("empty", reasons["empty.txt"]);
        Assert.Contains("white space", reasons["blank.txt"]);
        Assert.Contains("binary", reasons["binary.bin"]);
        Assert.Contains("not valid UTF-8", reasons["latin1.txt"]);
        Assert.Contains("limit", reasons["huge.txt"]);
        Assert.Contains("no script for this document", reasons["shopping.txt"]);
        await using var db = database.CreateContext();
        Assert.Equal(["good.txt"], await db.SourceDocuments.Select(d => d.FileName).ToListAsync());
    }
}
