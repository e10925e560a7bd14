using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using static Catalogue.Tests.Extraction.Spans;

namespace Catalogue.Tests.Extraction;

/// <summary>Seed 000: a listing page with header fields, a synopsis and user reviews.</summary>
public class ListingSeedTests
{
    private static readonly SeedDocument Seed = SeedDocument.Listing();
    private static string Text => Seed.Text;
    private static FilmFacts Film => Seed.MainFilm;

    [Fact]
    public void Fielded_page_is_recognised_as_a_listing_about_one_film()
    {
        Assert.Equal(DocumentKinds.Listing, Seed.Result.Shape);
        Assert.Single(Seed.Result.Films);
    }

    [Fact]
    public void Heading_gives_the_title()
    {
        Assert.Equal("Last Men in Aleppo", Film.Title.Value);
        Covers(Text, Film.Title.Evidence, "Last Men in Aleppo");
        RuleIs(Film.Title.Evidence, "title.heading-with-year");
    }

    [Fact]
    public void Released_field_gives_the_year()
    {
        Assert.Equal(2017, Film.Year!.Value);
        Covers(Text, Film.Year.Evidence, "2017");
    }

    [Fact]
    public void Genre_field_gives_documentary_and_war()
    {
        Assert.Equal(["Documentary", "War"], Film.Genres.Select(g => g.Value));
        Covers(Text, Film.Genres[0].Evidence, "Documentary");
        Covers(Text, Film.Genres[1].Evidence, "War");
        Assert.All(Film.Genres, g => RuleIs(g.Evidence, "field.genre"));
    }

    [Fact]
    public void Site_categories_are_not_genres() =>
        Assert.DoesNotContain(Film.Genres, g => g.Value.Equals("Movie", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Country_field_gives_the_iso_code()
    {
        var country = Assert.Single(Film.Countries);
        Assert.Equal("DK", country.Value);
        Covers(Text, country.Evidence, "Denmark");
        RuleIs(country.Evidence, "field.country");
    }

    [Fact]
    public void Listing_runtime_field_becomes_a_listing_runtime()
    {
        var runtime = Assert.Single(Film.Runtimes);
        Assert.Equal((83, RuntimeVersions.Listing, (string?)null), (runtime.Minutes, runtime.Version, runtime.Platform));
        Covers(Text, runtime.Evidence, "83 min");
        RuleIs(runtime.Evidence, "field.runtime");
    }

    [Fact]
    public void Imdb_field_gives_a_rating_out_of_ten()
    {
        var rating = Assert.Single(Film.Ratings, r => r.Source == "imdb");
        Assert.Equal(("7.4/10", 7.4m, 10m), (rating.RawValue, rating.Value, rating.Scale));
        Covers(Text, rating.Evidence, "7.4/10");
    }

    [Fact]
    public void Stars_given_in_the_user_review_become_a_user_rating()
    {
        var rating = Assert.Single(Film.Ratings, r => r.Source == "user-review");
        Assert.Equal((4m, 5m), (rating.Value, rating.Scale));
        Covers(Text, rating.Evidence, "4 stars", "out of 5");
    }

    [Fact]
    public void Views_field_gives_the_view_count()
    {
        Assert.Equal(32108L, Film.ViewCount!.Value);
        Covers(Text, Film.ViewCount.Evidence, "32108");
    }

    [Fact]
    public void Starring_in_a_documentary_names_its_subjects_in_billing_order()
    {
        var starring = Film.Credits.Where(c => c.Evidence.Rule == "field.subjects").ToList();
        Assert.Equal(["Mahmoud", "Batul", "Khaled Umar Harah"], starring.Select(c => c.Name));
        Assert.All(starring, c => Assert.Equal(CreditRoles.Subject, c.Role));
        Assert.Equal([1, 2, 3], starring.Select(c => c.BillingOrder ?? 0));
        foreach (var credit in starring) Covers(Text, credit.Evidence, credit.Name);
    }

    [Fact]
    public void Empty_starring_entries_are_dropped() =>
        Assert.All(Film.Credits, c => Assert.False(string.IsNullOrWhiteSpace(c.Name)));

    [Fact]
    public void Synopsis_paragraph_is_the_films_synopsis()
    {
        Assert.StartsWith("After five years of war", Film.Synopsis!.Value);
        Assert.EndsWith("a city under fire.", Film.Synopsis.Value);
        Assert.Equal(Film.Synopsis.Value, Text.Substring(Film.Synopsis.Evidence.Start, Film.Synopsis.Evidence.Length));
    }

    [Fact]
    public void Founding_members_named_in_the_synopsis_are_subjects()
    {
        var subhi = Credit(Film, "Subhi", CreditRoles.Subject);
        Covers(Text, subhi.Evidence, "Subhi");
        Credit(Film, "Mahmoud", CreditRoles.Subject);
    }

    [Fact]
    public void Variant_spelling_of_a_first_name_becomes_an_alias_not_a_new_person()
    {
        var khaled = Credit(Film, "Khaled Umar Harah", CreditRoles.Subject);
        var alias = Assert.Single(khaled.Aliases);
        Assert.Equal("Khalid", alias.Value);
        Covers(Text, alias.Evidence, "Khalid");
        Assert.DoesNotContain(Film.Credits, c => c.Name == "Khalid");
        Assert.Equal(4, Film.Credits.Count);
    }

    [Fact]
    public void Organisation_the_founders_belong_to_is_a_subject_company()
    {
        var company = Company(Film, "White Helmets", CompanyRoles.Subject);
        Covers(Text, company.Evidence, "White Helmets");
    }

    [Fact]
    public void User_reviews_are_a_user_review_split_into_sentences()
    {
        var review = Film.Review!;
        Assert.Equal("user", review.Kind);
        Assert.Equal("Not all movies are fun, and this one sure isn’t.", review.Excerpts[0].Text);
        Assert.Equal("I give this 4 stars (out of 5).", review.Excerpts[^1].Text);
        Assert.Equal(Enumerable.Range(0, review.Excerpts.Count), review.Excerpts.Select(e => e.Position));
        Assert.All(review.Excerpts, e =>
        {
            Assert.Null(e.Sentiment);
            Assert.Equal(e.Text, Text.Substring(e.Evidence.Start, e.Evidence.Length));
        });
    }

    [Fact]
    public void Comment_form_and_spam_notice_are_not_excerpts()
    {
        var excerpts = Film.Review!.Excerpts.Select(e => e.Text).ToList();
        Assert.DoesNotContain(excerpts, e => e.Contains("Leave a Reply") || e.Contains("email address") || e.Contains("Akismet") || e.Contains("comment data"));
    }
}
