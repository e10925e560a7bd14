using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Seeding;

public class PersonResolutionTests
{
    private static ExtractedDocument Credits(string text, string title, params (string Name, string Role, string[] Aliases)[] credits)
    {
        var film = new FilmFactsBuilder(text, title);
        foreach (var (name, role, aliases) in credits) film.Credit(name, role, null, aliases);
        return FilmFactsBuilder.Document(DocumentKinds.ProseReview, film.Build());
    }

    [Fact]
    public async Task Spelling_variants_on_the_same_film_are_one_person_named_by_the_form_most_documents_use()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder()
            .Write("1.txt", "one\nThe Long Night, by director Feras Fayyad.")
            .Write("2.txt", "two\nFiras Fayyad made The Long Night.")
            .Write("3.txt", "three\nThe Long Night is Firas Fayyad at his best.");
        var extractor = new ScriptedExtractor()
            .On("one", t => Credits(t, "The Long Night", ("Feras Fayyad", CreditRoles.Director, [])))
            .On("two", t => Credits(t, "The Long Night", ("Firas Fayyad", CreditRoles.Director, [])))
            .On("three", t => Credits(t, "The Long Night", ("Firas Fayyad", CreditRoles.Director, [])));

        await LoaderTests.SeedAsync(database, folder, extractor);

        await using var db = database.CreateContext();
        var person = await db.People.Include(p => p.Aliases).SingleAsync();
        Assert.Equal("Firas Fayyad", person.Name);
        Assert.Equal("firas-fayyad", person.Slug);
        Assert.Contains("Feras Fayyad", person.Aliases.Select(a => a.Alias));
        Assert.Equal(1, await db.Credits.CountAsync());
    }

    [Fact]
    public async Task A_first_name_alone_or_its_variant_joins_the_full_name_credited_on_the_same_film()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder()
            .Write("1.txt", "one\nStarring: Mahmoud, Khaled Umar Harah")
            .Write("2.txt", "two\nKhalid and Mahmoud dig. Khaled rests.");
        var extractor = new ScriptedExtractor()
            .On("one", t => Credits(t, "Starring", ("Mahmoud", CreditRoles.Subject, []), ("Khaled Umar Harah", CreditRoles.Subject, [])))
            .On("two", t => Credits(t, "Starring", ("Khalid", CreditRoles.Subject, []), ("Mahmoud", CreditRoles.Subject, []), ("Khaled", CreditRoles.Subject, [])));
        folder.Write("2.txt", "two\nStarring again: Khalid and Mahmoud dig. Khaled rests.");

        await LoaderTests.SeedAsync(database, folder, extractor);

        await using var db = database.CreateContext();
        var people = await db.People.Include(p => p.Aliases).OrderBy(p => p.Name).ToListAsync();
        Assert.Equal(["Khaled Umar Harah", "Mahmoud"], people.Select(p => p.Name));
        Assert.Superset(new HashSet<string> { "Khalid", "Khaled" }, people[0].Aliases.Select(a => a.Alias).ToHashSet());
    }

    [Fact]
    public async Task The_same_first_name_on_different_films_stays_two_people()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder()
            .Write("1.txt", "one\nRiver Song follows Ahmed.")
            .Write("2.txt", "two\nStone Field follows Ahmed.");
        var extractor = new ScriptedExtractor()
            .On("one", t => Credits(t, "River Song", ("Ahmed", CreditRoles.Subject, [])))
            .On("two", t => Credits(t, "Stone Field", ("Ahmed", CreditRoles.Subject, [])));

        await LoaderTests.SeedAsync(database, folder, extractor);

        await using var db = database.CreateContext();
        Assert.Equal(2, await db.People.CountAsync(p => p.Name == "Ahmed"));
        Assert.Equal(["ahmed", "ahmed-2"], await db.People.OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync());
    }

    [Fact]
    public async Task The_same_full_name_on_different_films_is_one_person_with_both_credits()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder()
            .Write("1.txt", "one\nRiver Song, directed by Evgeny Afineevsky.")
            .Write("2.txt", "two\nStone Field, directed by Evgeny Afineevsky.");
        var extractor = new ScriptedExtractor()
            .On("one", t => Credits(t, "River Song", ("Evgeny Afineevsky", CreditRoles.Director, [])))
            .On("two", t => Credits(t, "Stone Field", ("Evgeny Afineevsky", CreditRoles.Director, [])));

        await LoaderTests.SeedAsync(database, folder, extractor);

        await using var db = database.CreateContext();
        var person = await db.People.SingleAsync();
        Assert.Equal(2, await db.Credits.CountAsync(c => c.PersonId == person.Id));
    }

    [Fact]
    public async Task A_spelling_variant_of_a_long_title_with_the_same_year_is_the_same_film()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder()
            .Write("1.txt", "one\nLast Men in Aleppo 2017")
            .Write("2.txt", "two\nLast Men in Alepo 2017")
            .Write("3.txt", "three\nLast Men in Aleppo 1999");
        ExtractedDocument Titled(string t, string title, int year) =>
            FilmFactsBuilder.Document(DocumentKinds.Listing, new FilmFactsBuilder(t, title).Year(year).Build());
        var extractor = new ScriptedExtractor()
            .On("one", t => Titled(t, "Last Men in Aleppo", 2017))
            .On("two", t => Titled(t, "Last Men in Alepo", 2017))
            .On("three", t => Titled(t, "Last Men in Aleppo", 1999));

        await LoaderTests.SeedAsync(database, folder, extractor);

        await using var db = database.CreateContext();
        var films = await db.Films.Include(f => f.Titles).OrderBy(f => f.Year).ToListAsync();
        Assert.Equal(["last-men-in-aleppo-1999", "last-men-in-aleppo-2017"], films.Select(f => f.Slug));
        Assert.Equal(["Last Men in Alepo"], films[1].Titles.Select(t => t.Title));
    }
}
