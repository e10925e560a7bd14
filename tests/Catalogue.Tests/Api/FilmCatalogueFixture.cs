using Catalogue.Data.Entities;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Api;

/// <summary>
/// A small catalogue built to exercise discovery: shared years and ratings (ties), films with no year, rating or
/// runtime (nulls), films with several runtimes, an accented title and an alternate title.
/// </summary>
public class FilmCatalogueFixture : ApiFixture
{
    public Person Fayyad { get; private set; } = null!;
    public Person Harrah { get; private set; } = null!;
    public Film Aleppo { get; private set; } = null!;
    public SourceDocument AleppoListing { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var arrange = new CatalogueArrangement(CreateContext());
        var war = arrange.Genre("war", "War");
        var nature = arrange.Genre("nature", "Nature");
        var biography = arrange.Genre("biography", "Biography");
        Fayyad = arrange.Person("Feras Fayyad", "Firas Fayyad");
        Harrah = arrange.Person("Khaled Omar Harrah");
        var kateab = arrange.Person("Waad al-Kateab");
        var watts = arrange.Person("Edward Watts");
        var whiteHelmets = arrange.Company("Syria Civil Defence");

        Aleppo = arrange.Film("Last Men in Aleppo", 2017, synopsis: "Volunteers of the White Helmets stay in Aleppo.")
            .WithGenre(war).WithCountry("SY").WithCountry("DK")
            .WithTitle("Les derniers hommes d'Alep")
            .WithRuntime(100, RuntimeVersions.Streaming, "Netflix").WithRuntime(104, RuntimeVersions.Theatrical)
            .WithRating("imdb", 7.4m, 10m, 4100)
            .WithCredit(Fayyad, CreditRoles.Director, 1).WithCredit(Harrah, CreditRoles.Subject, description: "a White Helmets founder")
            .WithCompany(whiteHelmets, CompanyRoles.Subject)
            .WithAward("Sundance Film Festival", "World Cinema Grand Jury Prize: Documentary", AwardOutcomes.Won, 2017);
        arrange.Film("For Sama", 2019).WithGenre(war).WithCountry("SY").WithCountry("GB")
            .WithRuntime(100).WithRating("imdb", 8.0m, 10m)
            .WithCredit(kateab, CreditRoles.Director, 1).WithCredit(watts, CreditRoles.CoDirector, 2);
        arrange.Film("The Cave", 2019).WithGenre(war).WithCountry("SY").WithRuntime(107).WithRating("imdb", 7.4m, 10m)
            .WithCredit(Fayyad, CreditRoles.Director, 1);
        arrange.Film("Honeyland", 2019).WithGenre(nature).WithCountry("MK")
            .WithRuntime(86, RuntimeVersions.Broadcast).WithRuntime(89, RuntimeVersions.Theatrical).WithRating("imdb", 8.6m, 10m);
        arrange.Film("Citizenfour", 2014).WithGenre(biography).WithCountry("US").WithRuntime(114).WithRating("metacritic", 88m, 100m)
            .WithRating("imdb", 7.2m, 10m);
        arrange.Film("Tótem Ártico", 2019).WithGenre(nature).WithCountry("IS").WithRuntime(88, RuntimeVersions.Listing);
        arrange.Film("Man on Wire", 2008).WithGenre(biography).WithCountry("GB").WithCountry("US").WithRuntime(94).WithRating("imdb", 7.8m, 10m);
        arrange.Film("Free Solo", 2018).WithGenre(nature).WithCountry("US").WithRuntime(100).WithRating("imdb", 8.0m, 10m);
        arrange.Film("Shoah", 1985).WithCountry("FR").WithRuntime(566).WithRating("imdb", 8.7m, 10m);
        arrange.Film("Untitled Archive Reel");
        arrange.Film("Another Undated Reel");
        arrange.Film("Grizzly Man", 2005).WithGenre(nature).WithCountry("US");
        var review = arrange.Document("review-aleppo.txt",
            "A harrowing, humane portrait of the White Helmets. Its pacing drags in the middle. Shot in Aleppo <under siege> & rubble.",
            "labelled-review");
        Aleppo.WithReview("critic", "R. Critic", review,
                ("A harrowing, humane portrait of the White Helmets.", Sentiments.Positive),
                ("Its pacing drags in the middle.", Sentiments.Negative),
                ("Shot in Aleppo <under siege> & rubble.", null))
            .WithReview("user", null, null, ("Harrowing and necessary.", Sentiments.VeryPositive));
        AleppoListing = arrange.Document("listing-aleppo.txt",
            "Last Men in Aleppo (2017). Runtime: 104 min (theatrical). Director: Feras Fayyad. IMDb 7.4/10.");
        await arrange.SaveAsync();

        var theatrical = Aleppo.Runtimes.Single(r => r.Version == RuntimeVersions.Theatrical);
        arrange.Source(FactKinds.Runtime, theatrical.Id, AleppoListing, "Runtime: 104 min (theatrical)", "listing.runtime");
        arrange.Source(FactKinds.FilmYear, Aleppo.Id, AleppoListing, "(2017)", "listing.year");
        arrange.Source(FactKinds.Credit, Aleppo.Credits.Single(c => c.Role == CreditRoles.Director).Id, AleppoListing, "Director: Feras Fayyad", "listing.credit");
        arrange.CuratedSource(FactKinds.Rating, Aleppo.Ratings.Single().Id, "curator-ana");
        await arrange.SaveAsync();
    }
}
