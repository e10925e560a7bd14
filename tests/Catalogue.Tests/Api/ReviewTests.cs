using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Api;

public class ReviewTests(FilmCatalogueFixture api) : IClassFixture<FilmCatalogueFixture>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task A_films_review_summary_counts_excerpts_by_sentiment()
    {
        var film = await client.GetOkAsync<FilmDetail>("/v1/films/last-men-in-aleppo-2017");
        Assert.Equal(2, film.Reviews.Count);
        Assert.Equal(4, film.Reviews.ExcerptCount);
        Assert.Equal(1, film.Reviews.Sentiments["positive"]);
        Assert.Equal(1, film.Reviews.Sentiments["negative"]);
        Assert.Equal(1, film.Reviews.Sentiments["very-positive"]);
        Assert.Equal(1, film.Reviews.Sentiments["unknown"]);
        Assert.Equal(0, film.Reviews.Sentiments["neutral"]);
    }

    [Fact]
    public async Task Reviews_list_their_kind_author_and_excerpt_count()
    {
        var reviews = await client.GetOkAsync<ItemList<ReviewEntry>>("/v1/films/last-men-in-aleppo-2017/reviews");
        Assert.Equal([("critic", "R. Critic", 3), ("user", null, 1)], reviews.Items.Select(r => (r.Kind, r.Author, r.ExcerptCount)));
        Assert.NotNull(reviews.Items[0].DocumentId);
    }

    [Fact]
    public async Task Excerpts_can_be_filtered_by_sentiment()
    {
        var negative = await client.GetOkAsync<Page<ExcerptEntry>>("/v1/films/last-men-in-aleppo-2017/excerpts?sentiment=negative");
        Assert.Equal("Its pacing drags in the middle.", Assert.Single(negative.Items).Text);
        var unknown = await client.GetOkAsync<Page<ExcerptEntry>>("/v1/films/last-men-in-aleppo-2017/excerpts?sentiment=unknown");
        Assert.Null(Assert.Single(unknown.Items).Sentiment);
    }

    [Fact]
    public async Task Excerpts_are_paginated_without_gaps_or_repeats()
    {
        var all = await client.GetOkAsync<Page<ExcerptEntry>>("/v1/films/last-men-in-aleppo-2017/excerpts");
        Assert.Equal(4, all.Items.Count);
        var walked = await client.WalkAsync<ExcerptEntry>("/v1/films/last-men-in-aleppo-2017/excerpts?limit=1");
        Assert.Equal(all.Items.Select(e => e.Id), walked.Select(e => e.Id));
    }

    [Fact]
    public async Task A_film_without_reviews_has_empty_lists() =>
        Assert.Empty((await client.GetOkAsync<Page<ExcerptEntry>>("/v1/films/shoah-1985/excerpts")).Items);
}
